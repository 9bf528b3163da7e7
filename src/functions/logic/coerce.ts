import { type Dec, type Unit, ZERO, decimalFromNumber, parseAmountText } from "../../core";
import { type FnError, asInputError, fnError, invalidValue, isFnError } from "./errors";

/** Turns one cell of an argument into a value of T, or a FnError. */
export type Coerce<T> = (cell: unknown) => T | FnError;

/** Excel passes a blank cell as null or ""; an omitted optional argument as null (or undefined). */
export function isBlank(v: unknown): boolean {
  return v === null || v === undefined || v === "";
}

/** Rich values ({ type: "Double", basicValue: 5 }) carry their plain value in basicValue. */
function plain(v: unknown): unknown {
  if (typeof v === "object" && v !== null && !Array.isArray(v) && "basicValue" in v) {
    return (v as { basicValue: unknown }).basicValue;
  }
  return v;
}

/**
 * An amount (or any numeric argument): numbers as Excel stores them (15 significant digits), text such as
 * "1,234.56" or "（5）" via the core parser, blanks as 0. Text that is no number, TRUE/FALSE → #VALUE!
 * naming the argument; error values pass through.
 */
export function amountArg(label: string): Coerce<Dec> {
  return (cell) => {
    if (typeof cell === "number") {
      return Number.isFinite(cell)
        ? decimalFromNumber(cell)
        : fnError("invalidNumber", `${label}不是有限数值`);
    }
    if (isBlank(cell)) return ZERO;
    const err = asInputError(cell);
    if (err) return err;
    const v = plain(cell);
    if (typeof v === "number") return amountArg(label)(v);
    if (typeof v === "string") {
      const parsed = parseAmountText(v);
      return parsed.ok ? parsed.value : invalidValue(`${label}不是数值：${parsed.message}`);
    }
    if (typeof v === "boolean")
      return invalidValue(`${label}不是数值：逻辑值 ${v ? "TRUE" : "FALSE"} 不是金额`);
    return invalidValue(`${label}不是数值`);
  };
}

/** A whole number of decimals in [min, max]; blank → the default. */
export function decimalsArg(label: string, fallback: number, min: number, max: number): Coerce<number> {
  const amount = amountArg(label);
  return (cell) => {
    if (isBlank(cell)) return fallback;
    const d = amount(cell);
    if (isFnError(d)) return d;
    if (!d.isInteger() || d.lt(min) || d.gt(max)) {
      return invalidValue(`${label}应为${min}到${max}之间的整数，收到 ${d.toString()}`);
    }
    return d.toNumber();
  };
}

/** Text argument; blank → the default; numbers are written as Excel shows them (2023 → "2023"). */
export function textArg(label: string, fallback: string): Coerce<string> {
  return (cell) => {
    if (isBlank(cell)) return fallback;
    const err = asInputError(cell);
    if (err) return err;
    const v = plain(cell);
    if (typeof v === "string") return v.trim() === "" ? fallback : v.trim();
    if (typeof v === "number" && Number.isFinite(v)) return decimalFromNumber(v).toString();
    return invalidValue(`${label}应为文本`);
  };
}

const UNIT_WORDS: Record<string, Unit> = {
  元: "yuan",
  yuan: "yuan",
  万元: "wanYuan",
  万: "wanYuan",
  wanyuan: "wanYuan",
};

/** 元 / 万元 (also "yuan" / "wanYuan"); blank → 元. */
export function unitArg(label: string): Coerce<Unit> {
  const text = textArg(label, "元");
  return (cell) => {
    const t = text(cell);
    if (typeof t !== "string") return t;
    const unit = UNIT_WORDS[t.replace(/\s+/g, "").toLowerCase()];
    return unit ?? invalidValue(`${label}只能是“元”或“万元”，收到“${t}”`);
  };
}

/** GROWTH's zeroBase: blank → the publishing convention; "error" (or 错误, #DIV/0!) → #DIV/0!. */
export type ZeroBaseMode = "convention" | "error";

export function zeroBaseArg(label: string): Coerce<ZeroBaseMode> {
  const text = textArg(label, "");
  return (cell) => {
    const t = text(cell);
    if (typeof t !== "string") return t;
    const s = t.toLowerCase();
    if (s === "") return "convention";
    if (s === "error" || s === "错误" || s === "#div/0!") return "error";
    return invalidValue(`${label}只能留空或填写“error”，收到“${t}”`);
  };
}
