/**
 * The Shanghai 2024 layout, on three workbooks typed in from real published disclosures
 * (examples/src/shanghai/): every expected figure below is a number printed in that disclosure's tables
 * (万元 ×10,000 = 元), checked against the layout text of the published PDF, not against program output.
 */
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { type CellValue, Dec } from "../src/core";
import {
  type CodedTable,
  type FinalAccounts,
  type Figure,
  type Finding,
  type GeneralBudgetColumn,
  type TableId,
  buildFunctionalTree,
  economicCodeName,
  generalBudgetTree,
  isKnownEconomicCode,
  parseSetHeading,
  readFinalAccounts,
  treeLeaves,
  treePath,
} from "../src/tables";
import { runChecks } from "../src/checks";
import { readXlsx } from "../src/cli/read-xlsx";
import { shanghaiWorkbooks } from "../examples/src";

const WAN = new Dec(10000);
/** 万元 as printed → 元. */
const wan = (s: string) => new Dec(s.replace(/,/g, "")).times(WAN).toString();
const val = (f: Figure | undefined) => {
  assert.ok(f, "figure missing");
  return f.value.toString();
};

const [caizhengju, guihuaziyuan, shehuigongzuobu] = shanghaiWorkbooks();
/** What `juesuan check` reports: the reader's findings, then the checks'. */
const read = (i: number) => {
  const { accounts, findings } = readFinalAccounts(shanghaiWorkbooks()[i].sheets);
  return { accounts, findings: [...findings, ...runChecks(accounts)] };
};

const NINE: TableId[] = [
  "incomeExpenditureSummary",
  "incomeTable",
  "expenditureTable",
  "appropriationSummary",
  "generalBudgetExpenditure",
  "basicExpenditureByEconomic",
  "threePublicTable",
  "governmentFundTable",
  "stateCapitalTable",
];

/** Findings other than the four Beijing-only tables reported as absent (info). */
function tableFindings(findings: Finding[]): Finding[] {
  return findings.filter((f) => f.rule !== "read.missing-table");
}

describe("上海版式：三个真实部门的 9 张表", () => {
  for (const [i, wb] of [caizhengju, guihuaziyuan, shehuigongzuobu].entries()) {
    test(`${wb.file}：识别 9 张表，无错误；同一项目在两张表印了两个值只作警告；缺表只作提示`, () => {
      const { accounts, findings } = read(i);
      assert.deepEqual(
        accounts.tables.map((t) => t.id),
        NINE,
      );
      assert.ok(accounts.tables.every((t) => t.unit === "wanYuan"));
      assert.deepEqual(
        findings.filter((f) => f.severity === "error").map((f) => f.message),
        [],
      );
      // Issue #12: one item printed with two values in two 万元 tables is a warning naming both cells.
      for (const f of findings.filter((x) => x.severity === "warning")) {
        assert.ok(f.rule.startsWith("cross.") && f.cells.length === 2 && f.message.includes("万元表四舍五入差异"), f.message);
      }
      assert.deepEqual(
        findings.filter((f) => f.rule === "read.missing-table").map((f) => f.severity),
        ["info", "info", "info", "info"],
      );
    });
  }

  test("部门与年度取自表前标题行（如印：规划资源局的标题行缺“普陀区”）", () => {
    const cases: [number, string, string][] = [
      [0, "上海市普陀区财政局", "上海市普陀区财政局2024年度部门决算表"],
      [1, "上海市规划和自然资源局", "上海市规划和自然资源局 2024 年度部门决算表"],
      [2, "中共上海市普陀区委社会工作部", "中共上海市普陀区委社会工作部 2024 年度部门决算表"],
    ];
    for (const [i, department, heading] of cases) {
      const { accounts } = read(i);
      assert.equal(accounts.department, department);
      assert.equal(accounts.year, 2024);
      assert.deepEqual(accounts.hints?.headings, [heading]);
      assert.equal(accounts.hints?.headingCell, "收入支出决算总表!A1");
      assert.equal(accounts.tables[6].title, "财政拨款“三公”经费支出决算表");
      assert.deepEqual(accounts.hints?.departmentLines, []);
    }
  });

  test("标题行解析：部门决算表标题，而非单张表的标题", () => {
    assert.deepEqual(parseSetHeading("第二部分 上海市普陀区财政局2024年度部门决算表"), {
      department: "上海市普陀区财政局",
      year: 2024,
    });
    assert.deepEqual(parseSetHeading("上海市 XX 局 2024 年度部门决算"), { department: "上海市XX局", year: 2024 });
    assert.equal(parseSetHeading("2023年度收入支出决算总表"), null);
    assert.equal(parseSetHeading("2024年度部门决算表"), null);
    assert.equal(parseSetHeading("收入支出决算总表"), null);
  });

  test("“三公”经费表：每类之下的预算数、决算数（财政局：仅公务接待费预算0.95，决算空白）", () => {
    const t = read(0).accounts.threePublicTable;
    assert.ok(t);
    assert.equal(val(t.budget.total), wan("0.95"));
    assert.equal(val(t.budget.officialReception), wan("0.95"));
    for (const k of ["overseasTravel", "officialVehicles", "vehiclePurchase", "vehicleOperation"] as const)
      assert.equal(val(t.budget[k]), "0", k);
    for (const k of ["total", "overseasTravel", "officialVehicles", "vehiclePurchase", "vehicleOperation", "officialReception"] as const)
      assert.equal(val(t.actual[k]), "0", k);
    assert.deepEqual(t.budget.officialReception?.cells, ["财政拨款“三公”经费支出决算表!K7"]);
    assert.deepEqual(t.actual.total?.cells, ["财政拨款“三公”经费支出决算表!B7"]);
  });

  test("“三公”经费表：规划资源局 预算2.85、决算0.39，全部为公务接待费", () => {
    const t = read(1).accounts.threePublicTable;
    assert.ok(t);
    assert.equal(val(t.budget.total), wan("2.85"));
    assert.equal(val(t.actual.total), wan("0.39"));
    assert.equal(val(t.budget.officialReception), wan("2.85"));
    assert.equal(val(t.actual.officialReception), wan("0.39"));
    assert.equal(val(t.actual.officialVehicles), "0");
    assert.equal(val(t.budget.overseasTravel), "0");
  });

  test("“三公”经费表：社会工作部为空表（说明行），不报错", () => {
    const { accounts, findings } = read(2);
    const detected = accounts.tables.find((t) => t.id === "threePublicTable");
    assert.ok(detected?.variants.includes("empty"));
    assert.deepEqual(accounts.threePublicTable?.actual, {});
    assert.ok(!findings.some((f) => f.message.includes("三公")));
    for (const id of ["governmentFundTable", "stateCapitalTable"] as const)
      assert.ok(accounts.tables.find((t) => t.id === id)?.variants.includes("empty"), id);
  });

  test("收支总表与财政拨款总表的数字（财政局）", () => {
    const a = read(0).accounts;
    const s = a.incomeExpenditureSummary;
    assert.ok(s);
    assert.equal(val(s.income.generalBudget), wan("2,940.05"));
    assert.equal(val(s.income.otherIncome), wan("6.20"));
    assert.equal(val(s.incomeTotal), wan("2,946.25"));
    assert.equal(val(s.openingBalance), wan("49.14"));
    assert.equal(val(s.closingBalance), wan("55.34"));
    assert.equal(val(s.incomeGrandTotal), wan("2,995.39"));
    assert.equal(val(s.expenditureGrandTotal), wan("2,995.39"));
    assert.deepEqual(
      s.expenditureByClass.filter((l) => !l.amounts.total?.value.isZero()).map((l) => [l.name, val(l.amounts.total)]),
      [
        ["一般公共服务支出", wan("2,106.66")],
        ["社会保障和就业支出", wan("326.71")],
        ["卫生健康支出", wan("60.99")],
        ["住房保障支出", wan("445.69")],
      ],
    );
    const p = a.appropriationSummary;
    assert.ok(p);
    assert.equal(val(p.openingBalance.total), wan("21.63"));
    assert.equal(val(p.closingBalance.generalBudget), wan("21.63"));
    assert.equal(val(p.incomeGrandTotal), wan("2,961.68"));
  });

  test("规划资源局：收支总计、人员经费与公用经费", () => {
    const a = read(1).accounts;
    assert.equal(val(a.incomeExpenditureSummary?.expenditureTotal), wan("9759.38"));
    assert.equal(val(a.incomeExpenditureSummary?.openingBalance), wan("112.88"));
    assert.equal(val(a.incomeExpenditureSummary?.closingBalance), wan("100.00"));
    assert.equal(val(a.expenditureTable?.total.basic), wan("5377.64"));
    assert.equal(val(a.generalBudgetExpenditure?.total.basic), wan("5364.75"));
    assert.equal(val(a.basicExpenditureByEconomic?.personnelTotal), wan("4884.09"));
    assert.equal(val(a.basicExpenditureByEconomic?.publicTotal), wan("480.66"));
    const row = a.basicExpenditureByEconomic?.rows.find((r) => r.code === "30217");
    assert.equal(row?.name, "公务接待费");
    assert.equal(val(row?.actual), wan("0.39"));
  });

  test("社会工作部：一般公共预算财政拨款支出与基本支出", () => {
    const a = read(2).accounts;
    const gb = a.generalBudgetExpenditure;
    assert.ok(gb);
    assert.equal(val(gb.total.total), wan("307.82"));
    assert.equal(val(gb.total.basic), wan("105.58"));
    assert.equal(val(gb.total.project), wan("202.24"));
    const other = gb.rows.find((r) => r.code === "2013999");
    assert.equal(val(other?.amounts.project), wan("202.24"));
    assert.equal(val(other?.amounts.basic), "0"); // printed blank
    assert.equal(val(a.basicExpenditureByEconomic?.personnelTotal), wan("95.36"));
    assert.equal(val(a.basicExpenditureByEconomic?.publicTotal), wan("10.23"));
  });

  test("表中真实存在的不一致列出：合计与四舍五入后各项之和为提示，同一项目两个值为警告（与 examples/README.md 的不一致表一致）", () => {
    const rules = (i: number) =>
      tableFindings(read(i).findings)
        .map((f) => `${f.rule} ${f.cells[0] ?? ""}`)
        .sort();
    assert.deepEqual(rules(0), [
      "basicEconomic.class-sections 一般公共预算财政拨款基本支出决算表!D5",
      "basicEconomic.class-sections 一般公共预算财政拨款基本支出决算表!H5",
      "cross.appropriation-classes-vs-general-budget 财政拨款收入支出决算总表!E12",
      "cross.summary-classes-vs-expenditure-table 收入支出决算总表!D13",
      "expenditureTable.total-classes 支出决算表!E6",
      "expenditureTable.total-classes 支出决算表!F6",
      "generalBudget.total-classes 一般公共预算财政拨款支出决算表!E25",
      "generalBudget.total-classes 一般公共预算财政拨款支出决算表!F25",
      "incomeTable.total-classes 收入决算表!E6",
      "incomeTable.total-classes 收入决算表!F6",
    ]);
    assert.deepEqual(rules(1), [
      "appropriation.expenditure-total 财政拨款收入支出决算总表!D29",
      "appropriation.expenditure-total 财政拨款收入支出决算总表!E29",
      "basicEconomic.class-sections 一般公共预算财政拨款基本支出决算表!F4",
      "basicEconomic.group-totals 一般公共预算财政拨款基本支出决算表!C42",
      "cross.appropriation-classes-vs-general-budget 财政拨款收入支出决算总表!E13",
      "cross.summary-classes-vs-expenditure-table 收入支出决算总表!D14",
      "cross.summary-classes-vs-expenditure-table 收入支出决算总表!D16",
      "generalBudget.row-total 一般公共预算财政拨款支出决算表!C16",
      "generalBudget.row-total 一般公共预算财政拨款支出决算表!C17",
      "generalBudget.row-total 一般公共预算财政拨款支出决算表!C18",
      "generalBudget.row-total 一般公共预算财政拨款支出决算表!C29",
    ]);
    assert.deepEqual(rules(2), [
      "basicEconomic.class-sections 一般公共预算财政拨款基本支出决算表!F4",
      "cross.basic-economic-total 一般公共预算财政拨款基本支出决算表!C42",
    ]);
    // Sums of rounded parts are notes; one item with two values in two tables is a warning (issue #12).
    for (const i of [0, 1, 2])
      assert.ok(tableFindings(read(i).findings).every((f) => f.severity === "info" || (f.severity === "warning" && f.cells.length === 2)));
    assert.deepEqual(
      tableFindings(read(1).findings).filter((f) => f.severity === "warning").map((f) => f.cells.join(" / ")),
      [
        "收入支出决算总表!D14 / 支出决算表!C13",
        "收入支出决算总表!D16 / 支出决算表!C17",
        "财政拨款收入支出决算总表!E13 / 一般公共预算财政拨款支出决算表!C12",
      ],
    );
  });
});

// ---------- the 类→款→项 tree ----------

/** 年初预算数 of the 11 项 lines as the 财政局's published text states them (万元). */
const CAIZHENGJU_ITEM_BUDGETS: Record<string, string> = {
  "2010601": "1560.05",
  "2010602": "10.00",
  "2010607": "135.90",
  "2010608": "450.52",
  "2080501": "85.55",
  "2080505": "161.62",
  "2080506": "80.81",
  "2080599": "0.94",
  "2101101": "62.29",
  "2210201": "187.75",
  "2210203": "258.50",
};

const budgetFig = (w: string): Figure => ({ value: new Dec(wan(w)), cells: [], sourceUnit: "wanYuan" });

function withBudgets(a: FinalAccounts, budgets: Record<string, string>): FinalAccounts {
  const initialBudgets = Object.fromEntries(Object.entries(budgets).map(([k, v]) => [`functional:${k}`, budgetFig(v)]));
  return { ...a, supplement: { ...a.supplement, initialBudgets } };
}

describe("类→款→项 树", () => {
  test("财政局：4 类、5 款、11 项，父子关系与表中顺序", () => {
    // The tables alone: the sample's 补充信息 sheet (filled by the profiles branch) is set aside here.
    const tree = generalBudgetTree(withBudgets(read(0).accounts, {}));
    assert.ok(tree);
    assert.deepEqual(
      tree.roots.map((n) => n.code),
      ["201", "208", "210", "221"],
    );
    assert.deepEqual(
      tree.byCode["20106"].children.map((n) => [n.code, n.name]),
      [
        ["2010601", "行政运行"],
        ["2010602", "一般行政管理事务"],
        ["2010607", "信息化建设"],
        ["2010608", "财政委托业务支出"],
      ],
    );
    assert.equal(tree.byCode["2010608"].parent, "20106");
    assert.equal(tree.byCode["20106"].parent, "201");
    assert.equal(tree.byCode["201"].parent, null);
    assert.equal(tree.byCode["2080505"].level, "item");
    assert.equal(treeLeaves(tree).length, 11); // the published text has 11 项 lines
    assert.deepEqual(
      treePath(tree, "2080505").map((n) => n.name),
      ["社会保障和就业支出", "行政事业单位养老支出", "机关事业单位基本养老保险缴费支出"],
    );
    const n = tree.byCode["2010601"];
    assert.equal(val(n.amounts.total), wan("1,511.89"));
    assert.equal(val(n.amounts.basic), wan("1,503.52"));
    assert.equal(val(n.amounts.project), wan("8.37"));
    assert.ok(tree.nodes.every((x) => x.printed));
    // no budgets anywhere: every node is a gap, never a zero
    assert.ok(tree.nodes.every((x) => x.initialBudget === undefined));
    assert.equal(tree.initialBudget, undefined);
  });

  test("年初预算数只在项上时逐级汇总：类、款与合计（2993.93 = 各项之和；说明文字印作2993.92）", () => {
    const tree = generalBudgetTree(withBudgets(read(0).accounts, CAIZHENGJU_ITEM_BUDGETS));
    assert.ok(tree);
    assert.equal(val(tree.byCode["20106"].initialBudget), wan("2156.47"));
    assert.equal(tree.byCode["20106"].initialBudgetSource, "children");
    assert.equal(val(tree.byCode["201"].initialBudget), wan("2156.47"));
    assert.equal(val(tree.byCode["208"].initialBudget), wan("328.92"));
    assert.equal(val(tree.initialBudget), wan("2993.93"));
    assert.equal(tree.initialBudgetSource, "children");
    assert.equal(tree.byCode["2010601"].initialBudgetSource, "supplement");
  });

  test("补充信息中给出的上级预算优先；缺一个子项时不汇总", () => {
    const budgets = { ...CAIZHENGJU_ITEM_BUDGETS, "201": "2200.00" };
    delete (budgets as Record<string, string>)["2101101"];
    const tree = generalBudgetTree(withBudgets(read(0).accounts, budgets));
    assert.ok(tree);
    assert.equal(val(tree.byCode["201"].initialBudget), wan("2200.00"));
    assert.equal(tree.byCode["201"].initialBudgetSource, "supplement");
    assert.equal(tree.byCode["210"].initialBudget, undefined);
    assert.equal(tree.byCode["21011"].initialBudget, undefined);
    assert.equal(tree.initialBudget, undefined);
  });

  test("规划资源局（7 位合并编码）：212 → 21201/21202 → 项", () => {
    const tree = generalBudgetTree(read(1).accounts);
    assert.ok(tree);
    assert.deepEqual(
      tree.byCode["212"].children.map((n) => n.code),
      ["21201", "21202"],
    );
    assert.deepEqual(
      tree.byCode["22001"].children.map((n) => [n.code, val(n.amounts.total)]),
      [
        ["2200150", wan("4416.67")],
        ["2200199", wan("45.00")],
      ],
    );
    assert.equal(treeLeaves(tree).length, 13);
  });

  test("表中只有项行时补出类、款：金额由子项相加，类名取标准名称，款名留空（待填）", () => {
    const f = (s: string): Figure => ({ value: new Dec(s), cells: [`T!C${s}`], sourceUnit: "yuan" });
    const table: CodedTable<GeneralBudgetColumn> = {
      total: { total: f("60") },
      rows: [
        { code: "2010601", name: "行政运行", level: "item", amounts: { total: f("10"), initialBudget: f("12") } },
        { code: "2010602", name: "一般行政管理事务", level: "item", amounts: { total: f("20"), initialBudget: f("18") } },
        { code: "2080501", name: "行政单位离退休", level: "item", amounts: { total: f("30") } },
      ],
    };
    const tree = buildFunctionalTree(table, { budgetColumn: "initialBudget" });
    assert.deepEqual(
      tree.nodes.map((n) => [n.code, n.name, n.printed]),
      [
        ["201", "一般公共服务支出", false],
        ["20106", "", false],
        ["2010601", "行政运行", true],
        ["2010602", "一般行政管理事务", true],
        ["208", "社会保障和就业支出", false],
        ["20805", "", false],
        ["2080501", "行政单位离退休", true],
      ],
    );
    assert.equal(val(tree.byCode["201"].amounts.total), "30");
    assert.deepEqual(tree.byCode["20106"].amounts.total?.cells, ["T!C10", "T!C20"]);
    assert.equal(val(tree.byCode["201"].initialBudget), "30");
    assert.equal(tree.byCode["201"].initialBudgetSource, "children");
    assert.equal(tree.byCode["2010601"].initialBudgetSource, "table");
    assert.equal(tree.byCode["208"].initialBudget, undefined);
  });
});

describe("经济分类编码：未知编码不当作名称", () => {
  test("已知编码给出标准名称，未知编码为 null", () => {
    assert.equal(economicCodeName("30309"), "奖励金");
    assert.equal(economicCodeName("302"), "商品和服务支出");
    assert.equal(economicCodeName("309"), "资本性支出（基本建设）");
    assert.equal(economicCodeName("30999"), null);
    assert.equal(economicCodeName("4.309"), null);
    assert.equal(isKnownEconomicCode("31002"), true);
    assert.equal(isKnownEconomicCode("30298"), false);
  });

  test("三个工作簿基本支出表中的每个编码都是已知编码，名称与标准名称一致", () => {
    for (const i of [0, 1, 2]) {
      for (const r of read(i).accounts.basicExpenditureByEconomic?.rows ?? []) {
        assert.equal(economicCodeName(r.code), r.name, r.code);
      }
    }
  });
});

// ---------- the committed files ----------

/** Values without trailing blank cells and rows (readers may drop or keep them). */
function trimmed(values: CellValue[][]): CellValue[][] {
  const rows = values.map((row) => {
    const out = [...row];
    while (out.length && (out[out.length - 1] === null || out[out.length - 1] === "")) out.pop();
    return out;
  });
  while (rows.length && rows[rows.length - 1].length === 0) rows.pop();
  return rows;
}

describe("上海工作簿文件是最新生成的（npm run examples）", () => {
  for (const wb of shanghaiWorkbooks()) {
    test(wb.path, async () => {
      const sheets = await readXlsx(join(process.cwd(), wb.path));
      assert.deepEqual(
        sheets.map((s) => s.name),
        wb.sheets.map((s) => s.name),
      );
      for (const s of wb.sheets) {
        const got = sheets.find((x) => x.name === s.name);
        assert.ok(got);
        assert.equal(got.origin, "A1");
        assert.deepEqual(trimmed(got.values), trimmed(s.values), s.name);
      }
    });
  }
});
