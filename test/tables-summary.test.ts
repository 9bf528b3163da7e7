// The two summary tables read in named steps: halves (side by side or one under the other), sections
// (what a fund line means above 本年收入合计 / below 年初结转和结余 / below 年末结转和结余), and required totals
// that are never replaced by another column's figure. Every table here is hand-built; the expected figures
// are the ones typed into it.
import { test, describe } from "node:test";
import assert from "node:assert/strict";
import type { CellValue } from "../src/core";
import { readFinalAccounts, type Figure, type Finding, type Sheet } from "../src/tables";

const sheet = (name: string, values: CellValue[][]): Sheet => ({ name, origin: "A1", values });
const value = (f: Figure | undefined) => f?.value.toString();
const readRows = (findings: Finding[]) => findings.filter((f) => f.rule === "read.missing-row");

/** 财政拨款收入支出决算总表 with a 合计 and two fund columns in the 支出 half; `grand` is 支出总计's 合计 cell. */
function appropriation(grand: CellValue): Sheet[] {
  return [
    sheet("拨款总表", [
      ["财政拨款收入支出决算总表"],
      ["单位：元"],
      ["收入", null, "支出"],
      ["项目", "金额", "项目", "合计", "一般公共预算财政拨款", "政府性基金预算财政拨款"],
      ["一、一般公共预算财政拨款", 100, "一、一般公共服务支出", 90, 90, 0],
      ["二、政府性基金预算财政拨款", 5, "二、教育支出", 5, 0, 5],
      ["本年收入合计", 105, "本年支出合计", 95, 90, 5],
      ["年初财政拨款结转和结余", 1, "年末财政拨款结转和结余", 11, 10, 1],
      ["一般公共预算财政拨款", 1, null, null, null, null],
      ["总计", 106, "总计", grand, 100, 6],
    ]),
  ];
}

describe("summary tables: halves and sections", () => {
  test("one label column holding both halves: lines down to 收入总计 are 收入, the rest 支出", () => {
    const { accounts, findings } = readFinalAccounts([
      sheet("总表", [
        ["收入支出决算总表"],
        ["单位：元"],
        ["项目", "行次", "金额"],
        ["一、一般公共预算财政拨款收入", 1, 100],
        ["八、其他收入", 2, 5],
        ["本年收入合计", 3, 105],
        ["年初结转和结余", 4, 1],
        ["总计", 5, 106],
        ["一、一般公共服务支出", 6, 90],
        ["二、教育支出", 7, 10],
        ["本年支出合计", 8, 100],
        ["年末结转和结余", 9, 6],
        ["总计", 10, 106],
      ]),
    ]);
    const s = accounts.incomeExpenditureSummary!;
    assert.equal(value(s.income.otherIncome), "5");
    assert.deepEqual(s.incomeGrandTotal.cells, ["总表!C8"]);
    assert.deepEqual(s.expenditureGrandTotal.cells, ["总表!C13"]);
    assert.equal(value(s.closingBalance), "6");
    assert.deepEqual(
      s.expenditureByClass.map((c) => [c.name, value(c.amounts.total)]),
      [
        ["一般公共服务支出", "90"],
        ["教育支出", "10"],
      ],
    );
    assert.deepEqual(readRows(findings), []);
  });

  test("fund lines: income above 本年收入合计, opening balance below 年初结转, closing balance below 年末结转", () => {
    const { accounts, findings } = readFinalAccounts([
      sheet("A", [
        ["财政拨款收入支出决算总表"],
        ["单位：元"],
        ["收入", null, "支出"],
        ["项目", "金额", "项目", "金额"],
        ["一、一般公共预算财政拨款", 100, "一、一般公共服务支出", 90],
        ["二、政府性基金预算财政拨款", 5, "二、教育支出", 10],
        ["本年收入合计", 105, "本年支出合计", 100],
        ["年初财政拨款结转和结余", 1, "年末财政拨款结转和结余", 6],
        ["一般公共预算财政拨款", 1, "一般公共预算财政拨款", 4],
        ["政府性基金预算财政拨款", 0, "政府性基金预算财政拨款", 2],
        ["总计", 106, "总计", 106],
      ]),
    ]);
    const s = accounts.appropriationSummary!;
    assert.deepEqual([value(s.income.generalBudget), value(s.income.governmentFund)], ["100", "5"]);
    assert.deepEqual(
      [
        value(s.openingBalance.total),
        value(s.openingBalance.generalBudget),
        s.openingBalance.generalBudget?.cells[0],
      ],
      ["1", "1", "A!B9"],
    );
    assert.deepEqual(
      [
        value(s.closingBalance.total),
        value(s.closingBalance.generalBudget),
        value(s.closingBalance.governmentFund),
      ],
      ["6", "4", "2"],
    );
    // the fund lines under 年末结转 are not 类 lines
    assert.deepEqual(
      s.expenditureByClass.map((c) => c.name),
      ["一般公共服务支出", "教育支出"],
    );
    assert.equal(value(s.expenditureGrandTotal), "106");
    assert.deepEqual(readRows(findings), []);
  });

  test("a continued table whose first page lists only 类 lines is read with the next page's columns", () => {
    const { accounts, findings } = readFinalAccounts([
      sheet("A", [
        ["财政拨款收入支出决算总表"],
        ["单位：元"],
        ["收入", null, "支出"],
        ["项目", "金额", "项目", "合计", "一般公共预算财政拨款"],
        ["一、一般公共预算财政拨款", 100, "一、一般公共服务支出", 90, 90],
        [null, null, "二、教育支出", 5, 5],
      ]),
      sheet("B", [
        ["财政拨款收入支出决算总表（续）"],
        ["收入", null, "支出"],
        ["项目", "金额", "项目", "合计", "一般公共预算财政拨款"],
        [null, null, "三、科学技术支出", 5, 5],
        ["本年收入合计", 100, "本年支出合计", 100, 100],
        ["年初财政拨款结转和结余", 0, "年末财政拨款结转和结余", 0, 0],
        ["总计", 100, "总计", 100, 100],
      ]),
    ]);
    const s = accounts.appropriationSummary!;
    assert.deepEqual(s.income.generalBudget?.cells, ["A!B5"]);
    assert.deepEqual(
      s.expenditureByClass.map((c) => [c.name, value(c.amounts.total)]),
      [
        ["一般公共服务支出", "90"],
        ["教育支出", "5"],
        ["科学技术支出", "5"],
      ],
    );
    assert.deepEqual(readRows(findings), []);
  });

  test("a part whose 收入 and 支出 label columns cannot be found is a finding, not silently dropped", () => {
    const { findings } = readFinalAccounts([
      sheet("A", [
        ["财政拨款收入支出决算总表"],
        ["单位：元"],
        ["项目", "金额", "项目", "金额"],
        ["一、一般公共预算财政拨款", 100, "一、一般公共服务支出", 90],
      ]),
    ]);
    const f = findings.find((x) => x.rule === "read.missing-columns");
    assert.ok(f, JSON.stringify(findings));
    assert.equal(
      f.message,
      "财政拨款收入支出决算总表（A!A1起的部分）中找不到收入、支出的项目列（如“本年收入合计”“本年支出合计”所在的列），该部分未读取",
    );
  });
});

describe("summary tables: a total that is not there is said so, never replaced", () => {
  test("the table as typed: 支出总计 is its 合计 cell", () => {
    const { accounts, findings } = readFinalAccounts(appropriation(106));
    assert.equal(value(accounts.appropriationSummary!.expenditureGrandTotal), "106");
    assert.deepEqual(accounts.appropriationSummary!.expenditureGrandTotal.cells, ["拨款总表!D10"]);
    assert.deepEqual(readRows(findings), []);
  });

  test("支出总计's 合计 cell unreadable: marked unreadable with a finding naming the cell — not the 一般公共预算 column's 100", () => {
    const { accounts, findings } = readFinalAccounts(appropriation({ error: "#REF!" }));
    const grand = accounts.appropriationSummary!.expenditureGrandTotal;
    assert.equal(grand.unreadable, "invalid");
    assert.deepEqual(grand.cells, ["拨款总表!D10"]);
    assert.ok(findings.some((f) => f.rule === "read.unreadable-cell" && f.cells[0] === "拨款总表!D10"));
    // the cell is there, only unreadable: no "按0处理" missing-row finding besides the one above
    assert.deepEqual(readRows(findings), []);
  });

  test("a 支出 half without a 合计 column: both totals are findings naming their rows", () => {
    const { accounts, findings } = readFinalAccounts([
      sheet("A", [
        ["财政拨款收入支出决算总表"],
        ["单位：元"],
        ["收入", null, "支出"],
        ["项目", "金额", "项目", "一般公共预算财政拨款", "政府性基金预算财政拨款"],
        ["一、一般公共预算财政拨款", 100, "一、一般公共服务支出", 90, 0],
        ["本年收入合计", 100, "本年支出合计", 90, 0],
        ["年初财政拨款结转和结余", 0, "年末财政拨款结转和结余", 10, 0],
        ["总计", 100, "总计", 100, 0],
      ]),
    ]);
    const s = accounts.appropriationSummary!;
    assert.equal(value(s.expenditureTotal.generalBudget), "90");
    assert.equal(value(s.expenditureTotal.total), "0");
    assert.equal(value(s.expenditureGrandTotal), "0");
    assert.deepEqual(
      readRows(findings).map((f) => f.message),
      [
        "财政拨款收入支出决算总表：支出栏“本年支出合计”行（A!C6）找不到“合计”列的金额，按0处理（未用其他列的金额代替）",
        "财政拨款收入支出决算总表：支出栏“总计”行（A!C8）找不到“合计”列的金额，按0处理（未用其他列的金额代替）",
      ],
    );
  });

  test("收入支出决算总表: an unreadable 本年收入合计 names its cell; missing rows name the sheet", () => {
    const { accounts, findings } = readFinalAccounts([
      sheet("T", [
        ["收入支出决算总表"],
        ["单位：元"],
        ["收入", null, "支出"],
        ["项目", "金额", "项目", "金额"],
        ["一、一般公共预算财政拨款收入", 100, "一、一般公共服务支出", 100],
        ["本年收入合计", "abc", "本年支出合计", 100],
      ]),
    ]);
    const s = accounts.incomeExpenditureSummary!;
    assert.equal(s.incomeTotal.unreadable, "invalid");
    assert.deepEqual(s.incomeTotal.cells, ["T!B6"]);
    assert.ok(findings.some((f) => f.rule === "read.unreadable-cell" && f.cells[0] === "T!B6"));
    assert.equal(value(s.expenditureTotal), "100");
    assert.deepEqual(
      readRows(findings).map((f) => [f.message, f.cells[0]]),
      [
        ["收入支出决算总表（工作表“T”）未找到“收入总计”行，按0处理", "T!A1"],
        ["收入支出决算总表（工作表“T”）未找到“支出总计”行，按0处理", "T!A1"],
      ],
    );
  });
});
