/**
 * Checks the arithmetic written in a correction's `computed` text with decimal.js, independently of the
 * program: "39,551,070.89 ÷ 72,527,785.37 = 54.53%", "0 − 100,000.00 = −100,000.00；÷ 100,000.00 = −100%",
 * "595,509.17 ÷ 3,680,551.07 = 16.1799…% → 16.2%". Segments are cut at "；"; a segment that starts with an
 * operator continues from the previous result; full-width brackets hold comments. A result ending in "%" is
 * the quotient × 100; its digits say how it was rounded (half-up; "…" marks that more digits follow).
 */
import Decimal from "decimal.js";

const D = Decimal.clone({ precision: 50, rounding: Decimal.ROUND_HALF_UP });

const NUMBER = /^[−-]?\d[\d,]*(\.\d+)?/;

function num(s: string): InstanceType<typeof D> {
  return new D(s.replace(/,/g, "").replace("−", "-"));
}

function evaluate(expr: string, previous: InstanceType<typeof D> | null): InstanceType<typeof D> {
  let rest = expr.replace(/\s+/g, "");
  let value: InstanceType<typeof D>;
  if (/^[+−×÷]/.test(rest)) {
    if (!previous) throw new Error(`“${expr}” continues a result that is not there`);
    value = previous;
  } else {
    const m = NUMBER.exec(rest);
    if (!m) throw new Error(`“${expr}” does not start with a number`);
    value = num(m[0]);
    rest = rest.slice(m[0].length).replace(/^元/, "");
  }
  while (rest) {
    const op = rest[0];
    const m = NUMBER.exec(rest.slice(1));
    if (!"+−×÷".includes(op) || !m) throw new Error(`cannot read “${rest}” in “${expr}”`);
    const operand = num(m[0]);
    value =
      op === "+" ? value.plus(operand) : op === "−" ? value.minus(operand) : op === "×" ? value.times(operand) : value.div(operand);
    rest = rest.slice(1 + m[0].length).replace(/^元/, "");
  }
  return value;
}

export interface Computed {
  /** The value of the last segment (a ratio already × 100 when written with "%"). */
  value: InstanceType<typeof D>;
  percent: boolean;
}

/** Evaluates every segment; throws with a readable message when a stated result is wrong. */
export function checkComputed(text: string): Computed {
  const body = text.replace(/（[^）]*）/g, "");
  let previous: InstanceType<typeof D> | null = null;
  let last: Computed | null = null;
  for (const segment of body.split("；")) {
    const eq = segment.indexOf("=");
    if (eq < 0) throw new Error(`“${segment}” states no result`);
    const lhs = evaluate(segment.slice(0, eq), previous);
    const rhs = segment.slice(eq + 1).replace(/\s+/g, "");
    const [stated, ...rounded] = rhs.split("→");
    const percent = stated.includes("%");
    const value = percent ? lhs.times(100) : lhs;
    const m = NUMBER.exec(stated);
    if (!m) throw new Error(`“${stated}” is not a number`);
    const digits = (m[1] ?? "").length - (m[1] ? 1 : 0);
    const written = num(m[0]);
    const ok = value.toDecimalPlaces(digits, Decimal.ROUND_HALF_UP).abs().eq(written.abs());
    if (!ok) throw new Error(`“${segment}”: ${segment.slice(0, eq)} = ${value.toString()}, not ${stated}`);
    for (const r of rounded) {
      const rm = NUMBER.exec(r);
      if (!rm) throw new Error(`“${r}” is not a number`);
      const d = (rm[1] ?? "").length - (rm[1] ? 1 : 0);
      if (!value.abs().toDecimalPlaces(d, Decimal.ROUND_HALF_UP).eq(num(rm[0]).abs())) {
        throw new Error(`“${segment}”: ${value.toString()} rounds to ${value.abs().toDecimalPlaces(d).toString()}, not ${r}`);
      }
    }
    previous = percent ? lhs : value;
    last = { value, percent };
  }
  if (!last) throw new Error("empty");
  return last;
}

/** How our text prints the value: amounts to the fen with separators, percents with one decimal (bare if whole). */
export function printedForms(c: Computed): string[] {
  const v = c.value.abs();
  if (c.percent) {
    const r = v.toDecimalPlaces(1, Decimal.ROUND_HALF_UP);
    return [r.isInteger() ? `${r.toFixed(0)}%` : `${r.toFixed(1)}%`];
  }
  if (v.isZero()) return ["0元"];
  const [int, frac] = v.toFixed(2, Decimal.ROUND_HALF_UP).split(".");
  return [`${int.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}.${frac}`];
}

/** The operands of the first segment as our text prints amounts ("44,015.00 + 0 + …" → "44,015.00元", "0元"). */
export function operandForms(text: string): string[] {
  const first = text.replace(/（[^）]*）/g, "").split("；")[0].split("=")[0];
  return [...first.matchAll(/\d[\d,]*(\.\d+)?/g)].map((m) => `${printedForms({ value: num(m[0]), percent: false })[0].replace(/元$/, "")}元`);
}
