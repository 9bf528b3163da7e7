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

/** Converts a JavaScript number the way Excel stores it: 15 significant digits, no float noise. */
export function decimalFromNumber(n: number): Dec {
  if (!Number.isFinite(n)) throw new RangeError(`not a finite number: ${n}`);
  if (n === 0) return ZERO;
  // Excel keeps 15 significant digits; 0.1 + 0.2 read from a cell becomes 0.3, as Excel shows it.
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
