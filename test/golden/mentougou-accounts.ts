/**
 * The Mentougou final accounts built by hand from the sample's facts (no table reader involved), so the
 * narrative engine can be tested on its own. The golden test also runs the real reader on the sheets.
 */
import { Dec, type Dec as DecT } from "../../src/core";
import type {
  CodedRow,
  EconomicRow,
  Figure,
  FinalAccounts,
  GeneralBudgetColumn,
} from "../../src/tables/model";
import * as M from "../../examples/src/mentougou-kexin-2023";

const Z = new Dec(0);
let cellNo = 0;
/** A figure with a synthetic provenance cell, so figure runs always carry sources. */
function f(value: DecT, sheet = "表"): Figure {
  cellNo++;
  return { value, cells: [`${sheet}!X${cellNo}`], sourceUnit: "yuan" };
}

export function mentougouAccountsByHand(): FinalAccounts {
  cellNo = 0;
  const rows: CodedRow<GeneralBudgetColumn>[] = M.functionalRows().map((l) => ({
    code: l.code,
    name: l.name,
    level: l.code.length === 3 ? "class" : "section",
    amounts: {
      total: f(l.basic.plus(l.project), "一般公共预算财政拨款支出决算表"),
      basic: f(l.basic, "一般公共预算财政拨款支出决算表"),
      project: f(l.project, "一般公共预算财政拨款支出决算表"),
    },
  }));
  const econ = (lines: M.EconomicLine[], sheet: string): EconomicRow[] =>
    lines.map((l) => ({
      code: l.code,
      name: l.name,
      level: "class",
      group: null,
      actual: f(l.actual, sheet),
    }));
  const tp = M.threePublic;
  const inc = M.income;
  return {
    year: M.MENTOUGOU_YEAR,
    department: M.MENTOUGOU_DEPARTMENT,
    tables: [],
    incomeExpenditureSummary: {
      income: {
        generalBudget: f(inc.generalBudget),
        governmentFund: f(inc.governmentFund),
        stateCapital: f(inc.stateCapital),
        superiorSubsidy: f(inc.superiorSubsidy),
        serviceIncome: f(inc.serviceIncome),
        businessIncome: f(inc.businessIncome),
        affiliateRemittance: f(inc.affiliateRemittance),
        otherIncome: f(inc.otherIncome),
      },
      incomeTotal: f(M.incomeTotal),
      openingBalance: f(M.openingBalance),
      incomeGrandTotal: f(M.grandTotal),
      expenditureByClass: [],
      expenditureTotal: f(M.expenditureTotal),
      closingBalance: f(M.closingBalance),
      expenditureGrandTotal: f(M.grandTotal),
    },
    expenditureTable: {
      total: {
        total: f(M.expenditureTotal),
        basic: f(M.basicTotal),
        project: f(M.projectTotal),
        remittanceToSuperior: f(Z),
        businessExpenditure: f(Z),
        affiliateSubsidy: f(Z),
      },
      rows: [],
    },
    appropriationSummary: {
      income: { generalBudget: f(inc.generalBudget) },
      incomeTotal: f(inc.generalBudget),
      openingBalance: { total: f(M.appropriationOpeningBalance) },
      incomeGrandTotal: f(M.appropriationGrandTotal),
      expenditureByClass: [],
      expenditureTotal: { total: f(M.generalBudgetExpenditure) },
      closingBalance: { total: f(Z) },
      expenditureGrandTotal: f(M.appropriationGrandTotal),
    },
    generalBudgetExpenditure: {
      total: {
        total: f(M.generalBudgetExpenditure),
        basic: f(M.basicTotal),
        project: f(M.appropriationProjectTotal),
      },
      rows,
    },
    basicExpenditureByEconomic: {
      rows: econ([...M.basicPersonnel, ...M.basicPublic], "基本支出决算表"),
      total: f(M.basicTotal),
    },
    projectExpenditureByEconomic: {
      rows: econ(M.projectEconomic, "项目支出决算表"),
      total: f(M.appropriationProjectTotal),
    },
    governmentFundTable: { total: {}, rows: [] },
    governmentFundBasicExpenditure: { rows: [] },
    stateCapitalTable: { total: {}, rows: [] },
    threePublicTable: {
      layout: "horizontal",
      budget: Object.fromEntries(Object.entries(tp.budget).map(([k, v]) => [k, f(v, "三公经费表")])),
      actual: Object.fromEntries(Object.entries(tp.actual).map(([k, v]) => [k, f(v, "三公经费表")])),
    },
    procurementTable: {
      total: f(M.procurement.total),
      goods: f(M.procurement.goods),
      works: f(M.procurement.works),
      services: f(M.procurement.services),
      smeContracts: f(M.procurement.smeContracts),
      microSmallContracts: f(M.procurement.microSmallContracts),
    },
    purchasedServicesTable: { total: f(Z), rows: [] },
    supplement: M.mentougouSupplement(),
  };
}
