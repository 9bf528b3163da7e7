import { test, describe } from "node:test";
import assert from "node:assert/strict";
import { Dec } from "../src/core";
import { RULES, ROUNDING_NOTE, runChecks } from "../src/checks";
import { figuresAt, specPaths } from "../src/checks/declare";
import { BETWEEN_SPECS } from "../src/checks/rules/between";
import { PROCUREMENT_SPECS, SUMMARY_SPECS } from "../src/checks/rules/within";
import type { FinalAccounts, Figure } from "../src/tables/model";
import { A, B, consistentAccounts, E, emptySupplement, fig, G, GF, GFB, I, P, PR, PS, S, SC, T } from "./checks-fixture";

function set(f: Figure | undefined, value: string): void {
  assert.ok(f, "fixture figure exists");
  f.value = new Dec(value);
}

interface BreakCase {
  rule: string;
  mutate: (a: FinalAccounts) => void;
  /** First cell of the finding (the checked figure). */
  cell: string;
  actual: string;
  expected: string;
  severity?: "error" | "warning";
}

const CASES: BreakCase[] = [
  { rule: "summary.income-total", mutate: (a) => set(a.incomeExpenditureSummary?.incomeTotal, "1301"), cell: `${S}!C15`, actual: "1,301.00元", expected: "1,300.00元" },
  { rule: "summary.income-grand-total", mutate: (a) => set(a.incomeExpenditureSummary?.incomeGrandTotal, "1401"), cell: `${S}!C18`, actual: "1,401.00元", expected: "1,400.00元" },
  { rule: "summary.expenditure-total", mutate: (a) => set(a.incomeExpenditureSummary?.expenditureTotal, "1199"), cell: `${S}!F15`, actual: "1,199.00元", expected: "1,200.00元" },
  { rule: "summary.expenditure-grand-total", mutate: (a) => set(a.incomeExpenditureSummary?.expenditureGrandTotal, "1399"), cell: `${S}!F18`, actual: "1,399.00元", expected: "1,400.00元" },
  {
    rule: "summary.grand-totals-equal",
    mutate: (a) => {
      set(a.incomeExpenditureSummary?.closingBalance, "201");
      set(a.incomeExpenditureSummary?.expenditureGrandTotal, "1401");
    },
    cell: `${S}!C18`, actual: "1,400.00元", expected: "1,401.00元",
  },
  { rule: "appropriation.income-total", mutate: (a) => set(a.appropriationSummary?.incomeTotal, "1200"), cell: `${A}!B15`, actual: "1,200.00元", expected: "1,200.50元" },
  { rule: "appropriation.income-grand-total", mutate: (a) => set(a.appropriationSummary?.incomeGrandTotal, "1250"), cell: `${A}!B21`, actual: "1,250.00元", expected: "1,250.50元" },
  { rule: "appropriation.expenditure-grand-total", mutate: (a) => set(a.appropriationSummary?.expenditureGrandTotal, "1251"), cell: `${A}!E21`, actual: "1,251.00元", expected: "1,250.50元" },
  {
    rule: "appropriation.grand-totals-equal",
    mutate: (a) => {
      set(a.appropriationSummary?.closingBalance.total, "101");
      set(a.appropriationSummary?.expenditureGrandTotal, "1251.50");
    },
    cell: `${A}!B21`, actual: "1,250.50元", expected: "1,251.50元",
  },
  { rule: "appropriation.fund-balance.generalBudget", mutate: (a) => set(a.appropriationSummary?.closingBalance.generalBudget, "90"), cell: `${A}!F16`, actual: "90.00元", expected: "100.00元", severity: "warning" },
  { rule: "appropriation.fund-balance.governmentFund", mutate: (a) => set(a.appropriationSummary?.closingBalance.governmentFund, "5"), cell: `${A}!G16`, actual: "5.00元", expected: "0元", severity: "warning" },
  { rule: "appropriation.fund-balance.stateCapital", mutate: (a) => set(a.appropriationSummary?.closingBalance.stateCapital, "1"), cell: `${A}!H16`, actual: "1.00元", expected: "0元", severity: "warning" },
  { rule: "appropriation.row-total", mutate: (a) => set(a.appropriationSummary?.expenditureByClass[0].amounts.generalBudget, "650"), cell: `${A}!E7`, actual: "850.50元", expected: "850.00元" },
  { rule: "appropriation.expenditure-total", mutate: (a) => set(a.appropriationSummary?.expenditureTotal.governmentFund, "210"), cell: `${A}!G15`, actual: "210.00元", expected: "200.00元" },
  { rule: "incomeTable.row-total", mutate: (a) => set(a.incomeTable?.rows[2].amounts.otherIncome, "99"), cell: `${I}!E10`, actual: "1,000.00元", expected: "999.50元" },
  { rule: "incomeTable.parent-children", mutate: (a) => set(a.incomeTable?.rows[1].amounts.total, "1001"), cell: `${I}!E9`, actual: "1,001.00元", expected: "1,000.00元" },
  { rule: "incomeTable.total-classes", mutate: (a) => set(a.incomeTable?.total.appropriation, "1200"), cell: `${I}!F7`, actual: "1,200.00元", expected: "1,200.50元" },
  { rule: "expenditureTable.row-total", mutate: (a) => set(a.expenditureTable?.rows[3].amounts.total, "401"), cell: `${E}!E11`, actual: "401.00元", expected: "400.00元" },
  { rule: "expenditureTable.parent-children", mutate: (a) => set(a.expenditureTable?.rows[3].amounts.project, "390"), cell: `${E}!G9`, actual: "600.00元", expected: "590.00元" },
  { rule: "expenditureTable.total-classes", mutate: (a) => set(a.expenditureTable?.total.total, "1210"), cell: `${E}!E7`, actual: "1,210.00元", expected: "1,200.00元" },
  { rule: "generalBudget.row-total", mutate: (a) => set(a.generalBudgetExpenditure?.rows[2].amounts.basic, "299"), cell: `${G}!C10`, actual: "500.00元", expected: "499.00元" },
  { rule: "generalBudget.parent-children", mutate: (a) => set(a.generalBudgetExpenditure?.rows[5].amounts.total, "310"), cell: `${G}!C12`, actual: "300.00元", expected: "310.00元" },
  { rule: "generalBudget.total-classes", mutate: (a) => set(a.generalBudgetExpenditure?.total.project, "550"), cell: `${G}!E7`, actual: "550.00元", expected: "550.50元" },
  { rule: "basicEconomic.class-sections", mutate: (a) => set(a.basicExpenditureByEconomic?.rows[2].actual, "55"), cell: `${B}!C7`, actual: "250.00元", expected: "255.00元" },
  { rule: "basicEconomic.group-totals", mutate: (a) => set(a.basicExpenditureByEconomic?.personnelTotal, "310"), cell: `${B}!C20`, actual: "310.00元", expected: "300.00元" },
  { rule: "basicEconomic.total", mutate: (a) => set(a.basicExpenditureByEconomic?.total, "410"), cell: `${B}!C21`, actual: "410.00元", expected: "400.00元" },
  { rule: "projectEconomic.class-sections", mutate: (a) => set(a.projectExpenditureByEconomic?.rows[3].actual, "250"), cell: `${P}!C9`, actual: "250.50元", expected: "250.00元" },
  {
    rule: "projectEconomic.group-totals",
    mutate: (a) => {
      const t = a.projectExpenditureByEconomic!;
      for (const r of t.rows) r.group = "public";
      t.publicTotal = fig(`${P}!C20`, "500");
    },
    cell: `${P}!C20`, actual: "500.00元", expected: "550.50元",
  },
  { rule: "projectEconomic.total", mutate: (a) => set(a.projectExpenditureByEconomic?.total, "551"), cell: `${P}!C6`, actual: "551.00元", expected: "550.50元" },
  { rule: "governmentFund.row-total", mutate: (a) => set(a.governmentFundTable?.rows[0].amounts.project, "150"), cell: `${GF}!E8`, actual: "200.00元", expected: "150.00元" },
  { rule: "governmentFund.parent-children", mutate: (a) => set(a.governmentFundTable?.rows[1].amounts.total, "190"), cell: `${GF}!E8`, actual: "200.00元", expected: "190.00元" },
  { rule: "governmentFund.total-classes", mutate: (a) => set(a.governmentFundTable?.total.total, "210"), cell: `${GF}!E7`, actual: "210.00元", expected: "200.00元" },
  {
    rule: "governmentFundBasic.class-sections",
    mutate: (a) => {
      a.governmentFundBasicExpenditure!.rows = [
        { code: "301", name: "工资福利支出", level: "class", group: "personnel", actual: fig(`${GFB}!C7`, "10") },
        { code: "30101", name: "基本工资", level: "section", group: "personnel", actual: fig(`${GFB}!C8`, "9") },
      ];
    },
    cell: `${GFB}!C7`, actual: "10.00元", expected: "9.00元",
  },
  {
    rule: "governmentFundBasic.group-totals",
    mutate: (a) => {
      const t = a.governmentFundBasicExpenditure!;
      t.rows = [{ code: "301", name: "工资福利支出", level: "class", group: "personnel", actual: fig(`${GFB}!C7`, "10") }];
      t.personnelTotal = fig(`${GFB}!C20`, "0");
    },
    cell: `${GFB}!C20`, actual: "0元", expected: "10.00元",
  },
  {
    rule: "governmentFundBasic.total",
    mutate: (a) => {
      a.governmentFundBasicExpenditure!.rows = [{ code: "301", name: "工资福利支出", level: "class", group: null, actual: fig(`${GFB}!C7`, "10") }];
    },
    cell: `${GFB}!C6`, actual: "0元", expected: "10.00元",
  },
  { rule: "stateCapital.row-total", mutate: (a) => set(a.stateCapitalTable?.total.basic, "5"), cell: `${SC}!C7`, actual: "0元", expected: "5.00元" },
  {
    rule: "stateCapital.parent-children",
    mutate: (a) => {
      a.stateCapitalTable!.rows = [
        { code: "208", name: "社会保障和就业支出", level: "class", amounts: { total: fig(`${SC}!C8`, "10") } },
        { code: "20801", name: "人力资源和社会保障管理事务", level: "section", amounts: { total: fig(`${SC}!C9`, "9") } },
      ];
    },
    cell: `${SC}!C8`, actual: "10.00元", expected: "9.00元",
  },
  {
    rule: "stateCapital.total-classes",
    mutate: (a) => {
      a.stateCapitalTable!.rows = [{ code: "208", name: "社会保障和就业支出", level: "class", amounts: { total: fig(`${SC}!C8`, "10") } }];
    },
    cell: `${SC}!C7`, actual: "0元", expected: "10.00元",
  },
  { rule: "threePublic.total", mutate: (a) => set(a.threePublicTable?.actual.total, "80"), cell: `${T}!G7`, actual: "80.00元", expected: "80.25元" },
  { rule: "threePublic.vehicles", mutate: (a) => set(a.threePublicTable?.budget.officialVehicles, "65"), cell: `${T}!C7`, actual: "65.00元", expected: "60.00元" },
  { rule: "procurement.total", mutate: (a) => set(a.procurementTable?.total, "510"), cell: `${PR}!B6`, actual: "510.00元", expected: "500.00元" },
  { rule: "procurement.micro-within-sme", mutate: (a) => set(a.procurementTable?.microSmallContracts, "450"), cell: `${PR}!G6`, actual: "450.00元", expected: "400.00元" },
  { rule: "procurement.sme-within-total", mutate: (a) => set(a.procurementTable?.smeContracts, "600"), cell: `${PR}!F6`, actual: "600.00元", expected: "500.00元", severity: "warning" },
  { rule: "purchasedServices.total", mutate: (a) => set(a.purchasedServicesTable?.total, "160"), cell: `${PS}!C6`, actual: "160.00元", expected: "150.00元" },
  { rule: "governmentFund.closing-balance", mutate: (a) => set(a.governmentFundTable?.total.closingBalance, "10"), cell: `${GF}!H7`, actual: "10.00元", expected: "0元", severity: "warning" },
  { rule: "cross.summary-income-vs-income-table", mutate: (a) => set(a.incomeTable?.total.total, "1290"), cell: `${S}!C15`, actual: "1,300.00元", expected: "1,290.00元" },
  { rule: "cross.summary-expenditure-vs-expenditure-table", mutate: (a) => set(a.expenditureTable?.total.total, "1210"), cell: `${S}!F15`, actual: "1,200.00元", expected: "1,210.00元" },
  { rule: "cross.summary-appropriation-income", mutate: (a) => set(a.incomeExpenditureSummary?.income.governmentFund, "210"), cell: `${A}!B15`, actual: "1,200.50元", expected: "1,210.50元" },
  { rule: "cross.appropriation-income.generalBudget", mutate: (a) => set(a.appropriationSummary?.income.generalBudget, "1000"), cell: `${A}!B7`, actual: "1,000.00元", expected: "1,000.50元" },
  { rule: "cross.appropriation-income.governmentFund", mutate: (a) => set(a.appropriationSummary?.income.governmentFund, "190"), cell: `${A}!B8`, actual: "190.00元", expected: "200.00元" },
  { rule: "cross.appropriation-income.stateCapital", mutate: (a) => set(a.incomeExpenditureSummary?.income.stateCapital, "5"), cell: `${A}!B9`, actual: "0元", expected: "5.00元" },
  { rule: "cross.income-table-appropriation", mutate: (a) => set(a.incomeTable?.total.appropriation, "1200"), cell: `${I}!F7`, actual: "1,200.00元", expected: "1,200.50元" },
  { rule: "cross.general-budget-total", mutate: (a) => set(a.generalBudgetExpenditure?.total.total, "960"), cell: `${G}!C7`, actual: "960.00元", expected: "950.50元" },
  { rule: "cross.government-fund-total", mutate: (a) => set(a.governmentFundTable?.total.total, "210"), cell: `${GF}!E7`, actual: "210.00元", expected: "200.00元" },
  { rule: "cross.state-capital-total", mutate: (a) => set(a.stateCapitalTable?.total.total, "5"), cell: `${SC}!C7`, actual: "5.00元", expected: "0元" },
  { rule: "cross.project-economic-total", mutate: (a) => set(a.projectExpenditureByEconomic?.total, "551"), cell: `${P}!C6`, actual: "551.00元", expected: "550.50元" },
  { rule: "cross.summary-classes-vs-expenditure-table", mutate: (a) => set(a.incomeExpenditureSummary?.expenditureByClass[1].amounts.total, "310"), cell: `${S}!F8`, actual: "310.00元", expected: "300.00元" },
  { rule: "cross.appropriation-classes-vs-general-budget", mutate: (a) => set(a.appropriationSummary?.expenditureByClass[1].amounts.generalBudget, "290"), cell: `${A}!F8`, actual: "290.00元", expected: "300.00元" },
  { rule: "cross.basic-economic-total", mutate: (a) => set(a.basicExpenditureByEconomic?.total, "410"), cell: `${B}!C21`, actual: "410.00元", expected: "400.00元" },
  { rule: "cross.government-fund-basic-total", mutate: (a) => set(a.governmentFundBasicExpenditure?.total, "5"), cell: `${GFB}!C6`, actual: "5.00元", expected: "0元" },
  { rule: "cross.general-budget-within-expenditure.total", mutate: (a) => set(a.generalBudgetExpenditure?.rows[4].amounts.total, "310"), cell: `${G}!C12`, actual: "310.00元", expected: "300.00元", severity: "warning" },
  { rule: "cross.general-budget-within-expenditure.basic", mutate: (a) => set(a.generalBudgetExpenditure?.rows[4].amounts.basic, "120"), cell: `${G}!D12`, actual: "120.00元", expected: "100.00元", severity: "warning" },
  { rule: "cross.general-budget-within-expenditure.project", mutate: (a) => set(a.generalBudgetExpenditure?.rows[4].amounts.project, "250"), cell: `${G}!E12`, actual: "250.00元", expected: "200.00元", severity: "warning" },
  { rule: "cross.appropriation-within-expenditure", mutate: (a) => set(a.appropriationSummary?.expenditureByClass[1].amounts.total, "320"), cell: `${A}!E8`, actual: "320.00元", expected: "300.00元", severity: "warning" },
];

describe("checks: consistent accounts", () => {
  test("a consistent model gives no finding at all", () => {
    assert.deepEqual(runChecks(consistentAccounts()), []);
  });

  test("every declared path resolves to a figure on a complete model (no typos)", () => {
    const a = consistentAccounts();
    for (const spec of [...SUMMARY_SPECS, ...PROCUREMENT_SPECS, ...BETWEEN_SPECS]) {
      for (const p of specPaths(spec)) {
        assert.ok(figuresAt(a, p).length > 0, `${spec.id}: ${p}`);
      }
    }
  });

  test("rules have unique ids and Chinese descriptions", () => {
    const ids = RULES.map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const r of RULES) assert.match(r.describe, /[\u4e00-\u9fff]/, r.id);
  });

  test("every rule has a breaking case below", () => {
    const covered = new Set(CASES.map((c) => c.rule));
    assert.deepEqual(
      RULES.map((r) => r.id).filter((id) => !covered.has(id)),
      [],
    );
  });
});

describe("checks: each rule fires on a broken model", () => {
  for (const c of CASES) {
    test(c.rule, () => {
      const a = consistentAccounts();
      c.mutate(a);
      const findings = runChecks(a).filter((f) => f.rule === c.rule);
      const hit = findings.find((f) => f.cells[0] === c.cell);
      assert.ok(hit, `${c.rule}: no finding at ${c.cell}; got ${JSON.stringify(findings.map((f) => f.cells[0]))}`);
      assert.equal(hit.severity, c.severity ?? "error");
      assert.equal(hit.actual, c.actual);
      assert.equal(hit.expected, c.expected);
      assert.ok(hit.message.includes(c.cell), hit.message);
      assert.ok(hit.message.includes(c.actual) && hit.message.includes(c.expected), hit.message);
    });
  }
});

describe("checks: messages", () => {
  test("names the cell, both amounts and the difference", () => {
    const a = consistentAccounts();
    set(a.incomeExpenditureSummary?.incomeTotal, "1301");
    const f = runChecks(a).find((x) => x.rule === "summary.income-total");
    assert.equal(f?.message, "收入支出决算总表!C15 本年收入合计为1,301.00元，而各项收入之和为1,300.00元，相差1.00元");
    assert.equal(f?.cells[0], `${S}!C15`);
    assert.ok(f?.cells.includes(`${S}!C7`) && f.cells.includes(`${S}!C14`));
  });

  test("names the table when the sheet name does not", () => {
    const a = consistentAccounts();
    a.procurementTable!.total = fig("Sheet12!B6", "510");
    const f = runChecks(a).find((x) => x.rule === "procurement.total");
    assert.equal(
      f?.message,
      "Sheet12!B6（政府采购情况表）政府采购支出总额为510.00元，而货物、工程与服务采购之和为500.00元，相差10.00元",
    );
  });

  test("an inequality says which side is larger", () => {
    const a = consistentAccounts();
    set(a.procurementTable?.microSmallContracts, "450");
    const f = runChecks(a).find((x) => x.rule === "procurement.micro-within-sme");
    assert.equal(
      f?.message,
      "政府采购情况表!G6 授予小微企业合同金额为450.00元，大于政府采购情况表!F6 授予中小企业合同金额400.00元，超出50.00元",
    );
  });

  test("a 类 listed in one table and missing in the other is reported", () => {
    const a = consistentAccounts();
    a.incomeExpenditureSummary!.expenditureByClass.push({
      code: null,
      name: "三、城乡社区支出",
      amounts: { total: fig(`${S}!F9`, "50") },
    });
    const f = runChecks(a).find((x) => x.rule === "cross.summary-classes-vs-expenditure-table");
    assert.equal(f?.cells[0], `${S}!F9`);
    assert.equal(f?.actual, "50.00元");
    assert.equal(f?.expected, "0元");
    assert.match(f?.message ?? "", /支出决算表中该类（未列出）/);
  });

  test("findings are ordered error, warning, info", () => {
    const a = consistentAccounts();
    set(a.procurementTable?.smeContracts, "600"); // warning
    set(a.procurementTable?.total, "510"); // error
    const sev = runChecks(a).map((f) => f.severity);
    assert.deepEqual(sev, [...sev].sort((x, y) => ["error", "warning", "info"].indexOf(x) - ["error", "warning", "info"].indexOf(y)));
    assert.equal(sev[0], "error");
  });
});

describe("checks: 万元 tables", () => {
  test("a consistent 万元 model gives no finding", () => {
    assert.deepEqual(runChecks(consistentAccounts("wanYuan")), []);
  });

  test("one item printed with two values (one step apart) in two 万元 tables is a warning naming both cells", () => {
    const a = consistentAccounts("wanYuan");
    set(a.expenditureTable?.total.total, "1300"); // 支出决算表 合计 off by 100元 = 0.01万元
    const f = runChecks(a).find((x) => x.rule === "cross.summary-expenditure-vs-expenditure-table");
    assert.equal(f?.severity, "warning");
    assert.equal(f?.cells.length, 2);
    assert.ok(f?.message.endsWith(`（${ROUNDING_NOTE}）`), f?.message);
    assert.equal(f?.actual, "0.12万元");
    assert.equal(f?.expected, "0.13万元");
  });

  test("a larger difference between two 万元 figures stays an error", () => {
    const a = consistentAccounts("wanYuan");
    set(a.expenditureTable?.total.total, "1400");
    const f = runChecks(a).find((x) => x.rule === "cross.summary-expenditure-vs-expenditure-table");
    assert.equal(f?.severity, "error");
    assert.ok(!f?.message.includes(ROUNDING_NOTE));
  });

  test("a sum of many 万元 figures allows one step per figure added", () => {
    const a = consistentAccounts("wanYuan");
    set(a.incomeExpenditureSummary?.incomeTotal, "1500"); // 200元 off, 8 rounded parts
    const f = runChecks(a).find((x) => x.rule === "summary.income-total");
    assert.equal(f?.severity, "info");
    const b = consistentAccounts("wanYuan");
    set(b.incomeExpenditureSummary?.incomeTotal, "2300"); // 1000元 off: beyond 8 steps
    assert.equal(runChecks(b).find((x) => x.rule === "summary.income-total")?.severity, "error");
  });

  test("a 1元 difference in a 元 table is an error", () => {
    const a = consistentAccounts("yuan");
    set(a.expenditureTable?.total.total, "1201");
    const f = runChecks(a).find((x) => x.rule === "cross.summary-expenditure-vs-expenditure-table");
    assert.equal(f?.severity, "error");
  });
});

describe("checks: missing tables", () => {
  test("an empty model gives no finding and does not throw", () => {
    const empty: FinalAccounts = { year: null, department: null, tables: [], supplement: emptySupplement() };
    assert.deepEqual(runChecks(empty), []);
  });

  test("only the rules whose tables are present run", () => {
    const full = consistentAccounts();
    set(full.incomeExpenditureSummary?.incomeTotal, "1301");
    const only: FinalAccounts = {
      year: 2023,
      department: null,
      tables: [],
      incomeExpenditureSummary: full.incomeExpenditureSummary,
      supplement: emptySupplement(),
    };
    const rules = new Set(runChecks(only).map((f) => f.rule));
    assert.ok(rules.has("summary.income-total"));
    for (const r of rules) assert.ok(r.startsWith("summary."), r);
  });

  test("tables with empty parts (no rows, no three-public budget) do not throw", () => {
    const a = consistentAccounts();
    a.threePublicTable = { layout: "vertical", budget: {}, actual: {} };
    a.generalBudgetExpenditure = { total: {}, rows: [] };
    a.basicExpenditureByEconomic = { rows: [] };
    const findings = runChecks(a);
    assert.ok(!findings.some((f) => f.rule.startsWith("threePublic.")));
    assert.ok(!findings.some((f) => f.rule.startsWith("basicEconomic.")));
  });
});

describe("checks: the samples", () => {
  test("the examples Mentougou and central models (built from source data) pass every error rule", async () => {
    const { mentougouAccounts, centralAccounts } = await import("../examples/src");
    for (const a of [mentougouAccounts(), centralAccounts()]) {
      const errors = runChecks(a).filter((f) => f.severity === "error");
      assert.deepEqual(errors, []);
    }
  });

  test("a broken sample model is caught with the cell named", async () => {
    const { mentougouAccounts } = await import("../examples/src");
    const a = mentougouAccounts();
    const total = a.incomeExpenditureSummary!.incomeTotal;
    total.value = total.value.plus(1);
    const f = runChecks(a).find((x) => x.rule === "summary.income-total");
    assert.equal(f?.severity, "error");
    assert.equal(f?.cells[0], total.cells[0]);
    assert.ok(f?.message.endsWith("相差1.00元"), f?.message);
  });
});
