/**
 * A synthetic central-government unit — 国家示例局机关服务中心, 2023 — in the CENTRAL layout: the 9
 * 公开表 in 万元 with two decimals, merged 7-digit 功能分类 codes with 项 rows, the 支出决算表 continued
 * on a second sheet ("（续）"), the 基本支出 table by 经济分类 款 in two blocks, and three small tables
 * (two empty ones and the vertical "三公" table) stacked on one sheet.
 *
 * All numbers are invented but consistent: test/examples.test.ts proves every identity.
 * Amounts below are in 万元, as printed.
 */
import { Dec } from "../../src/core";
import type { Supplement } from "../../src/tables/model";
import { FUNCTIONAL_CLASSES, ordinal } from "./classes";
import { type SupplementFacts, supplementFromFacts } from "./facts";
import { GridBuilder, type SampleSheet, y } from "./grid";

export const CENTRAL_DEPARTMENT = "国家示例局机关服务中心";
export const CENTRAL_YEAR = 2023;

const Z = new Dec(0);
/** 万元 as printed. */
const w = y;

// ---------------------------------------------------------------------------------------------
// Data (万元)
// ---------------------------------------------------------------------------------------------

export interface CentralItem {
  code: string; // 7-digit 项
  name: string;
  /** 一般公共预算财政拨款 basic / project. */
  basic: Dec;
  project: Dec;
  /** Spending from non-appropriation money: basic, project, 经营支出. */
  otherBasic: Dec;
  otherProject: Dec;
  business: Dec;
  /** 收入决算表 columns booked to this 项. */
  appropriationIncome: Dec;
  serviceIncome: Dec;
  businessIncome: Dec;
  otherIncome: Dec;
  /** 年初预算数 (supplement). */
  initialBudget: Dec;
}

function item(
  code: string,
  name: string,
  basic: string,
  project: string,
  budget: string,
  extra: Partial<Omit<CentralItem, "code" | "name" | "basic" | "project" | "initialBudget">> = {},
): CentralItem {
  const b = w(basic);
  const p = w(project);
  return {
    code,
    name,
    basic: b,
    project: p,
    otherBasic: extra.otherBasic ?? Z,
    otherProject: extra.otherProject ?? Z,
    business: extra.business ?? Z,
    appropriationIncome: extra.appropriationIncome ?? b.plus(p),
    serviceIncome: extra.serviceIncome ?? Z,
    businessIncome: extra.businessIncome ?? Z,
    otherIncome: extra.otherIncome ?? Z,
    initialBudget: w(budget),
  };
}

/**
 * 项 lines. 2010350 is also paid from 事业收入/其他收入 (360.46); 2010399 carries the appropriation
 * balances (财政拨款收入 905.20 − 年初 120.00 + 年末 62.75 = 847.95), 80.00 of project spending from
 * 事业收入 and the 经营支出 80.15 paid from 经营收入.
 */
export const items: CentralItem[] = [
  item("2010350", "事业运行", "1,950.00", "0", "1,985.00", {
    otherBasic: w("360.46"),
    serviceIncome: w("412.35"),
    otherIncome: w("23.17"),
  }),
  item("2010399", "其他政府办公厅（室）及相关机构事务支出", "0", "905.20", "880.00", {
    otherProject: w("80.00"),
    business: w("80.15"),
    appropriationIncome: w("847.95"),
    businessIncome: w("86.40"),
  }),
  item("2080502", "事业单位离退休", "96.30", "0", "98.00"),
  item("2080505", "机关事业单位基本养老保险缴费支出", "182.64", "0", "182.64"),
  item("2080506", "机关事业单位职业年金缴费支出", "91.32", "0", "91.32"),
  item("2101102", "事业单位医疗", "118.75", "0", "120.00"),
  item("2210201", "住房公积金", "143.80", "0", "143.80"),
  item("2210202", "提租补贴", "21.60", "0", "20.00"),
];

export const CENTRAL_NAMES: Record<string, string> = {
  "201": "一般公共服务支出",
  "20103": "政府办公厅（室）及相关机构事务",
  "208": "社会保障和就业支出",
  "20805": "行政事业单位养老支出",
  "210": "卫生健康支出",
  "21011": "行政事业单位医疗",
  "221": "住房保障支出",
  "22102": "住房改革支出",
};

type Summable = Omit<CentralItem, "code" | "name">;
const SUM_KEYS: (keyof Summable)[] = [
  "basic",
  "project",
  "otherBasic",
  "otherProject",
  "business",
  "appropriationIncome",
  "serviceIncome",
  "businessIncome",
  "otherIncome",
  "initialBudget",
];

function sumItems(code: string, list: CentralItem[]): CentralItem {
  const out = { code, name: CENTRAL_NAMES[code] } as CentralItem;
  for (const k of SUM_KEYS) out[k] = list.reduce((s, i) => s.plus(i[k]), Z);
  return out;
}

/** 类, 款, 项 rows in order; parents are sums of their children. */
export function centralRows(): CentralItem[] {
  const out: CentralItem[] = [];
  const classes = [...new Set(items.map((i) => i.code.slice(0, 3)))];
  for (const c of classes) {
    const inClass = items.filter((i) => i.code.startsWith(c));
    out.push(sumItems(c, inClass));
    for (const s of [...new Set(inClass.map((i) => i.code.slice(0, 5)))]) {
      const inSection = inClass.filter((i) => i.code.startsWith(s));
      out.push(sumItems(s, inSection), ...inSection);
    }
  }
  return out;
}

export const itemTotal = (i: CentralItem) => i.basic.plus(i.project).plus(i.otherBasic).plus(i.otherProject).plus(i.business);
export const itemBasic = (i: CentralItem) => i.basic.plus(i.otherBasic);
export const itemProject = (i: CentralItem) => i.project.plus(i.otherProject);
export const itemAppropriation = (i: CentralItem) => i.basic.plus(i.project);
export const itemIncome = (i: CentralItem) =>
  i.appropriationIncome.plus(i.serviceIncome).plus(i.businessIncome).plus(i.otherIncome);

export const totals = (() => {
  const all = sumItems("", items);
  return {
    all,
    /** 本年收入合计 3,974.28 = 3,452.36 + 412.35 + 86.40 + 23.17 */
    incomeTotal: itemIncome(all),
    nonAppropriationBalanceUsed: w("15.00"),
    /** 年初结转和结余 268.42 = 财政拨款 120.00 + 其他 148.42 */
    openingBalance: w("268.42"),
    /** 本年支出合计 4,030.22 = 基本 2,964.87 + 项目 985.20 + 经营 80.15 */
    expenditureTotal: itemTotal(all),
    balanceDistribution: w("6.50"),
    appropriationOpening: w("120.00"),
    appropriationClosing: w("62.75"),
  };
})();
/** 收入总计 = 3,974.28 + 15.00 + 268.42 = 4,257.70 */
export const grandTotal = totals.incomeTotal.plus(totals.nonAppropriationBalanceUsed).plus(totals.openingBalance);
/** 年末结转和结余 = 4,257.70 − 4,030.22 − 6.50 = 220.98 (财政拨款 62.75 + 其他 158.23) */
export const closingBalance = grandTotal.minus(totals.expenditureTotal).minus(totals.balanceDistribution);
/** 财政拨款收、支总计 = 3,452.36 + 120.00 = 3,509.61 + 62.75 = 3,572.36 */
export const appropriationGrandTotal = totals.all.appropriationIncome.plus(totals.appropriationOpening);

export interface EconomicItem {
  code: string;
  name: string;
  actual: Dec;
}

/** 基本支出 (一般公共预算财政拨款 2,604.41) by 经济分类 类 and 款. 人员经费 2,318.06, 公用经费 286.35. */
export const personnelEconomic: EconomicItem[] = [
  { code: "301", name: "工资福利支出", actual: w("2,221.76") },
  { code: "30101", name: "基本工资", actual: w("520.30") },
  { code: "30102", name: "津贴补贴", actual: w("610.45") },
  { code: "30103", name: "奖金", actual: w("40.20") },
  { code: "30107", name: "绩效工资", actual: w("380.50") },
  { code: "30108", name: "机关事业单位基本养老保险缴费", actual: w("182.64") },
  { code: "30109", name: "职业年金缴费", actual: w("91.32") },
  { code: "30110", name: "职工基本医疗保险缴费", actual: w("118.75") },
  { code: "30113", name: "住房公积金", actual: w("143.80") },
  { code: "30199", name: "其他工资福利支出", actual: w("133.80") },
  { code: "303", name: "对个人和家庭的补助", actual: w("96.30") },
  { code: "30302", name: "退休费", actual: w("90.10") },
  { code: "30305", name: "生活补助", actual: w("6.20") },
];
export const publicEconomic: EconomicItem[] = [
  { code: "302", name: "商品和服务支出", actual: w("270.15") },
  { code: "30201", name: "办公费", actual: w("35.60") },
  { code: "30205", name: "水费", actual: w("12.40") },
  { code: "30206", name: "电费", actual: w("48.30") },
  { code: "30211", name: "差旅费", actual: w("18.90") },
  { code: "30213", name: "维修（护）费", actual: w("26.75") },
  { code: "30217", name: "公务接待费", actual: w("1.85") },
  { code: "30228", name: "工会经费", actual: w("22.40") },
  { code: "30229", name: "福利费", actual: w("14.60") },
  { code: "30231", name: "公务用车运行维护费", actual: w("23.85") },
  { code: "30299", name: "其他商品和服务支出", actual: w("65.50") },
  { code: "310", name: "资本性支出", actual: w("16.20") },
  { code: "31002", name: "办公设备购置", actual: w("16.20") },
];
export const personnelTotal = w("2,318.06");
export const publicTotal = w("286.35");

/** "三公" 预算数 / 决算数: 30.80 / 25.70 (completion 83.44%). */
export const threePublic = {
  budget: {
    total: w("30.80"),
    overseasTravel: w("3.00"),
    officialVehicles: w("26.00"),
    vehiclePurchase: Z,
    vehicleOperation: w("26.00"),
    officialReception: w("1.80"),
  },
  actual: {
    total: w("25.70"),
    overseasTravel: Z,
    officialVehicles: w("23.85"),
    vehiclePurchase: Z,
    vehicleOperation: w("23.85"),
    officialReception: w("1.85"),
  },
};

// ---------------------------------------------------------------------------------------------
// Supplement (万元 → 元 at the boundary)
// ---------------------------------------------------------------------------------------------

const yuan = (d: Dec) => d.times(10000);

/**
 * Deliberately missing (documented in docs/supplementary-sheet.md): the reasons for 2210202 提租补贴
 * (21.60 against a budget of 20.00) and its parents 22102 / 221, and for 公务接待费 (over budget), the prior-year 机关运行经费 and this year's (a 事业单位 has none),
 * and the performance text. The narrative must show these as gaps.
 */
export const centralFacts: SupplementFacts = {
  priorYear: {
    grandTotal: yuan(w("3,980.55")),
    incomeTotal: yuan(w("3,702.16")),
    expenditureTotal: yuan(w("3,711.93")),
    appropriationGrandTotal: yuan(w("3,390.12")),
    generalBudgetExpenditure: yuan(w("3,270.12")),
  },
  initialBudgets: {
    ...Object.fromEntries(centralRows().map((r) => [`functional:${r.code}`, yuan(r.initialBudget)])),
    // basic budgets by 功能分类 项: 1,985.00 + 98.00 + 182.64 + 91.32 + 120.00 + 143.80 + 20.00 = 2,640.76
    "basicEconomic:total": yuan(w("2,640.76")),
    "basicEconomic:301": yuan(w("2,250.00")),
    "basicEconomic:302": yuan(w("280.46")),
    "basicEconomic:303": yuan(w("98.00")),
    "basicEconomic:310": yuan(w("12.30")),
    "projectEconomic:total": yuan(w("880.00")), // = 2010399's budget
  },
  counts: {
    vehiclesHeld: new Dec(4),
    vehiclesPurchased: Z,
    overseasGroups: Z,
    overseasPersons: Z,
    receptionBatches: new Dec(12),
    receptionPersons: new Dec(86),
    administrativeUnits: Z,
    civilServantManagedUnits: Z,
    publicInstitutions: new Dec(1),
  },
  // 9.60 + 7.85 + 4.20 + 2.20 = 23.85 = 公务用车运行费决算数
  vehicleOperationBreakdown: [
    { label: "燃料费", amount: yuan(w("9.60")) },
    { label: "维修费", amount: yuan(w("7.85")) },
    { label: "保险费", amount: yuan(w("4.20")) },
    { label: "其他", amount: yuan(w("2.20")) },
  ],
  assets: {
    fixedAssetsTotal: yuan(w("5,832.46")),
    buildingArea: new Dec("12850.5"),
    buildingValue: yuan(w("3,210.55")),
    vehicleCount: new Dec(4),
    vehicleValue: yuan(w("96.40")),
    equipmentOver500k: new Dec(2),
    equipmentOver1m: new Dec(1),
  },
  texts: {
    duties: "负责局机关办公区的运行保障、物业和后勤服务，承担机关资产、车辆和会议服务等工作。（示例文字）",
    staffing: "事业编制120名，实有112人；离退休人员35人。（示例文字）",
    overseasPurpose: "年初安排的出国（境）任务取消，本年度未发生支出。（示例文字）",
    receptionPurpose: "主要用于接待业务交流和检查指导工作。（示例文字）",
    feesNote: "本单位无行政事业性收费。（示例文字）",
  },
  keyProjects: [
    { name: "机关办公区运行保障", amount: yuan(w("620.00")), description: "办公区物业、能源和安全保障。（示例文字）" },
    { name: "办公楼节能改造", amount: yuan(w("285.20")), description: "更换照明和空调系统，降低能耗。（示例文字）" },
  ],
  reasons: {
    "total:grandTotal": "事业收入增加，项目支出增加（示例原因）",
    "total:incomeTotal": "财政拨款和事业收入增加（示例原因）",
    "total:expenditureTotal": "节能改造项目支出增加（示例原因）",
    "total:appropriationGrandTotal": "新增节能改造项目（示例原因）",
    "functional:201": "节能改造项目实施（示例原因）",
    "functional:20103": "节能改造项目实施（示例原因）",
    "functional:2010350": "人员减少（示例原因）",
    "functional:2010399": "新增节能改造项目（示例原因）",
    "functional:208": "退休人员减少（示例原因）",
    "functional:20805": "退休人员减少（示例原因）",
    "functional:2080502": "退休人员减少（示例原因）",
    "functional:210": "参保人数减少（示例原因）",
    "functional:21011": "参保人数减少（示例原因）",
    "functional:2101102": "参保人数减少（示例原因）",
    "basicEconomic:301": "人员减少（示例原因）",
    "basicEconomic:302": "压减一般性支出（示例原因）",
    "basicEconomic:303": "退休人员减少（示例原因）",
    "basicEconomic:310": "办公设备到期更新（示例原因）",
    "threePublic:total": "落实过紧日子要求（示例原因）",
    "threePublic:overseasTravel": "出国任务取消（示例原因）",
    "threePublic:officialVehicles": "车辆运行费用减少（示例原因）",
    "threePublic:vehicleOperation": "车辆运行费用减少（示例原因）",
  },
};

export function centralSupplement(): Supplement {
  return supplementFromFacts(centralFacts);
}

// ---------------------------------------------------------------------------------------------
// Layout (central style)
// ---------------------------------------------------------------------------------------------

const UNIT_LINE = "金额单位：万元";
const ORG_LINE = `编制单位：${CENTRAL_DEPARTMENT}`;

/** Title over `width` columns, 公开NN表 at its right, 编制单位 / 金额单位 line. */
function head(g: GridBuilder, title: string, no: string, width: number): void {
  const t = g.row([title]);
  g.merge(t, 0, t, width - 1);
  g.titleRows.push(t);
  const r = g.row([]);
  g.set(r, width - 1, `公开${no}表`);
  const u = g.row([ORG_LINE]);
  g.set(u, width - 1, UNIT_LINE);
}

/** 项目 (科目编码 | 科目名称) header over two rows, leaf headers to the right; then the 栏次 row. */
function codedHeader(g: GridBuilder, leaves: string[], group?: { text: string; from: number; to: number }): void {
  const r = g.row(["项目"]);
  g.merge(r, 0, r, 1);
  g.set(r + 1, 0, "科目编码");
  g.set(r + 1, 1, "科目名称");
  leaves.forEach((text, i) => {
    const c = 2 + i;
    if (group && i >= group.from && i <= group.to) {
      g.set(r + 1, c, text);
    } else {
      g.set(r, c, text);
      g.merge(r, c, r + 1, c);
    }
  });
  if (group) {
    g.set(r, 2 + group.from, group.text);
    g.merge(r, 2 + group.from, r, 2 + group.to);
  }
  g.markHeader(r, r + 1);
  const ln = g.row(["栏次"]);
  g.merge(ln, 0, ln, 1);
  leaves.forEach((_, i) => g.set(ln, 2 + i, i + 1));
  g.plainNumberRows.push(ln);
  g.markHeader(ln);
}

function totalRow(g: GridBuilder, amounts: (Dec | null)[]): void {
  const r = g.row(["合计", null, ...amounts]);
  g.merge(r, 0, r, 1);
}

const CODED_WIDTHS = [11, 36];

function summarySheet(): SampleSheet {
  const g = new GridBuilder(6);
  head(g, "收入支出决算总表", "01", 6);
  const h = g.row(["收入", null, null, "支出"]);
  g.merge(h, 0, h, 2);
  g.merge(h, 3, h, 5);
  const h2 = g.row(["项目", "行次", "金额", "项目", "行次", "金额"]);
  const ln = g.row(["栏次", null, 1, "栏次", null, 2]);
  g.markHeader(h, h2, ln);
  g.plainNumberRows.push(ln);
  const a = totals.all;
  const incomeRows: [string, Dec][] = [
    ["一、一般公共预算财政拨款收入", a.appropriationIncome],
    ["二、政府性基金预算财政拨款收入", Z],
    ["三、国有资本经营预算财政拨款收入", Z],
    ["四、上级补助收入", Z],
    ["五、事业收入", a.serviceIncome],
    ["六、经营收入", a.businessIncome],
    ["七、附属单位上缴收入", Z],
    ["八、其他收入", a.otherIncome],
  ];
  const byClass = new Map(centralRows().filter((r) => r.code.length === 3).map((r) => [r.code, itemTotal(r)]));
  FUNCTIONAL_CLASSES.forEach((cls, i) => {
    const inc = incomeRows[i];
    g.row([inc?.[0] ?? null, inc ? i + 1 : null, inc?.[1] ?? null, `${ordinal(i + 1)}${cls.name}`, 32 + i, byClass.get(cls.code) ?? null]);
  });
  const n = FUNCTIONAL_CLASSES.length;
  g.row(["本年收入合计", n + 1, totals.incomeTotal, "本年支出合计", 32 + n, totals.expenditureTotal]);
  g.row(["使用非财政拨款结余", n + 2, totals.nonAppropriationBalanceUsed, "结余分配", 33 + n, totals.balanceDistribution]);
  g.row(["年初结转和结余", n + 3, totals.openingBalance, "年末结转和结余", 34 + n, closingBalance]);
  g.row(["总计", n + 4, grandTotal, "总计", 35 + n, grandTotal]);
  return g.build("收入支出决算总表", { widths: [32, 6, 14, 32, 6, 14], freezeRows: 6, plainNumberColumns: [1, 4] });
}

function incomeSheet(): SampleSheet {
  const g = new GridBuilder(9);
  head(g, "收入决算表", "02", 9);
  codedHeader(g, ["本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"]);
  const a = totals.all;
  totalRow(g, [itemIncome(a), a.appropriationIncome, Z, a.serviceIncome, a.businessIncome, Z, a.otherIncome]);
  for (const r of centralRows()) {
    g.row([r.code, r.name, itemIncome(r), r.appropriationIncome, Z, r.serviceIncome, r.businessIncome, Z, r.otherIncome]);
  }
  return g.build("收入决算表", { widths: [...CODED_WIDTHS, 14, 14, 12, 12, 12, 14, 12], freezeRows: 6 });
}

const EXPENDITURE_LEAVES = ["本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"];

function expenditureRow(g: GridBuilder, r: CentralItem): void {
  g.row([r.code, r.name, itemTotal(r), itemBasic(r), itemProject(r), Z, r.business, Z]);
}

/** 公开03表 over two sheets: 合计 and 类 201 on the first, the rest on "支出决算表（续）". */
function expenditureSheets(): SampleSheet[] {
  const rows = centralRows();
  const split = rows.findIndex((r) => r.code === "208");
  const g = new GridBuilder(8);
  head(g, "支出决算表", "03", 8);
  codedHeader(g, EXPENDITURE_LEAVES);
  const a = totals.all;
  totalRow(g, [itemTotal(a), itemBasic(a), itemProject(a), Z, a.business, Z]);
  rows.slice(0, split).forEach((r) => expenditureRow(g, r));
  const first = g.build("支出决算表", { widths: [...CODED_WIDTHS, 14, 14, 14, 12, 12, 16], freezeRows: 6 });

  const c = new GridBuilder(8);
  head(c, "支出决算表（续）", "03", 8);
  codedHeader(c, EXPENDITURE_LEAVES);
  rows.slice(split).forEach((r) => expenditureRow(c, r));
  const second = c.build("支出决算表（续）", { widths: [...CODED_WIDTHS, 14, 14, 14, 12, 12, 16], freezeRows: 6 });
  return [first, second];
}

function appropriationSummarySheet(): SampleSheet {
  const g = new GridBuilder(9);
  head(g, "财政拨款收入支出决算总表", "04", 9);
  const h = g.row(["收入", null, null, "支出"]);
  g.merge(h, 0, h, 2);
  g.merge(h, 3, h, 8);
  const h2 = g.row(["项目", "行次", "金额", "项目", "行次", "合计", "一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"]);
  const ln = g.row(["栏次", null, 1, "栏次", null, 2, 3, 4, 5]);
  g.markHeader(h, h2, ln);
  g.plainNumberRows.push(ln);
  const income: [string, Dec][] = [
    ["一、一般公共预算财政拨款", totals.all.appropriationIncome],
    ["二、政府性基金预算财政拨款", Z],
    ["三、国有资本经营预算财政拨款", Z],
  ];
  const byClass = new Map(centralRows().filter((r) => r.code.length === 3).map((r) => [r.code, itemAppropriation(r)]));
  FUNCTIONAL_CLASSES.forEach((cls, i) => {
    const inc = income[i];
    const v = byClass.get(cls.code);
    g.row([inc?.[0] ?? null, inc ? i + 1 : null, inc?.[1] ?? null, `${ordinal(i + 1)}${cls.name}`, 32 + i, v ?? null, v ?? null, v ? Z : null, v ? Z : null]);
  });
  const n = FUNCTIONAL_CLASSES.length;
  const spent = itemAppropriation(totals.all);
  g.row(["本年收入合计", n + 1, totals.all.appropriationIncome, "本年支出合计", 32 + n, spent, spent, Z, Z]);
  g.row(["年初财政拨款结转和结余", n + 2, totals.appropriationOpening, "年末财政拨款结转和结余", 33 + n, totals.appropriationClosing, totals.appropriationClosing, Z, Z]);
  g.row(["一般公共预算财政拨款", n + 3, totals.appropriationOpening]);
  g.row(["政府性基金预算财政拨款", n + 4, Z]);
  g.row(["国有资本经营预算财政拨款", n + 5, Z]);
  g.row(["总计", n + 6, appropriationGrandTotal, "总计", 34 + n, appropriationGrandTotal, appropriationGrandTotal, Z, Z]);
  return g.build("财政拨款收入支出决算总表", { widths: [28, 6, 14, 30, 6, 14, 16, 16, 16], freezeRows: 6, plainNumberColumns: [1, 4] });
}

function generalBudgetSheet(): SampleSheet {
  const g = new GridBuilder(5);
  head(g, "一般公共预算财政拨款支出决算表", "05", 5);
  codedHeader(g, ["小计", "基本支出", "项目支出"], { text: "本年支出", from: 0, to: 2 });
  const a = totals.all;
  totalRow(g, [itemAppropriation(a), a.basic, a.project]);
  for (const r of centralRows()) g.row([r.code, r.name, itemAppropriation(r), r.basic, r.project]);
  return g.build("一般公共预算财政拨款支出决算表", { widths: [...CODED_WIDTHS, 14, 14, 14], freezeRows: 6 });
}

function basicSheet(): SampleSheet {
  const g = new GridBuilder(6);
  head(g, "一般公共预算财政拨款基本支出决算表", "06", 6);
  const h = g.row(["人员经费", null, null, "公用经费"]);
  g.merge(h, 0, h, 2);
  g.merge(h, 3, h, 5);
  const h2 = g.row(["科目编码", "科目名称", "决算数", "科目编码", "科目名称", "决算数"]);
  g.markHeader(h, h2);
  const n = Math.max(personnelEconomic.length, publicEconomic.length);
  for (let i = 0; i < n; i++) {
    const p = personnelEconomic[i];
    const q = publicEconomic[i];
    g.row([p?.code ?? null, p?.name ?? null, p?.actual ?? null, q?.code ?? null, q?.name ?? null, q?.actual ?? null]);
  }
  const t = g.row(["人员经费合计", null, personnelTotal, "公用经费合计", null, publicTotal]);
  g.merge(t, 0, t, 1);
  g.merge(t, 3, t, 4);
  return g.build("一般公共预算财政拨款基本支出决算表", { widths: [10, 30, 14, 10, 30, 14], freezeRows: 5 });
}

/** 公开07, 08 (empty) and 09 (vertical "三公") stacked on one sheet, a blank row between. */
function stackedSheet(): SampleSheet {
  const g = new GridBuilder(8);
  head(g, "政府性基金预算财政拨款收入支出决算表", "07", 8);
  codedHeader(g, ["年初结转和结余", "本年收入", "小计", "基本支出", "项目支出", "年末结转和结余"], {
    text: "本年支出",
    from: 2,
    to: 4,
  });
  totalRow(g, [null, null, null, null, null, null]);
  const n1 = g.row(["注：本单位2023年度没有使用政府性基金预算财政拨款安排的支出，故本表无数据。"]);
  g.merge(n1, 0, n1, 7);
  g.row([]);

  head(g, "国有资本经营预算财政拨款支出决算表", "08", 5);
  codedHeader(g, ["合计", "基本支出", "项目支出"], { text: "本年支出", from: 0, to: 2 });
  totalRow(g, [null, null, null]);
  const n2 = g.row(["注：本单位2023年度没有使用国有资本经营预算财政拨款安排的支出，故本表无数据。"]);
  g.merge(n2, 0, n2, 4);
  g.row([]);

  head(g, '财政拨款"三公"经费支出决算表', "09", 3);
  const h = g.row(["项目", "预算数", "决算数"]);
  const ln = g.row(["栏次", 1, 2]);
  g.markHeader(h, ln);
  g.plainNumberRows.push(ln);
  const b = threePublic.budget;
  const a = threePublic.actual;
  g.row(["合计", b.total, a.total]);
  g.row(["1.因公出国（境）费", b.overseasTravel, a.overseasTravel]);
  g.row(["2.公务用车购置及运行费", b.officialVehicles, a.officialVehicles]);
  g.row(["其中：（1）公务用车购置费", b.vehiclePurchase, a.vehiclePurchase]);
  g.row(["（2）公务用车运行费", b.vehicleOperation, a.vehicleOperation]);
  g.row(["3.公务接待费", b.officialReception, a.officialReception]);
  return g.build("其他公开表", { widths: [30, 36, 14, 14, 14, 14, 14, 14], freezeRows: 0 });
}

/** The central sample's sheets: 9 tables on 9 sheets (03 continued, 07–09 stacked). */
export function centralSheets(): SampleSheet[] {
  return [
    summarySheet(),
    incomeSheet(),
    ...expenditureSheets(),
    appropriationSummarySheet(),
    generalBudgetSheet(),
    basicSheet(),
    stackedSheet(),
  ];
}
