/** Workbook file → sheets, final accounts and findings: the pipeline every CLI command starts with. */
import { runChecks, runYearOnYearChecks } from "../checks";
import type { FinalAccounts, Finding, Sheet } from "../tables/model";
import { readWithPrior } from "../tables/prior";
import { readXlsxReport } from "./read-xlsx";

export interface LoadedWorkbook {
  sheets: Sheet[];
  accounts: FinalAccounts;
  /** The reader's findings (missing tables, unreadable cells …) and the checks' findings, errors first. */
  findings: Finding[];
}

/**
 * Reads and checks the sheets of a workbook. Last year's tables — `prior` (another workbook) or
 * prior-year sheets of this one — supply the prior-year figures and the year-on-year checks.
 */
export function checkSheets(sheets: Sheet[], prior?: { file: string; sheets: Sheet[] }, extra: Finding[] = []): LoadedWorkbook {
  const r = readWithPrior(sheets, prior);
  const all = [
    ...r.findings,
    ...extra,
    ...runChecks(r.accounts),
    ...(r.prior && r.priorFigures ? runYearOnYearChecks(r.accounts, r.prior, r.priorFigures.source) : []),
  ];
  const order = { error: 0, warning: 1, info: 2 } as const;
  // Stable sort: errors first, reader findings before check findings within a severity.
  all.sort((a, b) => order[a.severity] - order[b.severity]);
  return { sheets, accounts: r.accounts, findings: all };
}

/** Reads and checks a workbook; throws WorkbookReadError (Chinese message) when it cannot be read. */
export async function loadWorkbook(path: string): Promise<LoadedWorkbook> {
  const { sheets, findings } = await readXlsxReport(path);
  return checkSheets(sheets, undefined, findings);
}
