/**
 * Table locations the user pointed at ("this table is in Sheet!A3:H40"), applied before detection.
 * Detection has no per-table parameter, so a location is applied to the sheets themselves: the range
 * is cut out of its sheet into a synthetic sheet of the same name (its origin keeps provenance exact),
 * and blanked in the original, so only that range can be read as that table. Pure.
 */
import { type CellValue, parseA1, toA1 } from "../../core";
import type { Sheet, TableId } from "../../tables/model";

export interface TableLocation {
  sheet: string;
  /** Local A1 range, e.g. "A3:H40". */
  range: string;
}

export type TableLocations = Partial<Record<TableId, TableLocation>>;

interface Box {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

function parseRange(range: string): Box | null {
  const [a, b = a] = range.replace(/\$/g, "").split(":");
  try {
    const p = parseA1(a);
    const q = parseA1(b);
    return { r0: Math.min(p.row, q.row), c0: Math.min(p.col, q.col), r1: Math.max(p.row, q.row), c1: Math.max(p.col, q.col) };
  } catch {
    return null;
  }
}

/** True when `range` is an A1 range such as "A3:H40" or "B2". */
export function isA1Range(range: string): boolean {
  return parseRange(range) !== null;
}

/**
 * The sheets as detection should see them: every located range becomes its own sheet (named like its
 * sheet, origin at the range's top-left) and is blanked where it was. Locations naming a sheet that does
 * not exist, or an invalid range, are ignored (and reported in `ignored`).
 */
export function applyTableLocations(
  sheets: readonly Sheet[],
  locations: TableLocations,
): { sheets: Sheet[]; ignored: { id: TableId; location: TableLocation }[] } {
  const out = sheets.map((s) => ({ ...s, values: s.values.map((r) => [...r]) }));
  const extra: Sheet[] = [];
  const ignored: { id: TableId; location: TableLocation }[] = [];
  for (const [id, loc] of Object.entries(locations) as [TableId, TableLocation | undefined][]) {
    if (!loc) continue;
    const box = parseRange(loc.range);
    const sheet = out.find((s) => s.name === loc.sheet);
    if (!box || !sheet) {
      ignored.push({ id, location: loc });
      continue;
    }
    const o = parseA1(sheet.origin || "A1");
    const values: CellValue[][] = [];
    for (let r = box.r0; r <= box.r1; r++) {
      const row: CellValue[] = [];
      const src = sheet.values[r - o.row];
      for (let c = box.c0; c <= box.c1; c++) {
        const rr = r - o.row;
        const cc = c - o.col;
        const v = rr >= 0 && cc >= 0 && src ? (src[cc] ?? null) : null;
        row.push(v);
        if (src && rr >= 0 && cc >= 0 && cc < src.length) src[cc] = null;
      }
      values.push(row);
    }
    extra.push({ name: sheet.name, origin: toA1({ row: box.r0, col: box.c0 }), values });
  }
  return { sheets: [...out, ...extra], ignored };
}
