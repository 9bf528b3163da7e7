import { type Dec, ONE } from "../../core";

/**
 * num / |den| as the double Excel stores (den ≠ 0). Over a column the divisor is usually one scalar, so its
 * 50-digit reciprocal is computed once and multiplied: the product differs from the exact quotient by less
 * than 10^-45 relative, far below a double's 10^-16, and decimal.js multiplies ~3× faster than it divides.
 * Amounts never go through here: only ratios that leave as doubles.
 */
let lastDivisor: Dec | null = null;
let lastReciprocal: Dec = ONE;

export function ratioNumber(num: Dec, den: Dec): number {
  if (den !== lastDivisor) {
    lastDivisor = den;
    lastReciprocal = ONE.div(den.abs());
  }
  const q = num.times(lastReciprocal);
  return q.isZero() ? 0 : q.toNumber();
}
