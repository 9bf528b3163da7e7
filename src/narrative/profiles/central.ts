/**
 * 中央部门决算说明: the Beijing outline in 万元 with two decimals, percentages to two decimals and
 * "年初预算为A万元，支出决算为B万元，完成年初预算的R%" down to every 项. Nine tables: 政府采购,
 * 政府购买服务 and the 项目支出 table are not part of the set, so their sections appear only when a
 * workbook has them.
 */
import { PART2 } from "../templates/part2";
import { PART3 } from "../templates/part3";
import { DEFAULT_TERMS } from "../templates/terms";
import { BEIJING } from "./beijing";
import type { RegionProfile } from "./types";

export const CENTRAL: RegionProfile = {
  id: "central",
  name: "中央部门（万元）",
  aliases: ["wanyuan-2dp"],
  conventions: {
    amountUnit: "wanYuan",
    amountDecimals: 2,
    thousands: true,
    percentDecimals: 2,
    bareWhole: false,
    // Zero in the same two-decimal form as every other figure: "0.00万元", "0.00%".
    zeroAmount: "0.00{unit}",
    zeroPercent: null,
    priorYearWording: "比上年",
    budgetStyle: "completion",
    detailLevel: "item",
    omitZeroKinds: false,
  },
  sections: BEIJING.sections,
  templates: { part2: PART2, part3: PART3 },
  tables: [
    "incomeExpenditureSummary",
    "incomeTable",
    "expenditureTable",
    "appropriationSummary",
    "generalBudgetExpenditure",
    "basicExpenditureByEconomic",
    "governmentFundTable",
    "stateCapitalTable",
    "threePublicTable",
  ],
  terms: DEFAULT_TERMS,
  detect: {
    names: [/^(?:中华人民共和国|国家|中国|中共中央|中央|全国|国务院)/],
    nameLabel: "中央部门名称（国家…、中国…、中华人民共和国…）",
  },
  priority: 1,
};
