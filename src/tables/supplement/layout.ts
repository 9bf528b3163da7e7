/**
 * The supplementary sheet (补充信息): its name, columns, blocks and the machine keys of its rows.
 *
 * Every data row carries a key in column A: `<kind>:<name>`, e.g. `budget:functional:20601`,
 * `priorYear:grandTotal`, `count:vehiclesHeld`, `reason:basicEconomic:302`. Labels, codes and
 * hints are for people; only the key and the value (and, for key projects, name and description)
 * are read back. See docs/supplementary-sheet.md.
 */
import type { CountKey, PriorYearKey, Supplement, ThreePublicKind } from "../model";

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
} as const;

export const PRIOR_YEAR_LABELS: Record<PriorYearKey, string> = {
  grandTotal: "收、支总计",
  incomeTotal: "本年收入合计",
  expenditureTotal: "本年支出合计",
  appropriationGrandTotal: "财政拨款收、支总计",
  generalBudgetExpenditure: "一般公共预算财政拨款支出",
  agencyOperatingCost: "机关运行经费",
  "threePublic:total": "“三公”经费合计",
  "threePublic:overseasTravel": "因公出国（境）费",
  "threePublic:officialVehicles": "公务用车购置及运行维护费",
  "threePublic:vehiclePurchase": "公务用车购置费",
  "threePublic:vehicleOperation": "公务用车运行维护费",
  "threePublic:officialReception": "公务接待费",
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
