/**
 * Year-on-year rules: this year's tables against last year's. Balances carried over must agree
 * (this year's 年初 = last year's 年末, in total and per fund type); the rest are listed for review.
 */
import type { BalanceSpec, YearOnYearRule } from "../year-on-year";
import { codeChanges, departmentRule, yearRule } from "../year-on-year";
import { TABLE_NAMES } from "../labels";

const S = "incomeExpenditureSummary";
const A = "appropriationSummary";

/** 年初结转和结余 (this year) = 年末结转和结余 (last year), figure by figure. */
export const BALANCE_SPECS: BalanceSpec[] = [
  {
    id: "yoy.opening-balance",
    describe: `${TABLE_NAMES.incomeExpenditureSummary}：本年年初结转和结余 = 上年年末结转和结余`,
    current: { path: `${S}.openingBalance`, label: "年初结转和结余" },
    prior: { path: `${S}.closingBalance`, label: "上年年末结转和结余" },
  },
  {
    id: "yoy.appropriation-opening-balance",
    describe: `${TABLE_NAMES.appropriationSummary}：本年年初财政拨款结转和结余 = 上年年末财政拨款结转和结余`,
    current: { path: `${A}.openingBalance.total`, label: "年初财政拨款结转和结余" },
    prior: { path: `${A}.closingBalance.total`, label: "上年年末财政拨款结转和结余" },
  },
  ...(
    [
      ["generalBudget", "一般公共预算财政拨款"],
      ["governmentFund", "政府性基金预算财政拨款"],
      ["stateCapital", "国有资本经营预算财政拨款"],
    ] as const
  ).map(
    ([fund, name]): BalanceSpec => ({
      id: `yoy.appropriation-opening-balance.${fund}`,
      describe: `${TABLE_NAMES.appropriationSummary}：本年年初结转和结余（${name}）= 上年年末结转和结余（${name}）`,
      current: { path: `${A}.openingBalance.${fund}`, label: `年初结转和结余（${name}）` },
      prior: { path: `${A}.closingBalance.${fund}`, label: `上年年末结转和结余（${name}）` },
    }),
  ),
  {
    id: "yoy.government-fund-opening-balance",
    describe: `${TABLE_NAMES.governmentFundTable}：本年年初结转和结余 = 上年年末结转和结余`,
    current: { path: "governmentFundTable.total.openingBalance", label: "合计 年初结转和结余" },
    prior: { path: "governmentFundTable.total.closingBalance", label: "上年合计 年末结转和结余" },
  },
];

/** Every year-on-year rule, in the order they are reported. */
export const YEAR_ON_YEAR_RULES: readonly YearOnYearRule[] = [
  yearRule,
  departmentRule,
  ...BALANCE_SPECS.map((s) => ({ id: s.id, describe: s.describe, spec: s })),
  codeChanges("expenditureTable", TABLE_NAMES.expenditureTable),
];
