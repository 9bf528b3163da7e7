/**
 * The reference department — 北京市门头沟区科学技术和信息化局, 2023 final accounts — rebuilt as the 13
 * Beijing-layout 公开表 in 元, plus its supplementary facts (上年数, 年初预算数, counts, texts, reasons).
 *
 * Every figure is taken from, or derived with exact arithmetic from, the published 2023 决算说明.
 * Derivations are noted next to the numbers; numbers the text does not state are marked ASSUMPTION.
 * test/examples.test.ts proves every table identity holds.
 */
import { Dec } from "../../src/core";
import type { KeyProject, Supplement } from "../../src/tables/model";
import { FUNCTIONAL_CLASSES, ordinal } from "./classes";
import { GridBuilder, type SampleSheet, y } from "./grid";
import { type SupplementFacts, supplementFromFacts } from "./facts";

export const MENTOUGOU_DEPARTMENT = "北京市门头沟区科学技术和信息化局";
export const MENTOUGOU_YEAR = 2023;

const Z = new Dec(0);

// ---------------------------------------------------------------------------------------------
// 收入支出决算总表
// ---------------------------------------------------------------------------------------------

/** Income side in 元. 本年收入合计 112,078,856.26 = 104,505,587.14 + 7,573,269.12. */
export const income = {
  generalBudget: y("104,505,587.14"), // 财政拨款收入 (all 一般公共预算)
  governmentFund: Z,
  stateCapital: Z,
  superiorSubsidy: Z,
  serviceIncome: Z,
  businessIncome: Z,
  affiliateRemittance: Z,
  otherIncome: y("7,573,269.12"),
};
export const incomeTotal = y("112,078,856.26");
export const nonAppropriationBalanceUsed = Z;
/** 年初结转和结余 = 收入总计 113,684,009.05 − 本年收入合计 112,078,856.26 − 使用非财政拨款结余 0. */
export const openingBalance = y("1,605,152.79");
export const grandTotal = y("113,684,009.05");

export const expenditureTotal = y("106,400,029.75"); // = 基本 27,177,385.21 + 项目 79,222,644.54
export const balanceDistribution = Z;
/** 年末结转和结余 = 支出总计 113,684,009.05 − 本年支出合计 106,400,029.75. */
export const closingBalance = y("7,283,979.30");

/** 财政拨款: 收、支总计 105,719,924.04; opening = 105,719,924.04 − 104,505,587.14; closing 0 (绩效部分: 年末结转结余0). */
export const appropriationOpeningBalance = y("1,214,336.90");
export const appropriationGrandTotal = y("105,719,924.04");
export const appropriationClosingBalance = Z;
/**
 * Non-appropriation money: opening 1,605,152.79 − 1,214,336.90 = 390,815.89, plus 其他收入 7,573,269.12,
 * minus the project spending not paid from appropriations, 79,222,644.54 − 78,542,538.83 = 680,105.71,
 * leaves 7,283,979.30 = the closing balance. Consistent.
 */
export const nonAppropriationProject = y("680,105.71");

// ---------------------------------------------------------------------------------------------
// 功能分类: 一般公共预算财政拨款 by 类/款, and the department's whole spending and income by 款
// ---------------------------------------------------------------------------------------------

export interface FunctionalLine {
  code: string; // 3 (类) or 5 (款) digits
  name: string;
  /** 一般公共预算财政拨款 基本支出 / 项目支出. */
  basic: Dec;
  project: Dec;
  /** 项目支出 paid from non-appropriation money (其他收入 and its balance). */
  otherProject: Dec;
  /** 收入决算表: 财政拨款收入 and 其他收入 booked to this line. */
  appropriationIncome: Dec;
  otherIncome: Dec;
  /** 年初预算数 (supplement only: the Beijing table has no budget column). */
  initialBudget: Dec;
}

function sec(
  code: string,
  name: string,
  basic: string,
  project: string,
  initialBudget: string,
  extra: Partial<Pick<FunctionalLine, "otherProject" | "appropriationIncome" | "otherIncome">> = {},
): FunctionalLine {
  const b = y(basic);
  const p = y(project);
  return {
    code,
    name,
    basic: b,
    project: p,
    otherProject: extra.otherProject ?? Z,
    // ASSUMPTION: 财政拨款收入 by 款 equals the appropriation spending, except where noted.
    appropriationIncome: extra.appropriationIncome ?? b.plus(p),
    otherIncome: extra.otherIncome ?? Z,
    initialBudget: y(initialBudget),
  };
}

/**
 * 款 lines. Actual = basic + project; 年初预算数 = actual − the change the reference states.
 * ASSUMPTION (basic/project split; the reference gives only totals): basic spending sits in
 * 20601 (administration staff; its reason is 在职转退休), 20604/20605 (the research institutes),
 * 20805/20808 (retirees, death benefits), 21505 and 21508 (the service centres). The basic lines add
 * up to 27,177,385.21 (the 基本支出 table); the project lines to 78,542,538.83.
 */
export const sections: FunctionalLine[] = [
  // 20601: 7,436,930.72, budget 7,436,930.72 + 1,089,721.10 = 8,526,651.82
  sec("20601", "科学技术管理事务", "7,436,930.72", "0", "8,526,651.82"),
  // 20602: 0, budget 0 + 100,000 = 100,000 (a zero row kept: the budget line needs it)
  sec("20602", "基础研究", "0", "0", "100,000.00"),
  // 20604: 8,063,502.09 = 3,512,846.57 + 4,550,655.52; budget 8,063,502.09 − 569,739.28 = 7,493,762.81
  sec("20604", "技术研究与开发", "3,512,846.57", "4,550,655.52", "7,493,762.81"),
  // 20605: 4,276,060.24 = 2,937,604.11 + 1,338,456.13; budget 4,276,060.24 − 595,509.17 = 3,680,551.07
  sec("20605", "科技条件与服务", "2,937,604.11", "1,338,456.13", "3,680,551.07"),
  // 20606: 116,607.00, budget 0 (增长100%)
  sec("20606", "社会科学", "0", "116,607.00", "0"),
  // 20607: 331,118.00, budget 331,118.00 + 18,882 = 350,000.00
  sec("20607", "科学技术普及", "0", "331,118.00", "350,000.00"),
  // 20699: 58,111,110.99, budget 58,111,110.99 − 53,754,110.99 = 4,357,000.00.
  // ASSUMPTION: the 680,105.71 of non-appropriation project spending, all 其他收入 and the
  // appropriation opening balance 1,214,336.90 (so 财政拨款收入 58,111,110.99 − 1,214,336.90) are booked here.
  sec("20699", "其他科学技术支出", "0", "58,111,110.99", "4,357,000.00", {
    otherProject: y("680,105.71"),
    appropriationIncome: y("56,896,774.09"),
    otherIncome: y("7,573,269.12"),
  }),
  // 20805: the reference's name 行政事业单位离退休 (2023 catalogue: 行政事业单位养老支出);
  // 840,535.38, budget 840,535.38 + 47,057.02 = 887,592.40
  sec("20805", "行政事业单位离退休", "840,535.38", "0", "887,592.40"),
  // 20808: 147,166.00, budget 0
  sec("20808", "抚恤", "147,166.00", "0", "0"),
  // 21004: 1,346,220.00, budget 0
  sec("21004", "公共卫生", "0", "1,346,220.00", "0"),
  // 21202 (2023: 城乡社区规划与管理): 149,000.00, budget 0
  sec("21202", "城乡社区规划与管理", "0", "149,000.00", "0"),
  // 21505: 18,497,017.48 = 10,678,715.07 + 7,818,302.41; budget 18,497,017.48 − 3,626,228.02 = 14,870,789.46
  sec("21505", "工业和信息产业监管", "10,678,715.07", "7,818,302.41", "14,870,789.46"),
  // 21508: 2,932,428.14 = 1,623,587.36 + 1,308,840.78; budget 2,932,428.14 − 476,749.18 = 2,455,678.96
  sec("21508", "支持中小企业发展和管理支出", "1,623,587.36", "1,308,840.78", "2,455,678.96"),
];

/**
 * 类 lines: sums of their 款, except 224 which the reference states without 款 (3,472,228.00, all
 * project; no budget: basic 25,150,456.52 + project 17,571,570.00 = 42,722,026.52 already equals the
 * other 类 budgets, so 224's 年初预算数 is 0). Class budgets: 206 24,507,965.70 (= 78,335,329.04 −
 * 53,827,363.34), 208 887,592.40 (= 987,701.38 − 100,108.98), 210 0, 212 0 (the reference's
 * "增加8,083,965.07元" for 212 is a mistake: 149,000.00 − 0), 215 17,326,468.42 (= 21,429,445.62 − 4,102,977.20).
 */
export const classNames: Record<string, string> = {
  "206": "科学技术支出",
  "208": "社会保障和就业支出",
  "210": "卫生健康支出",
  "212": "城乡社区支出",
  "215": "资源勘探工业信息等支出",
  "224": "灾害防治及应急管理支出",
};
const classOnly: FunctionalLine[] = [sec("224", "灾害防治及应急管理支出", "0", "3,472,228.00", "0")];

function sumLines(code: string, name: string, lines: FunctionalLine[]): FunctionalLine {
  const add = (k: keyof Omit<FunctionalLine, "code" | "name">) => lines.reduce((s, l) => s.plus(l[k]), Z);
  return {
    code,
    name,
    basic: add("basic"),
    project: add("project"),
    otherProject: add("otherProject"),
    appropriationIncome: add("appropriationIncome"),
    otherIncome: add("otherIncome"),
    initialBudget: add("initialBudget"),
  };
}

/** 类 then its 款, in catalogue order. */
export function functionalRows(): FunctionalLine[] {
  const out: FunctionalLine[] = [];
  for (const code of Object.keys(classNames).sort()) {
    const only = classOnly.find((l) => l.code === code);
    if (only) {
      out.push(only);
      continue;
    }
    const kids = sections.filter((s) => s.code.startsWith(code));
    out.push(sumLines(code, classNames[code], kids), ...kids);
  }
  return out;
}

export function classRows(): FunctionalLine[] {
  return functionalRows().filter((l) => l.code.length === 3);
}

export const lineTotal = (l: FunctionalLine) => l.basic.plus(l.project).plus(l.otherProject);
export const lineAppropriation = (l: FunctionalLine) => l.basic.plus(l.project);

/** 一般公共预算财政拨款支出 105,719,924.04 = basic 27,177,385.21 + project 78,542,538.83. */
export const generalBudgetExpenditure = y("105,719,924.04");
export const basicTotal = y("27,177,385.21");
export const appropriationProjectTotal = y("78,542,538.83");
export const projectTotal = y("79,222,644.54");

// ---------------------------------------------------------------------------------------------
// 经济分类
// ---------------------------------------------------------------------------------------------

export interface EconomicLine {
  code: string;
  name: string;
  actual: Dec;
  initialBudget: Dec;
}

/** 基本支出: 27,177,385.21 (budget 25,150,456.52); only 类 rows, as the reference reports them. */
export const basicPersonnel: EconomicLine[] = [
  { code: "301", name: "工资福利支出", actual: y("24,900,696.21"), initialBudget: y("23,108,319.92") },
  { code: "303", name: "对个人和家庭的补助", actual: y("964,582.80"), initialBudget: y("859,312.40") },
];
export const basicPublic: EconomicLine[] = [
  { code: "302", name: "商品和服务支出", actual: y("1,312,106.20"), initialBudget: y("1,182,824.20") },
  { code: "310", name: "资本性支出", actual: Z, initialBudget: Z },
];
/** 人员经费合计 = 301 + 303 = 25,865,279.01; 公用经费合计 = 302 + 310 = 1,312,106.20. */
export const personnelTotal = y("25,865,279.01");
export const publicTotal = y("1,312,106.20");
export const basicBudgetTotal = y("25,150,456.52");

/** 项目支出 (一般公共预算财政拨款) by 经济分类: 78,542,538.83 (budget 17,571,570.00). */
export const projectEconomic: EconomicLine[] = [
  { code: "301", name: "工资福利支出", actual: Z, initialBudget: Z },
  { code: "302", name: "商品和服务支出", actual: y("26,600,390.83"), initialBudget: y("17,571,570.00") },
  { code: "303", name: "对个人和家庭的补助", actual: Z, initialBudget: Z },
  { code: "310", name: "资本性支出", actual: y("490,148.00"), initialBudget: Z },
  { code: "312", name: "对企业补助", actual: y("49,052,000.00"), initialBudget: Z },
  { code: "399", name: "其他支出", actual: y("2,400,000.00"), initialBudget: Z },
];
export const projectBudgetTotal = y("17,571,570.00");

// ---------------------------------------------------------------------------------------------
// "三公", 政府采购
// ---------------------------------------------------------------------------------------------

/** 年初预算数 140,987.00 = 0 + 126,000.00 + 14,987.00; 决算数 44,531.60 = 0 + 44,531.60 + 0. */
export const threePublic = {
  budget: {
    total: y("140,987.00"),
    overseasTravel: Z,
    officialVehicles: y("126,000.00"),
    vehiclePurchase: Z,
    vehicleOperation: y("126,000.00"),
    officialReception: y("14,987.00"),
  },
  actual: {
    total: y("44,531.60"),
    overseasTravel: Z,
    officialVehicles: y("44,531.60"),
    vehiclePurchase: Z,
    vehicleOperation: y("44,531.60"),
    officialReception: Z,
  },
};

/** 252,358.35 = 货物 44,015.00 + 工程 0 + 服务 208,343.35. */
export const procurement = {
  total: y("252,358.35"),
  goods: y("44,015.00"),
  works: Z,
  services: y("208,343.35"),
  smeContracts: y("212,385.00"),
  microSmallContracts: y("212,385.00"),
};

// ---------------------------------------------------------------------------------------------
// Supplementary facts
// ---------------------------------------------------------------------------------------------

const wan = (text: string) => y(text).times(10000);

const keyProjects: { name: string; amount: Dec; description: string }[] = [
  {
    name: "2023年科技专项",
    amount: wan("100.05"),
    description: "用于科普、科技服务组织建设和科技项目研究，依托科技协调员服务企业、推广农业技术。",
  },
  {
    name: "高新技术产业培育扶持政策—2022年高新技术企业认定资质奖励资金",
    amount: wan("1740"),
    description: "按区支持高新技术企业的措施，向首次认定和重新认定的企业兑现奖励，引导企业加大研发投入。",
  },
  {
    name: "“专精特新”产业集群奖励资金",
    amount: wan("2060"),
    description: "按区促进“专精特新”中小企业发展的措施兑现奖励，扶持产业集群、稳定企业预期。",
  },
  {
    name: "军庄镇孟悟农业科技园基本运营管理与提质增效",
    amount: wan("350.86"),
    description: "保障农业科技园运营，示范带动特色农产品产业化，服务乡村振兴。",
  },
  {
    name: "2023年全区行政办公互联网网络带宽租赁",
    amount: wan("198"),
    description: "租赁全区政务互联网出口带宽，保障各使用单位正常访问互联网。",
  },
  {
    name: "2023年门头沟区金财网与政务网合并运维",
    amount: wan("90"),
    description: "两网合并后的日常运维和网络故障处置。",
  },
];

/**
 * The department's supplementary facts. Prior-year figures: current − the change the reference states
 * (113,684,009.05 − 37,993,697.43; 112,078,856.26 − 39,551,070.89; 106,400,029.75 − 30,709,718.13;
 * 105,719,924.04 − 30,029,612.42). 机关运行经费 prior = 358,257.77 + 35,318.18 = 393,575.95 (the reference
 * prints the decrease as "353,18.18"; 35,318.18 is the only reading of that size).
 * Deliberately missing: reasons for the three 收支 totals, for 类 224 and for the "三公" total, which the
 * reference does not give; the prior-year 一般公共预算财政拨款支出, which it does not state.
 */
export const mentougouFacts: SupplementFacts = {
  priorYear: {
    grandTotal: y("75,690,311.62"),
    incomeTotal: y("72,527,785.37"),
    expenditureTotal: y("75,690,311.62"),
    appropriationGrandTotal: y("75,690,311.62"),
    agencyOperatingCost: y("393,575.95"),
  },
  initialBudgets: {
    ...Object.fromEntries(functionalRows().map((l) => [`functional:${l.code}`, l.initialBudget])),
    "basicEconomic:total": basicBudgetTotal,
    ...Object.fromEntries(
      [...basicPersonnel, ...basicPublic].map((l) => [`basicEconomic:${l.code}`, l.initialBudget]),
    ),
    "projectEconomic:total": projectBudgetTotal,
    ...Object.fromEntries(projectEconomic.map((l) => [`projectEconomic:${l.code}`, l.initialBudget])),
  },
  counts: {
    vehiclesHeld: new Dec(6),
    vehiclesPurchased: Z,
    overseasGroups: Z,
    overseasPersons: Z,
    receptionBatches: Z,
    receptionPersons: Z,
    administrativeUnits: new Dec(1),
    civilServantManagedUnits: Z,
    publicInstitutions: new Dec(5),
  },
  agencyOperatingCost: y("358,257.77"),
  // 17,500.00 + 14,414.41 + 9,858.94 + 2,758.25 = 44,531.60 = 公务用车运行维护费决算数
  vehicleOperationBreakdown: [
    { label: "加油", amount: y("17,500.00") },
    { label: "维修", amount: y("14,414.41") },
    { label: "保险", amount: y("9,858.94") },
    { label: "其他", amount: y("2,758.25") },
  ],
  assets: {
    fixedAssetsTotal: y("74,896,144.21"),
    buildingArea: new Dec(1970),
    buildingValue: y("1,480,913.22"),
    vehicleCount: new Dec(6),
    vehicleValue: y("813,277.59"),
    equipmentOver500k: Z,
    equipmentOver1m: Z,
  },
  texts: {
    duties:
      "区政府主管科技创新、工业和信息化的工作部门：拟订并实施全区科技、工业、软件和信息服务业的发展规划与政策；推进科技体制改革、科技成果转化和科技人才队伍建设；指导中小企业发展；统筹大数据、智慧城市、政务网络、通信保障和无线电管理等工作。",
    staffing:
      "内设机构4个，所属事业单位5个。行政编制17名，实有18人；工勤人员2人；事业编制70名，实有63人；离退休人员56人（离休1人，行政退休21人，事业退休34人）；社会化用工5人。",
    overseasPurpose: "本年度未安排因公出国（境）。",
    receptionPurpose: "本年度未发生公务接待。",
    feesNote: "本部门无行政事业性收费事项。",
    performance:
      "部门整体绩效自评98.5分。全年预算10,571.99万元全部执行，预算执行率100%，年末结转结余0元。对55个项目（7,949.41万元）开展绩效运行监控和绩效自评，得分均在90分以上。",
  },
  keyProjects,
  reasons: {
    "total:appropriationGrandTotal": "本年度经费调整",
    "functional:20601": "本年度在职转退休4人",
    "functional:20602": "项目经费减少",
    "functional:20604": "本年度年初项目经费按比例下达",
    "functional:20605": "本年度经费调整",
    "functional:20606": "经费调整",
    "functional:20607": "项目调整",
    "functional:20699": "本年度年初项目经费按比例下达及新增项目支出",
    "functional:20805": "本部门二单位本年度退休人员去世1人",
    "functional:20808": "本部门二单位本年度退休人员去世1人",
    "functional:21004": "本年度新增事项",
    "functional:21202": "本年度新增事项",
    "functional:21505": "本年度年初项目经费按比例下达",
    "functional:21508": "本年度经费调整",
    "basicEconomic:301": "经费调整",
    "basicEconomic:302": "支出科目调整",
    "basicEconomic:303": "本部门二单位本年度退休人员去世1人",
    "projectEconomic:302":
      "本年度年初项目经费按比例下达；本年度新增集中医学观察点征用经费、防汛抢险救灾应急资金、人工智能产业推广暨中关村论坛展览等项目支出",
    "projectEconomic:310": "本年度追加应急通讯物资经费项目支出",
    "projectEconomic:312":
      "本年度新增2022年高新技术企业认定资质奖励、2023年一季度工业和信息化复工复产奖励、“专精特新”产业集群奖励等项目支出",
    "projectEconomic:399": "本年度新增武川县燕麦、藜麦、马铃薯、冷凉蔬菜四大产业基地专家实验站建设项目支出",
    "threePublic:officialVehicles": "按照公务用车制度执行，费用减少",
    "threePublic:vehicleOperation": "按照公务用车制度执行，费用减少",
    "threePublic:officialReception": "本年度无此项支出",
    agencyOperatingCost: "人员减少，定额调整",
  },
};

/** The Mentougou supplement as the model holds it (no cells: nothing has been read yet). */
export function mentougouSupplement(): Supplement {
  return supplementFromFacts(mentougouFacts);
}

export type { KeyProject };

// ---------------------------------------------------------------------------------------------
// Layout: the 13 公开表, one sheet each
// ---------------------------------------------------------------------------------------------

const DEPT_LABEL = `部门：${MENTOUGOU_DEPARTMENT}`;

/** Title with the year ("2023年度收入支出决算总表"), 部门 / 公开NN表 row, 单位 row: the Beijing layout of every year. */
export function beijingHead(g: GridBuilder, year: number, title: string, no: number): void {
  g.title(`${year}年度${title}`);
  g.row([DEPT_LABEL]);
  g.set(g.next - 1, g.width - 1, `公开${String(no).padStart(2, "0")}表`);
  g.row([]);
  g.set(g.next - 1, g.width - 1, "单位：元");
}

function head(g: GridBuilder, title: string, no: number): void {
  beijingHead(g, MENTOUGOU_YEAR, title, no);
}

/** A note row merged across the table: "本单位本年度无…，故本表为空表". */
function note(g: GridBuilder, text: string): void {
  const r = g.row([text]);
  g.merge(r, 0, r, g.width - 1);
}

/** Split code cells: "206" | "01" | "" for 款 20601. */
function splitCode(code: string): [string, string | null, string | null] {
  return [
    code.slice(0, 3),
    code.length >= 5 ? code.slice(3, 5) : null,
    code.length >= 7 ? code.slice(5, 7) : null,
  ];
}

/** The 科目编码 (类|款|项) | 科目名称 header over rows r..r+2; returns the next free column (4). */
function codedHeader(g: GridBuilder, r: number): void {
  g.set(r, 0, "项目");
  g.merge(r, 0, r, 3);
  g.set(r + 1, 0, "科目编码");
  g.merge(r + 1, 0, r + 1, 2);
  g.set(r + 1, 3, "科目名称");
  g.merge(r + 1, 3, r + 2, 3);
  g.set(r + 2, 0, "类");
  g.set(r + 2, 1, "款");
  g.set(r + 2, 2, "项");
}

/** Leaf column header spanning the three header rows. */
function tallHeader(g: GridBuilder, r: number, c: number, text: string): void {
  g.set(r, c, text);
  g.merge(r, c, r + 2, c);
}

function colNumbers(g: GridBuilder, labelCols: number, count: number): void {
  const r = g.row(["栏次"]);
  g.merge(r, 0, r, labelCols - 1);
  for (let i = 0; i < count; i++) g.set(r, labelCols + i, i + 1);
  g.plainNumberRows.push(r);
  g.markHeader(r);
}

function totalLabel(g: GridBuilder, r: number, text: string): void {
  g.set(r, 0, text);
  g.merge(r, 0, r, 3);
}

const CODED_WIDTHS = [6, 5, 5, 30];

/** 公开01表 收入支出决算总表 */
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
    ["一、一般公共预算财政拨款收入", income.generalBudget],
    ["二、政府性基金预算财政拨款收入", income.governmentFund],
    ["三、国有资本经营预算财政拨款收入", income.stateCapital],
    ["四、上级补助收入", income.superiorSubsidy],
    ["五、事业收入", income.serviceIncome],
    ["六、经营收入", income.businessIncome],
    ["七、附属单位上缴收入", income.affiliateRemittance],
    ["八、其他收入", income.otherIncome],
  ];
  const byClass = new Map(classRows().map((l) => [l.code, lineTotal(l)]));
  const n = FUNCTIONAL_CLASSES.length;
  for (let i = 0; i < n; i++) {
    const cls = FUNCTIONAL_CLASSES[i];
    const inc = incomeRows[i];
    const amount = byClass.get(cls.code);
    g.row([
      inc ? inc[0] : null,
      inc ? i + 1 : null,
      inc ? inc[1] : null,
      `${ordinal(i + 1)}${cls.name}`,
      32 + i,
      amount ?? null, // blank = nothing spent in this 类
    ]);
  }
  const base = n + 1;
  g.row(["本年收入合计", base, incomeTotal, "本年支出合计", 32 + n, expenditureTotal]);
  g.row([
    "使用非财政拨款结余",
    base + 1,
    nonAppropriationBalanceUsed,
    "结余分配",
    32 + n + 1,
    balanceDistribution,
  ]);
  g.row(["年初结转和结余", base + 2, openingBalance, "年末结转和结余", 32 + n + 2, closingBalance]);
  g.row(["总计", base + 3, grandTotal, "总计", 32 + n + 3, grandTotal]);
  return g.build("收入支出决算总表", {
    widths: [34, 6, 18, 34, 6, 18],
    freezeRows: 6,
    plainNumberColumns: [1, 4],
  });
}

/** 公开02表 收入决算表 */
function incomeSheet(): SampleSheet {
  const g = new GridBuilder(11);
  head(g, "收入决算表", 2);
  const r = g.next;
  codedHeader(g, r);
  const heads = [
    "本年收入合计",
    "财政拨款收入",
    "上级补助收入",
    "事业收入",
    "经营收入",
    "附属单位上缴收入",
    "其他收入",
  ];
  heads.forEach((t, i) => tallHeader(g, r, 4 + i, t));
  g.markHeader(r, r + 1, r + 2);
  colNumbers(g, 4, 7);
  const t = g.row([]);
  totalLabel(g, t, "合计");
  [incomeTotal, income.generalBudget, Z, Z, Z, Z, income.otherIncome].forEach((v, i) => g.set(t, 4 + i, v));
  for (const l of functionalRows()) {
    const [c, s, it] = splitCode(l.code);
    g.row([
      c,
      s,
      it,
      l.name,
      l.appropriationIncome.plus(l.otherIncome),
      l.appropriationIncome,
      Z,
      Z,
      Z,
      Z,
      l.otherIncome,
    ]);
  }
  return g.build("收入决算表", { widths: [...CODED_WIDTHS, 16, 16, 14, 12, 12, 14, 14], freezeRows: 8 });
}

/** 公开03表 支出决算表 */
function expenditureSheet(): SampleSheet {
  const g = new GridBuilder(10);
  head(g, "支出决算表", 3);
  const r = g.next;
  codedHeader(g, r);
  ["本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"].forEach((t, i) =>
    tallHeader(g, r, 4 + i, t),
  );
  g.markHeader(r, r + 1, r + 2);
  colNumbers(g, 4, 6);
  const t = g.row([]);
  totalLabel(g, t, "合计");
  [expenditureTotal, basicTotal, projectTotal, Z, Z, Z].forEach((v, i) => g.set(t, 4 + i, v));
  for (const l of functionalRows()) {
    const [c, s, it] = splitCode(l.code);
    g.row([c, s, it, l.name, lineTotal(l), l.basic, l.project.plus(l.otherProject), Z, Z, Z]);
  }
  return g.build("支出决算表", { widths: [...CODED_WIDTHS, 16, 16, 16, 14, 12, 16], freezeRows: 8 });
}

/** 公开04表 财政拨款收入支出决算总表 */
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
    ["一、一般公共预算财政拨款", income.generalBudget],
    ["二、政府性基金预算财政拨款", Z],
    ["三、国有资本经营预算财政拨款", Z],
  ];
  const byClass = new Map(classRows().map((l) => [l.code, lineAppropriation(l)]));
  const n = FUNCTIONAL_CLASSES.length;
  for (let i = 0; i < n; i++) {
    const cls = FUNCTIONAL_CLASSES[i];
    const inc = incomeRows[i];
    const a = byClass.get(cls.code);
    g.row([
      inc ? inc[0] : null,
      inc ? i + 1 : null,
      inc ? inc[1] : null,
      `${ordinal(i + 1)}${cls.name}`,
      32 + i,
      a ?? null,
      a ?? null,
      a ? Z : null,
      a ? Z : null,
    ]);
  }
  const b = n + 1;
  const e = 32 + n;
  g.row([
    "本年收入合计",
    b,
    income.generalBudget,
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
    appropriationOpeningBalance,
    "年末财政拨款结转和结余",
    e + 1,
    appropriationClosingBalance,
    Z,
    Z,
    Z,
  ]);
  g.row(["一般公共预算财政拨款", b + 2, appropriationOpeningBalance]);
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

/** Coded columns, then 本年支出 over 小计/合计 | 基本支出 | 项目支出, and the 栏次 row (公开05表, 公开10表). */
function spendingHeader(g: GridBuilder, r: number, first: "小计" | "合计"): void {
  codedHeader(g, r);
  g.set(r, 4, "本年支出");
  g.merge(r, 4, r, 6);
  [first, "基本支出", "项目支出"].forEach((t, i) => {
    g.set(r + 1, 4 + i, t);
    g.merge(r + 1, 4 + i, r + 2, 4 + i);
  });
  g.markHeader(r, r + 1, r + 2);
  colNumbers(g, 4, 3);
}

/** 公开05表 一般公共预算财政拨款支出决算表 */
function generalBudgetSheet(): SampleSheet {
  const g = new GridBuilder(7);
  head(g, "一般公共预算财政拨款支出决算表", 5);
  const r = g.next;
  spendingHeader(g, r, "小计");
  const t = g.row([]);
  totalLabel(g, t, "合计");
  [generalBudgetExpenditure, basicTotal, appropriationProjectTotal].forEach((v, i) => g.set(t, 4 + i, v));
  for (const l of functionalRows()) {
    const [c, s, it] = splitCode(l.code);
    g.row([c, s, it, l.name, lineAppropriation(l), l.basic, l.project]);
  }
  return g.build("一般公共预算财政拨款支出决算表", { widths: [...CODED_WIDTHS, 18, 18, 18], freezeRows: 8 });
}

/** Two blocks side by side: 人员经费 | 公用经费 (used by 公开06表 and, empty, 公开09表). */
function twoBlockSheet(
  title: string,
  no: number,
  personnel: EconomicLine[],
  pub: EconomicLine[],
  totals: { personnel: Dec | null; public: Dec | null },
  emptyNote?: string,
): SampleSheet {
  const g = new GridBuilder(6);
  head(g, title, no);
  const h = g.row(["人员经费", null, null, "公用经费"]);
  g.merge(h, 0, h, 2);
  g.merge(h, 3, h, 5);
  const h2 = g.row(["科目编码", "科目名称", "决算数", "科目编码", "科目名称", "决算数"]);
  g.markHeader(h, h2);
  const n = Math.max(personnel.length, pub.length);
  for (let i = 0; i < n; i++) {
    const p = personnel[i];
    const q = pub[i];
    g.row([
      p?.code ?? null,
      p?.name ?? null,
      p ? p.actual : null,
      q?.code ?? null,
      q?.name ?? null,
      q ? q.actual : null,
    ]);
  }
  const t = g.row(["人员经费合计", null, totals.personnel, "公用经费合计", null, totals.public]);
  g.merge(t, 0, t, 1);
  g.merge(t, 3, t, 4);
  if (emptyNote) note(g, emptyNote);
  return g.build(title, { widths: [10, 28, 18, 10, 28, 18], freezeRows: 5 });
}

/** 公开07表 一般公共预算财政拨款项目支出决算表 (by 经济分类 类) */
function projectSheet(): SampleSheet {
  const g = new GridBuilder(3);
  head(g, "一般公共预算财政拨款项目支出决算表", 7);
  const h = g.row(["科目编码", "科目名称", "决算数"]);
  g.markHeader(h);
  const t = g.row(["合计", null, appropriationProjectTotal]);
  g.merge(t, 0, t, 1);
  for (const l of projectEconomic) g.row([l.code, l.name, l.actual]);
  return g.build("一般公共预算财政拨款项目支出决算表", { widths: [12, 30, 18], freezeRows: 4 });
}

/** 公开08表 政府性基金预算财政拨款收入支出决算表 (empty) */
function governmentFundSheet(): SampleSheet {
  const g = new GridBuilder(10);
  head(g, "政府性基金预算财政拨款收入支出决算表", 8);
  const r = g.next;
  codedHeader(g, r);
  tallHeader(g, r, 4, "年初结转和结余");
  tallHeader(g, r, 5, "本年收入");
  g.set(r, 6, "本年支出");
  g.merge(r, 6, r, 8);
  ["小计", "基本支出", "项目支出"].forEach((t, i) => {
    g.set(r + 1, 6 + i, t);
    g.merge(r + 1, 6 + i, r + 2, 6 + i);
  });
  tallHeader(g, r, 9, "年末结转和结余");
  g.markHeader(r, r + 1, r + 2);
  colNumbers(g, 4, 6);
  const t = g.row([]);
  totalLabel(g, t, "合计");
  note(g, "本单位本年度无政府性基金预算财政拨款收入支出，故本表为空表。");
  return g.build("政府性基金预算财政拨款收入支出决算表", {
    widths: [...CODED_WIDTHS, 14, 14, 14, 14, 14, 14],
    freezeRows: 8,
  });
}

/** 公开10表 国有资本经营预算财政拨款支出决算表 (empty) */
function stateCapitalSheet(): SampleSheet {
  const g = new GridBuilder(7);
  head(g, "国有资本经营预算财政拨款支出决算表", 10);
  const r = g.next;
  spendingHeader(g, r, "合计");
  const t = g.row([]);
  totalLabel(g, t, "合计");
  note(g, "本单位本年度无国有资本经营预算财政拨款支出，故本表为空表。");
  return g.build("国有资本经营预算财政拨款支出决算表", {
    widths: [...CODED_WIDTHS, 16, 16, 16],
    freezeRows: 8,
  });
}

/**
 * 公开11表 财政拨款“三公”经费支出决算表 in the Beijing layout of `year`: 12 amount columns in one row, 年初预算数
 * then 决算数, each 合计 | 因公出国（境）费 | 车辆小计 | 购置费 | 运行维护费 | 公务接待费.
 */
export function beijingThreePublicSheet(
  year: number,
  amounts: Parameters<GridBuilder["row"]>[0],
): SampleSheet {
  const g = new GridBuilder(12);
  beijingHead(g, year, "财政拨款“三公”经费支出决算表", 11);
  const r = g.row(["年初预算数", null, null, null, null, null, "决算数"]);
  g.merge(r, 0, r, 5);
  g.merge(r, 6, r, 11);
  for (const off of [0, 6]) {
    g.set(r + 1, off, "合计");
    g.merge(r + 1, off, r + 2, off);
    g.set(r + 1, off + 1, "因公出国（境）费");
    g.merge(r + 1, off + 1, r + 2, off + 1);
    g.set(r + 1, off + 2, "公务用车购置及运行维护费");
    g.merge(r + 1, off + 2, r + 1, off + 4);
    g.set(r + 2, off + 2, "小计");
    g.set(r + 2, off + 3, "公务用车购置费");
    g.set(r + 2, off + 4, "公务用车运行维护费");
    g.set(r + 1, off + 5, "公务接待费");
    g.merge(r + 1, off + 5, r + 2, off + 5);
  }
  g.markHeader(r, r + 1, r + 2);
  const ln = g.row(Array.from({ length: 12 }, (_, i) => i + 1));
  g.plainNumberRows.push(ln);
  g.markHeader(ln);
  g.row(amounts);
  return g.build("财政拨款“三公”经费支出决算表", { widths: Array(12).fill(14), freezeRows: 7 });
}

function threePublicSheet(): SampleSheet {
  const kinds = [
    "total",
    "overseasTravel",
    "officialVehicles",
    "vehiclePurchase",
    "vehicleOperation",
    "officialReception",
  ] as const;
  return beijingThreePublicSheet(MENTOUGOU_YEAR, [
    ...kinds.map((k) => threePublic.budget[k]),
    ...kinds.map((k) => threePublic.actual[k]),
  ]);
}

/** 公开12表 政府采购情况表 */
function procurementSheet(): SampleSheet {
  const g = new GridBuilder(7);
  head(g, "政府采购情况表", 12);
  const r = g.row(["项目", "政府采购支出总额", "政府采购货物支出", "政府采购工程支出", "政府采购服务支出"]);
  g.merge(r, 0, r + 1, 0);
  g.merge(r, 1, r + 1, 1);
  g.merge(r, 2, r + 1, 2);
  g.merge(r, 3, r + 1, 3);
  g.merge(r, 4, r + 1, 4);
  g.set(r, 5, "授予中小企业合同金额");
  g.merge(r, 5, r + 1, 5);
  g.set(r, 6, "其中：授予小微企业合同金额");
  g.merge(r, 6, r + 1, 6);
  g.markHeader(r, r + 1);
  const p = procurement;
  g.row(["合计", p.total, p.goods, p.works, p.services, p.smeContracts, p.microSmallContracts]);
  return g.build("政府采购情况表", { widths: [10, 18, 18, 18, 18, 20, 24], freezeRows: 5 });
}

/** 公开13表 政府购买服务决算公开情况表 (empty) */
function purchasedServicesSheet(): SampleSheet {
  const g = new GridBuilder(5);
  head(g, "政府购买服务决算公开情况表", 13);
  const r = g.row(["序号", "项目名称", "购买服务内容", "承接主体", "决算金额"]);
  g.markHeader(r);
  const t = g.row(["合计"]);
  g.merge(t, 0, t, 3);
  note(g, "本单位本年度无政府购买服务支出，故本表为空表。");
  return g.build("政府购买服务决算公开情况表", {
    widths: [8, 30, 30, 20, 16],
    freezeRows: 4,
    plainNumberColumns: [0],
  });
}

/** The 13 sheets, in 公开表 order. */
export function mentougouSheets(): SampleSheet[] {
  return [
    summarySheet(),
    incomeSheet(),
    expenditureSheet(),
    appropriationSummarySheet(),
    generalBudgetSheet(),
    twoBlockSheet("一般公共预算财政拨款基本支出决算表", 6, basicPersonnel, basicPublic, {
      personnel: personnelTotal,
      public: publicTotal,
    }),
    projectSheet(),
    governmentFundSheet(),
    twoBlockSheet(
      "政府性基金预算财政拨款基本支出决算表",
      9,
      [],
      [],
      { personnel: null, public: null },
      "本单位本年度无政府性基金预算财政拨款基本支出，故本表为空表。",
    ),
    stateCapitalSheet(),
    threePublicSheet(),
    procurementSheet(),
    purchasedServicesSheet(),
  ];
}
