/**
 * A figure that could not be read never becomes a number: the Mentougou 2023 sample as read from the
 * .xlsx, with 本年收入合计 replaced by a formula cell that has no stored result. In every profile the
 * narrative shows a gap wherever that figure or anything computed from it would be, no chart uses it,
 * and no check reports a false mismatch from the placeholder.
 */
import { before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { UNCALCULATED } from "../src/core";
import { evaluateIdentity, runChecks } from "../src/checks";
import { generateNarrative, narrativeToPlain, type Narrative, type Run } from "../src/narrative";
import { readFinalAccounts } from "../src/tables";
import type { FinalAccounts, Figure, Finding, Sheet } from "../src/tables/model";
import { loadWorkbook } from "../src/cli/load";
import { withCellAt } from "./helpers/mutate";

const SAMPLE = "examples/mentougou-kexin-2023.xlsx";
const PROFILES = ["beijing", "central", "shanghai"] as const;

function allRuns(n: Narrative): Run[] {
  return n.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.runs));
}

let sheets: Sheet[];
let incomeCell: string;
let incomeValue: Figure;
let broken: { accounts: FinalAccounts; findings: Finding[] };

before(async () => {
  const w = await loadWorkbook(SAMPLE);
  sheets = w.sheets;
  const s = w.accounts.incomeExpenditureSummary;
  assert.ok(s, "the sample has a 收入支出决算总表");
  incomeValue = s.incomeTotal;
  assert.equal(incomeValue.cells.length, 1);
  incomeCell = incomeValue.cells[0];
  broken = readFinalAccounts(withCellAt(sheets, incomeCell, { error: UNCALCULATED, formula: "SUM(C7:C13)" }));
});

describe("an uncalculated 本年收入合计", () => {
  test("is read as an unreadable figure with one read.uncalculated finding, not as 0", () => {
    const f = broken.accounts.incomeExpenditureSummary?.incomeTotal;
    assert.ok(f);
    assert.equal(f.unreadable, "uncalculated");
    assert.deepEqual(f.cells, [incomeCell]);
    const read = broken.findings.filter((x) => x.cells.includes(incomeCell));
    assert.deepEqual(
      read.map((x) => x.rule),
      ["read.uncalculated"],
    );
    // the old "按0处理" read.missing-row finding is not given for a cell that is there but unreadable
    assert.ok(!broken.findings.some((x) => x.rule === "read.missing-row" && x.message.includes("本年收入合计")));
  });

  test("no identity check compares the placeholder (the readable workbook's checks stay the same)", () => {
    const good = runChecks(readFinalAccounts(sheets).accounts);
    const bad = runChecks(broken.accounts);
    assert.ok(!bad.some((x) => x.cells.includes(incomeCell)), "no check finding cites the unreadable cell");
    assert.deepEqual(
      bad.map((x) => x.rule),
      good.map((x) => x.rule),
    );
    // and directly: an identity with an unreadable side is skipped, while the same with a 0 would fail
    const other = broken.accounts.incomeExpenditureSummary!.expenditureTotal;
    const id = { left: { label: "本年收入合计", figures: [broken.accounts.incomeExpenditureSummary!.incomeTotal] }, right: { label: "本年支出合计", figures: [other] }, relation: "=" as const };
    assert.equal(evaluateIdentity({ id: "t", severity: "error" }, id), null);
    const zero = { ...id, left: { ...id.left, figures: [{ ...id.left.figures[0], unreadable: undefined }] } };
    assert.notEqual(evaluateIdentity({ id: "t", severity: "error" }, zero), null);
  });

  for (const profile of PROFILES) {
    describe(`narrated in the ${profile} profile`, () => {
      let n: Narrative;
      let good: Narrative;
      before(() => {
        n = generateNarrative(broken.accounts, { profile, charts: true });
        good = generateNarrative(readFinalAccounts(sheets).accounts, { profile, charts: true });
      });

      test("no figure run is computed from the unreadable cell", () => {
        const from = allRuns(n).filter((r) => r.kind === "figure" && r.sources.some((s) => s.cells.includes(incomeCell)));
        assert.deepEqual(
          from.map((r) => r.text),
          [],
        );
      });

      test("every figure that used it in the readable workbook is a gap naming the cause", () => {
        const used = allRuns(good).filter(
          (r) => r.kind === "figure" && r.sources.some((s) => s.cells.includes(incomeCell)),
        );
        assert.ok(used.length > 0, "the readable text prints 本年收入合计 or something computed from it");
        const gaps = allRuns(n).filter((r) => r.kind === "gap" && r.need.includes("公式没有计算结果"));
        assert.ok(gaps.length >= 1);
        for (const g of gaps) {
          assert.ok(g.kind === "gap");
          assert.match(g.text, /^【待填写：.+】$/);
          assert.match(g.need, /请在 Excel 或 WPS 中打开并保存后再试/);
          assert.ok(g.need.includes(incomeCell), g.need);
        }
        // each paragraph of the readable text with such a figure has the gap in its place
        assert.deepEqual(
          n.sections.map((x) => [x.id, x.paragraphs.length]),
          good.sections.map((x) => [x.id, x.paragraphs.length]),
        );
        good.sections.forEach((sec, si) =>
          sec.paragraphs.forEach((para, pi) => {
            if (!para.runs.some((r) => r.kind === "figure" && r.sources.some((x) => x.cells.includes(incomeCell)))) return;
            const bad = n.sections[si].paragraphs[pi];
            assert.ok(
              bad.runs.some((r) => r.kind === "gap" && r.need.includes("公式没有计算结果")),
              `${sec.id} paragraph ${pi}: ${bad.runs.map((r) => r.text).join("")}`,
            );
          }),
        );
        const unreadable = n.warnings.filter((w) => w.code === "unreadable-amount");
        assert.ok(unreadable.length >= 1);
        assert.ok(unreadable.every((w) => w.cells?.includes(incomeCell)));
      });

      test("the amount is never printed as 0", () => {
        const text = narrativeToPlain(n).text;
        assert.doesNotMatch(text, /本年收入(合计)?(为)?0(\.0+)?(万)?元/u);
        assert.match(text, /【待填写：[^】]*本年收入合计[^】]*】/u);
      });

      test("no chart draws a value from the unreadable cell", () => {
        for (const b of n.charts ?? []) {
          for (const s of b.chart.series) {
            for (const v of s.values) assert.ok(!v.cells.includes(incomeCell), `${b.chart.caption} uses ${incomeCell}`);
          }
        }
        const goodIds = (good.charts ?? []).map((b) => b.chart.id);
        const badIds = (n.charts ?? []).map((b) => b.chart.id);
        if (goodIds.includes("income-structure")) {
          assert.ok(!badIds.includes("income-structure"), "the income pie is left out");
          assert.ok(n.warnings.some((w) => w.message.includes("公式没有计算结果")));
        }
      });
    });
  }
});
