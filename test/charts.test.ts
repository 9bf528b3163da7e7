// Charts (src/charts): the data each chart carries, checked against the workbook cells it names and,
// for the Mentougou sample, against the figures printed in the real 2023 disclosure (收、支总计
// 113,684,009.05元, 比上年增加37,993,697.43元 → 上年 75,690,311.62元; 财政拨款收入 93.2%; 基本支出 25.5% …).
import { before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { Dec, fromYuan, parseA1, roundHalfUp, splitRef, toYuan, type Unit } from "../src/core";
import {
  type Chart,
  type ChartBlock,
  PROFILE_CHARTS,
  STANDARD_CHARTS,
  profileCharts,
  resolveAnchor,
} from "../src/charts";
import { generateNarrative, paragraphText, type Narrative } from "../src/narrative";
import { loadWorkbook, type LoadedWorkbook } from "../src/cli/load";
import type { Sheet } from "../src/tables/model";

const MENTOUGOU = "examples/mentougou-kexin-2023.xlsx";
const CENTRAL = "examples/central-sample.xlsx";

function cell(sheets: Sheet[], ref: string): number {
  const { sheet, address } = splitRef(ref);
  const s = sheets.find((x) => x.name === sheet);
  assert.ok(s, `sheet ${sheet}`);
  const o = parseA1(s.origin);
  const p = parseA1(address);
  const v = s.values[p.row - o.row]?.[p.col - o.col];
  assert.equal(typeof v, "number", `${ref} holds a number`);
  return v as number;
}

/** The unit each sheet prints its amounts in: the tables' as detected, the supplementary sheet's "单位：万元". */
function sheetUnits(w: LoadedWorkbook): Map<string, Unit> {
  const m = new Map<string, Unit>();
  for (const t of w.accounts.tables) for (const p of t.parts) m.set(p.sheet, t.unit);
  for (const s of w.sheets) {
    if (m.has(s.name)) continue;
    const head = s.values.slice(0, 3).flat().map(String).join(" ");
    m.set(s.name, /单位：万元/.test(head) ? "wanYuan" : "yuan");
  }
  return m;
}

/** A copy of the accounts whose supplement can be changed without touching the shared one. */
function withSupplement(w: LoadedWorkbook): LoadedWorkbook["accounts"] {
  const s = w.accounts.supplement;
  return {
    ...w.accounts,
    supplement: { ...s, priorYear: { ...s.priorYear }, initialBudgets: { ...s.initialBudgets } },
  };
}

function chartById(n: Narrative, id: string): Chart {
  const c = n.charts?.find((b) => b.chart.id === id)?.chart;
  assert.ok(c, `chart ${id} present`);
  return c;
}

const labels = (c: Chart, series = 0) => c.series[series].values.map((v) => v.label);

let m: LoadedWorkbook;
let central: LoadedWorkbook;
before(async () => {
  m = await loadWorkbook(MENTOUGOU);
  central = await loadWorkbook(CENTRAL);
});

describe("chart data against the Mentougou 2023 disclosure", () => {
  test("seven charts, numbered in document order, with their captions", () => {
    const n = generateNarrative(m.accounts, { charts: true });
    assert.deepEqual(
      n.charts?.map((b) => b.chart.caption),
      [
        "图1：收、支决算总计变动情况",
        "图2：收入决算结构",
        "图3：支出决算结构",
        "图4：财政拨款收、支决算总计变动情况",
        "图5：一般公共预算财政拨款支出决算结构（按类）",
        "图6：一般公共预算财政拨款支出预决算对比（按类）",
        "图7：“三公”经费财政拨款年初预算与决算对比",
      ],
    );
    assert.deepEqual(
      n.warnings.filter((w) => w.code === "chart-missing-data"),
      [],
    );
  });

  test("values, labels and shares are the disclosure's figures", () => {
    const n = generateNarrative(m.accounts, { charts: true });
    const grand = chartById(n, "grand-total-change");
    assert.deepEqual(grand.categories, ["2022年", "2023年"]);
    assert.deepEqual(labels(grand), ["75,690,311.62", "113,684,009.05"]);
    assert.equal(grand.unit, "元");
    assert.deepEqual(
      grand.series[0].values.map((v) => v.value),
      ["75690311.62", "113684009.05"],
    );

    const income = chartById(n, "income-structure");
    assert.equal(income.type, "pie");
    assert.deepEqual(income.categories, ["财政拨款收入", "其他收入"], "zero parts are not drawn");
    assert.deepEqual(labels(income), ["104,505,587.14", "7,573,269.12"]);
    assert.deepEqual(
      income.series[0].values.map((v) => v.share),
      ["93.2%", "6.8%"],
    );

    const exp = chartById(n, "expenditure-structure");
    assert.deepEqual(exp.categories, ["基本支出", "项目支出"]);
    assert.deepEqual(labels(exp), ["27,177,385.21", "79,222,644.54"]);
    assert.deepEqual(
      exp.series[0].values.map((v) => v.share),
      ["25.5%", "74.5%"],
    );

    assert.deepEqual(labels(chartById(n, "appropriation-total-change")), ["75,690,311.62", "105,719,924.04"]);

    const byClass = chartById(n, "general-budget-by-class");
    assert.deepEqual(byClass.categories, [
      "科学技术支出",
      "社会保障和就业支出",
      "卫生健康支出",
      "城乡社区支出",
      "资源勘探工业信息等支出",
      "灾害防治及应急管理支出",
    ]);
    assert.deepEqual(labels(byClass), [
      "78,335,329.04",
      "987,701.38",
      "1,346,220.00",
      "149,000.00",
      "21,429,445.62",
      "3,472,228.00",
    ]);

    const budget = chartById(n, "budget-vs-actual-by-class");
    assert.deepEqual(
      budget.series.map((s) => s.name),
      ["年初预算数", "决算数"],
    );
    // 科学技术支出: 决算78,335,329.04元, 比年初预算增加53,827,363.34元 → 年初预算 24,507,965.70元.
    assert.equal(budget.series[0].values[0].label, "24,507,965.70");
    assert.deepEqual(labels(budget, 1), labels(byClass));

    const three = chartById(n, "three-public-budget-vs-actual");
    assert.deepEqual(three.categories, [
      "因公出国（境）费",
      "公务接待费",
      "公务用车购置费",
      "公务用车运行维护费",
    ]);
    assert.deepEqual(labels(three, 0), ["0", "14,987.00", "0", "126,000.00"]);
    assert.deepEqual(labels(three, 1), ["0", "0", "0", "44,531.60"]);
  });

  test("each chart follows the paragraph it illustrates", () => {
    const n = generateNarrative(m.accounts, { charts: true });
    const before = (b: ChartBlock) => {
      const s = n.sections.find((x) => x.id === b.anchor.section)!;
      return paragraphText(s.paragraphs[b.anchor.afterParagraph]);
    };
    const after = (b: ChartBlock) => {
      const s = n.sections.find((x) => x.id === b.anchor.section)!;
      const p = s.paragraphs[b.anchor.afterParagraph + 1];
      return p ? paragraphText(p) : "";
    };
    const [grand, income, exp, approp, byClass, budget, three] = n.charts!;
    assert.match(before(grand), /^2023年度收、支总计113,684,009\.05元/);
    assert.match(before(income), /^2023年度本年收入合计/);
    assert.match(before(exp), /^2023年度本年支出合计/);
    assert.match(before(approp), /^2023年度财政拨款收、支总计/);
    assert.match(before(byClass), /^灾害防治及应急管理支出.*占本年财政拨款支出3\.3%。$/);
    assert.match(before(budget), /^（二）一般公共预算财政拨款支出决算具体情况/);
    assert.match(after(budget), /^1\.“科学技术支出”/);
    assert.match(before(three), /^2023年度“三公”经费财政拨款决算数44,531\.60元/);
  });
});

describe("chart data against the cells they name (both samples, both number formats)", () => {
  for (const name of ["mentougou", "central"] as const) {
    for (const profile of ["yuan-1dp", "wanyuan-2dp"] as const) {
      test(`${name} · ${profile}`, () => {
        const w = name === "mentougou" ? m : central;
        const units = sheetUnits(w);
        const n = generateNarrative(w.accounts, { profile, charts: true });
        const decimals = 2;
        const unit: Unit = profile === "yuan-1dp" ? "yuan" : "wanYuan";
        let checked = 0;
        for (const { chart } of n.charts!) {
          assert.equal(chart.unit, unit === "yuan" ? "元" : "万元");
          for (const s of chart.series) {
            for (const v of s.values) {
              assert.ok(v.cells.length > 0, `${chart.id}: every value names its cells`);
              const yuan = v.cells
                .map((ref) =>
                  toYuan(new Dec(String(cell(w.sheets, ref))), units.get(splitRef(ref).sheet) ?? "yuan"),
                )
                .reduce((t, x) => t.plus(x), new Dec(0));
              const expected = roundHalfUp(fromYuan(yuan, unit), decimals);
              assert.equal(
                v.value,
                expected.toFixed(decimals),
                `${chart.id} ${s.name}: ${v.cells.join("+")}`,
              );
              checked++;
            }
          }
          if (chart.type === "pie") {
            const total = chart.series[0].values.reduce((t, v) => t.plus(v.value), new Dec(0));
            const shares = chart.series[0].values.map((v) => new Dec(v.share!.replace("%", "")));
            const sumShares = shares.reduce((t, x) => t.plus(x), new Dec(0));
            assert.ok(
              sumShares.minus(100).abs().lte(0.1),
              `${chart.id}: shares add up to 100% (${sumShares.toString()})`,
            );
            shares.forEach((sh, i) => {
              const rough = new Dec(chart.series[0].values[i].value).div(total).times(100);
              assert.ok(
                sh.minus(rough).abs().lt(0.1),
                `${chart.id}: share ${sh.toString()} ≈ ${rough.toFixed(3)}`,
              );
            });
          }
        }
        assert.ok(checked >= 30, `checked ${checked} values`);
      });
    }
  }

  test("the central sample in 万元: labels as the text prints them", () => {
    const n = generateNarrative(central.accounts, { profile: "wanyuan-2dp", charts: true });
    const income = chartById(n, "income-structure");
    assert.deepEqual(income.categories, ["财政拨款收入", "事业收入", "经营收入", "其他收入"]);
    assert.deepEqual(labels(income), ["3,452.36", "412.35", "86.40", "23.17"]);
    assert.deepEqual(
      income.series[0].values.map((v) => v.share),
      ["86.87%", "10.38%", "2.17%", "0.58%"],
    );
    // The narrative prints the same figures in 一（收入决算说明）.
    const text = n.sections
      .find((s) => s.id === "overall")!
      .paragraphs.map(paragraphText)
      .join("");
    for (const [l, sh] of [
      ["3,452.36万元", "86.87%"],
      ["412.35万元", "10.38%"],
    ]) {
      assert.ok(text.includes(l) && text.includes(sh), `${l} ${sh} in the text`);
    }
  });
});

describe("charts left out, never invented", () => {
  test("no prior-year figure: the change charts are left out with a warning; numbering stays consecutive", () => {
    const a = withSupplement(m);
    delete a.supplement.priorYear.grandTotal;
    delete a.supplement.priorYear.appropriationGrandTotal;
    const n = generateNarrative(a, { charts: true });
    assert.deepEqual(
      n.charts?.map((b) => b.chart.id),
      [
        "income-structure",
        "expenditure-structure",
        "general-budget-by-class",
        "budget-vs-actual-by-class",
        "three-public-budget-vs-actual",
      ],
    );
    assert.deepEqual(
      n.charts?.map((b) => b.chart.number),
      [1, 2, 3, 4, 5],
    );
    const w = n.warnings.filter((x) => x.code === "chart-missing-data");
    assert.deepEqual(
      w.map((x) => x.key),
      ["priorYear:grandTotal", "priorYear:appropriationGrandTotal"],
    );
    assert.match(w[0].message, /^图表“收、支决算总计变动情况”未生成：缺少收、支总计的上年数/);
  });

  test("one class without its 年初预算: the budget chart is left out, naming the class", () => {
    const a = withSupplement(m);
    // The class and its 款 (the tree would add up the 款 budgets otherwise).
    for (const k of Object.keys(a.supplement.initialBudgets))
      if (k.startsWith("functional:212")) delete a.supplement.initialBudgets[k];
    const n = generateNarrative(a, { charts: true });
    assert.ok(!n.charts?.some((b) => b.chart.id === "budget-vs-actual-by-class"));
    const w = n.warnings.find((x) => x.code === "chart-missing-data");
    assert.equal(w?.key, "functional:212");
    assert.match(w!.message, /城乡社区支出/);
  });

  test("missing tables: every chart that needs them is left out", () => {
    const a = withSupplement(m);
    delete a.incomeExpenditureSummary;
    delete a.threePublicTable;
    const n = generateNarrative(a, { charts: true });
    const ids = n.charts?.map((b) => b.chart.id);
    assert.ok(!ids?.includes("grand-total-change") && !ids?.includes("income-structure"));
    assert.ok(!ids?.includes("three-public-budget-vs-actual"));
    assert.ok(ids?.includes("expenditure-structure"));
  });
});

describe("profiles and the on/off setting", () => {
  test("Beijing and central profiles have no charts unless turned on; Shanghai has them by default", () => {
    assert.equal(generateNarrative(m.accounts).charts, undefined);
    assert.equal(generateNarrative(m.accounts, { profile: "wanyuan-2dp" }).charts, undefined);
    assert.equal(generateNarrative(m.accounts, { charts: false }).charts, undefined);
    assert.equal(profileCharts("beijing").enabledByDefault, false);
    assert.equal(profileCharts("central").enabledByDefault, false);
    assert.equal(profileCharts("shanghai").enabledByDefault, true);
    assert.equal(profileCharts("no-such-profile").charts.length, 0);
    for (const p of Object.values(PROFILE_CHARTS)) assert.ok(p.charts.length >= 6);
  });

  test("anchor rules: after the n-th body, before or after the n-th heading, else the section's end", () => {
    const roles: ("heading" | "body")[] = ["heading", "body", "heading", "body", "body", "heading", "body"];
    const sections = [{ id: "s", roles }];
    assert.equal(resolveAnchor({ section: "s", afterBody: 0 }, sections), 1);
    assert.equal(resolveAnchor({ section: "s", afterBody: 2 }, sections), 4);
    assert.equal(resolveAnchor({ section: "s", beforeHeading: 2 }, sections), 4);
    assert.equal(resolveAnchor({ section: "s", afterHeading: 1 }, sections), 2);
    assert.equal(resolveAnchor({ section: "s", afterBody: 9 }, sections), 6);
    assert.equal(resolveAnchor({ section: "other", afterBody: 0 }, sections), null);
    assert.ok(
      STANDARD_CHARTS.every((r) => /^[^图]/.test(r.title)),
      "captions carry no number of their own",
    );
  });
});

describe("juesuan narrate --charts", () => {
  test("on / off / absent (the profile's default); anything else is a usage error", async () => {
    const { parseNarrateArgs } = await import("../src/cli/narrate");
    const { UsageError } = await import("../src/cli/command");
    assert.equal((parseNarrateArgs(["a.xlsx", "--charts", "on"]) as { charts?: boolean }).charts, true);
    assert.equal((parseNarrateArgs(["a.xlsx", "--charts=off"]) as { charts?: boolean }).charts, false);
    assert.equal("charts" in (parseNarrateArgs(["a.xlsx"]) as object), false);
    assert.throws(
      () => parseNarrateArgs(["a.xlsx", "--charts", "yes"]),
      (e) => e instanceof UsageError && /--charts 的取值“yes”无效，可选：on、off/.test(e.message),
    );
  });
});
