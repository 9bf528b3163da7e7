/** Reading amounts from cells into Figures (元, exact), with findings for unreadable cells. */
import {
  type Unit,
  Dec,
  ZERO,
  amountFen,
  decimalFromNumber,
  isCellError,
  isUncalculated,
  parseAmount,
  toYuan,
} from "../core";
import type { Figure, Finding, Unreadable } from "./model";
import { type ColumnAt, type Grid, keepNumber } from "./grid";

// The state of a CellFigure, under symbols: not own enumerable keys, so JSON, Object.keys and for…in see a
// figure as before (toJSON gives value, cells, sourceUnit).
const AT = Symbol("at");
const ROW = Symbol("row");
const VALUE = Symbol("value");
const CELLS = Symbol("cells");

/**
 * A figure read from a number cell (or a blank one), light enough for tables of 100,000 amounts: three small
 * fields, its unit, its column (Grid.columnAt: the address prefix, the numbers read and their whole fen, one
 * typed array per column) and its row. `value` (the Decimal, exactly toYuan(decimalFromNumber(x), unit) as
 * the reader made it before) and `cells` are made on first use and kept by the column; `figureFen` gives the
 * value in whole fen when it is one (src/core/fen.ts), so the checks add such figures as integers.
 * Assigning `value` or `cells` works as on a plain figure (the figure then keeps its own).
 */
export class CellFigure implements Figure {
  sourceUnit: Unit;
  private [AT]: ColumnAt;
  private [ROW]: number;
  private [VALUE]?: Dec;
  private [CELLS]?: string[];

  constructor(x: number, unit: Unit, at: ColumnAt, row: number) {
    keepNumber(at, row, x, amountFen(x, unit));
    this.sourceUnit = unit;
    this[AT] = at;
    this[ROW] = row;
  }

  get value(): Dec {
    const own = this[VALUE];
    if (own !== undefined) return own;
    const at = this[AT];
    const row = this[ROW];
    const made = (at.decimals ??= []);
    let v = made[row];
    if (v === undefined) {
      const d = decimalFromNumber(at.numbers[row]);
      v = made[row] = this.sourceUnit === "yuan" ? d : toYuan(d, this.sourceUnit);
    }
    return v;
  }

  set value(v: Dec) {
    this[VALUE] = v;
  }

  get cells(): string[] {
    const own = this[CELLS];
    if (own !== undefined) return own;
    const at = this[AT];
    const row = this[ROW];
    const made = (at.cellLists ??= []);
    return (made[row] ??= [at.prefix + (at.firstRow + row)]);
  }

  set cells(c: string[]) {
    this[CELLS] = c;
  }

  /** The value in whole fen, or NaN when it is not a whole number of fen below 10^15 (or was replaced). */
  get fen(): number {
    return this[VALUE] === undefined ? this[AT].fens[this[ROW]] : NaN;
  }

  toJSON(): Figure {
    return { value: this.value, cells: this.cells, sourceUnit: this.sourceUnit };
  }
}

/** A figure's value in whole fen when it is known to be one (a CellFigure), else NaN (use `value`). */
export function figureFen(f: Figure): number {
  return f instanceof CellFigure ? f.fen : NaN;
}

/** True when the figure's value is zero (without making the Decimal of a CellFigure). */
export function figureIsZero(f: Figure): boolean {
  const fen = f instanceof CellFigure ? f.fen : NaN;
  return fen === fen ? fen === 0 : f.value.isZero();
}

export interface ReadContext {
  grid: Grid;
  unit: Unit;
  findings: Finding[];
  /** The table's standard name, for messages. */
  table: string;
}

/**
 * The amount in values[r][c] as a Figure in 元. A cell that is not an amount (a formula without a
 * stored result, an error value, unparseable text) gives a finding and a Figure marked `unreadable`.
 */
export function readFigure(ctx: ReadContext, r: number, c: number): Figure {
  const raw = ctx.grid.raw(r, c);
  const inGrid = r >= 0 && r < ctx.grid.rowCount && c >= 0;
  if (raw === null && inGrid) return new CellFigure(0, ctx.unit, ctx.grid.columnAt(c, ctx.unit), r);
  if (typeof raw === "number" && Number.isFinite(raw))
    return new CellFigure(raw, ctx.unit, ctx.grid.columnAt(c, ctx.unit), r);
  const ref = ctx.grid.ref(r, c);
  if (raw === null) return { value: ZERO, cells: [ref], sourceUnit: ctx.unit };
  if (isUncalculated(raw)) {
    noteUncalculated(ctx, ref);
    return unreadableFigure(ctx.unit, [ref], "uncalculated");
  }
  const p = parseAmount(raw);
  if (!p.ok) {
    const shown = ctx.grid.text(r, c);
    const detail = isCellError(raw)
      ? "（单元格为错误值，请检查公式或引用）"
      : /千分位/.test(p.message)
        ? "（千分位分隔符位置不正确）"
        : "";
    ctx.findings.push({
      rule: "read.unreadable-cell",
      severity: "error",
      message: `${ref} 的值“${shown}”无法识别为金额${detail}（${ctx.table}）`,
      cells: [ref],
      actual: shown,
    });
    return unreadableFigure(ctx.unit, [ref], "invalid");
  }
  return { value: toYuan(p.value, ctx.unit), cells: [ref], sourceUnit: ctx.unit };
}

/** How many cells of an aggregated finding are named; the message gives the total count. */
const CELLS_SHOWN = 10;

/** The one "formula without a result" finding per findings list and table (aggregated: count + first cells). */
const uncalculatedByList = new WeakMap<Finding[], Map<string, { finding: Finding; count: number }>>();

export const UNCALCULATED_MESSAGE = "公式没有计算结果：请在 Excel 或 WPS 中打开并保存后再试";

/** Records one formula cell saved without a result; one error finding per table, whatever the count. */
function noteUncalculated(ctx: ReadContext, ref: string): void {
  let byTable = uncalculatedByList.get(ctx.findings);
  if (!byTable) uncalculatedByList.set(ctx.findings, (byTable = new Map()));
  let entry = byTable.get(ctx.table);
  if (!entry) {
    entry = { finding: { rule: "read.uncalculated", severity: "error", message: "", cells: [] }, count: 0 };
    byTable.set(ctx.table, entry);
    ctx.findings.push(entry.finding);
  }
  entry.count++;
  if (entry.finding.cells.length < CELLS_SHOWN) entry.finding.cells.push(ref);
  const shown = entry.finding.cells.slice(0, 3).join("、") + (entry.count > 3 ? " 等" : "");
  entry.finding.message = `${ctx.table}有 ${entry.count} 个单元格（${shown}）${UNCALCULATED_MESSAGE}。这些金额无法读取，不按0计算`;
}

/** A zero that stands for a required line that could not be read; `cells` point where it should be. */
export function zeroFigure(unit: Unit, cells: string[] = []): Figure {
  return { value: ZERO, cells, sourceUnit: unit };
}

/** A figure whose cell could not be read: its value is a placeholder that is never printed. */
export function unreadableFigure(unit: Unit, cells: string[], why: Unreadable): Figure {
  return { value: ZERO, cells, sourceUnit: unit, unreadable: why };
}

/** Why the first unreadable figure among `figs` could not be read; undefined when all are readable. */
export function unreadableOf(figs: readonly (Figure | undefined)[]): Unreadable | undefined {
  for (const f of figs) if (f?.unreadable) return f.unreadable;
  return undefined;
}

/** Sets `target[key]` from a cell (an unreadable cell gives a figure marked `unreadable`). */
export function put<K extends string>(
  target: Partial<Record<K, Figure>>,
  key: K,
  ctx: ReadContext,
  r: number,
  c: number,
): void {
  target[key] = readFigure(ctx, r, c);
}

export function isZeroFigure(f: Figure | undefined): boolean {
  return !f || figureIsZero(f);
}

export function sumFigures(figs: Figure[], unit: Unit): Figure {
  let v: Dec = ZERO;
  const cells: string[] = [];
  for (const f of figs) {
    v = v.plus(f.value);
    cells.push(...f.cells);
  }
  const why = unreadableOf(figs);
  return { value: v, cells, sourceUnit: figs[0]?.sourceUnit ?? unit, ...(why ? { unreadable: why } : {}) };
}
