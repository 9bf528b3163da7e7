/**
 * Item vocabulary as data: the words a narrative uses for an item → where the item's figures live in
 * FinalAccounts. A source is a model path ("incomeExpenditureSummary.incomeTotal"), a list of paths
 * (the first present wins) or a sum ("a + b + c"). Functional 类/款/项, 经济分类 lines and key projects
 * are added from the accounts themselves (buildItems).
 */
import { Dec, ZERO } from "../core";
import type { CountKey, EconomicTable, Figure, FinalAccounts } from "../tables/model";
import type { ItemFigures } from "./model";

export type Source = string | string[];

/** Which 经济分类 table a line such as "工资福利支出" belongs to, set by the paragraph it is in. */
export type EconomicScope = "basic" | "project" | "governmentFund";

export interface VocabEntry {
  id: string;
  label: string;
  pattern: RegExp;
  actual?: Source;
  priorYear?: Source;
  budget?: Source;
  /** When the table the first path reads exists but has no such row, the amount is 0. */
  absentIsZero?: boolean;
  /** Other figures the words may mean; a claim that fits any of them is not flagged. */
  also?: Source[];
  parts?: string[];
  /** A mention sets the 经济分类 scope of the lines that follow. */
  setsScope?: EconomicScope;
}

const Q = "[“”\"'‘’]?"; // optional quote
const PAREN = (s: string) => `[（(]${s}[）)]`;

export const VOCABULARY: VocabEntry[] = [
  {
    id: "grandTotal",
    label: "收、支总计",
    pattern: /(?<!财政拨款)(?:收[、，,]?支总计|收入支出总计)/,
    actual: ["incomeExpenditureSummary.incomeGrandTotal", "incomeExpenditureSummary.expenditureGrandTotal"],
    priorYear: "supplement.priorYear.grandTotal",
  },
  {
    id: "appropriationGrandTotal",
    label: "财政拨款收、支总计",
    pattern: /财政拨款(?:收[、，,]?支总计|收入支出总计)/,
    actual: ["appropriationSummary.incomeGrandTotal", "appropriationSummary.expenditureGrandTotal"],
    priorYear: "supplement.priorYear.appropriationGrandTotal",
  },
  {
    id: "incomeTotal",
    label: "本年收入合计",
    pattern: /本年收入合计/,
    actual: ["incomeExpenditureSummary.incomeTotal", "incomeTable.total.total"],
    priorYear: "supplement.priorYear.incomeTotal",
    parts: ["appropriationIncome", "superiorSubsidy", "serviceIncome", "businessIncome", "affiliateRemittance", "otherIncome"],
  },
  {
    id: "expenditureTotal",
    label: "本年支出合计",
    pattern: /本年支出合计/,
    actual: ["incomeExpenditureSummary.expenditureTotal", "expenditureTable.total.total"],
    priorYear: "supplement.priorYear.expenditureTotal",
    parts: ["basic", "project", "remittanceToSuperior", "businessExpenditure", "affiliateSubsidy"],
  },
  {
    id: "appropriationIncome",
    label: "财政拨款收入",
    pattern: /财政拨款收入/,
    actual: [
      "incomeTable.total.appropriation",
      "incomeExpenditureSummary.income.generalBudget + incomeExpenditureSummary.income.governmentFund + incomeExpenditureSummary.income.stateCapital",
    ],
  },
  { id: "superiorSubsidy", label: "上级补助收入", pattern: /上级补助收入/, absentIsZero: true, actual: ["incomeExpenditureSummary.income.superiorSubsidy", "incomeTable.total.superiorSubsidy"] },
  { id: "serviceIncome", label: "事业收入", pattern: /事业收入/, absentIsZero: true, actual: ["incomeExpenditureSummary.income.serviceIncome", "incomeTable.total.serviceIncome"] },
  { id: "businessIncome", label: "经营收入", pattern: /经营收入/, absentIsZero: true, actual: ["incomeExpenditureSummary.income.businessIncome", "incomeTable.total.businessIncome"] },
  {
    id: "affiliateRemittance",
    absentIsZero: true,
    label: "附属单位上缴收入",
    pattern: /附属单位上缴收入/,
    actual: ["incomeExpenditureSummary.income.affiliateRemittance", "incomeTable.total.affiliateRemittance"],
  },
  { id: "otherIncome", label: "其他收入", pattern: /其他收入/, absentIsZero: true, actual: ["incomeExpenditureSummary.income.otherIncome", "incomeTable.total.otherIncome"] },
  { id: "basic", label: "基本支出", pattern: /基本支出/, actual: "expenditureTable.total.basic", also: ["generalBudgetExpenditure.total.basic"] },
  { id: "project", label: "项目支出", pattern: /项目支出/, actual: "expenditureTable.total.project", also: ["generalBudgetExpenditure.total.project"] },
  { id: "remittanceToSuperior", label: "上缴上级支出", pattern: /上缴上级支出/, absentIsZero: true, actual: "expenditureTable.total.remittanceToSuperior" },
  { id: "businessExpenditure", label: "经营支出", pattern: /经营支出/, absentIsZero: true, actual: "expenditureTable.total.businessExpenditure" },
  { id: "affiliateSubsidy", label: "对附属单位补助支出", pattern: /对附属单位补助支出/, absentIsZero: true, actual: "expenditureTable.total.affiliateSubsidy" },
  {
    id: "generalBudgetExpenditure",
    label: "一般公共预算财政拨款支出",
    pattern: /一般公共预算财政拨款支出/,
    actual: ["generalBudgetExpenditure.total.total", "appropriationSummary.expenditureTotal.generalBudget"],
    priorYear: "supplement.priorYear.generalBudgetExpenditure",
  },
  {
    id: "generalBudgetBasic",
    label: "一般公共预算财政拨款基本支出",
    pattern: /一般公共预算财政拨款(?:安排)?(?:的)?基本支出/,
    actual: ["generalBudgetExpenditure.total.basic", "basicExpenditureByEconomic.total"],
    budget: ["supplement.initialBudgets.basicEconomic:total", "generalBudgetExpenditure.total.initialBudget"],
    setsScope: "basic",
  },
  {
    id: "generalBudgetProject",
    label: "一般公共预算财政拨款项目支出",
    pattern: /一般公共预算财政拨款(?:安排)?(?:的)?项目支出/,
    actual: ["generalBudgetExpenditure.total.project", "projectExpenditureByEconomic.total"],
    budget: "supplement.initialBudgets.projectEconomic:total",
    setsScope: "project",
  },
  {
    id: "governmentFundBasic",
    label: "政府性基金预算财政拨款基本支出",
    pattern: /政府性基金(?:预算)?财政拨款(?:安排)?(?:的)?基本支出/,
    actual: "governmentFundTable.total.basic",
    budget: ["supplement.initialBudgets.governmentFundBasic", "supplement.initialBudgets.governmentFundBasic:total"],
    setsScope: "governmentFund",
  },
  {
    id: "stateCapital",
    label: "国有资本经营预算财政拨款支出",
    pattern: /国有资本经营预算财政拨款(?:安排)?(?:的)?支出/,
    actual: "stateCapitalTable.total.total",
    budget: ["supplement.initialBudgets.stateCapital", "supplement.initialBudgets.stateCapital:total"],
  },
  {
    id: "personnelCost",
    label: "人员经费",
    pattern: /人员经费/,
    actual: "basicExpenditureByEconomic.personnelTotal",
  },
  {
    id: "publicCost",
    label: "公用经费",
    pattern: /(?<!日常)公用经费(?!支出)/,
    actual: "basicExpenditureByEconomic.publicTotal",
  },
  {
    id: "agencyOperatingCost",
    label: "机关运行经费",
    pattern: /机关运行经费|日常公用经费(?:支出)?/,
    actual: "supplement.agencyOperatingCost",
    priorYear: "supplement.priorYear.agencyOperatingCost",
  },
  {
    id: "threePublic:total",
    label: "“三公”经费",
    pattern: new RegExp(`${Q}三公${Q}经费`),
    actual: "threePublicTable.actual.total",
    budget: ["threePublicTable.budget.total", "supplement.initialBudgets.threePublic:total"],
    parts: ["threePublic:overseasTravel", "threePublic:officialReception", "threePublic:officialVehicles"],
  },
  {
    id: "threePublic:overseasTravel",
    label: "因公出国（境）费",
    pattern: new RegExp(`(?<!人均)因公出国${PAREN("境")}费(?:用)?`),
    actual: "threePublicTable.actual.overseasTravel",
    budget: ["threePublicTable.budget.overseasTravel", "supplement.initialBudgets.threePublic:overseasTravel"],
  },
  {
    id: "threePublic:officialReception",
    label: "公务接待费",
    pattern: /公务接待费(?:用)?/,
    actual: "threePublicTable.actual.officialReception",
    budget: ["threePublicTable.budget.officialReception", "supplement.initialBudgets.threePublic:officialReception"],
  },
  {
    id: "threePublic:officialVehicles",
    label: "公务用车购置及运行维护费",
    pattern: /公务用车购置及运行(?:维护)?费/,
    actual: "threePublicTable.actual.officialVehicles",
    budget: ["threePublicTable.budget.officialVehicles", "supplement.initialBudgets.threePublic:officialVehicles"],
    parts: ["threePublic:vehiclePurchase", "threePublic:vehicleOperation"],
  },
  {
    id: "threePublic:vehiclePurchase",
    label: "公务用车购置费",
    pattern: /公务用车购置费/,
    actual: "threePublicTable.actual.vehiclePurchase",
    budget: ["threePublicTable.budget.vehiclePurchase", "supplement.initialBudgets.threePublic:vehiclePurchase"],
  },
  {
    id: "threePublic:vehicleOperation",
    label: "公务用车运行维护费",
    pattern: /公务用车运行(?:维护)?费/,
    actual: "threePublicTable.actual.vehicleOperation",
    budget: ["threePublicTable.budget.vehicleOperation", "supplement.initialBudgets.threePublic:vehicleOperation"],
  },
  {
    id: "procurement:total",
    label: "政府采购支出总额",
    pattern: /政府采购支出总额|政府采购金额/,
    actual: "procurementTable.total",
    parts: ["procurement:goods", "procurement:works", "procurement:services"],
  },
  { id: "procurement:goods", label: "政府采购货物支出", pattern: /政府采购货物支出|货物采购金额/, actual: "procurementTable.goods" },
  { id: "procurement:works", label: "政府采购工程支出", pattern: /政府采购工程支出|工程采购金额/, actual: "procurementTable.works" },
  { id: "procurement:services", label: "政府采购服务支出", pattern: /政府采购服务支出|服务采购金额/, actual: "procurementTable.services" },
  { id: "procurement:sme", label: "授予中小企业合同金额", pattern: /授予中小企业合同金额/, actual: "procurementTable.smeContracts" },
  { id: "procurement:microSmall", label: "授予小微企业合同金额", pattern: /授予小微企业合同金额/, actual: "procurementTable.microSmallContracts" },
  { id: "purchasedServices", label: "政府购买服务支出", pattern: /政府购买服务支出/, actual: "purchasedServicesTable.total" },
  { id: "buildingValue", label: "房屋价值", pattern: /房屋(?:建筑)?面积/, actual: "supplement.assets.buildingValue" },
  { id: "vehicleValue", label: "车辆价值", pattern: /汽车(?=\d+辆)/, actual: "supplement.assets.vehicleValue" },
  { id: "fixedAssets", label: "固定资产总额", pattern: /固定资产(?:年末数)?总额/, actual: "supplement.assets.fixedAssetsTotal" },
];

/** Per-unit figures: amount ÷ count, to the fen. */
export const PER_UNIT_VOCABULARY: { id: string; label: string; pattern: RegExp; amount: string; count: CountKey }[] = [
  { id: "perUnit:vehicleOperation", label: "车均运行维护费", pattern: /车均运行(?:维护)?费/, amount: "threePublicTable.actual.vehicleOperation", count: "vehiclesHeld" },
  { id: "perUnit:vehiclePurchase", label: "车均购置费", pattern: /车均购置费/, amount: "threePublicTable.actual.vehiclePurchase", count: "vehiclesPurchased" },
  {
    id: "perUnit:overseasTravel",
    label: "人均因公出国（境）费用",
    pattern: new RegExp(`人均因公出国${PAREN("境")}费(?:用)?`),
    amount: "threePublicTable.actual.overseasTravel",
    count: "overseasPersons",
  },
];

/**
 * Counts: the words near a count and its unit. `before` is looked for in the words just before the
 * number, `after` right after its unit; `sentence` limits the entry to sentences containing it.
 */
export const COUNT_VOCABULARY: { id: string; label: string; source: string; unit: string; before?: RegExp; after?: RegExp; sentence?: RegExp }[] = [
  { id: "vehiclesHeld", label: "公务用车保有量", source: "supplement.counts.vehiclesHeld", unit: "辆", before: /保有量[^，。；]{0,4}$/ },
  { id: "vehiclesPurchased", label: "购置（更新）车辆数", source: "supplement.counts.vehiclesPurchased", unit: "辆", before: /购置(?:[（(]更新[）)])?[^，。；]{0,4}$/ },
  { id: "overseasGroups", label: "因公出国（境）团组数", source: "supplement.counts.overseasGroups", unit: "个", before: /团组[^，。；]{0,4}$/ },
  { id: "overseasPersons", label: "因公出国（境）人次", source: "supplement.counts.overseasPersons", unit: "人次", before: /团组\d+个[、，,]?$|出国[（(]境[）)][^，。；\d]{0,6}$/ },
  { id: "receptionBatches", label: "公务接待批次", source: "supplement.counts.receptionBatches", unit: "批次", before: /接待[^，。；\d]{0,4}$/ },
  { id: "receptionPersons", label: "公务接待人次", source: "supplement.counts.receptionPersons", unit: "人次", before: /接待(?:[^，。；\d]{0,4}|\d+批次[、，,]?)$/ },
  { id: "civilServantManagedUnits", label: "参照公务员法管理事业单位数", source: "supplement.counts.civilServantManagedUnits", unit: "个", after: /^参照公务员法管理/, sentence: /三公/ },
  { id: "administrativeUnits", label: "行政单位数", source: "supplement.counts.administrativeUnits", unit: "个", after: /^行政单位/, sentence: /三公/ },
  { id: "publicInstitutions", label: "事业单位数", source: "supplement.counts.publicInstitutions", unit: "个", after: /^事业单位/, sentence: /三公/ },
  { id: "buildingArea", label: "房屋面积", source: "supplement.assets.buildingArea", unit: "平方米", before: /房屋(?:建筑)?面积$/ },
  { id: "vehicleCount", label: "车辆数（国有资产）", source: "supplement.assets.vehicleCount", unit: "辆", before: /汽车$|车辆$/ },
  { id: "equipmentOver500k", label: "单价50万元以上专用设备", source: "supplement.assets.equipmentOver500k", unit: "台（套）", before: /50万元以上(?:的)?专用设备$/ },
  { id: "equipmentOver1m", label: "单价100万元以上专用设备", source: "supplement.assets.equipmentOver1m", unit: "台（套）", before: /100万元以上(?:的)?专用设备$/ },
];

/** 经济分类 类 lines by code: how narratives name them (tables' own names are added too). */
export const ECONOMIC_PATTERNS: Record<string, RegExp> = {
  "301": /工资福利支出/,
  "302": /商品和服务支出/,
  "303": /对个人和家庭(?:的)?补助(?:支出)?/,
  "307": /债务利息及费用支出/,
  "309": /资本性支出[（(]基本建设[）)]/,
  "310": /(?:其他)?资本性支出(?![（(]基本建设)/,
  "312": /对企业补助(?:支出)?/,
  "399": /其他支出/,
};

// ---------------------------------------------------------------------------------------------

function isFigure(x: unknown): x is Figure {
  return typeof x === "object" && x !== null && "value" in x && "cells" in x;
}

/** Reads one model path; keys may contain ":" (supplement.initialBudgets.functional:206). */
function readPath(root: unknown, path: string): Figure | undefined {
  let cur: unknown = root;
  for (const key of path.trim().split(".")) {
    if (typeof cur !== "object" || cur === null) return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return isFigure(cur) ? cur : undefined;
}

/** Resolves a source: the first path present; a "a + b" path is the exact sum of the parts present. */
export function resolveSource(accounts: FinalAccounts, source: Source | undefined): Figure | undefined {
  if (!source) return undefined;
  for (const path of Array.isArray(source) ? source : [source]) {
    if (path.includes("+")) {
      const parts = path.split("+").map((p) => readPath(accounts, p));
      const present = parts.filter((p): p is Figure => p !== undefined);
      if (present.length === 0) continue;
      return {
        value: present.reduce((s, f) => s.plus(f.value), ZERO),
        cells: present.flatMap((f) => f.cells),
        sourceUnit: present[0].sourceUnit,
      };
    }
    const f = readPath(accounts, path);
    if (f) return f;
  }
  return undefined;
}

/** Whether the table a source's first path reads is present. */
function tableOf(accounts: FinalAccounts, source: Source | undefined): boolean {
  const first = Array.isArray(source) ? source[0] : source;
  const root = first?.split(".")[0];
  return !!root && (accounts as unknown as Record<string, unknown>)[root] !== undefined;
}

export interface FunctionalItem {
  code: string;
  name: string;
  level: "class" | "section" | "item";
}

/** Everything the binder needs: figures by item id, plus the dynamic patterns. */
export interface ItemRegistry {
  items: Map<string, ItemFigures>;
  functional: FunctionalItem[];
  economic: { scope: EconomicScope; code: string; pattern: RegExp }[];
  keyProjects: { id: string; name: string; pattern: RegExp }[];
  breakdown: { id: string; pattern: RegExp }[];
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A pattern that matches a name whatever its quotes, brackets or dashes. */
export function loosePattern(name: string): RegExp {
  const core = name.replace(/[“”"'‘’]/g, "").trim();
  const body = [...core]
    .map((ch) => {
      if (/[（(]/.test(ch)) return "[（(]";
      if (/[）)]/.test(ch)) return "[）)]";
      if (/[-—–－]/.test(ch)) return "[-—–－]+";
      return escapeRe(ch);
    })
    .join(`[“”"'‘’]?`);
  return new RegExp(body);
}

function economicRows(t: EconomicTable | undefined): EconomicTable["rows"] {
  return t?.rows.filter((r) => r.level === "class") ?? [];
}

export function buildItems(accounts: FinalAccounts): ItemRegistry {
  const items = new Map<string, ItemFigures>();
  const put = (i: ItemFigures) => items.set(i.id, i);
  for (const v of VOCABULARY) {
    const item: ItemFigures = { id: v.id, label: v.label };
    let actual = resolveSource(accounts, v.actual);
    if (!actual && v.absentIsZero && tableOf(accounts, v.actual)) actual = { value: ZERO, cells: [], sourceUnit: "yuan" };
    const prior = resolveSource(accounts, v.priorYear);
    const budget = resolveSource(accounts, v.budget);
    if (actual) item.actual = actual;
    if (prior) item.priorYear = prior;
    if (budget) item.budget = budget;
    if (v.parts) item.parts = v.parts;
    const also = (v.also ?? []).map((s) => resolveSource(accounts, s)).filter((x): x is Figure => x !== undefined);
    if (also.length > 0) item.alternatives = also;
    put(item);
  }
  const counts = accounts.supplement.counts;
  for (const c of COUNT_VOCABULARY) {
    const fig = resolveSource(accounts, c.source);
    put({ id: `count:${c.id}`, label: c.label, ...(fig && { count: fig }) });
  }
  for (const p of PER_UNIT_VOCABULARY) {
    const amount = resolveSource(accounts, p.amount);
    const count = counts[p.count];
    const item: ItemFigures = { id: p.id, label: p.label };
    if (amount && count && !count.value.isZero()) {
      item.actual = { value: amount.value.div(count.value), cells: [...amount.cells, ...count.cells], sourceUnit: amount.sourceUnit };
    } else if (amount && count) {
      item.actual = { value: ZERO, cells: [...amount.cells, ...count.cells], sourceUnit: amount.sourceUnit };
    }
    put(item);
  }

  // 公务用车运行维护费 breakdown (加油、维修、保险、其他): parts of 公务用车运行维护费.
  const breakdown: ItemRegistry["breakdown"] = [];
  accounts.supplement.vehicleOperationBreakdown.forEach((b, i) => {
    const id = `vehicleOperation:${i}`;
    const label = b.label.replace(/^公务用车/, "");
    put({ id, label: `公务用车${label}`, actual: b.amount });
    breakdown.push({ id, pattern: new RegExp(`公务用车${label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?:费)?`) });
  });
  const op = items.get("threePublic:vehicleOperation");
  if (op && breakdown.length > 0) op.parts = breakdown.map((b) => b.id);

  // Functional 类/款/项 of 一般公共预算财政拨款支出决算表.
  const functional: FunctionalItem[] = [];
  const gbe = accounts.generalBudgetExpenditure;
  const classIds: string[] = [];
  for (const row of gbe?.rows ?? []) {
    const id = `functional:${row.code}`;
    const budget = row.amounts.initialBudget ?? accounts.supplement.initialBudgets[id];
    const children = (gbe?.rows ?? [])
      .filter((r) => r.code.length === row.code.length + 2 && r.code.startsWith(row.code))
      .map((r) => `functional:${r.code}`);
    // 万元 tables may print the same class with two values (326.71 / 326.72): either is the table's.
    // (Summary tables name their class lines, often without codes.)
    const summaryLine = accounts.appropriationSummary?.expenditureByClass.find((l) => (l.code ? l.code === row.code : l.name.replace(/\s/g, "") === row.name));
    const other = summaryLine?.amounts.generalBudget ?? summaryLine?.amounts.total;
    put({
      id,
      label: row.name,
      ...(row.amounts.total && { actual: row.amounts.total }),
      ...(other && row.level === "class" && { alternatives: [other] }),
      ...(budget && { budget }),
      ...(children.length > 0 && { parts: children }),
    });
    functional.push({ code: row.code, name: row.name, level: row.level });
    if (row.level === "class") classIds.push(id);
  }
  const gb = items.get("generalBudgetExpenditure");
  if (gb && classIds.length > 0) gb.parts = classIds;

  // 经济分类 类 lines in each scope.
  const economic: ItemRegistry["economic"] = [];
  const scopes: [EconomicScope, EconomicTable | undefined, string, string][] = [
    ["basic", accounts.basicExpenditureByEconomic, "basicEconomic", "generalBudgetBasic"],
    ["project", accounts.projectExpenditureByEconomic, "projectEconomic", "generalBudgetProject"],
    ["governmentFund", accounts.governmentFundBasicExpenditure, "governmentFundEconomic", "governmentFundBasic"],
  ];
  for (const [scope, table, key, whole] of scopes) {
    const ids: string[] = [];
    const codes = new Set(Object.keys(ECONOMIC_PATTERNS));
    for (const row of economicRows(table)) codes.add(row.code);
    for (const code of codes) {
      const row = economicRows(table).find((r) => r.code === code);
      const id = `econ:${scope}:${code}`;
      const budget = row?.initialBudget ?? accounts.supplement.initialBudgets[`${key}:${code}`];
      const actual = row?.actual ?? (table ? { value: ZERO, cells: [], sourceUnit: "yuan" as const } : undefined);
      put({ id, label: row?.name ?? code, ...(actual && { actual }), ...(budget && { budget }) });
      if (row) ids.push(id);
      const pattern = ECONOMIC_PATTERNS[code] ?? (row ? loosePattern(row.name) : undefined);
      if (pattern) economic.push({ scope, code, pattern });
    }
    const w = items.get(whole);
    if (w && ids.length > 0) w.parts = ids;
  }

  // Key projects by name.
  const keyProjects: ItemRegistry["keyProjects"] = [];
  accounts.supplement.keyProjects.forEach((p, i) => {
    const id = `keyProject:${i}`;
    const name = p.name.replace(/项目$/, "");
    put({ id, label: p.name, ...(p.amount && { actual: p.amount }) });
    if (name.length >= 4) keyProjects.push({ id, name: p.name, pattern: loosePattern(name) });
  });
  return { items, functional, economic, keyProjects, breakdown };
}

/** Sum of the figures of the given items that have one. */
export function sumOf(items: ItemFigures[]): Dec {
  return items.reduce((s, i) => s.plus(i.actual?.value ?? ZERO), ZERO);
}
