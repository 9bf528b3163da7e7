/**
 * .xlsx file → Sheet[]: the CLI reads the file's bytes (Chinese messages naming the path), src/xlsx reads the
 * workbook (see there for how values are read). A large sheet that is clearly not a table of ours is cut
 * short after its first rows (src/tables/sheet-filter.ts says when; nothing of ours is left unread).
 */
import { basename } from "node:path";
import { inflateRawSync } from "node:zlib";
import type { Finding, Sheet } from "../tables/model";
import { sheetFilter } from "../tables/sheet-filter";
// Not the folder's index: that brings fflate, which the CLI does not need (node:zlib inflates here).
import { WorkbookReadError } from "../xlsx/errors";
import { readWorkbookWith } from "../xlsx/workbook";
import { readFileOrFail } from "./files";

export { WorkbookReadError };

/** The largest output buffer asked of zlib at once; a larger part is inflated in pieces of this size. */
const MAX_CHUNK = 32 * 1024 * 1024;

/**
 * Node's native zlib: several times faster than fflate on a cold start. The output buffer is the part's
 * size from the zip directory (up to MAX_CHUNK), so zlib writes one buffer instead of many 16 KiB pieces
 * joined afterwards; never more than `size` bytes come out.
 */
export function nodeInflateRaw(data: Uint8Array, size: number): Uint8Array {
  const max = Math.max(size, 1);
  return inflateRawSync(data, { info: false, maxOutputLength: max, chunkSize: Math.min(Math.max(max, 64), MAX_CHUNK) });
}

/**
 * Reads an .xlsx file, and says which sheets were cut short (info findings); throws WorkbookReadError with a
 * Chinese message for anything unreadable.
 */
export async function readXlsxReport(path: string): Promise<{ sheets: Sheet[]; findings: Finding[] }> {
  const buf = await readFileOrFail(path, { noun: "文件", expected: "工作簿文件" }, (m) => new WorkbookReadError(m));
  const stop = sheetFilter();
  const sheets = readWorkbookWith(buf, basename(path), { inflateRaw: nodeInflateRaw, stop });
  return { sheets, findings: stop.findings() };
}

/** Reads an .xlsx file; throws WorkbookReadError with a Chinese message for anything unreadable. */
export async function readXlsx(path: string): Promise<Sheet[]> {
  return (await readXlsxReport(path)).sheets;
}
