// Fast paths must give exactly what the plain implementations give.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { Dec, cellRef, decimalFromNumber, offsetA1 } from "../src/core";
import { growthDecimal, growthLogic, sharesDecimal, sharesLogic } from "../src/functions/logic";
import { seeded } from "./helpers/proofread-corpus";
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

describe("GROWTH and SHARES: the whole-fen fast path against the Decimal path", () => {
  // The oracle is the Decimal path (growthDecimal, sharesDecimal: coercion through decimalFromNumber,
  // Decimal arithmetic at 50 digits) and, for plain numbers, a quotient computed here with Decimal
  // division — neither shares code with src/functions/logic/fen.ts.
  const rand = seeded(20241202);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  /** Amounts as they occur (fen, whole 元, 万元 with 6 decimals), with the odd cases the fast path must leave alone. */
  function cell(): unknown {
    const u = rand();
    if (u < 0.55) return Math.round((rand() - 0.3) * 10 ** Math.floor(rand() * 13)) / 100; // whole fen
    if (u < 0.65) return Math.round((rand() - 0.5) * 1e9); // whole 元
    if (u < 0.72) return Math.round(rand() * 1e10) / 1e6; // 万元 with 6 decimals: not whole fen
    if (u < 0.77) return (rand() - 0.5) * 10 ** (Math.floor(rand() * 40) - 20); // any double
    if (u < 0.8) return pick([0, -0, null, "", 0.1 + 0.2, 1.005, 9999999999999.99, -9999999999999.99, 1e13, 123456789012345.67]);
    if (u < 0.82) return pick(["1,234.56", "（5）", "abc", true, { error: "#N/A" }, Number.NaN]);
    return Math.round((rand() - 0.5) * 2e14) / 100; // large whole fen
  }
  const grid = (rows: number, cols: number) =>
    Array.from({ length: rows }, () => Array.from({ length: cols }, cell));
  const isFen = (v: unknown) => typeof v === "number" && Math.round(v * 100) / 100 === v;
  const plainQuotient = (num: InstanceType<typeof Dec>, den: InstanceType<typeof Dec>) => {
    const q = num.div(den);
    return q.isZero() ? 0 : q.toNumber();
  };

  test("GROWTH: over 100,000 random cells, scalar and range bases, give exactly the Decimal path's results", () => {
    let cases = 0;
    let fenCells = 0;
    for (let batch = 0; batch < 100; batch++) {
      const rows = 200 + Math.floor(rand() * 400);
      const cols = 1 + Math.floor(rand() * 5);
      const current = grid(rows, cols);
      const base = batch % 3 === 0 ? [[cell()]] : grid(rows, cols);
      const got = growthLogic(current, base, null);
      assert.deepEqual(got, growthDecimal(current, base, null), `batch ${batch}`);
      for (let r = 0; r < rows; r++) {
        for (let c = 0; c < cols; c++) {
          cases++;
          const x = current[r][c];
          const b = base.length === 1 && base[0].length === 1 ? base[0][0] : base[r][c];
          if (typeof x !== "number" || typeof b !== "number" || !Number.isFinite(x) || !Number.isFinite(b) || b === 0) continue;
          const cd = decimalFromNumber(x);
          const bd = decimalFromNumber(b);
          if (isFen(x) && isFen(b)) fenCells++;
          assert.equal(got[r][c], plainQuotient(cd.minus(bd), bd.abs()), `growth(${x}, ${b})`);
        }
      }
    }
    assert.ok(cases >= 100_000 && fenCells >= 50_000, `${cases} cases, ${fenCells} whole-fen`);
  });

  test("SHARES: 2,000 random ranges (over 100,000 cells) give exactly the Decimal path's results", () => {
    let cells = 0;
    let fast = 0;
    for (let k = 0; k < 2000; k++) {
      const rows = 1 + Math.floor(rand() * 100);
      const cols = 1 + Math.floor(rand() * 2);
      // Half the ranges hold whole fen only, so the fast path decides the whole range.
      const range = k % 2 === 0 ? grid(rows, cols) : grid(rows, cols).map((row) => row.map(() => Math.round((rand() - 0.2) * 1e12) / 100));
      const got = sharesLogic(range);
      assert.deepEqual(got, sharesDecimal(range), `range ${k}`);
      cells += rows * cols;
      if (range.every((row) => row.every(isFen))) {
        fast++;
        const total = range.flat().reduce((t: InstanceType<typeof Dec>, v) => t.plus(decimalFromNumber(v as number)), new Dec(0));
        if (!total.isZero()) {
          range.forEach((row, r) => row.forEach((v, c) => assert.equal(got[r][c], plainQuotient(decimalFromNumber(v as number), total) || 0)));
        }
      }
    }
    assert.ok(cells >= 100_000 && fast >= 1000, `${cells} cells, ${fast} whole-fen ranges`);
  });

  test("known values: fen, a zero base, text and errors, and a sum beyond 2^53", () => {
    assert.deepEqual(growthLogic([[110], [0.01], ["12.5"]], 100, null), [[0.1], [-0.9999], [-0.875]]);
    assert.deepEqual(growthLogic([[5], [-5], [0]], 0, null), [[1], [-1], [0]]);
    assert.equal((growthLogic([[5]], 0, "error")[0][0] as { code: string }).code, "divisionByZero");
    const out = growthLogic([[10], [20]], [[5], ["x"]], null);
    assert.equal(out[0][0], 1);
    assert.equal(typeof out[1][0] === "object" && out[1][0].code, "invalidValue");
    assert.deepEqual(sharesLogic([[1], [3]]), [[0.25], [0.75]]);
    const huge = sharesLogic([[9e12], [9e12], [-9e12], [1]]);
    assert.deepEqual(huge, sharesDecimal([[9e12], [9e12], [-9e12], [1]]));
    const withError = sharesLogic([[1], ["abc"], [2], [{ error: "#N/A" }]]);
    assert.equal(withError.length, 4);
    for (const [v] of withError) assert.equal(typeof v === "object" && v.code, "invalidValue");
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
