import type { Chart } from "../charts/model";
import { normalizeLabel } from "../core";
import { type Narrative, type Paragraph, type Run, type Section, paragraphText } from "../narrative/model";

/** One printable line of the document: the title, a heading or a body paragraph. */
export interface Block {
  kind: "title" | "heading" | "body";
  /** Heading depth 1–4 (1 = 第二部分, 2 = 一、, 3 = （一）, 4 = 1.); 0 for the title and body. */
  level: number;
  runs: Run[];
}

export interface SectionBlocks {
  id: string;
  blocks: Block[];
  /** Charts of the section, each after block `afterBlock` (-1: before the first block), in order. */
  charts: { afterBlock: number; chart: Chart }[];
}

/** A section's blocks with its charts between them, in print order. */
export type LayoutItem = { kind: "block"; block: Block } | { kind: "chart"; chart: Chart };

export function sectionItems(s: SectionBlocks): LayoutItem[] {
  const items: LayoutItem[] = [];
  const chartsAfter = (i: number) =>
    s.charts.filter((c) => c.afterBlock === i).forEach((c) => items.push({ kind: "chart", chart: c.chart }));
  chartsAfter(-1);
  s.blocks.forEach((block, i) => {
    items.push({ kind: "block", block });
    chartsAfter(i);
  });
  return items;
}

/** Level given to a section title that the renderers print themselves (一、…). */
export const SECTION_TITLE_LEVEL = 2;

function clampLevel(level: number | undefined): number {
  if (level === undefined || !Number.isInteger(level)) return SECTION_TITLE_LEVEL;
  return Math.min(4, Math.max(1, level));
}

function toBlock(p: Paragraph): Block {
  return p.role === "heading"
    ? { kind: "heading", level: clampLevel(p.level), runs: p.runs }
    : { kind: "body", level: 0, runs: p.runs };
}

/**
 * The section title is printed as a level-2 heading unless it is empty or the section's first
 * paragraph is already a heading with the same text (so a narrative may carry its headings either way).
 */
function sectionBlocks(s: Section): Block[] {
  const blocks = s.paragraphs.map(toBlock);
  if (!printsTitle(s)) return blocks;
  return [{ kind: "heading", level: SECTION_TITLE_LEVEL, runs: [{ kind: "text", text: s.title.trim() }] }, ...blocks];
}

function printsTitle(s: Section): boolean {
  const title = s.title.trim();
  if (title === "") return false;
  const first = s.paragraphs[0];
  return !(first && first.role === "heading" && normalizeLabel(paragraphText(first)) === normalizeLabel(title));
}

/** The narrative's charts placed in section `s` (paragraph indexes shifted past a printed title). */
function sectionCharts(n: Narrative, s: Section, blockCount: number): SectionBlocks["charts"] {
  const shift = printsTitle(s) ? 1 : 0;
  return (n.charts ?? [])
    .filter((c) => c.anchor.section === s.id)
    .map((c) => ({ afterBlock: Math.min(c.anchor.afterParagraph + shift, blockCount - 1), chart: c.chart }));
}

/** The document as the renderers see it: an optional title block and the sections' blocks. */
export function layoutNarrative(n: Narrative): { title: Block | null; sections: SectionBlocks[] } {
  const title = n.title.trim();
  return {
    title: title === "" ? null : { kind: "title", level: 0, runs: [{ kind: "text", text: title }] },
    sections: n.sections
      .map((s) => {
        const blocks = sectionBlocks(s);
        return { id: s.id, blocks, charts: sectionCharts(n, s, blocks.length) };
      })
      .filter((s) => s.blocks.length > 0),
  };
}

export function blockText(b: Block): string {
  return b.runs.map((r) => r.text).join("");
}

/** Every cell a block's figures and user text came from, in order, without repeats. */
export function blockCells(b: Block): string[] {
  const seen = new Set<string>();
  for (const r of b.runs) {
    if (r.kind === "figure") {
      for (const src of r.sources) src.cells.forEach((c) => seen.add(c));
    } else if (r.kind === "userText") {
      r.cells.forEach((c) => seen.add(c));
    }
  }
  return [...seen];
}

/** Unique cells of a list of references, in order. */
export function uniqueCells(cells: readonly string[]): string[] {
  return [...new Set(cells)];
}
