import { type Coerce } from "./coerce";
import { type FnError, invalidValue, isFnError } from "./errors";

/** One result cell: a number, a text, or an error. */
export type Out = number | string | FnError;
export type Grid<T> = T[][];

/** Any argument as a grid: a matrix as is, a 1-D array as one row, a single value (or omitted) as 1×1. */
export function toGrid(arg: unknown): Grid<unknown> {
  if (!Array.isArray(arg)) return [[arg]];
  if (arg.length === 0) return [[null]];
  if (Array.isArray(arg[0])) return arg as unknown[][];
  return [arg];
}

function shapeText(g: Grid<unknown>): string {
  return `${g.length}行×${g[0]?.length ?? 0}列`;
}

export interface ArgSpec {
  /** The Chinese name used in messages (本期数, 基数 …). */
  label: string;
  coerce: Coerce<unknown>;
}

/**
 * Element-wise application with Excel-style broadcasting: every argument is a single value or a range;
 * single values apply to every cell; ranges must all have the same shape (else one #VALUE! naming the
 * shapes). Per cell, the first argument that is an error gives the result; otherwise `fn` runs on the
 * coerced values (the array passed to `fn` is reused: read it, don't keep it).
 */
export function broadcast(
  args: readonly unknown[],
  specs: readonly ArgSpec[],
  fn: (values: unknown[]) => Out,
): Grid<Out> {
  const grids = specs.map((_, i) => toGrid(args[i]));
  let rows = 1;
  let cols = 1;
  let shapeOwner = -1;
  for (let i = 0; i < grids.length; i++) {
    const g = grids[i];
    const r = g.length;
    const c = g[0]?.length ?? 0;
    if (r === 1 && c === 1) continue;
    if (g.some((row) => row.length !== c) || c === 0) {
      return [[invalidValue(`${specs[i].label}的区域不是完整的矩形`)]];
    }
    if (shapeOwner < 0) {
      rows = r;
      cols = c;
      shapeOwner = i;
    } else if (r !== rows || c !== cols) {
      return [
        [
          invalidValue(
            `区域大小不一致：${specs[shapeOwner].label}为${shapeText(grids[shapeOwner])}，${specs[i].label}为${shapeText(g)}`,
          ),
        ],
      ];
    }
  }
  // A single value is coerced once; a range cell when its result is computed (each is used once, and
  // its Decimal is garbage at once instead of living through the whole range).
  const n = grids.length;
  const scalar = grids.map((g) => g.length === 1 && g[0].length === 1);
  const scalarValue = grids.map((g, i) => (scalar[i] ? specs[i].coerce(g[0][0]) : undefined));
  const values = new Array<unknown>(n);
  const out: Grid<Out> = new Array(rows);
  for (let r = 0; r < rows; r++) {
    const row = new Array<Out>(cols);
    for (let c = 0; c < cols; c++) {
      let error: FnError | null = null;
      for (let i = 0; i < n; i++) {
        const v = scalar[i] ? scalarValue[i] : specs[i].coerce(grids[i][r][c]);
        if (isFnError(v)) {
          error = v;
          break;
        }
        values[i] = v;
      }
      row[c] = error ?? fn(values);
    }
    out[r] = row;
  }
  return out;
}
