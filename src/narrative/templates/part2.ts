/**
 * 第二部分 部门决算说明 — sentence templates (see ../template.ts for the syntax).
 * Slots: {amount} {change} {rate} {share} {base} {completion} are figure runs; {reason} is the user's
 * words or a gap; {dir} selects up / down / flat, or "missing" (other) when the base is unknown.
 */

/** Against the prior year. */
export const VS_PRIOR =
  "{dir, select, up {比上年增加{change}，增长{rate}} down {比上年减少{change}，下降{rate}} flat {与上年持平} other {比上年{change}}}";

/** Against the initial budget of the year, as the 类/款 lines say it. */
export const VS_BUDGET_OF_YEAR =
  "{dir, select, up {比{year}年年初预算增加{change}，增长{rate}} down {比{year}年年初预算减少{change}，下降{rate}} flat {与{year}年年初预算持平} other {比{year}年年初预算{change}}}";

/** Against the initial budget, short form (基本支出, 项目支出 totals). */
export const VS_BUDGET =
  "{dir, select, up {比年初预算增加{change}，增长{rate}} down {比年初预算减少{change}，下降{rate}} flat {与年初预算持平} other {比年初预算{change}}}";

/** "主要原因：…。" when a reason is given (or a gap stands for it). */
export const REASON = "{hasReason, select, yes {主要原因：{reason}。} other {}}";

/** Completion style: "决算数大于预算数的主要原因是…。" / "决算数与预算数持平。" */
export const COMPLETION_REASON =
  "{dir, select, up {{hasReason, select, yes {决算数大于预算数的主要原因是{reason}。} other {}}} down {{hasReason, select, yes {决算数小于预算数的主要原因是{reason}。} other {}}} flat {决算数与预算数持平。} other {}}";

export const PART2 = {
  partHeading: "第二部分 {yearLabel}部门决算说明",

  basicInfoHeading: "一、部门基本情况",
  dutiesHeading: "（一）部门机构设置、职责",
  staffingHeading: "（二）人员构成情况",

  overallHeading: "二、收入支出决算总体情况说明",
  grandTotal: `{yearLabel}收、支总计{amount}，${VS_PRIOR}。${REASON}`,
  incomeHeading: "（一）收入决算说明",
  incomeTotal: `{yearLabel}本年收入合计{amount}，${VS_PRIOR}，其中：{kinds}。${REASON}`,
  incomeKind: "{name}{amount}，占收入合计的{share}",
  expenditureHeading: "（二）支出决算说明",
  expenditureTotal: `{yearLabel}本年支出合计{amount}，${VS_PRIOR}，其中：{kinds}。${REASON}`,
  expenditureKind: "{name}{amount}，占支出合计的{share}",
  kindSeparator: "；",

  appropriationHeading: "三、财政拨款收入支出决算总体情况说明",
  appropriationTotal: `{yearLabel}财政拨款收、支总计{amount}，${VS_PRIOR}。${REASON}`,

  generalBudgetHeading: "四、一般公共预算财政拨款支出决算情况说明",
  generalBudgetOverallHeading: "（一）一般公共预算财政拨款支出决算总体情况",
  generalBudgetTotal: `{yearLabel}一般公共预算财政拨款支出{amount}，{hasPrior, select, yes {${VS_PRIOR}，} other {}}主要用于以下方面（按大类）：`,
  generalBudgetClassShare: "{name}{amount}，占本年财政拨款支出{share}{last, select, yes {。} other {；}}",
  generalBudgetDetailHeading: "（二）一般公共预算财政拨款支出决算具体情况",

  /** 类 line, change style. */
  classLine: `{index}.“{name}”(类){yearLabel}决算{amount}，${VS_BUDGET_OF_YEAR}。${REASON}{hasChildren, select, yes {其中：} other {}}`,
  /** 款 / 项 line, change style. */
  childLine: `“{name}”（{level}）{yearLabel}决算{amount}，${VS_BUDGET_OF_YEAR}。${REASON}`,
  /** 类 line, completion style. */
  classLineCompletion: `{index}.“{name}”(类){yearLabel}年初预算为{base}，支出决算为{amount}{hasRate, select, yes {，完成年初预算的{completion}} other {}}。${COMPLETION_REASON}{hasChildren, select, yes {其中：} other {}}`,
  /** 款 / 项 line, completion style. */
  childLineCompletion: `“{name}”（{level}）{yearLabel}年初预算为{base}，支出决算为{amount}{hasRate, select, yes {，完成年初预算的{completion}} other {}}。${COMPLETION_REASON}`,
  levelWord: { section: "款", item: "项" } as Record<string, string>,

  keyProjectsHeading: "{index}.财政拨款重点项目情况：",
  keyProject: "({n}){name}{amount}：{description}",

  governmentFundHeading: "五、政府性基金预算财政拨款支出决算情况说明",
  governmentFundTotal:
    "{yearLabel}政府性基金预算财政拨款支出{amount}{hasClasses, select, yes {，主要用于：{classes}} other {}}。",
  stateCapitalHeading: "六、国有资本经营预算财政拨款收支情况说明",
  stateCapitalTotal:
    "{yearLabel}国有资本经营预算财政拨款支出{amount}{hasClasses, select, yes {，主要用于：{classes}} other {}}。",
  fundClass: "{name}{amount}",
  noSpending: "本年度无此项支出。",

  economicHeading: "七、财政拨款基本支出、一般公共预算财政拨款项目支出情况说明",
  basicTotal: `（一）{yearLabel}本部门使用一般公共预算财政拨款安排基本支出{amount}，${VS_BUDGET}。${REASON}{hasLines, select, yes {其中：} other {}}`,
  economicLine:
    "{index}.{name}：{description}{amount}，年初预算{base}{dir, select, up {，增加{change}} down {，减少{change}} flat {，与年初预算持平} other {}}{hasReason, select, yes {，主要原因：{reason}} other {}}{last, select, yes {。} other {；}}",
  governmentFundBasic: `（二）{yearLabel}本部门使用政府性基金预算财政拨款安排基本支出{amount}{hasBase, select, yes {，${VS_BUDGET}} other {}}。${REASON}`,
  stateCapitalSpending: `（三）{yearLabel}本部门使用国有资本经营预算财政拨款安排支出{amount}{hasBase, select, yes {，${VS_BUDGET}} other {}}。${REASON}`,
  governmentFundBasicNone: "（二）{yearLabel}本部门未使用政府性基金预算财政拨款安排基本支出。",
  stateCapitalSpendingNone: "（三）{yearLabel}本部门未使用国有资本经营预算财政拨款安排支出。",
  governmentFundBasicMissing: "（二）政府性基金预算财政拨款基本支出：{missing}",
  stateCapitalMissing: "（三）国有资本经营预算财政拨款支出：{missing}",
  // Completion style (central): the same sentences as "年初预算为A，完成年初预算的R%", one style per document.
  basicTotalCompletion: `（一）{yearLabel}本部门使用一般公共预算财政拨款安排基本支出{amount}，年初预算为{base}{hasRate, select, yes {，完成年初预算的{completion}} other {}}。${COMPLETION_REASON}{hasLines, select, yes {其中：} other {}}`,
  economicLineCompletion:
    "{index}.{name}：{description}{amount}，年初预算为{base}{hasRate, select, yes {，完成年初预算的{completion}} other {}}{dir, select, up {{hasReason, select, yes {，决算数大于预算数的主要原因是{reason}} other {}}} down {{hasReason, select, yes {，决算数小于预算数的主要原因是{reason}} other {}}} other {}}{last, select, yes {。} other {；}}",
  governmentFundBasicCompletion: `（二）{yearLabel}本部门使用政府性基金预算财政拨款安排基本支出{amount}{hasBase, select, yes {，年初预算为{base}{hasRate, select, yes {，完成年初预算的{completion}} other {}}} other {}}。${COMPLETION_REASON}`,
  stateCapitalSpendingCompletion: `（三）{yearLabel}本部门使用国有资本经营预算财政拨款安排支出{amount}{hasBase, select, yes {，年初预算为{base}{hasRate, select, yes {，完成年初预算的{completion}} other {}}} other {}}。${COMPLETION_REASON}`,
  projectTotalCompletion: `（四）{yearLabel}本部门使用一般公共预算财政拨款安排项目支出{amount}，年初预算为{base}{hasRate, select, yes {，完成年初预算的{completion}} other {}}。${COMPLETION_REASON}{hasLines, select, yes {其中：} other {}}`,
  projectTotal: `（四）{yearLabel}本部门使用一般公共预算财政拨款安排项目支出{amount}，${VS_BUDGET}。${REASON}{hasLines, select, yes {其中：} other {}}`,
} as const;
