import { test, describe } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type CellValue, UNCALCULATED, isUncalculated, parseA1, splitRef } from "../src/core";
import { isFigure } from "../src/checks/declare";
import { WorkbookReadError, readXlsx } from "../src/cli/read-xlsx";
import type { Figure, Finding } from "../src/tables/model";
import { readFinalAccounts, type FinalAccounts, type Sheet } from "../src/tables";
import { centralSheets, mentougouSheets } from "../examples/src";
import { diffAccounts } from "./helpers/compare";
import { encryptedXlsxBytes, repeatedTitleSheets } from "./helpers/hostile";
import {
  amountsAsText,
  blankInheritedClass,
  codeWithName,
  deleteSheet,
  insertBlankColumn,
  insertBlankRows,
  mergeCodes,
  reorderSheets,
  setCell,
  stackSheets,
  toWanYuan,
} from "./helpers/mutate";

const samples: [string, () => Sheet[]][] = [
  ["mentougou", mentougouSheets],
  ["central", centralSheets],
];

function same(base: FinalAccounts, other: FinalAccounts): string[] {
  return diffAccounts(base, other);
}

/** Every figure of the model, wherever it sits. */
function allFigures(node: unknown, out: Figure[] = []): Figure[] {
  if (isFigure(node)) out.push(node);
  else if (Array.isArray(node)) for (const n of node) allFigures(n, out);
  else if (typeof node === "object" && node !== null) for (const v of Object.values(node)) allFigures(v, out);
  return out;
}

/** The value at a cell reference "Sheet!B7" in the sheets as given (origin taken into account). */
function valueAt(sheets: readonly Sheet[], ref: string): CellValue | undefined {
  const { sheet, address } = splitRef(ref);
  const s = sheets.find((x) => x.name === sheet);
  if (!s || !Array.isArray(s.values)) return undefined;
  const at = parseA1(address);
  const origin = parseA1(s.origin);
  return s.values[at.row - origin.row]?.[at.col - origin.col];
}

/**
 * Figures at a cell that holds a formula without a result, other than zero placeholders. Must be none; a
 * placeholder (the economic tables keep a row's actual as 0 at its cell) is allowed only because the same
 * reading carries a read.uncalculated error, which stops `narrate` from writing a document.
 */
function figuresFromUncalculated(sheets: readonly Sheet[], accounts: FinalAccounts, findings: readonly Finding[]): string[] {
  const at = allFigures(accounts).flatMap((f) =>
    f.cells
      .filter((ref) => {
        try {
          return isUncalculated(valueAt(sheets, ref));
        } catch {
          return false;
        }
      })
      .map((ref) => ({ ref, zero: f.value.isZero() })),
  );
  const flagged = findings.some((f) => f.rule === "read.uncalculated" && f.severity === "error");
  return at.filter((x) => !x.zero || !flagged).map((x) => x.ref);
}

/** Every number of every sheet (not 补充信息) replaced by a formula without a result. */
function uncalculated(sheets: Sheet[], only?: string): Sheet[] {
  return sheets.map((s) =>
    s.name.includes("补充信息") || (only !== undefined && s.name !== only)
      ? s
      : { ...s, values: s.values.map((row) => row.map((v) => (typeof v === "number" ? { error: UNCALCULATED, formula: `0+${v}` } : v))) },
  );
}

for (const [name, make] of samples) {
  describe(`${name}: mutations give the same accounts`, () => {
    const base = readFinalAccounts(make());
    const mutations: [string, (s: Sheet[]) => Sheet[]][] = [
      ["blank rows above the header", (s) => insertBlankRows(s, null, 3, 2)],
      ["blank rows inside the data", (s) => insertBlankRows(s, null, 12, 1)],
      ["a blank first column", (s) => insertBlankColumn(s, null, 0)],
      ["a blank column after the first", (s) => insertBlankColumn(s, null, 1)],
      ["tables reordered", reorderSheets],
      ["amounts as text with thousands separators", amountsAsText],
      ["split codes merged", mergeCodes],
      ["inherited 类 left blank", blankInheritedClass],
      ["code and name in one cell", codeWithName],
      ["all tables stacked on one sheet", (s) => stackSheets(s)],
    ];
    for (const [label, mutate] of mutations) {
      test(label, () => {
        const got = readFinalAccounts(mutate(make()));
        assert.deepEqual(same(base.accounts, got.accounts), []);
        assert.deepEqual(
          got.findings.filter((f) => f.severity !== "info").map((f) => f.message),
          base.findings.filter((f) => f.severity !== "info").map((f) => f.message),
        );
      });
    }

    // The central sample is printed in 万元 already: the conversion applies to the 元 sample only.
    const printedInWan = base.accounts.tables.every((t) => t.unit === "wanYuan");
    test("the sample's printed unit is the one expected", () => {
      assert.equal(printedInWan, name === "central");
    });
    if (!printedInWan) test("万元: every amount / 10000 and the unit line changed — same 元 figures", () => {
      const sheets = make();
      const got = readFinalAccounts(toWanYuan(sheets));
      assert.deepEqual(same(base.accounts, got.accounts), []);
      assert.ok(got.accounts.tables.every((t) => t.unit === "wanYuan"));
      assert.equal(got.accounts.incomeExpenditureSummary?.incomeTotal.sourceUnit, "wanYuan");
    });

    test("a deleted table is a finding; the others are still read", () => {
      const got = readFinalAccounts(deleteSheet(make(), "一般公共预算财政拨款支出决算表"));
      assert.equal(got.accounts.generalBudgetExpenditure, undefined);
      const f = got.findings.find((x) => x.rule === "read.missing-table" && x.message.includes("一般公共预算财政拨款支出决算表"));
      assert.equal(f?.severity, "error");
      assert.deepEqual(same({ ...base.accounts, generalBudgetExpenditure: undefined, tables: [] }, got.accounts), []);
    });

    test("an #REF! cell is a finding naming the cell", () => {
      const cell = base.accounts.incomeExpenditureSummary!.income.otherIncome!.cells[0];
      const [sheetName, addr] = cell.split("!");
      const got = readFinalAccounts(setCell(make(), sheetName, addr, { error: "#REF!" }));
      const f = got.findings.find((x) => x.rule === "read.unreadable-cell");
      assert.ok(f, "finding expected");
      assert.equal(f.severity, "error");
      assert.deepEqual(f.cells, [cell]);
      assert.ok(f.message.startsWith(`${cell} 的值“#REF!”无法识别为金额`), f.message);
      // kept as a figure marked unreadable at that cell, so no sentence or check treats it as 0
      const other = got.accounts.incomeExpenditureSummary?.income.otherIncome;
      assert.equal(other?.unreadable, "invalid");
      assert.deepEqual(other?.cells, [cell]);
      assert.ok(got.accounts.incomeTable, "the other tables are still read");
    });

    test("formulas without results: one finding per table naming the cells; never read as a figure", () => {
      const sheets = uncalculated(make());
      const got = readFinalAccounts(sheets);
      const found = got.findings.filter((f) => f.rule === "read.uncalculated");
      assert.ok(found.length > 0);
      const tables = found.map((f) => f.message.slice(0, f.message.indexOf("有 ")));
      assert.equal(new Set(tables).size, tables.length, "one finding per table");
      for (const f of found) {
        assert.equal(f.severity, "error");
        assert.match(f.message, /公式没有计算结果：请在 Excel 或 WPS 中打开并保存后再试/);
        assert.ok(f.cells.length > 0 && f.cells.length <= 10);
        for (const c of f.cells) assert.ok(isUncalculated(valueAt(sheets, c)), c);
      }
      assert.deepEqual(figuresFromUncalculated(sheets, got.accounts, got.findings), []);
    });

    test("text that is not a number is a finding naming the cell", () => {
      const cell = base.accounts.incomeExpenditureSummary!.incomeTotal.cells[0];
      const [sheetName, addr] = cell.split("!");
      const got = readFinalAccounts(setCell(make(), sheetName, addr, "abc"));
      const f = got.findings.find((x) => x.rule === "read.unreadable-cell");
      assert.equal(f?.message.startsWith(`${cell} 的值“abc”无法识别为金额`), true);
      // the required line is kept at that cell, marked unreadable (never a 0 to print); the one finding names it
      const total = got.accounts.incomeExpenditureSummary?.incomeTotal;
      assert.equal(total?.unreadable, "invalid");
      assert.deepEqual(total?.cells, [cell]);
      assert.ok(!got.findings.some((x) => x.rule === "read.missing-row" && x.cells.includes(cell)));
    });
  });
}

describe("bad input never throws", () => {
  test("empty and odd workbooks", () => {
    const odd: unknown[] = [
      [],
      [{ name: "S", origin: "A1", values: [] }],
      [{ name: "S", origin: "A1", values: [[null], [], [{ error: "#N/A" }]] }],
      [{ name: "S", origin: "A1", values: [["收入支出决算总表"]] }],
      [{ name: "S", origin: "A1", values: [["收入支出决算总表"], ["单位：元"], ["本年收入合计", "#REF!"]] }],
      [{ name: "S", origin: "B2", values: [["财政拨款“三公”经费支出决算表"], ["年初预算数", "决算数"], [true, false]] }],
    ];
    for (const sheets of odd) {
      const { accounts, findings } = readFinalAccounts(sheets as Sheet[]);
      assert.ok(Array.isArray(accounts.tables));
      assert.ok(findings.length > 0);
    }
  });

  test("random grids of titles, labels, amounts and errors", () => {
    const words = [
      "收入支出决算总表",
      "收入决算表",
      "支出决算表（续）",
      "财政拨款收入支出决算总表",
      "一般公共预算财政拨款基本支出决算表",
      "财政拨款“三公”经费支出决算表",
      "政府采购情况表",
      "政府购买服务决算公开情况表",
      "单位：万元",
      "部门：某局",
      "项目",
      "科目编码",
      "类",
      "款",
      "项",
      "科目名称",
      "合计",
      "本年收入合计",
      "总计",
      "人员经费合计",
      "年初预算数",
      "决算数",
      "本年支出",
      "基本支出",
      "栏次",
      "206",
      "01",
      "2060101 行政运行",
      "1,234.56",
      "353,18.18",
      "—",
      "故本表为空表",
    ];
    const cell: fc.Arbitrary<CellValue> = fc.oneof(
      fc.constant(null),
      fc.constantFrom(...words),
      fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }),
      fc.integer({ min: 0, max: 30 }),
      fc.constantFrom({ error: "#REF!" }, { error: "#DIV/0!" }, { error: UNCALCULATED }, { error: UNCALCULATED, formula: "SUM(C7:C9)" }),
      fc.boolean(),
    );
    const randomGrid = fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 25 });
    // A grid, optionally followed by a run of repeated 收入支出决算总表 blocks (a title every 7 rows).
    const values = fc
      .tuple(randomGrid, fc.integer({ min: 0, max: 400 }), fc.boolean())
      .map(([grid, repeated, uncalc]) => {
        const blocks = repeated > 0 ? repeatedTitleSheets(repeated)[0].values : [];
        const rows = uncalc ? uncalculated([{ name: "x", origin: "A1", values: blocks }])[0].values : blocks;
        return [...grid, ...rows];
      });
    const sheetArb = fc.record({
      name: fc.constantFrom("A", "B", "收入支出决算总表", "补充信息"),
      origin: fc.constantFrom("A1", "C3"),
      values,
    });
    fc.assert(
      // Sheet names are unique within a workbook (Excel refuses duplicates).
      fc.property(fc.uniqueArray(sheetArb, { maxLength: 4, selector: (s) => s.name }), (sheets) => {
        const { accounts, findings } = readFinalAccounts(sheets);
        assert.ok(Array.isArray(accounts.tables));
        // never a figure from a formula without a result
        assert.deepEqual(figuresFromUncalculated(sheets, accounts, findings), []);
        // one finding per cause: a repeated title or a table's uncalculated cells are never one finding each
        for (const rule of ["read.duplicate-table", "read.uncalculated"]) {
          const keys = findings.filter((f) => f.rule === rule).map((f) => f.message.replace(/(出现多次|有 \d+ 个单元格).*$/, ""));
          assert.equal(new Set(keys).size, keys.length, `${rule}: ${keys.join(" | ")}`);
        }
        return true;
      }),
      { numRuns: 300, seed: 20231231 },
    );
  });
});

describe("unreadable files never throw a raw error", () => {
  test("encrypted workbooks (any content after the container's stream names) are named as such", async () => {
    const dir = mkdtempSync(join(tmpdir(), "juesuan-enc-"));
    try {
      await fc.assert(
        fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), async (tail) => {
          const path = join(dir, "locked.xlsx");
          writeFileSync(path, Buffer.concat([encryptedXlsxBytes(), tail]));
          await assert.rejects(readXlsx(path), (e: unknown) => {
            assert.ok(e instanceof WorkbookReadError);
            assert.match(e.message, /^locked\.xlsx 工作簿设置了打开密码，请在 Excel 中取消密码.*再试$/);
            return true;
          });
        }),
        { numRuns: 40, seed: 13 },
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("random bytes, zips that are not workbooks: a Chinese WorkbookReadError naming the file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "juesuan-junk-"));
    try {
      await fc.assert(
        fc.asyncProperty(fc.constantFrom<number[]>([], [0x50, 0x4b, 3, 4], [0xd0, 0xcf, 0x11, 0xe0]), fc.uint8Array({ maxLength: 500 }), async (head, tail) => {
          const path = join(dir, "junk.xlsx");
          writeFileSync(path, Buffer.concat([Buffer.from(head), tail]));
          await assert.rejects(readXlsx(path), (e: unknown) => {
            assert.ok(e instanceof WorkbookReadError, String(e));
            assert.match(e.message, /junk\.xlsx/);
            return true;
          });
        }),
        { numRuns: 40, seed: 14 },
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
