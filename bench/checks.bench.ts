/**
 * Checks alone on the Mentougou sample, and the 20 × 2,000-row coded workbook of bench/tables.bench.ts
 * through exceljs from an .xlsx file (read-check-20x2000 itself is measured in tables.bench.ts).
 * CPU time of the process, median.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { mentougouSheets } from "../examples/src";
import { runChecks } from "../src/checks";
import { readXlsx } from "../src/cli/read-xlsx";
import { readFinalAccounts } from "../src/tables";
import type { Sheet } from "../src/tables/model";
import { cpuMs, syntheticWorkbook } from "./tables.bench";

async function writeXlsx(sheets: Sheet[], path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    for (const row of s.values) ws.addRow(row.map((v) => (v !== null && typeof v === "object" ? { error: v.error } : v)));
  }
  await wb.xlsx.writeFile(path);
}

export async function run(): Promise<{ name: string; value: number; unit: string }[]> {
  const mentougou: Sheet[] = mentougouSheets().map((s) => ({ name: s.name, origin: s.origin, values: s.values }));
  const { accounts } = readFinalAccounts(mentougou);
  const checksOnly = cpuMs(() => runChecks(accounts), 50);

  const dir = mkdtempSync(join(tmpdir(), "juesuan-bench-"));
  let fileRead = NaN;
  try {
    const path = join(dir, "synthetic.xlsx");
    await writeXlsx(syntheticWorkbook(), path);
    await readXlsx(path); // warm-up
    const t: number[] = [];
    for (let i = 0; i < 3; i++) {
      const c = process.cpuUsage();
      await readXlsx(path);
      const d = process.cpuUsage(c);
      t.push((d.user + d.system) / 1000);
    }
    fileRead = t.sort((a, b) => a - b)[1];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return [
    { name: "checks-only-mentougou", value: checksOnly, unit: "ms" },
    { name: "xlsx-file-read-20x2000", value: fileRead, unit: "ms" },
  ];
}
