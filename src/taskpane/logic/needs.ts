/**
 * 待填写 in plain words: each narrative gap (one per key) as an item an accountant can act on — what is
 * missing, the figures it concerns, the unit and the kind of input — or, when it cannot be filled in the
 * pane (a table that was not found), why and what to do. The machine key stays on the item for the
 * tooltip and the sheet; it is never the text. Pure.
 */
import { type Dec, type Unit, change, formatAmount, formatPercent, growthRate, parseUnitLabel } from "../../core";
import { TABLE_NAMES } from "../../checks";
import type { NarrativeWarning } from "../../narrative";
import type { FinalAccounts, Figure, Sheet, TableId } from "../../tables/model";
import { type SupplementSlot, findSupplementSlot, isTextKey } from "./supplement-keys";

export type NeedKind = "text" | "amount" | "count" | "table";

export interface NeedFigure {
  label: string;
  text: string;
}

export interface Need {
  key: string;
  code: string;
  kind: NeedKind;
  /** What is missing, e.g. "“提租补贴”（项）决算数与年初预算数的差异". */
  title: string;
  /** The input's label, e.g. "主要原因". */
  label: string;
  /** Long texts get a multi-line box. */
  multiline: boolean;
  /** Figures the item concerns (决算数, 年初预算数, 增减, 增减率), in the sheet's unit. */
  figures: NeedFigure[];
  /** Where the value goes (null: no row for it yet — saving adds the 补充信息 sheet first). */
  slot: SupplementSlot | null;
  /** For a missing table: which one. */
  table?: TableId;
  /** Amounts: the total the value belongs to (an amount above it asks for confirmation). */
  limit?: { yuan: Dec; label: string } | null;
}

const GAP_MESSAGE = /^缺少(.+?)——(.+?)：请在补充信息表/u;

/** The unit of the 补充信息 sheet's amounts: its "单位：…" line above the headings (元 when absent). */
export function sheetUnit(sheet: Sheet | undefined): Unit {
  if (!sheet) return "yuan";
  for (const row of sheet.values.slice(0, 6)) {
    for (const v of row) {
      const u = typeof v === "string" ? parseUnitLabel(v) : null;
      if (u) return u;
    }
  }
  return "yuan";
}

function kindOf(w: NarrativeWarning, key: string): NeedKind {
  if (w.code === "missing-table") return "table";
  if (w.code === "missing-count" || /^count:/.test(key) || /^asset:(buildingArea|vehicleCount|equipment)/.test(key)) return "count";
  return isTextKey(key) ? "text" : "amount";
}

/** Figures a reason must explain: the line's 决算数 and its base (年初预算数), with change and rate. */
function reasonFigures(key: string, a: FinalAccounts, unit: Unit): NeedFigure[] {
  const line = key.replace(/^reason:/, "");
  let actual: Figure | undefined;
  let budget: Figure | undefined = a.supplement.initialBudgets[line];
  let m: RegExpExecArray | null;
  if ((m = /^functional:(\d+)$/.exec(line))) {
    const row = a.generalBudgetExpenditure?.rows.find((r) => r.code === m![1]);
    actual = row?.amounts.total;
    budget = row?.amounts.initialBudget ?? budget;
  } else if ((m = /^threePublic:(\w+)$/.exec(line))) {
    const kind = m[1] as keyof NonNullable<FinalAccounts["threePublicTable"]>["actual"];
    actual = a.threePublicTable?.actual[kind];
    budget = a.threePublicTable?.budget[kind] ?? budget;
  } else if ((m = /^(basic|project)Economic:(\d+)$/.exec(line))) {
    const table = m[1] === "basic" ? a.basicExpenditureByEconomic : a.projectExpenditureByEconomic;
    const row = table?.rows.find((r) => r.code === m![2]);
    actual = row?.actual;
    budget = row?.initialBudget ?? budget;
  }
  let labels = { actual: "决算数", base: "年初预算数" };
  if ((m = /^(?:total:)?(\w+)$/.exec(line)) && !actual) {
    // A total against the prior year (机关运行经费 and the PriorYearKey totals).
    const key = m[1] as keyof FinalAccounts["supplement"]["priorYear"];
    actual = key === "agencyOperatingCost" ? a.supplement.agencyOperatingCost : undefined;
    budget = a.supplement.priorYear[key];
    labels = { actual: "本年数", base: "上年数" };
  }
  if (!actual) return [];
  const fmt = (v: Dec) => formatAmount(v, { unit, decimals: 2 });
  const out: NeedFigure[] = [{ label: labels.actual, text: fmt(actual.value) }];
  if (budget) {
    const diff = change(actual.value, budget.value);
    out.push({ label: labels.base, text: fmt(budget.value) });
    out.push({ label: diff.isNeg() ? "减少" : "增加", text: fmt(diff.abs()) });
    if (!budget.value.isZero()) out.push({ label: "增减率", text: formatPercent(growthRate(actual.value, budget.value), { decimals: 1, bareWhole: false }) });
  }
  return out;
}

/**
 * The total an amount belongs to: spending of the year bounds what was spent within it; a budget line or
 * last year's total far above this year's spending (3 times) is most likely typed in the wrong unit
 * (元 into a 万元 sheet is 10,000 times). Asset values have no such bound.
 */
export function limitFor(key: string, a: FinalAccounts): Need["limit"] {
  const total = a.incomeExpenditureSummary?.expenditureTotal;
  if (!total || total.unreadable) return null;
  if (/^(agencyOperatingCost|priorYear:agencyOperatingCost|vehicleOperation|keyProject)/.test(key)) {
    return { yuan: total.value, label: "本年支出合计" };
  }
  if (/^(priorYear|budget):/.test(key)) return { yuan: total.value.mul(3), label: "本年支出合计的 3 倍" };
  return null;
}

function fromMessage(w: NarrativeWarning): { label: string; title: string } {
  const m = GAP_MESSAGE.exec(w.message);
  if (m) return { label: m[1], title: m[2].replace(/（用户撰写的文字(，原样放入决算说明)?）/u, "") };
  // Anything else: the message without instructions meant for the sheet.
  const plain = w.message.replace(/（键：[^）]*）/gu, "").replace(/：?请在补充信息表[^。]*。?/gu, "。");
  return { label: "内容", title: plain };
}

/** One item per key (first warning wins), in the narrative's order; missing tables last. */
export function needsOf(warnings: readonly NarrativeWarning[], accounts: FinalAccounts, sheet: Sheet | undefined, missingTables: readonly TableId[]): Need[] {
  const unit = sheetUnit(sheet);
  const seen = new Set<string>();
  const out: Need[] = [];
  for (const w of warnings) {
    if (!w.key || seen.has(w.key) || w.code === "missing-table") continue;
    seen.add(w.key);
    const kind = kindOf(w, w.key);
    const { label, title } = fromMessage(w);
    out.push({
      key: w.key,
      code: w.code,
      kind,
      title,
      label,
      multiline: kind === "text",
      figures: w.code === "missing-reason" ? reasonFigures(w.key, accounts, unit) : [],
      slot: sheet ? findSupplementSlot(sheet, w.key, w.code) : null,
      limit: kind === "amount" ? limitFor(w.key, accounts) : null,
    });
  }
  for (const id of missingTables) {
    out.push({ key: `table:${id}`, code: "missing-table", kind: "table", title: TABLE_NAMES[id], label: "", multiline: false, figures: [], slot: null, table: id });
  }
  return out;
}

/** Items the user can fill in the pane (missing tables are counted apart). */
export function fillable(needs: readonly Need[]): Need[] {
  return needs.filter((n) => n.kind !== "table");
}
