/**
 * 北京市区级部门决算说明 (the Mentougou reference's form): 第二部分 部门决算说明 一 … 七, 第三部分
 * 其他重要事项 一 … 七 (名词解释 inside), 第四部分 绩效评价. Amounts in 元 to the fen with thousands
 * separators, percentages to one decimal, "比上年增加…"; lines compared with "比2023年年初预算增加…".
 */
import { PART2 } from "../templates/part2";
import { PART3 } from "../templates/part3";
import { DEFAULT_TERMS } from "../templates/terms";
import type { RegionProfile } from "./types";

export const BEIJING: RegionProfile = {
  id: "beijing",
  name: "北京市（区级部门，元）",
  aliases: ["yuan-1dp"],
  conventions: {
    amountUnit: "yuan",
    amountDecimals: 2,
    thousands: true,
    percentDecimals: 1,
    bareWhole: true,
    zeroAmount: "0{unit}",
    zeroPercent: "0%",
    priorYearWording: "比上年",
    budgetStyle: "change",
    detailLevel: "section",
    omitZeroKinds: false,
  },
  sections: [
    { kind: "part2Heading" },
    { kind: "basicInfo" },
    { kind: "overall" },
    { kind: "appropriation" },
    { kind: "generalBudget" },
    { kind: "governmentFund" },
    { kind: "stateCapital" },
    { kind: "economic" },
    { kind: "part3Heading" },
    { kind: "threePublic" },
    { kind: "agencyOperatingCost" },
    { kind: "procurement" },
    { kind: "purchasedServices" },
    { kind: "assets" },
    { kind: "fees" },
    { kind: "terms" },
    { kind: "part4Performance" },
  ],
  templates: { part2: PART2, part3: PART3 },
  tables: [
    "incomeExpenditureSummary",
    "incomeTable",
    "expenditureTable",
    "appropriationSummary",
    "generalBudgetExpenditure",
    "basicExpenditureByEconomic",
    "projectExpenditureByEconomic",
    "governmentFundTable",
    "stateCapitalTable",
    "threePublicTable",
    "procurementTable",
    "purchasedServicesTable",
  ],
  terms: DEFAULT_TERMS,
  detect: {
    names: [/北京市/],
    nameLabel: "北京市",
    tablesPresent: ["procurementTable", "purchasedServicesTable", "projectExpenditureByEconomic"],
  },
  priority: 0,
};
