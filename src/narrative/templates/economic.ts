/**
 * "包括…等支出" per 经济分类 类, as printed in 七、基本支出/项目支出 by 经济分类. The item lists are
 * the standard 款 names of the 政府支出经济分类 (部门). Overridable through settings.economicDescriptions.
 */
export const ECONOMIC_DESCRIPTIONS: Record<string, string> = {
  "301": "包括基本工资、津贴补贴、奖金、伙食补助费、绩效工资、其他社会保障缴费、其他工资福利等支出",
  "302":
    "包括办公费、印刷费、咨询费、手续费、水费、电费、邮电费、取暖费、物业管理费、差旅费、因公出国（境）费、维修（护）费、租赁费、会议费、培训费、公务接待费、专用材料费、劳务费、委托业务费、工会经费、福利费、公务用车运行维护费、其他交通费、其他商品和服务等支出",
  "303":
    "包括离休费、退休费、抚恤金、生活补助、救济费、医疗费补助、助学金、奖励金、其他对个人和家庭的补助等支出",
  "307": "包括国内债务付息、国外债务付息等支出",
  "309": "包括房屋建筑物购建、办公设备购置、专用设备购置、基础设施建设等支出",
  "310": "包括办公设备购置、专用设备购置等支出",
  "311": "包括对企业资本性支出等支出",
  "312": "包括资本金注入、费用补贴、利息补贴、其他对企业补助等支出",
  "313": "包括对社会保障基金补助等支出",
  "399": "包括赠与、国家赔偿费用、对民间非营利组织和群众性自治组织的补贴及其他各类支出",
};

/** 类 always listed in 七 (even at 0 = 0), as publishers do; others appear when they have figures. */
export const ALWAYS_LISTED_ECONOMIC_CLASSES = ["301", "302", "303", "310"];
