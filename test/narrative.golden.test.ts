/**
 * Golden tests: the real pipeline (sheets → readFinalAccounts → generateNarrative) on the two sample
 * workbooks reproduces the expected numeric sentences paragraph by paragraph, and every mistake of the
 * published Mentougou text is corrected. UPDATE_GOLDEN=1 rewrites the golden files; review the diff.
 */
import { test, describe } from "node:test";
import assert from "node:assert/strict";
import { centralAccounts, centralWorkbook, mentougouAccounts, mentougouWorkbook } from "../examples/src";
import { CENTRAL_YEAR } from "../examples/src/central-sample";
import { MENTOUGOU_YEAR } from "../examples/src/mentougou-kexin-2023";
import {
  type Narrative,
  NUMERIC_SECTION_IDS,
  generateNarrative,
  narrativeToPlain,
  paragraphText,
} from "../src/narrative";
import { readFinalAccounts } from "../src/tables";
import { golden, goldenText, parseGolden } from "./golden/golden";
import { MENTOUGOU_CORRECTIONS } from "./golden/mentougou-corrections";

const MENTOUGOU_GOLDEN = new URL("./golden/mentougou-yuan-1dp.txt", import.meta.url);
const CENTRAL_GOLDEN = new URL("./golden/central-wanyuan-2dp.txt", import.meta.url);

function assertGolden(actual: Narrative, expectedText: string): void {
  const expected = parseGolden(expectedText);
  const got = parseGolden(goldenText(actual));
  for (const id of NUMERIC_SECTION_IDS) {
    const e = expected.get(id);
    const g = got.get(id);
    assert.ok(e, `golden file lacks section ${id}`);
    assert.ok(g, `narrative lacks section ${id}`);
    const n = Math.max(e.length, g.length);
    for (let i = 0; i < n; i++) assert.equal(g[i], e[i], `section ${id}, paragraph ${i + 1}`);
  }
}

function pipeline(
  sheets: ReturnType<typeof mentougouWorkbook>["sheets"],
  year: number,
  profile: "yuan-1dp" | "wanyuan-2dp",
) {
  const { accounts, findings } = readFinalAccounts(sheets);
  // The sample titles may not print the year; the narrative then says 本年度 and warns (tested below).
  const narrative = generateNarrative(accounts, { profile, ...(accounts.year === null ? { year } : {}) });
  return { accounts, findings, narrative };
}

describe("Mentougou 2023, yuan-1dp, through the real reader", () => {
  const { accounts, findings, narrative } = pipeline(mentougouWorkbook().sheets, MENTOUGOU_YEAR, "yuan-1dp");
  const text = narrativeToPlain(narrative).text;

  test("the reader finds every table and no error", () => {
    assert.deepEqual(
      findings.filter((f) => f.severity === "error").map((f) => f.message),
      [],
    );
    assert.equal(accounts.department, "北京市门头沟区科学技术和信息化局");
    assert.ok(accounts.supplement.present);
  });

  test("numeric sections equal the golden text paragraph by paragraph", () => {
    assertGolden(narrative, golden(MENTOUGOU_GOLDEN, goldenText(narrative)));
  });

  test("the examples model (no reader) gives the same numeric text as the reader on the sheets", () => {
    const fromSource = generateNarrative(mentougouAccounts());
    assertGolden(fromSource, goldenText(narrative));
  });

  for (const c of MENTOUGOU_CORRECTIONS) {
    test(`corrects the reference: ${c.where}`, () => {
      assert.ok(text.includes(c.ours), `missing corrected text: ${c.ours}`);
      if (c.reference !== null) assert.ok(!text.includes(c.reference), `still contains: ${c.reference}`);
    });
  }

  test("the only gap is the reason the reference does not give (类 224)", () => {
    assert.deepEqual(
      narrative.warnings.map((w) => [w.code, w.key]),
      [["missing-reason", "reason:functional:224"]],
    );
    const gaps = narrative.sections.flatMap((s) =>
      s.paragraphs.flatMap((p) => p.runs.filter((r) => r.kind === "gap")),
    );
    assert.equal(gaps.length, 1);
    assert.equal(gaps[0].text, "【待填写：主要原因】");
  });

  test("figures carry the cells they were read from", () => {
    const overall = narrative.sections.find((s) => s.id === "overall")!;
    const first = overall.paragraphs[1].runs.find((r) => r.kind === "figure");
    assert.ok(first && first.kind === "figure");
    assert.equal(first.text, "113,684,009.05元");
    assert.equal(first.sources[0].value, "113684009.05");
    assert.match(first.sources[0].cells[0], /^收入支出决算总表!/);
    const vehicles = narrative.sections.find((s) => s.id === "three-public")!;
    const perVehicle = vehicles.paragraphs
      .flatMap((p) => p.runs)
      .find((r) => r.kind === "figure" && r.computation === "perUnit" && r.text === "7,421.93元");
    assert.ok(perVehicle && perVehicle.kind === "figure");
    assert.match(perVehicle.formula, /44,531\.60 ÷ 公务用车保有量 6 = 7,421\.93元/);
    assert.ok(perVehicle.sources[1].cells[0].startsWith("补充信息!"), perVehicle.sources[1].cells.join());
  });

  test("user texts are placed verbatim", () => {
    const info = narrative.sections.find((s) => s.id === "basic-info")!;
    assert.equal(paragraphText(info.paragraphs[2]), accounts.supplement.texts.duties!.text);
    assert.equal(info.paragraphs[2].runs[0].kind, "userText");
  });
});

describe("central sample 2023, wanyuan-2dp, through the real reader", () => {
  const { accounts, findings, narrative } = pipeline(centralWorkbook().sheets, CENTRAL_YEAR, "wanyuan-2dp");

  test("the reader reports no error", () => {
    assert.deepEqual(
      findings.filter((f) => f.severity === "error").map((f) => f.message),
      [],
    );
  });

  test('the vertical "三公" table\'s numbered rows are read (1.因公出国（境）费, 3.公务接待费)', () => {
    const t = accounts.threePublicTable;
    assert.ok(t, "the 三公 table was not read");
    assert.ok(t.budget.overseasTravel, "1.因公出国（境）费: 预算数 not read");
    assert.ok(t.actual.overseasTravel, "1.因公出国（境）费: 决算数 not read");
    assert.ok(t.budget.officialReception, "3.公务接待费: 预算数 not read");
    assert.ok(t.actual.officialReception, "3.公务接待费: 决算数 not read");
    assert.ok(!narrative.warnings.some((w) => w.key === "budget:threePublic:overseasTravel"));
  });

  test("numeric sections equal the golden text paragraph by paragraph", () => {
    assertGolden(narrative, golden(CENTRAL_GOLDEN, goldenText(narrative)));
  });

  test('the "三公" section from the sample\'s own model equals the golden text', () => {
    const model = generateNarrative(centralAccounts(), { profile: "wanyuan-2dp" });
    const expected = parseGolden(golden(CENTRAL_GOLDEN, goldenText(narrative))).get("three-public");
    assert.deepEqual(parseGolden(goldenText(model)).get("three-public"), expected);
  });

  test("万元 with two decimals and completion rates", () => {
    const text = narrativeToPlain(narrative).text;
    assert.ok(!/\d元/.test(text.replace(/\d+(\.\d+)?万元/g, "")), "an amount in 元 slipped through");
    assert.match(text, /完成年初预算的\d+\.\d{2}%/);
    assert.ok(!text.includes("增加（减少）"));
  });
});
