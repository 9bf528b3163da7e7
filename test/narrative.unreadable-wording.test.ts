/**
 * "No figure is ever printed from a value that could not be read", applied to wording: a figure marked
 * `unreadable` holds 0 only as a placeholder, so no sentence may depend on it — not "本年度无此项支出",
 * not "持平", not "增加/减少", not a line dropped as zero (不涉及的不列). Its place shows a gap.
 *
 * The sweep: for every sample workbook and every region profile, each cell the model's figures are read
 * from is made unreadable in turn (every Figure that includes the cell, as the reader marks sums), and
 * the narrative is written twice, with the placeholder 0 and with a large non-zero placeholder. The two
 * texts (and warnings) must be identical: then nothing in them depends on the placeholder, so no branch
 * chose zero, equal or up/down wording from it. Besides, no figure run may cite the cell, every figure
 * that cited it in the readable text is a gap naming it, and no clause holding such a gap says
 * 无/未/持平/增加/减少/增长/下降. The hand-stated cases below read the .xlsx with the cell replaced by
 * a formula without a stored result, through the same reader as the CLI.
 */
import { before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { Dec, UNCALCULATED, ZERO, isDecimal } from "../src/core";
import { type Narrative, type Run, chooseProfile, generateNarrative, narrativeToPlain } from "../src/narrative";
import { readFinalAccounts } from "../src/tables";
import type { Figure, FinalAccounts, Sheet } from "../src/tables/model";
import { loadWorkbook } from "../src/cli/load";
import { withCellAt } from "./helpers/mutate";
import { isAbsentOrZero, isKnownEqual, isKnownZero, mayBeNonZero, zeroAnswer } from "../src/narrative/zero";

const WORKBOOKS = [
  ...readdirSync("examples")
    .filter((f) => f.endsWith(".xlsx"))
    .map((f) => join("examples", f)),
  ...readdirSync("test/fixtures/shanghai")
    .filter((f) => f.endsWith(".xlsx"))
    .map((f) => join("test/fixtures/shanghai", f)),
].sort();
const PROFILES = ["beijing", "central", "shanghai"] as const;
const BIG = new Dec("987654321.37");
/**
 * Figures swept per role (a role is e.g. "项 rows of the 一般公共预算 table, total column, reading 0";
 * a 补充信息 key is a role of its own): 2 per role covers every role of every table, zero and non-zero
 * apart, about 1,230 of the samples' 3,130 cells. `SWEEP_PER_ROLE=Infinity` sweeps every cell (all pass;
 * about 85 s on a quiet machine).
 */
const PER_ROLE = Number(process.env.SWEEP_PER_ROLE ?? 2);

/**
 * Every Figure of the model (amounts with a source unit; counts are not figures), each once, with its
 * role: where it sits with row numbers left out, its row's level (类/款/项) and whether it reads 0.
 */
function figuresOf(accounts: FinalAccounts): { fig: Figure; role: string }[] {
  const seen = new Set<object>();
  const out: { fig: Figure; role: string }[] = [];
  const walk = (o: unknown, path: string, level: string): void => {
    if (!o || typeof o !== "object" || isDecimal(o) || seen.has(o)) return;
    seen.add(o);
    const f = o as Partial<Figure>;
    if (isDecimal(f.value) && Array.isArray(f.cells) && "sourceUnit" in f) {
      out.push({ fig: o as Figure, role: `${path} ${level} ${f.value.isZero() ? "zero" : "nonzero"}` });
      return;
    }
    const own = (o as { level?: unknown }).level;
    const lv = typeof own === "string" ? own : level;
    for (const [k, v] of Object.entries(o))
      if (k !== "tables" && k !== "hints") walk(v, Array.isArray(o) ? `${path}[]` : `${path}.${k}`, lv);
  };
  walk(accounts, "", "");
  return out;
}

/** The cells to make unreadable: every cell of up to `perRole` figures of each role (all when perRole is Infinity). */
function sweepCells(figs: { fig: Figure; role: string }[], perRole: number): string[] {
  const taken = new Map<string, number>();
  const cells = new Set<string>();
  for (const { fig, role } of figs) {
    const n = taken.get(role) ?? 0;
    if (n >= perRole) continue;
    taken.set(role, n + 1);
    for (const c of fig.cells) cells.add(c);
  }
  return [...cells];
}

/** Runs `fn` with every figure that includes `cell` unreadable and holding `placeholder`; restores them. */
function withUnreadable<T>(figs: Figure[], cell: string, placeholder: Dec, fn: () => T): T {
  const hit = figs.filter((f) => f.cells.includes(cell));
  const saved = hit.map((f) => ({ value: f.value, unreadable: f.unreadable }));
  for (const f of hit) {
    f.value = placeholder;
    f.unreadable = "uncalculated";
  }
  try {
    return fn();
  } finally {
    hit.forEach((f, i) => {
      f.value = saved[i].value;
      if (saved[i].unreadable) f.unreadable = saved[i].unreadable;
      else delete f.unreadable;
    });
  }
}

function runs(n: Narrative): Run[] {
  return n.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.runs));
}

/** The document text and the warnings: everything a user reads. */
function signature(n: Narrative): string {
  return `${narrativeToPlain(n).text}\n${n.warnings.map((w) => `${w.code}：${w.message}`).join("\n")}`;
}

function firstDifference(a: string, b: string): string {
  const x = a.split("\n");
  const y = b.split("\n");
  const i = x.findIndex((line, k) => line !== y[k]);
  return `placeholder 0:   ${x[i]}\nplaceholder big: ${y[i]}`;
}

const STATEMENT = /无此项|无“|无政府|无国有|无机关|无政府采购|未使用|未购置|未安排|未组织|未发生|持平|增加|减少|增长|下降|大于|小于/u;

/** Clauses (between ，；。：) that hold a gap for an unreadable figure, as text. */
function clausesWithUnreadableGap(n: Narrative): string[] {
  const out: string[] = [];
  for (const s of n.sections)
    for (const p of s.paragraphs) {
      let clause = "";
      let hasGap = false;
      const close = () => {
        if (hasGap) out.push(clause);
        clause = "";
        hasGap = false;
      };
      for (const r of p.runs) {
        if (r.kind === "gap") {
          clause += r.text;
          hasGap ||= r.key.startsWith("unreadable:");
          continue;
        }
        for (const ch of r.kind === "text" ? r.text : r.text.replace(/[，；。：]/gu, "")) {
          if ("，；。：".includes(ch)) close();
          else clause += ch;
        }
      }
      close();
    }
  return out;
}

describe("zero, not zero or unknown (src/narrative/zero.ts)", () => {
  const read = (v: string) => ({ value: new Dec(v) });
  const unreadable = { value: ZERO, unreadable: "uncalculated" as const };
  test("an unreadable figure is neither zero nor equal to anything", () => {
    assert.equal(zeroAnswer(read("0")), "zero");
    assert.equal(zeroAnswer(read("0.01")), "nonzero");
    assert.equal(zeroAnswer(read("-3")), "nonzero");
    assert.equal(zeroAnswer(unreadable), "unknown");
    assert.equal(isKnownZero(unreadable), false);
    assert.equal(isKnownZero(undefined), false);
    assert.equal(isKnownZero(read("0")), true);
    assert.equal(mayBeNonZero(unreadable), true);
    assert.equal(mayBeNonZero(read("0")), false);
    assert.equal(mayBeNonZero(undefined), false);
    assert.equal(isAbsentOrZero(undefined), true);
    assert.equal(isAbsentOrZero(read("0")), true);
    assert.equal(isAbsentOrZero(unreadable), false);
    assert.equal(isKnownEqual(read("5"), read("5.00")), true);
    assert.equal(isKnownEqual(unreadable, read("0")), false);
    assert.equal(isKnownEqual(unreadable, unreadable), false);
    assert.equal(isKnownEqual(read("5"), undefined), false);
  });

  test("the sections ask zero.ts, never a figure's value directly", () => {
    const dir = "src/narrative/sections";
    for (const f of readdirSync(dir)) {
      const src = readFileSync(join(dir, f), "utf8");
      const bad = src.split("\n").filter((l) => /\.value\.(isZero|equals|isPositive|isNegative|isPos|isNeg|gt|lt|gte|lte|cmp|eq)\(/.test(l));
      assert.deepEqual(bad, [], `${f} decides from a figure's value without zero.ts`);
    }
  });
});

for (const file of WORKBOOKS) {
  describe(`every cell of ${file} made unreadable in turn`, () => {
    let accounts: FinalAccounts;
    let figs: Figure[];
    let cells: string[];
    before(async () => {
      accounts = (await loadWorkbook(file)).accounts;
      const roles = figuresOf(accounts);
      figs = roles.map((r) => r.fig);
      cells = sweepCells(roles, PER_ROLE);
      assert.ok(cells.length > 50, `${file}: ${cells.length} cells`);
    });

    for (const profile of PROFILES) {
      test(`${profile}: the text never depends on the placeholder, and shows a gap where the figure was`, () => {
        const gen = () => generateNarrative(accounts, { profile, charts: false });
        const readable = gen();
        const cited = new Set(
          runs(readable).flatMap((r) => (r.kind === "figure" ? r.sources.flatMap((s) => s.cells) : [])),
        );
        const failures: string[] = [];
        let gapsChecked = 0;
        for (const cell of cells) {
          const zero = withUnreadable(figs, cell, ZERO, gen);
          const big = withUnreadable(figs, cell, BIG, gen);
          const a = signature(zero);
          const b = signature(big);
          if (a !== b) failures.push(`${cell}: the text depends on the placeholder\n${firstDifference(a, b)}`);
          const from = runs(zero).filter((r) => r.kind === "figure" && r.sources.some((s) => s.cells.includes(cell)));
          if (from.length) failures.push(`${cell}: printed from it: ${from.map((r) => r.text).join("、")}`);
          if (cited.has(cell)) {
            gapsChecked++;
            const named = zero.warnings.some((w) => w.code === "unreadable-amount" && w.cells?.includes(cell));
            const gap = runs(zero).some((r) => r.kind === "gap" && r.key.startsWith("unreadable:"));
            if (!named || !gap) failures.push(`${cell}: printed in the readable text, but no gap names it`);
          }
          const said = clausesWithUnreadableGap(zero).filter((c) => STATEMENT.test(c));
          if (said.length) failures.push(`${cell}: a clause with its gap still says how it compares: ${said.join(" | ")}`);
          if (failures.length >= 5) break;
        }
        assert.deepEqual(failures, []);
        assert.ok(gapsChecked > 10, `${gapsChecked} printed cells checked`);
      });
    }
  });
}

// ---- hand-stated cases, read from the .xlsx with one cell a formula without a stored result -----

/** The sheets with the cell at `ref` a formula that has no stored result. */
function uncalculated(sheets: Sheet[], ref: string): Sheet[] {
  return withCellAt(sheets, ref, { error: UNCALCULATED, formula: "SUM(A1:A2)" });
}

function narrate(sheets: Sheet[], profile?: string): { text: string; n: Narrative } {
  const accounts = readFinalAccounts(sheets).accounts;
  const n = generateNarrative(accounts, { profile: profile ?? chooseProfile(accounts).id, charts: false });
  return { text: narrativeToPlain(n).text, n };
}

/** The paragraph of `text` that starts with (or contains) `marker`. */
function paragraph(text: string, marker: string | RegExp): string {
  const p = text.split("\n").find((l) => (typeof marker === "string" ? l.includes(marker) : marker.test(l)));
  assert.ok(p !== undefined, `no paragraph with ${String(marker)}`);
  return p;
}

describe("hand-stated cases", () => {
  test("Beijing: an uncalculated 政府性基金 total is not 本年度无此项支出 (the readable 0 is)", async () => {
    const w = await loadWorkbook("examples/mentougou-kexin-2023.xlsx");
    const gf = w.accounts.governmentFundTable?.total.total;
    assert.ok(gf && gf.value.isZero() && gf.cells.length === 1, "the sample prints a 0 政府性基金 total");
    const good = narrate(w.sheets, "beijing").text;
    const gfParagraphs = (t: string) => t.split("\n\n").join("\n").split("五、政府性基金预算财政拨款支出决算情况说明\n")[1].split("\n")[0];
    assert.equal(gfParagraphs(good), "本年度无此项支出。");
    const bad = narrate(uncalculated(w.sheets, gf.cells[0]), "beijing").text;
    assert.match(gfParagraphs(bad), /^2023年度政府性基金预算财政拨款支出【待填写：本年支出合计】。$/u);
  });

  test("Beijing: an uncalculated 本年收入合计 says nothing about the change from last year", async () => {
    const w = await loadWorkbook("examples/mentougou-kexin-2023.xlsx");
    const cell = w.accounts.incomeExpenditureSummary!.incomeTotal.cells[0];
    const good = paragraph(narrate(w.sheets, "beijing").text, "本年收入合计");
    assert.match(good, /本年收入合计[\d,.]+元，比上年(增加|减少)/u);
    const bad = paragraph(narrate(uncalculated(w.sheets, cell), "beijing").text, "本年收入合计");
    assert.match(bad, /^2023年度本年收入合计【待填写：本年收入合计】，比上年【待填写：本年收入合计的增减情况】，其中：/u);
    assert.doesNotMatch(bad, /比上年(增加|减少)|持平/u);
  });

  test("Shanghai: an uncalculated 因公出国（境）费 of 0 is not 全年未安排因公出国（境）团组", async () => {
    const w = await loadWorkbook("test/fixtures/shanghai/shanghai-putuo-guihuaziyuan-2024.xlsx");
    const ov = w.accounts.threePublicTable!.actual.overseasTravel!;
    assert.ok(ov.value.isZero(), "规划资源局 spent nothing on 因公出国（境） in 2024 (its 三公 total is 0.39万元)");
    assert.match(narrate(w.sheets).text, /1、因公出国（境）费支出0万元，全年未安排因公出国（境）团组。/u);
    const bad = narrate(uncalculated(w.sheets, ov.cells[0])).text;
    assert.doesNotMatch(bad, /未安排因公出国/u);
    assert.match(bad, /1、因公出国（境）费支出【待填写：因公出国（境）费决算数】。全年安排因公出国（境）团组【待填写：[^】]+】个/u);
    // its share and its line in the budget comparison are gaps too, never 0万元 or 0%
    assert.match(bad, /因公出国（境）费支出决算【待填写：因公出国（境）费决算数】，占【待填写：因公出国（境）费决算数的占比】/u);
    assert.match(bad, /因公出国（境）费决算为【待填写：因公出国（境）费决算数】；/u);
  });

  test("central: an uncalculated 三公 budget gives gaps for the budget and the completion rate, no 大于/小于", async () => {
    const w = await loadWorkbook("examples/central-sample.xlsx");
    const budget = w.accounts.threePublicTable?.budget.officialReception;
    assert.ok(budget && !budget.value.isZero(), "the central sample prints a 公务接待费 budget");
    const after = (t: string) => t.split("\n")[t.split("\n").indexOf("2.公务接待费") + 1];
    assert.match(after(narrate(w.sheets, "central").text), /支出预算为[\d,.]+万元，支出决算为[\d,.]+万元，完成预算的[\d.]+%/u);
    const line = after(narrate(uncalculated(w.sheets, budget.cells[0]), "central").text);
    assert.match(line, /^2023年度支出预算为【待填写：公务接待费年初预算数】，支出决算为[\d,.]+万元，完成预算的【待填写：公务接待费决算数的预算完成率】。/u);
    assert.doesNotMatch(line, /决算数(大于|小于)预算数|持平/u);
  });
  test("Shanghai: an uncalculated “三公” total or 政府性基金 total leaves no sentence half-written", async () => {
    const w = await loadWorkbook("examples/shanghai-putuo-caizhengju-2024.xlsx");
    const tp = w.accounts.threePublicTable!.actual.total!;
    const gf = w.accounts.governmentFundTable!.total.total!;
    assert.ok(tp.value.isZero() && gf.value.isZero(), "财政局 had no 三公 and no 政府性基金 spending in 2024");
    const good = narrate(w.sheets).text;
    assert.match(good, /2024年度“三公”经费支出决算数小于预算数的主要原因：/u);
    assert.match(good, /上海市普陀区财政局2024年度无政府性基金预算财政拨款收入和支出。/u);
    const bad = narrate(uncalculated(uncalculated(w.sheets, tp.cells[0]), gf.cells[0])).text;
    const budget = paragraph(bad, /^“三公”经费财政拨款支出年初预算为/u);
    assert.match(budget, /^“三公”经费财政拨款支出年初预算为0\.95万元，支出决算为【待填写：“三公”经费决算数】，完成预算的【待填写：“三公”经费决算数的预算完成率】，其中：.*完成预算的0%。$/u);
    assert.match(bad, /2024年度“三公”经费财政拨款支出决算数比2023年度【待填写：“三公”经费决算数的增减情况】，/u);
    assert.doesNotMatch(bad, /无“三公”经费|无政府性基金/u);
    assert.match(bad, /\n政府性基金预算财政拨款收入0万元，支出【待填写：本年支出合计】。\n/u);
  });

  test("Shanghai: a kind left out as zero (不涉及的不列) is listed with a gap when it cannot be read", async () => {
    const w = await loadWorkbook("examples/shanghai-putuo-caizhengju-2024.xlsx");
    const s = w.accounts.incomeExpenditureSummary!;
    const business = s.income.businessIncome;
    assert.ok(business && business.value.isZero(), "财政局 has no 经营收入");
    const good = paragraph(narrate(w.sheets).text, /^本年收入合计/u);
    assert.doesNotMatch(good, /经营收入/u);
    const bad = paragraph(narrate(uncalculated(w.sheets, business.cells[0])).text, /^本年收入合计/u);
    assert.match(bad, /经营收入【待填写：经营收入】，占【待填写：经营收入的占比】/u);
  });

});
