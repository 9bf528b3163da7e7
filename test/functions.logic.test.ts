import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { Dec } from "../src/core";
import {
  type FnError,
  type Grid,
  type Out,
  amountTextLogic,
  asInputError,
  broadcast,
  changeLogic,
  compareLogic,
  daxieLogic,
  execRateLogic,
  growthLogic,
  isFnError,
  pctTextLogic,
  perUnitLogic,
  shareLogic,
  sharesLogic,
  toGrid,
  toWanLogic,
} from "../src/functions/logic";

/** The single cell of a 1×1 result. */
function one(grid: Grid<Out>): Out {
  assert.equal(grid.length, 1);
  assert.equal(grid[0].length, 1);
  return grid[0][0];
}

function assertError(v: Out, code: FnError["code"], messagePart?: string): void {
  assert.ok(isFnError(v), `expected ${code}, got ${JSON.stringify(v)}`);
  assert.equal(v.code, code);
  if (messagePart)
    assert.ok(v.message?.includes(messagePart), `message “${v.message}” lacks “${messagePart}”`);
}

describe("arguments as grids and broadcasting", () => {
  test("a single value, a 1-D array and a matrix all become grids", () => {
    assert.deepEqual(toGrid(5), [[5]]);
    assert.deepEqual(toGrid(null), [[null]]);
    assert.deepEqual(toGrid([1, 2]), [[1, 2]]);
    assert.deepEqual(toGrid([[1], [2]]), [[1], [2]]);
    assert.deepEqual(toGrid([]), [[null]]);
  });

  test("a scalar applies to every cell of a range; equal shapes pair up; other shapes are #VALUE!", () => {
    assert.deepEqual(changeLogic([[10], [20], [30]], [[1]]), [[9], [19], [29]]);
    assert.deepEqual(changeLogic([[10, 20]], [[1, 2]]), [[9, 18]]);
    const mismatch = one(changeLogic([[1], [2], [3]], [[1], [2]]));
    assertError(mismatch, "invalidValue", "区域大小不一致：本期数为3行×1列，基数为2行×1列");
    assertError(one(changeLogic([[1, 2], [3]], 1)), "invalidValue", "不是完整的矩形");
  });

  test("the first argument that is an error decides a cell", () => {
    const spec = {
      label: "x",
      coerce: (v: unknown) => (v === "bad" ? { fnError: true as const, code: "notAvailable" as const } : v),
    };
    const grid = broadcast(
      [[["bad"], [1]], [["bad2"]]],
      [spec, { ...spec, coerce: () => ({ fnError: true as const, code: "invalidValue" as const }) }],
      () => 0,
    );
    assertError(grid[0][0], "notAvailable");
    assertError(grid[1][0], "invalidValue");
  });
});

describe("argument values", () => {
  test('blanks (null, "", omitted) count as 0', () => {
    assert.deepEqual(changeLogic([[null], [""], [undefined]], 5), [[-5], [-5], [-5]]);
  });

  test("number text is read like a table cell; other text is #VALUE! in Chinese", () => {
    assert.equal(one(changeLogic("1,234.56", "0.56")), 1234);
    assert.equal(one(changeLogic("（5）", 0)), -5);
    assertError(one(changeLogic("abc", 1)), "invalidValue", "本期数不是数值：无法识别为金额：“abc”");
    assertError(one(changeLogic(1, "353,18.18")), "invalidValue", "千分位");
    assertError(one(changeLogic(true, 1)), "invalidValue", "逻辑值 TRUE");
    assertError(one(changeLogic(Number.NaN, 1)), "invalidNumber");
  });

  test("error values pass through unchanged", () => {
    class FakeCfError {
      constructor(
        public code: string,
        public message?: string,
      ) {}
    }
    const na = new FakeCfError("#N/A");
    const out = one(changeLogic(na, 1));
    assert.ok(isFnError(out));
    assert.equal(out.original, na);
    const jsError = new Error("boom");
    assert.equal((one(growthLogic(1, jsError)) as FnError).original, jsError);
    assertError(one(changeLogic({ error: "#REF!" }, 1)), "invalidReference");
    assertError(one(changeLogic({ type: "Error", errorType: "Div0" }, 1)), "divisionByZero");
    assert.equal(asInputError({ code: 5 }), null);
    assert.equal(asInputError("#N/A"), null);
  });

  test("rich number values use their basic value", () => {
    assert.equal(one(changeLogic({ type: "Double", basicValue: 7 }, 2)), 5);
  });
});

describe("the BUDGET functions' logic", () => {
  test('GROWTH: exact ratio, zero-base convention, zeroBase "error"', () => {
    const g = one(growthLogic(112078856.26, 72527785.37)) as number;
    const exact = new Dec("112078856.26").minus("72527785.37").div("72527785.37");
    assert.ok(Math.abs(g - exact.toNumber()) <= 1e-12);
    assert.equal(g, exact.toNumber());
    assert.equal(one(growthLogic(-50, -100)), 0.5); // (−50 − −100) / |−100|
    assert.deepEqual(growthLogic([[5], [0], [-5]], 0), [[1], [0], [-1]]);
    assertError(one(growthLogic(5, 0, "error")), "divisionByZero", "基数为0");
    assert.equal(one(growthLogic(5, 4, "error")), 0.25);
    assertError(one(growthLogic(5, 0, "maybe")), "invalidValue", "零基数处理只能留空或填写“error”");
  });

  test("CHANGE is exact", () => {
    assert.equal(one(changeLogic(0.3, 0.1)), 0.2);
    assert.equal(one(changeLogic(113684009.05, 75690311.62)), 37993697.43);
    assert.ok(!Object.is(one(changeLogic(0.1, 0.1)), -0));
  });

  test("SHARE, EXECRATE and PERUNIT; zero divisors are #DIV/0!", () => {
    assert.equal(one(shareLogic(1, 4)), 0.25);
    assertError(one(shareLogic(1, 0)), "divisionByZero", "合计数为0");
    assert.equal(one(execRateLogic(9685.55, 10000)), 0.968555);
    assertError(one(execRateLogic(1, null)), "divisionByZero", "预算数为0");
    assert.equal(one(perUnitLogic(44531.6, 6)), 7421.93);
    assert.equal(one(perUnitLogic(10, 3)), 3.33);
    assert.equal(one(perUnitLogic(0.05, 2)), 0.03); // half-up at the fen
    assertError(one(perUnitLogic(1, 0)), "divisionByZero", "数量为0");
  });

  test("SHARES: each cell over the range's sum, same shape", () => {
    assert.deepEqual(
      sharesLogic([
        [1, 3],
        [4, 2],
      ]),
      [
        [0.1, 0.3],
        [0.4, 0.2],
      ],
    );
    assert.deepEqual(sharesLogic([[1], [null], [3]]), [[0.25], [0], [0.75]]);
    const zero = sharesLogic([[0], [0]]);
    assertError(zero[1][0], "divisionByZero", "区域合计为0");
    const bad = sharesLogic([[1], ["x"]]);
    assertError(bad[0][0], "invalidValue");
    assertError(bad[1][0], "invalidValue");
    assert.deepEqual(sharesLogic(5), [[1]]);
  });

  test("TOWAN rounds half-up", () => {
    assert.equal(one(toWanLogic(113684009.05)), 11368.4);
    assert.equal(one(toWanLogic(113684009.05, 4)), 11368.4009);
    assert.equal(one(toWanLogic(50, null)), 0.01); // 0.005 → 0.01
    assert.equal(one(toWanLogic(12345, 0)), 1);
    assertError(one(toWanLogic(1, 2.5)), "invalidValue", "小数位数应为0到10之间的整数");
    assertError(one(toWanLogic(1, -1)), "invalidValue");
  });

  test("AMOUNTTEXT per the narrative rules", () => {
    assert.equal(one(amountTextLogic(113684009.05)), "113,684,009.05元");
    assert.equal(one(amountTextLogic(113684009.05, "万元")), "11,368.40万元");
    assert.equal(one(amountTextLogic(149000)), "149,000.00元");
    assert.equal(one(amountTextLogic(0)), "0元");
    assert.equal(one(amountTextLogic(-1214336.9)), "-1,214,336.90元");
    assert.equal(one(amountTextLogic(96855500, "wanYuan")), "9,685.55万元");
    assertError(one(amountTextLogic(1, "美元")), "invalidValue", "单位只能是“元”或“万元”");
  });

  test("PCTTEXT: one decimal with whole numbers bare, two kept", () => {
    assert.equal(one(pctTextLogic(0.54532)), "54.5%");
    assert.equal(one(pctTextLogic(3.4698, 1)), "347%");
    assert.equal(one(pctTextLogic(3.4698, 2)), "346.98%");
    assert.equal(one(pctTextLogic(0)), "0%");
    assert.equal(one(pctTextLogic(1, 2)), "100.00%");
    assert.equal(one(pctTextLogic(12.337)), "1233.7%");
    assert.equal(one(pctTextLogic(-0.128)), "-12.8%");
  });

  test("COMPARE sentences", () => {
    assert.equal(one(compareLogic(113684009.05, 75690311.62)), "比上年增加37,993,697.43元，增长50.2%");
    assert.equal(one(compareLogic(100, 100)), "与上年持平");
    assert.equal(one(compareLogic(100, 100, "2023年年初预算")), "与2023年年初预算持平");
    assert.equal(
      one(compareLogic(149000, 0, "2023年年初预算")),
      "比2023年年初预算增加149,000.00元，增长100%",
    );
    assert.equal(one(compareLogic(0, 1500)), "比上年减少1,500.00元，下降100%");
    assert.equal(one(compareLogic(872, 1000)), "比上年减少128.00元，下降12.8%");
    assert.equal(
      one(compareLogic(96855500, 86500000, null, "万元", 2)),
      "比上年增加1,035.55万元，增长11.97%",
    );
    assert.equal(one(compareLogic(2, 1, 2023)), "比2023增加1.00元，增长100%");
  });

  test("DAXIE spills over a range", () => {
    assert.deepEqual(daxieLogic([[113684009.05], [0], [-1.5]]), [
      ["壹亿壹仟叁佰陆拾捌万肆仟零玖元零伍分"],
      ["零元整"],
      ["负壹元伍角整"],
    ]);
  });
});
