/**
 * The Mentougou model built straight from the source data (not from the sheets): what the sample
 * script needs to lay out its 补充信息 sheet before any reader exists. Figures carry no cells.
 * The tables helper's parser must produce the same numbers from mentougouSheets().
 */
import { Dec } from "../../src/core";
import type { EconomicTable, FinalAccounts, Figure, ThreePublicKind } from "../../src/tables/model";
import * as m from "./mentougou-kexin-2023";

const f = (value: Dec): Figure => ({ value, cells: [], sourceUnit: "yuan" });

function economic(lines: m.EconomicLine[], group: "personnel" | "public" | null): EconomicTable["rows"] {
  return lines.map((l) => ({ code: l.code, name: l.name, level: "class" as const, group, actual: f(l.actual) }));
}

export function mentougouAccounts(): FinalAccounts {
  const rows = m.functionalRows();
  const kinds = Object.keys(m.threePublic.actual) as ThreePublicKind[];
  return {
    year: m.MENTOUGOU_YEAR,
    department: m.MENTOUGOU_DEPARTMENT,
    tables: [],
    incomeExpenditureSummary: {
      income: Object.fromEntries(Object.entries(m.income).map(([k, v]) => [k, f(v)])),
      incomeTotal: f(m.incomeTotal),
      nonAppropriationBalanceUsed: f(m.nonAppropriationBalanceUsed),
      openingBalance: f(m.openingBalance),
      incomeGrandTotal: f(m.grandTotal),
      expenditureByClass: m.classRows().map((l) => ({ code: l.code, name: l.name, amounts: { total: f(m.lineTotal(l)) } })),
      expenditureTotal: f(m.expenditureTotal),
      balanceDistribution: f(m.balanceDistribution),
      closingBalance: f(m.closingBalance),
      expenditureGrandTotal: f(m.grandTotal),
    },
    appropriationSummary: {
      income: { generalBudget: f(m.income.generalBudget), governmentFund: f(new Dec(0)), stateCapital: f(new Dec(0)) },
      incomeTotal: f(m.income.generalBudget),
      openingBalance: { total: f(m.appropriationOpeningBalance), generalBudget: f(m.appropriationOpeningBalance) },
      incomeGrandTotal: f(m.appropriationGrandTotal),
      expenditureByClass: m
        .classRows()
        .map((l) => ({ code: l.code, name: l.name, amounts: { total: f(m.lineAppropriation(l)), generalBudget: f(m.lineAppropriation(l)) } })),
      expenditureTotal: { total: f(m.generalBudgetExpenditure), generalBudget: f(m.generalBudgetExpenditure) },
      closingBalance: { total: f(m.appropriationClosingBalance) },
      expenditureGrandTotal: f(m.appropriationGrandTotal),
    },
    generalBudgetExpenditure: {
      total: { total: f(m.generalBudgetExpenditure), basic: f(m.basicTotal), project: f(m.appropriationProjectTotal) },
      rows: rows.map((l) => ({
        code: l.code,
        name: l.name,
        level: l.code.length === 3 ? "class" : "section",
        amounts: { total: f(m.lineAppropriation(l)), basic: f(l.basic), project: f(l.project) },
      })),
    },
    basicExpenditureByEconomic: {
      rows: [...economic(m.basicPersonnel, "personnel"), ...economic(m.basicPublic, "public")],
      personnelTotal: f(m.personnelTotal),
      publicTotal: f(m.publicTotal),
    },
    projectExpenditureByEconomic: { rows: economic(m.projectEconomic, null), total: f(m.appropriationProjectTotal) },
    threePublicTable: {
      layout: "horizontal",
      budget: Object.fromEntries(kinds.map((k) => [k, f(m.threePublic.budget[k])])),
      actual: Object.fromEntries(kinds.map((k) => [k, f(m.threePublic.actual[k])])),
    },
    procurementTable: {
      total: f(m.procurement.total),
      goods: f(m.procurement.goods),
      works: f(m.procurement.works),
      services: f(m.procurement.services),
      smeContracts: f(m.procurement.smeContracts),
      microSmallContracts: f(m.procurement.microSmallContracts),
    },
    supplement: m.mentougouSupplement(),
  };
}
