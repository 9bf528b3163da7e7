// The one thousands-grouping formatter for decimal text (render/html.ts and the pane's preview use it).
import { test, describe } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { groupDecimalText, parseAmountText } from "../src/core";

describe("groupDecimalText", () => {
  test("groups the integer part of a plain decimal, keeps sign and decimals", () => {
    assert.equal(groupDecimalText("113684009.05"), "113,684,009.05");
    assert.equal(groupDecimalText("-1214336.9"), "-1,214,336.9");
    assert.equal(groupDecimalText("999"), "999");
    assert.equal(groupDecimalText("1000"), "1,000");
    assert.equal(groupDecimalText("0.125"), "0.125");
  });

  test("text that is not a plain decimal is shown as given", () => {
    for (const t of ["", "12.", "1e6", "1,234.5", "（见附表）", "12 345"])
      assert.equal(groupDecimalText(t), t);
  });

  test("any integer of up to 20 digits: commas every three digits from the right, same value back", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }),
        fc.integer({ min: 0, max: 99 }),
        (n, cents) => {
          const plain = `${n.toString()}.${String(cents).padStart(2, "0")}`;
          const grouped = groupDecimalText(plain);
          const int = grouped.replace(/^-/, "").split(".")[0];
          assert.match(int, /^\d{1,3}(?:,\d{3})*$/);
          assert.equal(grouped.replace(/,/g, ""), plain);
          const back = parseAmountText(grouped);
          assert.ok(back.ok && back.value.eq(plain), grouped);
        },
      ),
      { numRuns: 2000, seed: 18 },
    );
  });
});
