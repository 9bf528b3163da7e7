import { test, describe } from "node:test";
import assert from "node:assert/strict";
import { proofreadText, proofreadTextOnly, type ProofFinding } from "../src/proofread";
import { REAL_TEXTS, readText, type RealMistake, type RealText } from "./fixtures/proofread/real-texts";
import { realQuality } from "./helpers/proofread-real";

const show = (f: ProofFinding) => `${f.rule} “${f.excerpt}” → ${f.expected ?? ""}`;

/** Findings that match a hand-found mistake, as many as it has places. */
function missing(t: RealText, fs: ProofFinding[], mistakes: RealMistake[], textOnly = false): string[] {
  const found = (m: RealMistake) => (f: ProofFinding) =>
    textOnly && m.textOnlyRule
      ? f.rule === m.textOnlyRule && f.excerpt === m.excerpt && f.severity === m.severity
      : f.rule === m.rule && f.excerpt === m.excerpt && f.severity === m.severity && (textOnly || m.expected === undefined || f.expected === m.expected);
  return mistakes.filter((m) => fs.filter(found(m)).length < (m.count ?? 1)).map((m) => `${t.name}: ${m.rule} “${m.excerpt}”（${m.proof}）`);
}

for (const t of REAL_TEXTS) {
  describe(`real text ${t.name}`, () => {
    const text = readText(t.file);
    test("against the workbook of its tables: every mistake found by hand, and no other error", async () => {
      const fs = proofreadText(text, await t.accounts());
      assert.deepEqual(missing(t, fs, t.mistakes), []);
      const q = await realQuality([t]);
      assert.deepEqual(q.falseErrors.map(show), [], "error-level findings on correct statements");
    });

    test("text only: every mistake the text alone shows, and no other error", async () => {
      const fs = proofreadTextOnly(text);
      assert.deepEqual(missing(t, fs, t.mistakes.filter((m) => m.textOnly), true), []);
      const q = await realQuality([t], true);
      assert.deepEqual(q.falseErrors.map(show), [], "error-level findings on correct statements");
    });

    test("each finding points at its excerpt", async () => {
      for (const f of proofreadText(text, await t.accounts())) {
        assert.equal(text.slice(f.offset, f.offset + f.length), f.excerpt, f.rule);
        for (const p of f.places ?? []) assert.equal(text.slice(p.offset, p.offset + p.length), p.excerpt, f.rule);
      }
    });
  });
}

test("a convention kept throughout is no finding: Shanghai amounts without separators, Beijing with", async () => {
  for (const t of REAL_TEXTS) {
    const fs = proofreadText(readText(t.file), await t.accounts());
    assert.ok(fs.filter((f) => f.rule === "proof.grouping").length <= 1, t.name);
    assert.ok(fs.filter((f) => f.rule === "proof.stray-space").length <= 2, t.name);
  }
});
