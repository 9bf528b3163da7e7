/**
 * .xlsx bytes → sheets in the browser: the ZIP package opened here and inflated by the browser's
 * DecompressionStream("deflate-raw"), the XML parsed by DOMParser — no library and no code built
 * from strings (the pane's CSP holds). Cached results of formulas are read; styles are
 * not (amounts are plain numbers). Loaded only through prior-workbook.ts. To be replaced by the shared
 * lean reader (src/xlsx) when it lands: same contract.
 */
import { type CellValue, columnLetters, parseA1, toCellValue } from "../../core";
import type { Sheet } from "../../tables/model";

const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

function xml(text: string): Document {
  return new DOMParser().parseFromString(text, "application/xml");
}

/** Direct and nested <t> texts of a shared or inline string, without phonetic runs. */
function stringText(node: Element): string {
  let out = "";
  for (const t of Array.from(node.getElementsByTagName("t"))) {
    if (t.parentElement?.localName === "rPh") continue;
    out += t.textContent ?? "";
  }
  return out;
}

function cellValue(c: Element, shared: string[]): CellValue {
  const type = c.getAttribute("t") ?? "n";
  const v = c.getElementsByTagName("v")[0]?.textContent ?? null;
  switch (type) {
    case "s":
      return v === null ? null : toCellValue(shared[Number(v)] ?? "");
    case "inlineStr": {
      const is = c.getElementsByTagName("is")[0];
      return is ? toCellValue(stringText(is)) : null;
    }
    case "str":
      return toCellValue(v ?? "");
    case "b":
      return v === null ? null : v === "1";
    case "e":
      return v === null ? null : { error: v };
    default:
      return v === null || v === "" ? null : Number(v);
  }
}

function sheetOf(name: string, doc: Document, shared: string[]): Sheet {
  const cells: { r: number; c: number; v: CellValue }[] = [];
  let row = 0;
  for (const rowEl of Array.from(doc.getElementsByTagName("row"))) {
    row = Number(rowEl.getAttribute("r") ?? row + 1);
    let col = 0;
    for (const c of Array.from(rowEl.getElementsByTagName("c"))) {
      const ref = c.getAttribute("r");
      col = ref ? parseA1(ref).col + 1 : col + 1;
      const v = cellValue(c, shared);
      if (v !== null) cells.push({ r: row, c: col, v });
    }
  }
  if (cells.length === 0) return { name, origin: "A1", values: [] };
  const minR = Math.min(...cells.map((e) => e.r));
  const minC = Math.min(...cells.map((e) => e.c));
  const width = Math.max(...cells.map((e) => e.c)) - minC + 1;
  const values: CellValue[][] = Array.from({ length: Math.max(...cells.map((e) => e.r)) - minR + 1 }, () =>
    new Array<CellValue>(width).fill(null),
  );
  for (const e of cells) values[e.r - minR][e.c - minC] = e.v;
  return { name, origin: `${columnLetters(minC - 1)}${minR}`, values };
}

/** ZIP entries by name (central directory), each unpacked on demand. */
function openZip(bytes: Uint8Array): Map<string, () => Promise<Uint8Array>> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new Error("no end of central directory");
  const count = view.getUint16(end + 10, true);
  let p = view.getUint32(end + 16, true);
  const decoder = new TextDecoder();
  const entries = new Map<string, () => Promise<Uint8Array>>();
  for (let n = 0; n < count; n++) {
    if (view.getUint32(p, true) !== 0x02014b50) throw new Error("bad central directory");
    const method = view.getUint16(p + 10, true);
    const size = view.getUint32(p + 20, true);
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    const local = view.getUint32(p + 42, true);
    const name = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLen));
    p += 46 + nameLen + extraLen + commentLen;
    entries.set(name, async () => {
      const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
      const data = bytes.slice(start, start + size);
      if (method === 0) return data;
      if (method !== 8) throw new Error(`unsupported compression ${method}`);
      const stream = new Blob([data]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
      return new Uint8Array(await new Response(stream).arrayBuffer());
    });
  }
  return entries;
}

/** Throws an Error with a Chinese message naming the file when it is not a readable .xlsx. */
export async function readXlsxBytes(file: string, bytes: ArrayBuffer): Promise<Sheet[]> {
  const bad = () => new Error(`${file} 不是有效的 .xlsx 工作簿文件（旧版 .xls 或设置了打开密码的文件，请先在 Excel 中另存为 .xlsx）`);
  let sheets: Sheet[] | null;
  try {
    sheets = await readPackage(openZip(new Uint8Array(bytes)));
  } catch {
    throw bad();
  }
  if (sheets === null) throw bad();
  return sheets;
}

async function readPackage(zip: Map<string, () => Promise<Uint8Array>>): Promise<Sheet[] | null> {
  const decoder = new TextDecoder();
  const text = async (path: string): Promise<string | null> => {
    const entry = zip.get(path);
    return entry ? decoder.decode(await entry()) : null;
  };
  const [wbText, relsText, sharedText] = await Promise.all([
    text("xl/workbook.xml"),
    text("xl/_rels/workbook.xml.rels"),
    text("xl/sharedStrings.xml"),
  ]);
  if (wbText === null || relsText === null) return null;
  const shared = sharedText ? Array.from(xml(sharedText).getElementsByTagName("si")).map(stringText) : [];
  const targets = new Map<string, string>();
  for (const r of Array.from(xml(relsText).getElementsByTagName("Relationship"))) {
    const target = r.getAttribute("Target") ?? "";
    targets.set(r.getAttribute("Id") ?? "", target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  const sheets: Sheet[] = [];
  for (const s of Array.from(xml(wbText).getElementsByTagName("sheet"))) {
    const path = targets.get(s.getAttributeNS(REL_NS, "id") ?? s.getAttribute("r:id") ?? "");
    const body = path ? await text(path) : null;
    if (body === null) continue;
    sheets.push(sheetOf(s.getAttribute("name") ?? "", xml(body), shared));
  }
  return sheets;
}
