/**
 * The standard tables (部门决算公开表) as data: titles and their variants, the header labels that
 * identify each column and the row labels that identify each line. Labels are compared through
 * `labelKey` (half-width, no spaces, quotes, brackets or ordinals), so "一、一般公共预算财政拨款收入",
 * "（一）一般公共预算财政拨款收入" and "一般公共预算财政拨款收入" are the same label.
 *
 * A column label is a path "group/leaf": the leaf is the column's own header, the groups are the
 * merged headers above it, in order (other headers may sit between). Alternatives are tried in order.
 */
import type { TableId, ThreePublicKind } from "./model";
import { labelKey, titleKey } from "./labels";

/** central: the 9 tables of the central set; beijing: added by Beijing districts and units; district: some districts. */
export type TableSet = "central" | "beijing" | "district";

export type TableKind =
  | "incomeExpenditureSummary"
  | "appropriationSummary"
  | "coded"
  | "economic"
  | "threePublic"
  | "procurement"
  | "purchasedServices";

export interface TableSpec {
  id: TableId;
  /** The standard name, as the documents print it. */
  name: string;
  /** Every title seen in the wild (year, "（续）", "公开01表" and quotes are ignored when matching). */
  titles: string[];
  set: TableSet;
  kind: TableKind;
  /** Amount columns: key → header label paths, most preferred first. */
  columns: Record<string, string[]>;
  /** Row labels: key → labels. */
  rows: Record<string, string[]>;
}

/** Headers of the label columns of a coded table (功能分类 or 经济分类). */
export const CODE_HEADERS = ["科目编码", "功能分类科目编码", "经济分类科目编码", "支出功能分类科目编码", "编码", "科目代码"];
export const CLASS_HEADER = "类";
export const SECTION_HEADER = "款";
export const ITEM_HEADER = "项";
export const NAME_HEADERS = ["科目名称", "项目名称", "名称", "功能分类科目名称", "经济分类科目名称"];
/** Headers of 行次 / 栏次 columns: never amounts. */
export const LINE_NUMBER_HEADERS = ["行次", "栏次", "序号"];

const SUMMARY: TableSpec = {
  id: "incomeExpenditureSummary",
  name: "收入支出决算总表",
  titles: ["收入支出决算总表", "收支决算总表", "部门收支决算总表", "部门收入支出决算总表"],
  set: "central",
  kind: "incomeExpenditureSummary",
  columns: {
    // the amount column of each half (收入 | 支出), when a half has more than one
    actual: ["决算数", "金额", "本年决算数", "决算金额", "本年数", "合计"],
  },
  rows: {
    // 收入 half
    generalBudget: ["一般公共预算财政拨款收入", "一般公共预算财政拨款"],
    governmentFund: ["政府性基金预算财政拨款收入", "政府性基金预算财政拨款"],
    stateCapital: ["国有资本经营预算财政拨款收入", "国有资本经营预算财政拨款"],
    superiorSubsidy: ["上级补助收入"],
    serviceIncome: ["事业收入"],
    businessIncome: ["经营收入"],
    affiliateRemittance: ["附属单位上缴收入"],
    otherIncome: ["其他收入"],
    incomeTotal: ["本年收入合计", "本年收入小计"],
    nonAppropriationBalanceUsed: ["使用非财政拨款结余", "使用非财政拨款结余含专用结余"],
    openingBalance: ["年初结转和结余"],
    incomeGrandTotal: ["收入总计", "总计"],
    // 支出 half (every other line before 本年支出合计 is a 功能分类 类)
    expenditureTotal: ["本年支出合计", "本年支出小计"],
    balanceDistribution: ["结余分配"],
    closingBalance: ["年末结转和结余"],
    expenditureGrandTotal: ["支出总计", "总计"],
  },
};

const APPROPRIATION_SUMMARY: TableSpec = {
  id: "appropriationSummary",
  name: "财政拨款收入支出决算总表",
  titles: ["财政拨款收入支出决算总表", "财政拨款收支决算总表", "部门财政拨款收支决算总表", "部门财政拨款收入支出决算总表"],
  set: "central",
  kind: "appropriationSummary",
  columns: {
    actual: ["决算数", "金额", "本年决算数", "决算金额", "合计"],
    total: ["合计", "小计", "决算数/合计"],
    generalBudget: ["一般公共预算财政拨款", "一般公共预算"],
    governmentFund: ["政府性基金预算财政拨款", "政府性基金预算"],
    stateCapital: ["国有资本经营预算财政拨款", "国有资本经营预算"],
  },
  rows: {
    generalBudget: ["一般公共预算财政拨款", "一般公共预算财政拨款收入"],
    governmentFund: ["政府性基金预算财政拨款", "政府性基金预算财政拨款收入"],
    stateCapital: ["国有资本经营预算财政拨款", "国有资本经营预算财政拨款收入"],
    incomeTotal: ["本年收入合计", "本年收入小计"],
    openingBalance: ["年初财政拨款结转和结余", "年初结转和结余"],
    incomeGrandTotal: ["收入总计", "总计"],
    expenditureTotal: ["本年支出合计", "本年支出小计"],
    closingBalance: ["年末财政拨款结转和结余", "年末结转和结余"],
    expenditureGrandTotal: ["支出总计", "总计"],
  },
};

const INCOME_TABLE: TableSpec = {
  id: "incomeTable",
  name: "收入决算表",
  titles: ["收入决算表", "部门收入决算表", "收入决算明细表"],
  set: "central",
  kind: "coded",
  columns: {
    total: ["本年收入合计", "收入合计", "合计"],
    appropriation: ["财政拨款收入", "财政拨款"],
    superiorSubsidy: ["上级补助收入"],
    serviceIncome: ["事业收入"],
    businessIncome: ["经营收入"],
    affiliateRemittance: ["附属单位上缴收入"],
    otherIncome: ["其他收入"],
  },
  rows: {},
};

const EXPENDITURE_TABLE: TableSpec = {
  id: "expenditureTable",
  name: "支出决算表",
  titles: ["支出决算表", "部门支出决算表", "支出决算明细表"],
  set: "central",
  kind: "coded",
  columns: {
    total: ["本年支出合计", "支出合计", "合计"],
    basic: ["基本支出"],
    project: ["项目支出"],
    remittanceToSuperior: ["上缴上级支出"],
    businessExpenditure: ["经营支出"],
    affiliateSubsidy: ["对附属单位补助支出"],
  },
  rows: {},
};

/** 本年支出 合计 | 基本支出 | 项目支出, as in tables 5, 7 and 8. */
const SPENDING_COLUMNS = {
  total: ["本年支出/合计", "本年支出/小计", "决算数/合计", "决算数/小计", "支出合计", "合计", "小计"],
  basic: ["本年支出/基本支出", "决算数/基本支出", "基本支出"],
  project: ["本年支出/项目支出", "决算数/项目支出", "项目支出"],
};

const GENERAL_BUDGET_EXPENDITURE: TableSpec = {
  id: "generalBudgetExpenditure",
  name: "一般公共预算财政拨款支出决算表",
  titles: ["一般公共预算财政拨款支出决算表", "一般公共预算财政拨款支出决算明细表", "一般公共预算支出决算表"],
  set: "central",
  kind: "coded",
  columns: {
    ...SPENDING_COLUMNS,
    initialBudget: ["年初预算数/合计", "年初预算数/小计", "年初预算数", "年初预算"],
    adjustedBudget: ["全年预算数/合计", "全年预算数/小计", "全年预算数", "调整预算数", "全年预算"],
  },
  rows: {},
};

/** Beijing 13-table variant; read into `generalBudgetExpenditure` when that table is absent. */
const GENERAL_BUDGET_INCOME_EXPENDITURE: TableSpec = {
  id: "generalBudgetIncomeExpenditure",
  name: "一般公共预算财政拨款收入支出决算表",
  titles: ["一般公共预算财政拨款收入支出决算表", "一般公共预算财政拨款收支决算表"],
  set: "district",
  kind: "coded",
  columns: { ...GENERAL_BUDGET_EXPENDITURE.columns },
  rows: {},
};

/** 经济分类 tables: code | name | 决算数 blocks (人员经费 | 公用经费). */
const ECONOMIC_COLUMNS = {
  actual: ["决算数", "金额", "本年决算数", "决算金额", "支出数", "合计", "本年支出"],
  initialBudget: ["年初预算数", "预算数"],
};
const ECONOMIC_ROWS = {
  personnelTotal: ["人员经费合计", "人员经费"],
  publicTotal: ["公用经费合计", "公用经费"],
  total: ["合计", "总计", "基本支出合计", "项目支出合计"],
};

const BASIC_EXPENDITURE: TableSpec = {
  id: "basicExpenditureByEconomic",
  name: "一般公共预算财政拨款基本支出决算表",
  titles: [
    "一般公共预算财政拨款基本支出决算表",
    "一般公共预算财政拨款基本支出决算明细表",
    "一般公共预算财政拨款基本支出经济分类决算表",
    "财政拨款基本支出经济分类决算表",
    "一般公共预算基本支出决算表",
  ],
  set: "central",
  kind: "economic",
  columns: ECONOMIC_COLUMNS,
  rows: ECONOMIC_ROWS,
};

const PROJECT_EXPENDITURE: TableSpec = {
  id: "projectExpenditureByEconomic",
  name: "一般公共预算财政拨款项目支出决算表",
  titles: [
    "一般公共预算财政拨款项目支出决算表",
    "一般公共预算财政拨款项目支出决算明细表",
    "一般公共预算财政拨款项目支出经济分类决算表",
    "财政拨款项目支出经济分类决算表",
  ],
  set: "district",
  kind: "economic",
  columns: ECONOMIC_COLUMNS,
  rows: ECONOMIC_ROWS,
};

const GOVERNMENT_FUND: TableSpec = {
  id: "governmentFundTable",
  name: "政府性基金预算财政拨款收入支出决算表",
  titles: ["政府性基金预算财政拨款收入支出决算表", "政府性基金预算财政拨款收支决算表", "政府性基金预算财政拨款支出决算表"],
  set: "central",
  kind: "coded",
  columns: {
    openingBalance: ["年初结转和结余", "年初结转结余"],
    income: ["本年收入"],
    ...SPENDING_COLUMNS,
    closingBalance: ["年末结转和结余", "年末结转结余"],
  },
  rows: {},
};

const GOVERNMENT_FUND_BASIC: TableSpec = {
  id: "governmentFundBasicExpenditure",
  name: "政府性基金预算财政拨款基本支出决算表",
  titles: ["政府性基金预算财政拨款基本支出决算表", "政府性基金预算财政拨款基本支出决算明细表"],
  set: "beijing",
  kind: "economic",
  columns: ECONOMIC_COLUMNS,
  rows: ECONOMIC_ROWS,
};

/**
 * Standard names that some regions print differently, each under a name a region profile can pick:
 * Shanghai's 2024 set names the 国有资本经营预算 table after its income as well.
 */
export const NAME_VARIANTS = {
  stateCapitalWithIncome: { table: "stateCapitalTable", name: "国有资本经营预算财政拨款收入支出决算表" },
} as const satisfies Record<string, { table: TableId; name: string }>;

const STATE_CAPITAL: TableSpec = {
  id: "stateCapitalTable",
  name: "国有资本经营预算财政拨款支出决算表",
  titles: ["国有资本经营预算财政拨款支出决算表", NAME_VARIANTS.stateCapitalWithIncome.name, "国有资本经营预算财政拨款收支决算表"],
  set: "central",
  kind: "coded",
  columns: { ...SPENDING_COLUMNS },
  rows: {},
};

/** The 三公 kinds in the table's column order (小计 公务用车购置及运行维护费 before its two parts). */
export const THREE_PUBLIC_KINDS: readonly ThreePublicKind[] = [
  "total",
  "overseasTravel",
  "officialVehicles",
  "vehiclePurchase",
  "vehicleOperation",
  "officialReception",
];

const THREE_PUBLIC: TableSpec = {
  id: "threePublicTable",
  name: "财政拨款“三公”经费支出决算表",
  titles: [
    "财政拨款“三公”经费支出决算表",
    "一般公共预算财政拨款“三公”经费支出决算表",
    "一般公共预算“三公”经费支出决算表",
    "“三公”经费支出决算表",
    "财政拨款“三公”经费决算表",
  ],
  set: "central",
  kind: "threePublic",
  columns: {
    // groups; the first budget group found wins
    budget: ["年初预算数", "预算数", "全年预算数", "预算"],
    actual: ["决算数", "决算"],
  },
  rows: {
    // leaf labels, in horizontal headers and in vertical rows alike
    total: ["合计", "总计", "三公经费合计", "三公经费"],
    overseasTravel: ["因公出国境费", "因公出国境费用", "因公出国费"],
    officialVehicles: [
      "公务用车购置及运行维护费/小计",
      "公务用车购置及运行费/小计",
      "公务用车购置及运行维护费",
      "公务用车购置及运行费",
    ],
    vehiclePurchase: ["公务用车购置费"],
    vehicleOperation: ["公务用车运行维护费", "公务用车运行费"],
    officialReception: ["公务接待费"],
  },
};

const PROCUREMENT: TableSpec = {
  id: "procurementTable",
  name: "政府采购情况表",
  titles: ["政府采购情况表", "政府采购支出信息表", "政府采购支出情况表", "政府采购决算情况表", "政府采购情况决算表"],
  set: "beijing",
  kind: "procurement",
  columns: {
    // groups preferred when a table prints both plan and actual
    actual: ["实际采购金额", "决算数", "采购金额"],
  },
  rows: {
    total: ["政府采购支出总额", "采购支出总额", "政府采购合计", "总计", "合计", "小计"],
    goods: ["政府采购货物支出", "货物支出", "货物"],
    works: ["政府采购工程支出", "工程支出", "工程"],
    services: ["政府采购服务支出", "服务支出", "服务"],
    smeContracts: ["授予中小企业合同金额", "中小企业合同金额"],
    microSmallContracts: ["授予小微企业合同金额", "小微企业合同金额"],
  },
};

const PURCHASED_SERVICES: TableSpec = {
  id: "purchasedServicesTable",
  name: "政府购买服务决算公开情况表",
  titles: ["政府购买服务决算公开情况表", "政府购买服务支出情况表", "政府购买服务决算情况表", "政府购买服务情况表"],
  set: "beijing",
  kind: "purchasedServices",
  columns: {
    amount: ["决算金额", "决算数", "金额", "支出金额", "合同金额", "购买服务金额", "合计"],
    name: ["项目名称", "购买服务项目", "购买服务内容", "服务项目", "项目", "名称"],
  },
  rows: { total: ["合计", "总计"] },
};

/** Every table, in 公开表 order. */
export const TABLE_SPECS: readonly TableSpec[] = [
  SUMMARY,
  INCOME_TABLE,
  EXPENDITURE_TABLE,
  APPROPRIATION_SUMMARY,
  GENERAL_BUDGET_INCOME_EXPENDITURE,
  GENERAL_BUDGET_EXPENDITURE,
  BASIC_EXPENDITURE,
  PROJECT_EXPENDITURE,
  GOVERNMENT_FUND,
  GOVERNMENT_FUND_BASIC,
  STATE_CAPITAL,
  THREE_PUBLIC,
  PROCUREMENT,
  PURCHASED_SERVICES,
];

export const SPEC_BY_ID: Readonly<Record<TableId, TableSpec>> = Object.fromEntries(
  TABLE_SPECS.map((s) => [s.id, s]),
) as Record<TableId, TableSpec>;

/**
 * The standard name of every table (e.g. "财政拨款“三公”经费支出决算表"): the one spelling that check
 * messages, the narrative and the pane print.
 */
export const TABLE_NAMES: Readonly<Record<TableId, string>> = Object.fromEntries(
  TABLE_SPECS.map((s) => [s.id, s.name]),
) as Record<TableId, string>;

/** Title keys → spec, longest first (so a title containing another matches the more specific one). */
const TITLE_INDEX: { key: string; spec: TableSpec }[] = TABLE_SPECS.flatMap((spec) =>
  spec.titles.map((t) => ({ key: titleKey(t), spec })),
).sort((a, b) => b.key.length - a.key.length);
const TITLE_EXACT = new Map(TITLE_INDEX.map((e) => [e.key, e.spec]));

/** Words a department-name prefix never holds; a prefix with them is another table's title. */
const TITLE_WORDS = /财政拨款|预算|基金|资本|收入|支出|收支|三公|经费|决算|采购|购买服务/;

/**
 * The table a title names, or null. Exact match on the title key first; otherwise the longest
 * variant the key ends with, when what precedes it is a department name (not part of another title).
 */
export function matchTitle(text: string): TableSpec | null {
  if (text.length > 80 || !/表/.test(text)) return null;
  const key = titleKey(text);
  if (!key.endsWith("表")) return null;
  const exact = TITLE_EXACT.get(key);
  if (exact) return exact;
  for (const { key: k, spec } of TITLE_INDEX) {
    if (key.length > k.length && key.endsWith(k)) {
      const prefix = key.slice(0, key.length - k.length);
      if (!TITLE_WORDS.test(prefix) && prefix.length <= 40) return spec;
    }
  }
  return null;
}

/** Label keys of a list of labels (precomputed for lookups). */
export function keysOf(labels: readonly string[]): string[] {
  return labels.map(labelKey);
}
