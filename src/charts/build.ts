/**
 * Assembles the profile's charts for one document: builds each chart's data, leaves out (with a
 * warning) those whose figures are missing, finds the paragraph each follows and numbers them in
 * document order ("图1：…").
 */
import type { FinalAccounts } from "../tables/model";
import { type ChartFormat, chartData, unitLabel } from "./data";
import type { ChartBlock } from "./model";
import type { AnchorRule, ChartRule } from "./profiles";

/** What the anchor rules need to know of a section: the role of each paragraph. */
export interface SectionOutline {
  id: string;
  roles: ("heading" | "body")[];
}

export interface ChartWarning {
  code: "chart-missing-data";
  message: string;
  key?: string;
}

/** The paragraph index a chart follows, or null when the section is not in the document. */
export function resolveAnchor(rule: AnchorRule, sections: readonly SectionOutline[]): number | null {
  const s = sections.find((x) => x.id === rule.section);
  if (!s) return null;
  const end = s.roles.length - 1;
  const nth = (role: "heading" | "body", n: number): number => {
    let seen = -1;
    for (let i = 0; i < s.roles.length; i++) if (s.roles[i] === role && ++seen === n) return i;
    return -1;
  };
  if ("afterBody" in rule) {
    const i = nth("body", rule.afterBody);
    return i < 0 ? end : i;
  }
  if ("afterHeading" in rule) {
    const i = nth("heading", rule.afterHeading);
    return i < 0 ? end : i;
  }
  const i = nth("heading", rule.beforeHeading);
  return i < 0 ? end : i - 1;
}

export function buildCharts(
  accounts: FinalAccounts,
  format: ChartFormat,
  rules: readonly ChartRule[],
  sections: readonly SectionOutline[],
): { blocks: ChartBlock[]; warnings: ChartWarning[] } {
  const warnings: ChartWarning[] = [];
  const placed: { order: [number, number, number]; block: Omit<ChartBlock, "chart"> & { chart: Omit<ChartBlock["chart"], "number" | "caption"> } }[] = [];
  rules.forEach((rule, ruleIndex) => {
    const data = chartData(rule.id, accounts, format);
    if ("missing" in data) {
      warnings.push({
        code: "chart-missing-data",
        message: `图表“${rule.title}”未生成：${data.missing}。`,
        ...(data.key !== undefined ? { key: data.key } : {}),
      });
      return;
    }
    const after = resolveAnchor(rule.anchor, sections);
    if (after === null) return;
    const sectionIndex = sections.findIndex((s) => s.id === rule.anchor.section);
    placed.push({
      order: [sectionIndex, after, ruleIndex],
      block: {
        anchor: { section: rule.anchor.section, afterParagraph: after },
        chart: { id: rule.id, type: rule.type, title: rule.title, unit: unitLabel(format), ...data },
      },
    });
  });
  placed.sort((x, y) => x.order[0] - y.order[0] || x.order[1] - y.order[1] || x.order[2] - y.order[2]);
  const blocks = placed.map(({ block }, i): ChartBlock => ({
    anchor: block.anchor,
    chart: { ...block.chart, number: i + 1, caption: `图${i + 1}：${block.chart.title}` },
  }));
  return { blocks, warnings };
}
