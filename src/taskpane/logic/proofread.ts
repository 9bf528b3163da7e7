/**
 * 校对 in the pane, as pure functions: the proofreader's settings from the pane's settings and the run
 * itself. Showing a finding (./proof-display) needs no proofreader, so the first screen loads without it.
 */
import { type ProofFinding, type ProofSettings, proofreadText, proofreadTextOnly } from "../../proofread";
import type { FinalAccounts } from "../../tables/model";

/**
 * 校对 holds a text to its own unit and conventions (the proofreader reads them from the text), never to
 * the pane's 发布口径: a 元 text checked in 万元 mode would give false warnings. The pane's settings are
 * deliberately not passed on.
 */
export function proofSettingsOf(): ProofSettings {
  return {};
}

const SEVERITY_ORDER: Record<ProofFinding["severity"], number> = { error: 0, warning: 1, info: 2 };

/** Findings in text order; `errorsFirst` puts errors, then warnings, then notes (stable). */
export function proofread(
  text: string,
  accounts: FinalAccounts,
  errorsFirst = false,
): ProofFinding[] {
  const found = proofreadText(text, accounts, proofSettingsOf());
  if (!errorsFirst) return found;
  return found
    .map((f, i) => ({ f, i }))
    .sort((a, b) => SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] || a.i - b.i)
    .map((x) => x.f);
}

/** Without a workbook read: the text checked against itself (sums, rates from its own amounts, leftovers…). */
export function proofreadAlone(text: string, errorsFirst = false): ProofFinding[] {
  const found = proofreadTextOnly(text, proofSettingsOf());
  if (!errorsFirst) return found;
  return found
    .map((f, i) => ({ f, i }))
    .sort((a, b) => SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] || a.i - b.i)
    .map((x) => x.f);
}

export { type SentenceParts, sentenceParts, clipParts, proofCounts } from "./proof-display";
