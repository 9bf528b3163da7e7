/**
 * Helpers shared by the Shanghai sections: the prior-year comparison in "与2023年度相比" form, user
 * texts and counts with their gaps, 项 lines ("X（类）Y（款）Z（项）。主要用于：…") and Chinese ordinals.
 */
import { buildFunctionalTree, treeLeaves, treePath } from "../../tables";
import type {
  CodedTable,
  CountKey,
  FunctionalLevel,
  PriorYearKey,
  SupplementAmountKey,
} from "../../tables/model";
import { PRIOR_YEAR_LABELS, SUPPLEMENT_AMOUNT_LABELS, SUPPLEMENT_TEXT_LABELS } from "../../tables/supplement";
import { type Comparison, type Ctx, type Operand, operand, operandOrZero } from "../context";
import type { Paragraph, Run } from "../model";
import { body, bodyRuns, userParagraphs } from "../paragraphs";
import { fill } from "../template";
import { COUNT_LABELS } from "./part3";
import { cmpSlots, reasonSlots } from "./part2";
import { isKnownZero, mayBeNonZero } from "../zero";

const DIGITS = "零一二三四五六七八九";

/** 1 → 一, 10 → 十, 11 → 十一, 23 → 二十三 (headings and 名词解释 numbering). */
export function chineseOrdinal(n: number): string {
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? "" : DIGITS[tens]}十${ones ? DIGITS[ones] : ""}`;
}

/** The department as Shanghai sentences start: its name, or 本部门. */
export function dept(ctx: Ctx): string {
  return ctx.department || "本部门";
}

/** Slots of a "与2023年度相比" comparison of `cur` with a prior-year figure of the 补充信息 sheet. */
export function priorSlots(
  ctx: Ctx,
  cur: Operand,
  key: PriorYearKey,
  reasonKeys: string[],
): { dir: string; change: Run; rate: Run; base: Run; reason: Run | null; priorLabel: string } {
  const label = PRIOR_YEAR_LABELS[key];
  const c: Comparison = ctx.compare(
    cur,
    operand(`上年${label}`, ctx.accounts.supplement.priorYear[key]),
    () => ctx.gap("priorYear", `priorYear:${key}`, "上年数", `${label}的上年决算数（用于与上年度相比）`),
  );
  const reason = reasonKeys.length
    ? reasonSlots(ctx, c, reasonKeys, true, `${label}与上年的差异`).reason
    : null;
  return { ...cmpSlots(c), reason, priorLabel: ctx.priorLabel };
}

/** A count of the 补充信息 sheet, or its gap. */
export function countRun(ctx: Ctx, key: CountKey): Run {
  const o = operand(COUNT_LABELS[key], ctx.accounts.supplement.counts[key]);
  return o ? ctx.count(o) : ctx.gap("count", `count:${key}`, COUNT_LABELS[key], COUNT_LABELS[key]);
}

/** An amount of the 补充信息 sheet ("amount:<key>"), or its gap. */
export function amountRun(ctx: Ctx, key: SupplementAmountKey): Run {
  const label = SUPPLEMENT_AMOUNT_LABELS[key];
  const o = operand(label, ctx.accounts.supplement.amounts?.[key]);
  return o ? ctx.amount(o) : ctx.gap("amount", `amount:${key}`, label.replace(/^.*：/, ""), label);
}

type TextKey = keyof typeof SUPPLEMENT_TEXT_LABELS;

/** A short user text (a phrase inside a sentence) with its closing punctuation trimmed, or its gap. */
export function phraseRun(ctx: Ctx, key: TextKey): Run {
  const t = ctx.accounts.supplement.texts[key];
  const text = t?.text.trim().replace(/[。；;，,\s]+$/u, "") ?? "";
  if (t && text) return ctx.user({ text, cells: t.cells });
  const label = SUPPLEMENT_TEXT_LABELS[key];
  return ctx.gap("text", `text:${key}`, label, label);
}

/** User text as its own paragraphs, or a gap paragraph. */
export function textParagraphs(ctx: Ctx, key: TextKey): Paragraph[] {
  const t = ctx.accounts.supplement.texts[key];
  if (t && t.text.trim()) return userParagraphs(t.text, t.cells);
  const label = SUPPLEMENT_TEXT_LABELS[key];
  return [bodyRuns([ctx.gap("text", `text:${key}`, label, `${label}（用户撰写的文字，原样放入决算说明）`)])];
}

/** A 项 line of a coded table, with the names of its 类 and 款. */
export interface ItemLine {
  code: string;
  path: { name: string; level: FunctionalLevel }[];
  actual: Operand;
  budget: Operand | undefined;
}

/**
 * The lowest lines (项, or a 款/类 printed without 项) of a coded table from the model's 类→款→项 tree,
 * with their parents' names and 年初预算数 (table column, 补充信息 `budget:<prefix>:<code>`, or the sum
 * of the children), plus 项 that only have a budget in the 补充信息 sheet. Lines at 0 with no budget
 * are left out (不涉及的不列).
 */
export function itemLines<K extends string>(
  ctx: Ctx,
  table: CodedTable<K>,
  prefix: string,
  budgetColumn?: K,
): ItemLine[] {
  const own = ctx.accounts.supplement.initialBudgets;
  // The tree reads budgets under "functional:<code>"; other tables' keys are mapped onto that form.
  const budgets = Object.fromEntries(
    Object.entries(own)
      .filter(([k]) => k.startsWith(`${prefix}:`))
      .map(([k, v]) => [`functional:${k.slice(prefix.length + 1)}`, v]),
  );
  const unit = ctx.accounts.tables.find((t) => t.id === "generalBudgetExpenditure")?.unit ?? "yuan";
  const tree = buildFunctionalTree(table, { budgets, ...(budgetColumn ? { budgetColumn } : {}), unit });
  const total = "total" as K;
  const out: ItemLine[] = treeLeaves(tree).map((n) => ({
    code: n.code,
    path: treePath(tree, n.code).map((p) => ({ name: p.name, level: p.level })),
    actual: operandOrZero(`“${n.name}”决算数`, n.amounts[total]),
    budget: operand(`“${n.name}”年初预算数`, n.initialBudget),
  }));
  // 项 with a budget in the 补充信息 sheet but no row in the table (nothing spent).
  for (const [k, fig] of Object.entries(budgets)) {
    const code = k.slice("functional:".length);
    if (!/^\d{7}$/.test(code) || tree.byCode[code] || isKnownZero(fig)) continue;
    const parents = treePath(tree, code.slice(0, 5)).length
      ? treePath(tree, code.slice(0, 5))
      : treePath(tree, code.slice(0, 3));
    out.push({
      code,
      path: [...parents.map((p) => ({ name: p.name, level: p.level })), { name: "", level: "item" }],
      actual: operandOrZero("决算数", undefined),
      budget: operand("年初预算数", fig),
    });
  }
  return out.filter((l) => mayBeNonZero(l.actual) || mayBeNonZero(l.budget));
}

/** "1、X（类）Y（款）Z（项）。主要用于：…。年初预算为A，支出决算为B。决算数…" for each line. */
export function itemParagraphs(ctx: Ctx, lines: ItemLine[], prefix: string): Paragraph[] {
  const T = ctx.tsh;
  return lines.map((l, i) => {
    const itemName = l.path[l.path.length - 1].name || l.code;
    const path: Run[] = l.path.flatMap((p) => {
      const tpl =
        p.level === "class" ? T.itemPathClass : p.level === "section" ? T.itemPathSection : T.itemPathItem;
      const name: Run | string =
        p.name ||
        ctx.gap(
          "text",
          `name:${prefix}:${l.code}`,
          `科目${l.code}名称`,
          `科目${l.code}的名称（表中没有此科目的名称）`,
        );
      return fill(tpl, { name });
    });
    const actual = { ...l.actual, label: `“${itemName}”决算数` };
    const budget = l.budget && { ...l.budget, label: `“${itemName}”年初预算数` };
    const c = ctx.compare(actual, budget, () =>
      ctx.gap("budget", `budget:${prefix}:${l.code}`, "年初预算数", `“${itemName}”（${l.code}）的年初预算数`),
    );
    const p = ctx.accounts.supplement.purposes?.[`${prefix}:${l.code}`];
    const purpose: Run =
      p && p.text.trim()
        ? ctx.user({ text: p.text.trim().replace(/[。；;，,\s]+$/u, ""), cells: p.cells })
        : ctx.gap(
            "purpose",
            `purpose:${prefix}:${l.code}`,
            "主要用途",
            `“${itemName}”（${l.code}）的主要用途`,
          );
    const r = reasonSlots(
      ctx,
      c,
      [`${prefix}:${l.code}`],
      true,
      `“${itemName}”（项）决算数与年初预算数的差异`,
    );
    return body(T.itemLine, {
      n: String(i + 1),
      path,
      purpose,
      base: c.base,
      amount: ctx.amount(actual),
      dir: c.dir,
      reason: r.reason,
    });
  });
}
