/**
 * Amounts as whole fen (分) in doubles: exact integer arithmetic for the fast paths of the custom functions
 * (src/functions/logic/fen.ts) and of the checks (src/checks/rule.ts), identical to the Decimal path.
 *
 * A cell holding a whole number of fen F (|F| < 10^15, F / 100 === x) stands for the decimal F/100 exactly:
 * x is the double nearest F/100, F/100 has at most 15 significant digits, and decimalFromNumber(x) is that
 * decimal (see src/core/decimal.ts). Sums and differences of such integers are exact while every partial sum
 * stays within 2^53. The same holds for an amount in 万元 with at most six decimals: a cell x with
 * M / 10^6 === x (|M| < 10^15) stands for the decimal M/10^6 万元 (15 significant digits at most, so
 * decimalFromNumber gives it), which is M/100 元 = M fen. Anything else is NaN: the caller takes the
 * Decimal path. test/perf-equivalence.test.ts (the functions) and test/checks-fen-equivalence.test.ts (the reader and
 * the checks) compare both over more than 100,000 random cases each.
 */
import type { Unit } from "./units";

const FEN_LIMIT = 1e15;

/** x as a whole number of fen (blank → 0), or NaN when x is anything else. */
export function wholeFen(x: unknown): number {
  if (typeof x === "number") {
    const f = Math.round(x * 100);
    return f / 100 === x && f < FEN_LIMIT && f > -FEN_LIMIT ? f : NaN;
  }
  return x === null || x === undefined || x === "" ? 0 : NaN;
}

/**
 * A cell's number x stated in `unit` as whole fen of 元 (the value toYuan(decimalFromNumber(x), unit) times
 * 100), or NaN when it is not one (finer than a fen, beyond 10^15 fen, not finite).
 */
export function amountFen(x: number, unit: Unit): number {
  if (unit === "yuan") {
    const f = Math.round(x * 100);
    return f / 100 === x && f < FEN_LIMIT && f > -FEN_LIMIT ? f : NaN;
  }
  const m = Math.round(x * 1e6);
  return m / 1e6 === x && m < FEN_LIMIT && m > -FEN_LIMIT ? m : NaN;
}
