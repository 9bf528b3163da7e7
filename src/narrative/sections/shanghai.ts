/**
 * 上海市部门决算 (2024 template): 第一部分 概况, 第二部分 the table list, 第三部分 情况说明 一 … 十一 and
 * 第四部分 名词解释. Sentences live in ../templates/shanghai.ts; the 七 “三公” and 十一 sections are in
 * ./shanghai-other.ts.
 */
import type { EconomicRow } from "../../tables/model";
import { EXPENDITURE_KIND_LABELS } from "../../tables";
import { type Ctx, type Operand, operand, operandOrZero, sumOperands } from "../context";
import type { Paragraph, Run, Section } from "../model";
import { body, bodyRuns, heading, section } from "../paragraphs";
import { fill, joinRuns } from "../template";
import { missingTable, reasonSlots } from "./part2";
import { isKnownZero, mayBeNonZero } from "../zero";
import { otherSection, performanceSection, threePublicSection } from "./shanghai-other";
import {
  chineseOrdinal,
  dept,
  itemLines,
  itemParagraphs,
  priorSlots,
  textParagraphs,
} from "./shanghai-common";

function overviewSection(ctx: Ctx): Section {
  const T = ctx.tsh;
  return section("overview", heading(1, T.part1Heading, { dept: dept(ctx) }), [
    heading(2, T.dutiesHeading),
    ...textParagraphs(ctx, "duties"),
    heading(2, T.unitsHeading),
    ...textParagraphs(ctx, "units"),
  ]);
}

function tableListSection(ctx: Ctx): Section {
  const T = ctx.tsh;
  const found = new Set(ctx.accounts.tables.map((t) => t.id));
  const items = ctx.profile.tables.map((id, i) => {
    const runs = fill(T.tableListItem, { n: chineseOrdinal(i + 1), table: ctx.tableName(id) });
    const gap = found.has(id) ? null : ctx.missingTable(id);
    return bodyRuns(gap ? [...runs, gap] : runs);
  });
  return section(
    "table-list",
    heading(1, T.part2Heading, { dept: dept(ctx), yearLabel: ctx.yearLabel }),
    items,
  );
}

function part3Heading(ctx: Ctx): Section {
  return section(
    "part3",
    heading(1, ctx.tsh.part3Heading, { dept: dept(ctx), yearLabel: ctx.yearLabel }),
    [],
  );
}

// ---- 一 收入支出决算总体 ---------------------------------------------------------------------------

function overallSection(ctx: Ctx): Section {
  const T = ctx.tsh;
  const head = heading(2, T.overallHeading);
  const s = ctx.accounts.incomeExpenditureSummary;
  if (!s) return section("overall", head, missingTable(ctx, "incomeExpenditureSummary"));
  const total = operand("收入支出总计", s.incomeGrandTotal)!;
  return section("overall", head, [
    body(T.overall, {
      dept: dept(ctx),
      yearLabel: ctx.yearLabel,
      amount: ctx.amount(total),
      what: "收入支出总计",
      ...priorSlots(ctx, total, "grandTotal", ["total:grandTotal"]),
    }),
  ]);
}

// ---- 二 收入, 三 支出 ----------------------------------------------------------------------------

/** "名称A万元，占B%" for each kind not read as zero (不涉及的不列), joined with "；". */
function kindList(ctx: Ctx, kinds: Operand[], total: Operand): Run[] {
  const shown = ctx.settings.omitZeroKinds ? kinds.filter((k) => mayBeNonZero(k)) : kinds;
  return joinRuns(
    shown.map((k) =>
      fill(ctx.tsh.kind, { name: k.label, amount: ctx.amount(k), share: ctx.share(k, total) }),
    ),
    ctx.tsh.kindSeparator,
  );
}

function incomeSection(ctx: Ctx): Section {
  const T = ctx.tsh;
  const head = heading(2, T.incomeHeading);
  const s = ctx.accounts.incomeExpenditureSummary;
  if (!s) return section("income", head, missingTable(ctx, "incomeExpenditureSummary"));
  const total = operand("本年收入合计", s.incomeTotal)!;
  const appropriationParts = (["generalBudget", "governmentFund", "stateCapital"] as const)
    .map((k) => operand(k, s.income[k]))
    .filter((o): o is Operand => o !== undefined);
  const kinds: Operand[] = [
    { ...sumOperands("财政拨款收入", appropriationParts), label: "财政拨款收入" },
    operandOrZero("上级补助收入", s.income.superiorSubsidy),
    operandOrZero("事业收入", s.income.serviceIncome),
    operandOrZero("经营收入", s.income.businessIncome),
    operandOrZero("附属单位上缴收入", s.income.affiliateRemittance),
    operandOrZero("其他收入", s.income.otherIncome),
  ].map((o) => ({ ...o, label: o.label.replace(/（表中未列示，按0计）$/, "") }));
  const list = kindList(ctx, kinds, total);
  return section("income", head, [
    body(T.income, { amount: ctx.amount(total), hasKinds: list.length ? "yes" : "no", kinds: list }),
  ]);
}

function expenditureSection(ctx: Ctx): Section {
  const T = ctx.tsh;
  const head = heading(2, T.expenditureHeading);
  const s = ctx.accounts.incomeExpenditureSummary;
  const et = ctx.accounts.expenditureTable;
  if (!s) return section("expenditure", head, missingTable(ctx, "incomeExpenditureSummary"));
  const total = operand("本年支出合计", s.expenditureTotal)!;
  if (!et)
    return section("expenditure", head, [
      body(T.expenditure, { amount: ctx.amount(total), hasKinds: "no", kinds: null }),
      ...missingTable(ctx, "expenditureTable"),
    ]);
  const kinds = (Object.keys(EXPENDITURE_KIND_LABELS) as (keyof typeof EXPENDITURE_KIND_LABELS)[]).map(
    (k) => {
      const o = operandOrZero(EXPENDITURE_KIND_LABELS[k], et.total[k]);
      return { ...o, label: EXPENDITURE_KIND_LABELS[k] };
    },
  );
  const list = kindList(ctx, kinds, total);
  return section("expenditure", head, [
    body(T.expenditure, { amount: ctx.amount(total), hasKinds: list.length ? "yes" : "no", kinds: list }),
  ]);
}

// ---- 四 财政拨款收入支出决算总体 ----------------------------------------------------------------------

function appropriationSection(ctx: Ctx): Section {
  const T = ctx.tsh;
  const head = heading(2, T.appropriationHeading);
  const s = ctx.accounts.appropriationSummary;
  if (!s) return section("appropriation", head, missingTable(ctx, "appropriationSummary"));
  const total = operand("财政拨款收入支出总计", s.incomeGrandTotal)!;
  return section("appropriation", head, [
    body(T.appropriation, {
      dept: dept(ctx),
      yearLabel: ctx.yearLabel,
      amount: ctx.amount(total),
      what: "财政拨款收入支出总计",
      ...priorSlots(ctx, total, "appropriationGrandTotal", ["total:appropriationGrandTotal"]),
    }),
  ]);
}

// ---- 五 一般公共预算财政拨款支出 -------------------------------------------------------------------

function generalBudgetSection(ctx: Ctx): Section {
  const T = ctx.tsh;
  const head = heading(2, T.generalBudgetHeading);
  const g = ctx.accounts.generalBudgetExpenditure;
  if (!g) return section("general-budget", head, missingTable(ctx, "generalBudgetExpenditure"));
  const classes = g.rows.filter((r) => r.level === "class" && mayBeNonZero(r.amounts.total));
  const total: Operand = g.total.total
    ? operand("一般公共预算财政拨款支出合计", g.total.total)!
    : sumOperands(
        "一般公共预算财政拨款支出合计（各类合计）",
        classes.map((r) => operand(r.name, r.amounts.total)!),
      );
  const out: Paragraph[] = [heading(3, T.gbOverallHeading)];
  const s = ctx.accounts.incomeExpenditureSummary;
  const expTotal = s ? operand("本年支出合计", s.expenditureTotal)! : undefined;
  out.push(
    body(T.gbOverall, {
      amount: ctx.amount(total),
      share: expTotal
        ? ctx.share(total, expTotal)
        : (ctx.missingTable("incomeExpenditureSummary") ?? null),
      what: "一般公共预算财政拨款支出",
      ...priorSlots(ctx, total, "generalBudgetExpenditure", ["total:generalBudgetExpenditure"]),
    }),
  );

  out.push(heading(3, T.gbStructureHeading));
  out.push(
    body(T.gbStructure, {
      amount: ctx.amount(total),
      classes: joinRuns(
        classes.map((r) => {
          const o = operand(`“${r.name}”决算数`, r.amounts.total)!;
          return fill(T.gbStructureClass, {
            name: r.name,
            amount: ctx.amount(o),
            share: ctx.share(o, total),
          });
        }),
        T.kindSeparator,
      ),
    }),
  );

  out.push(heading(3, T.gbDetailHeading));
  const lines = itemLines(ctx, g, "functional", "initialBudget");
  const explicit = ctx.accounts.supplement.initialBudgets["functional:total"] ?? g.total.initialBudget;
  const budget: Operand | undefined = explicit
    ? operand("一般公共预算财政拨款支出年初预算数", explicit)
    : lines.length > 0 && lines.every((l) => l.budget)
      ? sumOperands(
          "一般公共预算财政拨款支出年初预算数（各项合计）",
          lines.map((l) => l.budget!),
        )
      : undefined;
  const c = ctx.compare(total, budget, () =>
    ctx.gap(
      "budget",
      "budget:functional:total",
      "年初预算数",
      "一般公共预算财政拨款支出的年初预算数（合计）",
    ),
  );
  const rate = budget ? ctx.completion(total, budget) : null;
  const { reason } = reasonSlots(
    ctx,
    c,
    ["functional:total"],
    true,
    "一般公共预算财政拨款支出决算数与年初预算数的差异",
  );
  out.push(
    body(T.gbDetailTotal, {
      base: c.base,
      amount: ctx.amount(total),
      hasRate: rate ? "yes" : "no",
      completion: rate,
      dir: c.dir,
      reason,
      hasItems: lines.length ? "yes" : "no",
    }),
  );
  out.push(...itemParagraphs(ctx, lines, "functional"));
  return section("general-budget", head, out);
}

// ---- 六 基本支出 --------------------------------------------------------------------------------

const PERSONNEL_CLASSES = ["301", "303"];

function groupOf(r: EconomicRow): "personnel" | "public" {
  return r.group ?? (PERSONNEL_CLASSES.includes(r.code.slice(0, 3)) ? "personnel" : "public");
}

function basicSection(ctx: Ctx): Section {
  const T = ctx.tsh;
  const head = heading(2, T.basicHeading);
  const t = ctx.accounts.basicExpenditureByEconomic;
  if (!t) return section("basic", head, missingTable(ctx, "basicExpenditureByEconomic"));
  const classRows = t.rows.filter((r) => r.level === "class");
  const groupTotal = (g: "personnel" | "public", fig: typeof t.personnelTotal): Operand =>
    fig
      ? operand(g === "personnel" ? "人员经费合计" : "公用经费合计", fig)!
      : sumOperands(
          g === "personnel" ? "人员经费（各类合计）" : "公用经费（各类合计）",
          classRows.filter((r) => groupOf(r) === g).map((r) => operand(r.name, r.actual)!),
        );
  const personnel = groupTotal("personnel", t.personnelTotal);
  const pub = groupTotal("public", t.publicTotal);
  const gbBasic = ctx.accounts.generalBudgetExpenditure?.total.basic;
  const total = gbBasic
    ? operand("一般公共预算财政拨款基本支出", gbBasic)!
    : t.total
      ? operand("一般公共预算财政拨款基本支出", t.total)!
      : sumOperands("一般公共预算财政拨款基本支出（人员经费＋公用经费）", [personnel, pub]);
  // Names of the 款 that are not zero, in table order (不涉及的不列); a group without 款 rows names its 类.
  const names = (g: "personnel" | "public"): string[] => {
    const rows = t.rows.filter((r) => groupOf(r) === g && mayBeNonZero(r.actual));
    const sections = rows.filter((r) => r.level === "section");
    return (sections.length ? sections : rows).map((r) => r.name);
  };
  const pn = names("personnel");
  const qn = names("public");
  return section("basic", head, [
    body(T.basic, {
      amount: ctx.amount(total),
      personnel: ctx.amount(personnel),
      hasPersonnelNames: pn.length ? "yes" : "no",
      personnelNames: pn.join(T.nameSeparator),
      public: ctx.amount(pub),
      hasPublicNames: qn.length ? "yes" : "no",
      publicNames: qn.join(T.nameSeparator),
    }),
  ]);
}

// ---- 八 政府性基金, 九 国有资本经营 -------------------------------------------------------------------

function fundSection(
  ctx: Ctx,
  id: "government-fund" | "state-capital",
  table: "governmentFundTable" | "stateCapitalTable",
): Section {
  const T = ctx.tsh;
  const isGf = table === "governmentFundTable";
  const head = heading(2, isGf ? T.governmentFundHeading : T.stateCapitalHeading);
  const t = ctx.accounts[table];
  if (!t) return section(id, head, missingTable(ctx, table));
  const rows = t.rows;
  const spend = t.total.total
    ? operand("本年支出合计", t.total.total)!
    : sumOperands(
        "本年支出合计（各类合计）",
        rows.filter((r) => r.level === "class").map((r) => operandOrZero(r.name, r.amounts.total)),
      );
  const incomeFig = isGf
    ? (ctx.accounts.governmentFundTable?.total.income ??
      ctx.accounts.appropriationSummary?.income.governmentFund)
    : ctx.accounts.appropriationSummary?.income.stateCapital;
  const income = operandOrZero("本年收入", incomeFig);
  if (isKnownZero(spend) && isKnownZero(income))
    return section(id, head, [
      body(isGf ? T.governmentFundNone : T.stateCapitalNone, { dept: dept(ctx), yearLabel: ctx.yearLabel }),
    ]);
  const prefix = isGf ? "governmentFund" : "stateCapital";
  const lines = itemLines(ctx, t, prefix);
  return section(id, head, [
    body(T.fundTotal, {
      fund: isGf ? "政府性基金预算财政拨款" : "国有资本经营预算财政拨款",
      income: ctx.amount(income),
      amount: ctx.amount(spend),
      hasItems: lines.length ? "yes" : "no",
    }),
    ...itemParagraphs(ctx, lines, prefix),
  ]);
}

// ---- 第四部分 名词解释 -----------------------------------------------------------------------------

function termsSection(ctx: Ctx): Section {
  const T = ctx.tsh;
  return section(
    "terms",
    heading(1, T.part4Heading),
    ctx.settings.terms.map((t, i) =>
      body(T.term, { n: chineseOrdinal(i + 1), term: t.term, definition: t.definition }),
    ),
  );
}

export const SHANGHAI_SECTIONS = {
  shOverview: overviewSection,
  shTableList: tableListSection,
  shPart3Heading: part3Heading,
  shOverall: overallSection,
  shIncome: incomeSection,
  shExpenditure: expenditureSection,
  shAppropriation: appropriationSection,
  shGeneralBudget: generalBudgetSection,
  shBasic: basicSection,
  shThreePublic: threePublicSection,
  shGovernmentFund: (ctx: Ctx) => fundSection(ctx, "government-fund", "governmentFundTable"),
  shStateCapital: (ctx: Ctx) => fundSection(ctx, "state-capital", "stateCapitalTable"),
  shPerformance: performanceSection,
  shOther: otherSection,
  shTerms: termsSection,
};
