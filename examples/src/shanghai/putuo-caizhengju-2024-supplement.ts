/**
 * 补充信息 of the 普陀区财政局 2024 sample: the figures its published 情况说明 gives beyond the nine
 * tables (prior-year totals, 项 budgets, 预算绩效, 政府采购, vehicles, equipment), carried over as
 * figures and short facts. Every sentence here (职能, 用途, 原因) is written by us; the published
 * wording is not copied. The published text's own mistakes are not carried over: its 财政拨款收入支出
 * 总计 "0.3万元…持平" gives no usable prior-year figure, so that one stays a gap (see
 * test/golden/shanghai-putuo.test.ts for the list).
 */
import { Dec, toYuan } from "../../../src/core";
import type { CountFigure, Figure, Supplement, UserText } from "../../../src/tables/model";
import { emptySupplement } from "../../../src/tables/supplement";

const wan = (v: string): Figure => ({ value: toYuan(new Dec(v), "wanYuan"), cells: [], sourceUnit: "wanYuan" });
const n = (v: string): CountFigure => ({ value: new Dec(v), cells: [] });
const t = (text: string): UserText => ({ text, cells: [] });

/** 项 of the 一般公共预算财政拨款支出决算表: 年初预算 (万元, as published), what it paid for, why it differs. */
const ITEMS: [code: string, budget: string, purpose: string, reason: string | null][] = [
  ["2010601", "1560.05", "机关人员经费和日常公用经费等基本支出", "人员调入调出和退休使人员经费减少"],
  ["2010602", "10.00", "财政业务指导和宣传", null],
  ["2010607", "135.90", "信息系统的日常运行维护", "产业政策扶持资金管理系统的建设进度调整，相关经费相应调减"],
  ["2010608", "450.52", "委托中介机构开展审计和绩效评价", "个别评审项目未实施或未能在年内付清，留待下年重新申请"],
  ["2080501", "85.55", "退休人员经费", "预算按足额保障编列，实际支出略低于预计"],
  ["2080505", "161.62", "在职人员基本养老保险缴费", "预算按足额保障编列，实际支出略低于预计"],
  ["2080506", "80.81", "在职人员职业年金缴费", "预算按足额保障编列，实际支出略低于预计"],
  ["2080599", "0.94", "退休人员其他养老支出", null],
  ["2101101", "62.29", "在职人员基本医疗保险缴费", "预算按足额保障编列，实际支出略低于预计"],
  ["2210201", "187.75", "在职人员住房公积金缴存", "预算按足额保障编列，实际支出略低于预计"],
  ["2210203", "258.50", "在职人员购房补贴", null],
];

export function putuoCaizhengjuSupplement(): Supplement {
  const s = emptySupplement();
  s.present = true;
  s.sheet = "补充信息";
  // 与2023年度相比: 收入支出总计减少56.95万元 → 3052.34; 一般公共预算财政拨款支出减少63.14万元 → 3003.19;
  // 机关运行经费增加2.55万元 → 182.10; “三公”经费 and each kind 持平 at 0.
  s.priorYear = {
    grandTotal: wan("3052.34"),
    generalBudgetExpenditure: wan("3003.19"),
    agencyOperatingCost: wan("182.10"),
    threePublicTotal: wan("0"),
    threePublicOverseasTravel: wan("0"),
    threePublicOfficialVehicles: wan("0"),
    threePublicOfficialReception: wan("0"),
  };
  s.initialBudgets = { "functional:total": wan("2993.92") };
  s.purposes = {};
  for (const [code, budget, purpose, reason] of ITEMS) {
    s.initialBudgets[`functional:${code}`] = wan(budget);
    s.purposes[`functional:${code}`] = t(purpose);
    if (reason) s.reasons[`functional:${code}`] = t(reason);
  }
  Object.assign(s.reasons, {
    "total:grandTotal": t("人员调动和退休使基本支出减少，项目支出按合同约定的付款进度支付的金额也有所减少"),
    "total:generalBudgetExpenditure": t("人员调动和退休使基本支出减少，项目支出按合同约定的付款进度支付的金额也有所减少"),
    "functional:total": t("按年度工作安排，调减了个别信息化项目和中介服务的经费"),
    "threePublic:total": t("全年没有发生“三公”经费支出"),
    "total:agencyOperatingCost": t("为改善办公环境更换了老旧照明设施，相关支出略有增加"),
  });
  s.agencyOperatingCost = wan("184.65");
  s.amounts = {
    procurementTotal: wan("251.25"),
    procurementGoods: wan("4.79"),
    procurementWorks: wan("0"),
    procurementServices: wan("246.47"),
    smeReserved: wan("246.47"),
    microReserved: wan("0"),
    smeAwardedReserved: wan("246.47"),
    microAwardedReserved: wan("0"),
    smeAwardedOther: wan("4.79"),
    perfTargetBudget: wan("598.42"),
    perfTrackedBudget: wan("598.42"),
    perfSelfEvaluatedBudget: wan("598.42"),
  };
  s.counts = {
    perfTargetProjects: n("4"),
    perfTrackedProjects: n("4"),
    perfSelfEvaluatedProjects: n("4"),
    perfAverageScore: n("99.43"),
    perfRatedExcellent: n("4"),
    perfRatedGood: n("0"),
    perfRatedPass: n("0"),
    perfRatedFail: n("0"),
    perfIssuesFound: n("0"),
    perfIssuesFixed: n("0"),
    perfIssuesFixing: n("0"),
    vehiclesMinisterial: n("0"),
    vehiclesLeaders: n("0"),
    vehiclesConfidential: n("0"),
    vehiclesEmergency: n("0"),
    vehiclesLawEnforcement: n("0"),
    vehiclesSpecialTechnical: n("0"),
    vehiclesRetiredCadres: n("0"),
    vehiclesOther: n("0"),
  };
  s.assets = { equipmentOver1m: n("2") };
  s.texts = {
    duties: t(
      "上海市普陀区财政局是主管全区财政工作的区政府工作部门。主要负责：编制和执行区级财政预决算，管理财政收支和国库；推进预算管理制度改革和预算绩效管理；管理行政事业单位国有资产和政府采购；负责会计管理、非税收入和政府债务管理；承办区委、区政府交办的其他事项。（示例文字，据公开职能概括）",
    ),
    units: t(
      "本部门决算包括上海市普陀区财政局本级决算。上海市普陀区财政局财政所、上海市普陀区国库收付中心的预算不单列，并入本级。",
    ),
    perfSystems: t("《普陀区财政局预算绩效管理实施办法》"),
    perfMechanism: t("普陀区财政局"),
  };
  return s;
}
