import {
  type Dec,
  type Unit,
  DIRECTION_WORDS,
  TEN_THOUSAND,
  ZERO,
  change,
  chineseUppercase,
  direction,
  executionRate,
  formatAmount,
  formatPercent,
  growthRate,
  perUnit,
  roundHalfUp,
} from "../../core";
import { type ArgSpec, type Grid, type Out, broadcast, toGrid } from "./broadcast";
import { type ZeroBaseMode, amountArg, decimalsArg, textArg, unitArg, zeroBaseArg } from "./coerce";
import { type FnError, divisionByZero, isFnError } from "./errors";
import { growthFen, isBlankArg, sharesFen } from "./fen";
import { ratioNumber } from "./quotient";

/** The exact Decimal as the number Excel stores, converted once at the very end (never "-0"). */
export function toExcelNumber(d: Dec): number {
  return d.isZero() ? 0 : d.toNumber();
}

const amount = (label: string): ArgSpec => ({ label, coerce: amountArg(label) });
const decimals = (label: string, fallback: number, min: number, max: number): ArgSpec => ({
  label,
  coerce: decimalsArg(label, fallback, min, max),
});

/** 百分比小数位: 1 (default) writes whole percentages bare ("347%"), 2 keeps them ("100.00%"). */
function percentText(ratio: Dec, places: number): string {
  return formatPercent(ratio, { decimals: places, bareWhole: places <= 1 });
}

const GROWTH_SPECS = [
  amount("本期数"),
  amount("基数"),
  { label: "零基数处理", coerce: zeroBaseArg("零基数处理") },
];

/**
 * 增长率: (current − base) / |base|; base 0 → ±1 / 0 by convention, or #DIV/0! when zeroBase is "error".
 * Whole-fen amounts take the exact integer path (./fen.ts); everything else the Decimal path.
 */
export function growthLogic(current: unknown, base: unknown, zeroBase?: unknown): Grid<Out> {
  if (isBlankArg(zeroBase)) {
    const fast = growthFen(toGrid(current), toGrid(base), growthOne);
    if (fast) return fast as Grid<Out>;
  }
  return growthDecimal(current, base, zeroBase);
}

/** One cell through the Decimal path (the fast path's fallback). */
function growthOne(current: unknown, base: unknown): Out {
  return growthDecimal(current, base, null)[0][0];
}

/** GROWTH through Decimal arithmetic only: the oracle the fast path is tested against. */
export function growthDecimal(current: unknown, base: unknown, zeroBase?: unknown): Grid<Out> {
  return broadcast([current, base, zeroBase], GROWTH_SPECS, (v) => {
    const b = v[1] as Dec;
    if (!b.isZero()) return ratioNumber((v[0] as Dec).minus(b), b);
    if ((v[2] as ZeroBaseMode) === "error") return divisionByZero("基数为0，无法计算增长率");
    return toExcelNumber(growthRate(v[0] as Dec, b));
  });
}

const CHANGE_SPECS = [amount("本期数"), amount("基数")];

/** 增减额: current − base, exact. */
export function changeLogic(current: unknown, base: unknown): Grid<Out> {
  return broadcast([current, base], CHANGE_SPECS, (v) => toExcelNumber(change(v[0] as Dec, v[1] as Dec)));
}

const SHARE_SPECS = [amount("部分数"), amount("合计数")];

/** 占比: part / total; total 0 → #DIV/0!. */
export function shareLogic(part: unknown, total: unknown): Grid<Out> {
  return broadcast([part, total], SHARE_SPECS, (v) => {
    const total = v[1] as Dec;
    // share(): part / total; the sign of a negative total is kept.
    if (total.isZero()) return divisionByZero("合计数为0，无法计算占比");
    const r = ratioNumber(v[0] as Dec, total);
    return (total.isNeg() ? -r : r) || 0; // never -0
  });
}

/** 构成比: every cell of the range over the range's sum, in the same shape (whole fen: ./fen.ts). */
export function sharesLogic(range: unknown): Grid<Out> {
  return sharesFen(toGrid(range)) ?? sharesDecimal(range);
}

/** SHARES through Decimal arithmetic only: the oracle the fast path is tested against. */
export function sharesDecimal(range: unknown): Grid<Out> {
  const coerce = amountArg("数据区域");
  const grid = toGrid(range);
  const values: Grid<Dec | FnError> = grid.map((row) => row.map(coerce));
  let total: Dec = ZERO;
  let firstError: FnError | null = null;
  for (const row of values) {
    for (const v of row) {
      if (isFnError(v)) firstError ??= v;
      else total = total.plus(v);
    }
  }
  // Like =A1:A3/SUM(A1:A3): an error anywhere makes the sum, and so every share, that error.
  if (firstError) return values.map((row) => row.map(() => firstError as FnError));
  if (total.isZero()) {
    const err = divisionByZero("区域合计为0，无法计算构成比");
    return values.map((row) => row.map(() => err));
  }
  const sign = total.isNeg() ? -1 : 1;
  return values.map((row) => row.map((v) => sign * ratioNumber(v as Dec, total) || 0));
}

const EXECRATE_SPECS = [amount("决算数"), amount("预算数")];

/** 预算执行率: actual / budget; budget 0 → #DIV/0!. */
export function execRateLogic(actual: unknown, budget: unknown): Grid<Out> {
  return broadcast([actual, budget], EXECRATE_SPECS, (v) => {
    const r = executionRate(v[0] as Dec, v[1] as Dec);
    return r === null ? divisionByZero("预算数为0，无法计算执行率") : toExcelNumber(r);
  });
}

const PERUNIT_SPECS = [amount("金额"), amount("数量")];

/** 车均、人均: amount / count, rounded half-up to the fen; count 0 → #DIV/0!. */
export function perUnitLogic(total: unknown, count: unknown): Grid<Out> {
  return broadcast([total, count], PERUNIT_SPECS, (v) => {
    const r = perUnit(v[0] as Dec, v[1] as Dec);
    return r === null ? divisionByZero("数量为0，无法计算均值") : toExcelNumber(r);
  });
}

const TOWAN_SPECS = [amount("金额（元）"), decimals("小数位数", 2, 0, 10)];

/** 元 → 万元, rounded half-up to `decimals` (default 2). */
export function toWanLogic(yuan: unknown, places?: unknown): Grid<Out> {
  return broadcast([yuan, places], TOWAN_SPECS, (v) =>
    toExcelNumber(roundHalfUp((v[0] as Dec).div(TEN_THOUSAND), v[1] as number)),
  );
}

const AMOUNTTEXT_SPECS = [
  amount("金额（元）"),
  { label: "单位", coerce: unitArg("单位") },
  decimals("小数位数", 2, 0, 10),
];

/** 金额文本: "113,684,009.05元", "11,368.40万元"; zero → "0元". */
export function amountTextLogic(yuan: unknown, unit?: unknown, places?: unknown): Grid<Out> {
  return broadcast([yuan, unit, places], AMOUNTTEXT_SPECS, (v) =>
    formatAmount(v[0] as Dec, { unit: v[1] as Unit, decimals: v[2] as number }),
  );
}

const PCTTEXT_SPECS = [amount("比率"), decimals("小数位数", 1, 0, 10)];

/** 百分比文本: 0.545 → "54.5%"; 3.4698 → "347%" (1 decimal, whole numbers bare), "346.98%" with 2. */
export function pctTextLogic(rate: unknown, places?: unknown): Grid<Out> {
  return broadcast([rate, places], PCTTEXT_SPECS, (v) => percentText(v[0] as Dec, v[1] as number));
}

const COMPARE_SPECS = [
  amount("本期数"),
  amount("基数"),
  { label: "比较对象", coerce: textArg("比较对象", "上年") },
  { label: "单位", coerce: unitArg("单位") },
  decimals("百分比小数位数", 1, 0, 10),
];

/**
 * 比较: "比上年增加37,993,697.43元，增长50.2%", "比上年减少…，下降…%", equal → "与上年持平".
 * From a zero base the growth convention applies (增长100%).
 */
export function compareLogic(
  current: unknown,
  base: unknown,
  label?: unknown,
  unit?: unknown,
  places?: unknown,
): Grid<Out> {
  return broadcast([current, base, label, unit, places], COMPARE_SPECS, (v) => {
    const c = v[0] as Dec;
    const b = v[1] as Dec;
    const against = v[2] as string;
    const dir = direction(c, b);
    if (dir === "flat") return `与${against}持平`;
    const words = DIRECTION_WORDS[dir];
    const amountText = formatAmount(change(c, b).abs(), { unit: v[3] as Unit, decimals: 2 });
    const rateText = percentText(growthRate(c, b).abs(), v[4] as number);
    return `比${against}${words.amount}${amountText}，${words.rate}${rateText}`;
  });
}

const DAXIE_SPECS = [amount("金额（元）")];

/** 大写金额: "壹亿壹仟叁佰陆拾捌万肆仟零玖元零伍分". */
export function daxieLogic(yuan: unknown): Grid<Out> {
  return broadcast([yuan], DAXIE_SPECS, (v) => chineseUppercase(v[0] as Dec));
}
