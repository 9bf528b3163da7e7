/**
 * A proofreading finding on screen, as pure functions: its sentence split around the excerpt (rendered as
 * text nodes and a <mark>, never as HTML) and counts by severity. No proofreader here: only its types.
 */
import type { ProofFinding } from "../../proofread";

export interface SentenceParts {
  before: string;
  excerpt: string;
  after: string;
}

/**
 * The finding's sentence around its excerpt. The excerpt is placed by its offset when the sentence is found
 * in `text` at that place, else by its first occurrence in the sentence; when it is not in the sentence at
 * all (a finding about a whole section), the excerpt is shown alone.
 */
export function sentenceParts(f: ProofFinding, text?: string): SentenceParts {
  const s = f.sentence;
  let at = -1;
  if (text !== undefined) {
    const start = text.lastIndexOf(s, f.offset);
    if (start >= 0 && f.offset + f.length <= start + s.length) at = f.offset - start;
  }
  if (at < 0 || s.slice(at, at + f.length) !== f.excerpt) at = s.indexOf(f.excerpt);
  if (at < 0) return { before: "", excerpt: f.excerpt, after: "" };
  return { before: s.slice(0, at), excerpt: f.excerpt, after: s.slice(at + f.excerpt.length) };
}

const NUMBER_CHAR = /[0-9.,%]/;
/** True when a cut between s[i-1] and s[i] would split a number ("2023" → "…023"). */
const splitsNumber = (s: string, i: number) =>
  NUMBER_CHAR.test(s[i - 1] ?? "") && NUMBER_CHAR.test(s[i] ?? "");

/**
 * Shortens the text either side of the excerpt to at most `side` characters (with an ellipsis), never
 * cutting through a number: a number at the cut is left out whole.
 */
export function clipParts(p: SentenceParts, side = 24): SentenceParts {
  let before = p.before;
  if (before.length > side) {
    let cut = before.length - side;
    while (cut < before.length && splitsNumber(before, cut)) cut++;
    before = `…${before.slice(cut)}`;
  }
  let after = p.after;
  if (after.length > side) {
    let end = side;
    while (end > 0 && splitsNumber(after, end)) end--;
    after = `${after.slice(0, end)}…`;
  }
  return { before, excerpt: p.excerpt, after };
}

/** Counts by severity. */
export function proofCounts(findings: readonly ProofFinding[]): Record<ProofFinding["severity"], number> {
  const n = { error: 0, warning: 0, info: 0 };
  for (const f of findings) n[f.severity]++;
  return n;
}
