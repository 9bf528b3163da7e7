import type { Paragraph, Run, Section, UserTextRun } from "./model";
import { type Slots, fill } from "./template";

export function heading(level: number, template: string, slots: Slots = {}): Paragraph {
  return { role: "heading", level, runs: fill(template, slots) };
}

export function body(template: string, slots: Slots = {}): Paragraph {
  return { role: "body", runs: fill(template, slots) };
}

export function bodyRuns(runs: Run[]): Paragraph {
  return { role: "body", runs };
}

/**
 * A section whose first paragraph is its own heading (the renderers then print it once).
 * `title` repeats the heading text for tables of contents and the JSON output.
 */
export function section(id: string, head: Paragraph, paragraphs: Paragraph[]): Section {
  return { id, title: head.runs.map((r) => r.text).join(""), paragraphs: [head, ...paragraphs] };
}

/** User text split into paragraphs at line breaks, each kept verbatim with the cell it came from. */
export function userParagraphs(text: string, cells: string[]): Paragraph[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .map((line): Paragraph => ({
      role: "body",
      runs: [{ kind: "userText", text: line, cells } satisfies UserTextRun],
    }));
}
