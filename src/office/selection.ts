/** The user's current selection, as "Sheet" + "A1:B2" (for pointing a table at a range). */

export interface SelectedRange {
  sheet: string;
  /** Local address without the sheet, e.g. "A3:H40". */
  address: string;
}

/** Splits Office's "'My sheet'!A3:H40" into sheet and local address. */
export function splitOfficeAddress(full: string): SelectedRange {
  const i = full.lastIndexOf("!");
  if (i < 0) return { sheet: "", address: full };
  let sheet = full.slice(0, i);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, address: full.slice(i + 1).replace(/\$/g, "") };
}

/** One sync: the address of the selected range. */
export async function getSelectedRange(context: Excel.RequestContext): Promise<SelectedRange> {
  const range = context.workbook.getSelectedRange();
  range.load("address");
  await context.sync();
  return splitOfficeAddress(range.address);
}
