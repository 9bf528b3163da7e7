/**
 * THE Mentougou model: the final accounts built straight from the source data (not from the sheets),
 * used by the sample script (to lay out its 补充信息 sheet before any reader exists), the narrative
 * golden (which checks that this model and the reader on the sheets give the same numeric text), the
 * tables test (figure by figure against the reader) and the proofreading tests.
 *
 * Every table figure carries one synthetic provenance cell, `<table>!X<n>` numbered in build order, so
 * figure runs always have a source; the reader's real addresses are tested in test/tables.test.ts.
 * The supplement is the sample's facts as the product lays them out; each of its figures, counts and
 * texts gets a synthetic cell `补充信息!X<n>` the same way.
 */
import { Dec } from "../../src/core";
import type { EconomicTable, FinalAccounts, Figure, Supplement, ThreePublicKind } from "../../src/tables/model";
import * as m from "./mentougou-kexin-2023";

const Z = new Dec(0);
const SUMMARY = "收入支出决算总表";
const EXPENDITURE = "支出决算表";
const APPROPRIATION = "财政拨款收入支出决算总表";
const GENERAL = "一般公共预算财政拨款支出决算表";
const BASIC = "基本支出决算表";
const PROJECT = "项目支出决算表";
const THREE_PUBLIC = "三公经费表";
const PROCUREMENT = "政府采购情况表";

export function mentougouAccounts(): FinalAccounts {
  let cellNo = 0;
  /** A figure in 元 with its synthetic provenance cell. */
  const f = (value: Dec, sheet: string): Figure => ({ value, cells: [`${sheet}!X${++cellNo}`], sourceUnit: "yuan" });
  const economic = (lines: m.EconomicLine[], group: "personnel" | "public" | null, sheet: string): EconomicTable["rows"] =>
    lines.map((l) => ({ code: l.code, name: l.name, level: "class" as const, group, actual: f(l.actual, sheet) }));
  const rows = m.functionalRows();
  const kinds = Object.keys(m.threePublic.actual) as ThreePublicKind[];
  return {
    year: m.MENTOUGOU_YEAR,
    department: m.MENTOUGOU_DEPARTMENT,
    tables: [],
    incomeExpenditureSummary: {
      income: Object.fromEntries(Object.entries(m.income).map(([k, v]) => [k, f(v, SUMMARY)])),
      incomeTotal: f(m.incomeTotal, SUMMARY),
      nonAppropriationBalanceUsed: f(m.nonAppropriationBalanceUsed, SUMMARY),
      openingBalance: f(m.openingBalance, SUMMARY),
      incomeGrandTotal: f(m.grandTotal, SUMMARY),
      expenditureByClass: m
        .classRows()
        .map((l) => ({ code: l.code, name: l.name, amounts: { total: f(m.lineTotal(l), SUMMARY) } })),
      expenditureTotal: f(m.expenditureTotal, SUMMARY),
      balanceDistribution: f(m.balanceDistribution, SUMMARY),
      closingBalance: f(m.closingBalance, SUMMARY),
      expenditureGrandTotal: f(m.grandTotal, SUMMARY),
    },
    expenditureTable: {
      total: {
        total: f(m.expenditureTotal, EXPENDITURE),
        basic: f(m.basicTotal, EXPENDITURE),
        project: f(m.projectTotal, EXPENDITURE),
        remittanceToSuperior: f(Z, EXPENDITURE),
        businessExpenditure: f(Z, EXPENDITURE),
        affiliateSubsidy: f(Z, EXPENDITURE),
      },
      rows: rows.map((l) => ({
        code: l.code,
        name: l.name,
        level: l.code.length === 3 ? "class" : "section",
        amounts: {
          total: f(m.lineTotal(l), EXPENDITURE),
          basic: f(l.basic, EXPENDITURE),
          project: f(l.project.plus(l.otherProject), EXPENDITURE),
          remittanceToSuperior: f(Z, EXPENDITURE),
          businessExpenditure: f(Z, EXPENDITURE),
          affiliateSubsidy: f(Z, EXPENDITURE),
        },
      })),
    },
    appropriationSummary: {
      income: {
        generalBudget: f(m.income.generalBudget, APPROPRIATION),
        governmentFund: f(Z, APPROPRIATION),
        stateCapital: f(Z, APPROPRIATION),
      },
      incomeTotal: f(m.income.generalBudget, APPROPRIATION),
      openingBalance: {
        total: f(m.appropriationOpeningBalance, APPROPRIATION),
        generalBudget: f(m.appropriationOpeningBalance, APPROPRIATION),
      },
      incomeGrandTotal: f(m.appropriationGrandTotal, APPROPRIATION),
      expenditureByClass: m.classRows().map((l) => ({
        code: l.code,
        name: l.name,
        amounts: { total: f(m.lineAppropriation(l), APPROPRIATION), generalBudget: f(m.lineAppropriation(l), APPROPRIATION) },
      })),
      expenditureTotal: {
        total: f(m.generalBudgetExpenditure, APPROPRIATION),
        generalBudget: f(m.generalBudgetExpenditure, APPROPRIATION),
      },
      closingBalance: { total: f(m.appropriationClosingBalance, APPROPRIATION) },
      expenditureGrandTotal: f(m.appropriationGrandTotal, APPROPRIATION),
    },
    generalBudgetExpenditure: {
      total: {
        total: f(m.generalBudgetExpenditure, GENERAL),
        basic: f(m.basicTotal, GENERAL),
        project: f(m.appropriationProjectTotal, GENERAL),
      },
      rows: rows.map((l) => ({
        code: l.code,
        name: l.name,
        level: l.code.length === 3 ? "class" : "section",
        amounts: { total: f(m.lineAppropriation(l), GENERAL), basic: f(l.basic, GENERAL), project: f(l.project, GENERAL) },
      })),
    },
    basicExpenditureByEconomic: {
      rows: [...economic(m.basicPersonnel, "personnel", BASIC), ...economic(m.basicPublic, "public", BASIC)],
      personnelTotal: f(m.personnelTotal, BASIC),
      publicTotal: f(m.publicTotal, BASIC),
    },
    projectExpenditureByEconomic: {
      rows: economic(m.projectEconomic, null, PROJECT),
      total: f(m.appropriationProjectTotal, PROJECT),
    },
    governmentFundTable: {
      total: { total: f(Z, "政府性基金表"), basic: f(Z, "政府性基金表"), project: f(Z, "政府性基金表") },
      rows: [],
    },
    governmentFundBasicExpenditure: { rows: [] },
    stateCapitalTable: {
      total: { total: f(Z, "国有资本经营表"), basic: f(Z, "国有资本经营表"), project: f(Z, "国有资本经营表") },
      rows: [],
    },
    threePublicTable: {
      layout: "horizontal",
      budget: Object.fromEntries(kinds.map((k) => [k, f(m.threePublic.budget[k], THREE_PUBLIC)])),
      actual: Object.fromEntries(kinds.map((k) => [k, f(m.threePublic.actual[k], THREE_PUBLIC)])),
    },
    procurementTable: {
      total: f(m.procurement.total, PROCUREMENT),
      goods: f(m.procurement.goods, PROCUREMENT),
      works: f(m.procurement.works, PROCUREMENT),
      services: f(m.procurement.services, PROCUREMENT),
      smeContracts: f(m.procurement.smeContracts, PROCUREMENT),
      microSmallContracts: f(m.procurement.microSmallContracts, PROCUREMENT),
    },
    purchasedServicesTable: { total: f(Z, "政府购买服务表"), rows: [] },
    supplement: withCells(m.mentougouSupplement(), (sheet) => `${sheet}!X${++cellNo}`),
  };
}

/** Gives every cell-less figure, count and text of the supplement one synthetic cell, in key order. */
function withCells(supplement: Supplement, cell: (sheet: string) => string): Supplement {
  const sheet = supplement.sheet ?? "补充信息";
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(walk);
      return;
    }
    if (typeof node !== "object" || node === null || node instanceof Dec) return;
    const o = node as Record<string, unknown>;
    if (Array.isArray(o.cells) && o.cells.length === 0) o.cells.push(cell(sheet));
    Object.values(o).forEach(walk);
  };
  walk(supplement);
  return supplement;
}
