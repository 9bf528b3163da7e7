/**
 * Proofreading quality on the mutated corpus (test/helpers/proofread-corpus.ts): recall per error class
 * and false findings per 100 correct sentences, plus the time one proofreading takes.
 */
import { proofreadText } from "../src/proofread";
import { measure, sampleDocs } from "../test/helpers/proofread-corpus";

export async function run(): Promise<{ name: string; value: number; unit: string }[]> {
  const docs = sampleDocs();
  const q = measure(docs, 1);
  const out: { name: string; value: number; unit: string }[] = [];
  const round1 = (x: number) => Math.round(x * 10) / 10;
  for (const [cls, r] of Object.entries(q.recall).sort()) {
    out.push({ name: `proofread-recall-${cls}`, value: round1((100 * r.hit) / r.total), unit: "%" });
  }
  out.push({ name: "proofread-mutations", value: q.mutations, unit: "sentences" });
  out.push({ name: "proofread-false-per-100", value: round1((100 * q.falseFindings.length) / q.correctSentences), unit: "findings" });
  out.push({ name: "proofread-input-findings", value: q.inputFindings.length, unit: "findings" });
  const t0 = performance.now();
  for (const d of docs) proofreadText(d.text, d.accounts, d.settings);
  out.push({ name: "proofread-ms-per-narrative", value: round1((performance.now() - t0) / docs.length), unit: "ms" });
  return out;
}
