/**
 * The supplementary sheet (补充信息) on the Excel side: create it pre-filled (one `values` assignment)
 * or activate it when it exists; write one value cell of one key's row and nothing else.
 */
import type { CellValue } from "../core";
import { gridAddress } from "./sheet-names";

export const SUPPLEMENT_SHEET_NAME = "补充信息";

export type SupplementGrid = readonly (readonly CellValue[])[];

/** Office.js takes "" for a blank cell. */
function officeValues(grid: SupplementGrid): (string | number | boolean)[][] {
  const width = Math.max(1, ...grid.map((r) => r.length));
  return (grid.length === 0 ? [[]] : grid).map((r) =>
    Array.from({ length: width }, (_, c) => {
      const v = r[c];
      if (v === null || v === undefined) return "";
      if (typeof v === "object") return v.error;
      return v;
    }),
  );
}

/**
 * Two syncs at most: learn whether the sheet exists; then either activate it or create it from
 * `build()` (called only when the sheet is missing) and activate it.
 */
export async function ensureSupplementSheet(
  context: Excel.RequestContext,
  build: () => SupplementGrid,
  name: string = SUPPLEMENT_SHEET_NAME,
): Promise<{ created: boolean; sheet: string }> {
  const existing = context.workbook.worksheets.getItemOrNullObject(name);
  existing.load("name");
  await context.sync();
  if (!existing.isNullObject) {
    existing.activate();
    await context.sync();
    return { created: false, sheet: existing.name };
  }
  const ws = context.workbook.worksheets.add(name);
  const values = officeValues(build());
  const range = ws.getRange(gridAddress(values.length, values[0].length));
  range.values = values;
  range.format.wrapText = true;
  range.format.verticalAlignment = "Top";
  ws.getRange("A:A").format.columnWidth = 160;
  ws.getRange("B:B").format.columnWidth = 220;
  ws.getRange("C:C").format.columnWidth = 320;
  ws.activate();
  await context.sync();
  return { created: true, sheet: name };
}

/** Writes one cell (e.g. "C17") of the supplementary sheet: one assignment, one sync. */
export async function writeSupplementValue(
  context: Excel.RequestContext,
  sheet: string,
  address: string,
  value: string | number,
): Promise<void> {
  if (address.includes(":")) throw new RangeError(`只能写入一个单元格：${sheet}!${address}`);
  context.workbook.worksheets.getItem(sheet).getRange(address).values = [[value]];
  await context.sync();
}
