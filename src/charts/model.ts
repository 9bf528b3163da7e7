/**
 * A chart as plain data: what to draw, with every value already an exact decimal in the profile's
 * unit and its printed label. The SVG, PNG and native Excel renderings all read this and nothing else.
 */

export type ChartType = "bar" | "pie" | "grouped-bar";

/** The charts the product knows, each built from one part of the final accounts. */
export type ChartId =
  | "grand-total-change" // 收、支决算总计 本年 vs 上年
  | "income-structure" // 收入决算结构（饼图）
  | "expenditure-structure" // 支出决算结构（饼图）
  | "appropriation-total-change" // 财政拨款收、支决算总计 本年 vs 上年
  | "general-budget-by-class" // 一般公共预算财政拨款支出 按功能分类“类”
  | "budget-vs-actual-by-class" // 年初预算 vs 决算 按“类”（分组柱状图）
  | "three-public-budget-vs-actual"; // “三公”经费 预算 vs 决算 按种类（分组柱状图）

export interface ChartValue {
  /** Exact value in the chart's unit, rounded half-up once to the profile's decimals: "11236.84". */
  value: string;
  /** As printed on the part: "11,236.84" (grouped, no unit; an exact zero is "0"). */
  label: string;
  /** Pie slices only: the part's share of the whole as printed in the text ("54.5%"). */
  share?: string;
  /** Where the figure came from ("收入支出决算总表!C12"), for provenance. */
  cells: string[];
}

export interface ChartSeries {
  name: string;
  /** One value per category, in category order. */
  values: ChartValue[];
}

export interface Chart {
  id: ChartId;
  type: ChartType;
  /** Position among the document's charts, from 1. */
  number: number;
  /** Caption without its number: "收、支决算总计变动情况". */
  title: string;
  /** "图1：收、支决算总计变动情况". */
  caption: string;
  /** Unit label of the values: "元" or "万元". */
  unit: string;
  categories: string[];
  series: ChartSeries[];
}

/**
 * Where a chart is printed: after paragraph `afterParagraph` (an index into the section's paragraphs)
 * of section `section`.
 */
export interface ResolvedAnchor {
  section: string;
  afterParagraph: number;
}

/** A chart placed in the narrative. */
export interface ChartBlock {
  anchor: ResolvedAnchor;
  chart: Chart;
}
