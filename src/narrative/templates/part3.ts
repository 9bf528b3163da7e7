/**
 * 第三部分 其他重要事项的情况说明 and 第四部分 — sentence templates (syntax: ../template.ts).
 */
import { COMPLETION_REASON, REASON, VS_PRIOR } from "./part2";

/** Against the initial budget as the "三公" lines say it: "比年初预算数126,000.00元，减少…，下降…%". */
export const VS_BUDGET_AMOUNT =
  "{dir, select, up {比年初预算数{base}，增加{change}，增长{rate}} down {比年初预算数{base}，减少{change}，下降{rate}} flat {与年初预算持平} other {比年初预算数{change}}}";

/** The "三公" total: "比年初预算140,987.00元，减少96,455.40元，下降68.4%". */
export const VS_BUDGET_TOTAL =
  "{dir, select, up {比年初预算{base}，增加{change}，增长{rate}} down {比年初预算{base}，减少{change}，下降{rate}} flat {与年初预算持平} other {比年初预算{change}}}";

export const PART3 = {
  partHeading: "第三部分 {yearLabel}其他重要事项的情况说明",

  threePublicHeading: "一、“三公”经费财政拨款决算情况",
  scopeHeading: "（一）“三公”经费的单位范围",
  scope:
    "本部门“三公”经费预算支出单位包括所属{administrative}个行政单位、{civilServant}个参照公务员法管理事业单位、{institutions}个事业单位。",
  totalHeading: "（二）“三公”经费财政拨款决算情况说明",
  total: `{yearLabel}“三公”经费财政拨款决算数{amount}，${VS_BUDGET_TOTAL}。${REASON}其中：`,
  totalCompletion: `{yearLabel}“三公”经费财政拨款支出预算为{base}，支出决算为{amount}{hasRate, select, yes {，完成预算的{completion}} other {}}。${COMPLETION_REASON}其中：`,

  overseasHeading: "1.因公出国（境）费用",
  receptionHeading: "2.公务接待费",
  vehiclesHeading: "3.公务用车购置及运行维护费",
  kind: `{yearLabel}决算数{amount}，${VS_BUDGET_AMOUNT}。${REASON}{hasChildren, select, yes {其中：} other {}}`,
  kindCompletion: `{yearLabel}支出预算为{base}，支出决算为{amount}{hasRate, select, yes {，完成预算的{completion}} other {}}。${COMPLETION_REASON}{hasChildren, select, yes {其中：} other {}}`,
  overseasDetail:
    "{hasPurpose, select, yes {因公出国（境）费用主要用于{purpose}，} sentence {{purpose}} other {}}组织因公出国（境）团组{groups}个、{persons}人次，人均因公出国（境）费用{perPerson}。",
  /** No trips: no per-person figure (there is nothing to divide). */
  overseasDetailNone:
    "{hasPurpose, select, yes {因公出国（境）费用主要用于{purpose}，} sentence {{purpose}} other {}}全年未组织因公出国（境）团组。",
  receptionDetail:
    "{hasPurpose, select, yes {公务接待费主要用于{purpose}。} sentence {{purpose}} other {}}公务接待{batches}批次、{persons}人次。",
  vehiclePurchase: `公务用车购置费决算数{amount}，${VS_BUDGET_AMOUNT}。${REASON}购置（更新）{count}辆，车均购置费{perUnit}。`,
  vehiclePurchaseNone: `公务用车购置费决算数{amount}，${VS_BUDGET_AMOUNT}。${REASON}本年度未购置（更新）公务用车。`,
  vehiclePurchaseCompletionNone: `公务用车购置费支出预算为{base}，支出决算为{amount}{hasRate, select, yes {，完成预算的{completion}} other {}}。${COMPLETION_REASON}本年度未购置（更新）公务用车。`,
  vehiclePurchaseCompletion: `公务用车购置费支出预算为{base}，支出决算为{amount}{hasRate, select, yes {，完成预算的{completion}} other {}}。${COMPLETION_REASON}购置（更新）{count}辆，车均购置费{perUnit}。`,
  vehicleOperation: `公务用车运行维护费决算数{amount}，${VS_BUDGET_AMOUNT}。${REASON}`,
  vehicleOperationCompletion: `公务用车运行维护费支出预算为{base}，支出决算为{amount}{hasRate, select, yes {，完成预算的{completion}} other {}}。${COMPLETION_REASON}`,
  vehicleBreakdown: "公务用车运行维护费中，{items}。",
  vehicleBreakdownItem: "{label}{amount}",
  vehicleBreakdownSeparator: "，",
  vehicleHolding: "{yearLabel}公务用车保有量{count}辆，车均运行维护费{perUnit}。",
  vehicleHoldingNone: "{yearLabel}公务用车保有量{count}辆。",

  agencyHeading: "二、机关运行经费支出情况",
  agency: `{yearLabel}使用一般公共预算财政拨款安排的基本支出中的日常公用经费支出，合计{amount}，${VS_PRIOR}。${REASON}`,

  procurementHeading: "三、政府采购支出情况",
  procurement:
    "{yearLabel}本部门政府采购支出总额{total}，其中：政府采购货物支出{goods}，政府采购工程支出{works}，政府采购服务支出{services}。",
  procurementSme:
    "授予中小企业合同金额{sme}，占政府采购支出总额的{smeShare}，其中：授予小微企业合同金额{micro}，占政府采购支出总额的{microShare}。",

  purchasedServicesHeading: "四、政府购买服务支出说明",
  purchasedServices: "{yearLabel}本部门政府购买服务支出{amount}，其中：{rows}。",
  purchasedServicesRow: "{name}{amount}",

  assetsHeading: "五、国有资产占用情况",
  assets:
    "{yearLabel}固定资产年末数总额{total}，其中：房屋面积{area}平方米，{buildingValue}；汽车{vehicles}辆，{vehicleValue}；单价50万元以上的专用设备{over500k}台（套）；单价100万元以上的专用设备{over1m}台（套）。",

  feesHeading: "六、行政事业性收费重点项目信息",
  feesDefault: "本部门不涉及行政事业性收费相关事项。",

  termsHeading: "七、专业名词解释",
  term: "{n}.{term}：{definition}",

  part4Heading: "第四部分 {yearLabel}部门绩效评价情况",
} as const;
