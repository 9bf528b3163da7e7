import DecimalJs from "decimal.js";

/**
 * The one Decimal constructor of the project: 50 significant digits for intermediate results
 * (far beyond any amount in fen), half-up rounding (四舍五入) when we round on purpose.
 * A quotient p/q with q < 10^20 cannot carry a run of 30 nines or zeros past its 20th digit,
 * so rounding a 50-digit quotient once more gives the same result as rounding the exact fraction.
 */
export const Dec = DecimalJs.clone({
  precision: 50,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -40,
  toExpPos: 40,
});
export type Dec = InstanceType<typeof Dec>;

export const ZERO = new Dec(0);
export const ONE = new Dec(1);
export const HUNDRED = new Dec(100);
export const TEN_THOUSAND = new Dec(10000);

/** Rounds half-up (away from zero on a tie) to `places` decimals: the project's only rounding. */
export function roundHalfUp(value: Dec, places: number): Dec {
  return value.toDecimalPlaces(places, Dec.ROUND_HALF_UP);
}

/** Below 10^15 a whole number of fen has at most 15 significant digits. */
const FEN_LIMIT = 1e15;

/**
 * Converts a JavaScript number the way Excel stores it: 15 significant digits, no float noise
 * (0.1 + 0.2 read from a cell becomes 0.3, as Excel shows it) — the value of n.toPrecision(15).
 *
 * Fast path, same value: when n is a whole number of fen f (|f| < 10^15, f / 100 === n), n is the double
 * nearest the decimal D = f/100 (one correctly rounded division of exact integers), and D has at most 15
 * significant digits. Any double lies within 2^-53 (relative) of D, while two decimals of 15 significant
 * digits lie at least 10^-15 apart (relative), so rounding n to 15 digits gives D, and the shortest
 * round-trip form String(n) — which `new Dec(n)` parses, without the 15-digit padding — is D as well.
 */
export function decimalFromNumber(n: number): Dec {
  const fen = Math.round(n * 100);
  if (fen / 100 === n && fen < FEN_LIMIT && fen > -FEN_LIMIT) return n === 0 ? ZERO : new Dec(n);
  if (!Number.isFinite(n)) throw new RangeError(`not a finite number: ${n}`);
  return new Dec(n.toPrecision(15));
}

export function isDecimal(x: unknown): x is Dec {
  return DecimalJs.isDecimal(x);
}

/** Sum of decimals, exact. */
export function sum(values: readonly Dec[]): Dec {
  let total = ZERO;
  for (const v of values) total = total.plus(v);
  return total;
}
