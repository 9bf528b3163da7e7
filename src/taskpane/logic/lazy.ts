/**
 * The pane's boundary to the heavy parts: the engine (tables reader, checks, narrative) and the proofreader
 * load on first use, in their own chunks, so the first screen does not wait for them. Once loaded, a chunk
 * stays (import() resolves from the module cache). The pure, synchronous functions stay in ./pipeline and
 * ./proofread for the tests and for these wrappers.
 */
import type { FinalAccounts, Sheet } from "../../tables/model";
import type { ProofFinding } from "../../proofread";
import type { PaneSettings } from "./pane-settings";
import type { Analysis, PriorWorkbook } from "./pipeline";

/** analyse() from ./pipeline, loading the engine on first use. */
export async function analyseLazy(sheets: Sheet[], settings: PaneSettings, prior?: PriorWorkbook | null): Promise<Analysis> {
  const { analyse } = await import(/* webpackChunkName: "engine" */ "./pipeline");
  return analyse(sheets, settings, prior);
}

/** proofread() from ./proofread, loading the proofreader on first use. */
export async function proofreadLazy(
  text: string,
  accounts: FinalAccounts,
  errorsFirst = false,
): Promise<ProofFinding[]> {
  const { proofread } = await import(/* webpackChunkName: "proofread" */ "./proofread");
  return proofread(text, accounts, errorsFirst);
}

/** proofreadAlone() from ./proofread (the text against itself, no workbook), loading the proofreader on first use. */
export async function proofreadAloneLazy(
  text: string,
  errorsFirst = false,
): Promise<ProofFinding[]> {
  const { proofreadAlone } = await import(/* webpackChunkName: "proofread" */ "./proofread");
  return proofreadAlone(text, errorsFirst);
}

/**
 * An .xlsx file's sheets (e.g. the prior-year workbook the user picks), loading the reader on first use. A
 * large sheet that is clearly not a table of ours is cut short after its first rows (src/tables/sheet-filter.ts).
 */
export async function readWorkbookBytes(bytes: Uint8Array, fileName: string): Promise<Sheet[]> {
  const [{ readWorkbook }, { sheetFilter }] = await Promise.all([
    import(/* webpackChunkName: "xlsx" */ "../../xlsx"),
    import(/* webpackChunkName: "xlsx" */ "../../tables/sheet-filter"),
  ]);
  return readWorkbook(bytes, fileName, { stop: sheetFilter() });
}
