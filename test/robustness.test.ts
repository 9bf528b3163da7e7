import { test, describe } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import type { CellValue } from "../src/core";
import { readFinalAccounts, type FinalAccounts, type Sheet } from "../src/tables";
import { centralSheets, mentougouSheets } from "../examples/src";
import { diffAccounts } from "./helpers/compare";
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

    test("万元: every amount / 10000 and the unit line changed — same 元 figures", () => {
      const sheets = make();
      const wasWan = readFinalAccounts(sheets).accounts.tables.every((t) => t.unit === "wanYuan");
      if (wasWan) return; // the central sample is printed in 万元 already
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
      assert.equal(got.accounts.incomeExpenditureSummary?.income.otherIncome, undefined);
      assert.ok(got.accounts.incomeTable, "the other tables are still read");
    });

    test("text that is not a number is a finding naming the cell", () => {
      const cell = base.accounts.incomeExpenditureSummary!.incomeTotal.cells[0];
      const [sheetName, addr] = cell.split("!");
      const got = readFinalAccounts(setCell(make(), sheetName, addr, "abc"));
      const f = got.findings.find((x) => x.rule === "read.unreadable-cell");
      assert.equal(f?.message.startsWith(`${cell} 的值“abc”无法识别为金额`), true);
      // the required line is kept as 0 at that cell, with a missing-row error
      assert.equal(got.accounts.incomeExpenditureSummary?.incomeTotal.value.isZero(), true);
      assert.ok(got.findings.some((x) => x.rule === "read.missing-row" && x.severity === "error"));
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
      fc.constantFrom({ error: "#REF!" }, { error: "#DIV/0!" }),
      fc.boolean(),
    );
    const sheetArb = fc.record({
      name: fc.constantFrom("A", "B", "收入支出决算总表", "补充信息"),
      origin: fc.constantFrom("A1", "C3"),
      values: fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 25 }),
    });
    fc.assert(
      fc.property(fc.array(sheetArb, { maxLength: 4 }), (sheets) => {
        const { accounts, findings } = readFinalAccounts(sheets);
        return Array.isArray(accounts.tables) && Array.isArray(findings);
      }),
      { numRuns: 300, seed: 20231231 },
    );
  });
});
