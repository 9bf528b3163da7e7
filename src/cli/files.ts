/** File helpers the CLI commands share: reading a file with Chinese errors, magic bytes, a folder's workbooks. */
import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";

/** An OLE compound file: old .xls / .doc. */
export const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0] as const;

/** A zip archive: .xlsx / .docx. */
export const ZIP_MAGIC = [0x50, 0x4b] as const; // "PK"

export function startsWith(buf: Uint8Array, magic: readonly number[]): boolean {
  return buf.length >= magic.length && magic.every((b, i) => buf[i] === b);
}

/**
 * Reads a file's bytes; a failure becomes fail(Chinese message naming the path). `noun` names the file
 * in the messages (找不到{noun}：…, 无法读取{noun} …), `expected` what a folder was taken for (…是文件夹，不是{expected}).
 */
export async function readFileOrFail(
  path: string,
  names: { noun: string; expected: string },
  fail: (message: string) => Error,
): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw fail(`找不到${names.noun}：${path}`);
    if (code === "EISDIR") throw fail(`${path} 是文件夹，不是${names.expected}`);
    if (code === "EACCES" || code === "EPERM") throw fail(`没有读取 ${path} 的权限`);
    throw fail(`无法读取${names.noun} ${path}：${(e as Error).message}`);
  }
}

/** A file in a folder that a folder run does not process, and why (counted in the summary). */
export interface SkippedFile {
  file: string;
  reason: string;
}

/** Files that look like spreadsheets but are not .xlsx, with the reason a folder run leaves them out. */
const SKIP_REASONS: [RegExp, string][] = [
  [/^~\$/, "Excel 打开工作簿时生成的临时文件"],
  [/\.xls$/i, "旧版 .xls 格式，请在 Excel 中另存为 .xlsx"],
  [/\.(xlsm|xlsb|xltx|xltm)$/i, "不是 .xlsx 格式，请在 Excel 中另存为 .xlsx"],
  [/\.(et|ett)$/i, "WPS 表格格式，请在 WPS 中另存为 .xlsx"],
  [/\.(ods|csv)$/i, "不是 .xlsx 格式，请在 Excel 或 WPS 中另存为 .xlsx"],
];

/**
 * The .xlsx workbooks directly in a folder (no Excel lock files "~$…", no hidden files), sorted by name,
 * and the spreadsheet-like files left out with their reasons.
 */
export async function listWorkbooks(folder: string): Promise<{ workbooks: string[]; skipped: SkippedFile[] }> {
  const names = (await readdir(folder)).sort();
  const workbooks: string[] = [];
  const skipped: SkippedFile[] = [];
  for (const n of names) {
    if (n.startsWith(".")) continue;
    const reason = SKIP_REASONS.find(([re]) => re.test(n))?.[1];
    if (reason) skipped.push({ file: join(folder, n), reason });
    else if (/\.xlsx$/i.test(n)) workbooks.push(join(folder, n));
  }
  return { workbooks, skipped };
}

/** "2 个旧版 .xls、1 个临时文件" style: how many files were skipped for each reason. */
export function skippedReasons(skipped: readonly SkippedFile[]): string {
  const counts = new Map<string, number>();
  for (const s of skipped) counts.set(s.reason, (counts.get(s.reason) ?? 0) + 1);
  return [...counts].map(([reason, n]) => `${n} 个：${reason}`).join("；");
}
