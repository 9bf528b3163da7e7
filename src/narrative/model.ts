/**
 * The generated narrative as plain data: sections → paragraphs → runs. A figure run carries the
 * source figures and the computation behind its text, so every renderer can show provenance.
 */
import type { ChartBlock } from "../charts/model";

/** How a figure run's text was obtained. */
export type Computation =
  | "amount" // an amount as read (converted to the profile's unit)
  | "change" // current − base
  | "growthRate" // (current − base) / |base|
  | "share" // part / total
  | "executionRate" // actual / budget
  | "perUnit" // amount / count
  | "count"; // a count as read

export interface FigureSource {
  /** Chinese label of the operand, e.g. "本年收入合计", "上年数". */
  label: string;
  /** Exact value in 元 (or the count), as a plain decimal string. */
  value: string;
  cells: string[];
}

export interface TextRun {
  kind: "text";
  text: string;
}

export interface FigureRun {
  kind: "figure";
  /** The text as printed: "112,078,856.26元", "54.5%". */
  text: string;
  computation: Computation;
  /** Human-readable formula in Chinese, e.g. "(112,078,856.26 − 72,527,785.37) ÷ 72,527,785.37". */
  formula: string;
  sources: FigureSource[];
}

/** A visible gap for a missing input, e.g. 【待填写：主要原因】. */
export interface GapRun {
  kind: "gap";
  text: string;
  /** What is missing, in Chinese, and where the user fills it in. */
  need: string;
  /** The supplementary-sheet key to fill (LineKey / PriorYearKey / CountKey / text key). */
  key: string;
}

/** User text placed verbatim (duties, staffing, reasons …) with the cell it came from. */
export interface UserTextRun {
  kind: "userText";
  text: string;
  cells: string[];
}

export type Run = TextRun | FigureRun | GapRun | UserTextRun;

export interface Paragraph {
  /** Headings are rendered bold/黑体; body paragraphs get a two-character first-line indent. */
  role: "heading" | "body";
  /** Heading depth: 1 = 第二部分, 2 = 二、, 3 = （一）, 4 = 1. */
  level?: number;
  runs: Run[];
}

export interface Section {
  id: string;
  title: string;
  paragraphs: Paragraph[];
}

export interface NarrativeWarning {
  code: string;
  message: string;
  key?: string;
  cells?: string[];
}

export interface Narrative {
  title: string;
  /** The profile asked for (an alias stays an alias). */
  profile: string;
  /** The region profile it resolved to ("beijing", "central", "shanghai"). */
  region?: string;
  sections: Section[];
  warnings: NarrativeWarning[];
  /** Charts placed after paragraphs of the sections (src/charts); absent or empty when charts are off. */
  charts?: ChartBlock[];
}

/** Plain text of one paragraph. */
export function paragraphText(p: Paragraph): string {
  return p.runs.map((r) => r.text).join("");
}
