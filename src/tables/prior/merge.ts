/**
 * Merges prior-year figures from last year's tables into this year's accounts: a 补充信息 value wins,
 * and a 补充信息 value that disagrees with last year's tables is a warning naming both cells.
 * After merging, `accounts.supplement.priorYear` holds the prior-year figure the narrative uses for
 * each key; its cells say where it came from.
 */
import { type Dec, formatAmount } from "../../core";
import type { FinalAccounts, Finding, PriorYearKey } from "../model";
import { PRIOR_YEAR_LABELS } from "../supplement";
import type { PriorYearFigures } from "./derive";

function labelOf(key: PriorYearKey): string {
  const known = (PRIOR_YEAR_LABELS as Record<string, string>)[key];
  return known ?? `科目${key.slice(key.indexOf(":") + 1)}`;
}

const yuan = (v: Dec) => formatAmount(v, { unit: "yuan", decimals: 2 });

export function mergePriorYear(
  current: FinalAccounts,
  prior: PriorYearFigures,
): { accounts: FinalAccounts; findings: Finding[] } {
  const findings: Finding[] = [];
  const merged = { ...current.supplement.priorYear };
  for (const [k, fromTables] of Object.entries(prior.figures)) {
    const key = k as PriorYearKey;
    if (!fromTables) continue;
    const typed = merged[key];
    if (!typed) {
      merged[key] = fromTables;
      continue;
    }
    if (!typed.value.eq(fromTables.value)) {
      const a = typed.cells[0] ?? "补充信息";
      const b = fromTables.cells[0] ?? "上年决算表";
      findings.push({
        rule: "prior.supplement-differs",
        severity: "warning",
        message: `${labelOf(key)}的上年数：补充信息 ${a} 为${yuan(typed.value)}，而上年决算表 ${b} 为${yuan(fromTables.value)}，相差${yuan(typed.value.minus(fromTables.value).abs())}；说明中采用补充信息的数值，请核对。`,
        cells: [...typed.cells, ...fromTables.cells],
        expected: yuan(fromTables.value),
        actual: yuan(typed.value),
      });
    }
  }
  return {
    accounts: { ...current, supplement: { ...current.supplement, priorYear: merged } },
    findings,
  };
}
