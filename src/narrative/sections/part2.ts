/**
 * 第二部分 部门决算说明: 一 部门基本情况 … 七 基本支出/项目支出 by 经济分类.
 */
import { ZERO } from "../../core";
import type {
  CodedRow,
  EconomicRow,
  EconomicTable,
  Figure,
  GeneralBudgetColumn,
  PriorYearKey,
  TableId,
} from "../../tables/model";
import { EXPENDITURE_KIND_LABELS, INCOME_KIND_LABELS, economicCodeName } from "../../tables";
import { PRIOR_YEAR_LABELS } from "../../tables/supplement";
import { type Comparison, type Ctx, type Operand, operand, operandOrZero, sumOperands } from "../context";
import type { Paragraph, Run, Section } from "../model";
import { body, bodyRuns, heading, section, userParagraphs } from "../paragraphs";
import { fill, joinRuns } from "../template";
import { ALWAYS_LISTED_ECONOMIC_CLASSES } from "../templates/economic";
import { isAbsentOrZero, isKnownEqual, isKnownZero, mayBeNonZero } from "../zero";

/** Slots shared by every comparison template. */
export function cmpSlots(c: Comparison): { dir: string; change: Run; rate: Run; base: Run } {
  return { dir: c.dir, change: c.change, rate: c.rate, base: c.base };
}

/**
 * {hasRate, completion} for the completion style: actual ÷ budget; none when the budget is absent or
 * read as 0, a gap when either could not be read.
 */
export function rateSlots(ctx: Ctx, actual: Operand, budget: Operand | undefined): { hasRate: string; completion: Run | null } {
  const r = mayBeNonZero(budget) ? ctx.completion(actual, budget!) : null;
  return { hasRate: r ? "yes" : "no", completion: r };
}

/** The template of the profile's one budget-comparison style. */
function styled(ctx: Ctx, change: string, completion: string): string {
  return ctx.settings.budgetStyle === "completion" ? completion : change;
}

/** Reason slots: required lines get a gap when the user gave none; optional lines print nothing. */
export function reasonSlots(
  ctx: Ctx,
  c: Comparison,
  keys: string[],
  required: boolean,
  what: string,
): { hasReason: string; reason: Run | null } {
  if (c.dir !== "up" && c.dir !== "down") return { hasReason: "no", reason: null };
  for (const k of keys) {
    const r = ctx.reasonRun(k);
    if (r) return { hasReason: "yes", reason: r };
  }
  if (!required) return { hasReason: "no", reason: null };
  return { hasReason: "yes", reason: ctx.gap("reason", `reason:${keys[0]}`, "主要原因", what) };
}

function priorComparison(ctx: Ctx, cur: Operand, key: PriorYearKey): Comparison {
  const base = operand(`上年${PRIOR_YEAR_LABELS[key]}`, ctx.accounts.supplement.priorYear[key]);
  return ctx.compare(cur, base, () =>
    ctx.gap(
      "priorYear",
      `priorYear:${key}`,
      "上年数",
      `${PRIOR_YEAR_LABELS[key]}的上年决算数（用于“比上年增加/减少”）`,
    ),
  );
}

/** A missing table: a gap paragraph and a warning when the region expects it, else nothing. */
export function missingTable(ctx: Ctx, table: TableId): Paragraph[] {
  const gap = ctx.missingTable(table);
  return gap ? [bodyRuns([gap])] : [];
}

// ---- 一、部门基本情况 ---------------------------------------------------------------------------

function userTextParagraphs(
  ctx: Ctx,
  key: "duties" | "staffing" | "performance",
  label: string,
): Paragraph[] {
  const t = ctx.accounts.supplement.texts[key];
  if (t && t.text.trim()) return userParagraphs(t.text, t.cells);
  return [bodyRuns([ctx.gap("text", `text:${key}`, label, `${label}（用户撰写的文字，原样放入决算说明）`)])];
}

export function basicInfoSection(ctx: Ctx): Section {
  return section("basic-info", heading(2, ctx.t2.basicInfoHeading), [
    heading(3, ctx.t2.dutiesHeading),
    ...userTextParagraphs(ctx, "duties", "部门机构设置、职责"),
    heading(3, ctx.t2.staffingHeading),
    ...userTextParagraphs(ctx, "staffing", "人员构成情况"),
  ]);
}

// ---- 二、收入支出决算总体情况说明 ------------------------------------------------------------------

export function overallSection(ctx: Ctx): Section {
  const a = ctx.accounts;
  const s = a.incomeExpenditureSummary;
  const out: Paragraph[] = [];
  const y = ctx.yearLabel;
  if (!s) {
    out.push(...missingTable(ctx, "incomeExpenditureSummary"));
    return section("overall", heading(2, ctx.t2.overallHeading), out);
  }

  const grand = operand("收入总计", s.incomeGrandTotal)!;
  const gc = priorComparison(ctx, grand, "grandTotal");
  out.push(
    body(ctx.t2.grandTotal, {
      yearLabel: y,
      amount: ctx.amount(grand),
      ...cmpSlots(gc),
      ...reasonSlots(ctx, gc, ["total:grandTotal"], false, "收、支总计与上年的差异"),
    }),
  );

  // (一) 收入
  out.push(heading(3, ctx.t2.incomeHeading));
  const incomeTotal = operand("本年收入合计", s.incomeTotal)!;
  const parts = (["generalBudget", "governmentFund", "stateCapital"] as const)
    .map((k) => ({ k, f: s.income[k] }))
    .filter((p) => p.f !== undefined)
    .map((p) =>
      operand(
        {
          generalBudget: "一般公共预算财政拨款收入",
          governmentFund: "政府性基金预算财政拨款收入",
          stateCapital: "国有资本经营预算财政拨款收入",
        }[p.k],
        p.f,
      )!,
    );
  const appropriation = parts.length
    ? sumOperands("财政拨款收入", parts)
    : operandOrZero("财政拨款收入", undefined);
  const incomeKinds: Run[][] = (Object.keys(INCOME_KIND_LABELS) as (keyof typeof INCOME_KIND_LABELS)[]).map(
    (k) => {
      const name = INCOME_KIND_LABELS[k];
      const o = k === "appropriation" ? appropriation : operandOrZero(name, s.income[k]);
      const amount = k === "appropriation" ? ctx.sumAmount(o, parts) : ctx.amount(o);
      return fill(ctx.t2.incomeKind, { name, amount, share: ctx.share(o, incomeTotal) });
    },
  );
  const ic = priorComparison(ctx, incomeTotal, "incomeTotal");
  out.push(
    body(ctx.t2.incomeTotal, {
      yearLabel: y,
      amount: ctx.amount(incomeTotal),
      ...cmpSlots(ic),
      kinds: joinRuns(incomeKinds, ctx.t2.kindSeparator),
      ...reasonSlots(ctx, ic, ["total:incomeTotal"], false, "本年收入合计与上年的差异"),
    }),
  );

  // (二) 支出
  out.push(heading(3, ctx.t2.expenditureHeading));
  const expTotal = operand("本年支出合计", s.expenditureTotal)!;
  const et = a.expenditureTable;
  let expKinds: Run[];
  if (et) {
    expKinds = joinRuns(
      (Object.keys(EXPENDITURE_KIND_LABELS) as (keyof typeof EXPENDITURE_KIND_LABELS)[]).map((k) => {
        const name = EXPENDITURE_KIND_LABELS[k];
        const o = operandOrZero(name, et.total[k]);
        return fill(ctx.t2.expenditureKind, { name, amount: ctx.amount(o), share: ctx.share(o, expTotal) });
      }),
      ctx.t2.kindSeparator,
    );
  } else {
    const gap = ctx.missingTable("expenditureTable");
    expKinds = gap ? [gap] : [];
  }
  const ec = priorComparison(ctx, expTotal, "expenditureTotal");
  out.push(
    body(ctx.t2.expenditureTotal, {
      yearLabel: y,
      amount: ctx.amount(expTotal),
      ...cmpSlots(ec),
      kinds: expKinds,
      ...reasonSlots(ctx, ec, ["total:expenditureTotal"], false, "本年支出合计与上年的差异"),
    }),
  );
  return section("overall", heading(2, ctx.t2.overallHeading), out);
}

// ---- 三、财政拨款收入支出决算总体情况说明 ------------------------------------------------------------

export function appropriationSection(ctx: Ctx): Section {
  const s = ctx.accounts.appropriationSummary;
  const head = heading(2, ctx.t2.appropriationHeading);
  if (!s) return section("appropriation", head, missingTable(ctx, "appropriationSummary"));
  const total = operand("财政拨款收入总计", s.incomeGrandTotal)!;
  const c = priorComparison(ctx, total, "appropriationGrandTotal");
  return section("appropriation", head, [
    body(ctx.t2.appropriationTotal, {
      yearLabel: ctx.yearLabel,
      amount: ctx.amount(total),
      ...cmpSlots(c),
      ...reasonSlots(ctx, c, ["total:appropriationGrandTotal"], true, "财政拨款收、支总计与上年的差异"),
    }),
  ]);
}

// ---- 四、一般公共预算财政拨款支出决算情况说明 ---------------------------------------------------------

interface FunctionalLine {
  code: string;
  name: Run | string;
  level: "class" | "section" | "item";
  actual: Operand;
  budget: Operand | undefined;
  children: FunctionalLine[];
}

function functionalBudget(ctx: Ctx, code: string, fig: Figure | undefined): Operand | undefined {
  if (fig) return operand("年初预算数", fig);
  return operand("年初预算数", ctx.accounts.supplement.initialBudgets[`functional:${code}`]);
}

/** Names of 功能分类 codes from any table that prints them (for budget-only lines). */
function functionalName(ctx: Ctx, code: string): string | undefined {
  const a = ctx.accounts;
  const tables = [
    a.generalBudgetExpenditure,
    a.expenditureTable,
    a.incomeTable,
    a.governmentFundTable,
    a.stateCapitalTable,
  ];
  for (const t of tables) {
    const r = t?.rows.find((row) => row.code === code);
    if (r) return r.name;
  }
  return undefined;
}

/** The 类 → 款 (→ 项) tree of the 一般公共预算财政拨款支出决算表, with budget-only lines from the supplement. */
function functionalTree(ctx: Ctx, rows: CodedRow<GeneralBudgetColumn>[]): FunctionalLine[] {
  const lines = new Map<string, FunctionalLine>();
  const mk = (
    code: string,
    name: Run | string,
    actualFig: Figure | undefined,
    budgetFig: Figure | undefined,
  ): FunctionalLine => ({
    code,
    name,
    level: code.length === 3 ? "class" : code.length === 5 ? "section" : "item",
    actual: operandOrZero("决算数", actualFig),
    budget: functionalBudget(ctx, code, budgetFig),
    children: [],
  });
  for (const r of rows) lines.set(r.code, mk(r.code, r.name, r.amounts.total, r.amounts.initialBudget));
  // Lines with a budget but no row (spent nothing): 基础研究 "决算0元，比年初预算减少100,000元".
  for (const [key, fig] of Object.entries(ctx.accounts.supplement.initialBudgets)) {
    const m = /^functional:(\d{3}(?:\d{2}){0,2})$/.exec(key);
    if (!m || lines.has(m[1]) || isKnownZero(fig)) continue;
    const code = m[1];
    const name =
      functionalName(ctx, code) ??
      ctx.gap(
        "text",
        `name:functional:${code}`,
        `科目${code}名称`,
        `功能分类科目${code}的名称（补充信息中有其年初预算数，但表中无此科目）`,
      );
    lines.set(code, mk(code, name, undefined, fig));
  }
  const codes = [...lines.keys()].sort();
  const roots: FunctionalLine[] = [];
  for (const code of codes) {
    const line = lines.get(code)!;
    const parent =
      code.length > 3
        ? (lines.get(code.slice(0, code.length - 2)) ?? lines.get(code.slice(0, 3)))
        : undefined;
    if (parent) parent.children.push(line);
    else if (code.length === 3) roots.push(line);
    else {
      // A 款 without its 类 row: make the 类 from the 款 (sum), so nothing is dropped.
      const cls = code.slice(0, 3);
      let c = lines.get(cls);
      if (!c) {
        c = mk(cls, functionalName(ctx, cls) ?? `科目${cls}`, undefined, undefined);
        lines.set(cls, c);
        roots.push(c);
      }
      c.children.push(line);
    }
  }
  for (const root of roots) fillMissing(root);
  roots.sort((p, q) => p.code.localeCompare(q.code));
  return roots;
}

/** A parent without its own budget takes the sum of its children's, when every child has one. */
function fillMissing(line: FunctionalLine): void {
  for (const c of line.children) fillMissing(c);
  if (line.children.length === 0) return;
  if (!line.budget && line.children.every((c) => c.budget)) {
    line.budget = sumOperands(
      "年初预算数（下级科目合计）",
      line.children.map((c) => c.budget!),
    );
  }
  if (line.actual.cells.length === 0 && isKnownZero(line.actual)) {
    line.actual = sumOperands(
      "决算数（下级科目合计）",
      line.children.map((c) => c.actual),
    );
  }
}

function printable(l: FunctionalLine): boolean {
  return mayBeNonZero(l.actual) || !isAbsentOrZero(l.budget);
}

function lineParagraphs(ctx: Ctx, l: FunctionalLine, index: number, detail: "section" | "item"): Paragraph[] {
  const kids = l.children.filter((c) => printable(c) && (c.level === "section" || detail === "item"));
  const isLeaf = kids.length === 0;
  const levelWord = l.level === "class" ? "类" : ctx.t2.levelWord[l.level];
  const nameText = typeof l.name === "string" ? l.name : l.name.text;
  const what = `“${nameText}”（${levelWord}）决算数与年初预算数的差异`;
  const budgetLabel = `“${nameText}”年初预算数`;
  const c = ctx.compare(
    { ...l.actual, label: `“${nameText}”决算数` },
    l.budget && { ...l.budget, label: budgetLabel },
    () =>
      ctx.gap(
        "budget",
        `budget:functional:${l.code}`,
        "年初预算数",
        `“${nameText}”（${levelWord}，${l.code}）的年初预算数`,
      ),
  );
  // A parent line needs its own reason in the completion style (one sentence per line, central and
  // Shanghai), unless its only child line repeats its figures; in the change style (Beijing) the
  // child lines below it carry the reasons, as in the reference text.
  const sameAsOnlyChild =
    kids.length === 1 && isKnownEqual(kids[0].actual, l.actual) && isKnownEqual(kids[0].budget, l.budget);
  // …and unless every child line that differs carries the user's own reason (then they say why).
  const childrenExplain = kids.every(
    (k) => isKnownEqual(k.actual, k.budget) || ctx.reasonRun(`functional:${k.code}`) !== null,
  );
  const required =
    isLeaf || (ctx.settings.budgetStyle === "completion" && !sameAsOnlyChild && !childrenExplain);
  const reason = reasonSlots(ctx, c, [`functional:${l.code}`], required, what);
  const completion =
    l.budget &&
    ctx.completion({ ...l.actual, label: `“${nameText}”决算数` }, { ...l.budget, label: budgetLabel });
  const slots = {
    index: String(index),
    name: l.name,
    level: levelWord,
    yearLabel: ctx.yearLabel,
    year: ctx.yearNumber,
    amount: ctx.amount({ ...l.actual, label: `“${nameText}”决算数` }),
    ...cmpSlots(c),
    ...reason,
    hasRate: completion ? "yes" : "no",
    completion: completion ?? null,
    hasChildren: isLeaf ? "no" : "yes",
  };
  const completionStyle = ctx.settings.budgetStyle === "completion";
  const tpl =
    l.level === "class"
      ? completionStyle
        ? ctx.t2.classLineCompletion
        : ctx.t2.classLine
      : completionStyle
        ? ctx.t2.childLineCompletion
        : ctx.t2.childLine;
  const out = [body(tpl, slots)];
  for (const k of kids) out.push(...lineParagraphs(ctx, k, 0, detail));
  return out;
}

export function generalBudgetSection(ctx: Ctx): Section {
  const head = heading(2, ctx.t2.generalBudgetHeading);
  const g = ctx.accounts.generalBudgetExpenditure;
  if (!g) return section("general-budget", head, missingTable(ctx, "generalBudgetExpenditure"));
  const out: Paragraph[] = [heading(3, ctx.t2.generalBudgetOverallHeading)];
  const tree = functionalTree(ctx, g.rows);
  const classRows = tree.filter((l) => mayBeNonZero(l.actual));
  const total: Operand = g.total.total
    ? operand("一般公共预算财政拨款支出合计", g.total.total)!
    : sumOperands(
        "一般公共预算财政拨款支出合计（各类合计）",
        classRows.map((l) => l.actual),
      );
  const prior = ctx.accounts.supplement.priorYear.generalBudgetExpenditure;
  const pc = prior ? priorComparison(ctx, total, "generalBudgetExpenditure") : null;
  out.push(
    body(ctx.t2.generalBudgetTotal, {
      yearLabel: ctx.yearLabel,
      amount: ctx.amount(total),
      hasPrior: pc ? "yes" : "no",
      ...(pc ? cmpSlots(pc) : { dir: "flat", change: null, rate: null, base: null }),
    }),
  );
  classRows.forEach((l, i) => {
    const name = typeof l.name === "string" ? l.name : l.name.text;
    const o = { ...l.actual, label: `“${name}”决算数` };
    out.push(
      body(ctx.t2.generalBudgetClassShare, {
        name: l.name,
        amount: ctx.amount(o),
        share: ctx.share(o, total),
        last: i === classRows.length - 1 ? "yes" : "no",
      }),
    );
  });

  out.push(heading(3, ctx.t2.generalBudgetDetailHeading));
  const detailed = tree.filter(printable);
  detailed.forEach((l, i) => out.push(...lineParagraphs(ctx, l, i + 1, ctx.settings.detailLevel)));
  out.push(...keyProjectParagraphs(ctx, detailed.length + 1));
  return section("general-budget", head, out);
}

function keyProjectParagraphs(ctx: Ctx, index: number): Paragraph[] {
  const projects = ctx.accounts.supplement.keyProjects;
  const out: Paragraph[] = [body(ctx.t2.keyProjectsHeading, { index: String(index) })];
  if (projects.length === 0) {
    out.push(
      bodyRuns([ctx.gap("text", "keyProject", "重点项目情况", "财政拨款重点项目（名称、金额、说明）")]),
    );
    return out;
  }
  projects.forEach((p, i) => {
    const amount = p.amount
      ? ctx.amount(operand(`重点项目“${p.name}”金额`, p.amount)!)
      : ctx.gap("amount", `keyProject:${i + 1}`, "项目金额", `重点项目“${p.name}”的金额`);
    const description = p.description.trim()
      ? ctx.user({ text: p.description, cells: p.cells })
      : ctx.gap("text", `keyProject:${i + 1}`, "项目说明", `重点项目“${p.name}”的说明`);
    out.push(
      body(ctx.t2.keyProject, {
        n: String(i + 1),
        name: ctx.user({ text: p.name, cells: p.cells }),
        amount,
        description,
      }),
    );
  });
  return out;
}

// ---- 五、六 政府性基金、国有资本经营 ---------------------------------------------------------------

function fundSection(
  ctx: Ctx,
  id: string,
  headTpl: string,
  totalTpl: string,
  table: "governmentFundTable" | "stateCapitalTable",
): Section {
  const head = heading(2, headTpl);
  const t = ctx.accounts[table];
  if (!t) return section(id, head, missingTable(ctx, table));
  const classes = t.rows.filter((r) => r.level === "class" && mayBeNonZero(r.amounts.total));
  const total = t.total.total
    ? operand("本年支出合计", t.total.total)!
    : sumOperands(
        "本年支出合计",
        classes.map((r) => operand(r.name, r.amounts.total)!),
      );
  if (isKnownZero(total)) return section(id, head, [body(ctx.t2.noSpending)]);
  const list = joinRuns(
    classes.map((r) =>
      fill(ctx.t2.fundClass, { name: r.name, amount: ctx.amount(operand(`“${r.name}”决算数`, r.amounts.total)!) }),
    ),
    "；",
  );
  return section(id, head, [
    body(totalTpl, {
      yearLabel: ctx.yearLabel,
      amount: ctx.amount(total),
      hasClasses: classes.length ? "yes" : "no",
      classes: list,
    }),
  ]);
}

export function governmentFundSection(ctx: Ctx): Section {
  return fundSection(
    ctx,
    "government-fund",
    ctx.t2.governmentFundHeading,
    ctx.t2.governmentFundTotal,
    "governmentFundTable",
  );
}

export function stateCapitalSection(ctx: Ctx): Section {
  return fundSection(ctx, "state-capital", ctx.t2.stateCapitalHeading, ctx.t2.stateCapitalTotal, "stateCapitalTable");
}

// ---- 七、基本支出 / 项目支出 by 经济分类 ---------------------------------------------------------------

type EconomicPrefix = "basicEconomic" | "projectEconomic";

interface EconomicLineData {
  code: string;
  name: string;
  /** A gap standing for the name when the code is not a known 经济分类 (never the code as a name). */
  nameGap?: Run;
  actual: Operand;
  budget: Operand | undefined;
}

function economicLines(
  ctx: Ctx,
  table: EconomicTable | undefined,
  prefix: EconomicPrefix,
): EconomicLineData[] {
  const budgets = ctx.accounts.supplement.initialBudgets;
  const byCode = new Map<string, EconomicLineData>();
  const rows: EconomicRow[] = table?.rows.filter((r) => r.level === "class") ?? [];
  for (const r of rows) {
    const prev = byCode.get(r.code);
    const actual = operand(`“${r.name}”决算数`, r.actual)!;
    // The same 类 may appear in both blocks (人员经费 / 公用经费): add them up.
    const merged = prev ? sumOperands(actual.label, [prev.actual, actual]) : actual;
    const budgetFig = r.initialBudget ?? budgets[`${prefix}:${r.code}`];
    byCode.set(r.code, {
      code: r.code,
      name: r.name,
      actual: merged,
      budget: prev?.budget ?? operand(`“${r.name}”年初预算数`, budgetFig),
    });
  }
  // Classes with a budget but no row.
  for (const [key, fig] of Object.entries(budgets)) {
    const m = new RegExp(`^${prefix}:(\\d{3})$`).exec(key);
    if (!m || byCode.has(m[1]) || isKnownZero(fig)) continue;
    const known = economicCodeName(m[1]);
    byCode.set(m[1], {
      code: m[1],
      name: known ?? `经济分类${m[1]}`,
      ...(known
        ? {}
        : {
            nameGap: ctx.gap(
              "text",
              `name:${prefix}:${m[1]}`,
              `经济分类${m[1]}的名称`,
              `经济分类科目${m[1]}的名称（补充信息中有其年初预算数，但它不是已知的经济分类编码，请核对编码）`,
            ),
          }),
      actual: { label: "决算数（表中未列示，按0计）", value: ZERO, cells: [] },
      budget: operand("年初预算数", fig),
    });
  }
  return [...byCode.values()]
    .filter(
      (l) => ALWAYS_LISTED_ECONOMIC_CLASSES.includes(l.code) || mayBeNonZero(l.actual) || !isAbsentOrZero(l.budget),
    )
    .sort((p, q) => p.code.localeCompare(q.code));
}

function economicParagraphs(ctx: Ctx, lines: EconomicLineData[], prefix: EconomicPrefix): Paragraph[] {
  return lines.map((l, i) => {
    const what = `${prefix === "basicEconomic" ? "基本支出" : "项目支出"}“${l.name}”决算数与年初预算数的差异`;
    const c = ctx.compare(l.actual, l.budget, () =>
      ctx.gap(
        "budget",
        `budget:${prefix}:${l.code}`,
        "年初预算数",
        `${prefix === "basicEconomic" ? "基本支出" : "项目支出"}“${l.name}”（${l.code}）的年初预算数`,
      ),
    );
    return body(styled(ctx, ctx.t2.economicLine, ctx.t2.economicLineCompletion), {
      ...rateSlots(ctx, l.actual, l.budget),
      index: String(i + 1),
      name: l.nameGap ?? l.name,
      description: ctx.settings.economicDescriptions[l.code] ?? "",
      amount: ctx.amount(l.actual),
      ...cmpSlots(c),
      ...reasonSlots(ctx, c, [`${prefix}:${l.code}`], true, what),
      last: i === lines.length - 1 ? "yes" : "no",
    });
  });
}

function totalBudget(ctx: Ctx, prefix: EconomicPrefix, lines: EconomicLineData[]): Operand | undefined {
  const explicit = ctx.accounts.supplement.initialBudgets[`${prefix}:total`];
  if (explicit) return operand("年初预算数", explicit);
  if (lines.length > 0 && lines.every((l) => l.budget))
    return sumOperands(
      "年初预算数（各经济分类合计）",
      lines.map((l) => l.budget!),
    );
  return undefined;
}

function fundLine(
  ctx: Ctx,
  tpl: string,
  noneTpl: string,
  actualFig: Figure | undefined,
  budgetKey: string,
  what: string,
): Paragraph[] {
  const actual = operandOrZero("决算数", actualFig);
  const budget = operand("年初预算数", ctx.accounts.supplement.initialBudgets[budgetKey]);
  // Nothing spent and nothing budgeted: no comparison to make (and no gap to ask for).
  if (isKnownZero(actual) && isAbsentOrZero(budget)) return [body(noneTpl, { yearLabel: ctx.yearLabel })];
  const c = ctx.compare(actual, budget, () =>
    ctx.gap("budget", `budget:${budgetKey}`, "年初预算数", `${what}的年初预算数`),
  );
  return [
    body(tpl, {
      yearLabel: ctx.yearLabel,
      amount: ctx.amount(actual),
      ...rateSlots(ctx, actual, budget),
      hasBase: "yes",
      ...cmpSlots(c),
      ...reasonSlots(ctx, c, [budgetKey], true, `${what}与年初预算的差异`),
    }),
  ];
}

export function economicSection(ctx: Ctx): Section {
  const a = ctx.accounts;
  const head = heading(2, ctx.t2.economicHeading);
  const out: Paragraph[] = [];

  // (一) 基本支出
  const basicLines = economicLines(ctx, a.basicExpenditureByEconomic, "basicEconomic");
  const basicFig = a.generalBudgetExpenditure?.total.basic ?? a.basicExpenditureByEconomic?.total;
  if (!a.basicExpenditureByEconomic) out.push(...missingTable(ctx, "basicExpenditureByEconomic"));
  if (basicFig || basicLines.length) {
    const actual = basicFig
      ? operand("一般公共预算财政拨款基本支出", basicFig)!
      : sumOperands(
          "一般公共预算财政拨款基本支出（各经济分类合计）",
          basicLines.map((l) => l.actual),
        );
    const basicBudget = totalBudget(ctx, "basicEconomic", basicLines);
    const c = ctx.compare(actual, basicBudget, () =>
      ctx.gap(
        "budget",
        "budget:basicEconomic:total",
        "年初预算数",
        "一般公共预算财政拨款基本支出的年初预算数",
      ),
    );
    out.push(
      body(styled(ctx, ctx.t2.basicTotal, ctx.t2.basicTotalCompletion), {
        ...rateSlots(ctx, actual, basicBudget),
        yearLabel: ctx.yearLabel,
        amount: ctx.amount(actual),
        ...cmpSlots(c),
        ...reasonSlots(ctx, c, ["basicEconomic:total"], false, "基本支出与年初预算的差异"),
        hasLines: basicLines.length ? "yes" : "no",
      }),
    );
    out.push(...economicParagraphs(ctx, basicLines, "basicEconomic"));
  }

  // (二) 政府性基金 基本支出
  const gfFig = a.governmentFundBasicExpenditure?.total ?? a.governmentFundTable?.total.basic;
  if (!a.governmentFundBasicExpenditure && !a.governmentFundTable) {
    const gap = ctx.missingTable("governmentFundTable");
    if (gap) out.push(body(ctx.t2.governmentFundBasicMissing, { missing: gap }));
  } else
    out.push(
      ...fundLine(ctx, styled(ctx, ctx.t2.governmentFundBasic, ctx.t2.governmentFundBasicCompletion), ctx.t2.governmentFundBasicNone, gfFig, "governmentFundBasic", "政府性基金预算财政拨款基本支出"),
    );

  // (三) 国有资本经营
  if (!a.stateCapitalTable) {
    const gap = ctx.missingTable("stateCapitalTable");
    if (gap) out.push(body(ctx.t2.stateCapitalMissing, { missing: gap }));
  } else
    out.push(
      ...fundLine(
        ctx,
        styled(ctx, ctx.t2.stateCapitalSpending, ctx.t2.stateCapitalSpendingCompletion),
        ctx.t2.stateCapitalSpendingNone,
        a.stateCapitalTable.total.total,
        "stateCapital",
        "国有资本经营预算财政拨款支出",
      ),
    );

  // (四) 项目支出
  const projectLines = economicLines(ctx, a.projectExpenditureByEconomic, "projectEconomic");
  const projectFig = a.generalBudgetExpenditure?.total.project ?? a.projectExpenditureByEconomic?.total;
  if (projectFig || projectLines.length) {
    const actual = projectFig
      ? operand("一般公共预算财政拨款项目支出", projectFig)!
      : sumOperands(
          "一般公共预算财政拨款项目支出（各经济分类合计）",
          projectLines.map((l) => l.actual),
        );
    const projectBudget = totalBudget(ctx, "projectEconomic", projectLines);
    const c = ctx.compare(actual, projectBudget, () =>
      ctx.gap(
        "budget",
        "budget:projectEconomic:total",
        "年初预算数",
        "一般公共预算财政拨款项目支出的年初预算数",
      ),
    );
    out.push(
      body(styled(ctx, ctx.t2.projectTotal, ctx.t2.projectTotalCompletion), {
        ...rateSlots(ctx, actual, projectBudget),
        yearLabel: ctx.yearLabel,
        amount: ctx.amount(actual),
        ...cmpSlots(c),
        ...reasonSlots(ctx, c, ["projectEconomic:total"], false, "项目支出与年初预算的差异"),
        hasLines: projectLines.length ? "yes" : "no",
      }),
    );
  }
  if (!a.projectExpenditureByEconomic) out.push(...missingTable(ctx, "projectExpenditureByEconomic"));
  out.push(...economicParagraphs(ctx, projectLines, "projectEconomic"));
  return section("economic", head, out);
}

export function part2Heading(ctx: Ctx): Section {
  return section("part2", heading(1, ctx.t2.partHeading, { yearLabel: ctx.yearLabel }), []);
}
