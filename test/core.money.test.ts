import { describe, test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import {
  Dec,
  formatAmount,
  formatPercent,
  growthRate,
  share,
  executionRate,
  perUnit,
  change,
  direction,
  roundHalfUp,
  toYuan,
  fromYuan,
  parseUnitLabel,
  decimalFromNumber,
} from "../src/core";

// ---- An independent oracle on BigInt: exact rationals, half-up on the magnitude. ----

const pow10 = (n: number): bigint => 10n ** BigInt(n);

/** round(num/den) half-up away from zero, as an integer count of 10^-places units. */
function oracleRound(num: bigint, den: bigint, places: number): bigint {
  const neg = num < 0n !== den < 0n;
  const n = (num < 0n ? -num : num) * pow10(places);
  const d = den < 0n ? -den : den;
  const q = n / d;
  const r = n % d;
  const rounded = r * 2n >= d ? q + 1n : q;
  return neg ? -rounded : rounded;
}

function oracleGroup(digits: string): string {
  const parts: string[] = [];
  for (let end = digits.length; end > 0; end -= 3) parts.unshift(digits.slice(Math.max(0, end - 3), end));
  return parts.join(",");
}

/** Text of a scaled integer with `places` decimals. */
function oracleText(units: bigint, places: number, grouped: boolean): string {
  const neg = units < 0n;
  const abs = (neg ? -units : units).toString().padStart(places + 1, "0");
  const int = abs.slice(0, abs.length - places);
  const frac = abs.slice(abs.length - places);
  const body = (grouped ? oracleGroup(int) : int) + (places > 0 ? `.${frac}` : "");
  return neg && units !== 0n ? `-${body}` : body;
}

function decimalString(units: bigint, scale: number): string {
  return oracleText(units, scale, false);
}

const bigAmount = fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }); // up to 10^14 元 at 10^-6 scale
const positive = fc.bigInt({ min: 1n, max: 10n ** 18n });

describe("formatAmount against the BigInt oracle", () => {
  test("10,000 random amounts in 元 with up to 6 decimals", () => {
    fc.assert(
      fc.property(bigAmount, (micro) => {
        const value = new Dec(decimalString(micro, 6));
        const expected = micro === 0n ? "0元" : oracleText(oracleRound(micro, 10n ** 6n, 2), 2, true) + "元";
        assert.equal(formatAmount(value, { unit: "yuan", decimals: 2 }), expected);
      }),
      { numRuns: 10_000, seed: 20231231 },
    );
  });

  test("10,000 random amounts in 万元", () => {
    fc.assert(
      fc.property(bigAmount, (micro) => {
        const value = new Dec(decimalString(micro, 6));
        // 元 → 万元 is ÷10^4: micro-yuan / 10^10 万元
        const expected = micro === 0n ? "0万元" : oracleText(oracleRound(micro, 10n ** 10n, 2), 2, true) + "万元";
        assert.equal(formatAmount(value, { unit: "wanYuan", decimals: 2 }), expected);
      }),
      { numRuns: 10_000, seed: 7 },
    );
  });

  test("amounts above 2^53 fen stay exact", () => {
    const fen = 2n ** 53n + 1n; // 9007199254740993 fen
    const value = new Dec(decimalString(fen, 2));
    assert.equal(formatAmount(value, { unit: "yuan", decimals: 2 }), "90,071,992,547,409.93元");
    assert.equal(formatAmount(new Dec("123456789012345678.995"), { unit: "yuan", decimals: 2 }), "123,456,789,012,345,679.00元");
  });

  test("tricky cases", () => {
    const f = (s: string) => formatAmount(new Dec(s), { unit: "yuan", decimals: 2 });
    assert.equal(f("1.005"), "1.01元"); // a float would give 1.00
    assert.equal(f("-1.005"), "-1.01元");
    assert.equal(f("0.125"), "0.13元");
    assert.equal(f("1214336.9"), "1,214,336.90元");
    assert.equal(f("149000"), "149,000.00元");
    assert.equal(f("96455.4"), "96,455.40元");
    assert.equal(f("35318.18"), "35,318.18元");
    assert.equal(f("0"), "0元");
    assert.equal(f("-0.004"), "0.00元"); // non-zero but rounds to zero: no "-0.00"
    assert.equal(f("999.995"), "1,000.00元");
    assert.equal(formatAmount(new Dec("113684009.05"), { unit: "wanYuan", decimals: 2 }), "11,368.40万元");
    assert.equal(formatAmount(new Dec("0"), { unit: "wanYuan", decimals: 2 }), "0万元");
    assert.equal(formatAmount(new Dec("1234.5"), { unit: "yuan", decimals: 2, withUnit: false }), "1,234.50");
  });
});

describe("formatPercent and ratios against the BigInt oracle", () => {
  test("10,000 random shares at 1 decimal, whole numbers bare", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 18n), max: 10n ** 18n }), positive, (part, total) => {
        const ratio = share(new Dec(part.toString()), new Dec(total.toString()));
        assert.ok(ratio);
        const tenths = oracleRound(part * 100n, total, 1);
        const expected = tenths % 10n === 0n ? `${oracleText(tenths / 10n, 0, false)}%` : `${oracleText(tenths, 1, false)}%`;
        assert.equal(formatPercent(ratio, { decimals: 1, bareWhole: true }), expected);
      }),
      { numRuns: 10_000, seed: 42 },
    );
  });

  test("10,000 random growth rates at 2 decimals, decimals always kept", () => {
    fc.assert(
      fc.property(bigAmount, fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }).filter((b) => b !== 0n), (cur, base) => {
        const rate = growthRate(new Dec(decimalString(cur, 6)), new Dec(decimalString(base, 6)));
        const absBase = base < 0n ? -base : base;
        const hundredths = oracleRound((cur - base) * 100n, absBase, 2);
        assert.equal(formatPercent(rate, { decimals: 2, bareWhole: false }), `${oracleText(hundredths, 2, false)}%`);
      }),
      { numRuns: 10_000, seed: 99 },
    );
  });

  test("x.x5 boundaries round half up, once, from exact amounts", () => {
    const p = (r: string, d = 1, bare = true) => formatPercent(new Dec(r), { decimals: d, bareWhole: bare });
    assert.equal(p("0.1625"), "16.3%");
    assert.equal(p("0.16249999"), "16.2%");
    assert.equal(p("-0.1625"), "-16.3%");
    assert.equal(p("0.00049"), "0%");
    assert.equal(p("-0.0004"), "0%"); // never "-0%"
    assert.equal(p("3.4698"), "347%");
    assert.equal(p("3.4698", 2, false), "346.98%");
    assert.equal(p("1", 2, false), "100.00%");
    assert.equal(p("12.337"), "1233.7%"); // no thousands separator in percentages
    // 科技条件与服务: 595,509.17 / 3,680,551.07 = 16.18…% → 16.2% (the reference printed 16.3%)
    const rate = growthRate(new Dec("4276060.24"), new Dec("3680551.07"));
    assert.equal(formatPercent(rate, { decimals: 1, bareWhole: true }), "16.2%");
  });
});

describe("measures", () => {
  test("reference figures", () => {
    const rate = growthRate(new Dec("112078856.26"), new Dec("72527785.37"));
    assert.equal(formatPercent(rate, { decimals: 1, bareWhole: true }), "54.5%");
    assert.equal(change(new Dec("113684009.05"), new Dec("75690311.62")).toString(), "37993697.43");
    const s = share(new Dec("104505587.14"), new Dec("112078856.26"));
    assert.equal(formatPercent(s!, { decimals: 1, bareWhole: true }), "93.2%");
    assert.equal(perUnit(new Dec("44531.60"), new Dec(6))!.toString(), "7421.93");
    assert.equal(executionRate(new Dec("25.70"), new Dec("30.80"))!.times(100).toDecimalPlaces(2).toString(), "83.44");
  });

  test("zero bases follow the publishing convention", () => {
    assert.equal(growthRate(new Dec(149000), new Dec(0)).toString(), "1");
    assert.equal(growthRate(new Dec(0), new Dec(0)).toString(), "0");
    assert.equal(growthRate(new Dec(-5), new Dec(0)).toString(), "-1");
    assert.equal(growthRate(new Dec(0), new Dec(100000)).toString(), "-1");
    assert.equal(growthRate(new Dec(-50), new Dec(-100)).toString(), "0.5"); // |base| in the denominator
    assert.equal(share(new Dec(1), new Dec(0)), null);
    assert.equal(executionRate(new Dec(1), new Dec(0)), null);
    assert.equal(perUnit(new Dec(1), new Dec(0)), null);
  });

  test("directions", () => {
    assert.equal(direction(new Dec(2), new Dec(1)), "up");
    assert.equal(direction(new Dec(1), new Dec(2)), "down");
    assert.equal(direction(new Dec("1.0"), new Dec(1)), "flat");
  });

  test("perUnit rounds to the fen half up, 10,000 random cases", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 16n }), fc.integer({ min: 1, max: 100000 }), (fen, count) => {
        const got = perUnit(new Dec(decimalString(fen, 2)), new Dec(count))!;
        const expected = oracleRound(fen, BigInt(count) * 100n, 2);
        assert.equal(got.toString(), new Dec(decimalString(expected, 2)).toString());
      }),
      { numRuns: 10_000, seed: 5 },
    );
  });

  test("roundHalfUp is the only rounding and is half-up on the magnitude", () => {
    assert.equal(roundHalfUp(new Dec("2.5"), 0).toString(), "3");
    assert.equal(roundHalfUp(new Dec("-2.5"), 0).toString(), "-3");
    assert.equal(roundHalfUp(new Dec("2.4999999999999999999"), 0).toString(), "2");
  });
});

describe("units", () => {
  test("元 ↔ 万元 exactly, 10,000 random cases", () => {
    fc.assert(
      fc.property(bigAmount, (micro) => {
        const yuan = new Dec(decimalString(micro, 6));
        assert.ok(toYuan(fromYuan(yuan, "wanYuan"), "wanYuan").eq(yuan));
      }),
      { numRuns: 10_000, seed: 1 },
    );
    assert.equal(toYuan(new Dec("9685.55"), "wanYuan").toString(), "96855500");
  });

  test("unit labels", () => {
    assert.equal(parseUnitLabel("单位：元"), "yuan");
    assert.equal(parseUnitLabel("金额单位：万元"), "wanYuan");
    assert.equal(parseUnitLabel("单位: 万 元"), "wanYuan");
    assert.equal(parseUnitLabel("公开01表"), null);
  });

  test("numbers read from Excel carry no float noise", () => {
    assert.equal(decimalFromNumber(0.1 + 0.2).toString(), "0.3");
    assert.equal(decimalFromNumber(104505587.14).toString(), "104505587.14");
    assert.equal(decimalFromNumber(-0).toString(), "0");
    assert.throws(() => decimalFromNumber(Number.NaN));
  });
});
