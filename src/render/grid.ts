import type { Narrative } from "../narrative/model";
import { type Block, blockCells, blockText, layoutNarrative } from "./layout";

/** Columns of the grid: the text, then where its figures and user text came from. */
export const GRID_COLUMNS = 2;

/** Text Excel would read as a formula (= + - @) or a quote prefix (') gets a quote prefix, so it stays text. */
export function asCellText(s: string): string {
  return /^[=+\-@']/.test(s) ? `'${s}` : s;
}

/**
 * The second column of a row: "来源：收入支出决算总表!C12；补充信息!C5" for the cells its figures and
 * user text came from, then "待填写：…" naming each gap's missing input; "" when there is neither.
 */
export function blockNote(b: Block): string {
  const notes: string[] = [];
  const cells = blockCells(b);
  if (cells.length > 0) notes.push(`来源：${cells.join("；")}`);
  const gaps = b.runs.flatMap((r) => (r.kind === "gap" ? [r.need] : []));
  if (gaps.length > 0) notes.push(`待填写：${gaps.join("；")}`);
  return notes.join("。");
}

/**
 * Rows for one `range.values` assignment: one row per title/heading/paragraph, a blank row after
 * the title and between sections; column A the text, column B its sources (see blockNote). Always
 * rectangular (GRID_COLUMNS wide); text that starts with = + - @ is quote-prefixed (asCellText).
 */
export function renderGrid(n: Narrative): string[][] {
  const doc = layoutNarrative(n);
  const rows: string[][] = [];
  const blank = (): string[] => Array.from({ length: GRID_COLUMNS }, () => "");
  const row = (b: Block): string[] => [asCellText(blockText(b)), asCellText(blockNote(b))];
  if (doc.title) rows.push(row(doc.title));
  doc.sections.forEach((s) => {
    if (rows.length > 0) rows.push(blank());
    for (const b of s.blocks) rows.push(row(b));
  });
  return rows;
}
