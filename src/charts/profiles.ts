/**
 * Which charts each region profile prints, where, and under which caption. Data only: the captions
 * follow the wording of provincial templates that number their figures after the paragraph they
 * illustrate ("图1：收、支决算总计变动情况"); the number is given when the document is assembled.
 *
 * Keyed by profile id. The current output profiles (yuan-1dp, wanyuan-2dp) and the region profiles
 * being introduced (beijing, central, shanghai) are all listed; an id not listed has no charts.
 */
import type { ChartId, ChartType } from "./model";

/**
 * The paragraph a chart follows, counted within its section from 0:
 * - afterBody n: after the n-th body paragraph;
 * - beforeHeading n: just before the n-th heading (the section's own heading is heading 0);
 * - afterHeading n: just after the n-th heading.
 * When the section has no such paragraph the chart goes at the section's end.
 */
export type AnchorRule =
  | { section: string; afterBody: number }
  | { section: string; beforeHeading: number }
  | { section: string; afterHeading: number };

export interface ChartRule {
  id: ChartId;
  type: ChartType;
  /** Caption without "图N：". */
  title: string;
  anchor: AnchorRule;
}

/** The standard set, in document order. */
export const STANDARD_CHARTS: readonly ChartRule[] = [
  {
    id: "grand-total-change",
    type: "bar",
    title: "收、支决算总计变动情况",
    anchor: { section: "overall", afterBody: 0 },
  },
  {
    id: "income-structure",
    type: "pie",
    title: "收入决算结构",
    anchor: { section: "overall", afterBody: 1 },
  },
  {
    id: "expenditure-structure",
    type: "pie",
    title: "支出决算结构",
    anchor: { section: "overall", afterBody: 2 },
  },
  {
    id: "appropriation-total-change",
    type: "bar",
    title: "财政拨款收、支决算总计变动情况",
    anchor: { section: "appropriation", afterBody: 0 },
  },
  {
    id: "general-budget-by-class",
    type: "bar",
    title: "一般公共预算财政拨款支出决算结构（按类）",
    anchor: { section: "general-budget", beforeHeading: 2 },
  },
  {
    id: "budget-vs-actual-by-class",
    type: "grouped-bar",
    title: "一般公共预算财政拨款支出预决算对比（按类）",
    anchor: { section: "general-budget", afterHeading: 2 },
  },
  {
    id: "three-public-budget-vs-actual",
    type: "grouped-bar",
    title: "“三公”经费财政拨款年初预算与决算对比",
    anchor: { section: "three-public", afterBody: 1 },
  },
];

export interface ProfileCharts {
  /** Printed unless the user turns charts on or off. */
  enabledByDefault: boolean;
  charts: readonly ChartRule[];
}

/**
 * Beijing and central publications carry no figures by default (the user can turn them on); the
 * Shanghai template is read with figures, as several provinces print them.
 */
export const PROFILE_CHARTS: Readonly<Record<string, ProfileCharts>> = {
  "yuan-1dp": { enabledByDefault: false, charts: STANDARD_CHARTS },
  "wanyuan-2dp": { enabledByDefault: false, charts: STANDARD_CHARTS },
  beijing: { enabledByDefault: false, charts: STANDARD_CHARTS },
  central: { enabledByDefault: false, charts: STANDARD_CHARTS },
  shanghai: { enabledByDefault: true, charts: STANDARD_CHARTS },
};

/** The profile's chart set; a profile not listed has none. */
export function profileCharts(profile: string): ProfileCharts {
  return PROFILE_CHARTS[profile] ?? { enabledByDefault: false, charts: [] };
}
