/**
 * Reading + checking a large workbook: the 13 Mentougou tables plus filler sheets, 20 sheets of which
 * every filler holds 2,000 rows × 10 columns (detection must scan them all). Target < 300 ms.
 * Also: the same workbook through exceljs from an .xlsx file, and runChecks alone.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { mentougouSheets } from "../examples/src";
import { runChecks } from "../src/checks";
import { readXlsx } from "../src/cli/read-xlsx";
import type { CellValue } from "../src/core";
import { readFinalAccounts } from "../src/tables";
import type { Sheet } from "../src/tables/model";

const SHEETS = 20;
const ROWS = 2000;
const COLS = 10;

/** Sheets that are not tables: a ledger-like grid of text and amounts. */
function fillerSheet(i: number): Sheet {
  const values: CellValue[][] = [];
  for (let r = 0; r < ROWS; r++) {
    const row: CellValue[] = [`明细${i}-${r}`, `${200 + (r % 30)}${String(r % 100).padStart(2, "0")}`];
    for (let c = 2; c < COLS; c++) row.push(((r * 31 + c * 17) % 100000) / 100);
    values.push(row);
  }
  return { name: `附表${i}`, origin: "A1", values };
}

export function syntheticWorkbook(): Sheet[] {
  const tables: Sheet[] = mentougouSheets().map((s) => ({ name: s.name, origin: s.origin, values: s.values }));
  const out = [...tables];
  for (let i = out.length; i < SHEETS; i++) out.push(fillerSheet(i + 1));
  return out;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(fn: () => void, runs: number): number {
  fn(); // warm-up
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    t.push(performance.now() - t0);
  }
  return median(t);
}

async function writeXlsx(sheets: Sheet[], path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    for (const row of s.values) ws.addRow(row.map((v) => (v !== null && typeof v === "object" ? { error: v.error } : v)));
  }
  await wb.xlsx.writeFile(path);
}

export async function run(): Promise<{ name: string; value: number; unit: string }[]> {
  const sheets = syntheticWorkbook();
  const readCheck = time(() => {
    const { accounts } = readFinalAccounts(sheets);
    runChecks(accounts);
  }, 7);
  const { accounts } = readFinalAccounts(sheets);
  const checksOnly = time(() => runChecks(accounts), 50);

  const dir = mkdtempSync(join(tmpdir(), "juesuan-bench-"));
  let fileRead = NaN;
  try {
    const path = join(dir, "synthetic.xlsx");
    await writeXlsx(sheets, path);
    await readXlsx(path); // warm-up
    const t: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      await readXlsx(path);
      t.push(performance.now() - t0);
    }
    fileRead = median(t);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return [
    { name: "read-check-20x2000", value: readCheck, unit: "ms" },
    { name: "checks-only-mentougou", value: checksOnly, unit: "ms" },
    { name: "xlsx-file-read-20x2000", value: fileRead, unit: "ms" },
  ];
}
