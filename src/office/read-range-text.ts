/**
 * The text of the user's selection, for proofreading a narrative kept in the workbook: the used part of
 * the selected range (a whole column selection stays small) in ONE sync. One line per row; a row's
 * non-blank cells are joined with a tab. Text cells give their value, other cells their displayed text
 * (so 4,276,060.24 keeps its grouping).
 */
import { splitOfficeAddress } from "./selection";

export interface RangeText {
  sheet: string;
  /** Local address of the part read, e.g. "A1:A80"; "" when the selection holds nothing. */
  address: string;
  text: string;
  rows: number;
}

/** Pure: values (and their displayed text) as lines; trailing blank lines dropped. */
export function rangeValuesToText(values: readonly (readonly unknown[])[], text?: readonly (readonly string[])[]): string {
  const lines = values.map((row, r) =>
    row
      .map((v, c) => {
        if (typeof v === "string") return v;
        if (v === null || v === undefined || v === "") return "";
        return text?.[r]?.[c] ?? String(v);
      })
      .filter((s) => s.trim() !== "")
      .join("\t"),
  );
  while (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  return lines.join("\n");
}

/** One sync: the selection's used range (values and text) and its address. */
export async function readSelectedRangeText(context: Excel.RequestContext): Promise<RangeText> {
  const selected = context.workbook.getSelectedRange();
  selected.load("address");
  const used = selected.getUsedRangeOrNullObject(true);
  used.load("address,values,text");
  await context.sync();
  const where = splitOfficeAddress(selected.address);
  if (used.isNullObject) return { sheet: where.sheet, address: "", text: "", rows: 0 };
  const text = rangeValuesToText(used.values, used.text);
  return { sheet: where.sheet, address: splitOfficeAddress(used.address).address, text, rows: used.values.length };
}
