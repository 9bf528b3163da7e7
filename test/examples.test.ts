/**
 * The sample workbooks: every table identity holds in the sheets, the .xlsx files round-trip, and
 * the committed files are current. Reads only files of this repository (examples/).
 */
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { type CellValue, Dec, ZERO, parseAmount, sum } from "../src/core";
import type { Sheet } from "../src/tables/model";
import {
  type SampleSheet,
  centralSheets,
  mentougouFacts,
  mentougouSheets,
  mentougouWorkbook,
  centralWorkbook,
  centralFacts,
} from "../examples/src";
import { writeSampleWorkbook } from "../examples/src/xlsx";
import { readSupplement } from "../src/tables/supplement";
import { centralSupplement, mentougouSupplement } from "../examples/src";

// ---------- tiny grid helpers (the real reader belongs to src/tables) ----------

function amount(v: CellValue): Dec {
  const p = parseAmount(v);
  assert.ok(p.ok, `not an amount: ${JSON.stringify(v)}`);
  return p.value;
}

const d = (s: string) => new Dec(s.replace(/,/g, ""));

function sheet(list: Sheet[], name: string): Sheet {
  const s = list.find((x) => x.name === name);
  assert.ok(s, `missing sheet ${name}`);
  return s;
}

/** Row index whose cell in column `col` equals `label` (the first one at or after `from`). */
function rowOf(s: Sheet, col: number, label: string, from = 0): number {
  for (let r = from; r < s.values.length; r++) if (s.values[r][col] === label) return r;
  assert.fail(`${s.name}: no row "${label}" in column ${col}`);
}

interface CodedRow {
  code: string;
  amounts: Dec[];
}

/**
 * Coded rows of a table: code = concatenated digit cells of the code columns ("206"+"01" or "2060101"),
 * amounts = the `n` columns from `first`. Also returns the 合计 row.
 */
function coded(parts: Sheet[], codeCols: number[], first: number, n: number): { total: Dec[]; rows: CodedRow[] } {
  let total: Dec[] | null = null;
  const rows: CodedRow[] = [];
  for (const s of parts) {
    for (const row of s.values) {
      const amounts = () => Array.from({ length: n }, (_, i) => amount(row[first + i]));
      if (row[0] === "合计") total = amounts();
      const code = codeCols.map((c) => (typeof row[c] === "string" && /^\d+$/.test(row[c] as string) ? row[c] : "")).join("");
      if (/^\d{3}(\d{2}){0,2}$/.test(code)) rows.push({ code, amounts: amounts() });
    }
  }
  assert.ok(total, `${parts[0].name}: no 合计 row`);
  return { total, rows };
}

/** parent = Σ children for every 类/款, and 合计 = Σ 类, column by column. */
function assertHierarchy(t: { total: Dec[]; rows: CodedRow[] }, label: string): void {
  const n = t.total.length;
  const sumOf = (rows: CodedRow[], i: number) => sum(rows.map((r) => r.amounts[i]));
  for (const parent of t.rows) {
    const kids = t.rows.filter((r) => r.code.length === parent.code.length + 2 && r.code.startsWith(parent.code));
    if (kids.length === 0) continue;
    for (let i = 0; i < n; i++)
      assert.equal(sumOf(kids, i).toString(), parent.amounts[i].toString(), `${label} ${parent.code} column ${i}`);
  }
  const classes = t.rows.filter((r) => r.code.length === 3);
  for (let i = 0; i < n; i++) assert.equal(sumOf(classes, i).toString(), t.total[i].toString(), `${label} 合计 column ${i}`);
}

/** Each row's first amount = Σ the others. */
function assertRowSums(t: { total: Dec[]; rows: CodedRow[] }, label: string): void {
  for (const r of [{ code: "合计", amounts: t.total }, ...t.rows]) {
    assert.equal(sum(r.amounts.slice(1)).toString(), r.amounts[0].toString(), `${label} ${r.code}`);
  }
}

const at = (s: Sheet, r: number, c: number) => amount(s.values[r][c]);

// ---------- identities ----------

interface Layout {
  name: string;
  sheets: Sheet[];
  codeCols: number[];
  /** First amount column of coded tables. */
  first: number;
  expenditureParts: string[];
  threePublic: (s: Sheet[]) => Record<string, Dec>[]; // [budget, actual]
}

const layouts: Layout[] = [
  {
    name: "门头沟（北京，元，拆分编码）",
    sheets: mentougouSheets(),
    codeCols: [0, 1, 2],
    first: 4,
    expenditureParts: ["支出决算表"],
    threePublic: (list) => {
      const s = sheet(list, "财政拨款“三公”经费支出决算表");
      const r = s.values.length - 1;
      const group = (o: number) => ({
        total: at(s, r, o),
        overseas: at(s, r, o + 1),
        vehicles: at(s, r, o + 2),
        purchase: at(s, r, o + 3),
        operation: at(s, r, o + 4),
        reception: at(s, r, o + 5),
      });
      return [group(0), group(6)];
    },
  },
  {
    name: "中央示例（万元，合并编码）",
    sheets: centralSheets(),
    codeCols: [0],
    first: 2,
    expenditureParts: ["支出决算表", "支出决算表（续）"],
    threePublic: (list) => {
      const s = sheet(list, "其他公开表");
      const t = rowOf(s, 0, "合计", rowOf(s, 0, "项目", rowOf(s, 0, '财政拨款"三公"经费支出决算表')));
      const group = (c: number) => ({
        total: at(s, t, c),
        overseas: at(s, t + 1, c),
        vehicles: at(s, t + 2, c),
        purchase: at(s, t + 3, c),
        operation: at(s, t + 4, c),
        reception: at(s, t + 5, c),
      });
      return [group(1), group(2)];
    },
  },
];

for (const L of layouts) {
  describe(`样例表恒等式：${L.name}`, () => {
    const S = L.sheets;
    const summary = sheet(S, "收入支出决算总表");
    const incomeT = coded([sheet(S, "收入决算表")], L.codeCols, L.first, 7);
    const expT = coded(L.expenditureParts.map((n) => sheet(S, n)), L.codeCols, L.first, 6);
    const gbT = coded([sheet(S, "一般公共预算财政拨款支出决算表")], L.codeCols, L.first, 3);

    test("收入支出决算总表：总计、合计与各行", () => {
      const inc = (label: string) => at(summary, rowOf(summary, 0, label), 2);
      const exp = (label: string) => at(summary, rowOf(summary, 3, label), 5);
      const incomeTotal = inc("本年收入合计");
      const first = rowOf(summary, 0, "一、一般公共预算财政拨款收入");
      const incomeRows = sum(Array.from({ length: 8 }, (_, i) => at(summary, first + i, 2)));
      assert.equal(incomeRows.toString(), incomeTotal.toString());
      assert.equal(incomeTotal.plus(inc("使用非财政拨款结余")).plus(inc("年初结转和结余")).toString(), inc("总计").toString());
      assert.equal(exp("本年支出合计").plus(exp("结余分配")).plus(exp("年末结转和结余")).toString(), exp("总计").toString());
      assert.equal(inc("总计").toString(), exp("总计").toString());
      const classRows = sum(Array.from({ length: 22 }, (_, i) => at(summary, first + i, 5)));
      assert.equal(classRows.toString(), exp("本年支出合计").toString());
      // cross-table: the summary agrees with 收入决算表 and 支出决算表
      assert.equal(incomeTotal.toString(), incomeT.total[0].toString());
      assert.equal(exp("本年支出合计").toString(), expT.total[0].toString());
      assert.equal(inc("一、一般公共预算财政拨款收入").toString(), incomeT.total[1].toString());
      for (const c of expT.rows.filter((r) => r.code.length === 3)) {
        const r = summary.values.findIndex((row) => typeof row[3] === "string" && (row[3] as string).endsWith(nameOf(S, c.code)));
        assert.ok(r > 0, `summary row for ${c.code}`);
        assert.equal(at(summary, r, 5).toString(), c.amounts[0].toString(), `class ${c.code}`);
      }
    });

    test("收入决算表、支出决算表、一般公共预算财政拨款支出决算表：行合计与层级", () => {
      assertRowSums(incomeT, "收入决算表");
      assertHierarchy(incomeT, "收入决算表");
      assertRowSums(expT, "支出决算表");
      assertHierarchy(expT, "支出决算表");
      // 一般公共预算：小计 = 基本 + 项目
      assertRowSums(gbT, "一般公共预算财政拨款支出决算表");
      assertHierarchy(gbT, "一般公共预算财政拨款支出决算表");
      // appropriation never exceeds the unit's whole spending on a line
      for (const g of gbT.rows) {
        const e = expT.rows.find((r) => r.code === g.code);
        assert.ok(e, `支出决算表 lacks ${g.code}`);
        assert.ok(g.amounts[0].lte(e.amounts[0]), `${g.code}`);
        assert.ok(g.amounts[1].lte(e.amounts[1]), `${g.code} basic`);
      }
    });

    test("财政拨款收入支出决算总表：收支平衡、按资金来源合计", () => {
      const s = sheet(S, "财政拨款收入支出决算总表");
      const incomeTotal = at(s, rowOf(s, 0, "本年收入合计"), 2);
      const opening = at(s, rowOf(s, 0, "年初财政拨款结转和结余"), 2);
      const grand = at(s, rowOf(s, 0, "总计"), 2);
      assert.equal(incomeTotal.plus(opening).toString(), grand.toString());
      const spentRow = rowOf(s, 3, "本年支出合计");
      const closingRow = rowOf(s, 3, "年末财政拨款结转和结余");
      const totalRow = rowOf(s, 3, "总计");
      for (const r of [spentRow, closingRow, totalRow])
        assert.equal(sum([6, 7, 8].map((c) => at(s, r, c))).toString(), at(s, r, 5).toString(), `row ${r + 1}`);
      assert.equal(at(s, spentRow, 5).plus(at(s, closingRow, 5)).toString(), at(s, totalRow, 5).toString());
      assert.equal(grand.toString(), at(s, totalRow, 5).toString());
      // opening balance by fund
      const byFund = sum([1, 2, 3].map((i) => at(s, rowOf(s, 0, "年初财政拨款结转和结余") + i, 2)));
      assert.equal(byFund.toString(), opening.toString());
      // = 一般公共预算财政拨款支出决算表 合计
      assert.equal(at(s, spentRow, 6).toString(), gbT.total[0].toString());
      const first = rowOf(s, 0, "一、一般公共预算财政拨款");
      assert.equal(sum(Array.from({ length: 22 }, (_, i) => at(s, first + i, 5))).toString(), at(s, spentRow, 5).toString());
      assert.equal(at(s, first, 2).toString(), incomeTotal.toString());
      assert.equal(incomeTotal.toString(), incomeT.total[1].toString(), "财政拨款收入 = 收入决算表 财政拨款收入");
    });

    test("基本支出表：类 = Σ 款，人员经费 / 公用经费合计 = 一般公共预算基本支出", () => {
      const s = sheet(S, "一般公共预算财政拨款基本支出决算表");
      const totalRow = rowOf(s, 0, "人员经费合计");
      const block = (c: number) => {
        const rows: { code: string; v: Dec }[] = [];
        for (let r = rowOf(s, c, "科目编码") + 1; r < totalRow; r++)
          if (typeof s.values[r][c] === "string") rows.push({ code: s.values[r][c] as string, v: at(s, r, c + 2) });
        return rows;
      };
      for (const [c, label] of [[0, "人员经费"], [3, "公用经费"]] as const) {
        const rows = block(c);
        const classes = rows.filter((r) => r.code.length === 3);
        for (const k of classes) {
          const kids = rows.filter((r) => r.code.length === 5 && r.code.startsWith(k.code));
          if (kids.length) assert.equal(sum(kids.map((x) => x.v)).toString(), k.v.toString(), `${label} ${k.code}`);
        }
        assert.equal(sum(classes.map((x) => x.v)).toString(), at(s, totalRow, c + 2).toString(), `${label}合计`);
      }
      assert.equal(at(s, totalRow, 2).plus(at(s, totalRow, 5)).toString(), gbT.total[1].toString());
    });

    test("“三公”经费：合计 = 出国 + 用车 + 接待；用车 = 购置 + 运行", () => {
      for (const g of L.threePublic(S)) {
        assert.equal(g.overseas.plus(g.vehicles).plus(g.reception).toString(), g.total.toString());
        assert.equal(g.purchase.plus(g.operation).toString(), g.vehicles.toString());
      }
    });
  });
}

/** The 类 name a sheet prints for a code (from the 支出决算表 row). */
function nameOf(S: Sheet[], code: string): string {
  for (const s of S) {
    if (!s.name.startsWith("支出决算表")) continue;
    for (const row of s.values) {
      const c = row.slice(0, 3).map((v) => (typeof v === "string" ? v : "")).join("");
      if (c === code) return row[3] as string; // split codes: 类 | 款 | 项 | 科目名称
      if (row[0] === code) return row[1] as string; // merged code | 科目名称
    }
  }
  return code;
}

describe("门头沟样例：数字与决算说明一致", () => {
  const S = mentougouSheets();
  test("总计、合计、财政拨款", () => {
    const s = sheet(S, "收入支出决算总表");
    assert.equal(at(s, rowOf(s, 0, "总计"), 2).toString(), d("113,684,009.05").toString());
    assert.equal(at(s, rowOf(s, 0, "本年收入合计"), 2).toString(), d("112,078,856.26").toString());
    assert.equal(at(s, rowOf(s, 3, "本年支出合计"), 5).toString(), d("106,400,029.75").toString());
    const a = sheet(S, "财政拨款收入支出决算总表");
    assert.equal(at(a, rowOf(a, 0, "总计"), 2).toString(), d("105,719,924.04").toString());
    const e = coded([sheet(S, "支出决算表")], [0, 1, 2], 4, 6);
    assert.equal(e.total[1].toString(), d("27,177,385.21").toString());
    assert.equal(e.total[2].toString(), d("79,222,644.54").toString());
    const g = coded([sheet(S, "一般公共预算财政拨款支出决算表")], [0, 1, 2], 4, 3);
    assert.equal(g.total[2].toString(), d("78,542,538.83").toString());
    const byCode = Object.fromEntries(g.rows.map((r) => [r.code, r.amounts[0].toString()]));
    assert.deepEqual(
      ["206", "208", "210", "212", "215", "224"].map((c) => byCode[c]),
      ["78335329.04", "987701.38", "1346220", "149000", "21429445.62", "3472228"],
    );
  });

  test("上年数与年初预算数重现说明中的增减额", () => {
    const p = mentougouFacts.priorYear;
    const changes: [Dec | undefined, Dec, string][] = [
      [p.grandTotal, d("113,684,009.05"), "37,993,697.43"],
      [p.incomeTotal, d("112,078,856.26"), "39,551,070.89"],
      [p.expenditureTotal, d("106,400,029.75"), "30,709,718.13"],
      [p.appropriationGrandTotal, d("105,719,924.04"), "30,029,612.42"],
      [p.agencyOperatingCost, d("358,257.77"), "-35,318.18"],
    ];
    for (const [prior, cur, change] of changes) assert.equal(cur.minus(prior ?? ZERO).toString(), d(change).toString());
    const b = mentougouFacts.initialBudgets;
    const budgetChanges: [string, string, string][] = [
      ["functional:206", "78,335,329.04", "53,827,363.34"],
      ["functional:20601", "7,436,930.72", "-1,089,721.10"],
      ["functional:20604", "8,063,502.09", "569,739.28"],
      ["functional:20699", "58,111,110.99", "53,754,110.99"],
      ["functional:208", "987,701.38", "100,108.98"],
      ["functional:20805", "840,535.38", "-47,057.02"],
      ["functional:215", "21,429,445.62", "4,102,977.20"],
      ["functional:21508", "2,932,428.14", "476,749.18"],
      ["basicEconomic:total", "27,177,385.21", "2,026,928.69"],
      ["projectEconomic:total", "78,542,538.83", "60,970,968.83"],
      ["basicEconomic:302", "1,312,106.20", "129,282.00"],
    ];
    for (const [k, actual, change] of budgetChanges) assert.equal(d(actual).minus(b[k]).toString(), d(change).toString(), k);
    // class budgets = Σ 款 budgets; all budgets = basic + project budgets
    const classes = ["206", "208", "210", "212", "215", "224"];
    for (const c of classes.filter((x) => x !== "224")) {
      const kids = Object.keys(b).filter((k) => k.startsWith(`functional:${c}`) && k.length === "functional:".length + 5);
      assert.equal(sum(kids.map((k) => b[k])).toString(), b[`functional:${c}`].toString(), c);
    }
    assert.equal(
      sum(classes.map((c) => b[`functional:${c}`])).toString(),
      b["basicEconomic:total"].plus(b["projectEconomic:total"]).toString(),
    );
    assert.equal(b["functional:224"].toString(), "0");
    // vehicle breakdown = 公务用车运行维护费 决算数
    const vo = sum(mentougouFacts.vehicleOperationBreakdown.map((x) => x.amount));
    assert.equal(vo.toString(), "44531.6");
  });
});

describe("中央样例：补充数据自洽", () => {
  test("年初预算：类 = Σ 款 = Σ 项；功能分类合计 = 基本 + 项目；经济分类类合计 = 基本支出合计", () => {
    const b = centralFacts.initialBudgets;
    const fn = Object.keys(b).filter((k) => k.startsWith("functional:")).map((k) => k.slice("functional:".length));
    for (const parent of fn.filter((c) => c.length < 7)) {
      const kids = fn.filter((c) => c.length === parent.length + 2 && c.startsWith(parent));
      assert.ok(kids.length > 0, parent);
      assert.equal(sum(kids.map((c) => b[`functional:${c}`])).toString(), b[`functional:${parent}`].toString(), parent);
    }
    const classes = fn.filter((c) => c.length === 3);
    assert.equal(
      sum(classes.map((c) => b[`functional:${c}`])).toString(),
      b["basicEconomic:total"].plus(b["projectEconomic:total"]).toString(),
    );
    const econ = ["301", "302", "303", "310"].map((c) => b[`basicEconomic:${c}`]);
    assert.equal(sum(econ).toString(), b["basicEconomic:total"].toString());
    // 公务用车运行费明细 = 23.85万元
    assert.equal(sum(centralFacts.vehicleOperationBreakdown.map((x) => x.amount)).toString(), "238500");
    // a line whose actual differs from its budget and has no reason: the deliberate gap
    assert.equal(centralFacts.reasons["functional:2210202"], undefined);
  });
});

// ---------- xlsx ----------

/** A tiny reader: cell values as CellValue; merged non-master cells as null. */
async function readWorkbook(data: Buffer): Promise<{ sheets: Sheet[]; merges: Record<string, string[]>; wb: ExcelJS.Workbook }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  const sheets: Sheet[] = [];
  const merges: Record<string, string[]> = {};
  for (const ws of wb.worksheets) {
    const values: CellValue[][] = [];
    for (let r = 1; r <= ws.rowCount; r++) {
      const row: CellValue[] = [];
      for (let c = 1; c <= ws.columnCount; c++) {
        const cell = ws.getCell(r, c);
        if (cell.type === ExcelJS.ValueType.Merge || cell.value === null || cell.value === undefined) row.push(null);
        else if (typeof cell.value === "number" || typeof cell.value === "string" || typeof cell.value === "boolean")
          row.push(cell.value);
        else row.push(JSON.stringify(cell.value));
      }
      values.push(row);
    }
    sheets.push({ name: ws.name, origin: "A1", values });
    merges[ws.name] = [...((ws.model as { merges?: string[] }).merges ?? [])].sort();
  }
  return { sheets, merges, wb };
}

function assertSameCells(expected: SampleSheet, actual: Sheet): void {
  for (let r = 0; r < expected.values.length; r++) {
    for (let c = 0; c < expected.values[r].length; c++) {
      const want = expected.values[r][c];
      const got = actual.values[r]?.[c] ?? null;
      assert.equal(got, want, `${expected.name} row ${r + 1} col ${c + 1}`);
    }
  }
  // nothing written beyond the grid
  for (let r = expected.values.length; r < actual.values.length; r++)
    assert.ok(actual.values[r].every((v) => v === null), `${expected.name} extra row ${r + 1}`);
}

const withoutProvenance = (x: unknown) =>
  JSON.parse(JSON.stringify(x, (k, v) => (k === "cells" || k === "sourceUnit" ? undefined : v)));

for (const [make, supplementOf] of [
  [mentougouWorkbook, mentougouSupplement],
  [centralWorkbook, centralSupplement],
] as const) {
  const sample = make();
  describe(`xlsx：${sample.file}`, () => {
    test("写出再读回：同一单元格同一值，合并单元格一致，元数据固定", async () => {
      const { sheets, merges, wb } = await readWorkbook(await writeSampleWorkbook(sample.sheets));
      assert.deepEqual(
        sheets.map((s) => s.name),
        sample.sheets.map((s) => s.name),
      );
      for (const s of sample.sheets) {
        assertSameCells(s, sheet(sheets, s.name));
        assert.deepEqual(merges[s.name], [...s.merges].sort(), `${s.name} merges`);
      }
      assert.equal(wb.creator, "决算说明助手");
      assert.equal(wb.created.toISOString(), "2024-06-30T00:00:00.000Z");
      // codes stay text, amounts stay numbers with the amount format
      const ws = wb.worksheets[1];
      const codeCell = ws.getCell(9, 1);
      assert.equal(typeof codeCell.value, "string");
      const amountCell = ws.getCell(8, 5).value === null ? ws.getCell(8, 3) : ws.getCell(8, 5);
      assert.equal(typeof amountCell.value, "number");
      assert.equal(amountCell.numFmt, "#,##0.00");
    });

    test("examples/ 中的文件是最新生成的（重新运行 scripts/make-examples.ts）", async () => {
      const file = readFileSync(join(process.cwd(), "examples", sample.file));
      const { sheets, merges } = await readWorkbook(file);
      for (const s of sample.sheets) {
        assertSameCells(s, sheet(sheets, s.name));
        assert.deepEqual(merges[s.name], [...s.merges].sort());
      }
      // the 补充信息 sheet of the file reads back as the sample's supplement
      const { supplement, findings } = readSupplement(sheet(sheets, "补充信息"));
      assert.deepEqual(findings, []);
      assert.deepEqual(withoutProvenance(supplement), withoutProvenance(supplementOf()));
    });
  });
}
