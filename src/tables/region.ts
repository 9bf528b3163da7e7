/**
 * One table's rows on a sheet, classified: title, meta lines (部门, 单位, 公开NN表), header rows,
 * 栏次 rows, data rows and an "empty table" note; and the header's column paths, built by carrying
 * a merged group label right across the blanks of its merge.
 */
import { type Unit, isCellError, parseUnitLabel } from "../core";
import { EMPTY_NOTE, departmentFrom, labelKey, splitCodeAndName, yearFrom } from "./labels";
import type { Grid } from "./grid";
import { LINE_NUMBER_HEADERS } from "./specs";

/** A header column: the label keys from the top header row down ("本年支出" → "合计"). */
export interface HeaderColumn {
  col: number;
  path: string[];
  leaf: string;
}

export interface Region {
  grid: Grid;
  titleRow: number;
  /** Exclusive end row (next title or sheet end). */
  endRow: number;
  title: string;
  unit: Unit | null;
  unitCell: string | null;
  department: string | null;
  year: number | null;
  headerRows: number[];
  lineRows: number[];
  /** First data row (endRow when none). */
  dataStart: number;
  /** Columns with a header label of their own, left to right. */
  columns: HeaderColumn[];
  emptyNote: { row: number; col: number; text: string } | null;
  /** Last row holding anything. */
  lastRow: number;
}

const LINE_KEYS = new Set(LINE_NUMBER_HEADERS);

function isMetaText(text: string): boolean {
  const t = text.trim();
  if (parseUnitLabel(t)) return true;
  if (departmentFrom(t)) return true;
  const k = labelKey(t);
  return /^(?:部门)?公开(?:\d+|[一二三四五六七八九十]+)表$|^\d{4}年度?$|^(?:金额)?单位[:：]?$|^附表\d*$/.test(k);
}

function smallInt(grid: Grid, r: number, c: number): number | null {
  const v = grid.raw(r, c);
  if (typeof v === "number" && Number.isInteger(v) && v >= 0 && v <= 999) return v;
  if (typeof v === "string" && /^\s*\d{1,3}\s*$/.test(v)) return Number(v.trim());
  return null;
}

/** A 栏次 row: "栏次 | 1 | 2 | 3 …" or just "1 | 2 | … | 12" under the header. */
export function isLineNumberRow(grid: Grid, r: number, filled: number[]): boolean {
  const ints: number[] = [];
  let labelled = false;
  for (const c of filled) {
    const n = smallInt(grid, r, c);
    if (n !== null) ints.push(n);
    else if (LINE_KEYS.has(grid.key(r, c))) labelled = true;
    else return false;
  }
  if (ints.length === 0) return labelled;
  if (ints.length < 2 && !labelled) return false;
  for (let i = 1; i < ints.length; i++) if (ints[i] !== ints[i - 1] + 1) return false;
  return labelled || ints[0] <= 1;
}

/** A data row: holds an amount, starts with a code, or is a 合计 row whose amounts are blank. */
export function isDataRow(grid: Grid, r: number, filled: number[]): boolean {
  for (const c of filled) if (grid.isAmountLike(r, c)) return true;
  const first = filled[0];
  const v = grid.raw(r, first);
  if (typeof v === "string" && splitCodeAndName(v)) return true;
  if (grid.isTotal(r, first)) {
    return filled.slice(1).every((c) => /^[-—–/\\]*$/.test(grid.key(r, c)));
  }
  return false;
}

/** A cheap test every empty-table note passes: it says 无 or 空. */
function mayBeEmptyNote(v: string): boolean {
  return v.indexOf("无") >= 0 || v.indexOf("空") >= 0;
}

/**
 * A row of meta lines only (部门, 单位, 公开NN表 …). A function of its own, not a callback inside the row
 * loop: a closure over the loop's row variable makes the engine allocate that variable anew for every
 * row, data rows included (3.3 MB per 40,000 rows).
 */
function isMetaRow(grid: Grid, r: number, filled: readonly number[]): boolean {
  for (const c of filled) if (typeof grid.raw(r, c) !== "string" || !isMetaText(grid.text(r, c))) return false;
  return true;
}

export function analyzeRegion(grid: Grid, titleRow: number, titleCol: number, endRow: number): Region {
  const region: Region = {
    grid,
    titleRow,
    endRow,
    title: grid.text(titleRow, titleCol),
    unit: null,
    unitCell: null,
    department: null,
    year: null,
    headerRows: [],
    lineRows: [],
    dataStart: endRow,
    columns: [],
    emptyNote: null,
    lastRow: titleRow,
  };
  const scanMeta = (r: number, c: number) => {
    const t = grid.text(r, c);
    if (!t || isCellError(grid.raw(r, c))) return;
    const u = parseUnitLabel(t);
    if (u && !region.unit) {
      region.unit = u;
      region.unitCell = grid.ref(r, c);
    }
    if (!region.department) region.department = departmentFrom(t);
    if (!region.year) region.year = yearFrom(t);
  };
  for (const c of grid.filled(titleRow)) scanMeta(titleRow, c);

  let inData = false;
  for (let r = titleRow + 1; r < endRow; r++) {
    if (grid.isBlankRow(r)) continue;
    region.lastRow = r;
    if (!region.emptyNote) {
      const row = grid.rowValues(r);
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        if (typeof v === "string" && v.length >= 6 && mayBeEmptyNote(v) && EMPTY_NOTE.test(v)) {
          region.emptyNote = { row: r, col: c, text: v.trim() };
          region.year ??= yearFrom(v);
          break;
        }
      }
    }
    if (inData) continue;
    const filled = grid.filled(r);
    if (isMetaRow(grid, r, filled)) {
      for (const c of filled) scanMeta(r, c);
      continue;
    }
    if (region.emptyNote?.row === r) {
      inData = true;
      region.dataStart = r;
      continue;
    }
    if (isLineNumberRow(grid, r, filled)) {
      region.lineRows.push(r);
      continue;
    }
    if (isDataRow(grid, r, filled)) {
      inData = true;
      region.dataStart = r;
      continue;
    }
    for (const c of filled) if (typeof grid.raw(r, c) === "string" && isMetaText(grid.text(r, c))) scanMeta(r, c);
    region.headerRows.push(r);
  }
  region.columns = headerColumns(grid, region.headerRows);
  return region;
}

/**
 * Column paths over the header rows. A blank header cell takes the label on its left (the value of
 * a horizontal merge sits in its top-left cell) unless a header row above starts a new group there.
 * Only columns with a label of their own are returned.
 */
export function headerColumns(grid: Grid, headerRows: number[]): HeaderColumn[] {
  const width = grid.width;
  const paths: string[][] = Array.from({ length: width }, () => []);
  const own: boolean[] = new Array<boolean>(width).fill(false);
  const ownAbove: boolean[] = new Array<boolean>(width).fill(false);
  for (const r of headerRows) {
    let carry = "";
    const ownHere: boolean[] = new Array<boolean>(width).fill(false);
    for (let c = 0; c < width; c++) {
      const k = grid.key(r, c);
      if (k) {
        carry = k;
        own[c] = true;
        ownHere[c] = true;
        paths[c].push(k);
        continue;
      }
      if (ownAbove[c]) carry = "";
      if (carry) paths[c].push(carry);
    }
    for (let c = 0; c < width; c++) if (ownHere[c]) ownAbove[c] = true;
  }
  const out: HeaderColumn[] = [];
  for (let c = 0; c < width; c++) {
    if (!own[c] || paths[c].length === 0) continue;
    out.push({ col: c, path: paths[c], leaf: paths[c][paths[c].length - 1] });
  }
  return out;
}

export interface ColumnQuery {
  /** Skip columns whose groups (not the leaf) match. */
  excludeGroup?: (key: string) => boolean;
  used?: Set<number>;
  from?: number;
  to?: number;
}

function isSubsequence(needle: string[], hay: string[]): boolean {
  let i = 0;
  for (const h of hay) if (i < needle.length && h === needle[i]) i++;
  return i === needle.length;
}

/** The first column matching one of the label paths ("本年支出/合计"), alternatives in order. */
export function findColumn(columns: HeaderColumn[], paths: readonly string[], q: ColumnQuery = {}): HeaderColumn | null {
  for (const p of paths) {
    const parts = p.split("/").map(labelKey);
    const leaf = parts[parts.length - 1];
    const groups = parts.slice(0, -1);
    for (const col of columns) {
      if (q.used?.has(col.col)) continue;
      if (q.from !== undefined && col.col < q.from) continue;
      if (q.to !== undefined && col.col >= q.to) continue;
      if (col.leaf !== leaf) continue;
      const ancestors = col.path.slice(0, -1);
      if (!isSubsequence(groups, ancestors)) continue;
      if (q.excludeGroup && ancestors.some(q.excludeGroup)) continue;
      return col;
    }
  }
  return null;
}
