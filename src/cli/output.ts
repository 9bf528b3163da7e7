/**
 * Writing a command's output files safely: an output never replaces an input or a file of another type,
 * folders are created, and every write error is plain Chinese (path, cause, what to do).
 */
import { mkdir, open, realpath, rename, stat, unlink, writeFile } from "node:fs/promises";
import { dirname, extname, resolve } from "node:path";
import { OLE_MAGIC, ZIP_MAGIC, startsWith } from "./files";
import { UsageError } from "./command";

/** A file that cannot be written; the message is Chinese and names the path. */
export class OutputWriteError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "OutputWriteError";
  }
}

/** What an error code means and what to do, for write errors. */
const WRITE_CAUSE: Record<string, string> = {
  ENOENT: "所在文件夹不存在，请检查路径",
  ENOTDIR: "路径中的某一级不是文件夹，请检查路径",
  EACCES: "没有写入权限，请换一个有权限的位置，或请管理员开放权限",
  EPERM: "没有写入权限（或文件被占用），请关闭正在使用它的程序或换一个位置",
  EBUSY: "文件正被其他程序占用，请关闭该程序后再试",
  EISDIR: "这是一个文件夹，请指定一个文件名",
  ENOSPC: "磁盘空间不足，请清理磁盘或换一个位置",
  EDQUOT: "磁盘配额已满，请清理或换一个位置",
  EROFS: "所在位置只读，请换一个可写的位置",
  EEXIST: "同名文件已存在且不是文件夹，请换一个位置",
  ENAMETOOLONG: "路径太长，请换一个较短的路径",
};

export function writeErrorMessage(path: string, e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code ?? "";
  const cause = WRITE_CAUSE[code] ?? "请检查路径和磁盘后再试";
  return `无法写入 ${path}：${cause}`;
}

/** The path with symbolic links resolved (its folder's, when the file does not exist yet). */
async function canonical(path: string): Promise<string> {
  const abs = resolve(path);
  try {
    return await realpath(abs);
  } catch {
    try {
      return resolve(await realpath(dirname(abs)), abs.slice(dirname(abs).length + 1));
    } catch {
      return abs;
    }
  }
}

/**
 * A check for outputs that are (or resolve to) one of the inputs: the inputs are resolved once, so checking
 * the outputs of a folder of N workbooks costs N lookups, not N × N.
 */
export async function inputGuard(inputs: readonly string[]): Promise<(out: string) => Promise<void>> {
  const byCanonical = new Map<string, string>();
  for (const input of inputs) {
    const c = await canonical(input);
    if (!byCanonical.has(c)) byCanonical.set(c, input);
  }
  return async (out) => {
    const input = byCanonical.get(await canonical(out));
    if (input !== undefined) {
      throw new UsageError(`输出 ${out} 就是输入文件 ${input}，写入会覆盖它；请用 --out 指定另一个文件`);
    }
  };
}

/** Throws a UsageError when `out` is (or resolves to) one of the inputs. */
export async function refuseInputAsOutput(out: string, inputs: readonly string[]): Promise<void> {
  await (await inputGuard(inputs))(out);
}

/** File extensions each output format may overwrite. */
const OVERWRITABLE: Record<string, readonly string[]> = {
  text: [".txt", ".text", ".md", ""],
  html: [".html", ".htm"],
  docx: [".docx"],
  json: [".json"],
};

/** True when the bytes are a workbook (xlsx zip) or an old Office file, never a text or Word output of ours. */
function looksLikeOtherType(head: Buffer, format: string): boolean {
  if (startsWith(head, OLE_MAGIC)) return true;
  if (startsWith(head, ZIP_MAGIC)) return format !== "docx" || head.includes("xl/");
  return format === "docx";
}

/**
 * Throws a UsageError when `dest` exists and is not a file of the output's type (an .xlsx under --format docx,
 * a Word file under --format text …): it would be replaced by something else.
 */
export async function refuseOtherType(dest: string, format: string): Promise<void> {
  const info = await stat(dest).catch(() => null);
  if (!info) return;
  if (info.isDirectory()) throw new UsageError(`${dest} 是文件夹；请用 --out 指定一个文件名`);
  if (!info.isFile()) throw new UsageError(`${dest} 不是普通文件，不会覆盖它；请用 --out 指定另一个文件名`);
  const ext = extname(dest).toLowerCase();
  let head = Buffer.alloc(0);
  const fh = await open(dest, "r").catch(() => null);
  if (fh) {
    try {
      const buf = Buffer.alloc(64 * 1024);
      const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
      head = buf.subarray(0, bytesRead);
    } finally {
      await fh.close();
    }
  }
  if (!(OVERWRITABLE[format] ?? []).includes(ext) || (head.length > 0 && looksLikeOtherType(head, format))) {
    throw new UsageError(
      `${dest} 已存在且不是 ${format} 格式的文件，不会覆盖它；请用 --out 指定另一个文件名（扩展名 ${OVERWRITABLE[format][0] || ".txt"}）`,
    );
  }
}

/** Creates a folder (and its parents); a failure is an OutputWriteError in Chinese. */
export async function makeFolder(path: string): Promise<void> {
  try {
    await mkdir(path, { recursive: true });
  } catch (e) {
    throw new OutputWriteError(writeErrorMessage(path, e));
  }
}

/**
 * Writes a file through a temporary file next to it and a rename, so a failed write (disk full …) never
 * leaves a half-written file in place of a good one. The folder is created when missing.
 */
export async function writeOutput(dest: string, data: string | Uint8Array): Promise<void> {
  await makeFolder(dirname(resolve(dest)));
  const tmp = `${dest}.${process.pid}.tmp`;
  try {
    await writeFile(tmp, data);
    await rename(tmp, dest);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw new OutputWriteError(writeErrorMessage(dest, e));
  }
}
