/**
 * A narrative text file → plain text for the proofreader: .txt as UTF-8 (BOM stripped; UTF-16 with a BOM
 * also read), .docx via jszip (word/document.xml: paragraphs joined with "\n", w:tab → "\t", w:br → "\n").
 * Anything unreadable throws TextReadError with a Chinese message naming the file.
 */
import { basename, extname } from "node:path";
import JSZip from "jszip";
import { OLE_MAGIC, readFileOrFail, startsWith } from "./files";
import type { CliIO } from "./command";

export class TextReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "TextReadError";
  }
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

const NAMED_ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** Decodes the five XML entities and numeric character references. */
export function decodeXmlEntities(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g, (whole, body: string) => {
    if (body[0] === "#") {
      const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isInteger(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[body] ?? whole;
  });
}

/**
 * The text of a WordprocessingML body: each w:p is a line; w:t is text, w:tab a tab, w:br / w:cr a line
 * break. Paragraph properties (their tab stops are w:tab too), deleted text and the fallback copy of
 * alternate content are skipped.
 */
export function documentXmlText(xml: string): string {
  const body = xml
    .replace(/<mc:Fallback\b[\s\S]*?<\/mc:Fallback>/g, "")
    .replace(/<w:pPr(?:\s[^>]*[^/])?>[\s\S]*?<\/w:pPr>/g, "")
    .replace(/<w:del(?:\s[^>]*[^/])?>[\s\S]*?<\/w:del>/g, "");
  const paragraphs: string[] = [];
  let current = "";
  let inParagraph = false;
  const re = /<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:(tab|br|cr)\b[^>]*>|<w:p(?:\s[^>]*?)?(\/?)>|<\/w:p>/g;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const tag = m[0];
    if (m[1] !== undefined) current += decodeXmlEntities(m[1]);
    else if (m[2] === "tab") current += "\t";
    else if (m[2] !== undefined) current += "\n";
    else if (tag.startsWith("</")) {
      paragraphs.push(current);
      current = "";
      inParagraph = false;
    } else if (m[3] === "/") {
      paragraphs.push("");
    } else {
      // A paragraph opening inside another (text boxes): close the outer one first.
      if (inParagraph && current !== "") {
        paragraphs.push(current);
        current = "";
      }
      inParagraph = true;
    }
  }
  if (current !== "") paragraphs.push(current);
  return paragraphs.join("\n");
}

async function docxText(buf: Buffer, path: string): Promise<string> {
  const name = basename(path);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(buf);
  } catch (e) {
    throw new TextReadError(`无法读取 ${name}：文件已损坏或不是 .docx 格式（${(e as Error).message}）`);
  }
  const doc = zip.file("word/document.xml");
  if (!doc) throw new TextReadError(`${name} 不是 Word 文档（.docx）：缺少 word/document.xml`);
  return documentXmlText(await doc.async("string"));
}

function plainText(buf: Buffer, path: string): string {
  if (buf[0] === 0xff && buf[1] === 0xfe) return new TextDecoder("utf-16le").decode(buf.subarray(2));
  if (buf[0] === 0xfe && buf[1] === 0xff) return new TextDecoder("utf-16be").decode(buf.subarray(2));
  try {
    // TextDecoder drops a UTF-8 BOM itself.
    return new TextDecoder("utf-8", { fatal: true }).decode(buf);
  } catch {
    throw new TextReadError(
      `${basename(path)} 不是 UTF-8 编码的文本（可能是 GBK 编码）：请用记事本等“另存为”UTF-8 编码后再试，或直接使用 .docx 文件`,
    );
  }
}

/** Reads a narrative from a .txt (UTF-8) or .docx file. */
export async function readNarrativeText(path: string): Promise<string> {
  const name = basename(path);
  const buf = await readFileOrFail(path, { noun: "说明文件", expected: "说明文件" }, (m) => new TextReadError(m));
  const ext = extname(path).toLowerCase();
  if (startsWith(buf, OLE_MAGIC)) {
    throw new TextReadError(`${name} 是旧版 Word（.doc）格式，请在 Word 中另存为 .docx 后再试`);
  }
  if (startsWith(buf, ZIP_MAGIC)) {
    if (ext !== ".docx" && ext !== ".docm" && ext !== "") {
      throw new TextReadError(`${name} 是压缩文件而不是文本，请使用 .txt 或 .docx 文件`);
    }
    return docxText(buf, path);
  }
  if (ext === ".docx") throw new TextReadError(`${name} 不是有效的 .docx 文件，请在 Word 中打开并另存为 .docx 后再试`);
  if (ext === ".pdf" || startsWith(buf, [0x25, 0x50, 0x44, 0x46])) {
    throw new TextReadError(`暂不支持 PDF：请把 ${name} 的文字复制到 .txt 文件，或另存为 .docx 后再试`);
  }
  const text = plainText(buf, path);
  if (text.includes("\u0000")) throw new TextReadError(`${name} 不是文本文件，请使用 .txt 或 .docx 文件`);
  return text;
}

/** The text of a narrative file, or null after telling the user in Chinese why it could not be read. */
export async function readNarrativeTextOrReport(path: string, io: Pick<CliIO, "stderr">): Promise<string | null> {
  try {
    return await readNarrativeText(path);
  } catch (e) {
    if (!(e instanceof TextReadError)) throw e;
    io.stderr(`${e.message}\n`);
    return null;
  }
}
