/**
 * The pane's one way to read last year's .xlsx chosen by the user: the shared lean reader (src/xlsx), loaded
 * on first use in its own chunk, so the pane's initial bundle does not carry it.
 */
import { readWorkbookBytes } from "./lazy";
import type { PriorWorkbook } from "./pipeline";

export async function readPriorWorkbook(file: string, bytes: ArrayBuffer): Promise<PriorWorkbook> {
  return { file, sheets: await readWorkbookBytes(new Uint8Array(bytes), file) };
}
