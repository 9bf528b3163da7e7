import { type CellValue, isCellError } from "./cell";
import { Dec, ZERO, decimalFromNumber } from "./decimal";
import { stripSpaces, toHalfWidth } from "./text";

export type ParseResult = { ok: true; value: Dec } | { ok: false; message: string };

/** Text that means "nothing here" in a published table: blank, dashes, slashes. */
const EMPTY_MARKS = new Set(["", "-", "--", "—", "——", "–", "−", "/", "\\"]);

/** Digits with correct thousands grouping, or plain digits, optionally with decimals. */
const NUMBER_TEXT = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$|^\.\d+$/;

/**
 * Reads an amount from a cell: numbers as Excel stores them (15 significant digits);
 * text such as "1,234.56", "１２３", "-5", "（5）"; blanks and dashes as 0.
 * Anything else (words, malformed separators like "353,18.18", error cells) is refused with a
 * Chinese message; the caller adds the sheet and cell.
 */
export function parseAmount(cell: CellValue): ParseResult {
  if (cell === null) return { ok: true, value: ZERO };
  if (typeof cell === "number") {
    if (!Number.isFinite(cell)) return { ok: false, message: `不是有限数值：${cell}` };
    return { ok: true, value: decimalFromNumber(cell) };
  }
  if (typeof cell === "boolean") return { ok: false, message: `逻辑值 ${cell ? "TRUE" : "FALSE"} 不是金额` };
  if (isCellError(cell)) return { ok: false, message: `单元格为错误值 ${cell.error}` };
  return parseAmountText(cell);
}

export function parseAmountText(text: string): ParseResult {
  let s = stripSpaces(toHalfWidth(text)).replace(/[。]/g, ".");
  if (EMPTY_MARKS.has(s)) return { ok: true, value: ZERO };
  let negative = false;
  if (/^\(.*\)$/.test(s)) {
    negative = true;
    s = s.slice(1, -1);
  } else if (/^[-−–]/.test(s)) {
    negative = true;
    s = s.slice(1);
  } else if (s.startsWith("+")) {
    s = s.slice(1);
  }
  if (!NUMBER_TEXT.test(s)) {
    const hint = /\d,\d/.test(s) ? "（千分位分隔符位置不正确）" : "";
    return { ok: false, message: `无法识别为金额：“${text}”${hint}` };
  }
  const value = new Dec(s.replace(/,/g, ""));
  return { ok: true, value: negative ? value.negated() : value };
}
