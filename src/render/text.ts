import type { Narrative } from "../narrative/model";
import { blockText, layoutNarrative } from "./layout";

/**
 * Plain text: the title, then each section's headings and paragraphs one per line, a blank line
 * after the title and between sections; gaps print as their visible text (【待填写：…】).
 */
export function renderText(n: Narrative): string {
  const doc = layoutNarrative(n);
  const chunks: string[] = [];
  if (doc.title) chunks.push(blockText(doc.title));
  for (const s of doc.sections) chunks.push(s.blocks.map(blockText).join("\n"));
  return chunks.length === 0 ? "" : `${chunks.join("\n\n")}\n`;
}
