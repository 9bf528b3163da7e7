/** File helpers the CLI commands share: reading a file with Chinese errors, magic bytes, a folder's workbooks. */
import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";

/** An OLE compound file: old .xls / .doc. */
export const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0] as const;

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

/** The .xlsx workbooks directly in a folder (no Excel lock files "~$…", no hidden files), sorted by name. */
export async function listWorkbooks(folder: string): Promise<string[]> {
  const names = await readdir(folder);
  return names
    .filter((n) => /\.xlsx$/i.test(n) && !n.startsWith("~$") && !n.startsWith("."))
    .sort()
    .map((n) => join(folder, n));
}
