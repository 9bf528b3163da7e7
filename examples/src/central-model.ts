/**
 * The central sample's model built from its source data (万元 → 元), for laying out its 补充信息 sheet.
 * Figures carry no cells; the readers must produce the same numbers from centralSheets().
 */
import { Dec, toYuan } from "../../src/core";
import type { EconomicRow, FinalAccounts, Figure, FunctionalLevel, ThreePublicKind } from "../../src/tables/model";
import * as c from "./central-sample";

const f = (wan: Dec): Figure => ({ value: toYuan(wan, "wanYuan"), cells: [], sourceUnit: "wanYuan" });
const level = (code: string): FunctionalLevel => (code.length === 3 ? "class" : code.length === 5 ? "section" : "item");

function economic(list: c.EconomicItem[], group: "personnel" | "public"): EconomicRow[] {
  return list.map((e) => ({ code: e.code, name: e.name, level: e.code.length === 3 ? "class" : "section", group, actual: f(e.actual) }));
}

export function centralAccounts(): FinalAccounts {
  const kinds = Object.keys(c.threePublic.actual) as ThreePublicKind[];
  const a = c.totals.all;
  const zero = new Dec(0);
  return {
    year: c.CENTRAL_YEAR,
    department: c.CENTRAL_DEPARTMENT,
    tables: [],
    incomeExpenditureSummary: {
      income: {
        generalBudget: f(a.appropriationIncome),
        serviceIncome: f(a.serviceIncome),
        businessIncome: f(a.businessIncome),
        otherIncome: f(a.otherIncome),
      },
      incomeTotal: f(c.totals.incomeTotal),
      nonAppropriationBalanceUsed: f(c.totals.nonAppropriationBalanceUsed),
      openingBalance: f(c.totals.openingBalance),
      incomeGrandTotal: f(c.grandTotal),
      expenditureByClass: c
        .centralRows()
        .filter((r) => r.code.length === 3)
        .map((r) => ({ code: r.code, name: r.name, amounts: { total: f(c.itemTotal(r)) } })),
      expenditureTotal: f(c.totals.expenditureTotal),
      balanceDistribution: f(c.totals.balanceDistribution),
      closingBalance: f(c.closingBalance),
      expenditureGrandTotal: f(c.grandTotal),
    },
    appropriationSummary: {
      income: { generalBudget: f(a.appropriationIncome), governmentFund: f(zero), stateCapital: f(zero) },
      incomeTotal: f(a.appropriationIncome),
      openingBalance: { total: f(c.totals.appropriationOpening), generalBudget: f(c.totals.appropriationOpening) },
      incomeGrandTotal: f(c.appropriationGrandTotal),
      expenditureByClass: c
        .centralRows()
        .filter((r) => r.code.length === 3)
        .map((r) => ({ code: r.code, name: r.name, amounts: { total: f(c.itemAppropriation(r)), generalBudget: f(c.itemAppropriation(r)) } })),
      expenditureTotal: { total: f(c.itemAppropriation(a)), generalBudget: f(c.itemAppropriation(a)) },
      closingBalance: { total: f(c.totals.appropriationClosing), generalBudget: f(c.totals.appropriationClosing) },
      expenditureGrandTotal: f(c.appropriationGrandTotal),
    },
    generalBudgetExpenditure: {
      total: { total: f(c.itemAppropriation(a)), basic: f(a.basic), project: f(a.project) },
      rows: c.centralRows().map((r) => ({
        code: r.code,
        name: r.name,
        level: level(r.code),
        amounts: { total: f(c.itemAppropriation(r)), basic: f(r.basic), project: f(r.project) },
      })),
    },
    basicExpenditureByEconomic: {
      rows: [...economic(c.personnelEconomic, "personnel"), ...economic(c.publicEconomic, "public")],
      personnelTotal: f(c.personnelTotal),
      publicTotal: f(c.publicTotal),
    },
    threePublicTable: {
      layout: "vertical",
      budget: Object.fromEntries(kinds.map((k) => [k, f(c.threePublic.budget[k])])),
      actual: Object.fromEntries(kinds.map((k) => [k, f(c.threePublic.actual[k])])),
    },
    supplement: c.centralSupplement(),
  };
}
