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
    test("against the workbook of its tables: every mistake found by hand, and no other error", () => {
      const fs = proofreadText(text, t.accounts());
      assert.deepEqual(missing(t, fs, t.mistakes), []);
      const q = realQuality([t]);
      assert.deepEqual(q.falseErrors.map(show), [], "error-level findings on correct statements");
    });

    test("text only: every mistake the text alone shows, and no other error", () => {
      const fs = proofreadTextOnly(text);
      assert.deepEqual(missing(t, fs, t.mistakes.filter((m) => m.textOnly), true), []);
      const q = realQuality([t], true);
      assert.deepEqual(q.falseErrors.map(show), [], "error-level findings on correct statements");
    });

    test("each finding points at its excerpt", () => {
      for (const f of proofreadText(text, t.accounts())) {
        assert.equal(text.slice(f.offset, f.offset + f.length), f.excerpt, f.rule);
        for (const p of f.places ?? []) assert.equal(text.slice(p.offset, p.offset + p.length), p.excerpt, f.rule);
      }
    });
  });
}

test("a convention kept throughout is no finding: Shanghai amounts without separators, Beijing with", () => {
  for (const t of REAL_TEXTS) {
    const fs = proofreadText(readText(t.file), t.accounts());
    assert.ok(fs.filter((f) => f.rule === "proof.grouping").length <= 1, t.name);
    assert.ok(fs.filter((f) => f.rule === "proof.stray-space").length <= 2, t.name);
  }
});

test("the Shanghai tables typed for the rule tests agree with the sample workbooks typed from the same PDFs", async () => {
  const { putuoFinanceAccounts, putuoPlanningAccounts } = await import("./fixtures/proofread/shanghai-accounts");
  const { shanghaiAccounts } = await import("./fixtures/proofread/real-texts");
  for (const [i, mine] of [putuoFinanceAccounts(), putuoPlanningAccounts()].entries()) {
    const wb = shanghaiAccounts(i)();
    const v = (f: { value: { toString(): string } } | undefined) => f?.value.toString();
    for (const row of mine.generalBudgetExpenditure!.rows) {
      const other = wb.generalBudgetExpenditure!.rows.find((r) => r.code === row.code);
      assert.deepEqual([other?.name, v(other?.amounts.total)], [row.name, v(row.amounts.total)], `${i} ${row.code}`);
    }
    const pairs: [string, unknown, unknown][] = [
      ["本年收入合计", v(mine.incomeExpenditureSummary!.incomeTotal), v(wb.incomeExpenditureSummary!.incomeTotal)],
      ["收入总计", v(mine.incomeExpenditureSummary!.incomeGrandTotal), v(wb.incomeExpenditureSummary!.incomeGrandTotal)],
      ["财政拨款总计", v(mine.appropriationSummary!.incomeGrandTotal), v(wb.appropriationSummary!.incomeGrandTotal)],
      ["人员经费", v(mine.basicExpenditureByEconomic!.personnelTotal), v(wb.basicExpenditureByEconomic!.personnelTotal)],
      ["公用经费", v(mine.basicExpenditureByEconomic!.publicTotal), v(wb.basicExpenditureByEconomic!.publicTotal)],
      ["三公预算", v(mine.threePublicTable!.budget.total), v(wb.threePublicTable!.budget.total)],
      ["接待预算", v(mine.threePublicTable!.budget.officialReception), v(wb.threePublicTable!.budget.officialReception)],
    ];
    for (const [what, a, b] of pairs) assert.equal(a, b, `${i} ${what}`);
  }
});
