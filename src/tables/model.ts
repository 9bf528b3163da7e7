/**
 * The department's final accounts as plain data (GLOSSARY names). Every amount is in 元 and keeps
 * the cells it came from. Produced by the table readers, consumed by checks, narrative and proofread.
 */
import type { CellValue, Dec, Unit } from "../core";

/** One worksheet as plain data. `origin` is the address of values[0][0] (a used range may start at C3). */
export interface Sheet {
  name: string;
  origin: string;
  values: CellValue[][];
}

/**
 * An amount in 元 with its provenance: cells such as "收入支出决算总表!C12" and the unit printed there.
 * The reader gives figures of number cells as CellFigure objects (src/tables/figures.ts) whose `value` and
 * `cells` are getters made on first use: copy a figure field by field, not with a spread.
 */
export interface Figure {
  value: Dec;
  cells: string[];
  sourceUnit: Unit;
  /**
   * Set when the cell (or a part of a sum) could not be read: a formula without a stored result
   * ("uncalculated") or a value that is not an amount ("invalid"). `value` is then 0 only as a
   * placeholder: it is never printed, compared or used in a ratio.
   */
  unreadable?: Unreadable;
}

/** Why a figure could not be read. */
export type Unreadable = "uncalculated" | "invalid";

export type TableId =
  | "incomeExpenditureSummary" // 收入支出决算总表
  | "incomeTable" // 收入决算表
  | "expenditureTable" // 支出决算表
  | "appropriationSummary" // 财政拨款收入支出决算总表
  | "generalBudgetIncomeExpenditure" // 一般公共预算财政拨款收入支出决算表 (Beijing 13-table)
  | "generalBudgetExpenditure" // 一般公共预算财政拨款支出决算表
  | "basicExpenditureByEconomic" // 一般公共预算财政拨款基本支出决算表
  | "projectExpenditureByEconomic" // 一般公共预算财政拨款项目支出决算表
  | "governmentFundTable" // 政府性基金预算财政拨款收入支出决算表
  | "governmentFundBasicExpenditure" // 政府性基金预算财政拨款基本支出决算表
  | "stateCapitalTable" // 国有资本经营预算财政拨款支出决算表
  | "threePublicTable" // 财政拨款"三公"经费支出决算表
  | "procurementTable" // 政府采购情况表
  | "purchasedServicesTable"; // 政府购买服务决算公开情况表

/** Where a table was found. `parts` lists every piece when it continues across sheets ("（续）"). */
export interface DetectedTable {
  id: TableId;
  /** The title as printed. */
  title: string;
  sheet: string;
  /** A1 range of the first part, title row to last data row. */
  range: string;
  unit: Unit;
  /** Layout variants seen, e.g. "split-codes", "merged-codes", "vertical", "two-block", "continued", "empty". */
  variants: string[];
  parts: { sheet: string; range: string }[];
}

export type FunctionalLevel = "class" | "section" | "item"; // 类 / 款 / 项
export type EconomicLevel = "class" | "section"; // 类 (301) / 款 (30101)

/** A row of a table keyed by 功能分类科目编码. `code` is 3, 5 or 7 digits. */
export interface CodedRow<K extends string> {
  code: string;
  name: string;
  level: FunctionalLevel;
  amounts: Partial<Record<K, Figure>>;
}

/** A table of coded rows with its 合计 row. Rows keep their order in the sheet (类 before its 款). */
export interface CodedTable<K extends string> {
  total: Partial<Record<K, Figure>>;
  rows: CodedRow<K>[];
}

export type IncomeColumn =
  | "total"
  | "appropriation"
  | "superiorSubsidy"
  | "serviceIncome"
  | "businessIncome"
  | "affiliateRemittance"
  | "otherIncome";

export type ExpenditureColumn =
  | "total"
  | "basic"
  | "project"
  | "remittanceToSuperior"
  | "businessExpenditure"
  | "affiliateSubsidy";

/** 一般公共预算财政拨款支出决算表 columns; the budget columns only where the publisher prints them. */
export type GeneralBudgetColumn = "total" | "basic" | "project" | "initialBudget" | "adjustedBudget";

export type GovernmentFundColumn = "openingBalance" | "income" | "total" | "basic" | "project" | "closingBalance";

export type StateCapitalColumn = "total" | "basic" | "project";

/** Income rows of 收入支出决算总表 (一、… 八、). */
export type IncomeKind =
  | "generalBudget"
  | "governmentFund"
  | "stateCapital"
  | "superiorSubsidy"
  | "serviceIncome"
  | "businessIncome"
  | "affiliateRemittance"
  | "otherIncome";

/** An expenditure line of a summary table: one functional 类. */
export interface ClassLine<K extends string = "total"> {
  code: string | null;
  name: string;
  amounts: Partial<Record<K, Figure>>;
}

/** 收入支出决算总表 */
export interface IncomeExpenditureSummary {
  income: Partial<Record<IncomeKind, Figure>>;
  incomeTotal: Figure;
  nonAppropriationBalanceUsed?: Figure;
  openingBalance?: Figure;
  incomeGrandTotal: Figure;
  expenditureByClass: ClassLine[];
  expenditureTotal: Figure;
  balanceDistribution?: Figure;
  closingBalance?: Figure;
  expenditureGrandTotal: Figure;
}

export type AppropriationFund = "generalBudget" | "governmentFund" | "stateCapital";
export type AppropriationColumn = "total" | AppropriationFund;

/** 财政拨款收入支出决算总表 */
export interface AppropriationSummary {
  income: Partial<Record<AppropriationFund, Figure>>;
  incomeTotal: Figure;
  openingBalance: Partial<Record<AppropriationColumn, Figure>>;
  incomeGrandTotal: Figure;
  expenditureByClass: ClassLine<AppropriationColumn>[];
  expenditureTotal: Partial<Record<AppropriationColumn, Figure>>;
  closingBalance: Partial<Record<AppropriationColumn, Figure>>;
  expenditureGrandTotal: Figure;
}

/** 人员经费 or 公用经费: the two blocks of the 基本支出 table. */
export type EconomicGroup = "personnel" | "public";

export interface EconomicRow {
  code: string; // "301", "30101"
  name: string;
  level: EconomicLevel;
  group: EconomicGroup | null;
  actual: Figure;
  initialBudget?: Figure;
}

/** 基本支出 / 项目支出 by 经济分类. */
export interface EconomicTable {
  rows: EconomicRow[];
  total?: Figure;
  personnelTotal?: Figure;
  publicTotal?: Figure;
}

export type ThreePublicKind =
  | "total"
  | "overseasTravel"
  | "officialVehicles"
  | "vehiclePurchase"
  | "vehicleOperation"
  | "officialReception";

/** 财政拨款"三公"经费支出决算表: 预算数 (Beijing: 年初预算数) and 决算数. */
export interface ThreePublic {
  layout: "horizontal" | "vertical";
  budget: Partial<Record<ThreePublicKind, Figure>>;
  actual: Partial<Record<ThreePublicKind, Figure>>;
}

/** 政府采购情况表 */
export interface Procurement {
  total: Figure;
  goods: Figure;
  works: Figure;
  services: Figure;
  smeContracts?: Figure;
  microSmallContracts?: Figure;
}

/** 政府购买服务决算公开情况表 */
export interface PurchasedServices {
  total: Figure;
  rows: { name: string; amount: Figure }[];
}

/** Totals for which the narrative compares with the prior year. */
export type PriorYearTotalKey =
  | "grandTotal" // 收、支总计
  | "incomeTotal" // 本年收入合计
  | "expenditureTotal" // 本年支出合计
  | "appropriationGrandTotal" // 财政拨款收、支总计
  | "generalBudgetExpenditure" // 一般公共预算财政拨款支出
  | "agencyOperatingCost" // 机关运行经费
  | "threePublicTotal" // "三公"经费合计 (Shanghai 七: compared with the prior year per kind)
  | "threePublicOverseasTravel" // 因公出国（境）费
  | "threePublicOfficialVehicles" // 公务用车购置及运行维护费
  | "threePublicOfficialReception"; // 公务接待费

/**
 * Every prior-year figure: the totals and "三公" kinds above, and each 类 or 款 of 一般公共预算财政拨款支出
 * by 功能分类 ("functional:206", "functional:20601", the LineKeys of their reasons). Filled from the
 * 补充信息 sheet and from last year's tables (src/tables/prior).
 */
export type PriorYearKey = PriorYearTotalKey | `functional:${string}`;

/** Counts the tables do not hold. */
export type CountKey =
  | "vehiclesHeld" // 公务用车保有量（辆）
  | "vehiclesPurchased" // 购置（更新）车辆数
  | "overseasGroups" // 因公出国（境）团组数
  | "overseasPersons" // 因公出国（境）人次
  | "receptionBatches" // 公务接待批次
  | "receptionPersons" // 公务接待人次
  | "administrativeUnits" // "三公"范围：行政单位数
  | "civilServantManagedUnits" // 参照公务员法管理事业单位数
  | "publicInstitutions" // 事业单位数
  | "receptionForeignBatches" // 接待外宾批次
  | "receptionForeignPersons" // 接待外宾人次
  | "vehiclesMinisterial" // 车辆：部级领导干部用车
  | "vehiclesLeaders" // 主要领导干部用车
  | "vehiclesConfidential" // 机要通信用车
  | "vehiclesEmergency" // 应急保障用车
  | "vehiclesLawEnforcement" // 执法执勤用车
  | "vehiclesSpecialTechnical" // 特种专业技术用车
  | "vehiclesRetiredCadres" // 离退休干部用车
  | "vehiclesOther" // 其他用车
  | "perfTargetProjects" // 预算绩效：编报绩效目标的项目数
  | "perfTrackedProjects" // 绩效跟踪评价的项目数
  | "perfSelfEvaluatedProjects" // 绩效自评的项目数
  | "perfAverageScore" // 绩效自评平均得分（分）
  | "perfRatedExcellent" // 评级为“优”的项目数
  | "perfRatedGood" // “良”
  | "perfRatedPass" // “合格”
  | "perfRatedFail" // “不合格”
  | "perfIssuesFound" // 绩效自评发现问题数
  | "perfIssuesFixed" // 已完成整改
  | "perfIssuesFixing"; // 正在整改

/** Amounts the tables of some regions do not hold (Shanghai: 政府采购, 外宾接待, 绩效). */
export type SupplementAmountKey =
  | "receptionForeign" // 外宾接待支出
  | "procurementTotal" // 政府采购金额（以合同签订为准）
  | "procurementGoods"
  | "procurementWorks"
  | "procurementServices"
  | "smeReserved" // 面向中小企业预留政府采购项目预算金额
  | "microReserved" // 面向小微企业预留
  | "smeAwardedReserved" // 预留项目中由中小企业中标或成交的采购金额
  | "microAwardedReserved" // 预留项目中由小微企业中标或成交的
  | "smeAwardedOther" // 其他项目中由中小企业中标或成交的
  | "perfTargetBudget" // 编报绩效目标的项目涉及预算金额
  | "perfTrackedBudget" // 绩效跟踪评价的项目涉及预算金额
  | "perfSelfEvaluatedBudget"; // 绩效自评的项目涉及预算金额

export interface CountFigure {
  value: Dec;
  cells: string[];
}

/**
 * Keys of explained lines, used for reasons (主要原因) and initial budgets:
 * "total:<PriorYearKey>", "functional:<code>", "basicEconomic:<code>", "projectEconomic:<code>",
 * "governmentFundBasic" | "stateCapital" totals, "threePublic:<ThreePublicKind>".
 */
export type LineKey = string;

export interface KeyProject {
  name: string;
  amount?: Figure;
  description: string;
  cells: string[];
}

/** A user's text with the cell it was read from, placed verbatim in the narrative. */
export interface UserText {
  text: string;
  cells: string[];
}

/** What the supplementary sheet (补充信息) holds: figures the tables lack and the user's own words. */
export interface Supplement {
  /** False when the workbook has no supplementary sheet. */
  present: boolean;
  sheet: string | null;
  priorYear: Partial<Record<PriorYearKey, Figure>>;
  /** 年初预算数 keyed by LineKey, where the tables have no budget column. */
  initialBudgets: Record<LineKey, Figure>;
  counts: Partial<Record<CountKey, CountFigure>>;
  agencyOperatingCost?: Figure;
  /** Other amounts by key (sheet key "amount:<key>"); absent in models built before these keys. */
  amounts?: Partial<Record<SupplementAmountKey, Figure>>;
  /** 主要用于 (what a line's money was for), keyed by LineKey (sheet key "purpose:functional:2010601"). */
  purposes?: Record<LineKey, UserText>;
  /** 公务用车运行维护费 breakdown (加油、维修、保险、其他). */
  vehicleOperationBreakdown: { label: string; amount: Figure }[];
  assets: {
    fixedAssetsTotal?: Figure;
    buildingArea?: CountFigure; // 平方米
    buildingValue?: Figure;
    vehicleCount?: CountFigure;
    vehicleValue?: Figure;
    equipmentOver500k?: CountFigure; // 单价50万元以上专用设备（台/套）
    equipmentOver1m?: CountFigure; // 单价100万元以上专用设备（台/套）
  };
  texts: {
    duties?: UserText; // 机构设置、职责
    staffing?: UserText; // 人员构成
    overseasPurpose?: UserText; // 因公出国（境）费用主要用于
    receptionPurpose?: UserText; // 公务接待费主要用于
    feesNote?: UserText; // 行政事业性收费
    performance?: UserText; // 第四部分 绩效评价
    units?: UserText; // 部门决算单位构成 (Shanghai 第一部分 二)
    vehiclePurchasePurpose?: UserText; // 公务用车购置支出主要用于
    vehicleOperationPurpose?: UserText; // 公务用车运行维护支出主要用于
    perfSystems?: UserText; // 预算绩效管理制度名称
    perfMechanism?: UserText; // 预算绩效管理工作机制
  };
  keyProjects: KeyProject[];
  /** 主要原因 keyed by LineKey. */
  reasons: Record<LineKey, UserText>;
}

/**
 * What the workbook says about itself, as printed, for choosing the region profile: the heading of
 * the whole set and the department lines. The tables found (id, printed title, unit, variants) are in
 * `FinalAccounts.tables`. Filled by readFinalAccounts.
 */
export interface WorkbookHints {
  /** Lines naming the whole set, e.g. "上海市普陀区财政局2024年度部门决算表" (Shanghai prints one above table 1). */
  headings: string[];
  /** Department lines as printed: "部门：…", "编制单位：…", "单位名称：…". */
  departmentLines: string[];
  /** Department and year of the first heading, and its cell ("收入支出决算总表!A1"); null without one. */
  headingDepartment: string | null;
  headingYear: number | null;
  headingCell: string | null;
}

/** 部门决算: everything read from one workbook. */
export interface FinalAccounts {
  year: number | null;
  department: string | null;
  tables: DetectedTable[];
  /** What the workbook says about itself (region detection); absent on accounts not built by the reader. */
  hints?: WorkbookHints;
  incomeExpenditureSummary?: IncomeExpenditureSummary;
  incomeTable?: CodedTable<IncomeColumn>;
  expenditureTable?: CodedTable<ExpenditureColumn>;
  appropriationSummary?: AppropriationSummary;
  generalBudgetExpenditure?: CodedTable<GeneralBudgetColumn>;
  basicExpenditureByEconomic?: EconomicTable;
  projectExpenditureByEconomic?: EconomicTable;
  governmentFundTable?: CodedTable<GovernmentFundColumn>;
  governmentFundBasicExpenditure?: EconomicTable;
  stateCapitalTable?: CodedTable<StateCapitalColumn>;
  threePublicTable?: ThreePublic;
  procurementTable?: Procurement;
  purchasedServicesTable?: PurchasedServices;
  supplement: Supplement;
}

/** A check's result, and any problem met while reading. */
export interface Finding {
  rule: string;
  severity: "error" | "warning" | "info";
  message: string;
  cells: string[];
  expected?: string;
  actual?: string;
}
