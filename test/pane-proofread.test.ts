// 校对 in the pane without a browser: settings passed to the proofreader, a finding's sentence split around
// its excerpt, and the selection read as text in one sync (fake Excel).
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readXlsx } from "../src/cli/read-xlsx";
import { rangeValuesToText, readSelectedRangeText } from "../src/office";
import type { ProofFinding } from "../src/proofread";
import { readFinalAccounts } from "../src/tables";
import {
  clipParts,
  proofCounts,
  proofSettingsOf,
  proofread,
  sentenceParts,
} from "../src/taskpane/logic/proofread";
import { FakeExcel } from "./fakes/fake-excel";

const RATE =
  "“科技条件与服务”（款）2023年度决算4,276,060.24元，比2023年年初预算增加595,509.17元，增长16.3%。";
const GROUPING = "2023年度“三公”经费财政拨款决算数44,531.60元，比年初预算140,987.00元，减少96455.40元。";

function finding(over: Partial<ProofFinding>): ProofFinding {
  return {
    rule: "proof.rate-mismatch",
    severity: "error",
    message: "m",
    cells: [],
    sentence: "",
    excerpt: "",
    offset: 0,
    length: 0,
    ...over,
  };
}

describe("校对 logic", () => {
  test("the text is held to its own unit and conventions: nothing of the pane's 发布口径 is passed on", () => {
    assert.deepEqual(proofSettingsOf(), {});
  });

  test("the Mentougou sample: the two mistakes, in text order or errors first", async () => {
    const { accounts } = readFinalAccounts(await readXlsx("examples/mentougou-kexin-2023.xlsx"));
    const text = `${RATE}\n${GROUPING}\n2023年度本年收入合计112,078,856.26元，比上年增加39,551,070.89元，增长54.5 %。`;
    const found = proofread(text, accounts);
    assert.deepEqual(
      found.map((f) => [f.rule, f.excerpt, f.severity]),
      [
        ["proof.rate-mismatch", "16.3%", "error"],
        // A missing separator departs from the text's convention: a warning (docs/proofread.md).
        ["proof.grouping", "96455.40元", "warning"],
        ["proof.stray-space", "54.5 %", "warning"],
      ],
    );
    assert.deepEqual(proofCounts(found), { error: 1, warning: 2, info: 0 });
    const first = proofread(
      `2023年度本年收入合计112,078,856.26元，比上年增加39,551,070.89元，增长54.5 %。\n${RATE}`,
      accounts,
      true,
    );
    assert.deepEqual(
      first.map((f) => f.severity),
      ["error", "warning"],
    );
  });

  test("sentence parts: placed by offset (not the first equal excerpt), clipped either side", () => {
    const sentence = "支出100元，比上年增加100元。";
    const text = `标题\n${sentence}`;
    const offset = text.lastIndexOf("100元");
    const f = finding({ sentence, excerpt: "100元", offset, length: 4 });
    assert.deepEqual(sentenceParts(f, text), {
      before: "支出100元，比上年增加",
      excerpt: "100元",
      after: "。",
    });
    // Without the text, the first occurrence; an excerpt outside the sentence stands alone.
    assert.deepEqual(sentenceParts(f), { before: "支出", excerpt: "100元", after: "，比上年增加100元。" });
    assert.deepEqual(
      sentenceParts(finding({ sentence: "别的句子", excerpt: "（二）具体情况", offset: 0, length: 7 })),
      {
        before: "",
        excerpt: "（二）具体情况",
        after: "",
      },
    );
    assert.deepEqual(clipParts({ before: "一二三四五", excerpt: "X", after: "六七八九十" }, 2), {
      before: "…四五",
      excerpt: "X",
      after: "六七…",
    });
    // A number at the cut is left out whole, never shown as "…023年".
    assert.deepEqual(
      clipParts({ before: "比2023年年初预算增加", excerpt: "16.3%", after: "，比上年增加1,234.56元" }, 8),
      {
        before: "…年年初预算增加",
        excerpt: "16.3%",
        after: "，比上年增加…",
      },
    );
  });
});

describe("reading the selection as text (one sync)", () => {
  test("a whole-column selection reads its used part; numbers keep their displayed text", async () => {
    const excel = new FakeExcel([
      { name: "草稿", origin: "A1", values: [["第一段"], [null], ["第二段", 1234.5], [null]] },
    ]);
    excel.selectAsUser("草稿", "A:B");
    const before = excel.log.syncs;
    const r = await excel.run((ctx) => readSelectedRangeText(ctx as unknown as Excel.RequestContext));
    assert.equal(excel.log.syncs - before, 1);
    assert.deepEqual(r, { sheet: "草稿", address: "A1:B3", text: "第一段\n\n第二段\t1234.5", rows: 3 });
  });

  test("an empty selection gives no text", async () => {
    const excel = new FakeExcel([{ name: "空", origin: "A1", values: [["x"]] }]);
    excel.selectAsUser("空", "C5:D9");
    const r = await excel.run((ctx) => readSelectedRangeText(ctx as unknown as Excel.RequestContext));
    assert.deepEqual(r, { sheet: "空", address: "", text: "", rows: 0 });
  });

  test("values to text: display text for numbers, blanks dropped within a row, trailing blank rows dropped", () => {
    assert.equal(
      rangeValuesToText(
        [
          ["a", "", 4276060.24],
          ["", "", ""],
          ["b", null, true],
          ["", "", ""],
        ],
        [
          ["a", "", "4,276,060.24"],
          ["", "", ""],
          ["b", "", "TRUE"],
          ["", "", ""],
        ],
      ),
      "a\t4,276,060.24\n\nb\tTRUE",
    );
  });
});
