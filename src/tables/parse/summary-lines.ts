/**
 * The summary tables' layout, steps 1 and 2 of reading them (src/tables/parse/summary.ts):
 *   1. each part's label columns, one per half (收入 | 支出), or one column holding both halves one under the
 *      other (the vertical layout); each half's amount column and, in 财政拨款收入支出决算总表, its fund columns;
 *   2. the labelled lines of every part in sheet order, each tagged with its half and its row key.
 */
import type { Finding } from "../model";
import type { LocatedTable } from "../detect";
import type { ReadContext } from "../figures";
import { isBudgetLabel, labelKey } from "../labels";
import { type HeaderColumn, type Region, findColumn } from "../region";
import { LINE_NUMBER_HEADERS, type TableSpec } from "../specs";
import { mapColumns } from "./coded";

export type Half = "income" | "expenditure";

export const HALF_NAMES: Readonly<Record<Half, string>> = { income: "收入", expenditure: "支出" };

/** Label key → row key, for one half. */
export function rowIndex(spec: TableSpec, keys: readonly string[]): Map<string, string> {
  const m = new Map<string, string>();
  for (const k of keys)
    for (const label of spec.rows[k] ?? []) if (!m.has(labelKey(label))) m.set(labelKey(label), k);
  return m;
}

interface LabelColumn {
  col: number;
  /** "both": the 收入 lines, then (after 收入总计) the 支出 lines, in one column. */
  half: Half | "both";
}

/** The label columns of each half, found by the row labels only that half uses. */
function findLabelColumns(reg: Region, incomeOnly: Set<string>, expenditureOnly: Set<string>): LabelColumn[] {
  const g = reg.grid;
  const inc = new Map<number, number>();
  const exp = new Map<number, number>();
  for (let r = reg.dataStart; r < reg.endRow; r++) {
    for (let c = 0; c < g.width; c++) {
      if (typeof g.raw(r, c) !== "string") continue;
      const k = g.key(r, c);
      if (incomeOnly.has(k)) inc.set(c, (inc.get(c) ?? 0) + 1);
      if (expenditureOnly.has(k)) exp.set(c, (exp.get(c) ?? 0) + 1);
    }
  }
  const best = (m: Map<number, number>) => {
    let col: number | null = null;
    let n = 0;
    for (const [c, k] of m) if (k > n || (k === n && col !== null && c < col)) [col, n] = [c, k];
    return col;
  };
  const i = best(inc);
  const e = best(exp);
  if (i !== null && e !== null && i === e) return [{ col: i, half: "both" }];
  const out: LabelColumn[] = [];
  if (i !== null) out.push({ col: i, half: "income" });
  if (e !== null) out.push({ col: e, half: "expenditure" });
  return out.sort((a, b) => a.col - b.col);
}

/** Columns that hold 行次 (by header, or by data: small integers rising by one). */
function lineNumberColumns(reg: Region, columns: HeaderColumn[]): Set<number> {
  const out = new Set<number>();
  const keys = new Set(LINE_NUMBER_HEADERS);
  for (const col of columns) if (keys.has(col.leaf)) out.add(col.col);
  const g = reg.grid;
  for (let c = 0; c < g.width; c++) {
    if (out.has(c)) continue;
    let prev: number | null = null;
    let rising = 0;
    let ok = true;
    for (let r = reg.dataStart; r < reg.endRow && ok; r++) {
      const v = g.raw(r, c);
      if (v === null) continue;
      if (typeof v !== "number" || !Number.isInteger(v) || v < 1 || v > 999) ok = false;
      else {
        if (prev !== null) {
          if (v === prev + 1) rising++;
          else ok = false;
        }
        prev = v;
      }
    }
    if (ok && rising >= 3) out.add(c);
  }
  return out;
}

/** The amount columns between a label column and the next: header-labelled first, else data-bearing. */
function amountColumnsBetween(
  reg: Region,
  columns: HeaderColumn[],
  from: number,
  to: number,
  skip: Set<number>,
): number[] {
  const labelled = columns.filter(
    (c) => c.col > from && c.col < to && !skip.has(c.col) && !isBudgetLabelPath(c),
  );
  if (labelled.length > 0) return labelled.map((c) => c.col);
  const g = reg.grid;
  const out: number[] = [];
  for (let c = from + 1; c < Math.min(to, g.width); c++) {
    if (skip.has(c)) continue;
    for (let r = reg.dataStart; r < reg.endRow; r++) {
      if (g.isAmountLike(r, c)) {
        out.push(c);
        break;
      }
    }
  }
  return out;
}

function isBudgetLabelPath(c: HeaderColumn): boolean {
  return c.path.some((k) => isBudgetLabel(k) || /上年/.test(k));
}

export interface HalfLayout {
  labelCol: number;
  half: Half | "both";
  /**
   * The half's one amount column: the column headed 决算数 / 金额 / 合计, else the 合计 fund column, else the
   * first amount column right of the labels; null when the half has none.
   */
  amountCol: number | null;
  /** Fund columns (total, generalBudget …) of the 财政拨款 expenditure half; empty elsewhere. */
  funds: Record<string, number>;
}

function layoutHalves(
  reg: Region,
  spec: TableSpec,
  columns: HeaderColumn[],
  labelCols: LabelColumn[],
): HalfLayout[] {
  const skip = lineNumberColumns(reg, columns);
  for (const lc of labelCols) skip.add(lc.col);
  return labelCols.map((lc, i) => {
    const to = i + 1 < labelCols.length ? labelCols[i + 1].col : reg.grid.width;
    const candidates = amountColumnsBetween(reg, columns, lc.col, to, skip);
    const inRange = columns.filter((c) => candidates.includes(c.col));
    let funds: Record<string, number> = {};
    if (spec.kind === "appropriationSummary") {
      const fundSpec = {
        total: spec.columns.total,
        generalBudget: spec.columns.generalBudget,
        governmentFund: spec.columns.governmentFund,
        stateCapital: spec.columns.stateCapital,
      };
      funds = mapColumns(inRange, fundSpec, []).byKey;
    }
    const actual = findColumn(inRange, spec.columns.actual, { excludeGroup: isBudgetLabel })?.col;
    const amountCol = actual ?? funds.total ?? candidates[0] ?? null;
    return { labelCol: lc.col, half: lc.half, amountCol, funds };
  });
}

/** One labelled line of a half. */
export interface Line {
  half: Half;
  /** The row key (incomeTotal, openingBalance …) when the label is one of the spec's; null for other lines. */
  key: string | null;
  text: string;
  row: number;
  layout: HalfLayout;
  /** The part (page) the line is on, for reading its cells. */
  ctx: ReadContext;
}

export interface HalfRows {
  income: Map<string, string>;
  expenditure: Map<string, string>;
}

/** The row key of the income half's last line: in the vertical layout the 支出 half starts below it. */
const INCOME_LAST_KEY = "incomeGrandTotal";

/**
 * The vertical layout: one label column lists the 收入 lines, 收入总计, then the 支出 lines.
 * Lines down to the first 收入总计 of the part are income lines, those below it expenditure lines.
 */
function splitVertical(texts: { text: string; key: string; row: number }[], rows: HalfRows): Half[] {
  const last = texts.findIndex((t) => rows.income.get(t.key) === INCOME_LAST_KEY);
  return texts.map((_, i) => (last < 0 || i <= last ? "income" : "expenditure"));
}

/** Every labelled line of every part, in sheet order; a part whose label columns cannot be found is a finding. */
export function collectLines(lt: LocatedTable, rows: HalfRows, findings: Finding[]): Line[] {
  const incomeOnly = new Set([...rows.income.keys()].filter((k) => !rows.expenditure.has(k)));
  const expenditureOnly = new Set([...rows.expenditure.keys()].filter((k) => !rows.income.has(k)));
  const unit = lt.regions[0].unit ?? "yuan";
  // a page whose labels name neither half alone (a page of 类 lines only) has the label columns of the
  // nearest page before it that has them, else of the nearest page after it
  const own = lt.regions.map((reg) => findLabelColumns(reg, incomeOnly, expenditureOnly));
  const labelsOf = (i: number): LabelColumn[] => {
    for (let j = i; j >= 0; j--) if (own[j].length) return own[j];
    for (let j = i + 1; j < own.length; j++) if (own[j].length) return own[j];
    return [];
  };
  let prevColumns: HeaderColumn[] = [];
  const out: Line[] = [];
  for (const [i, reg] of lt.regions.entries()) {
    const ctx: ReadContext = { grid: reg.grid, unit: reg.unit ?? unit, findings, table: lt.spec.name };
    // a continuation page without a header of its own uses the previous page's columns
    const columns = reg.columns.length ? reg.columns : prevColumns;
    prevColumns = columns;
    const labelCols = labelsOf(i);
    if (labelCols.length === 0) {
      if (hasData(reg)) findings.push(noLabelsFinding(lt, reg));
      continue;
    }
    const g = reg.grid;
    const lines: Line[] = [];
    for (const h of layoutHalves(reg, lt.spec, columns, labelCols)) {
      const texts: { text: string; key: string; row: number }[] = [];
      for (let r = reg.dataStart; r < reg.endRow; r++) {
        if (reg.emptyNote?.row === r) continue;
        const text = g.text(r, h.labelCol);
        if (!text || typeof g.raw(r, h.labelCol) !== "string") continue;
        texts.push({ text, key: g.key(r, h.labelCol), row: r });
      }
      const halves = h.half === "both" ? splitVertical(texts, rows) : texts.map(() => h.half as Half);
      texts.forEach((t, i) => {
        const half = halves[i];
        lines.push({ half, key: rows[half].get(t.key) ?? null, text: t.text, row: t.row, layout: h, ctx });
      });
    }
    // sheet order: row by row, left half before right half (the sort is stable)
    out.push(...lines.sort((a, b) => a.row - b.row));
  }
  return out;
}

function hasData(reg: Region): boolean {
  for (let r = reg.dataStart; r < reg.endRow; r++)
    if (!reg.grid.isBlankRow(r) && reg.emptyNote?.row !== r) return true;
  return false;
}

function noLabelsFinding(lt: LocatedTable, reg: Region): Finding {
  const at = reg.grid.ref(reg.titleRow, 0);
  return {
    rule: "read.missing-columns",
    severity: "warning",
    message: `${lt.spec.name}（${at}起的部分）中找不到收入、支出的项目列（如“本年收入合计”“本年支出合计”所在的列），该部分未读取`,
    cells: [at],
  };
}
