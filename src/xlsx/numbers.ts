/**
 * Numbers read in place from the UTF-8 bytes of a part (src/xlsx/bytes.ts), without making a string per
 * cell. Each gives exactly what decoding the bytes and calling Number() or parseInt() would give; the fast
 * paths only skip work.
 */
import { decodeBytes } from "./bytes";

/** Exact powers of ten as doubles (10^22 is the largest that is exact). */
const POW10 = [
  1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
  1e20, 1e21, 1e22,
];

/**
 * The number written in s[start, end), the same double as Number() of that text. Plain decimals
 * such as "-1234.56" or "1.5E-3" with at most 15 significant digits and a power of ten within 10^±22 are
 * computed here: the digits are an exact integer (below 2^53) and one multiplication or division by an
 * exact power of ten rounds once, correctly (Clinger's fast path, as JavaScript engines use it).
 * Anything else goes to Number().
 */
export function numberAt(s: Uint8Array, start: number, end: number): number {
  let i = start;
  let negative = false;
  if (s[i] === 45 /* - */) {
    negative = true;
    i++;
  }
  let mantissa = 0;
  let digits = 0; // significant digits (after leading zeros)
  let any = false;
  let scale = 0; // digits after the point
  for (; i < end; i++) {
    const d = s[i] - 48;
    if (d < 0 || d > 9) break;
    any = true;
    if (mantissa !== 0 || d !== 0) digits++;
    mantissa = mantissa * 10 + d;
  }
  if (i < end && s[i] === 46 /* . */) {
    for (i++; i < end; i++) {
      const d = s[i] - 48;
      if (d < 0 || d > 9) break;
      any = true;
      if (mantissa !== 0 || d !== 0) digits++;
      mantissa = mantissa * 10 + d;
      scale++;
    }
  }
  let exponent = 0;
  if (any && i < end && (s[i] | 32) === 101 /* E e */) {
    let j = i + 1;
    let expNegative = false;
    const sign = s[j];
    if (sign === 43 || sign === 45) {
      expNegative = sign === 45;
      j++;
    }
    const from = j;
    for (; j < end && j - from < 4; j++) {
      const d = s[j] - 48;
      if (d < 0 || d > 9) break;
      exponent = exponent * 10 + d;
    }
    if (j === from) return Number(decodeBytes(s, start, end));
    if (expNegative) exponent = -exponent;
    i = j;
  }
  if (!any || i !== end || digits > 15) return Number(decodeBytes(s, start, end));
  const e = exponent - scale;
  let value: number;
  if (e === 0) value = mantissa;
  else if (e > 0 && e <= 22) value = mantissa * POW10[e];
  else if (e < 0 && e >= -22) value = mantissa / POW10[-e];
  else return Number(decodeBytes(s, start, end));
  return negative ? -value : value;
}

/** A non-negative integer written in s[start, end) (up to 9 digits), else parseInt of its text. */
export function indexAt(s: Uint8Array, start: number, end: number): number {
  if (end > start && end - start < 10) {
    let n = 0;
    let i = start;
    for (; i < end; i++) {
      const d = s[i] - 48;
      if (d < 0 || d > 9) break;
      n = n * 10 + d;
    }
    if (i === end) return n;
  }
  return parseInt(decodeBytes(s, start, end), 10);
}
