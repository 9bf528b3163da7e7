/**
 * Golden files: the numeric sections of a narrative as plain text, one paragraph per line, each section
 * introduced by "## <section id>". UPDATE_GOLDEN=1 rewrites them (review the diff before committing).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { type Narrative, NUMERIC_SECTION_IDS, sectionParagraphs } from "../../src/narrative";

export function goldenText(n: Narrative, ids: readonly string[] = NUMERIC_SECTION_IDS): string {
  const map = sectionParagraphs(n, ids);
  return `${ids.map((id) => [`## ${id}`, ...(map.get(id) ?? [])].join("\n")).join("\n\n")}\n`;
}

export function parseGolden(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let current: string[] | null = null;
  for (const line of text.split("\n")) {
    const m = /^## (.+)$/.exec(line);
    if (m) {
      current = [];
      out.set(m[1], current);
    } else if (line !== "" && current) current.push(line);
  }
  return out;
}

export const updating = process.env.UPDATE_GOLDEN === "1";

/** Reads a golden file; with UPDATE_GOLDEN=1 first writes `actual` into it. */
export function golden(url: URL, actual: string): string {
  if (updating) writeFileSync(url, actual, "utf8");
  return readFileSync(url, "utf8");
}
