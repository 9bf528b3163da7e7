/**
 * Quality on real published texts (test/fixtures/proofread/real-texts.ts): how many of the mistakes
 * found by hand the proofreader reports, and how many error-level findings fall on correct statements.
 */
import { proofreadText, proofreadTextOnly, type ProofFinding } from "../../src/proofread";
import { REAL_TEXTS, readText, type RealText } from "../fixtures/proofread/real-texts";

export interface RealQuality {
  mistakes: number;
  found: number;
  missed: string[];
  /** Error-level findings that match no mistake found by hand. */
  falseErrors: ProofFinding[];
  warnings: number;
  errors: number;
}

export async function realQuality(texts: RealText[] = REAL_TEXTS, textOnly = false): Promise<RealQuality> {
  const q: RealQuality = { mistakes: 0, found: 0, missed: [], falseErrors: [], warnings: 0, errors: 0 };
  for (const t of texts) {
    const text = readText(t.file);
    const fs = textOnly ? proofreadTextOnly(text) : proofreadText(text, await t.accounts());
    const used = new Set<ProofFinding>();
    for (const m of t.mistakes.filter((x) => !textOnly || x.textOnly)) {
      const rule = textOnly && m.textOnlyRule ? m.textOnlyRule : m.rule;
      // Without tables a finding may word what should be written otherwise; the place and rule decide.
      const expected = textOnly ? undefined : m.expected;
      const hits = fs.filter((f) => !used.has(f) && f.rule === rule && f.excerpt === m.excerpt && (expected === undefined || f.expected === expected));
      const n = m.count ?? 1;
      q.mistakes += n;
      for (const h of hits.slice(0, n)) used.add(h);
      q.found += Math.min(n, hits.length);
      if (hits.length < n) q.missed.push(`${t.name}: ${m.rule} ${m.excerpt}`);
    }
    for (const f of fs) {
      if (f.severity === "error") q.errors++;
      if (f.severity === "warning") q.warnings++;
      if (f.severity !== "error" || used.has(f)) continue;
      if (t.twins.some((w) => w.rule === f.rule && w.excerpt === f.excerpt)) continue;
      // Text-only runs may meet a mistake by another route (a rule that needs no table).
      if (textOnly && t.mistakes.some((m) => m.excerpt === f.excerpt)) continue;
      q.falseErrors.push(f);
    }
  }
  return q;
}
