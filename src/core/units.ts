import { Dec, TEN_THOUSAND } from "./decimal";

/** 单位：元 / 单位：万元 */
export type Unit = "yuan" | "wanYuan";

export const UNIT_LABEL: Record<Unit, string> = { yuan: "元", wanYuan: "万元" };

/** Converts an amount stated in `unit` to 元, exactly. */
export function toYuan(value: Dec, unit: Unit): Dec {
  return unit === "wanYuan" ? value.times(TEN_THOUSAND) : value;
}

/** Converts an amount in 元 to `unit`, exactly (no rounding). */
export function fromYuan(yuan: Dec, unit: Unit): Dec {
  return unit === "wanYuan" ? yuan.div(TEN_THOUSAND) : yuan;
}

/** Reads a unit from a label such as "单位：元", "金额单位：万元". */
export function parseUnitLabel(text: string): Unit | null {
  const s = text.replace(/[\s\u3000]/g, "");
  const m = s.match(/单位[:：]?(万元|元)/);
  if (!m) return null;
  return m[1] === "万元" ? "wanYuan" : "yuan";
}
