/**
 * 校对: checks a narrative text (generated, edited by hand or typed from scratch) against the tables.
 * proofreadText finds every numeric claim, binds it to the item it speaks of and runs the rules.
 */
import type { FinalAccounts } from "../tables/model";
import { bindText, type BoundText } from "./bind";
import { findNumbers } from "./extract";
import type { ProofFinding, ProofSettings, ResolvedProofSettings } from "./model";
import { RULES, type RuleInput } from "./rules";
import { buildItems } from "./vocabulary";

export type { ProofFinding, ProofSettings, ProofRuleId, ResolvedProofSettings, Claim, Sentence } from "./model";
export { RULES, ruleCatalog, expectationOf } from "./rules";
export { bindText, type BoundText } from "./bind";
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

/** Runs the rules on an already bound text (exposed for the task pane and tests). */
export function proofreadBound(bound: BoundText, accounts: FinalAccounts, settings: ResolvedProofSettings): ProofFinding[] {
  const input: RuleInput = { bound, reg: buildItems(accounts), accounts, settings };
  return runRules(input);
}

function runRules(input: RuleInput): ProofFinding[] {
  const all: ProofFinding[] = [];
  const valueTaken = new Set<number>();
  for (const rule of RULES) {
    for (const f of rule.evaluate(input)) {
      if (rule.group === "value") {
        if (valueTaken.has(f.offset)) continue;
        valueTaken.add(f.offset);
      }
      // A wrong number's decimals are beside the point.
      if (rule.id === "proof.decimals" && valueTaken.has(f.offset)) continue;
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

/**
 * Proofreads a narrative text against the final accounts. Offsets are positions in `text`.
 * `settings` names the profile the text should follow (see ProofSettings); without it the text's own
 * majority unit decides.
 */
export function proofreadText(text: string, accounts: FinalAccounts, settings?: ProofSettings): ProofFinding[] {
  const resolved = resolveProofSettings(text, settings);
  const reg = buildItems(accounts);
  const bound = bindText(text, reg);
  return runRules({ bound, reg, accounts, settings: resolved });
}
