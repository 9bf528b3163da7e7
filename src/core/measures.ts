import { Dec, ONE, ZERO, roundHalfUp } from "./decimal";

/** 增减额: current − base. */
export function change(current: Dec, base: Dec): Dec {
  return current.minus(base);
}

/**
 * 增长率: (current − base) / |base|. From a zero base the publishing convention applies:
 * +100% for a new positive amount, −100% for a new negative one, 0 when both are zero.
 */
export function growthRate(current: Dec, base: Dec): Dec {
  if (base.isZero()) {
    if (current.isZero()) return ZERO;
    return current.isPos() ? ONE : ONE.negated();
  }
  return current.minus(base).div(base.abs());
}

/** 占比: part / total; null when the total is zero (no share can be stated). */
export function share(part: Dec, total: Dec): Dec | null {
  return total.isZero() ? null : part.div(total);
}

/** 预算执行率 / 完成预算: actual / budget; null when the budget is zero. */
export function executionRate(actual: Dec, budget: Dec): Dec | null {
  return budget.isZero() ? null : actual.div(budget);
}

/** 车均 / 人均: amount / count, rounded half-up to the fen; null when the count is zero. */
export function perUnit(amount: Dec, count: Dec): Dec | null {
  return count.isZero() ? null : roundHalfUp(amount.div(count), 2);
}

export type Direction = "up" | "down" | "flat";

export function direction(current: Dec, base: Dec): Direction {
  const c = current.comparedTo(base);
  return c > 0 ? "up" : c < 0 ? "down" : "flat";
}

/** 增加/减少 for amounts, 增长/下降 for rates; "flat" has no word (the sentence says 持平). */
export const DIRECTION_WORDS: Record<Exclude<Direction, "flat">, { amount: string; rate: string }> = {
  up: { amount: "增加", rate: "增长" },
  down: { amount: "减少", rate: "下降" },
};
