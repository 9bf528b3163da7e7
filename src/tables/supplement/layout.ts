/**
 * The supplementary sheet (补充信息): its name, columns, blocks and the machine keys of its rows.
 *
 * Every data row carries a key in column A: `<kind>:<name>`, e.g. `budget:functional:20601`,
 * `priorYear:grandTotal`, `count:vehiclesHeld`, `reason:basicEconomic:302`. Labels, codes and
 * hints are for people; only the key and the value (and, for key projects, name and description)
 * are read back. See docs/supplementary-sheet.md.
 */
import type { CountKey, PriorYearKey, Supplement, SupplementAmountKey, ThreePublicKind } from "../model";

export const SUPPLEMENT_SHEET_NAME = "补充信息";

/** Column headings, in order: 键 | 编码 | 项目 | 数值 | 说明. */
export const SUPPLEMENT_HEADINGS = ["键", "编码", "项目", "数值", "说明"] as const;
export const COL = { key: 0, code: 1, label: 2, value: 3, note: 4 } as const;

export const SUPPLEMENT_TITLE = "补充信息（公开表以外、决算说明需要的数据）";

/** Key prefixes, one per kind of row. */
export type SupplementKind =
  | "priorYear"
  | "budget"
  | "count"
  | "agencyOperatingCost"
  | "vehicleOperation"
  | "asset"
  | "amount"
  | "purpose"
  | "text"
  | "keyProject"
  | "reason";

export const BLOCK_TITLES = {
  priorYear: "一、上年决算数",
  budgetFunctional: "二、年初预算数——一般公共预算财政拨款支出（按功能分类）",
  budgetBasic: "三、年初预算数——基本支出（按经济分类）",
  budgetProject: "四、年初预算数——项目支出（按经济分类）",
  counts: "五、数量",
  agencyOperatingCost: "六、机关运行经费",
  vehicleOperation: "七、公务用车运行维护费明细",
  assets: "八、国有资产占用情况",
  texts: "九、文字说明",
  keyProjects: "十、重点项目",
  reasons: "十一、主要原因（增减变动原因）",
  amounts: "十二、其他金额（政府采购、外宾接待、预算绩效）",
  purposes: "十三、主要用途（各项级科目“主要用于”）",
} as const;

export const PRIOR_YEAR_LABELS: Record<PriorYearKey, string> = {
  grandTotal: "收、支总计",
  incomeTotal: "本年收入合计",
  expenditureTotal: "本年支出合计",
  appropriationGrandTotal: "财政拨款收、支总计",
  generalBudgetExpenditure: "一般公共预算财政拨款支出",
  agencyOperatingCost: "机关运行经费",
  threePublicTotal: "“三公”经费合计",
  threePublicOverseasTravel: "因公出国（境）费",
  threePublicOfficialVehicles: "公务用车购置及运行维护费",
  threePublicOfficialReception: "公务接待费",
};

export const COUNT_LABELS: Record<CountKey, { label: string; unit: string }> = {
  vehiclesHeld: { label: "公务用车保有量", unit: "辆" },
  vehiclesPurchased: { label: "购置（更新）公务用车", unit: "辆" },
  overseasGroups: { label: "因公出国（境）团组", unit: "个" },
  overseasPersons: { label: "因公出国（境）人次", unit: "人次" },
  receptionBatches: { label: "公务接待批次", unit: "批次" },
  receptionPersons: { label: "公务接待人次", unit: "人次" },
  administrativeUnits: { label: "“三公”经费范围：行政单位", unit: "个" },
  civilServantManagedUnits: { label: "“三公”经费范围：参照公务员法管理事业单位", unit: "个" },
  publicInstitutions: { label: "“三公”经费范围：事业单位", unit: "个" },
  receptionForeignBatches: { label: "接待外宾批次", unit: "批次" },
  receptionForeignPersons: { label: "接待外宾人次", unit: "人次" },
  vehiclesMinisterial: { label: "车辆：部级领导干部用车", unit: "辆" },
  vehiclesLeaders: { label: "车辆：主要领导干部用车", unit: "辆" },
  vehiclesConfidential: { label: "车辆：机要通信用车", unit: "辆" },
  vehiclesEmergency: { label: "车辆：应急保障用车", unit: "辆" },
  vehiclesLawEnforcement: { label: "车辆：执法执勤用车", unit: "辆" },
  vehiclesSpecialTechnical: { label: "车辆：特种专业技术用车", unit: "辆" },
  vehiclesRetiredCadres: { label: "车辆：离退休干部用车", unit: "辆" },
  vehiclesOther: { label: "车辆：其他用车", unit: "辆" },
  perfTargetProjects: { label: "预算绩效：编报绩效目标的项目", unit: "个" },
  perfTrackedProjects: { label: "预算绩效：绩效跟踪评价的项目", unit: "个" },
  perfSelfEvaluatedProjects: { label: "预算绩效：绩效自评的项目", unit: "个" },
  perfAverageScore: { label: "预算绩效：自评平均得分", unit: "分" },
  perfRatedExcellent: { label: "预算绩效：评级为“优”的项目", unit: "个" },
  perfRatedGood: { label: "预算绩效：评级为“良”的项目", unit: "个" },
  perfRatedPass: { label: "预算绩效：评级为“合格”的项目", unit: "个" },
  perfRatedFail: { label: "预算绩效：评级为“不合格”的项目", unit: "个" },
  perfIssuesFound: { label: "预算绩效：自评发现问题", unit: "个" },
  perfIssuesFixed: { label: "预算绩效：已完成整改的问题", unit: "个" },
  perfIssuesFixing: { label: "预算绩效：正在整改的问题", unit: "个" },
};

/** The eight vehicle kinds of the Shanghai template, in its order. */
export const VEHICLE_KIND_KEYS = [
  "vehiclesMinisterial",
  "vehiclesLeaders",
  "vehiclesConfidential",
  "vehiclesEmergency",
  "vehiclesLawEnforcement",
  "vehiclesSpecialTechnical",
  "vehiclesRetiredCadres",
  "vehiclesOther",
] as const satisfies readonly CountKey[];

export const AMOUNT_LABELS: Record<SupplementAmountKey, string> = {
  receptionForeign: "外宾接待支出",
  procurementTotal: "政府采购金额（以合同签订为准）",
  procurementGoods: "政府采购：货物采购金额",
  procurementWorks: "政府采购：工程采购金额",
  procurementServices: "政府采购：服务采购金额",
  smeReserved: "面向中小企业预留政府采购项目预算金额",
  microReserved: "面向小微企业预留政府采购项目预算金额",
  smeAwardedReserved: "预留项目中由中小企业中标或成交的采购金额",
  microAwardedReserved: "预留项目中由小微企业中标或成交的采购金额",
  smeAwardedOther: "其他项目中由中小企业中标或成交的采购金额",
  perfTargetBudget: "预算绩效：编报绩效目标的项目涉及预算金额",
  perfTrackedBudget: "预算绩效：绩效跟踪评价的项目涉及预算金额",
  perfSelfEvaluatedBudget: "预算绩效：绩效自评的项目涉及预算金额",
};

type AssetKey = keyof Supplement["assets"];

/** Asset rows: amounts (元) or counts with their own unit. */
export const ASSET_ROWS: Record<AssetKey, { label: string; unit: string | null }> = {
  fixedAssetsTotal: { label: "固定资产年末数总额", unit: null },
  buildingArea: { label: "房屋面积", unit: "平方米" },
  buildingValue: { label: "房屋价值", unit: null },
  vehicleCount: { label: "汽车数量", unit: "辆" },
  vehicleValue: { label: "汽车价值", unit: null },
  equipmentOver500k: { label: "单价50万元以上专用设备", unit: "台（套）" },
  equipmentOver1m: { label: "单价100万元以上专用设备", unit: "台（套）" },
};

export const ASSET_COUNT_KEYS = new Set<AssetKey>(["buildingArea", "vehicleCount", "equipmentOver500k", "equipmentOver1m"]);

type TextKey = keyof Supplement["texts"];
export const TEXT_LABELS: Record<TextKey, string> = {
  duties: "部门机构设置、职责",
  staffing: "人员构成情况",
  overseasPurpose: "因公出国（境）费用主要用途",
  receptionPurpose: "公务接待费主要用途",
  feesNote: "行政事业性收费情况",
  performance: "绩效评价情况",
  units: "部门决算单位构成",
  vehiclePurchasePurpose: "公务用车购置支出主要用途",
  vehicleOperationPurpose: "公务用车运行维护支出主要用途",
  perfSystems: "预算绩效管理制度（名称）",
  perfMechanism: "预算绩效管理工作机制",
};

export const THREE_PUBLIC_LABELS: Record<ThreePublicKind, string> = {
  total: "“三公”经费合计",
  overseasTravel: "因公出国（境）费",
  officialVehicles: "公务用车购置及运行维护费",
  vehiclePurchase: "公务用车购置费",
  vehicleOperation: "公务用车运行维护费",
  officialReception: "公务接待费",
};

/** Default labels of the 公务用车运行维护费 breakdown rows. */
export const VEHICLE_OPERATION_LABELS = ["加油", "维修", "保险", "其他"];

/** Reason rows for the totals (LineKey "total:<PriorYearKey>"). */
export const TOTAL_REASON_KEYS: PriorYearKey[] = [
  "grandTotal",
  "incomeTotal",
  "expenditureTotal",
  "appropriationGrandTotal",
];

type TextKeyName = keyof Supplement["texts"];

/**
 * Which optional rows a sheet lists. The defaults are the Beijing/central rows; a region profile
 * names the extra keys its template needs (src/narrative/profiles/*.ts, `supplementKeys`).
 */
export interface SupplementKeySet {
  priorYear: readonly PriorYearKey[];
  counts: readonly CountKey[];
  texts: readonly TextKeyName[];
  amounts: readonly SupplementAmountKey[];
  /** List a 主要用途 row for every 功能分类 项 (and the fund tables' 项). */
  purposes: boolean;
}

export const BASE_KEY_SET: SupplementKeySet = {
  priorYear: ["grandTotal", "incomeTotal", "expenditureTotal", "appropriationGrandTotal", "generalBudgetExpenditure", "agencyOperatingCost"],
  counts: [
    "vehiclesHeld",
    "vehiclesPurchased",
    "overseasGroups",
    "overseasPersons",
    "receptionBatches",
    "receptionPersons",
    "administrativeUnits",
    "civilServantManagedUnits",
    "publicInstitutions",
  ],
  texts: ["duties", "staffing", "overseasPurpose", "receptionPurpose", "feesNote", "performance"],
  amounts: [],
  purposes: false,
};
