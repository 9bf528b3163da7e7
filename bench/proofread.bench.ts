/**
 * Proofreading quality, two sources kept apart by name:
 * - proofread-mutation-*: the mutated corpus of generated narratives (test/helpers/proofread-corpus.ts),
 *   recall per error class and false findings per 100 correct sentences (the program's own text);
 * - proofread-real-*: three published texts against the workbooks of their tables, every mistake found
 *   by hand (test/fixtures/proofread/real-texts.ts): recall and error-level findings on correct statements,
 *   with the tables and text only.
 * Plus the time one proofreading takes.
 */
import { proofreadText } from "../src/proofread";
import { measure, sampleDocs } from "../test/helpers/proofread-corpus";
import { realQuality } from "../test/helpers/proofread-real";

export async function run(): Promise<{ name: string; value: number; unit: string }[]> {
  const docs = sampleDocs();
  const q = measure(docs, 1);
  const out: { name: string; value: number; unit: string }[] = [];
  const round1 = (x: number) => Math.round(x * 10) / 10;
  for (const [cls, r] of Object.entries(q.recall).sort()) {
    out.push({ name: `proofread-mutation-recall-${cls}`, value: round1((100 * r.hit) / r.total), unit: "%" });
  }
  out.push({ name: "proofread-mutation-count", value: q.mutations, unit: "sentences" });
  out.push({ name: "proofread-mutation-false-per-100", value: round1((100 * q.falseFindings.length) / q.correctSentences), unit: "findings" });
  out.push({ name: "proofread-mutation-input-findings", value: q.inputFindings.length, unit: "findings" });
  for (const [mode, textOnly] of [["tables", false], ["text-only", true]] as const) {
    const r = await realQuality(undefined, textOnly);
    out.push({ name: `proofread-real-${mode}-mistakes`, value: r.mistakes, unit: "mistakes" });
    out.push({ name: `proofread-real-${mode}-recall`, value: round1((100 * r.found) / r.mistakes), unit: "%" });
    out.push({ name: `proofread-real-${mode}-false-errors`, value: r.falseErrors.length, unit: "findings" });
  }
  const t0 = performance.now();
  for (const d of docs) proofreadText(d.text, d.accounts, d.settings);
  out.push({ name: "proofread-ms-per-narrative", value: round1((performance.now() - t0) / docs.length), unit: "ms" });
  return out;
}
