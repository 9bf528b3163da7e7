/**
 * The reader reads numbers and indexes in place from a part's UTF-8 bytes (src/xlsx/numbers.ts) instead of
 * decoding a string and calling Number() / parseInt(): every kind of text a <v> may hold gives the very same
 * double (Object.is, so -0 and NaN count), over stated cases (non-ASCII ones too) and 50,000 seeded random ones.
 */
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { indexAt, numberAt } from "../src/xlsx/numbers";
import { seeded } from "./helpers/proofread-corpus";

const utf8 = (s: string) => new TextEncoder().encode(s);

function same(text: string): void {
  const padded = utf8(`<v>${text}</v>`);
  const got = numberAt(padded, 3, padded.length - 4);
  assert.ok(Object.is(got, Number(text)), `${JSON.stringify(text)}: ${got} !== ${Number(text)}`);
}

describe("numberAt is Number()", () => {
  test("stated cases", () => {
    const cases = [
      "0",
      "-0",
      "1",
      "-1",
      "75690311.62",
      "0.1",
      "0.3",
      "-1234.56",
      "1.5E-3",
      "1e5",
      "1E+22",
      "1e23",
      "1e-22",
      "1e-23",
      "123456789012345",
      "1234567890123456",
      "12345678901234567890",
      "9007199254740993",
      "0.000000000000000001234",
      "5.",
      ".5",
      "-.5",
      "1e",
      "1e+",
      "-",
      "",
      " 1",
      "1 ",
      "+5",
      "0x10",
      "Infinity",
      "-Infinity",
      "NaN",
      "1,000",
      "1_000",
      "00012.50",
      "4.35",
      "2.675",
      "1.005",
      "8.0000000000000001",
      "1e99999",
      "0e500",
      "3.4E38",
      "2.2250738585072014E-308",
      "\u00a012\u00a0", // no-break spaces around: Number() trims them
      "１２", // full-width digits: NaN
      "1２",
      "\u30001\u3000",
    ];
    assert.equal(numberAt(utf8("75690311.62"), 0, 11), 75690311.62);
    for (const c of cases) same(c);
  });

  test("50,000 random decimals as Excel writes them (and some it does not)", () => {
    const rand = seeded(20231231);
    const digits = (n: number) => Array.from({ length: n }, () => String(Math.floor(rand() * 10))).join("");
    for (let i = 0; i < 50_000; i++) {
      const sign = rand() < 0.3 ? "-" : "";
      const int = digits(1 + Math.floor(rand() * 17));
      const frac = rand() < 0.7 ? `.${digits(1 + Math.floor(rand() * 17))}` : "";
      const exp =
        rand() < 0.15 ? `E${rand() < 0.5 ? "-" : rand() < 0.5 ? "+" : ""}${Math.floor(rand() * 40)}` : "";
      same(sign + int + frac + exp);
      same(String(rand() * 10 ** Math.floor(rand() * 30 - 15)));
    }
  });
});

describe("indexAt is parseInt()", () => {
  test("stated cases", () => {
    for (const c of ["0", "7", "443", "123456789", "1234567890", "12x", "", "-1", " 3", "007", "\u00a03", "３"]) {
      const b = utf8(c);
      assert.ok(Object.is(indexAt(b, 0, b.length), parseInt(c, 10)), c);
    }
  });
});
