/**
 * How a text writes its numbers, inferred from the text itself (or taken from a profile): thousands
 * separators per unit, a space between number and unit, decimals of amounts per unit and of
 * percentages, and whether percentages are rounded or truncated. A convention the text follows is
 * never a mistake; the places that depart from it are reported once per document.
 */
import type { NumberToken, ResolvedProofSettings } from "./model";

export type MoneyUnit = "yuan" | "wanYuan";

export interface Conventions {
  /** Where the conventions come from: the profile the caller named, or the text. */
  source: "profile" | "text";
  /** Amounts with 4+ integer digits are grouped ("2,940.05") or written plain ("2940.05"), per unit. */
  grouping: Record<MoneyUnit, "grouped" | "plain">;
  /** A space between a number and its unit ("2940.05 万元"), for amounts and for percentages. */
  space: { money: boolean; percent: boolean };
  /** Decimals of non-zero amounts, per unit. */
  amountDecimals: Record<MoneyUnit, number>;
  /** Decimals of percentages that are not whole numbers. */
  percentDecimals: number;
  /** Whether a whole percentage may be written without decimals ("100%"). */
  bareWhole: boolean;
  /** Percentages rounded half up, or cut off (the text truncates consistently). */
  percentRounding: "round" | "truncate";
}

const money = (t: NumberToken): MoneyUnit | undefined => (t.unitKind === "yuan" || t.unitKind === "wanYuan" ? t.unitKind : undefined);

/** The value seen most often (ties: the first in `order`). */
function majority<T>(values: T[], order: T[], fallback: T): T {
  if (values.length === 0) return fallback;
  const n = new Map<T, number>();
  for (const v of values) n.set(v, (n.get(v) ?? 0) + 1);
  let best = fallback;
  let bestN = -1;
  for (const v of [...order, ...n.keys()]) {
    const c = n.get(v) ?? 0;
    if (c > bestN) {
      best = v;
      bestN = c;
    }
  }
  return best;
}

const needsGrouping = (t: NumberToken) => t.grouping === "ok" || t.grouping === "none";

/**
 * Conventions of a text. With `fromProfile`, the profile's settings (the caller named one); otherwise
 * the majority usage of the text, falling back to the resolved settings where the text is silent.
 */
export function inferConventions(tokens: NumberToken[], settings: ResolvedProofSettings, fromProfile: boolean): Conventions {
  const units: MoneyUnit[] = ["yuan", "wanYuan"];
  const amounts = tokens.filter((t) => money(t) && !t.value.isZero());
  const percents = tokens.filter((t) => t.unitKind === "percent" && !t.value.isInteger());
  if (fromProfile) {
    return {
      source: "profile",
      grouping: { yuan: "grouped", wanYuan: "grouped" },
      space: { money: false, percent: false },
      amountDecimals: { yuan: settings.amountDecimals, wanYuan: settings.amountDecimals },
      percentDecimals: settings.percentDecimals,
      bareWhole: settings.bareWhole,
      percentRounding: "round",
    };
  }
  const grouping = Object.fromEntries(
    units.map((u) => {
      const long = amounts.filter((t) => money(t) === u && needsGrouping(t)).map((t) => (t.grouping === "ok" ? "grouped" : "plain"));
      return [u, majority<"grouped" | "plain">(long, ["grouped"], "grouped")];
    }),
  ) as Conventions["grouping"];
  const amountDecimals = Object.fromEntries(
    units.map((u) => [u, majority(amounts.filter((t) => money(t) === u).map((t) => t.decimals), [settings.amountDecimals], settings.amountDecimals)]),
  ) as Conventions["amountDecimals"];
  const spaced = (ts: NumberToken[]) => majority(ts.map((t) => t.space !== ""), [false], false);
  const space = { money: spaced(tokens.filter((t) => money(t))), percent: spaced(tokens.filter((t) => t.unitKind === "percent")) };
  const wholes = tokens.filter((t) => t.unitKind === "percent" && t.value.isInteger() && !t.value.isZero());
  const percentDecimals = majority(percents.map((t) => t.decimals), [settings.percentDecimals], settings.percentDecimals);
  return {
    source: "text",
    grouping,
    space,
    amountDecimals,
    percentDecimals,
    bareWhole: wholes.length === 0 ? settings.bareWhole : majority(wholes.map((t) => t.decimals === 0), [true], true),
    percentRounding: "round",
  };
}

/** The places where a money token departs from the grouping convention (misplaced separators aside). */
export function groupingDepartures(tokens: NumberToken[], c: Conventions): NumberToken[] {
  return tokens.filter((t) => {
    const u = money(t);
    if (!u || !needsGrouping(t)) return false;
    const int = t.digits.split(".")[0].replace(/,/g, "");
    // Four-digit whole amounts ("1740万元") may go either way.
    if (int.length === 4 && t.decimals === 0) return false;
    return c.grouping[u] === "grouped" ? t.grouping === "none" : t.grouping === "ok";
  });
}

/** The places where the space between number and unit departs from the convention. */
export function spacingDepartures(tokens: NumberToken[], c: Conventions): NumberToken[] {
  return tokens.filter((t) => (money(t) || t.unitKind === "percent") && (t.space !== "") !== (money(t) ? c.space.money : c.space.percent));
}
