/**
 * 校对 in the pane, as pure functions: the proofreader's settings from the pane's settings and the run
 * itself. Showing a finding (./proof-display) needs no proofreader, so the first screen loads without it.
 */
import { type ProofFinding, type ProofSettings, proofreadText, proofreadTextOnly } from "../../proofread";
import type { FinalAccounts } from "../../tables/model";
import type { PaneSettings } from "./pane-settings";

/** The publication style the user chose (profile and number overrides) is what the text is held to. */
export function proofSettingsOf(s: PaneSettings): ProofSettings {
  const n = s.narrative;
  const out: ProofSettings = {};
  if (n.profile !== undefined) out.profile = n.profile;
  if (n.amountUnit !== undefined) out.amountUnit = n.amountUnit;
  if (n.amountDecimals !== undefined) out.amountDecimals = n.amountDecimals;
  if (n.percentDecimals !== undefined) out.percentDecimals = n.percentDecimals;
  if (n.bareWhole !== undefined) out.bareWhole = n.bareWhole;
  return out;
}

const SEVERITY_ORDER: Record<ProofFinding["severity"], number> = { error: 0, warning: 1, info: 2 };

/** Findings in text order; `errorsFirst` puts errors, then warnings, then notes (stable). */
export function proofread(
  text: string,
  accounts: FinalAccounts,
  settings: PaneSettings,
  errorsFirst = false,
): ProofFinding[] {
  const found = proofreadText(text, accounts, proofSettingsOf(settings));
  if (!errorsFirst) return found;
  return found
    .map((f, i) => ({ f, i }))
    .sort((a, b) => SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] || a.i - b.i)
    .map((x) => x.f);
}

/** Without a workbook read: the text checked against itself (sums, rates from its own amounts, leftovers…). */
export function proofreadAlone(text: string, settings: PaneSettings, errorsFirst = false): ProofFinding[] {
  const found = proofreadTextOnly(text, proofSettingsOf(settings));
  if (!errorsFirst) return found;
  return found
    .map((f, i) => ({ f, i }))
    .sort((a, b) => SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] || a.i - b.i)
    .map((x) => x.f);
}

export { type SentenceParts, sentenceParts, clipParts, proofCounts } from "./proof-display";
