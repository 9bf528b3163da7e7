/**
 * .xlsx bytes → Sheet[], in workbook order. No file system: the CLI reads the file, the pane hands over the
 * bytes of a chosen file. Anything unreadable throws WorkbookReadError with a Chinese message naming the file.
 */
import type { Sheet } from "../tables/model";
import { WorkbookReadError } from "./errors";
import { readSharedStrings } from "./strings";
import { readDateStyles } from "./styles";
import { type SheetStop, readSheet } from "./sheet";
import { attr, startTags } from "./xml";
import { type InflateRaw, type ZipEntries, ZipFormatError, openZip } from "./zip";

export interface ReadOptions {
  /**
   * Raw DEFLATE decompression; fflate (pure JavaScript, runs in the browser: src/xlsx/fflate.ts) unless
   * given. The CLI passes node:zlib and calls `readWorkbookWith` so that fflate is never loaded.
   */
  inflateRaw?: InflateRaw;
  /**
   * Early stop for sheets that are clearly not the caller's (src/tables/sheet-filter.ts gives one): a sheet
   * with more rows than `stop.rows` is cut short when its first rows and every text further down say so.
   */
  stop?: SheetStop;
}

const ZIP_MAGIC = [0x50, 0x4b]; // "PK"
/** An OLE compound file: an old .xls, or an .xlsx encrypted with an open password. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

/** Whether an OLE container holds an encrypted OOXML package (its directory names "EncryptedPackage"). */
export function isEncryptedPackage(bytes: Uint8Array): boolean {
  const name = "EncryptedPackage";
  // Directory entries store names in UTF-16LE.
  const needle = new Uint8Array(name.length * 2);
  for (let i = 0; i < name.length; i++) needle[i * 2] = name.charCodeAt(i);
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    if (bytes[i] !== needle[0]) continue;
    for (let j = 1; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

const decoder = new TextDecoder();
const decodeUtf8 = (b: Uint8Array) => decoder.decode(b);

/** "worksheets/sheet1.xml" relative to "xl/workbook.xml" → "xl/worksheets/sheet1.xml". */
function resolvePart(base: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = base.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== ".") parts.push(seg);
  }
  return parts.join("/");
}

function relsPath(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

interface Relationship {
  type: string;
  target: string;
}

function readRels(zip: ZipEntries, text: (b: Uint8Array) => string, part: string): Map<string, Relationship> {
  const bytes = zip.read(relsPath(part));
  const rels = new Map<string, Relationship>();
  if (!bytes) return rels;
  for (const tag of startTags(text(bytes), "Relationship")) {
    const id = attr(tag, "Id");
    const target = attr(tag, "Target");
    if (id && target && attr(tag, "TargetMode") !== "External") {
      rels.set(id, { type: attr(tag, "Type") ?? "", target: resolvePart(part, target) });
    }
  }
  return rels;
}

/**
 * Reads the sheets of an .xlsx held in `bytes`; `fileName` names the file in error messages. `readWorkbook`
 * (src/xlsx/fflate.ts) is the same with fflate as the default inflater.
 */
export function readWorkbookWith(
  bytes: Uint8Array,
  fileName: string,
  options: ReadOptions & { inflateRaw: InflateRaw },
): Sheet[] {
  if (startsWith(bytes, OLE_MAGIC)) {
    if (isEncryptedPackage(bytes)) {
      throw new WorkbookReadError(`${fileName} 工作簿设置了打开密码，请在 Excel 中取消密码（文件 → 信息 → 保护工作簿 → 用密码进行加密，清空密码）并保存后再试`);
    }
    throw new WorkbookReadError(
      `${fileName} 是旧版 .xls 格式，请在 Excel 中另存为 .xlsx 后再试（若工作簿设置了打开密码，请先取消密码）`,
    );
  }
  if (!startsWith(bytes, ZIP_MAGIC)) {
    throw new WorkbookReadError(`${fileName} 不是有效的 .xlsx 工作簿文件，请在 Excel 中打开并另存为 .xlsx 后再试`);
  }
  const broken = (why: string) =>
    new WorkbookReadError(`无法读取工作簿 ${fileName}：文件已损坏或不是 .xlsx 格式（${why}）`);
  const text = decodeUtf8;
  try {
    const zip = openZip(bytes, options.inflateRaw);
    const root = readRels(zip, text, "");
    const office = [...root.values()].find((r) => r.type.endsWith("/officeDocument"));
    const bookPath = office?.target ?? "xl/workbook.xml";
    const bookBytes = zip.read(bookPath);
    if (!bookBytes) throw broken("缺少 workbook.xml");
    const book = text(bookBytes);
    const rels = readRels(zip, text, bookPath);
    const partOf = (kind: string, fallback: string) =>
      [...rels.values()].find((r) => r.type.endsWith(`/${kind}`))?.target ?? fallback;
    const shared = zip.read(partOf("sharedStrings", "xl/sharedStrings.xml"));
    const styles = zip.read(partOf("styles", "xl/styles.xml"));
    const pr = startTags(book, "workbookPr")[0];
    const date1904 = pr !== undefined && ["1", "true"].includes(attr(pr, "date1904") ?? "");
    const ctx = {
      sharedStrings: shared ? readSharedStrings(text(shared)) : [],
      dateStyles: readDateStyles(styles && text(styles)),
      date1904,
    };
    const sheets: Sheet[] = [];
    for (const tag of startTags(book, "sheet")) {
      const name = attr(tag, "name") ?? "";
      const rel = rels.get(attr(tag, "r:id") ?? "");
      if (!rel || !rel.type.endsWith("/worksheet")) continue; // chart sheets, dialog sheets
      const part = zip.read(rel.target);
      if (!part) throw broken(`缺少工作表“${name}”的内容`);
      sheets.push(readSheet(name, part, ctx, options.stop)); // scanned as bytes, never decoded whole
    }
    return sheets;
  } catch (e) {
    if (e instanceof WorkbookReadError) throw e;
    if (e instanceof ZipFormatError) throw broken(e.message);
    throw broken((e as Error).message);
  }
}
