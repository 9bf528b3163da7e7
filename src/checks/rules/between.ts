/** Identities between tables: the same amount printed in two places must agree. */
import type { Figure } from "../../tables/model";
import { type IdentitySpec, identityRule } from "../declare";
import { classLines, classMatchRule, codedClasses, economicTotal } from "../families";
import { TABLE_NAMES } from "../labels";
import type { Identity, Rule } from "../rule";

const S = "incomeExpenditureSummary";
const A = "appropriationSummary";
const G = "generalBudgetExpenditure";

const FUND_INCOME = {
  generalBudget: "一般公共预算财政拨款收入",
  governmentFund: "政府性基金预算财政拨款收入",
  stateCapital: "国有资本经营预算财政拨款收入",
} as const;

export const BETWEEN_SPECS: IdentitySpec[] = [
  {
    id: "cross.summary-income-vs-income-table",
    describe: `${TABLE_NAMES.incomeExpenditureSummary}本年收入合计 = ${TABLE_NAMES.incomeTable}合计`,
    left: { path: `${S}.incomeTotal`, label: "本年收入合计" },
    right: { paths: ["incomeTable.total.total"], label: "本年收入合计" },
  },
  {
    id: "cross.summary-expenditure-vs-expenditure-table",
    describe: `${TABLE_NAMES.incomeExpenditureSummary}本年支出合计 = ${TABLE_NAMES.expenditureTable}合计`,
    left: { path: `${S}.expenditureTotal`, label: "本年支出合计" },
    right: { paths: ["expenditureTable.total.total"], label: "本年支出合计" },
  },
  {
    id: "cross.summary-appropriation-income",
    describe: `${TABLE_NAMES.appropriationSummary}本年收入合计 = ${TABLE_NAMES.incomeExpenditureSummary}一般公共预算、政府性基金预算、国有资本经营预算财政拨款收入之和`,
    left: { path: `${A}.incomeTotal`, label: "本年收入合计" },
    right: {
      paths: [`${S}.income.generalBudget`, `${S}.income.governmentFund`, `${S}.income.stateCapital`],
      label: `${TABLE_NAMES.incomeExpenditureSummary}三项财政拨款收入之和`,
    },
  },
  ...(["generalBudget", "governmentFund", "stateCapital"] as const).map(
    (fund): IdentitySpec => ({
      id: `cross.appropriation-income.${fund}`,
      describe: `${TABLE_NAMES.incomeExpenditureSummary}与${TABLE_NAMES.appropriationSummary}的各项财政拨款收入一致`,
      left: { path: `${A}.income.${fund}`, label: FUND_INCOME[fund] },
      right: { paths: [`${S}.income.${fund}`], label: FUND_INCOME[fund] },
    }),
  ),
  {
    id: "cross.income-table-appropriation",
    describe: `${TABLE_NAMES.incomeTable}合计行财政拨款收入 = ${TABLE_NAMES.appropriationSummary}本年收入合计`,
    left: { path: "incomeTable.total.appropriation", label: "合计 财政拨款收入" },
    right: { paths: [`${A}.incomeTotal`], label: "本年收入合计" },
  },
  {
    id: "cross.general-budget-total",
    describe: `${TABLE_NAMES.generalBudgetExpenditure}合计 = ${TABLE_NAMES.appropriationSummary}本年支出合计的一般公共预算财政拨款列`,
    left: { path: `${G}.total.total`, label: "合计" },
    right: { paths: [`${A}.expenditureTotal.generalBudget`], label: "本年支出合计 一般公共预算财政拨款" },
  },
  {
    id: "cross.government-fund-total",
    describe: `${TABLE_NAMES.governmentFundTable}本年支出合计 = ${TABLE_NAMES.appropriationSummary}政府性基金预算财政拨款列`,
    left: { path: "governmentFundTable.total.total", label: "合计 本年支出" },
    right: { paths: [`${A}.expenditureTotal.governmentFund`], label: "本年支出合计 政府性基金预算财政拨款" },
  },
  {
    id: "cross.state-capital-total",
    describe: `${TABLE_NAMES.stateCapitalTable}合计 = ${TABLE_NAMES.appropriationSummary}国有资本经营预算财政拨款列`,
    left: { path: "stateCapitalTable.total.total", label: "合计" },
    right: { paths: [`${A}.expenditureTotal.stateCapital`], label: "本年支出合计 国有资本经营预算财政拨款" },
  },
  {
    id: "cross.project-economic-total",
    describe: `${TABLE_NAMES.projectExpenditureByEconomic}合计 = ${TABLE_NAMES.generalBudgetExpenditure}项目支出合计`,
    left: { path: "projectExpenditureByEconomic.total", label: "合计" },
    right: { paths: [`${G}.total.project`], label: "合计 项目支出" },
  },
];

/** 基本支出 by 经济分类 (合计, else 人员经费合计 + 公用经费合计) = 一般公共预算表 基本支出 合计. */
function economicBasicRules(): Rule[] {
  const pairs = [
    {
      id: "cross.basic-economic-total",
      describe:
        `${TABLE_NAMES.basicExpenditureByEconomic}合计（人员经费合计 + 公用经费合计）= ${TABLE_NAMES.generalBudgetExpenditure}基本支出合计`,
      table: "basicExpenditureByEconomic",
      right: (a: Parameters<Rule["identities"]>[0]) => a.generalBudgetExpenditure?.total.basic,
      needs: ["basicExpenditureByEconomic", G],
      rightTable: G,
      rightLabel: "合计 基本支出",
    },
    {
      id: "cross.government-fund-basic-total",
      describe: `${TABLE_NAMES.governmentFundBasicExpenditure}合计 = ${TABLE_NAMES.governmentFundTable}基本支出合计`,
      table: "governmentFundBasicExpenditure",
      right: (a: Parameters<Rule["identities"]>[0]) => a.governmentFundTable?.total.basic,
      needs: ["governmentFundBasicExpenditure", "governmentFundTable"],
      rightTable: "governmentFundTable",
      rightLabel: "合计 基本支出",
    },
  ] as const;
  return pairs.map(
    (p): Rule => ({
      id: p.id,
      severity: "error",
      describe: p.describe,
      needs: [...p.needs],
      identities: (a) => {
        const t = a[p.table];
        const right = p.right(a);
        if (!t || !right) return [];
        const left = economicTotal(t);
        if (left.length === 0) return [];
        return [
          {
            left: {
              label: t.total ? "合计" : "人员经费合计与公用经费合计之和",
              figures: left,
              table: p.table,
            },
            right: { label: p.rightLabel, figures: [right] as Figure[], table: p.rightTable },
            relation: "=",
          } satisfies Identity,
        ];
      },
    }),
  );
}

export const BETWEEN_TABLE_RULES: Rule[] = [
  ...BETWEEN_SPECS.map(identityRule),
  classMatchRule({
    id: "cross.summary-classes-vs-expenditure-table",
    severity: "error",
    describe: `${TABLE_NAMES.incomeExpenditureSummary}各类支出 = ${TABLE_NAMES.expenditureTable}各类本年支出合计`,
    needs: [S, "expenditureTable"],
    left: (a) => classLines(a.incomeExpenditureSummary?.expenditureByClass ?? [], "total"),
    right: (a) => codedClasses(a.expenditureTable, "total"),
    leftTable: S,
    leftColumn: "",
    rightTable: "expenditureTable",
    rightColumn: "本年支出合计",
    relation: "=",
  }),
  classMatchRule({
    id: "cross.appropriation-classes-vs-general-budget",
    severity: "error",
    describe: `${TABLE_NAMES.appropriationSummary}各类一般公共预算财政拨款支出 = ${TABLE_NAMES.generalBudgetExpenditure}各类合计`,
    needs: [A, G],
    left: (a) => classLines(a.appropriationSummary?.expenditureByClass ?? [], "generalBudget"),
    right: (a) => codedClasses(a.generalBudgetExpenditure, "total"),
    leftTable: A,
    leftColumn: "一般公共预算财政拨款",
    rightTable: G,
    rightColumn: "合计",
    relation: "=",
  }),
  ...economicBasicRules(),
  ...(["total", "basic", "project"] as const).map((col) =>
    classMatchRule({
      id: `cross.general-budget-within-expenditure.${col}`,
      severity: "warning",
      describe: `${TABLE_NAMES.generalBudgetExpenditure}各类${col === "total" ? "合计" : col === "basic" ? "基本支出" : "项目支出"}不超过${TABLE_NAMES.expenditureTable}同类数`,
      needs: [G, "expenditureTable"],
      left: (a) => codedClasses(a.generalBudgetExpenditure, col),
      right: (a) => codedClasses(a.expenditureTable, col),
      leftTable: G,
      leftColumn: col === "total" ? "合计" : col === "basic" ? "基本支出" : "项目支出",
      rightTable: "expenditureTable",
      rightColumn: col === "total" ? "本年支出合计" : col === "basic" ? "基本支出" : "项目支出",
      relation: "<=",
    }),
  ),
  classMatchRule({
    id: "cross.appropriation-within-expenditure",
    severity: "warning",
    describe: `${TABLE_NAMES.appropriationSummary}各类财政拨款支出合计不超过${TABLE_NAMES.expenditureTable}同类本年支出合计`,
    needs: [A, "expenditureTable"],
    left: (a) => classLines(a.appropriationSummary?.expenditureByClass ?? [], "total"),
    right: (a) => codedClasses(a.expenditureTable, "total"),
    leftTable: A,
    leftColumn: "合计",
    rightTable: "expenditureTable",
    rightColumn: "本年支出合计",
    relation: "<=",
  }),
];
