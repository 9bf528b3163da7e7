import { describe, test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { Dec, chineseUppercase } from "../src/core";

const DIGIT: Record<string, bigint> = {
  壹: 1n,
  贰: 2n,
  叁: 3n,
  肆: 4n,
  伍: 5n,
  陆: 6n,
  柒: 7n,
  捌: 8n,
  玖: 9n,
};
const POS: Record<string, bigint> = { 拾: 10n, 佰: 100n, 仟: 1000n };

/**
 * Independent reader of an uppercase amount, written without looking at the writer: returns the amount in
 * fen (bigint), checking the grammar strictly enough that misplaced units or stray characters throw.
 */
function parseUppercase(text: string): bigint {
  let s = text;
  let sign = 1n;
  if (s.startsWith("负")) {
    sign = -1n;
    s = s.slice(1);
  }
  if (s === "零元整") return 0n;
  let total = 0n; // completed 亿 groups
  let wan = 0n; // value accumulated below 亿
  let section = 0n; // value accumulated below 万
  let digit: bigint | null = null;
  let yuan = 0n;
  let jiao = 0n;
  let fen = 0n;
  let stage: "int" | "jiao" | "fen" | "end" = "int";
  for (const ch of s) {
    if (stage === "end") throw new Error(`text after 分/整: ${text}`);
    if (ch in DIGIT) {
      if (digit !== null) throw new Error(`two digits in a row: ${text}`);
      digit = DIGIT[ch];
    } else if (ch === "零") {
      if (digit !== null) throw new Error(`零 after a digit: ${text}`);
    } else if (ch in POS) {
      if (digit === null) throw new Error(`unit without digit: ${text}`);
      section += digit * POS[ch];
      digit = null;
    } else if (ch === "万") {
      wan += (section + (digit ?? 0n)) * 10000n;
      section = 0n;
      digit = null;
    } else if (ch === "亿") {
      total = (total + wan + section + (digit ?? 0n)) * 100000000n;
      wan = section = 0n;
      digit = null;
    } else if (ch === "元") {
      if (stage !== "int") throw new Error(`元 out of place: ${text}`);
      yuan = total + wan + section + (digit ?? 0n);
      digit = null;
      stage = "jiao";
    } else if (ch === "角") {
      if (digit === null) throw new Error(`角 without digit: ${text}`);
      jiao = digit;
      digit = null;
      stage = "fen";
    } else if (ch === "分") {
      if (digit === null) throw new Error(`分 without digit: ${text}`);
      fen = digit;
      digit = null;
      stage = "end";
    } else if (ch === "整") {
      stage = "end";
    } else {
      throw new Error(`unexpected character ${ch}: ${text}`);
    }
  }
  if (digit !== null) throw new Error(`dangling digit: ${text}`);
  return sign * (yuan * 100n + jiao * 10n + fen);
}

const fenToDec = (fen: bigint): Dec => new Dec(fen.toString()).div(100);

describe("chineseUppercase (大写金额)", () => {
  test("the required example and the standard examples of the written-amount rules", () => {
    const cases: [string, string][] = [
      ["113684009.05", "壹亿壹仟叁佰陆拾捌万肆仟零玖元零伍分"],
      ["1409.50", "壹仟肆佰零玖元伍角整"],
      ["6007.14", "陆仟零柒元壹角肆分"],
      ["107000.53", "壹拾万柒仟元零伍角叁分"],
      ["1680.32", "壹仟陆佰捌拾元零叁角贰分"],
      ["325.04", "叁佰贰拾伍元零肆分"],
    ];
    for (const [amount, text] of cases) assert.equal(chineseUppercase(new Dec(amount)), text, amount);
  });

  test("万/亿 sections, 壹拾, zero runs", () => {
    const cases: [string, string][] = [
      ["100000000", "壹亿元整"],
      ["100010000", "壹亿零壹万元整"],
      ["10", "壹拾元整"],
      ["110", "壹佰壹拾元整"],
      ["1010", "壹仟零壹拾元整"],
      ["1005", "壹仟零伍元整"],
      ["100000", "壹拾万元整"],
      ["1000100", "壹佰万零壹佰元整"],
      ["10001000", "壹仟万壹仟元整"],
      ["1000000000000", "壹万亿元整"],
      ["1000000010000", "壹万亿零壹万元整"],
      ["123456789012.34", "壹仟贰佰叁拾肆亿伍仟陆佰柒拾捌万玖仟零壹拾贰元叁角肆分"],
    ];
    for (const [amount, text] of cases) assert.equal(chineseUppercase(new Dec(amount)), text, amount);
  });

  test("整 after 元 and 角, never after 分; amounts below one 元; zero; negatives; rounding to the fen", () => {
    assert.equal(chineseUppercase(new Dec("1")), "壹元整");
    assert.equal(chineseUppercase(new Dec("1.5")), "壹元伍角整");
    assert.equal(chineseUppercase(new Dec("1.55")), "壹元伍角伍分");
    assert.equal(chineseUppercase(new Dec("10.5")), "壹拾元零伍角整");
    assert.equal(chineseUppercase(new Dec("10.05")), "壹拾元零伍分");
    assert.equal(chineseUppercase(new Dec("0.05")), "伍分");
    assert.equal(chineseUppercase(new Dec("0.5")), "伍角整");
    assert.equal(chineseUppercase(new Dec("0.55")), "伍角伍分");
    assert.equal(chineseUppercase(new Dec("0")), "零元整");
    assert.equal(chineseUppercase(new Dec("-0.004")), "零元整");
    assert.equal(chineseUppercase(new Dec("0.005")), "壹分");
    assert.equal(chineseUppercase(new Dec("-1.5")), "负壹元伍角整");
    assert.equal(chineseUppercase(new Dec("2.675")), "贰元陆角捌分");
    assert.equal(chineseUppercase(new Dec("-113684009.05")), "负壹亿壹仟叁佰陆拾捌万肆仟零玖元零伍分");
  });

  test("the independent reader accepts the examples and rejects malformed text", () => {
    assert.equal(parseUppercase("壹亿壹仟叁佰陆拾捌万肆仟零玖元零伍分"), 11368400905n);
    assert.equal(parseUppercase("壹万亿零壹万元整"), 100000001000000n);
    assert.throws(() => parseUppercase("壹壹元整"));
    assert.throws(() => parseUppercase("壹元整伍分"));
    assert.throws(() => parseUppercase("拾元整"));
  });

  test("round-trips 10,000 random amounts and keeps the writing rules", () => {
    const fenAmounts = fc.oneof(
      fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }),
      fc.bigInt({ min: -100000n, max: 100000n }),
      // sparse digits: many zeros inside, the hard cases for 零
      fc
        .array(fc.constantFrom(0, 0, 0, 1, 5, 9), { minLength: 1, maxLength: 15 })
        .map((ds) => BigInt(ds.join(""))),
    );
    fc.assert(
      fc.property(fenAmounts, (fen) => {
        const text = chineseUppercase(fenToDec(fen));
        assert.equal(parseUppercase(text), fen, text);
        const body = text.replace(/^负/, "");
        assert.equal(text.startsWith("负"), fen < 0n, text);
        assert.ok(!body.includes("零零"), text);
        assert.ok(fen === 0n || !body.startsWith("零"), text);
        assert.ok(fen === 0n || !/零[元万亿整]/.test(body), text);
        assert.equal(body.endsWith("整"), fen % 10n === 0n, text);
        assert.ok(!body.includes("分整"), text);
        assert.match(body, /^[零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整]+$/);
      }),
      { numRuns: 10000, seed: 20231231 },
    );
  });
});
