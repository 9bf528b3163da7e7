import { describe, test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { parseAmount, parseAmountText, groupThousands, toCellValue, normalizeLabel } from "../src/core";

const ok = (v: Parameters<typeof parseAmount>[0]) => {
  const r = parseAmount(v);
  assert.ok(r.ok, `expected ${JSON.stringify(v)} to parse`);
  return r.value.toString();
};
const bad = (v: Parameters<typeof parseAmount>[0]) => {
  const r = parseAmount(v);
  assert.ok(!r.ok, `expected ${JSON.stringify(v)} to be refused`);
  return r.message;
};

describe("parseAmount", () => {
  test("numbers and blanks", () => {
    assert.equal(ok(104505587.14), "104505587.14");
    assert.equal(ok(null), "0");
    assert.equal(ok(0), "0");
  });

  test("text as published", () => {
    assert.equal(ok("1,234.56"), "1234.56");
    assert.equal(ok("１２３"), "123");
    assert.equal(ok("１，２３４．５"), "1234.5");
    assert.equal(ok(" 1 214 336.90 "), "1214336.9");
    assert.equal(ok("-"), "0");
    assert.equal(ok("—"), "0");
    assert.equal(ok("——"), "0");
    assert.equal(ok("－"), "0");
    assert.equal(ok(""), "0");
    assert.equal(ok("　"), "0");
    assert.equal(ok("-5"), "-5");
    assert.equal(ok("（5）"), "-5");
    assert.equal(ok("(1,000.50)"), "-1000.5");
    assert.equal(ok(".5"), "0.5");
  });

  test("anything else is a clear error", () => {
    assert.match(bad("abc"), /无法识别为金额：“abc”/);
    assert.match(bad("353,18.18"), /千分位/);
    assert.match(bad("1,2345"), /千分位/);
    assert.match(bad("12元"), /无法识别/);
    assert.match(bad({ error: "#REF!" }), /#REF!/);
    assert.match(bad(true), /逻辑值/);
    assert.match(bad("1.2.3"), /无法识别/);
  });

  test("round trip: any grouped amount text parses to its value (10,000 cases)", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 17n }), fc.boolean(), (fen, negative) => {
        const digits = fen.toString().padStart(3, "0");
        const text = `${groupThousands(digits.slice(0, -2))}.${digits.slice(-2)}`;
        const r = parseAmountText(negative ? `（${text}）` : text);
        assert.ok(r.ok);
        const expected = (negative && fen !== 0n ? "-" : "") + (fen / 100n).toString() + "." + digits.slice(-2);
        assert.ok(r.value.eq(expected), `${text} → ${r.value}`);
      }),
      { numRuns: 10_000, seed: 3 },
    );
  });
});

describe("cells and labels", () => {
  test("toCellValue", () => {
    assert.equal(toCellValue(""), null);
    assert.equal(toCellValue(undefined), null);
    assert.deepEqual(toCellValue("#REF!"), { error: "#REF!" });
    assert.equal(toCellValue("收入"), "收入");
    assert.equal(toCellValue(3), 3);
  });
  test("normalizeLabel unifies widths, spaces and quotes", () => {
    assert.equal(normalizeLabel("财政拨款“三公”经费支出决算表"), normalizeLabel('财政拨款"三公"经费支出决算表'));
    assert.equal(normalizeLabel(" 收入支出决算 总表　"), "收入支出决算总表");
    assert.equal(normalizeLabel("公开０１表"), "公开01表");
  });
});
