/**
 * Finding the standard tables in a workbook by their titles: anywhere on any sheet, several on one
 * sheet (one below another), one table continued over several sheets or pages ("（续）").
 */
import { normalizeLabel } from "../core";
import type { DetectedTable, Finding, Sheet } from "./model";
import { SUPPLEMENT_SHEET_NAME, SUPPLEMENT_TITLE } from "./supplement";
import { Grid } from "./grid";
import { isContinuedTitle } from "./labels";
import { type Region, analyzeRegion } from "./region";
import { type TableSpec, matchTitle } from "./specs";

/** A table found in the workbook: its spec, what the model reports, and the regions of its parts. */
export interface LocatedTable {
  spec: TableSpec;
  table: DetectedTable;
  regions: Region[];
}

interface TitleHit {
  spec: TableSpec;
  row: number;
  col: number;
  text: string;
  continued: boolean;
}

/** Sheets the reader leaves to the supplement reader: named 补充信息, or headed by its title. */
export function isSupplementSheetName(name: string): boolean {
  return normalizeLabel(name).includes(SUPPLEMENT_SHEET_NAME);
}

const SUPPLEMENT_MARK = normalizeLabel(SUPPLEMENT_TITLE).slice(0, 4);

export function isSupplementSheet(sheet: Sheet): boolean {
  if (isSupplementSheetName(sheet.name)) return true;
  const rows = Array.isArray(sheet.values) ? sheet.values.slice(0, 5) : [];
  return rows.some(
    (row) =>
      Array.isArray(row) &&
      row.some((v) => typeof v === "string" && normalizeLabel(v).startsWith(SUPPLEMENT_MARK)),
  );
}

function findTitles(grid: Grid): TitleHit[] {
  const hits: TitleHit[] = [];
  for (let r = 0; r < grid.rowCount; r++) {
    const row = grid.rowValues(r);
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v !== "string" || v.length > 80 || v.indexOf("表") < 0) continue;
      const spec = matchTitle(v);
      if (!spec) continue;
      hits.push({ spec, row: r, col: c, text: v.trim(), continued: isContinuedTitle(v) });
      break; // one title per row
    }
  }
  // A table of contents: three or more titles each within two rows of the next. Not tables.
  const kept: TitleHit[] = [];
  let i = 0;
  while (i < hits.length) {
    let j = i;
    while (j + 1 < hits.length && hits[j + 1].row - hits[j].row <= 2) j++;
    if (j - i + 1 < 3) for (let k = i; k <= j; k++) kept.push(hits[k]);
    i = j + 1;
  }
  return kept;
}

function regionRange(reg: Region): string {
  const last = Math.max(reg.lastRow, reg.titleRow);
  return `${reg.grid.address(reg.titleRow, 0)}:${reg.grid.address(last, Math.max(reg.grid.width - 1, 0))}`;
}

/** Locates every table; `findings` receives problems met (duplicates, missing unit lines). */
export function locateTables(sheets: readonly Sheet[], findings: Finding[]): LocatedTable[] {
  const byId = new Map<string, LocatedTable>();
  const order: LocatedTable[] = [];
  const continuedRegions = new Set<Region>();
  const repeats = new Map<string, Repeat>();
  for (const sheet of sheets) {
    if (!sheet || typeof sheet.name !== "string" || isSupplementSheet(sheet)) continue;
    const grid = new Grid(sheet);
    const hits = findTitles(grid);
    for (let h = 0; h < hits.length; h++) {
      const hit = hits[h];
      const end = h + 1 < hits.length ? hits[h + 1].row : grid.rowCount;
      const region = analyzeRegion(grid, hit.row, hit.col, end);
      const part = { sheet: grid.name, range: regionRange(region) };
      const existing = byId.get(hit.spec.id);
      if (existing) {
        const firstContinued = continuedRegions.has(existing.regions[0]);
        if (hit.continued) continuedRegions.add(region);
        if (!hit.continued && firstContinued) {
          // the first page met was a "（续）" page (sheets out of order): the title page goes first
          existing.regions.unshift(region);
          existing.table.parts.unshift(part);
          Object.assign(existing.table, { title: hit.text, sheet: grid.name, range: part.range });
        } else {
          existing.regions.push(region);
          existing.table.parts.push(part);
        }
        if (!existing.table.variants.includes("continued")) existing.table.variants.push("continued");
        if (!hit.continued && !firstContinued) noteRepeat(repeats, hit.spec.name, existing, grid.ref(hit.row, hit.col));
        continue;
      }
      const located: LocatedTable = {
        spec: hit.spec,
        table: {
          id: hit.spec.id,
          title: hit.text,
          sheet: grid.name,
          range: part.range,
          unit: "yuan",
          variants: [],
          parts: [part],
        },
        regions: [region],
      };
      if (hit.continued) continuedRegions.add(region);
      byId.set(hit.spec.id, located);
      order.push(located);
    }
  }
  for (const r of repeats.values()) findings.push(repeatFinding(r));
  for (const lt of order) settleUnits(lt, findings);
  return order;
}

/** How many places an aggregated finding names; its message gives the total count. */
const PLACES_SHOWN = 3;

/** A table title met again without "（续）": one finding per table, however often it repeats. */
interface Repeat {
  name: string;
  /** The first parts of the table (the original and the first repeats), for the message. */
  places: string[];
  cells: string[];
  count: number;
}

function noteRepeat(repeats: Map<string, Repeat>, name: string, lt: LocatedTable, cell: string): void {
  let r = repeats.get(name);
  if (!r) repeats.set(name, (r = { name, places: [], cells: [], count: 0 }));
  r.count++;
  if (r.cells.length < PLACES_SHOWN) r.cells.push(cell);
  for (const p of lt.table.parts) {
    if (r.places.length >= PLACES_SHOWN + 1) break;
    const place = `${p.sheet}!${p.range}`;
    if (!r.places.includes(place)) r.places.push(place);
  }
}

function repeatFinding(r: Repeat): Finding {
  const more = r.count + 1 > r.places.length ? ` 等共 ${r.count + 1} 处` : "";
  return {
    rule: "read.duplicate-table",
    severity: "warning",
    message: `${r.name}出现多次（${r.places.join("、")}${more}），后出现的部分按续表合并读取`,
    cells: r.cells,
  };
}

/** Each part's unit: its own unit line, else the previous part's; a table without any is read in 元. */
function settleUnits(lt: LocatedTable, findings: Finding[]): void {
  const first = lt.regions.find((r) => r.unit)?.unit ?? null;
  if (!first) {
    const reg = lt.regions[0];
    findings.push({
      rule: "read.missing-unit",
      severity: "warning",
      message: `${lt.spec.name}（${reg.grid.ref(reg.titleRow, 0)}）未找到单位行（如“单位：元”），按元读取`,
      cells: [reg.grid.ref(reg.titleRow, 0)],
    });
  }
  let current = first ?? "yuan";
  for (const reg of lt.regions) {
    if (reg.unit) current = reg.unit;
    else reg.unit = current;
  }
  lt.table.unit = lt.regions[0].unit ?? "yuan";
  if (lt.regions.some((r) => r.unit !== lt.table.unit)) lt.table.variants.push("mixed-units");
  if (lt.regions.some((r) => r.unit === "wanYuan")) lt.table.variants.push("wan-yuan");
}

/**
 * Every standard table in the workbook, by title. Layout variants found while parsing (split codes,
 * two blocks, vertical …) are added by `readFinalAccounts`; here: "continued", "empty", "wan-yuan".
 */
export function detectTables(sheets: Sheet[]): { tables: DetectedTable[]; findings: Finding[] } {
  const findings: Finding[] = [];
  const located = locateTablesOrReport(sheets ?? [], findings);
  for (const lt of located) {
    if (lt.regions.every((r) => r.emptyNote) && !lt.table.variants.includes("empty")) lt.table.variants.push("empty");
  }
  return { tables: located.map((l) => l.table), findings };
}

/** locateTables that never throws: a failure becomes a read.failed finding and no tables. */
export function locateTablesOrReport(sheets: readonly Sheet[], findings: Finding[]): LocatedTable[] {
  try {
    return locateTables(sheets, findings);
  } catch (e) {
    findings.push({
      rule: "read.failed",
      severity: "error",
      message: `识别决算公开表时出错：${e instanceof Error ? e.message : String(e)}`,
      cells: [],
    });
    return [];
  }
}
