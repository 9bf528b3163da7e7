// Charts of the 决算说明: one plain-data description per chart (src/charts), rendered as SVG, PNG and
// native Excel charts by src/render and src/office.
export type { ChartType, ChartId, ChartValue, ChartSeries, Chart, ResolvedAnchor, ChartBlock } from "./model";
export { type ChartFormat, type ChartData, type MissingData, chartData, chartValue } from "./data";
export {
  type AnchorRule,
  type ChartRule,
  type ProfileCharts,
  STANDARD_CHARTS,
  PROFILE_CHARTS,
  profileCharts,
} from "./profiles";
export { type SectionOutline, type ChartWarning, resolveAnchor, buildCharts } from "./build";
