// Fast paths must give exactly what the plain implementations give.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { Dec, cellRef, decimalFromNumber, growthRate, offsetA1 } from "../src/core";
import { growthLogic, sharesLogic } from "../src/functions/logic";
import { ratioNumber } from "../src/functions/logic/quotient";
import { Grid } from "../src/tables/grid";

/** The representation decimal.js keeps (sign, exponent, base-10^7 words): equal means the same Decimal. */
function parts(d: InstanceType<typeof Dec>): string {
  const x = d as unknown as { s: number; e: number; d: number[] };
  return JSON.stringify([x.s, x.e, x.d]);
}

/** The implementation before the fast path: Excel's 15 significant digits via toPrecision. */
function reference(n: number): InstanceType<typeof Dec> {
  return n === 0 ? new Dec(0) : new Dec(n.toPrecision(15));
}

const fen = fc.integer({ min: -(10 ** 15) + 1, max: 10 ** 15 - 1 }).map((f) => f / 100);
const bigFen = fc.integer({ min: 10 ** 14, max: Number.MAX_SAFE_INTEGER }).map((f) => f / 100);
const scaled = fc
  .tuple(fc.integer({ min: -(10 ** 9), max: 10 ** 9 }), fc.integer({ min: -30, max: 30 }))
  .map(([m, e]) => m * 10 ** e);
const anyNumber = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
  fc.maxSafeInteger(),
  fen,
  bigFen,
  scaled,
  fc.double({ min: -1e-3, max: 1e-3, noNaN: true }),
  fc.constantFrom(0.1 + 0.2, 1e15, 1e15 - 0.01, 999999999999999, 1e21, 5e-324, -0, 0.005, 1.005, 0.01),
);

describe("decimalFromNumber fast path", () => {
  test("equals toPrecision(15) parsing on 10,000 random numbers (doubles, integers, fen, large and small)", () => {
    fc.assert(
      fc.property(anyNumber, (n) => {
        assert.equal(parts(decimalFromNumber(n)), parts(reference(n)), `n = ${n}`);
      }),
      { numRuns: 10_000, seed: 20231231 },
    );
  });

  test("known values", () => {
    assert.equal(decimalFromNumber(0.1 + 0.2).toString(), "0.3");
    assert.equal(decimalFromNumber(113684009.05).toString(), "113684009.05");
    assert.equal(decimalFromNumber(-1234.5).toString(), "-1234.5");
    assert.equal(decimalFromNumber(1 / 3).toString(), "0.333333333333333");
    assert.equal(decimalFromNumber(123456789012345.67).toString(), "123456789012346");
    assert.throws(() => decimalFromNumber(Number.POSITIVE_INFINITY), RangeError);
    assert.throws(() => decimalFromNumber(Number.NaN), RangeError);
  });
});

describe("GROWTH and SHARES with lazy coercion", () => {
  const amount = fc.oneof(fen, fc.double({ min: -1e12, max: 1e12, noNaN: true }));

  test("GROWTH equals (current − base) / |base| cell by cell, from the coerced values", () => {
    fc.assert(
      fc.property(fc.array(amount, { minLength: 1, maxLength: 30 }), amount, (cur, b) => {
        const out = growthLogic(cur.map((x) => [x]), b, null);
        const base = decimalFromNumber(b);
        cur.forEach((x, i) => {
          const c = decimalFromNumber(x);
          const want = base.isZero() ? growthRate(c, base).toNumber() || 0 : ratioNumber(c.minus(base), base);
          assert.equal(out[i][0], want, `growth(${x}, ${b})`);
        });
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  test("SHARES equals part / total cell by cell; an error cell makes every cell that error", () => {
    fc.assert(
      fc.property(fc.array(amount, { minLength: 1, maxLength: 30 }), (xs) => {
        const out = sharesLogic(xs.map((x) => [x]));
        const total = xs.reduce((t, x) => t.plus(decimalFromNumber(x)), new Dec(0));
        xs.forEach((x, i) => {
          const v = out[i][0];
          if (total.isZero()) assert.equal(typeof v === "object" && v.code, "divisionByZero");
          else assert.equal(v, (total.isNeg() ? -1 : 1) * ratioNumber(decimalFromNumber(x), total) || 0, `share of ${x}`);
        });
      }),
      { numRuns: 300, seed: 11 },
    );
    const withError = sharesLogic([[1], ["abc"], [2], [{ error: "#N/A" }]]);
    assert.equal(withError.length, 4);
    for (const [v] of withError) assert.equal(typeof v === "object" && v.code, "invalidValue");
  });

  test("a second argument that is an error still wins per cell", () => {
    const out = growthLogic([[10], [20]], [[5], ["x"]], null);
    assert.equal(out[0][0], 1);
    assert.equal(typeof out[1][0] === "object" && out[1][0].code, "invalidValue");
  });
});

describe("Grid.ref with the cached column prefix", () => {
  test("equals cellRef(sheet, offsetA1(origin, r, c)) for any origin", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 700 }),
        fc.integer({ min: 0, max: 5000 }),
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 3000 }),
        (oc, or, c, r) => {
          const origin = `${columnName(oc)}${or + 1}`;
          const g = new Grid({ name: "支出决算表", origin, values: [[1]] });
          assert.equal(g.ref(r, c), cellRef("支出决算表", offsetA1(origin, r, c)));
          assert.equal(g.ref(r, c), `支出决算表!${g.address(r, c)}`);
        },
      ),
      { numRuns: 2000, seed: 3 },
    );
  });
});

function columnName(i: number): string {
  let n = i + 1;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
