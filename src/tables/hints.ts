/**
 * What a workbook says about itself beyond its tables: the heading that names the whole set
 * ("上海市普陀区财政局2024年度部门决算表", as Shanghai prints it above the first table), the department
 * lines ("部门：…", "编制单位：…"). The region chooser (src/narrative)
 * reads these; the reader takes department and year from the heading when no table line gives them.
 */
import { toHalfWidth } from "../core";
import type { Sheet, WorkbookHints } from "./model";
import { Grid } from "./grid";
import { isSupplementSheet } from "./detect";
import { departmentFrom } from "./labels";

/** A heading line of the whole set: "[第二部分] <department> <year>年度部门决算[公开]表". */
const HEADING = /^(?:第[一二三四五六七八九十]+部分)?\s*(.{2,40}?)\s*(\d{4})\s*年度?\s*部门决算(?:公开)?表?$/;

export interface SetHeading {
  text: string;
  department: string;
  year: number;
  cell: string;
}

/** "上海市普陀区财政局 2024 年度部门决算表" → department and year; null for any other text. */
export function parseSetHeading(text: string): { department: string; year: number } | null {
  const t = toHalfWidth(text).replace(/\u3000/g, " ").trim();
  if (t.length > 80) return null;
  const m = HEADING.exec(t);
  if (!m) return null;
  const department = m[1].replace(/\s+/g, "");
  if (/决算|[表:：]/.test(department)) return null;
  return { department, year: Number(m[2]) };
}

/**
 * A cheap test every heading and department line passes: a set heading holds "部门决算", a department line
 * "部门" or "单位" (toHalfWidth maps only full-width ASCII, so these characters are in the text as printed).
 * A blank cell (whitespace only) is neither.
 */
function mayBeHeading(v: string): boolean {
  return v.includes("部门") || v.includes("单位");
}

/** Every set heading and department line on the table sheets, in sheet order. */
export function scanHeadings(sheets: readonly Sheet[]): { headings: SetHeading[]; departmentLines: string[] } {
  const headings: SetHeading[] = [];
  const departmentLines: string[] = [];
  for (const sheet of sheets) {
    if (!sheet || typeof sheet.name !== "string" || !Array.isArray(sheet.values) || isSupplementSheet(sheet)) continue;
    const grid = new Grid(sheet);
    for (let r = 0; r < grid.rowCount; r++) {
      const row: unknown = sheet.values[r];
      if (!Array.isArray(row)) continue;
      for (let c = 0; c < row.length; c++) {
        const v: unknown = row[c];
        if (typeof v !== "string" || v.length > 80 || !mayBeHeading(v)) continue;
        const h = parseSetHeading(v);
        if (h) headings.push({ text: v.trim(), ...h, cell: grid.ref(r, c) });
        else if (departmentFrom(v) && !departmentLines.includes(v.trim())) departmentLines.push(v.trim());
      }
    }
  }
  return { headings, departmentLines };
}

export function workbookHints(sheets: readonly Sheet[]): WorkbookHints {
  const { headings, departmentLines } = scanHeadings(sheets);
  const texts: string[] = [];
  for (const h of headings) if (!texts.includes(h.text)) texts.push(h.text);
  return {
    headings: texts,
    departmentLines,
    headingDepartment: headings[0]?.department ?? null,
    headingYear: headings[0]?.year ?? null,
    headingCell: headings[0]?.cell ?? null,
  };
}
