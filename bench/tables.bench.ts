/**
 * Reading speed: a synthetic workbook of 20 sheets × 2,000 rows (one 支出决算表 continued over 20
 * sheets, split 类 | 款 | 项 codes, six amount columns) through readFinalAccounts; median of 7 runs.
 */
import { type CellValue, Dec } from "../src/core";
import { readFinalAccounts, type Sheet } from "../src/tables";

/** One sheet of a coded table: title, unit, three header rows, 栏次, then `rows` coded rows. */
export function codedSheet(index: number, rows: number): Sheet {
  const values: CellValue[][] = [
    [index === 0 ? "2023年度支出决算表" : "支出决算表（续）"],
    ["部门：基准测试单位", null, null, null, null, null, null, null, null, "单位：元"],
    ["项目", null, null, null, "本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"],
    ["科目编码", null, null, "科目名称"],
    ["类", "款", "项"],
    ["栏次", null, null, null, 1, 2, 3, 4, 5, 6],
  ];
  if (index === 0) values.push(["合计", null, null, null, 0, 0, 0, 0, 0, 0]);
  for (let i = 0; i < rows; i++) {
    const n = index * rows + i;
    const cls = String(201 + (Math.floor(n / 400) % 30));
    const sec = String(1 + (Math.floor(n / 20) % 20)).padStart(2, "0");
    const item = String(1 + (n % 20)).padStart(2, "0");
    const basic = ((n * 7919) % 1000000) / 100;
    const project = ((n * 104729) % 1000000) / 100;
    values.push([cls, sec, item, `科目${n}`, basic + project, basic, project, 0, 0, 0]);
  }
  return { name: `支出决算表${index + 1}`, origin: "A1", values };
}

export function syntheticWorkbook(sheets = 20, rows = 2000): Sheet[] {
  return Array.from({ length: sheets }, (_, i) => codedSheet(i, rows));
}

export async function run(): Promise<{ name: string; value: number; unit: string }[]> {
  const workbook = syntheticWorkbook();
  const times: number[] = [];
  let rowsRead = 0;
  for (let i = 0; i < 7; i++) {
    const t0 = performance.now();
    const { accounts } = readFinalAccounts(workbook);
    times.push(performance.now() - t0);
    rowsRead = accounts.expenditureTable?.rows.length ?? 0;
  }
  if (rowsRead !== 40000) throw new Error(`expected 40000 rows, read ${rowsRead}`);
  times.sort((a, b) => a - b);
  // Context: the bare cost of the same figures (a Decimal and a cell reference per amount cell).
  const floor: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    const out: unknown[] = [];
    for (const s of workbook)
      s.values.forEach((row, r) => {
        for (let c = 4; c < 10; c++) {
          const v = row[c];
          if (typeof v === "number") out.push({ value: new Dec(String(v)), cells: [`${s.name}!E${r}`], sourceUnit: "yuan" });
        }
      });
    floor.push(performance.now() - t0);
  }
  floor.sort((a, b) => a - b);
  return [
    { name: "read-20x2000", value: Math.round(times[3] * 10) / 10, unit: "ms" },
    { name: "read-20x2000-figure-floor", value: Math.round(floor[2] * 10) / 10, unit: "ms" },
  ];
}

// Run directly: node --import tsx bench/tables.bench.ts
if (import.meta.url === `file://${process.argv[1]}`) {
  run().then((r) => console.log(JSON.stringify(r)));
}
