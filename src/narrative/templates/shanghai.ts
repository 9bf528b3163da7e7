/**
 * 上海市部门决算 (2024 template) — sentences written by us following the prescribed wording of the
 * official template, section by section (syntax: ../template.ts). {dept} is the department, {yearLabel}
 * "2024年度", {priorLabel} "2023年度", {year} "2024". Comparisons: {dir} up / down / flat, or
 * "missing" (other) when the base is unknown and {change} is the gap.
 */

/** "与2023年度相比，收入支出总计增加…，增长…%。主要原因：…。" / "…持平。" */
const VS_PRIOR_SH =
  "与{priorLabel}相比，{what}{dir, select, up {增加{change}，增长{rate}。主要原因：{reason}。} down {减少{change}，下降{rate}。主要原因：{reason}。} flat {持平。} other {{change}。}}";

/** "决算数大于预算数的主要原因：…。" / "决算数与预算数持平。"; nothing when the comparison is a gap. */
const VS_BUDGET_SH =
  "{dir, select, up {决算数大于预算数的主要原因：{reason}。} down {决算数小于预算数的主要原因：{reason}。} flat {决算数与预算数持平。} other {}}";

/** VS_BUDGET_SH with a subject that is only written when there is a comparison to state. */
const vsBudgetOf = (subject: string) =>
  `{dir, select, up {${subject}决算数大于预算数的主要原因：{reason}。} down {${subject}决算数小于预算数的主要原因：{reason}。} flat {${subject}决算数与预算数持平。} other {}}`;

/** A 项 line: "1、X（类）Y（款）Z（项）。主要用于：…。年初预算为A万元，支出决算为B万元。决算数…" */
const ITEM_LINE = `{n}、{path}。主要用于：{purpose}。年初预算为{base}，支出决算为{amount}。${VS_BUDGET_SH}`;

export const SHANGHAI = {
  // 第一部分
  part1Heading: "第一部分 {dept}概况",
  dutiesHeading: "一、主要职能",
  unitsHeading: "二、部门决算单位构成",

  // 第二部分: the tables themselves (the workbook); the document lists them.
  part2Heading: "第二部分 {dept}{yearLabel}部门决算表",
  tableListItem: "{n}、{table}",

  part3Heading: "第三部分 {dept}{yearLabel}部门决算情况说明",

  overallHeading: "一、收入支出决算总体情况说明",
  overall: `{dept}{yearLabel}收入支出总计{amount}。${VS_PRIOR_SH}`,

  incomeHeading: "二、收入决算情况说明",
  income: "本年收入合计{amount}{hasKinds, select, yes {，其中：{kinds}} other {}}。",
  kind: "{name}{amount}，占{share}",
  kindSeparator: "；",

  expenditureHeading: "三、支出决算情况说明",
  expenditure: "本年支出合计{amount}{hasKinds, select, yes {，其中：{kinds}} other {}}。",

  appropriationHeading: "四、财政拨款收入支出决算总体情况说明",
  appropriation: `{dept}{yearLabel}财政拨款收入支出总计{amount}。${VS_PRIOR_SH}`,

  generalBudgetHeading: "五、一般公共预算财政拨款支出决算情况说明",
  gbOverallHeading: "（一）一般公共预算财政拨款支出决算总体情况",
  gbOverall: `一般公共预算财政拨款支出{amount}，占本年支出合计的{share}。${VS_PRIOR_SH}`,
  gbStructureHeading: "（二）一般公共预算财政拨款支出决算结构情况",
  gbStructure: "一般公共预算财政拨款支出{amount}，主要用于以下方面：{classes}。",
  gbStructureClass: "{name}（类）{amount}，占{share}",
  gbDetailHeading: "（三）一般公共预算财政拨款支出决算具体情况",
  gbDetailTotal: `一般公共预算财政拨款支出年初预算为{base}，支出决算为{amount}{hasRate, select, yes {，完成年初预算的{completion}} other {}}。${VS_BUDGET_SH}{hasItems, select, yes {其中：} other {}}`,
  itemLine: ITEM_LINE,
  itemPathClass: "{name}（类）",
  itemPathSection: "{name}（款）",
  itemPathItem: "{name}（项）",

  basicHeading: "六、一般公共预算财政拨款基本支出决算情况说明",
  basic:
    "一般公共预算财政拨款基本支出{amount}。其中：人员经费{personnel}{hasPersonnelNames, select, yes {，主要包括：{personnelNames}} other {}}；公用经费{public}{hasPublicNames, select, yes {，主要包括：{publicNames}} other {}}。",
  nameSeparator: "、",

  threePublicHeading: "七、财政拨款“三公”经费支出决算情况说明",
  threePublicNone: "{dept}{yearLabel}无“三公”经费财政拨款支出。",
  tpOverallHeading: "（一）“三公”经费财政拨款支出决算总体情况说明。",
  tpBudget:
    `“三公”经费财政拨款支出年初预算为{base}，支出决算为{amount}{hasRate, select, yes {，完成预算的{completion}} other {}}，其中：{kinds}。${vsBudgetOf("{yearLabel}“三公”经费支出")}`,
  tpBudgetKind: "{name}决算为{amount}{hasRate, select, yes {，完成预算的{completion}} other {}}",
  tpPrior:
    "{yearLabel}“三公”经费财政拨款支出决算数{dir, select, up {比{priorLabel}增加{change}，增长{rate}} down {比{priorLabel}减少{change}，下降{rate}} flat {与{priorLabel}持平} other {比{priorLabel}{change}}}，其中：{kinds}。{reasons}",
  tpPriorKind:
    "{name}支出决算{dir, select, up {增加{change}，增长{rate}} down {减少{change}，下降{rate}} flat {持平} other {{change}}}",
  tpPriorReason: "{name}支出{dir, select, up {增加} other {减少}}的主要原因是{reason}。",
  tpDetailHeading: "（二）“三公”经费财政拨款支出决算具体情况说明。",
  tpShares: "“三公”经费财政拨款支出决算中，{kinds}。具体情况如下：",
  tpShareKind: "{name}支出决算{amount}，占{share}",
  tpOverseas:
    "1、因公出国（境）费支出{amount}。全年安排因公出国（境）团组{groups}个、累计{persons}人次。开支内容包括：{purpose}。",
  tpOverseasNone: "1、因公出国（境）费支出{amount}，全年未安排因公出国（境）团组。",
  tpVehicles: "2、公务用车购置及运行维护费支出{amount}。其中：",
  tpVehiclePurchase: "公务用车购置支出为{amount}。主要用于{purpose}，购置公务用车{count}辆。",
  tpVehiclePurchaseNone: "公务用车购置支出为{amount}，本年度未购置公务用车。",
  tpVehicleOperation:
    "公务用车运行维护支出{amount}。{hasPurpose, select, yes {主要用于{purpose}。} other {}}{year}年，{dept}所属各预算单位开支财政拨款的公务用车保有量为{held}辆。",
  tpReception: "3、公务接待费支出{amount}。其中：",
  tpReceptionDomestic:
    "国内公务接待支出{amount}（含外宾接待支出{foreign}）。主要用于{purpose}，共接待{batches}批次、{persons}人次，其中：接待外宾{foreignBatches}批次、{foreignPersons}人次。",
  tpReceptionNone: "3、公务接待费支出{amount}，本年度未发生公务接待。",

  governmentFundHeading: "八、政府性基金预算财政拨款收入支出决算情况说明",
  governmentFundNone: "{dept}{yearLabel}无政府性基金预算财政拨款收入和支出。",
  stateCapitalHeading: "九、国有资本经营预算财政拨款收入支出决算情况说明",
  stateCapitalNone: "{dept}{yearLabel}无国有资本经营预算财政拨款收入和支出。",
  fundTotal: "{fund}收入{income}，支出{amount}{hasItems, select, yes {，支出具体情况如下：} other {。}}",

  performanceHeading: "十、预算绩效管理情况",
  performance:
    "{dept}{yearLabel}预算绩效管理工作开展情况如下：本部门建立了如下预算绩效管理制度：{systems}，建立了{mechanism}的预算绩效管理工作机制；全过程绩效管理实施情况：编报绩效目标的{yearLabel}项目{targetCount}个，涉及预算金额{targetBudget}；绩效跟踪评价的{yearLabel}项目{trackCount}个，涉及预算金额{trackBudget}；绩效自评的{yearLabel}项目{selfCount}个，涉及预算金额{selfBudget}，平均得分{score}分（其中，绩效评级为“优”的项目{excellent}个；绩效评级为“良”的项目{good}个；绩效评级为“合格”的项目{pass}个；绩效评级为“不合格”的项目{fail}个。绩效自评中共发现问题{issues}个，已经完成整改的{fixed}个，正在整改的{fixing}个）。",

  otherHeading: "十一、其他重要事项的情况说明",
  agencyHeading: "（一）机关运行经费支出情况",
  agency:
    "机关运行经费支出{amount}，{dir, select, up {比{priorLabel}增加{change}，增长{rate}。主要原因是{reason}。} down {比{priorLabel}减少{change}，下降{rate}。主要原因是{reason}。} flat {与{priorLabel}持平。} other {比{priorLabel}{change}。}}",
  agencyNone: "{dept}{yearLabel}无机关运行经费支出。",
  procurementHeading: "（二）政府采购支出情况",
  procurement:
    "{dept}{yearLabel}政府采购金额（以合同签订为准）为{total}，其中：货物采购金额{goods}、工程采购金额{works}、服务采购金额{services}。",
  procurementNone: "{dept}{yearLabel}无政府采购支出。",
  procurementSme:
    "{yearLabel}本部门面向中小企业预留政府采购项目预算金额{smeReserved}，面向小微企业预留政府采购项目预算金额{microReserved}。在面向中小企业预留的政府采购项目中，由中小企业供应商中标或成交的，采购金额{smeAwarded}；在面向小微企业预留政府采购项目中，由小微企业供应商中标或成交的，采购金额{microAwarded}；在其他政府采购项目中，由中小企业供应商中标或成交的，采购金额{smeOther}。",
  assetsHeading: "（三）国有资产占有使用情况说明",
  assets:
    "截至{year}年12月31日，{dept}共有车辆{total}辆，其中：{kinds}。单价100万元（含）以上设备（不含车辆）{equipment}台（套）。",
  vehicleKind: "{name}{count}辆",

  part4Heading: "第四部分 名词解释",
  term: "{n}、{term}：{definition}",
} as const;
