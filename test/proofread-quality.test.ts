import { test } from "node:test";
import assert from "node:assert/strict";
import { measure, mutate, sampleDocs, seeded } from "./helpers/proofread-corpus";

// A seeded sample of the corpus (the full one runs in bench/proofread.bench.ts).
test("recall ≥ 95% per error class and ≤ 1 false finding per 100 correct sentences", () => {
  const docs = sampleDocs();
  const all = docs.flatMap((d) => mutate(d, 7));
  assert.ok(all.length >= 300, `corpus has ${all.length} mutations`);
  const pick = seeded(7);
  const q = measure(docs, 7, (m) => m.cls === "item-deleted" || m.cls === "parts-sum" || pick() < 0.08);
  assert.ok(q.mutations >= 150, `sampled ${q.mutations}`);
  for (const [cls, r] of Object.entries(q.recall)) {
    assert.ok(r.hit / r.total >= 0.95, `${cls}: ${r.hit}/${r.total}; missed: ${r.missed.slice(0, 3).join(" | ")}`);
  }
  assert.ok(q.correctSentences >= 200);
  const per100 = (100 * q.falseFindings.length) / q.correctSentences;
  assert.ok(per100 <= 1, `false findings: ${q.falseFindings.map((f) => `${f.rule} ${f.excerpt}`).join("; ")}`);
});
