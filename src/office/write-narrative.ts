/**
 * Writes the narrative grid (renderGrid) into a new worksheet: one sync to learn the sheet names,
 * one to create, write (ONE `values` assignment), format and activate. An existing sheet is never
 * overwritten unless the caller says so (after asking the user).
 */
import type { ChartBlock } from "../charts/model";
import { columnLetters } from "../core";
import { CHART_DATA_COLUMN, type ChartSheetPlan, chartSheetPlan } from "../render/chart-cells";

export { isValidSheetName, hasSheet, nextVersionName, gridAddress } from "./sheet-names";
import { gridAddress, isValidSheetName } from "./sheet-names";

/** Column widths in points: the text column reads like a page, the sources column narrower. */
export const NARRATIVE_COLUMN_WIDTHS = [520, 260];

export type WriteMode = "createOnly" | "overwrite";

export type WriteResult =
  | { status: "written"; sheet: string; address: string; rows: number; overwritten: boolean }
  | { status: "exists"; sheet: string; /** Every sheet name, to pick a new version name. */ names: string[] };


/** Pads a grid to a rectangle (at least 1×1), as `range.values` requires. */
export function rectangular(grid: readonly (readonly string[])[]): string[][] {
  const width = Math.max(1, ...grid.map((r) => r.length));
  const rows = grid.length === 0 ? [[]] : grid;
  return rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? ""));
}

/**
 * Writes `grid` into sheet `name`. With mode "createOnly" (the default) an existing sheet of that name
 * is left untouched and { status: "exists" } is returned; "overwrite" clears it first.
 */
export async function writeNarrativeSheet(
  context: Excel.RequestContext,
  name: string,
  grid: readonly (readonly string[])[],
  mode: WriteMode = "createOnly",
  charts: readonly ChartBlock[] = [],
): Promise<WriteResult> {
  if (!isValidSheetName(name)) throw new RangeError(`工作表名称无效：“${name}”`);
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const existing = sheets.items.find((s) => s.name.toLowerCase() === name.toLowerCase());
  if (existing && mode !== "overwrite") {
    return { status: "exists", sheet: existing.name, names: sheets.items.map((s) => s.name) };
  }

  let ws: Excel.Worksheet;
  if (existing) {
    ws = existing;
    ws.getRange().clear();
    // Charts are not cells: the old ones are found (one more sync) and deleted.
    ws.charts.load("items/name");
    await context.sync();
    ws.charts.items.forEach((c) => c.delete());
  } else {
    ws = sheets.add(name);
  }
  const plan = charts.length > 0 ? chartSheetPlan(charts) : null;
  const text = rectangular(grid);
  const values = plan ? withChartCells(text, plan) : text;
  const address = gridAddress(values.length, values[0].length);
  const range = ws.getRange(address);
  range.values = values;
  const textRange = ws.getRange(gridAddress(values.length, text[0].length));
  textRange.format.wrapText = true;
  textRange.format.verticalAlignment = "Top";
  NARRATIVE_COLUMN_WIDTHS.slice(0, text[0].length).forEach((w, c) => {
    ws.getRange(`${columnLetters(c)}:${columnLetters(c)}`).format.columnWidth = w;
  });
  if (plan) addCharts(ws, plan, text[0].length);
  ws.activate();
  await context.sync();
  return { status: "written", sheet: existing?.name ?? name, address, rows: values.length, overwritten: !!existing };
}

/** Width in points of the blank column between the text and the chart tables. */
const CHART_GAP_WIDTH = 14;

/** The text grid with the chart tables beside it (from column D), as one rectangle: one values write. */
function withChartCells(text: string[][], plan: ChartSheetPlan): (string | number)[][] {
  const rows = Math.max(text.length, plan.cells.length);
  const width = CHART_DATA_COLUMN + (plan.cells[0]?.length ?? 0);
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: width }, (_, c): string | number => {
      if (c < CHART_DATA_COLUMN) return text[r]?.[c] ?? "";
      return plan.cells[r]?.[c - CHART_DATA_COLUMN] ?? "";
    }),
  );
}

/** Formats the chart tables and adds a native chart on each (no sync: they go with the values). */
function addCharts(ws: Excel.Worksheet, plan: ChartSheetPlan, textColumns: number): void {
  const gap = columnLetters(CHART_DATA_COLUMN - 1);
  ws.getRange(`${gap}:${gap}`).format.columnWidth = CHART_GAP_WIDTH;
  plan.columnWidths.forEach((w, i) => {
    const c = columnLetters(CHART_DATA_COLUMN + i);
    ws.getRange(`${c}:${c}`).format.columnWidth = w;
  });
  for (const r of plan.valueRanges) {
    ws.getRange(r.address).numberFormat = Array.from({ length: r.rows }, () =>
      Array.from({ length: r.columns }, () => plan.numberFormat),
    );
  }
  const textWidth = NARRATIVE_COLUMN_WIDTHS.slice(0, textColumns).reduce((t, w) => t + w, 0);
  const offset = textWidth + CHART_GAP_WIDTH;
  for (const c of plan.charts) {
    const chart = ws.charts.add(c.type, ws.getRange(c.source), c.seriesBy);
    chart.name = `图${c.number}`;
    chart.title.text = c.caption;
    chart.left = offset + c.left;
    chart.top = c.top;
    chart.width = c.width;
    chart.height = c.height;
    chart.legend.visible = c.legend;
    if (c.legend) chart.legend.position = "Bottom";
    chart.dataLabels.showValue = true;
    chart.dataLabels.showPercentage = c.showPercentage;
  }
}
