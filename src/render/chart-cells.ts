/**
 * Where the native Excel charts go on the narrative sheet (pure: the Office adapter only carries it
 * out). Each chart's figures are written as a small table beside the text (from column D: caption,
 * header row, one row per category; a pie also gets its shares in the column after its values) and
 * the chart is drawn from that table, so the user can restyle it or correct a figure in Excel.
 * Charts stand in one column to the right of the tables, one below the other.
 */
import type { ChartBlock } from "../charts/model";
import { columnLetters } from "../core";

/** Column index (0-based) of the first chart-data column: D, one blank column after the text and sources. */
export const CHART_DATA_COLUMN = 3;

/** Widths in points of the data columns: category names, then values. */
const DATA_WIDTHS = [170, 110, 110, 110];
const GAP = 14;
const CHART_WIDTH = 460;

export interface NativeChart {
  number: number;
  caption: string;
  /** Excel.ChartType: clustered columns for bars, a pie for shares. */
  type: "ColumnClustered" | "Pie";
  /** Local A1 address of the header row and category rows the chart reads, e.g. "D2:F8". */
  source: string;
  seriesBy: "Columns";
  /** Position and size in points. */
  left: number;
  top: number;
  width: number;
  height: number;
  /** Show the series names: only when there are several (grouped bars) or for a pie's parts. */
  legend: boolean;
  /** Data labels: values on every part; a pie also shows its percentage. */
  showPercentage: boolean;
}

export interface ChartSheetPlan {
  /** Rows of the chart tables, placed from row 1 at CHART_DATA_COLUMN (numbers stay numbers). */
  cells: (string | number)[][];
  /** Width of each data column, from CHART_DATA_COLUMN. */
  columnWidths: number[];
  /** Local ranges holding amounts, for the number format. */
  valueRanges: { address: string; rows: number; columns: number }[];
  /** Number format of the amounts: thousands separators and the profile's decimals. */
  numberFormat: string;
  charts: NativeChart[];
}

/** "#,##0.00" for two decimals, "#,##0" for none. */
function amountFormat(decimals: number): string {
  return decimals > 0 ? `#,##0.${"0".repeat(decimals)}` : "#,##0";
}

function col(offset: number): string {
  return columnLetters(CHART_DATA_COLUMN + offset);
}

/** The tables and charts for a narrative's charts (empty plan when there are none). */
export function chartSheetPlan(blocks: readonly ChartBlock[]): ChartSheetPlan {
  const cells: (string | number)[][] = [];
  const valueRanges: ChartSheetPlan["valueRanges"] = [];
  const charts: NativeChart[] = [];
  let decimals = 0;
  let width = 0;
  let top = 0;
  for (const { chart } of blocks) {
    const pie = chart.type === "pie";
    const first = cells.length + 1; // 1-based row of the caption
    cells.push([chart.caption]);
    cells.push([`项目（单位：${chart.unit}）`, ...chart.series.map((s) => s.name), ...(pie ? ["占比"] : [])]);
    chart.categories.forEach((cat, i) => {
      cells.push([
        cat,
        ...chart.series.map((s) => Number(s.values[i].value)),
        ...(pie ? [chart.series[0].values[i].share ?? ""] : []),
      ]);
    });
    for (const s of chart.series) for (const v of s.values) decimals = Math.max(decimals, v.value.split(".")[1]?.length ?? 0);
    const header = first + 1;
    const last = header + chart.categories.length;
    valueRanges.push({
      address: `${col(1)}${header + 1}:${col(chart.series.length)}${last}`,
      rows: chart.categories.length,
      columns: chart.series.length,
    });
    width = Math.max(width, 1 + chart.series.length + (pie ? 1 : 0));
    cells.push([]);
    const height = pie ? 300 : Math.max(260, 90 + chart.categories.length * chart.series.length * 26);
    charts.push({
      number: chart.number,
      caption: chart.caption,
      type: pie ? "Pie" : "ColumnClustered",
      source: `${col(0)}${header}:${col(chart.series.length)}${last}`,
      seriesBy: "Columns",
      left: 0,
      top,
      width: CHART_WIDTH,
      height,
      legend: pie || chart.series.length > 1,
      showPercentage: pie,
    });
    top += height + GAP;
  }
  const columnWidths = DATA_WIDTHS.slice(0, width);
  const left = columnWidths.reduce((t, w) => t + w, 0) + GAP;
  return {
    cells: cells.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? "")),
    columnWidths,
    valueRanges,
    numberFormat: amountFormat(decimals),
    charts: charts.map((c) => ({ ...c, left })),
  };
}
