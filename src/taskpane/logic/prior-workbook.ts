/**
 * The pane's one way to read last year's .xlsx chosen by the user. The reader is loaded on first use
 * (its own chunk), so the pane's initial bundle does not carry it.
 */
import type { PriorWorkbook } from "./pipeline";

export async function readPriorWorkbook(file: string, bytes: ArrayBuffer): Promise<PriorWorkbook> {
  const { readXlsxBytes } = await import(/* webpackChunkName: "prior-reader" */ "./prior-reader");
  return { file, sheets: await readXlsxBytes(file, bytes) };
}
