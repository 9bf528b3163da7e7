import { test, describe } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { Dec } from "../src/core";
import type { Figure, FinalAccounts } from "../src/tables/model";
import { emptySupplement } from "../src/tables/supplement";
import {
  type FigureRun,
  type Narrative,
  type Run,
  fill,
  generateNarrative,
  narrativeToPlain,
  paragraphText,
  resolveSettings,
} from "../src/narrative";

// ---- a small hand-built department --------------------------------------------------------------

let n = 0;
const f = (v: string, sheet = "总表"): Figure => ({
  value: new Dec(v),
  cells: [`${sheet}!C${++n}`],
  sourceUnit: "yuan",
});
const user = (text: string) => ({ text, cells: ["补充信息!D9"] });

function smallAccounts(): FinalAccounts {
  n = 0;
  const s = emptySupplement();
  s.present = true;
  s.sheet = "补充信息";
  s.priorYear = {
    grandTotal: f("1000.00", "补充信息"),
    incomeTotal: f("800", "补充信息"),
    expenditureTotal: f("900", "补充信息"),
  };
  s.initialBudgets = {
    "functional:206": f("500", "补充信息"),
    "functional:20601": f("300", "补充信息"),
    "functional:20602": f("200", "补充信息"),
    "basicEconomic:301": f("100", "补充信息"),
  };
  s.reasons = { "functional:20601": user("人员增加。") };
  s.texts = { duties: user("第一行职责\n第二行职责") };
  return {
    year: 2023,
    department: "测试局",
    tables: [],
    incomeExpenditureSummary: {
      income: { generalBudget: f("900"), otherIncome: f("100") },
      incomeTotal: f("1000"),
      incomeGrandTotal: f("1200"),
      expenditureByClass: [],
      expenditureTotal: f("1000"),
      expenditureGrandTotal: f("1200"),
    },
    generalBudgetExpenditure: {
      total: { total: f("600", "支出表"), basic: f("100", "支出表"), project: f("500", "支出表") },
      rows: [
        { code: "206", name: "科学技术支出", level: "class", amounts: { total: f("600", "支出表") } },
        { code: "20601", name: "科学技术管理事务", level: "section", amounts: { total: f("400", "支出表") } },
        { code: "20602", name: "基础研究", level: "section", amounts: { total: f("200", "支出表") } },
      ],
    },
    basicExpenditureByEconomic: {
      rows: [
        { code: "301", name: "工资福利支出", level: "class", group: "personnel", actual: f("100", "基本表") },
      ],
    },
    supplement: s,
  };
}

function para(nv: Narrative, id: string): string[] {
  const s = nv.sections.find((x) => x.id === id);
  assert.ok(s, `section ${id}`);
  return s.paragraphs.map(paragraphText);
}

function figures(runs: Run[]): FigureRun[] {
  return runs.filter((r): r is FigureRun => r.kind === "figure");
}

// ---- template ------------------------------------------------------------------------------------

describe("template", () => {
  test("slots, selects and nested branches render to merged runs", () => {
    const fig: FigureRun = { kind: "figure", text: "5元", computation: "amount", formula: "5", sources: [] };
    const tpl = "共{amount}，{dir, select, up {增加{x}} down {减少{x}} other {持平}}。";
    assert.equal(
      fill(tpl, { amount: fig, dir: "up", x: "1元" })
        .map((r) => r.text)
        .join(""),
      "共5元，增加1元。",
    );
    assert.equal(
      fill(tpl, { amount: fig, dir: "flat", x: "" })
        .map((r) => r.text)
        .join(""),
      "共5元，持平。",
    );
    const runs = fill(tpl, { amount: fig, dir: "down", x: "2元" });
    assert.deepEqual(
      runs.map((r) => r.kind),
      ["text", "figure", "text"],
    );
    assert.equal(runs[2].text, "，减少2元。");
  });
  test("a missing slot or a malformed template is an error, not silent text", () => {
    assert.throws(() => fill("{a}", {}), /缺少参数“a”/);
    assert.throws(() => fill("{a, select, x {1}", { a: "x" }), /模板语法错误/);
    assert.throws(() => fill("a}b"), /多余/);
  });
});

// ---- settings -------------------------------------------------------------------------------------

describe("settings", () => {
  test("profiles and overrides", () => {
    const d = resolveSettings();
    assert.equal(d.profile, "beijing");
    assert.equal(d.region, "beijing");
    assert.equal(resolveSettings({ profile: "yuan-1dp" }).region, "beijing");
    assert.equal(d.amountUnit, "yuan");
    assert.equal(d.percentDecimals, 1);
    assert.equal(d.bareWhole, true);
    const w = resolveSettings({ profile: "wanyuan-2dp", percentDecimals: 1 });
    assert.equal(w.amountUnit, "wanYuan");
    assert.equal(w.percentDecimals, 1);
    assert.equal(w.bareWhole, false);
    assert.equal(w.budgetStyle, "completion");
    assert.ok(d.terms.length >= 6);
    assert.match(d.economicDescriptions["301"], /^包括基本工资/);
    const o = resolveSettings({ economicDescriptions: { "301": "包括工资" } });
    assert.equal(o.economicDescriptions["301"], "包括工资");
    assert.match(o.economicDescriptions["302"], /办公费/);
  });
});

// ---- generation on a small department ------------------------------------------------------------

describe("generateNarrative (small department)", () => {
  const nv = generateNarrative(smallAccounts());

  test("totals against the prior year, shares of each income kind including zero kinds", () => {
    const p = para(nv, "overall");
    assert.equal(p[1], "2023年度收、支总计1,200.00元，比上年增加200.00元，增长20%。");
    assert.equal(
      p[3],
      "2023年度本年收入合计1,000.00元，比上年增加200.00元，增长25%，其中：财政拨款收入900.00元，占收入合计的90%；上级补助收入0元，占收入合计的0%；事业收入0元，占收入合计的0%；经营收入0元，占收入合计的0%；附属单位上缴收入0元，占收入合计的0%；其他收入100.00元，占收入合计的10%。",
    );
  });

  test("a missing table is a marked gap in the text and a warning, never tool text", () => {
    assert.equal(para(nv, "appropriation")[1], "【待填写：财政拨款收入支出决算总表的数据】");
    const gap = nv.sections.find((s) => s.id === "appropriation")!.paragraphs[1].runs[0];
    assert.equal(gap.kind, "gap");
    assert.ok(nv.warnings.some((w) => w.code === "missing-table" && w.key === "table:appropriationSummary"));
    // 支出决算表 missing: the kinds become a visible gap, never an omission
    assert.match(para(nv, "overall")[5], /【待填写：支出决算表的数据】/);
    assert.ok(!/无法生成|请检查/.test(narrativeToPlain(nv).text));
  });

  test("类 and 款 lines against the budget, with the user's reason or a gap", () => {
    const p = para(nv, "general-budget");
    assert.ok(
      p.includes("1.“科学技术支出”(类)2023年度决算600.00元，比2023年年初预算增加100.00元，增长20%。其中："),
    );
    assert.ok(
      p.includes(
        "“科学技术管理事务”（款）2023年度决算400.00元，比2023年年初预算增加100.00元，增长33.3%。主要原因：人员增加。",
      ),
    );
    assert.ok(p.includes("“基础研究”（款）2023年度决算200.00元，与2023年年初预算持平。"));
    assert.ok(p.includes("2.财政拨款重点项目情况："));
    assert.ok(p.includes("【待填写：重点项目情况】"));
  });

  test("a 0 = 0 line is flat, never 增加（减少）", () => {
    const text = narrativeToPlain(nv).text;
    assert.ok(!text.includes("增加（减少）"));
    assert.ok(!text.includes("增长（下降）"));
    assert.ok(!/\d %/.test(text));
  });

  test("missing prior year, counts and reasons become gaps with warnings naming the supplement key", () => {
    const e = para(nv, "economic");
    assert.ok(e.some((t) => t.includes("年初预算100.00元，与年初预算持平。")));
    const tp = para(nv, "three-public");
    assert.match(tp[2], /【待填写：“三公”经费范围内的行政单位数】/);
    const w = nv.warnings.find((x) => x.key === "count:administrativeUnits");
    assert.ok(w);
    assert.equal(w.code, "missing-count");
    assert.match(w.message, /补充信息表“数量”/);
    assert.match(w.message, /count:administrativeUnits/);
    const agency = para(nv, "agency-operating-cost");
    assert.equal(agency[1], "【待填写：机关运行经费】");
  });

  test("user text is verbatim, one paragraph per line, with its cell", () => {
    const s = nv.sections.find((x) => x.id === "basic-info")!;
    const runs = s.paragraphs.slice(2, 4).map((p) => p.runs[0]);
    assert.deepEqual(runs, [
      { kind: "userText", text: "第一行职责", cells: ["补充信息!D9"] },
      { kind: "userText", text: "第二行职责", cells: ["补充信息!D9"] },
    ]);
  });

  test("every figure run carries a formula and sources with exact values and cells", () => {
    const s = nv.sections.find((x) => x.id === "overall")!;
    const figs = figures(s.paragraphs[3].runs);
    const rate = figs.find((r) => r.computation === "growthRate")!;
    assert.equal(rate.text, "25%");
    assert.match(rate.formula, /\(本年收入合计 1,000\.00 − 上年本年收入合计 800\.00\) ÷ 800\.00 = 25\.0000%/);
    assert.deepEqual(
      rate.sources.map((x) => x.value),
      ["1000", "800"],
    );
    assert.ok(rate.sources.every((x) => x.cells.length === 1));
    const approp = figs.find((r) => r.text === "900.00元")!;
    assert.match(approp.formula, /财政拨款收入 = 一般公共预算财政拨款收入 900\.00 = 900\.00元/);
  });

  test("section ids are unique and each section starts with its heading", () => {
    const ids = nv.sections.map((s) => s.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const s of nv.sections) {
      assert.equal(s.paragraphs[0].role, "heading");
      assert.equal(paragraphText(s.paragraphs[0]), s.title);
    }
  });
});

describe("profiles on the small department", () => {
  test("wanyuan-2dp: 万元 with two decimals, percent with two decimals, completion style", () => {
    const nv = generateNarrative(smallAccounts(), { profile: "wanyuan-2dp" });
    assert.equal(para(nv, "overall")[1], "2023年度收、支总计0.12万元，比上年增加0.02万元，增长20.00%。");
    const g = para(nv, "general-budget");
    assert.ok(
      g.includes(
        "“科学技术管理事务”（款）2023年度年初预算为0.03万元，支出决算为0.04万元，完成年初预算的133.33%。决算数大于预算数的主要原因是人员增加。",
      ),
      g.join("\n"),
    );
    assert.ok(
      g.includes(
        "“基础研究”（款）2023年度年初预算为0.02万元，支出决算为0.02万元，完成年初预算的100.00%。决算数与预算数持平。",
      ),
    );
  });

  test("year label and terms overrides", () => {
    const nv = generateNarrative(smallAccounts(), {
      yearLabel: "2023年",
      terms: [{ term: "科技专项经费支出", definition: "科技方面的专项支出。" }],
    });
    assert.match(para(nv, "overall")[1], /^2023年收、支总计/);
    assert.deepEqual(para(nv, "terms").slice(1), ["1.科技专项经费支出：科技方面的专项支出。"]);
  });

  test("a missing year is a warning, and the text says 本年度", () => {
    const a = smallAccounts();
    a.year = null;
    const nv = generateNarrative(a);
    assert.match(para(nv, "overall")[1], /^本年度收、支总计/);
    assert.ok(nv.warnings.some((w) => w.code === "missing-year"));
  });
});

describe("figures are exact and rounded once (property)", () => {
  test("change and rate texts follow the exact amounts for any pair", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 12n }),
        fc.bigInt({ min: 1n, max: 10n ** 12n }),
        (cur, base) => {
          const a = smallAccounts();
          a.incomeExpenditureSummary!.incomeGrandTotal = f(new Dec(cur.toString()).div(100).toString());
          a.supplement.priorYear.grandTotal = f(new Dec(base.toString()).div(100).toString());
          const first = generateNarrative(a).sections.find((s) => s.id === "overall")!.paragraphs[1];
          const text = paragraphText(first);
          if (cur === base) return text.includes("与上年持平") && figures(first.runs).length === 1;
          const c = new Dec(cur.toString()).minus(base.toString()).abs().div(100);
          const [, change, rate] = figures(first.runs);
          const grouped = /^(?:0|[1-9]\d{0,2}(?:,\d{3})*)\.\d{2}元$/;
          const r = new Dec(cur.toString()).minus(base.toString()).abs().div(base.toString()).times(100);
          const pct = r.toDecimalPlaces(1, Dec.ROUND_HALF_UP);
          const expectedRate = `${pct.isInteger() ? pct.toFixed(0) : pct.toFixed(1)}%`;
          return (
            (c.isZero() || grouped.test(change.text)) &&
            new Dec(change.text.replace(/[,元]/g, "")).equals(c.toDecimalPlaces(2)) &&
            rate.text === expectedRate &&
            text.includes(cur > base ? "增加" : "减少")
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("edge cases", () => {
  test("item detail: 项 lines follow their 款, and the leaf carries the required reason", () => {
    const a = smallAccounts();
    a.generalBudgetExpenditure!.rows.push({
      code: "2060101",
      name: "行政运行",
      level: "item",
      amounts: { total: f("400", "支出表") },
    });
    const nv = generateNarrative(a, { detailLevel: "item" });
    const p = para(nv, "general-budget");
    const i = p.findIndex((t) => t.startsWith("“科学技术管理事务”（款）"));
    assert.ok(i > 0);
    // 款 now has a child: its own reason is optional (the user gave one, so it is printed)
    assert.match(p[i], /主要原因：人员增加。$/);
    assert.equal(p[i + 1], "“行政运行”（项）2023年度决算400.00元，比2023年年初预算【待填写：年初预算数】。");
    assert.ok(nv.warnings.some((w) => w.key === "budget:functional:2060101" && w.code === "missing-budget"));
  });

  test("completion style with a zero budget states both figures and asks for the reason", () => {
    const a = smallAccounts();
    a.supplement.initialBudgets["functional:20602"] = f("0", "补充信息");
    a.supplement.initialBudgets["functional:206"] = f("300", "补充信息");
    const p = para(generateNarrative(a, { budgetStyle: "completion" }), "general-budget");
    assert.ok(
      p.includes(
        "“基础研究”（款）2023年度年初预算为0元，支出决算为200.00元。决算数大于预算数的主要原因是【待填写：主要原因】。",
      ),
      p.join("\n"),
    );
  });

  test("a budget-only 款 (spent nothing, no row) is still explained", () => {
    const a = smallAccounts();
    a.supplement.initialBudgets["functional:20603"] = f("50", "补充信息");
    a.generalBudgetExpenditure!.rows.push({ code: "20603", name: "应用研究", level: "section", amounts: {} });
    const p = para(generateNarrative(a), "general-budget");
    assert.ok(
      p.includes(
        "“应用研究”（款）2023年度决算0元，比2023年年初预算减少50.00元，下降100%。主要原因：【待填写：主要原因】。",
      ),
    );
  });

  test("no “三公” table: the section says so and warns; counts still asked for", () => {
    const nv = generateNarrative(smallAccounts());
    const p = para(nv, "three-public");
    assert.ok(p.includes("【待填写：财政拨款“三公”经费支出决算表的数据】"));
    assert.ok(nv.warnings.some((w) => w.key === "table:threePublicTable"));
  });

  test("per-vehicle cost is rounded to the fen before display", () => {
    const a = smallAccounts();
    a.threePublicTable = {
      layout: "horizontal",
      budget: {
        total: f("100"),
        officialVehicles: f("100"),
        vehicleOperation: f("100"),
        vehiclePurchase: f("0"),
      },
      actual: {
        total: f("100"),
        officialVehicles: f("100"),
        vehicleOperation: f("100"),
        vehiclePurchase: f("0"),
      },
    };
    a.supplement.counts.vehiclesHeld = { value: new Dec(3), cells: ["补充信息!D30"] };
    const p = para(generateNarrative(a), "three-public");
    assert.ok(p.includes("2023年度公务用车保有量3辆，车均运行维护费33.33元。"), p.join("\n"));
    assert.ok(p.includes("2023年度“三公”经费财政拨款决算数100.00元，与年初预算持平。其中："));
  });
});
