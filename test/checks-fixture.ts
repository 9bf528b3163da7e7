/**
 * A hand-built, fully consistent FinalAccounts (元) for the checks tests: every identity holds.
 * Each call builds a fresh object, so a test may break one figure freely.
 */
import { Dec, type Unit } from "../src/core";
import type { FinalAccounts, Figure } from "../src/tables/model";
import { emptySupplement } from "../src/tables/supplement";

export { emptySupplement };

/** The sheet names the fixture's cell addresses use. */
export const S = "收入支出决算总表";
export const I = "收入决算表";
export const E = "支出决算表";
export const A = "财政拨款收入支出决算总表";
export const G = "一般公共预算财政拨款支出决算表";
export const B = "一般公共预算财政拨款基本支出决算表";
export const P = "一般公共预算财政拨款项目支出决算表";
export const GF = "政府性基金预算财政拨款收入支出决算表";
export const GFB = "政府性基金预算财政拨款基本支出决算表";
export const SC = "国有资本经营预算财政拨款支出决算表";
export const T = '财政拨款"三公"经费支出决算表';
export const PR = "政府采购情况表";
export const PS = "政府购买服务决算公开情况表";

/** fig("收入支出决算总表!C7", "1000.50") */
export function fig(cell: string, value: string, unit: Unit = "yuan"): Figure {
  return { value: new Dec(value), cells: [cell], sourceUnit: unit };
}

export function consistentAccounts(unit: Unit = "yuan"): FinalAccounts {
  const f = (cell: string, value: string) => fig(cell, value, unit);
  return {
    year: 2023,
    department: "示例单位",
    tables: [],
    incomeExpenditureSummary: {
      income: {
        generalBudget: f(`${S}!C7`, "1000.50"),
        governmentFund: f(`${S}!C8`, "200"),
        stateCapital: f(`${S}!C9`, "0"),
        superiorSubsidy: f(`${S}!C10`, "0"),
        serviceIncome: f(`${S}!C11`, "0"),
        businessIncome: f(`${S}!C12`, "0"),
        affiliateRemittance: f(`${S}!C13`, "0"),
        otherIncome: f(`${S}!C14`, "99.50"),
      },
      incomeTotal: f(`${S}!C15`, "1300"),
      nonAppropriationBalanceUsed: f(`${S}!C16`, "0"),
      openingBalance: f(`${S}!C17`, "100"),
      incomeGrandTotal: f(`${S}!C18`, "1400"),
      expenditureByClass: [
        { code: null, name: "一、科学技术支出", amounts: { total: f(`${S}!F7`, "900") } },
        { code: null, name: "二、社会保障和就业支出", amounts: { total: f(`${S}!F8`, "300") } },
      ],
      expenditureTotal: f(`${S}!F15`, "1200"),
      balanceDistribution: f(`${S}!F16`, "0"),
      closingBalance: f(`${S}!F17`, "200"),
      expenditureGrandTotal: f(`${S}!F18`, "1400"),
    },
    incomeTable: {
      total: { total: f(`${I}!E7`, "1300"), appropriation: f(`${I}!F7`, "1200.50"), otherIncome: f(`${I}!K7`, "99.50") },
      rows: [
        {
          code: "206",
          name: "科学技术支出",
          level: "class",
          amounts: { total: f(`${I}!E8`, "1000"), appropriation: f(`${I}!F8`, "900.50"), otherIncome: f(`${I}!K8`, "99.50") },
        },
        {
          code: "20601",
          name: "科学技术管理事务",
          level: "section",
          amounts: { total: f(`${I}!E9`, "1000"), appropriation: f(`${I}!F9`, "900.50"), otherIncome: f(`${I}!K9`, "99.50") },
        },
        {
          code: "2060101",
          name: "行政运行",
          level: "item",
          amounts: { total: f(`${I}!E10`, "1000"), appropriation: f(`${I}!F10`, "900.50"), otherIncome: f(`${I}!K10`, "99.50") },
        },
        { code: "208", name: "社会保障和就业支出", level: "class", amounts: { total: f(`${I}!E11`, "300"), appropriation: f(`${I}!F11`, "300") } },
        { code: "20805", name: "行政事业单位养老支出", level: "section", amounts: { total: f(`${I}!E12`, "300"), appropriation: f(`${I}!F12`, "300") } },
        { code: "2080505", name: "机关事业单位基本养老保险缴费支出", level: "item", amounts: { total: f(`${I}!E13`, "300"), appropriation: f(`${I}!F13`, "300") } },
      ],
    },
    expenditureTable: {
      total: { total: f(`${E}!E7`, "1200"), basic: f(`${E}!F7`, "400"), project: f(`${E}!G7`, "800") },
      rows: [
        { code: "206", name: "科学技术支出", level: "class", amounts: { total: f(`${E}!E8`, "900"), basic: f(`${E}!F8`, "300"), project: f(`${E}!G8`, "600") } },
        { code: "20601", name: "科学技术管理事务", level: "section", amounts: { total: f(`${E}!E9`, "900"), basic: f(`${E}!F9`, "300"), project: f(`${E}!G9`, "600") } },
        { code: "2060101", name: "行政运行", level: "item", amounts: { total: f(`${E}!E10`, "500"), basic: f(`${E}!F10`, "300"), project: f(`${E}!G10`, "200") } },
        { code: "2060102", name: "一般行政管理事务", level: "item", amounts: { total: f(`${E}!E11`, "400"), basic: f(`${E}!F11`, "0"), project: f(`${E}!G11`, "400") } },
        { code: "208", name: "社会保障和就业支出", level: "class", amounts: { total: f(`${E}!E12`, "300"), basic: f(`${E}!F12`, "100"), project: f(`${E}!G12`, "200") } },
        { code: "20805", name: "行政事业单位养老支出", level: "section", amounts: { total: f(`${E}!E13`, "300"), basic: f(`${E}!F13`, "100"), project: f(`${E}!G13`, "200") } },
      ],
    },
    appropriationSummary: {
      income: { generalBudget: f(`${A}!B7`, "1000.50"), governmentFund: f(`${A}!B8`, "200"), stateCapital: f(`${A}!B9`, "0") },
      incomeTotal: f(`${A}!B15`, "1200.50"),
      openingBalance: { total: f(`${A}!B16`, "50"), generalBudget: f(`${A}!B17`, "50"), governmentFund: f(`${A}!B18`, "0"), stateCapital: f(`${A}!B19`, "0") },
      incomeGrandTotal: f(`${A}!B21`, "1250.50"),
      expenditureByClass: [
        { code: "206", name: "科学技术支出", amounts: { total: f(`${A}!E7`, "850.50"), generalBudget: f(`${A}!F7`, "650.50"), governmentFund: f(`${A}!G7`, "200"), stateCapital: f(`${A}!H7`, "0") } },
        { code: "208", name: "社会保障和就业支出", amounts: { total: f(`${A}!E8`, "300"), generalBudget: f(`${A}!F8`, "300"), governmentFund: f(`${A}!G8`, "0"), stateCapital: f(`${A}!H8`, "0") } },
      ],
      expenditureTotal: { total: f(`${A}!E15`, "1150.50"), generalBudget: f(`${A}!F15`, "950.50"), governmentFund: f(`${A}!G15`, "200"), stateCapital: f(`${A}!H15`, "0") },
      closingBalance: { total: f(`${A}!E16`, "100"), generalBudget: f(`${A}!F16`, "100"), governmentFund: f(`${A}!G16`, "0"), stateCapital: f(`${A}!H16`, "0") },
      expenditureGrandTotal: f(`${A}!E21`, "1250.50"),
    },
    generalBudgetExpenditure: {
      total: { total: f(`${G}!C7`, "950.50"), basic: f(`${G}!D7`, "400"), project: f(`${G}!E7`, "550.50") },
      rows: [
        { code: "206", name: "科学技术支出", level: "class", amounts: { total: f(`${G}!C8`, "650.50"), basic: f(`${G}!D8`, "300"), project: f(`${G}!E8`, "350.50") } },
        { code: "20601", name: "科学技术管理事务", level: "section", amounts: { total: f(`${G}!C9`, "650.50"), basic: f(`${G}!D9`, "300"), project: f(`${G}!E9`, "350.50") } },
        { code: "2060101", name: "行政运行", level: "item", amounts: { total: f(`${G}!C10`, "500"), basic: f(`${G}!D10`, "300"), project: f(`${G}!E10`, "200") } },
        { code: "2060102", name: "一般行政管理事务", level: "item", amounts: { total: f(`${G}!C11`, "150.50"), basic: f(`${G}!D11`, "0"), project: f(`${G}!E11`, "150.50") } },
        { code: "208", name: "社会保障和就业支出", level: "class", amounts: { total: f(`${G}!C12`, "300"), basic: f(`${G}!D12`, "100"), project: f(`${G}!E12`, "200") } },
        { code: "20805", name: "行政事业单位养老支出", level: "section", amounts: { total: f(`${G}!C13`, "300"), basic: f(`${G}!D13`, "100"), project: f(`${G}!E13`, "200") } },
      ],
    },
    basicExpenditureByEconomic: {
      rows: [
        { code: "301", name: "工资福利支出", level: "class", group: "personnel", actual: f(`${B}!C7`, "250") },
        { code: "30101", name: "基本工资", level: "section", group: "personnel", actual: f(`${B}!C8`, "200") },
        { code: "30102", name: "津贴补贴", level: "section", group: "personnel", actual: f(`${B}!C9`, "50") },
        { code: "303", name: "对个人和家庭的补助", level: "class", group: "personnel", actual: f(`${B}!C10`, "50") },
        { code: "30302", name: "退休费", level: "section", group: "personnel", actual: f(`${B}!C11`, "50") },
        { code: "302", name: "商品和服务支出", level: "class", group: "public", actual: f(`${B}!F7`, "100") },
        { code: "30201", name: "办公费", level: "section", group: "public", actual: f(`${B}!F8`, "60") },
        { code: "30205", name: "水费", level: "section", group: "public", actual: f(`${B}!F9`, "40") },
      ],
      personnelTotal: f(`${B}!C20`, "300"),
      publicTotal: f(`${B}!F20`, "100"),
      total: f(`${B}!C21`, "400"),
    },
    projectExpenditureByEconomic: {
      rows: [
        { code: "302", name: "商品和服务支出", level: "class", group: null, actual: f(`${P}!C7`, "300") },
        { code: "30201", name: "办公费", level: "section", group: null, actual: f(`${P}!C8`, "300") },
        { code: "310", name: "资本性支出", level: "class", group: null, actual: f(`${P}!C9`, "250.50") },
        { code: "31002", name: "办公设备购置", level: "section", group: null, actual: f(`${P}!C10`, "250.50") },
      ],
      total: f(`${P}!C6`, "550.50"),
    },
    governmentFundTable: {
      total: {
        openingBalance: f(`${GF}!C7`, "0"),
        income: f(`${GF}!D7`, "200"),
        total: f(`${GF}!E7`, "200"),
        basic: f(`${GF}!F7`, "0"),
        project: f(`${GF}!G7`, "200"),
        closingBalance: f(`${GF}!H7`, "0"),
      },
      rows: [
        { code: "229", name: "其他支出", level: "class", amounts: { total: f(`${GF}!E8`, "200"), basic: f(`${GF}!F8`, "0"), project: f(`${GF}!G8`, "200") } },
        { code: "22904", name: "其他政府性基金及对应专项债务收入安排的支出", level: "section", amounts: { total: f(`${GF}!E9`, "200"), basic: f(`${GF}!F9`, "0"), project: f(`${GF}!G9`, "200") } },
      ],
    },
    governmentFundBasicExpenditure: { rows: [], total: f(`${GFB}!C6`, "0") },
    stateCapitalTable: { total: { total: f(`${SC}!C7`, "0"), basic: f(`${SC}!D7`, "0"), project: f(`${SC}!E7`, "0") }, rows: [] },
    threePublicTable: {
      layout: "horizontal",
      budget: {
        total: f(`${T}!A7`, "100"),
        overseasTravel: f(`${T}!B7`, "0"),
        officialVehicles: f(`${T}!C7`, "60"),
        vehiclePurchase: f(`${T}!D7`, "0"),
        vehicleOperation: f(`${T}!E7`, "60"),
        officialReception: f(`${T}!F7`, "40"),
      },
      actual: {
        total: f(`${T}!G7`, "80.25"),
        overseasTravel: f(`${T}!H7`, "0"),
        officialVehicles: f(`${T}!I7`, "50.25"),
        vehiclePurchase: f(`${T}!J7`, "0"),
        vehicleOperation: f(`${T}!K7`, "50.25"),
        officialReception: f(`${T}!L7`, "30"),
      },
    },
    procurementTable: {
      total: f(`${PR}!B6`, "500"),
      goods: f(`${PR}!C6`, "200"),
      works: f(`${PR}!D6`, "100"),
      services: f(`${PR}!E6`, "200"),
      smeContracts: f(`${PR}!F6`, "400"),
      microSmallContracts: f(`${PR}!G6`, "300"),
    },
    purchasedServicesTable: {
      total: f(`${PS}!C6`, "150"),
      rows: [
        { name: "信息系统运维", amount: f(`${PS}!C7`, "100") },
        { name: "课题研究", amount: f(`${PS}!C8`, "50") },
      ],
    },
    supplement: emptySupplement(),
  };
}
