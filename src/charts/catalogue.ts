/**
 * The catalogue of charts a document can carry: each kind (ChartId, built from the accounts by
 * ./data.ts) with its type, caption and usual place. Data only: the captions follow the wording of
 * provincial templates that number their figures after the paragraph they illustrate
 * ("图1：收、支决算总计变动情况"); the number is given when the document is assembled.
 *
 * Which of them a region prints, and whether by default, is the region profile's choice
 * (src/narrative/profiles/<region>.ts, field `charts`); this module never reads the profiles.
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

/** A region's charts: the field `charts` of its profile. */
export interface ProfileCharts {
  /** Printed unless the user turns charts on or off. */
  enabledByDefault: boolean;
  charts: readonly ChartRule[];
}

/** A profile that says nothing about charts prints none. */
export const NO_CHARTS: ProfileCharts = { enabledByDefault: false, charts: [] };
