import { Dec, HUNDRED, roundHalfUp } from "./decimal";
import { type Unit, UNIT_LABEL, fromYuan } from "./units";

/** Groups an unsigned digit string in threes: "1214336" → "1,214,336". */
export function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** A plain decimal's text grouped in threes ("-113684009.05" → "-113,684,009.05"); any other text as given. */
export function groupDecimalText(text: string): string {
  const m = /^(-?)(\d+)(\.\d+)?$/.exec(text);
  return m ? `${m[1]}${groupThousands(m[2])}${m[3] ?? ""}` : text;
}

/** A rounded decimal as text with exactly `places` decimals and optional grouping; never "-0". */
export function formatFixed(value: Dec, places: number, grouped: boolean): string {
  const rounded = roundHalfUp(value, places);
  const [int, frac = ""] = rounded.abs().toString().split(".");
  const decimals = places > 0 ? `.${frac.padEnd(places, "0")}` : "";
  const body = (grouped ? groupThousands(int) : int) + decimals;
  return rounded.isNeg() && !rounded.isZero() ? `-${body}` : body;
}

export interface AmountFormat {
  /** Unit written after the number; the amount itself is always given in 元. */
  unit: Unit;
  /** Decimals kept (2 in both profiles). */
  decimals: number;
  /** Write the unit label after the number (default true). */
  withUnit?: boolean;
}

/**
 * 金额到分，加千分号: "113,684,009.05元", "11,368.40万元". An exact zero is written "0元".
 */
export function formatAmount(yuan: Dec, format: AmountFormat): string {
  const label = format.withUnit === false ? "" : UNIT_LABEL[format.unit];
  if (yuan.isZero()) return `0${label}`;
  return formatFixed(fromYuan(yuan, format.unit), format.decimals, true) + label;
}

export interface PercentFormat {
  decimals: number;
  /** Write a percentage that rounds to a whole number without decimals ("347%", "0%"). */
  bareWhole: boolean;
}

/** Rounds a ratio (0.545 = 54.5%) to a percentage number with `decimals` places, half-up, once. */
export function ratioToPercent(ratio: Dec, decimals: number): Dec {
  return roundHalfUp(ratio.times(HUNDRED), decimals);
}

/** 百分数留一位小数: "54.5%", "347%", "0%"; with two decimals "100.00%". Sign kept ("-12.8%"). */
export function formatPercent(ratio: Dec, format: PercentFormat): string {
  const pct = ratioToPercent(ratio, format.decimals);
  const places = format.bareWhole && pct.isInteger() ? 0 : format.decimals;
  return `${formatFixed(pct, places, false)}%`;
}
