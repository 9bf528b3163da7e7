/*
 * BUDGET.* custom functions — thin wrappers. The logic lives in ./logic (pure, tested in Node); here the
 * results only get their Excel form: numbers/text as they are, tagged errors as CustomFunctions.Error.
 * Every numeric argument is typed unknown[][] (metadata: type any, dimensionality matrix), so it takes a
 * single value or a range and the result spills element-wise. Functions never write to the workbook.
 *
 * custom-functions-metadata reads the JSDoc below at build time (functions.json, English); the Chinese
 * metadata (functions.zh-CN.json) is derived from it by scripts/make-zh-metadata.mjs + names.zh-CN.json.
 */
import {
  type Grid,
  type Out,
  amountTextLogic,
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
  toWanLogic,
} from "./logic";

function toExcel(grid: Grid<Out>): unknown[][] {
  return grid.map((row) =>
    row.map((v) => {
      if (!isFnError(v)) return v;
      if (v.original !== undefined) return v.original;
      return new CustomFunctions.Error(CustomFunctions.ErrorCode[v.code], v.message);
    }),
  );
}

/**
 * Growth rate (current - base) / |base| as a number (format the cell as %). From a zero base: 1, 0 or -1, or #DIV/0! when zeroBase is "error".
 * @customfunction GROWTH
 * @param current Current amount (a value or a range).
 * @param base Base amount, e.g. last year (a value or a range).
 * @param [zeroBase] Leave empty for the publishing convention (100% for a new item) or "error" for #DIV/0!.
 * @returns {number[][]} The growth rate, spilled like the inputs.
 */
function growth(current: unknown[][], base: unknown[][], zeroBase?: unknown[][]): unknown[][] {
  return toExcel(growthLogic(current, base, zeroBase));
}

/**
 * Change current - base, exact to the fen.
 * @customfunction CHANGE
 * @param current Current amount (a value or a range).
 * @param base Base amount (a value or a range).
 * @returns {number[][]} The change, spilled like the inputs.
 */
function change(current: unknown[][], base: unknown[][]): unknown[][] {
  return toExcel(changeLogic(current, base));
}

/**
 * Share part / total; a zero total gives #DIV/0!.
 * @customfunction SHARE
 * @param part Part amount (a value or a range).
 * @param total Total amount (a value or a range).
 * @returns {number[][]} The share, spilled like the inputs.
 */
function share(part: unknown[][], total: unknown[][]): unknown[][] {
  return toExcel(shareLogic(part, total));
}

/**
 * Composition: every cell of the range divided by the range's sum, spilled in the same shape.
 * @customfunction SHARES
 * @param range The amounts that make up the total.
 * @returns {number[][]} Each cell's share of the sum.
 */
function shares(range: unknown[][]): unknown[][] {
  return toExcel(sharesLogic(range));
}

/**
 * Budget execution rate actual / budget; a zero budget gives #DIV/0!.
 * @customfunction EXECRATE
 * @param actual Actual (final accounts) amount (a value or a range).
 * @param budget Budget amount (a value or a range).
 * @returns {number[][]} The execution rate, spilled like the inputs.
 */
function execRate(actual: unknown[][], budget: unknown[][]): unknown[][] {
  return toExcel(execRateLogic(actual, budget));
}

/**
 * Per-unit amount (per vehicle, per person): amount / count rounded half-up to the fen.
 * @customfunction PERUNIT
 * @param amount Total amount (a value or a range).
 * @param count Number of vehicles, persons, ... (a value or a range).
 * @returns {number[][]} The per-unit amount, spilled like the inputs.
 */
function perUnit(amount: unknown[][], count: unknown[][]): unknown[][] {
  return toExcel(perUnitLogic(amount, count));
}

/**
 * Converts yuan to 10,000 yuan (wan yuan), rounded half-up.
 * @customfunction TOWAN
 * @param amount Amount in yuan (a value or a range).
 * @param [decimals] Decimal places, default 2.
 * @returns {number[][]} The amount in wan yuan, spilled like the inputs.
 */
function toWan(amount: unknown[][], decimals?: unknown[][]): unknown[][] {
  return toExcel(toWanLogic(amount, decimals));
}

/**
 * Amount as narrative text: "113,684,009.05元", or with unit "万元" "11,368.40万元"; zero is "0元".
 * @customfunction AMOUNTTEXT
 * @param amount Amount in yuan (a value or a range).
 * @param [unit] "元" (default) or "万元".
 * @param [decimals] Decimal places, default 2.
 * @returns {string[][]} The amount text, spilled like the inputs.
 */
function amountText(amount: unknown[][], unit?: unknown[][], decimals?: unknown[][]): unknown[][] {
  return toExcel(amountTextLogic(amount, unit, decimals));
}

/**
 * Percentage text: 0.545 gives "54.5%"; with 1 decimal whole numbers are bare ("347%"), with 2 they keep them.
 * @customfunction PCTTEXT
 * @param rate Ratio, 0.545 = 54.5% (a value or a range).
 * @param [decimals] Decimal places, default 1.
 * @returns {string[][]} The percentage text, spilled like the inputs.
 */
function pctText(rate: unknown[][], decimals?: unknown[][]): unknown[][] {
  return toExcel(pctTextLogic(rate, decimals));
}

/**
 * Comparison sentence: "比上年增加37,993,697.43元，增长50.2%"; equal amounts give "与上年持平".
 * @customfunction COMPARE
 * @param current Current amount (a value or a range).
 * @param base Base amount (a value or a range).
 * @param [label] What is compared against, default "上年" (e.g. "2023年年初预算").
 * @param [unit] "元" (default) or "万元".
 * @param [decimals] Percentage decimal places, default 1.
 * @returns {string[][]} The sentence, spilled like the inputs.
 */
function compare(
  current: unknown[][],
  base: unknown[][],
  label?: unknown[][],
  unit?: unknown[][],
  decimals?: unknown[][],
): unknown[][] {
  return toExcel(compareLogic(current, base, label, unit, decimals));
}

/**
 * Amount in Chinese uppercase (accounting capitals): "壹亿壹仟叁佰陆拾捌万肆仟零玖元零伍分".
 * @customfunction DAXIE
 * @param amount Amount in yuan (a value or a range).
 * @returns {string[][]} The uppercase amount, spilled like the inputs.
 */
function daxie(amount: unknown[][]): unknown[][] {
  return toExcel(daxieLogic(amount));
}

// Shared runtime: register explicitly (the metadata plugin's loader appends the same calls; associating a
// function twice under one id is harmless). Guarded so the bundle also loads outside Excel.
if (typeof CustomFunctions !== "undefined") {
  CustomFunctions.associate("GROWTH", growth);
  CustomFunctions.associate("CHANGE", change);
  CustomFunctions.associate("SHARE", share);
  CustomFunctions.associate("SHARES", shares);
  CustomFunctions.associate("EXECRATE", execRate);
  CustomFunctions.associate("PERUNIT", perUnit);
  CustomFunctions.associate("TOWAN", toWan);
  CustomFunctions.associate("AMOUNTTEXT", amountText);
  CustomFunctions.associate("PCTTEXT", pctText);
  CustomFunctions.associate("COMPARE", compare);
  CustomFunctions.associate("DAXIE", daxie);
}
