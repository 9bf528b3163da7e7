/**
 * Office.js read side: every worksheet's used range values in two context.sync() calls, whatever the
 * number of sheets, and selecting a finding's cells. The only module that talks to Excel for reading.
 */
import { excelRef, splitRef, toCellValue } from "../core";
import type { Sheet } from "../tables/model";

/** "'My sheet'!B2:D10" → "B2" (the top-left cell of the range). */
export function originOf(address: string): string {
  const local = splitRef(address).address;
  return local.split(":")[0].replace(/\$/g, "");
}

/**
 * Reads all worksheets as plain Sheets. Sync 1: sheet names. Sync 2: every used range's address and
 * values (valuesOnly, so formatting alone does not widen the range). An empty sheet gives values [].
 */
export async function readWorkbook(context: Excel.RequestContext): Promise<Sheet[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();

  const pending = worksheets.items.map((ws) => {
    const range = ws.getUsedRangeOrNullObject(true);
    range.load("address,values");
    return { name: ws.name, range };
  });
  await context.sync();

  return pending.map(({ name, range }) => toSheet(name, range));
}

/** Reads one worksheet's used range in a single sync. */
export async function readSheet(context: Excel.RequestContext, name: string): Promise<Sheet> {
  const range = context.workbook.worksheets.getItem(name).getUsedRangeOrNullObject(true);
  range.load("address,values");
  await context.sync();
  return toSheet(name, range);
}

/** A synced used range (or null object) as a Sheet; an empty sheet gives values []. */
function toSheet(name: string, range: Excel.Range): Sheet {
  if (range.isNullObject) return { name, origin: "A1", values: [] };
  return {
    name,
    origin: originOf(range.address),
    values: range.values.map((row) => row.map(toCellValue)),
  };
}

/** Selects a finding's cells: activates the first reference's sheet and selects its range. */
export async function selectCells(context: Excel.RequestContext, refs: readonly string[]): Promise<void> {
  if (refs.length === 0) return;
  const { sheet, address } = splitRef(refs[0]);
  const worksheets = context.workbook.worksheets;
  const ws = sheet ? worksheets.getItemOrNullObject(sheet) : worksheets.getActiveWorksheet();
  ws.load("name");
  await context.sync();
  if (ws.isNullObject) throw new Error(`找不到工作表：${excelRef(sheet, address)}`);
  ws.activate();
  ws.getRange(address).select();
  await context.sync();
}
