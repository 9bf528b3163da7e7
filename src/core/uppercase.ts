import { type Dec, roundHalfUp } from "./decimal";
import { formatFixed } from "./format";

/**
 * 大写金额 (会计基础工作规范 第五十二条; 支付结算办法 written-amount rules). Conventions chosen here:
 * - The amount is rounded half-up to the fen first; negative amounts get the prefix "负"; zero is "零元整".
 * - Tens are always written with their digit: 10 → "壹拾元整", 110 → "壹佰壹拾元整", 100,000 → "壹拾万元整".
 * - A run of zeros inside the integer part is written as one "零" (1,005 → "壹仟零伍元");
 *   zeros at the end of a 万/亿 section are not written (107,000 → "壹拾万柒仟元"),
 *   a section that follows without its 仟 digit starts with "零" (100,010,000 → "壹亿零壹万元整").
 * - After "元": when the 角 digit is 0 and the 分 digit is not, "零" is written (…玖元零伍分);
 *   when the 元 digit is 0 and the 角 digit is not, one "零" is written as well (107,000.53 →
 *   "壹拾万柒仟元零伍角叁分") — the rule allows either; we always write it.
 * - Amounts below one 元 start at 角/分 ("伍角整", "伍分"), without "零元".
 * - "整" follows "元" and "角" (the amount ends there: "壹元伍角整"); never after "分".
 */
const DIGITS = ["零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"];
const SECTION_UNITS = ["", "拾", "佰", "仟"];

/** Up to 4 digits without leading zeros: inner zero runs → one 零, trailing zeros dropped. */
function sectionWords(digits: string): string {
  let out = "";
  let pendingZero = false;
  const n = digits.length;
  for (let i = 0; i < n; i++) {
    const d = digits.charCodeAt(i) - 48;
    if (d === 0) {
      pendingZero = true;
      continue;
    }
    if (pendingZero) out += "零";
    pendingZero = false;
    out += DIGITS[d] + SECTION_UNITS[n - 1 - i];
  }
  return out;
}

/** A non-zero high part with its unit (万/亿), then the low part; "零" when the low part lacks its top digit. */
function joinParts(highWords: string, unit: string, low: string, lowWords: (s: string) => string): string {
  const lowTrimmed = low.replace(/^0+/, "");
  if (lowTrimmed === "") return highWords + unit;
  return highWords + unit + (low[0] === "0" ? "零" : "") + lowWords(lowTrimmed);
}

/** Up to 8 digits: [section]万[section]. */
function below1e8(digits: string): string {
  if (digits.length <= 4) return sectionWords(digits);
  return joinParts(sectionWords(digits.slice(0, -4)), "万", digits.slice(-4), sectionWords);
}

/** A positive integer given as digits without leading zeros; parts above 亿 recurse (壹万亿, 壹亿亿). */
function integerWords(digits: string): string {
  if (digits.length <= 8) return below1e8(digits);
  return joinParts(integerWords(digits.slice(0, -8)), "亿", digits.slice(-8), below1e8);
}

/** 大写金额: 113,684,009.05 → "壹亿壹仟叁佰陆拾捌万肆仟零玖元零伍分". */
export function chineseUppercase(amount: Dec): string {
  const rounded = roundHalfUp(amount, 2);
  if (rounded.isZero()) return "零元整";
  const sign = rounded.isNeg() ? "负" : "";
  const [intDigits, frac = ""] = formatFixed(rounded.abs(), 2, false).split(".");
  const jiao = frac.charCodeAt(0) - 48;
  const fen = frac.charCodeAt(1) - 48;
  const hasInteger = intDigits !== "0";

  let out = "";
  if (hasInteger) out = integerWords(intDigits) + "元";
  if (jiao === 0 && fen === 0) return `${sign}${out}整`;

  if (jiao !== 0) {
    // 元位是0、角位不是0: one 零 after 元 (e.g. 壹拾元零伍角).
    if (hasInteger && intDigits.endsWith("0")) out += "零";
    out += `${DIGITS[jiao]}角`;
    if (fen === 0) return `${sign}${out}整`;
  } else if (hasInteger) {
    // 角位是0、分位不是0: 元后写零.
    out += "零";
  }
  out += `${DIGITS[fen]}分`;
  return sign + out;
}
