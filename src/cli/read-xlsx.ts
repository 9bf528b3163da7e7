/**
 * .xlsx file → Sheet[]: the CLI reads the file's bytes (Chinese messages naming the path), src/xlsx reads the
 * workbook (see there for how values are read).
 */
import { basename } from "node:path";
import { inflateRawSync } from "node:zlib";
import type { Sheet } from "../tables/model";
import { WorkbookReadError, readWorkbook } from "../xlsx";
import { readFileOrFail } from "./files";

export { WorkbookReadError };

/** Node's native zlib: several times faster than fflate on a cold start. */
function nodeInflateRaw(data: Uint8Array, size: number): Uint8Array {
  return inflateRawSync(data, { info: false, maxOutputLength: Math.max(size, 1) });
}

/** Reads an .xlsx file; throws WorkbookReadError with a Chinese message for anything unreadable. */
export async function readXlsx(path: string): Promise<Sheet[]> {
  const buf = await readFileOrFail(path, { noun: "文件", expected: "工作簿文件" }, (m) => new WorkbookReadError(m));
  return readWorkbook(buf, basename(path), { inflateRaw: nodeInflateRaw });
}
