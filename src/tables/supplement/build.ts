/**
 * Lays out the supplementary sheet (补充信息) for a department: every line the narrative may need,
 * pre-labelled from the detected tables, with the user's existing values kept. Pure.
 */
import { type CellValue, type Dec, type Unit, UNIT_LABEL, formatAmount, fromYuan } from "../../core";
import type { CountKey, EconomicTable, FinalAccounts, Figure, PriorYearKey, Supplement } from "../model";
import { THREE_PUBLIC_KINDS } from "../specs";
import { emptySupplement } from "./empty";
import {
  AMOUNT_LABELS,
  ASSET_COUNT_KEYS,
  BASE_KEY_SET,
  type SupplementKeySet,
  ASSET_ROWS,
  BLOCK_TITLES,
  COUNT_LABELS,
  PRIOR_YEAR_LABELS,
  SUPPLEMENT_HEADINGS,
  SUPPLEMENT_TITLE,
  TEXT_LABELS,
  THREE_PUBLIC_LABELS,
  TOTAL_REASON_KEYS,
  VEHICLE_OPERATION_LABELS,
} from "./layout";

export interface BuildSupplementOptions {
  /** Unit of the amounts written (and of the unit line); default 元. */
  unit?: Unit;
  /** Optional rows to list (a region profile's `supplementKeys`); default the Beijing/central rows. */
  keys?: SupplementKeySet;
}

/** The listed keys plus every key that already holds a value, in the labels' order. */
function listKeys<K extends string>(all: readonly K[], wanted: readonly K[], filled: (k: K) => boolean): K[] {
  return all.filter((k) => wanted.includes(k) || filled(k));
}

type Row = CellValue[];

const INDENT = "\u3000"; // ideographic space: indents 款/项 labels

/** A cell number from an exact decimal (the cell stores a double; ≤ 15 significant digits round-trip). */
function num(d: Dec): number {
  return d.toNumber();
}

/** A labelled line the sheet may list: its LineKey, code, label and (for hints) its actual amount. */
interface Line {
  key: string;
  code: string | null;
  label: string;
  actual?: Dec;
}

function functionalLines(accounts: FinalAccounts): Line[] {
  const t = accounts.generalBudgetExpenditure;
  if (!t) return [];
  return t.rows.map((r) => ({
    key: `functional:${r.code}`,
    code: r.code,
    label: (r.level === "section" ? INDENT : r.level === "item" ? INDENT + INDENT : "") + r.name,
    actual: r.amounts.total?.value,
  }));
}

function economicLines(prefix: string, table: EconomicTable | undefined): Line[] {
  if (!table) return [];
  return table.rows.map((r) => ({
    key: `${prefix}:${r.code}`,
    code: r.code,
    label: (r.level === "section" ? INDENT : "") + r.name,
    actual: r.actual.value,
  }));
}

function sumActual(table: EconomicTable | undefined): Dec | undefined {
  if (!table) return undefined;
  if (table.total) return table.total.value;
  const classes = table.rows.filter((r) => r.level === "class");
  if (classes.length === 0) return undefined;
  return classes.slice(1).reduce((s, r) => s.plus(r.actual.value), classes[0].actual.value);
}

function totalActual(accounts: FinalAccounts, key: PriorYearKey): Dec | undefined {
  const s = accounts.incomeExpenditureSummary;
  switch (key) {
    case "grandTotal":
      return s?.incomeGrandTotal.value;
    case "incomeTotal":
      return s?.incomeTotal.value;
    case "expenditureTotal":
      return s?.expenditureTotal.value;
    case "appropriationGrandTotal":
      return accounts.appropriationSummary?.incomeGrandTotal.value;
    case "generalBudgetExpenditure":
      return accounts.generalBudgetExpenditure?.total.total?.value;
    case "agencyOperatingCost":
      return accounts.supplement.agencyOperatingCost?.value;
    case "threePublicTotal":
      return accounts.threePublicTable?.actual.total?.value;
    case "threePublicOverseasTravel":
      return accounts.threePublicTable?.actual.overseasTravel?.value;
    case "threePublicOfficialVehicles":
      return accounts.threePublicTable?.actual.officialVehicles?.value;
    case "threePublicOfficialReception":
      return accounts.threePublicTable?.actual.officialReception?.value;
  }
}

/**
 * The 补充信息 sheet as a grid: title, unit line, heading row (键 | 编码 | 项目 | 数值 | 说明), then the
 * blocks. Block title rows have no key and their title in column B. Values of `existing` are kept;
 * keys of `existing` the tables do not list are kept too, at the end of their block.
 */
export function buildSupplementSheet(
  accounts: FinalAccounts,
  existing?: Supplement,
  options: BuildSupplementOptions = {},
): CellValue[][] {
  const unit = options.unit ?? "yuan";
  const keys = options.keys ?? BASE_KEY_SET;
  const sup = existing ?? accounts.supplement ?? emptySupplement();
  const rows: Row[] = [];
  const amount = (f: Figure | undefined): CellValue => (f ? num(fromYuan(f.value, unit)) : null);
  const hint = (d: Dec | undefined): CellValue =>
    d === undefined ? null : `决算数：${formatAmount(d, { unit, decimals: 2 })}`;
  const block = (title: string) => rows.push([null, title, null, null, null]);

  rows.push([SUPPLEMENT_TITLE, null, null, null, null]);
  rows.push([null, accounts.department ? `部门：${accounts.department}` : null, null, `单位：${UNIT_LABEL[unit]}`, null]);
  rows.push([...SUPPLEMENT_HEADINGS]);

  // 一、上年决算数
  block(BLOCK_TITLES.priorYear);
  for (const k of listKeys(Object.keys(PRIOR_YEAR_LABELS) as PriorYearKey[], keys.priorYear, (k) => !!sup.priorYear[k])) {
    rows.push([`priorYear:${k}`, null, PRIOR_YEAR_LABELS[k], amount(sup.priorYear[k]), null]);
  }

  // 二 – 四、年初预算数
  const budgetRows = (title: string, lines: Line[], prefix: string) => {
    block(title);
    const listed = new Set<string>();
    for (const l of lines) {
      listed.add(l.key);
      rows.push([`budget:${l.key}`, l.code, l.label, amount(sup.initialBudgets[l.key]), hint(l.actual)]);
    }
    for (const [k, f] of Object.entries(sup.initialBudgets)) {
      if (!k.startsWith(`${prefix}:`) || listed.has(k)) continue;
      rows.push([`budget:${k}`, k.slice(prefix.length + 1), null, amount(f), null]);
    }
  };
  budgetRows(BLOCK_TITLES.budgetFunctional, functionalLines(accounts), "functional");
  const basic = accounts.basicExpenditureByEconomic;
  const project = accounts.projectExpenditureByEconomic;
  budgetRows(
    BLOCK_TITLES.budgetBasic,
    [{ key: "basicEconomic:total", code: null, label: "基本支出合计", actual: sumActual(basic) }, ...economicLines("basicEconomic", basic)],
    "basicEconomic",
  );
  budgetRows(
    BLOCK_TITLES.budgetProject,
    [
      { key: "projectEconomic:total", code: null, label: "项目支出合计", actual: sumActual(project) },
      ...economicLines("projectEconomic", project),
    ],
    "projectEconomic",
  );
  // Budgets of other LineKeys (neither functional nor economic) are kept in a last budget block.
  const otherBudgetKeys = Object.keys(sup.initialBudgets).filter(
    (k) => !/^(functional|basicEconomic|projectEconomic):/.test(k),
  );
  for (const k of otherBudgetKeys) rows.push([`budget:${k}`, null, null, amount(sup.initialBudgets[k]), null]);

  // 五、数量
  block(BLOCK_TITLES.counts);
  for (const k of listKeys(Object.keys(COUNT_LABELS) as CountKey[], keys.counts, (k) => !!sup.counts[k])) {
    const c = sup.counts[k];
    rows.push([`count:${k}`, null, COUNT_LABELS[k].label, c ? num(c.value) : null, `单位：${COUNT_LABELS[k].unit}`]);
  }

  // 六、机关运行经费
  block(BLOCK_TITLES.agencyOperatingCost);
  rows.push(["agencyOperatingCost", null, "机关运行经费（本年）", amount(sup.agencyOperatingCost), "上年数填在“上年决算数”"]);

  // 七、公务用车运行维护费明细
  block(BLOCK_TITLES.vehicleOperation);
  const vo = sup.vehicleOperationBreakdown;
  const voCount = Math.max(vo.length, VEHICLE_OPERATION_LABELS.length);
  for (let i = 0; i < voCount; i++) {
    const b = vo[i];
    rows.push([
      `vehicleOperation:${i + 1}`,
      null,
      b ? b.label : (VEHICLE_OPERATION_LABELS[i] ?? null),
      b ? amount(b.amount) : null,
      i === 0 ? "项目名称可改；可按键顺序增行" : null,
    ]);
  }

  // 八、国有资产占用情况
  block(BLOCK_TITLES.assets);
  for (const k of Object.keys(ASSET_ROWS) as (keyof typeof ASSET_ROWS)[]) {
    const meta = ASSET_ROWS[k];
    let value: CellValue = null;
    if (ASSET_COUNT_KEYS.has(k)) {
      const c = sup.assets[k] as { value: Dec } | undefined;
      value = c ? num(c.value) : null;
    } else {
      value = amount(sup.assets[k] as Figure | undefined);
    }
    rows.push([`asset:${k}`, null, meta.label, value, meta.unit ? `单位：${meta.unit}` : null]);
  }

  // 九、文字说明
  block(BLOCK_TITLES.texts);
  for (const k of listKeys(Object.keys(TEXT_LABELS) as (keyof typeof TEXT_LABELS)[], keys.texts, (k) => !!sup.texts[k])) {
    rows.push([`text:${k}`, null, TEXT_LABELS[k], sup.texts[k]?.text ?? null, null]);
  }

  // 十、重点项目: 项目 = name, 数值 = amount, 说明 = description
  block(BLOCK_TITLES.keyProjects);
  const kp = sup.keyProjects;
  const kpCount = Math.max(3, kp.length + 2);
  for (let i = 0; i < kpCount; i++) {
    const p = kp[i];
    rows.push([`keyProject:${i + 1}`, null, p?.name ?? null, p ? amount(p.amount) : null, p?.description ?? null]);
  }

  // 十一、主要原因
  block(BLOCK_TITLES.reasons);
  const reasonLines: Line[] = [
    ...TOTAL_REASON_KEYS.map((k) => ({ key: `total:${k}`, code: null, label: PRIOR_YEAR_LABELS[k], actual: totalActual(accounts, k) })),
    ...functionalLines(accounts),
    ...economicLines("basicEconomic", basic).map((l) => ({ ...l, label: `基本支出：${l.label.trim()}` })),
    ...economicLines("projectEconomic", project).map((l) => ({ ...l, label: `项目支出：${l.label.trim()}` })),
    ...(accounts.threePublicTable
      ? THREE_PUBLIC_KINDS.map((k) => ({
          key: `threePublic:${k}`,
          code: null,
          label: THREE_PUBLIC_LABELS[k],
          actual: accounts.threePublicTable?.actual[k]?.value,
        }))
      : []),
    { key: "agencyOperatingCost", code: null, label: "机关运行经费", actual: sup.agencyOperatingCost?.value },
  ];
  const listed = new Set<string>();
  for (const l of reasonLines) {
    if (listed.has(l.key)) continue;
    listed.add(l.key);
    rows.push([`reason:${l.key}`, l.code, l.label, sup.reasons[l.key]?.text ?? null, hint(l.actual)]);
  }
  for (const [k, r] of Object.entries(sup.reasons)) {
    if (!listed.has(k)) rows.push([`reason:${k}`, null, null, r.text, null]);
  }

  // 十二、其他金额
  const amountKeys = listKeys(Object.keys(AMOUNT_LABELS) as (keyof typeof AMOUNT_LABELS)[], keys.amounts, (k) => !!sup.amounts?.[k]);
  if (amountKeys.length > 0) {
    block(BLOCK_TITLES.amounts);
    for (const k of amountKeys) rows.push([`amount:${k}`, null, AMOUNT_LABELS[k], amount(sup.amounts?.[k]), null]);
  }

  // 十三、主要用途: every 项 (or leaf) of the 功能分类 tables, plus any key already filled.
  const purposes = sup.purposes ?? {};
  if (keys.purposes || Object.keys(purposes).length > 0) {
    block(BLOCK_TITLES.purposes);
    const seen = new Set<string>();
    const lines = keys.purposes ? [...functionalLines(accounts), ...fundLines(accounts)] : [];
    for (const l of lines) {
      if (seen.has(l.key) || !isLeaf(l, lines)) continue;
      seen.add(l.key);
      rows.push([`purpose:${l.key}`, l.code, l.label.trim(), purposes[l.key]?.text ?? null, hint(l.actual)]);
    }
    for (const [k, t] of Object.entries(purposes)) if (!seen.has(k)) rows.push([`purpose:${k}`, null, null, t.text, null]);
  }
  return rows;
}

/** A line is a leaf when no other line of the same prefix extends its code. */
function isLeaf(l: Line, lines: Line[]): boolean {
  const prefix = l.key.slice(0, l.key.indexOf(":") + 1);
  return !lines.some((o) => o !== l && o.key.startsWith(prefix) && o.code !== null && l.code !== null && o.code.length > l.code.length && o.code.startsWith(l.code));
}

/** 项 lines of the 政府性基金 and 国有资本经营 tables (keys governmentFund:<code>, stateCapital:<code>). */
function fundLines(accounts: FinalAccounts): Line[] {
  const out: Line[] = [];
  for (const [prefix, t] of [
    ["governmentFund", accounts.governmentFundTable],
    ["stateCapital", accounts.stateCapitalTable],
  ] as const) {
    for (const r of t?.rows ?? []) out.push({ key: `${prefix}:${r.code}`, code: r.code, label: r.name, actual: r.amounts.total?.value });
  }
  return out;
}
