/**
 * Last year's tables placed as sheets of this workbook, told apart by the year in their titles:
 * sheets whose tables are titled with an earlier year go to the prior-year derivation, the rest
 * (this year's tables, 补充信息, anything else) to this year's model.
 */
import { detectTables, isSupplementSheet } from "../detect";
import { yearFrom } from "../labels";
import type { Sheet } from "../model";

export interface SplitSheets {
  current: Sheet[];
  /** Sheets of last year's tables; empty when the workbook holds one year only. */
  prior: Sheet[];
  currentYear: number | null;
  priorYear: number | null;
}

/** The year printed in a sheet's table titles (or, failing that, in its first rows); null if none. */
function sheetYear(sheet: Sheet): number | null {
  const { tables } = detectTables([sheet]);
  if (tables.length === 0) return null;
  for (const t of tables) {
    const y = yearFrom(t.title);
    if (y !== null) return y;
  }
  for (const row of (sheet.values ?? []).slice(0, 6)) {
    for (const v of row ?? []) {
      if (typeof v !== "string") continue;
      const y = yearFrom(v);
      if (y !== null) return y;
    }
  }
  return null;
}

export function splitByYear(sheets: readonly Sheet[]): SplitSheets {
  const years = sheets.map((s) => (s && !isSupplementSheet(s) ? sheetYear(s) : null));
  const known = [...new Set(years.filter((y): y is number => y !== null))].sort((a, b) => b - a);
  if (known.length < 2) return { current: [...sheets], prior: [], currentYear: known[0] ?? null, priorYear: null };
  const [currentYear, priorYear] = known;
  const current: Sheet[] = [];
  const prior: Sheet[] = [];
  sheets.forEach((s, i) => {
    if (years[i] === priorYear) prior.push(s);
    else if (years[i] === null || years[i] === currentYear) current.push(s);
    // Tables of still older years are left out of both.
  });
  return { current, prior, currentYear, priorYear };
}
