/**
 * Whole-fen arithmetic in doubles: the fast path of GROWTH and SHARES, exact by construction.
 *
 * A cell holding a whole number of fen F (|F| < 10^15, F / 100 === x) stands for the decimal F/100 exactly
 * (see decimalFromNumber in src/core), so integer fen in doubles carry the same value as the Decimal path:
 * sums and differences of such integers stay exact while they stay within 2^53, and one IEEE division of
 * two exact integers is the correctly rounded quotient. The Decimal path computes the same quotient to
 * 50 significant digits before rounding to a double; a quotient p/q of integers below 2^53 that is not
 * itself a double lies at least 1/(q·2^54) (relative, about 10^-32) from the midpoint between two doubles,
 * so 50 digits round to the same double. Anything else — text, errors, amounts finer than a fen, a zero
 * base or total, sums beyond 2^53 — goes through the Decimal path, cell by cell or for the whole range.
 * test/perf-equivalence.test.ts compares both paths over more than 100,000 random cases.
 */

import { wholeFen } from "../../core";

export { wholeFen };

const SAFE = Number.MAX_SAFE_INTEGER;

/** Whether an optional argument is left out (omitted, blank, or a 1×1 blank range). */
export function isBlankArg(arg: unknown): boolean {
  if (Array.isArray(arg)) return arg.length === 1 && isBlankArg(arg[0]);
  return arg === null || arg === undefined || arg === "";
}

/**
 * GROWTH over whole-fen amounts: (C − B) / |B| per cell. `current` must be a rectangular range and `base` a
 * single value or a range of the same shape; otherwise undefined (the caller's general path handles every
 * shape and its messages). Cells that are not whole fen, or a zero base, go to `slow(current, base)`.
 */
export function growthFen(
  current: unknown[][],
  base: unknown[][],
  slow: (current: unknown, base: unknown) => number | string | object,
): unknown[][] | undefined {
  const rows = current.length;
  const cols = rows > 0 ? current[0].length : 0;
  if (cols === 0) return undefined;
  const scalarBase = base.length === 1 && base[0].length === 1;
  if (!scalarBase && base.length !== rows) return undefined;
  const b0 = scalarBase ? base[0][0] : undefined;
  const B0 = scalarBase ? wholeFen(b0) : NaN;
  const out: unknown[][] = new Array(rows);
  for (let r = 0; r < rows; r++) {
    const cur = current[r];
    if (cur.length !== cols) return undefined;
    const bas = scalarBase ? undefined : base[r];
    if (bas && bas.length !== cols) return undefined;
    const row = new Array(cols);
    for (let c = 0; c < cols; c++) {
      const x = cur[c];
      const C = wholeFen(x);
      const b = bas ? bas[c] : b0;
      const B = bas ? wholeFen(b) : B0;
      // NaN fails every comparison: C === C is "C is whole fen".
      row[c] = C === C && B === B && B !== 0 ? (C - B) / Math.abs(B) || 0 : slow(x, b);
    }
    out[r] = row;
  }
  return out;
}

/**
 * SHARES over whole-fen amounts: F / T per cell, T the exact sum. Undefined when any cell is not whole fen,
 * the total is zero or a partial sum leaves 2^53: the Decimal path then decides for the whole range.
 */
export function sharesFen(grid: unknown[][]): number[][] | undefined {
  let cells = 0;
  for (const row of grid) cells += row.length;
  // Each cell's whole fen, read once: the second pass only divides.
  const fen = new Float64Array(cells);
  let total = 0;
  let k = 0;
  for (const row of grid) {
    for (let c = 0; c < row.length; c++) {
      const F = wholeFen(row[c]);
      if (F !== F) return undefined;
      fen[k++] = F;
      total += F;
      if (total > SAFE || total < -SAFE) return undefined;
    }
  }
  if (total === 0) return undefined;
  const out: number[][] = new Array(grid.length);
  k = 0;
  for (let r = 0; r < grid.length; r++) {
    const n = grid[r].length;
    const o = new Array<number>(n);
    for (let c = 0; c < n; c++) o[c] = fen[k++] / total || 0;
    out[r] = o;
  }
  return out;
}
