/**
 * The reference department's prior year — 北京市门头沟区科学技术和信息化局, 2022 final accounts — as
 * the Beijing-layout 公开表 in 元 that the prior-year comparison reads (公开01, 03, 04, 05, 11) plus a
 * 补充信息 sheet holding 2022's 机关运行经费. Built by us: the 2023 决算说明 states some 2022 figures
 * (its 比上年 amounts and its 绩效 part); everything else is marked ASSUMPTION. See examples/README.md.
 */
import { Dec } from "../../src/core";
import type { FinalAccounts } from "../../src/tables/model";
import { buildSupplementSheet, emptySupplement } from "../../src/tables/supplement";
import { FUNCTIONAL_CLASSES, ordinal } from "./classes";
import { GridBuilder, type SampleSheet, y } from "./grid";
import { MENTOUGOU_DEPARTMENT, beijingHead, beijingThreePublicSheet } from "./mentougou-kexin-2023";
import { supplementSampleSheet } from "./supplement-sheet";

export const MENTOUGOU_PRIOR_YEAR = 2022;
const Z = new Dec(0);

// ---------------------------------------------------------------------------------------------
// Figures the 2023 决算说明 states (current − the change it gives)
// ---------------------------------------------------------------------------------------------

/** 收、支总计: 113,684,009.05 − 37,993,697.43. */
export const grandTotal = y("75,690,311.62");
/** 本年收入合计: 112,078,856.26 − 39,551,070.89. */
export const incomeTotal = y("72,527,785.37");
/** 本年支出合计: 106,400,029.75 − 30,709,718.13 (= 收、支总计, so 年末结转和结余 and 结余分配 are 0). */
export const expenditureTotal = y("75,690,311.62");
/** 财政拨款收、支总计: 105,719,924.04 − 30,029,612.42. */
export const appropriationGrandTotal = y("75,690,311.62");
/** 机关运行经费: 358,257.77 + 35,318.18 (the reference prints the decrease as "353,18.18"). */
export const agencyOperatingCost = y("393,575.95");
/**
 * 年末结转和结余 0: stated by the reference's 绩效 part ("2022年年末结转结余资金总额为0万元") and implied by
 * 本年支出合计 = 收、支总计. The 2023 sample's 年初结转和结余 (1,605,152.79; 财政拨款 1,214,336.90) is derived
 * from the same reference — the published figures disagree, and the year-on-year check reports it.
 */
export const closingBalance = Z;

// ---------------------------------------------------------------------------------------------
// Derived from those
// ---------------------------------------------------------------------------------------------

/**
 * 财政拨款收、支总计 = 本年支出合计: every 元 spent was appropriation money and nothing was left over, so
 * 一般公共预算财政拨款支出 = 75,690,311.62 (ASSUMPTION: no 政府性基金 / 国有资本经营 money, as in 2023).
 */
export const generalBudgetExpenditure = y("75,690,311.62");
/**
 * ASSUMPTION: all income was 一般公共预算财政拨款 (as 93% was in 2023); then 年初结转和结余 =
 * 75,690,311.62 − 72,527,785.37 = 3,162,526.25, all of it appropriation money.
 */
export const appropriationIncome = y("72,527,785.37");
export const openingBalance = y("3,162,526.25");

// ---------------------------------------------------------------------------------------------
// ASSUMPTIONS: the split by 功能分类 and basic/project (the reference gives no 2022 detail)
// ---------------------------------------------------------------------------------------------

export interface PriorLine {
  code: string;
  name: string;
  basic: Dec;
  project: Dec;
}

const line = (code: string, name: string, basic: string, project: string): PriorLine => ({
  code,
  name,
  basic: y(basic),
  project: y(project),
});

/**
 * 款 lines. Basic 25,871,711.62 + project 49,818,600.00 = 75,690,311.62. Against 2023: 20602, 20606,
 * 20808, 21202 and 224 are new in 2023; 21301 (农林水) is 2022 only; 20805 carries the catalogue name
 * 行政事业单位养老支出 where the 2023 tables print 行政事业单位离退休.
 */
export const priorSections: PriorLine[] = [
  line("20601", "科学技术管理事务", "7,012,458.30", "0"),
  line("20604", "技术研究与开发", "3,402,115.26", "3,875,000.00"),
  line("20605", "科技条件与服务", "2,810,342.57", "1,120,000.00"),
  line("20607", "科学技术普及", "0", "298,600.00"),
  line("20699", "其他科学技术支出", "0", "32,060,000.00"),
  line("20805", "行政事业单位养老支出", "802,311.46", "0"),
  line("21004", "公共卫生", "0", "2,860,000.00"),
  line("21301", "农业农村", "0", "1,500,000.00"),
  line("21505", "工业和信息产业监管", "10,296,480.15", "6,940,000.00"),
  line("21508", "支持中小企业发展和管理支出", "1,548,003.88", "1,165,000.00"),
];

export const priorClassNames: Record<string, string> = {
  "206": "科学技术支出",
  "208": "社会保障和就业支出",
  "210": "卫生健康支出",
  "213": "农林水支出",
  "215": "资源勘探工业信息等支出",
};

export const priorBasicTotal = y("25,871,711.62");
export const priorProjectTotal = y("49,818,600.00");

const total = (l: PriorLine) => l.basic.plus(l.project);

/** 类 then its 款. */
export function priorFunctionalRows(): PriorLine[] {
  const out: PriorLine[] = [];
  for (const code of Object.keys(priorClassNames).sort()) {
    const kids = priorSections.filter((s) => s.code.startsWith(code));
    const sum = (k: "basic" | "project") => kids.reduce((s, l) => s.plus(l[k]), Z);
    out.push({ code, name: priorClassNames[code], basic: sum("basic"), project: sum("project") }, ...kids);
  }
  return out;
}

/** ASSUMPTION: "三公" 2022 (年初预算数 / 决算数); the reference compares 2023 only with its budget. */
export const priorThreePublic = {
  budget: [y("150,000.00"), Z, y("135,000.00"), Z, y("135,000.00"), y("15,000.00")],
  actual: [y("63,412.50"), Z, y("61,262.50"), Z, y("61,262.50"), y("2,150.00")],
};

// ---------------------------------------------------------------------------------------------
// Layout (the same Beijing layout as the 2023 sample)
// ---------------------------------------------------------------------------------------------

function head(g: GridBuilder, title: string, no: number): void {
  beijingHead(g, MENTOUGOU_PRIOR_YEAR, title, no);
}

function codedHeader(g: GridBuilder, r: number, columns: string[]): void {
  g.set(r, 0, "项目");
  g.merge(r, 0, r, 3);
  g.set(r + 1, 0, "科目编码");
  g.merge(r + 1, 0, r + 1, 2);
  g.set(r + 1, 3, "科目名称");
  g.merge(r + 1, 3, r + 2, 3);
  g.set(r + 2, 0, "类");
  g.set(r + 2, 1, "款");
  g.set(r + 2, 2, "项");
  columns.forEach((t, i) => {
    g.set(r, 4 + i, t);
    g.merge(r, 4 + i, r + 2, 4 + i);
  });
  g.markHeader(r, r + 1, r + 2);
  const ln = g.row(["栏次"]);
  g.merge(ln, 0, ln, 3);
  columns.forEach((_, i) => g.set(ln, 4 + i, i + 1));
  g.plainNumberRows.push(ln);
  g.markHeader(ln);
}

function codedRows(g: GridBuilder, cols: ((l: PriorLine) => Dec)[]): void {
  for (const l of priorFunctionalRows()) {
    g.row([
      l.code.slice(0, 3),
      l.code.length >= 5 ? l.code.slice(3, 5) : null,
      null,
      l.name,
      ...cols.map((f) => f(l)),
    ]);
  }
}

function totalRow(g: GridBuilder, values: Dec[]): void {
  const t = g.row([]);
  g.set(t, 0, "合计");
  g.merge(t, 0, t, 3);
  values.forEach((v, i) => g.set(t, 4 + i, v));
}

/** Expenditure side of the two summary tables: every 类 of the catalogue, blank where nothing was spent. */
function classSide(amount: (code: string) => Dec | undefined, i: number): [string, number, Dec | null] {
  const cls = FUNCTIONAL_CLASSES[i];
  return [`${ordinal(i + 1)}${cls.name}`, 32 + i, amount(cls.code) ?? null];
}

const byClass = new Map(
  priorFunctionalRows()
    .filter((l) => l.code.length === 3)
    .map((l) => [l.code, total(l)]),
);

function summarySheet(): SampleSheet {
  const g = new GridBuilder(6);
  head(g, "收入支出决算总表", 1);
  const h = g.row(["收入", null, null, "支出"]);
  g.merge(h, 0, h, 2);
  g.merge(h, 3, h, 5);
  const h2 = g.row(["项目", "行次", "决算数", "项目", "行次", "决算数"]);
  g.markHeader(h, h2);
  const ln = g.row(["栏次", null, 1, "栏次", null, 2]);
  g.plainNumberRows.push(ln);
  g.markHeader(ln);
  const incomeRows: [string, Dec][] = [
    ["一、一般公共预算财政拨款收入", appropriationIncome],
    ["二、政府性基金预算财政拨款收入", Z],
    ["三、国有资本经营预算财政拨款收入", Z],
    ["四、上级补助收入", Z],
    ["五、事业收入", Z],
    ["六、经营收入", Z],
    ["七、附属单位上缴收入", Z],
    ["八、其他收入", Z],
  ];
  const n = FUNCTIONAL_CLASSES.length;
  for (let i = 0; i < n; i++) {
    const inc = incomeRows[i];
    g.row([
      inc ? inc[0] : null,
      inc ? i + 1 : null,
      inc ? inc[1] : null,
      ...classSide((c) => byClass.get(c), i),
    ]);
  }
  const b = n + 1;
  g.row(["本年收入合计", b, incomeTotal, "本年支出合计", 32 + n, expenditureTotal]);
  g.row(["使用非财政拨款结余", b + 1, Z, "结余分配", 32 + n + 1, Z]);
  g.row(["年初结转和结余", b + 2, openingBalance, "年末结转和结余", 32 + n + 2, closingBalance]);
  g.row(["总计", b + 3, grandTotal, "总计", 32 + n + 3, grandTotal]);
  return g.build("收入支出决算总表", {
    widths: [34, 6, 18, 34, 6, 18],
    freezeRows: 6,
    plainNumberColumns: [1, 4],
  });
}

function expenditureSheet(): SampleSheet {
  const g = new GridBuilder(10);
  head(g, "支出决算表", 3);
  codedHeader(g, g.next, [
    "本年支出合计",
    "基本支出",
    "项目支出",
    "上缴上级支出",
    "经营支出",
    "对附属单位补助支出",
  ]);
  totalRow(g, [expenditureTotal, priorBasicTotal, priorProjectTotal, Z, Z, Z]);
  codedRows(g, [total, (l) => l.basic, (l) => l.project, () => Z, () => Z, () => Z]);
  return g.build("支出决算表", { widths: [6, 5, 5, 30, 16, 16, 16, 14, 12, 16], freezeRows: 8 });
}

function appropriationSummarySheet(): SampleSheet {
  const g = new GridBuilder(9);
  head(g, "财政拨款收入支出决算总表", 4);
  const h = g.row(["收入", null, null, "支出"]);
  g.merge(h, 0, h, 2);
  g.merge(h, 3, h, 8);
  const h2 = g.row([
    "项目",
    "行次",
    "金额",
    "项目",
    "行次",
    "合计",
    "一般公共预算财政拨款",
    "政府性基金预算财政拨款",
    "国有资本经营预算财政拨款",
  ]);
  g.markHeader(h, h2);
  const ln = g.row(["栏次", null, 1, "栏次", null, 2, 3, 4, 5]);
  g.plainNumberRows.push(ln);
  g.markHeader(ln);
  const incomeRows: [string, Dec][] = [
    ["一、一般公共预算财政拨款", appropriationIncome],
    ["二、政府性基金预算财政拨款", Z],
    ["三、国有资本经营预算财政拨款", Z],
  ];
  const n = FUNCTIONAL_CLASSES.length;
  for (let i = 0; i < n; i++) {
    const inc = incomeRows[i];
    const [label, no, a] = classSide((c) => byClass.get(c), i);
    g.row([
      inc ? inc[0] : null,
      inc ? i + 1 : null,
      inc ? inc[1] : null,
      label,
      no,
      a,
      a,
      a ? Z : null,
      a ? Z : null,
    ]);
  }
  const b = n + 1;
  const e = 32 + n;
  g.row([
    "本年收入合计",
    b,
    appropriationIncome,
    "本年支出合计",
    e,
    generalBudgetExpenditure,
    generalBudgetExpenditure,
    Z,
    Z,
  ]);
  g.row([
    "年初财政拨款结转和结余",
    b + 1,
    openingBalance,
    "年末财政拨款结转和结余",
    e + 1,
    closingBalance,
    Z,
    Z,
    Z,
  ]);
  g.row(["一般公共预算财政拨款", b + 2, openingBalance]);
  g.row(["政府性基金预算财政拨款", b + 3, Z]);
  g.row(["国有资本经营预算财政拨款", b + 4, Z]);
  g.row([
    "总计",
    b + 5,
    appropriationGrandTotal,
    "总计",
    e + 2,
    appropriationGrandTotal,
    appropriationGrandTotal,
    Z,
    Z,
  ]);
  return g.build("财政拨款收入支出决算总表", {
    widths: [30, 6, 18, 32, 6, 18, 18, 14, 14],
    freezeRows: 6,
    plainNumberColumns: [1, 4],
  });
}

function generalBudgetSheet(): SampleSheet {
  const g = new GridBuilder(7);
  head(g, "一般公共预算财政拨款支出决算表", 5);
  codedHeader(g, g.next, ["小计", "基本支出", "项目支出"]);
  totalRow(g, [generalBudgetExpenditure, priorBasicTotal, priorProjectTotal]);
  codedRows(g, [total, (l) => l.basic, (l) => l.project]);
  return g.build("一般公共预算财政拨款支出决算表", { widths: [6, 5, 5, 30, 18, 18, 18], freezeRows: 8 });
}

function threePublicSheet(): SampleSheet {
  return beijingThreePublicSheet(MENTOUGOU_PRIOR_YEAR, [
    ...priorThreePublic.budget,
    ...priorThreePublic.actual,
  ]);
}

/** 2022's 补充信息: only what the 2023 comparison needs from it, 机关运行经费. */
function supplementSheet(): SampleSheet {
  const sup = emptySupplement();
  sup.present = true;
  sup.sheet = "补充信息";
  sup.agencyOperatingCost = { value: agencyOperatingCost, cells: [], sourceUnit: "yuan" };
  const accounts: FinalAccounts = {
    year: MENTOUGOU_PRIOR_YEAR,
    department: MENTOUGOU_DEPARTMENT,
    tables: [],
    supplement: sup,
  };
  return supplementSampleSheet(buildSupplementSheet(accounts, sup));
}

/** The 2022 sheets: 公开01, 03, 04, 05, 11 and 补充信息. */
export function mentougouPriorSheets(): SampleSheet[] {
  return [
    summarySheet(),
    expenditureSheet(),
    appropriationSummarySheet(),
    generalBudgetSheet(),
    threePublicSheet(),
    supplementSheet(),
  ];
}
