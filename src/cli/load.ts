/** Workbook file → sheets, final accounts and findings: the pipeline every CLI command starts with. */
import { runChecks } from "../checks";
import { readFinalAccounts } from "../tables";
import type { FinalAccounts, Finding, Sheet } from "../tables/model";
import { readXlsx } from "./read-xlsx";

export interface LoadedWorkbook {
  sheets: Sheet[];
  accounts: FinalAccounts;
  /** The reader's findings (missing tables, unreadable cells …) and the checks' findings, errors first. */
  findings: Finding[];
}

/** Reads and checks a workbook; throws WorkbookReadError (Chinese message) when it cannot be read. */
export async function loadWorkbook(path: string): Promise<LoadedWorkbook> {
  const sheets = await readXlsx(path);
  const { accounts, findings } = readFinalAccounts(sheets);
  const all = [...findings, ...runChecks(accounts)];
  const order = { error: 0, warning: 1, info: 2 } as const;
  // Stable sort: errors first, reader findings before check findings within a severity.
  all.sort((a, b) => order[a.severity] - order[b.severity]);
  return { sheets, accounts, findings: all };
}
