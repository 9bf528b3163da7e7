import { test, describe } from "node:test";
import assert from "node:assert/strict";
import { Dec, type CellValue } from "../src/core";
import { detectTables, matchTitle, readFinalAccounts, type Sheet, type TableId } from "../src/tables";
import { centralAccounts, centralSheets, mentougouAccounts, mentougouSheets } from "../examples/src";
import { diffAccounts } from "./helpers/compare";

const sheet = (name: string, values: CellValue[][]): Sheet => ({ name, origin: "A1", values });
const dec = (s: string) => new Dec(s);
const eq = (actual: Dec | undefined, expected: string) => {
  assert.ok(actual, `missing value, expected ${expected}`);
  assert.equal(actual.toString(), dec(expected).toString());
};

describe("table titles", () => {
  const cases: [string, TableId | null][] = [
    ["收入支出决算总表", "incomeExpenditureSummary"],
    ["2023年度收支决算总表", "incomeExpenditureSummary"],
    ["收入支出决算总表（续）", "incomeExpenditureSummary"],
    ["财政拨款收入支出决算总表", "appropriationSummary"],
    ["部门收入决算表", "incomeTable"],
    ["收 入 决 算 表", "incomeTable"],
    ["北京市门头沟区科学技术和信息化局2023年度收入决算表", "incomeTable"],
    ["支出决算表(续表)", "expenditureTable"],
    ["一般公共预算财政拨款支出决算表", "generalBudgetExpenditure"],
    ["一般公共预算财政拨款收入支出决算表", "generalBudgetIncomeExpenditure"],
    ["一般公共预算财政拨款基本支出决算表", "basicExpenditureByEconomic"],
    ["一般公共预算财政拨款基本支出决算明细表", "basicExpenditureByEconomic"],
    ["财政拨款基本支出经济分类决算表", "basicExpenditureByEconomic"],
    ["一般公共预算财政拨款项目支出决算表", "projectExpenditureByEconomic"],
    ["政府性基金预算财政拨款收入支出决算表", "governmentFundTable"],
    ["政府性基金预算财政拨款基本支出决算表", "governmentFundBasicExpenditure"],
    ["国有资本经营预算财政拨款收入支出决算表", "stateCapitalTable"],
    ["财政拨款“三公”经费支出决算表", "threePublicTable"],
    ['财政拨款"三公"经费支出决算表', "threePublicTable"],
    ["财政拨款三公经费支出决算表", "threePublicTable"],
    ["一般公共预算“三公”经费支出决算表", "threePublicTable"],
    ["2023年度 财政拨款＂三公＂经费支出决算表 公开09表", "threePublicTable"],
    ["政府采购支出信息表", "procurementTable"],
    ["政府购买服务支出情况表", "purchasedServicesTable"],
    ["注：本表反映部门本年度的总收支和年末结转结余情况。", null],
    ["公开01表", null],
    ["收入支出决算总表说明", null],
  ];
  for (const [text, id] of cases) {
    test(`${text} → ${id}`, () => assert.equal(matchTitle(text)?.id ?? null, id));
  }
});

describe("Mentougou sample (13 Beijing tables, 元)", () => {
  const { accounts, findings } = readFinalAccounts(mentougouSheets());

  test("reads every table with no error or warning", () => {
    assert.equal(accounts.tables.length, 13);
    assert.deepEqual(
      findings.filter((f) => f.severity !== "info"),
      [],
    );
    assert.equal(accounts.department, "北京市门头沟区科学技术和信息化局");
  });

  test("matches the sample's model figure by figure", () => {
    const expected = mentougouAccounts();
    const diffs = diffAccounts({ ...expected, year: accounts.year }, { ...accounts, incomeTable: undefined });
    assert.deepEqual(diffs, []);
  });

  test("收入支出决算总表 values and cells", () => {
    const s = accounts.incomeExpenditureSummary!;
    eq(s.incomeTotal.value, "112078856.26");
    assert.deepEqual(s.incomeTotal.cells, ["收入支出决算总表!C29"]);
    assert.equal(s.incomeTotal.sourceUnit, "yuan");
    eq(s.incomeGrandTotal.value, "113684009.05");
    eq(s.income.otherIncome?.value, "7573269.12");
    const sci = s.expenditureByClass.find((l) => l.name === "科学技术支出");
    assert.equal(sci?.code, null);
    eq(sci?.amounts.total?.value, "79015434.75");
    eq(s.closingBalance?.value, "7283979.30");
  });

  test("一般公共预算财政拨款支出决算表: split codes, 类 206 and 款 20601", () => {
    const t = accounts.generalBudgetExpenditure!;
    const c206 = t.rows.find((r) => r.code === "206")!;
    assert.equal(c206.level, "class");
    eq(c206.amounts.total?.value, "78335329.04");
    assert.deepEqual(c206.amounts.total?.cells, ["一般公共预算财政拨款支出决算表!E9"]);
    const s = t.rows.find((r) => r.code === "20601")!;
    assert.equal(s.level, "section");
    assert.equal(s.name, "科学技术管理事务");
    eq(t.total.total?.value, "105719924.04");
    eq(t.total.basic?.value, "27177385.21");
    assert.ok(accounts.tables.find((x) => x.id === "generalBudgetExpenditure")?.variants.includes("split-codes"));
  });

  test("基本支出 two blocks with 人员经费合计 | 公用经费合计", () => {
    const b = accounts.basicExpenditureByEconomic!;
    assert.deepEqual(
      b.rows.map((r) => `${r.code}:${r.group}`),
      ["301:personnel", "303:personnel", "302:public", "310:public"],
    );
    eq(b.personnelTotal?.value, "25865279.01");
    eq(b.publicTotal?.value, "1312106.20");
    assert.ok(accounts.tables.find((x) => x.id === "basicExpenditureByEconomic")?.variants.includes("two-block"));
  });

  test("三公 horizontal: vehicle operation actual 44531.60", () => {
    const t = accounts.threePublicTable!;
    assert.equal(t.layout, "horizontal");
    eq(t.actual.vehicleOperation?.value, "44531.60");
    assert.deepEqual(t.actual.vehicleOperation?.cells, ["财政拨款“三公”经费支出决算表!K8"]);
    eq(t.budget.total?.value, "140987");
    eq(t.budget.officialReception?.value, "14987");
  });

  test("empty tables are recognised as empty", () => {
    for (const id of ["governmentFundTable", "governmentFundBasicExpenditure", "stateCapitalTable", "purchasedServicesTable"]) {
      assert.ok(accounts.tables.find((x) => x.id === id)?.variants.includes("empty"), id);
    }
    assert.equal(accounts.purchasedServicesTable?.total.value.isZero(), true);
    eq(accounts.procurementTable?.total.value, "252358.35");
    eq(accounts.procurementTable?.microSmallContracts?.value, "212385");
  });
});

describe("central sample (9 tables, 万元, merged codes, continued and stacked tables)", () => {
  const { accounts, findings } = readFinalAccounts(centralSheets());

  test("matches the sample's model in 元", () => {
    const diffs = diffAccounts(centralAccounts(), { ...accounts, incomeTable: undefined, expenditureTable: undefined });
    assert.deepEqual(diffs, []);
    assert.deepEqual(findings.filter((f) => f.severity !== "info"), []);
    assert.equal(accounts.year, 2023);
    assert.equal(accounts.department, "国家示例局机关服务中心");
  });

  test("万元 figures are converted exactly and keep their source unit", () => {
    const s = accounts.incomeExpenditureSummary!;
    assert.equal(s.incomeTotal.sourceUnit, "wanYuan");
    const raw = centralSheets().find((x) => x.name === "收入支出决算总表")!;
    const [, addr] = s.incomeTotal.cells[0].split("!");
    const m = /^([A-Z]+)(\d+)$/.exec(addr)!;
    const printed = raw.values[Number(m[2]) - 1][m[1].charCodeAt(0) - 65] as number;
    assert.equal(s.incomeTotal.value.toString(), new Dec(String(printed)).times(10000).toString());
  });

  test("支出决算表 continued on a second sheet is one table", () => {
    const t = accounts.tables.find((x) => x.id === "expenditureTable")!;
    assert.equal(t.parts.length, 2);
    assert.ok(t.variants.includes("continued"));
    const rows = accounts.expenditureTable!.rows;
    assert.ok(rows.some((r) => r.code.startsWith("208") && r.amounts.total?.cells[0].startsWith("支出决算表（续）!")));
    assert.ok(rows.every((r) => [3, 5, 7].includes(r.code.length)));
  });

  test("three tables stacked on one sheet, vertical 三公", () => {
    const onOther = accounts.tables.filter((t) => t.sheet === "其他公开表").map((t) => t.id);
    assert.deepEqual(onOther, ["governmentFundTable", "stateCapitalTable", "threePublicTable"]);
    assert.equal(accounts.threePublicTable?.layout, "vertical");
    eq(accounts.threePublicTable?.actual.vehicleOperation?.value, "238500");
    eq(accounts.threePublicTable?.budget.overseasTravel?.value, "30000");
  });
});

describe("hand-built variants", () => {
  test("unit in the 编制单位 row, year in the title, 万元 → 元", () => {
    const { accounts, findings } = readFinalAccounts([
      sheet("总表", [
        ["2022年度收支决算总表"],
        ["编制单位：示例单位", null, null, null, null, "金额单位：万元"],
        ["收入", null, null, "支出"],
        ["项目", "行次", "金额", "项目", "行次", "金额"],
        ["一、一般公共预算财政拨款收入", 1, 100.5, "一、一般公共服务支出", 10, 90.25],
        ["八、其他收入", 2, 0.01, "二、教育支出", 11, "—"],
        ["本年收入合计", 3, 100.51, "本年支出合计", 12, 90.25],
        ["年初结转和结余", 4, 1, "年末结转和结余", 13, 11.26],
        ["收入总计", 5, 101.51, "支出总计", 14, 101.51],
      ]),
    ]);
    assert.equal(accounts.year, 2022);
    assert.equal(accounts.department, "示例单位");
    const s = accounts.incomeExpenditureSummary!;
    eq(s.incomeTotal.value, "1005100");
    eq(s.income.otherIncome?.value, "100");
    eq(s.expenditureGrandTotal.value, "1015100");
    assert.deepEqual(
      s.expenditureByClass.map((l) => [l.code, l.name, l.amounts.total?.value.toString()]),
      [
        [null, "一般公共服务支出", "902500"],
        [null, "教育支出", "0"],
      ],
    );
    assert.deepEqual(s.incomeTotal.cells, ["总表!C7"]);
    assert.ok(findings.every((f) => f.rule !== "read.unreadable-cell"));
  });

  test("merged codes, code with name in one cell, names", () => {
    const { accounts } = readFinalAccounts([
      sheet("S", [
        ["支出决算表"],
        [null, null, null, "单位：元"],
        ["科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出"],
        ["合计", null, 30, 10, 20],
        ["206", "科学技术支出", 30, 10, 20],
        [20601, "科学技术管理事务", 30, 10, 20],
        ["2060101 行政运行", null, 10, 10, 0],
        ["2060102科技项目", null, 20, 0, 20],
      ]),
    ]);
    const t = accounts.expenditureTable!;
    assert.deepEqual(
      t.rows.map((r) => [r.code, r.name, r.level]),
      [
        ["206", "科学技术支出", "class"],
        ["20601", "科学技术管理事务", "section"],
        ["2060101", "行政运行", "item"],
        ["2060102", "科技项目", "item"],
      ],
    );
    eq(t.total.project?.value, "20");
    assert.deepEqual(t.rows[3].amounts.project?.cells, ["S!E8"]);
  });

  test("split codes: a 款 row showing only 01 inherits its 类; 项 rows inherit their 款", () => {
    const { accounts } = readFinalAccounts([
      sheet("S", [
        ["一般公共预算财政拨款支出决算表"],
        ["单位：元"],
        ["项目", null, null, null, "本年支出"],
        ["科目编码", null, null, "科目名称", "合计", "基本支出", "项目支出"],
        ["类", "款", "项", null, null, null, null],
        ["栏次", null, null, null, 1, 2, 3],
        ["合计", null, null, null, 5, 3, 2],
        ["208", null, null, "社会保障和就业支出", 5, 3, 2],
        [null, "05", null, "行政事业单位养老支出", 5, 3, 2],
        [null, null, "01", "行政单位离退休", 3, 3, 0],
        [null, null, "02", "事业单位离退休", 2, 0, 2],
      ]),
    ]);
    const t = accounts.generalBudgetExpenditure!;
    assert.deepEqual(
      t.rows.map((r) => r.code),
      ["208", "20805", "2080501", "2080502"],
    );
    eq(t.rows[3].amounts.project?.value, "2");
    eq(t.total.total?.value, "5");
  });

  test("budget columns: 年初预算数 and 决算数 groups", () => {
    const { accounts } = readFinalAccounts([
      sheet("S", [
        ["一般公共预算财政拨款支出决算表"],
        ["单位：元"],
        ["科目编码", "科目名称", "年初预算数", null, null, "决算数", null, null],
        [null, null, "合计", "基本支出", "项目支出", "合计", "基本支出", "项目支出"],
        ["合计", null, 9, 4, 5, 12, 5, 7],
        ["206", "科学技术支出", 9, 4, 5, 12, 5, 7],
      ]),
    ]);
    const t = accounts.generalBudgetExpenditure!;
    eq(t.total.initialBudget?.value, "9");
    eq(t.total.total?.value, "12");
    eq(t.total.basic?.value, "5");
    eq(t.rows[0].amounts.project?.value, "7");
    assert.ok(accounts.tables[0].variants.includes("budget-columns"));
  });

  test("several tables on one sheet, a continuation on another, a table of contents ignored", () => {
    const { accounts, findings } = readFinalAccounts([
      sheet("目录", [["目录"], ["1.收入支出决算总表"], ["2.收入决算表"], ["3.支出决算表"], ["4.财政拨款收入支出决算总表"]]),
      sheet("表", [
        ["收入决算表"],
        ["单位：元"],
        ["科目编码", "科目名称", "本年收入合计", "财政拨款收入", "其他收入"],
        ["合计", null, 30, 20, 10],
        ["206", "科学技术支出", 20, 20, 0],
        [],
        ["2023年度支出决算表"],
        ["单位：元"],
        ["科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出"],
        ["合计", null, 30, 10, 20],
        ["206", "科学技术支出", 20, 10, 10],
      ]),
      sheet("续", [
        ["收入决算表（续）"],
        ["单位：元"],
        ["科目编码", "科目名称", "本年收入合计", "财政拨款收入", "其他收入"],
        ["208", "社会保障和就业支出", 10, 0, 10],
      ]),
    ]);
    assert.deepEqual(
      accounts.tables.map((t) => [t.id, t.parts.length]),
      [
        ["incomeTable", 2],
        ["expenditureTable", 1],
      ],
    );
    assert.deepEqual(
      accounts.incomeTable!.rows.map((r) => [r.code, r.amounts.otherIncome?.cells[0]]),
      [
        ["206", "表!E5"],
        ["208", "续!E4"],
      ],
    );
    assert.equal(accounts.expenditureTable!.rows[0].amounts.basic?.cells[0], "表!D11");
    assert.equal(accounts.year, 2023);
    // core tables missing → errors; Beijing additions → info for a central-style workbook
    const missing = findings.filter((f) => f.rule === "read.missing-table");
    assert.ok(missing.some((f) => f.severity === "error" && f.message.includes("收入支出决算总表")));
    assert.ok(missing.some((f) => f.severity === "info" && f.message.includes("政府采购情况表")));
  });

  test("sheet origin offsets the cell addresses", () => {
    const { accounts } = readFinalAccounts([
      {
        name: "S",
        origin: "C3",
        values: [
          ["财政拨款“三公”经费支出决算表"],
          ["单位：元"],
          ["项目", "预算数", "决算数"],
          ["合计", 10, 8],
          ["因公出国（境）费", 0, 0],
          ["公务用车购置及运行维护费", 10, 8],
          ["其中：公务用车购置费", 0, 0],
          ["公务用车运行维护费", 10, 8],
          ["公务接待费", 0, 0],
        ],
      },
    ]);
    const t = accounts.threePublicTable!;
    assert.equal(t.layout, "vertical");
    assert.deepEqual(t.actual.vehicleOperation?.cells, ["S!E10"]);
    eq(t.budget.officialVehicles?.value, "10");
  });

  test("vertical 政府采购 table and a purchased-services table with rows", () => {
    const { accounts } = readFinalAccounts([
      sheet("S", [
        ["政府采购支出信息表"],
        ["单位：元"],
        ["项目", "金额"],
        ["政府采购支出总额", "1,000.50"],
        ["其中：货物", 500],
        ["工程", 0],
        ["服务", "500.50"],
        ["授予中小企业合同金额", 800],
        [],
        ["政府购买服务支出情况表"],
        ["单位：元"],
        ["序号", "项目名称", "决算金额"],
        [1, "物业服务", 300],
        [2, "信息系统运维", 200],
        ["合计", null, 500],
      ]),
    ]);
    const p = accounts.procurementTable!;
    eq(p.total.value, "1000.50");
    eq(p.goods.value, "500");
    eq(p.services.value, "500.50");
    eq(p.smeContracts?.value, "800");
    assert.equal(p.microSmallContracts, undefined);
    const s = accounts.purchasedServicesTable!;
    assert.deepEqual(
      s.rows.map((r) => [r.name, r.amount.value.toString()]),
      [
        ["物业服务", "300"],
        ["信息系统运维", "200"],
      ],
    );
    eq(s.total.value, "500");
  });

  test("detectTables reports titles, ranges, units and variants", () => {
    const { tables, findings } = detectTables([
      sheet("S", [
        ["国有资本经营预算财政拨款支出决算表"],
        ["部门：示例", null, "公开10表"],
        [null, null, "单位：万元"],
        ["科目编码", "科目名称", "本年支出"],
        ["合计", null, null],
        ["本单位本年度无国有资本经营预算财政拨款支出，故本表为空表。"],
      ]),
    ]);
    assert.deepEqual(findings, []);
    assert.equal(tables.length, 1);
    assert.equal(tables[0].range, "A1:C6");
    assert.equal(tables[0].unit, "wanYuan");
    assert.ok(tables[0].variants.includes("empty"));
  });
});
