/**
 * 校对: checks a narrative text (generated, edited by hand or typed from scratch) against the tables,
 * or, without a workbook, against itself. proofreadText finds every numeric claim, binds it to the
 * item it speaks of and runs the rules (rules.ts); proofreadTextOnly does the same with no tables.
 */
import type { FinalAccounts } from "../tables/model";
import { bindText, type BoundText } from "./bind";
import { inferConventions, type Conventions } from "./conventions";
import { expectationOf, percentOf } from "./expect";
import { findNumbers } from "./extract";
import type { ProofFinding, ProofSettings, ResolvedProofSettings } from "./model";
import { RULES, type RuleInput } from "./rules";
import { emptyAccounts, addTextItems } from "./text-only";
import { buildItems, type ItemRegistry } from "./vocabulary";

export type { ProofFinding, ProofSettings, ProofRuleId, ResolvedProofSettings, Claim, Sentence } from "./model";
export { RULES, ruleCatalog, expectationOf } from "./rules";
export { SEVERITY_MEANING, type ProofRule } from "./rule-kit";
export { TEMPLATE_LEFTOVERS } from "./rules-format";
export { bindText, type BoundText } from "./bind";
export { inferConventions, type Conventions } from "./conventions";
export { findNumbers, splitParagraphs, splitSentences, extractClaims } from "./extract";
export { buildItems, VOCABULARY } from "./vocabulary";

const PROFILE_NUMBERS: Record<string, Omit<ResolvedProofSettings, "profile">> = {
  "yuan-1dp": { amountUnit: "yuan", amountDecimals: 2, percentDecimals: 1, bareWhole: true },
  "wanyuan-2dp": { amountUnit: "wanYuan", amountDecimals: 2, percentDecimals: 2, bareWhole: false },
};

/**
 * The number settings to check against: the given profile and overrides, or, without a profile,
 * the one the text itself follows (元 or 万元 by majority of amounts).
 */
export function resolveProofSettings(text: string, settings: ProofSettings = {}): ResolvedProofSettings {
  let profile = settings.profile;
  if (!profile || !PROFILE_NUMBERS[profile]) {
    let yuan = 0;
    let wan = 0;
    for (const t of findNumbers(text)) {
      if (t.unitKind === "yuan" && !t.value.isZero()) yuan++;
      if (t.unitKind === "wanYuan" && !t.value.isZero()) wan++;
    }
    profile = settings.amountUnit === "wanYuan" || (!settings.amountUnit && wan > yuan) ? "wanyuan-2dp" : "yuan-1dp";
  }
  const base = PROFILE_NUMBERS[profile];
  return {
    profile,
    amountUnit: settings.amountUnit ?? base.amountUnit,
    amountDecimals: settings.amountDecimals ?? base.amountDecimals,
    percentDecimals: settings.percentDecimals ?? base.percentDecimals,
    bareWhole: settings.bareWhole ?? base.bareWhole,
  };
}

const GROUP_ORDER = new Map(RULES.map((r, i) => [r.id, i]));

/** Rounded or truncated: truncation is the text's convention only when it truncates twice or more and never rounds where the two differ. */
function percentRounding(input: RuleInput): Conventions["percentRounding"] {
  let round = 0;
  let cut = 0;
  for (const c of input.bound.claims) {
    if (c.token.unitKind !== "percent" || !["rate", "share", "execution"].includes(c.role)) continue;
    const e = expectationOf(c, input);
    if (!e) continue;
    const r = percentOf(e.value, c.token.decimals, "round");
    const t = percentOf(e.value, c.token.decimals, "truncate");
    if (r.eq(t)) continue;
    if (c.token.value.eq(r)) round++;
    else if (c.token.value.eq(t)) cut++;
  }
  return cut >= 2 && round === 0 ? "truncate" : "round";
}

function runRules(input: RuleInput): ProofFinding[] {
  input.conventions.percentRounding = input.conventions.source === "text" ? percentRounding(input) : "round";
  const all: ProofFinding[] = [];
  const taken = new Set<number>();
  input.taken = taken;
  for (const rule of RULES) {
    for (const f of rule.evaluate(input)) {
      if (rule.group === "value") {
        if (taken.has(f.offset)) continue;
        taken.add(f.offset);
      }
      all.push(f);
    }
  }
  // One finding per rule and place.
  const seen = new Set<string>();
  return all
    .filter((f) => {
      const k = `${f.rule}@${f.offset}:${f.length}:${f.expected ?? ""}`;
      return !seen.has(k) && seen.add(k);
    })
    .sort((a, b) => a.offset - b.offset || (GROUP_ORDER.get(a.rule) ?? 0) - (GROUP_ORDER.get(b.rule) ?? 0));
}

function check(text: string, bound: BoundText, reg: ItemRegistry, accounts: FinalAccounts, settings: ProofSettings | undefined, textOnly: boolean): ProofFinding[] {
  const resolved = resolveProofSettings(text, settings);
  const fromProfile = !!settings?.profile && !!PROFILE_NUMBERS[settings.profile];
  const conventions = inferConventions(bound.tokens, resolved, fromProfile);
  return runRules({ bound, reg, accounts, settings: resolved, conventions, textOnly });
}

/** Runs the rules on an already bound text (exposed for the task pane and tests). */
export function proofreadBound(bound: BoundText, accounts: FinalAccounts, settings: ResolvedProofSettings): ProofFinding[] {
  return check(bound.text, bound, buildItems(accounts), accounts, settings, false);
}

/**
 * Proofreads a narrative text against the final accounts. Offsets are positions in `text`.
 * `settings` names the profile the text should follow (see ProofSettings); without it the text's own
 * conventions (separators, spaces, decimals, rounding) are inferred from the text.
 */
export function proofreadText(text: string, accounts: FinalAccounts, settings?: ProofSettings): ProofFinding[] {
  const reg = buildItems(accounts);
  return check(text, bindText(text, reg), reg, accounts, settings, false);
}

/**
 * Proofreads a text with no workbook: sums of listed parts, rates and shares from the amounts it
 * states, 增加/减少 against 增长/下降, a figure stated twice with two values, units, conventions and
 * template leftovers. For reviewers who have only the published text.
 */
export function proofreadTextOnly(text: string, settings?: ProofSettings): ProofFinding[] {
  const accounts = emptyAccounts();
  const reg = buildItems(accounts);
  addTextItems(text, reg);
  return check(text, bindText(text, reg), reg, accounts, settings, true);
}
