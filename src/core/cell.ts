/**
 * An Excel error value as read from a cell (#REF!, #DIV/0!, #N/A …), or UNCALCULATED for a formula
 * cell saved without a cached result (files written by tools that do not calculate). `formula` holds the
 * formula text where the reader knows it.
 */
export interface CellError {
  error: string;
  formula?: string;
}

/** The marker a file reader gives a formula cell that has no stored result: never read as a number. */
export const UNCALCULATED = "#UNCALCULATED";

export function isUncalculated(v: unknown): v is CellError {
  return isCellError(v) && v.error === UNCALCULATED;
}

/** One cell as plain data: number, text, boolean, blank (null) or an error marker. */
export type CellValue = number | string | boolean | null | CellError;

export function isCellError(v: unknown): v is CellError {
  return typeof v === "object" && v !== null && typeof (v as CellError).error === "string";
}

/** Excel error texts as the Office JavaScript API and file readers report them. */
export const EXCEL_ERROR_TEXTS = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BUSY!",
  "#BLOCKED!",
  "#CONNECT!",
  "#UNKNOWN!",
] as const;

/** Normalises a raw value (from the Office JavaScript API values, which gives errors as text) to a CellValue. */
export function toCellValue(raw: unknown): CellValue {
  if (raw === null || raw === undefined || raw === "") return null;
  if (typeof raw === "number" || typeof raw === "boolean") return raw;
  if (typeof raw === "string") {
    return (EXCEL_ERROR_TEXTS as readonly string[]).includes(raw) ? { error: raw } : raw;
  }
  if (isCellError(raw)) return raw;
  return String(raw);
}
