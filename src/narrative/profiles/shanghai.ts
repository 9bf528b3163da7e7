/**
 * 上海市部门决算 (official 2024 template): 第一部分 概况, 第二部分 the nine tables, 第三部分 情况说明
 * 一 … 十一, 第四部分 名词解释 (eleven terms). 万元 with two decimals and no thousands separators in
 * the running text, percentages to two decimals, "与2023年度相比", "年初预算为A万元，支出决算为B万元，
 * 完成年初预算的R%" and every 项 line by line; kinds that are zero are not listed (不涉及的不列).
 */
import { STANDARD_CHARTS } from "../../charts";
import { SHANGHAI as T } from "../templates/shanghai";
import { BASE_KEY_SET, VEHICLE_KIND_KEYS } from "../../tables/supplement";
import { NAME_VARIANTS } from "../../tables";
import type { RegionProfile } from "./types";

export const SHANGHAI_PROFILE: RegionProfile = {
  id: "shanghai",
  name: "上海市（2024年模板，万元）",
  aliases: [],
  conventions: {
    amountUnit: "wanYuan",
    amountDecimals: 2,
    thousands: false,
    percentDecimals: 2,
    bareWhole: false,
    zeroAmount: "0{unit}",
    zeroPercent: "0%",
    priorYearWording: "与上年度相比",
    budgetStyle: "completion",
    detailLevel: "item",
    omitZeroKinds: true,
  },
  sections: [
    { kind: "shOverview" },
    { kind: "shTableList" },
    { kind: "shPart3Heading" },
    { kind: "shOverall" },
    { kind: "shIncome" },
    { kind: "shExpenditure" },
    { kind: "shAppropriation" },
    { kind: "shGeneralBudget" },
    { kind: "shBasic" },
    { kind: "shThreePublic" },
    { kind: "shGovernmentFund" },
    { kind: "shStateCapital" },
    { kind: "shPerformance" },
    { kind: "shOther" },
    { kind: "shTerms" },
  ],
  templates: { shanghai: T },
  tables: [
    "incomeExpenditureSummary",
    "incomeTable",
    "expenditureTable",
    "appropriationSummary",
    "generalBudgetExpenditure",
    "basicExpenditureByEconomic",
    "threePublicTable",
    "governmentFundTable",
    "stateCapitalTable",
  ],
  tableNames: { stateCapitalTable: NAME_VARIANTS.stateCapitalWithIncome.name },
  // Our own words, following the template's list of eleven terms.
  terms: [
    {
      term: "财政拨款收入",
      definition:
        "单位在本年度从同级财政部门取得的拨款，分为一般公共预算、政府性基金预算和国有资本经营预算三类财政拨款。",
    },
    { term: "事业收入", definition: "事业单位开展专业业务活动及其辅助活动所取得的收入。" },
    {
      term: "经营收入",
      definition: "事业单位在专业业务活动及其辅助活动以外，开展非独立核算的经营活动所取得的收入。",
    },
    { term: "其他收入", definition: "单位取得的财政拨款收入、事业收入、经营收入等以外的各项收入。" },
    {
      term: "年初结转和结余",
      definition: "以前年度未执行完毕、结转到本年度并按有关规定继续使用的资金。",
    },
    {
      term: "年末结转和结余",
      definition:
        "本年度或以前年度已安排预算、因客观情况变化未能按原计划执行完毕，需要留待以后年度按规定继续使用的资金。",
    },
    { term: "基本支出", definition: "单位为维持机构正常运转、完成日常工作任务而发生的各项支出。" },
    {
      term: "项目支出",
      definition: "单位在基本支出以外，为完成特定的行政工作任务或事业发展目标而发生的各项支出。",
    },
    {
      term: "经营支出",
      definition: "事业单位在专业业务活动及其辅助活动以外，开展非独立核算的经营活动所发生的支出。",
    },
    {
      term: "“三公”经费",
      definition:
        "单位使用本级财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。因公出国（境）费是因公出国（境）发生的国际旅费、国外城市间交通费、住宿费、伙食费、培训费和公杂费等；公务用车购置及运行维护费是公务用车的购置（含报废更新）费用，以及公务用车日常使用发生的燃料、维修、过路过桥和保险等费用；公务接待费是单位按规定接待来访公务人员（含外宾）发生的住宿、交通、伙食等费用。",
    },
    {
      term: "机关运行经费",
      definition:
        "行政单位和参照公务员法管理的事业单位用一般公共预算财政拨款安排的基本支出中的日常公用经费支出。",
    },
  ],
  detect: {
    names: [/上海市/],
    nameLabel: "上海市",
    titles: [new RegExp(NAME_VARIANTS.stateCapitalWithIncome.name)],
  },
  // Read with figures, as several provinces print them.
  charts: { enabledByDefault: true, charts: STANDARD_CHARTS },
  priority: 2,
  supplementKeys: {
    priorYear: [
      ...BASE_KEY_SET.priorYear,
      "threePublicTotal",
      "threePublicOverseasTravel",
      "threePublicOfficialVehicles",
      "threePublicOfficialReception",
    ],
    counts: [
      "vehiclesHeld",
      "vehiclesPurchased",
      "overseasGroups",
      "overseasPersons",
      "receptionBatches",
      "receptionPersons",
      "receptionForeignBatches",
      "receptionForeignPersons",
      ...VEHICLE_KIND_KEYS,
      "perfTargetProjects",
      "perfTrackedProjects",
      "perfSelfEvaluatedProjects",
      "perfAverageScore",
      "perfRatedExcellent",
      "perfRatedGood",
      "perfRatedPass",
      "perfRatedFail",
      "perfIssuesFound",
      "perfIssuesFixed",
      "perfIssuesFixing",
    ],
    texts: [
      "duties",
      "units",
      "overseasPurpose",
      "vehiclePurchasePurpose",
      "vehicleOperationPurpose",
      "receptionPurpose",
      "perfSystems",
      "perfMechanism",
    ],
    amounts: [
      "receptionForeign",
      "procurementTotal",
      "procurementGoods",
      "procurementWorks",
      "procurementServices",
      "smeReserved",
      "microReserved",
      "smeAwardedReserved",
      "microAwardedReserved",
      "smeAwardedOther",
      "perfTargetBudget",
      "perfTrackedBudget",
      "perfSelfEvaluatedBudget",
    ],
    purposes: true,
  },
};
