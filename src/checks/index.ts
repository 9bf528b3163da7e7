/**
 * Checks: identities within and between the standard tables, as a table of rules.
 * runChecks never throws on a partial model: rules whose tables are missing are skipped
 * (the reader reports the missing tables).
 */
import type { FinalAccounts, Finding } from "../tables/model";
import { type Rule, applyRule } from "./rule";
import { BETWEEN_TABLE_RULES } from "./rules/between";
import { WITHIN_TABLE_RULES } from "./rules/within";
import { checkUnitPlausibility } from "./rules/unit";

export type { Rule, Identity, Operand, Severity } from "./rule";
export { evaluateIdentity, ROUNDING_NOTE } from "./rule";
export { TABLE_NAMES } from "./labels";

/** Every rule, within-table rules first, in the order of the published tables. */
export const RULES: readonly Rule[] = [...WITHIN_TABLE_RULES, ...BETWEEN_TABLE_RULES];

const SEVERITY_ORDER: Record<Finding["severity"], number> = { error: 0, warning: 1, info: 2 };

/** Judgements over the whole model that are not identities (plausibility), run with the default rules. */
export const JUDGEMENTS: readonly ((accounts: FinalAccounts) => Finding[])[] = [checkUnitPlausibility];

/** Runs every rule; findings sorted error → warning → info, rule order kept within a severity. */
export function runChecks(accounts: FinalAccounts, rules: readonly Rule[] = RULES): Finding[] {
  const out = [
    ...(rules === RULES ? JUDGEMENTS.flatMap((j) => j(accounts)) : []),
    ...rules.flatMap((r) => applyRule(r, accounts)),
  ];
  return out
    .map((f, i) => ({ f, i }))
    .sort((x, y) => SEVERITY_ORDER[x.f.severity] - SEVERITY_ORDER[y.f.severity] || x.i - y.i)
    .map((x) => x.f);
}
