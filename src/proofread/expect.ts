/**
 * What a claim should say: from the tables when they hold the figures, otherwise from the figures the
 * text itself states nearby (the amount and base in the same sentence, the whole its list hangs from).
 * Comparison is at the precision the text writes, rounded half up or, where the text truncates
 * consistently, cut off.
 */
import { Dec, formatAmount, formatFixed, formatPercent, fromYuan, growthRate, ratioToPercent, roundHalfUp, type Unit } from "../core";
import type { Figure } from "../tables/model";
import type { BoundText } from "./bind";
import type { Claim, ItemFigures, NumberToken, Relation, ResolvedProofSettings } from "./model";
import type { RuleInput } from "./rule-kit";

export const yuanLike = (u: NumberToken["unitKind"]): u is Unit => u === "yuan" || u === "wanYuan";

/** The unit a money claim is written in (the profile's when the text gives none). */
export function claimUnit(t: NumberToken, s: ResolvedProofSettings): Unit {
  return yuanLike(t.unitKind) ? t.unitKind : s.amountUnit;
}

/** The claim's value in 元. */
export function claimYuan(t: NumberToken, s: ResolvedProofSettings): Dec {
  return claimUnit(t, s) === "wanYuan" ? t.value.times(10000) : t.value;
}

/** True when `yuan`, written in `unit` at the claim's decimals, gives the claim's number. */
export function amountAgrees(t: NumberToken, yuan: Dec, unit: Unit): boolean {
  // "0元" means an exact zero, never a small amount rounded away.
  if (t.value.isZero() && t.decimals === 0 && !yuan.isZero()) return false;
  return roundHalfUp(fromYuan(yuan.abs(), unit), t.decimals).eq(t.value);
}

/** The percentage a ratio gives at `decimals`, rounded or cut off. */
export function percentOf(ratio: Dec, decimals: number, rounding: "round" | "truncate" = "round"): Dec {
  const abs = ratio.abs();
  return rounding === "truncate" ? abs.times(100).toDecimalPlaces(decimals, Dec.ROUND_DOWN) : ratioToPercent(abs, decimals);
}

export function percentAgrees(t: NumberToken, ratio: Dec, rounding: "round" | "truncate" = "round"): boolean {
  return percentOf(ratio, t.decimals, rounding).eq(t.value);
}

export function showAmount(yuan: Dec, t: NumberToken, s: ResolvedProofSettings, unit = claimUnit(t, s)): string {
  const decimals = unit === s.amountUnit ? Math.max(s.amountDecimals, t.decimals) : t.decimals;
  return formatAmount(yuan.abs(), { unit, decimals });
}

export function showPercent(ratio: Dec, t: NumberToken, rounding: "round" | "truncate" = "round"): string {
  if (rounding === "round") return formatPercent(ratio.abs(), { decimals: t.decimals, bareWhole: false });
  return `${formatFixed(percentOf(ratio, t.decimals, rounding), t.decimals, false)}%`;
}

export const plain = (d: Dec) => formatFixed(d, 2, true);

export const cellsOf = (...figs: (Figure | { cells: string[] } | undefined)[]) => figs.flatMap((f) => f?.cells ?? []);

export const RELATION_LABEL: Record<Relation, string> = { priorYear: "上年", initialBudget: "年初预算" };

/** The base a change/rate/base claim compares with. */
function baseOf(item: ItemFigures, c: Claim, b: BoundText): { fig: Figure; relation: Relation } | undefined {
  let rel = c.relation;
  if (!rel) {
    const siblings = b.claims.filter((x) => x.sentence === c.sentence && x.item === c.item);
    if (siblings.some((x) => x.role === "budget")) rel = "initialBudget";
  }
  if (!rel) rel = item.budget && !item.priorYear ? "initialBudget" : item.priorYear && !item.budget ? "priorYear" : undefined;
  if (!rel) return undefined;
  const fig = rel === "priorYear" ? item.priorYear : item.budget;
  return fig ? { fig, relation: rel } : undefined;
}

const SHARE_TOTAL_ITEM: Record<string, string> = {
  incomeTotal: "incomeTotal",
  expenditureTotal: "expenditureTotal",
  appropriationExpenditure: "generalBudgetExpenditure",
  procurementTotal: "procurement:total",
};

export interface Expectation {
  /** Amount in 元, ratio, or count. */
  value: Dec;
  kind: "amount" | "ratio" | "count";
  cells: string[];
  /** Chinese account of how the value was obtained. */
  how: string;
  current?: Dec;
  base?: Dec;
  relation?: Relation;
  /** From figures the text states, not from the tables. */
  stated?: boolean;
}

/** The claim of `role` for the same item stated before `c` in its sentence. */
export function statedBefore(c: Claim, b: BoundText, role: Claim["role"]): Claim | undefined {
  return b.claims.filter((x) => x.sentence === c.sentence && x.role === role && x.item === c.item && x.token.offset < c.token.offset).pop();
}

/** The last value claim of `item` before `pos` in the same paragraph. */
function statedValueInParagraph(b: BoundText, item: string, c: Claim): Claim | undefined {
  const para = b.sentences[c.sentence].paragraph;
  return b.claims
    .filter((x) => x.role === "value" && x.item === item && x.token.offset < c.token.offset && b.sentences[x.sentence].paragraph === para && yuanLike(x.token.unitKind))
    .pop();
}

/** What the tables (or, failing them, the text's own figures) say a claim should be. */
export function expectationOf(c: Claim, input: RuleInput): Expectation | undefined {
  const item = c.item ? input.reg.items.get(c.item) : undefined;
  if (!item) return undefined;
  const a = item.actual;
  const s = input.settings;
  const b = input.bound;
  switch (c.role) {
    case "value":
    case "perUnit":
      return a && { value: a.value, kind: "amount", cells: a.cells, how: `${item.label}决算数` };
    case "budget":
      return item.budget && { value: item.budget.value, kind: "amount", cells: item.budget.cells, how: `${item.label}年初预算数` };
    case "base": {
      const base = baseOf(item, c, b);
      return base && { value: base.fig.value, kind: "amount", cells: base.fig.cells, how: `${item.label}${RELATION_LABEL[base.relation]}数`, relation: base.relation };
    }
    case "change":
    case "rate": {
      const base = baseOf(item, c, b);
      if (a && base) {
        const value = c.role === "change" ? a.value.minus(base.fig.value) : growthRate(a.value, base.fig.value);
        const how =
          c.role === "change"
            ? `${plain(a.value)} − ${plain(base.fig.value)}`
            : `(${plain(a.value)} − ${plain(base.fig.value)}) ÷ ${plain(base.fig.value.abs())}`;
        return { value, kind: c.role === "change" ? "amount" : "ratio", cells: cellsOf(a, base.fig), how, current: a.value, base: base.fig.value, relation: base.relation };
      }
      if (c.role !== "rate" || !c.direction) return undefined;
      // The text's own figures: the amount stated for the item and the change stated before the rate.
      const v = statedValueInParagraph(b, c.item!, c);
      const ch = statedBefore(c, b, "change");
      if (!v || !ch || !ch.direction || !yuanLike(ch.token.unitKind)) return undefined;
      const cur = claimYuan(v.token, s);
      const delta = claimYuan(ch.token, s);
      const prior = ch.direction === "up" ? cur.minus(delta) : cur.plus(delta);
      if (prior.isZero() || prior.isNeg()) return undefined;
      return {
        value: delta.div(prior),
        kind: "ratio",
        cells: [],
        how: `文中${ch.token.text} ÷ (${v.token.text} ${ch.direction === "up" ? "−" : "+"} ${ch.token.text})`,
        current: cur,
        base: prior,
        stated: true,
      };
    }
    case "share": {
      const totalId = c.shareTotal ? SHARE_TOTAL_ITEM[c.shareTotal] : c.whole;
      const totalItem = totalId ? input.reg.items.get(totalId) : undefined;
      const t = totalItem?.actual;
      if (a && t && !t.value.isZero()) return { value: a.value.div(t.value), kind: "ratio", cells: cellsOf(a, t), how: `${plain(a.value)} ÷ ${plain(t.value)}` };
      if (!totalId) return undefined;
      const part = statedBefore(c, b, "value");
      // A named total ("占本年支出合计的") may be stated in an earlier section; a list's whole is in the paragraph.
      const whole = c.shareTotal
        ? b.claims.filter((x) => x.role === "value" && x.item === totalId && x.token.offset < c.token.offset && yuanLike(x.token.unitKind)).pop()
        : statedValueInParagraph(b, totalId, c);
      if (!part || !whole || !yuanLike(part.token.unitKind) || !yuanLike(whole.token.unitKind)) return undefined;
      const wy = claimYuan(whole.token, s);
      if (wy.isZero()) return undefined;
      return { value: claimYuan(part.token, s).div(wy), kind: "ratio", cells: [], how: `文中${part.token.text} ÷ ${whole.token.text}`, stated: true };
    }
    case "execution": {
      const bud = item.budget;
      if (a && bud && !bud.value.isZero()) return { value: a.value.div(bud.value), kind: "ratio", cells: cellsOf(a, bud), how: `${plain(a.value)} ÷ ${plain(bud.value)}` };
      const sb = statedBefore(c, b, "budget");
      const sv = statedBefore(c, b, "value");
      if (!sb || !sv || !yuanLike(sb.token.unitKind) || !yuanLike(sv.token.unitKind)) return undefined;
      const by = claimYuan(sb.token, s);
      if (by.isZero()) return undefined;
      return { value: claimYuan(sv.token, s).div(by), kind: "ratio", cells: [], how: `文中${sv.token.text} ÷ ${sb.token.text}`, stated: true };
    }
    case "count":
      return item.count && { value: item.count.value, kind: "count", cells: item.count.cells, how: item.label };
    default:
      return undefined;
  }
}

/** The base an execution rate is printed against, when it is zero (no rate can be computed). */
export function zeroBaseOf(c: Claim, input: RuleInput): { cells: string[]; how: string } | undefined {
  if (c.role !== "execution" || !c.item) return undefined;
  const item = input.reg.items.get(c.item);
  if (item?.budget) return item.budget.value.isZero() ? { cells: item.budget.cells, how: `${item.label}年初预算数为0` } : undefined;
  const sb = statedBefore(c, input.bound, "budget");
  if (sb && yuanLike(sb.token.unitKind) && sb.token.value.isZero()) return { cells: [], how: `文中年初预算为“${sb.token.text}”` };
  return undefined;
}
