/**
 * What an accountant types into an amount field, read exactly into the field's unit (the unit of the
 * 补充信息 sheet): "12万元", "12万", "120,000", "120000元", "１２万元". A bare number is in the field's unit.
 * Pure; decimal.js through src/core, no rounding.
 */
import { type Dec, type Unit, TEN_THOUSAND, formatAmount, roundHalfUp, parseAmountText, stripSpaces, toHalfWidth, toYuan } from "../../core";

export type AmountRead =
  | { ok: true; value: Dec; /** The unit the user wrote, or null for a bare number. */ written: Unit | null }
  | { ok: false; message: string };

/** The forms shown under every amount field, in the field's unit. */
export function acceptedForms(unit: Unit): string {
  return unit === "wanYuan" ? "可写 12.5、12.5万元、12.5万 或 125000元" : "可写 125,000、125000元、12.5万元 或 12.5万";
}

/** Reads `input` as an amount in `unit`; a wrong text gets a message with an example. */
export function readAmountInput(input: string, unit: Unit): AmountRead {
  const s = stripSpaces(toHalfWidth(input));
  if (s === "") return { ok: false, message: "请填写金额。" };
  const m = /^(.*?)(万元|万|元)$/.exec(s);
  const body = m ? m[1] : s;
  const written: Unit | null = m ? (m[2] === "元" ? "yuan" : "wanYuan") : null;
  const parsed = parseAmountText(body);
  if (!parsed.ok || body === "") {
    return { ok: false, message: `“${input.trim()}”不是金额。${acceptedForms(unit)}。` };
  }
  const from = written ?? unit;
  let value = parsed.value;
  if (from === "wanYuan" && unit === "yuan") value = value.times(TEN_THOUSAND);
  if (from === "yuan" && unit === "wanYuan") value = value.div(TEN_THOUSAND);
  return { ok: true, value, written };
}

/** The value as the sheet will hold it, written out exactly ("12万元" in a 元 field → "120,000.00元"). */
export function echo(value: Dec, unit: Unit): string {
  return formatAmount(toYuan(value, unit), { unit, decimals: Math.max(2, value.decimalPlaces()) });
}

/**
 * An amount larger than the total it belongs to cannot be right without a second look: the message
 * asking for confirmation, or null when the value is plausible. `limit` is in 元.
 */
export function implausible(value: Dec, unit: Unit, limit: { yuan: Dec; label: string } | null): string | null {
  if (!limit || limit.yuan.lte(0)) return null;
  const yuan = toYuan(value, unit).abs();
  if (yuan.lte(limit.yuan)) return null;
  const times = yuan.div(limit.yuan);
  const many = times.gte(2) ? `，是它的 ${roundHalfUp(times, 0).toString()} 倍` : "";
  return `${echo(value, unit)}比${limit.label}（${formatAmount(limit.yuan, { unit, decimals: 2 })}）还大${many}。请核对单位和位数；确认无误再点“仍然保存”。`;
}
