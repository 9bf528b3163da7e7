import { type Narrative, paragraphText } from "./model";

export interface PlainSection {
  id: string;
  title: string;
  paragraphs: string[];
}

/** The narrative as plain strings: what the CLI's JSON output and the golden tests use. */
export function narrativeToPlain(n: Narrative): {
  text: string;
  sections: PlainSection[];
  warnings: Narrative["warnings"];
} {
  const sections = n.sections.map((s) => ({
    id: s.id,
    title: s.title,
    paragraphs: s.paragraphs.map(paragraphText),
  }));
  const text = `${[n.title, ...sections.map((s) => s.paragraphs.join("\n"))].filter((t) => t !== "").join("\n\n")}\n`;
  return { text, sections, warnings: n.warnings };
}

/** Paragraph texts of the given sections, in order. */
export function sectionParagraphs(n: Narrative, ids: readonly string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const s of n.sections) if (ids.includes(s.id)) out.set(s.id, s.paragraphs.map(paragraphText));
  return out;
}
