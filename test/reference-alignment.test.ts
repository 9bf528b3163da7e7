/**
 * The Beijing golden means what the README says: the generated Mentougou narrative (real reader, sample
 * workbook) is aligned with the published reference text sentence by sentence, and every difference must be
 * a listed correction (test/golden/mentougou-corrections.ts) whose arithmetic is checked here with decimal.js
 * and whose result is the figure we print. A difference that is not listed fails, naming both sentences.
 *
 * The reference is tes./fixtures/proofread/mentougou-kexin-2023-juesuan-shuoming.txt: the published text's 二 to 第三部分 五,
 * verbatim (its 第四部分 figures are the department's own performance report, which we do not generate).
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, test } from "node:test";
import { mentougouWorkbook } from "../examples/src";
import { MENTOUGOU_YEAR } from "../examples/src/mentougou-kexin-2023";
import { NUMERIC_SECTION_IDS, generateNarrative, sectionParagraphs } from "../src/narrative";
import { readFinalAccounts } from "../src/tables";
import { MENTOUGOU_CORRECTIONS, type Correction } from "./golden/mentougou-corrections";
import { type Aligned, align, hunks, units } from "./helpers/align";
import { checkComputed, operandForms, printedForms } from "./helpers/arithmetic";

const REFERENCE = readFileSync(
  new URL("./fixtures/proofread/mentougou-kexin-2023-juesuan-shuoming.txt", import.meta.url),
  "utf8",
);

/** The reference's part that our numeric sections cover: from 二、 up to 第三部分 六 (收费, 名词解释 and 第四部分 follow). */
function referenceScope(text: string): string {
  const start = text.indexOf("二、收入支出决算总体情况说明");
  const end = text.indexOf("六、行政事业性收费重点项目信息");
  assert.ok(start >= 0 && end > start, "the reference fixture lost its headings");
  return text.slice(start, end);
}

function generated(): string {
  const { accounts } = readFinalAccounts(mentougouWorkbook().sheets);
  const narrative = generateNarrative(accounts, {
    profile: "yuan-1dp",
    ...(accounts.year === null ? { year: MENTOUGOU_YEAR } : {}),
  });
  const map = sectionParagraphs(narrative, NUMERIC_SECTION_IDS);
  const ids = [...NUMERIC_SECTION_IDS];
  // 第三部分's heading sits between 七 and 一、“三公”; the reference has it in the same place.
  const part3 = narrative.sections.find((s) => s.id === "part3-heading" || s.id === "part3");
  const lines: string[] = [];
  for (const id of ids) {
    if (id === "three-public" && part3)
      lines.push(...part3.paragraphs.map((p) => p.runs.map((r) => r.text).join("")));
    lines.push(...(map.get(id) ?? []));
  }
  return lines.join("\n");
}

const flat = (s: string) => s.trim();

/** Amounts and percentages stated in a text, as plain numbers in order ("1,000.00元" → "1000"). */
function figuresIn(text: string): string[] {
  return [...text.matchAll(/(\d[\d,]*(?:\.\d+)?)\s*(?=万元|元|%)/g)].map((m) =>
    String(Number(m[1].replace(/,/g, ""))),
  );
}

function occurrences(hay: string, needle: string): [number, number][] {
  const out: [number, number][] = [];
  if (!needle) return out;
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) out.push([i, i + needle.length]);
  return out;
}

const covers = (spans: [number, number][], start: number, end: number) =>
  spans.some(([s, e]) => s <= start && end <= e);

/** Which correction explains one changed pair (every hunk covered on both sides), or the hunks that are not. */
function explain(
  pair: { ref: string; out: string },
  corrections: Correction[],
): { used: Set<Correction>; open: string[] } {
  const used = new Set<Correction>();
  const open: string[] = [];
  for (const h of hunks(pair.ref, pair.out)) {
    const c = corrections.find((c) => {
      const outOk = covers(occurrences(pair.out, flat(c.ours)), h.outStart, h.outEnd);
      if (c.reference === null) return outOk && h.refStart === h.refEnd;
      const spans = c.reference.split("\n").flatMap((line) => occurrences(pair.ref, flat(line)));
      return outOk && covers(spans, h.refStart, h.refEnd);
    });
    if (c) used.add(c);
    else
      open.push(
        `参考「${pair.ref.slice(h.refStart, h.refEnd)}」→ 输出「${pair.out.slice(h.outStart, h.outEnd)}」`,
      );
  }
  return { used, open };
}

describe("Mentougou 2023: generated text against the published reference, sentence by sentence", () => {
  const ref = units(referenceScope(REFERENCE));
  const out = units(generated());
  const aligned: Aligned[] = align(ref, out);
  const used = new Set<Correction>();
  const unexplained: string[] = [];
  for (const a of aligned) {
    if (a.kind === "changed") {
      const r = explain(a, MENTOUGOU_CORRECTIONS);
      r.used.forEach((c) => used.add(c));
      if (r.open.length)
        unexplained.push(`改动未列出：\n  参考：${a.ref}\n  输出：${a.out}\n  ${r.open.join("\n  ")}`);
    } else if (a.kind === "refOnly") {
      const c = MENTOUGOU_CORRECTIONS.find(
        (c) => c.reference !== null && c.reference.split("\n").some((line) => a.ref.includes(flat(line))),
      );
      if (c) used.add(c);
      else unexplained.push(`参考有而输出没有：${a.ref}`);
    } else if (a.kind === "outOnly") {
      const c = MENTOUGOU_CORRECTIONS.find(
        (c) => flat(c.ours).includes(a.out) || a.out.includes(flat(c.ours)),
      );
      if (c) used.add(c);
      else unexplained.push(`输出有而参考没有：${a.out}`);
    }
  }

  test("the alignment sees both texts (most sentences are identical)", () => {
    const same = aligned.filter((a) => a.kind === "same").length;
    assert.ok(
      ref.length > 80 && out.length > 80,
      `${ref.length} reference units, ${out.length} output units`,
    );
    assert.ok(same > ref.length / 3, `only ${same} identical sentences of ${ref.length}`);
  });

  test("every difference is a listed correction", () => {
    assert.deepEqual(unexplained, []);
  });

  test("every listed correction is used by the alignment", () => {
    const idle = MENTOUGOU_CORRECTIONS.filter((c) => !used.has(c)).map((c) => c.where);
    assert.deepEqual(idle, []);
  });

  for (const c of MENTOUGOU_CORRECTIONS) {
    if (c.computed === null) {
      test(`correction “${c.where}”: wording only, the same figures on both sides`, () => {
        assert.ok(c.why.length > 0);
        if (c.reference !== null) assert.deepEqual(figuresIn(c.ours), figuresIn(c.reference));
      });
      continue;
    }
    const computed = c.computed;
    test(`correction “${c.where}”: the arithmetic holds and gives the figure we print`, () => {
      const result = checkComputed(computed);
      const forms = printedForms(result);
      // A sum's total is stated in the sentence before; then ours lists every part instead.
      const parts = /^[^=；]*\+/.test(computed) ? operandForms(computed) : [];
      // Nothing spent may be said in words ("未使用…", "未组织…") instead of "0元".
      const inWords = result.value.isZero() && /未|没有|无/.test(c.ours);
      assert.ok(
        inWords ||
          forms.some((f) => c.ours.includes(f)) ||
          (parts.length > 0 && parts.every((f) => c.ours.includes(f))),
        `${c.computed} gives ${forms.join(" / ")}, which “${c.ours}” does not print`,
      );
    });
  }
});
