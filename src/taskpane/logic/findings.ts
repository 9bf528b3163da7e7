/**
 * A finding as the pane shows it and what clicking it selects. A sum (one total against several
 * details) is titled 合计与明细不符 and selects the whole range involved; an identity between tables
 * selects each table's cells in turn, one sheet per click. Pure.
 */
import { parseA1, splitRef, toA1 } from "../../core";
import type { Finding } from "../../tables/model";

export interface FindingView {
  /** Short title: "合计与明细不符", "表间数据不一致", or null (the message says it all). */
  title: string | null;
  /** The check's own message (it names both sides with their figures). */
  message: string;
  /** What each click selects, in turn: one reference per sheet ("Sheet!C6:C20"). */
  targets: string[];
}

/** Groups cell references by sheet (first appearance order) and spans each group by its bounding range. */
export function selectionTargets(cells: readonly string[]): string[] {
  const groups = new Map<string, { r0: number; c0: number; r1: number; c1: number }>();
  for (const ref of cells) {
    const { sheet, address } = splitRef(ref);
    for (const part of address.replace(/\$/g, "").split(":")) {
      let p;
      try {
        p = parseA1(part);
      } catch {
        continue;
      }
      const g = groups.get(sheet);
      if (!g) groups.set(sheet, { r0: p.row, c0: p.col, r1: p.row, c1: p.col });
      else {
        g.r0 = Math.min(g.r0, p.row);
        g.c0 = Math.min(g.c0, p.col);
        g.r1 = Math.max(g.r1, p.row);
        g.c1 = Math.max(g.c1, p.col);
      }
    }
  }
  return [...groups].map(([sheet, b]) => {
    const a = toA1({ row: b.r0, col: b.c0 });
    const z = toA1({ row: b.r1, col: b.c1 });
    const range = a === z ? a : `${a}:${z}`;
    return sheet ? `${sheet}!${range}` : range;
  });
}

export function findingView(f: Finding): FindingView {
  const targets = selectionTargets(f.cells);
  const title = f.cells.length > 2 && targets.length === 1 ? "合计与明细不符" : targets.length > 1 ? "表间数据不一致" : null;
  return { title, message: f.message, targets };
}
