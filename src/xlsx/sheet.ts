/**
 * One worksheet part (xl/worksheets/sheetN.xml) → its used range, as the Office JavaScript API reports a used
 * range's values: a formula cell gives its cached result (UNCALCULATED when saved without one), rich text its
 * plain text, a merged area keeps its value in the top-left cell only, errors are { error: "#REF!" },
 * numbers in a date format are "yyyy-mm-dd" text. One pass of string scanning over the part.
 */
import { type CellValue, UNCALCULATED, columnLetters } from "../core";
import type { Sheet } from "../tables/model";
import { stringItem } from "./strings";
import { attr, decodeXml, startTags } from "./xml";

export interface SheetContext {
  sharedStrings: CellValue[];
  dateStyles: boolean[];
  date1904: boolean;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** An Excel date serial as yyyy-mm-dd (rounded to the millisecond, as Excel stores times). */
export function serialToDateText(serial: number, date1904: boolean): string {
  const d = new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86400000));
  return `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
}

/** "B12" → column 2 (1-based) and row 12, written into out; false when it is not a cell address. */
function parseRef(ref: string, out: { r: number; c: number }): boolean {
  let c = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code >= 65 && code <= 90) c = c * 26 + code - 64;
    else if (code === 36)
      continue; // "$"
    else break;
  }
  let r = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code < 48 || code > 57) return false;
    r = r * 10 + code - 48;
  }
  if (c === 0 || r === 0) return false;
  out.r = r;
  out.c = c;
  return true;
}

function isNameEnd(code: number): boolean {
  return code === 32 || code === 62 || code === 47 || code === 9 || code === 10 || code === 13;
}

/** The text of the first `<name>…</name>` in s, undefined when absent, "" for `<name/>`. */
function childText(s: string, name: string): string | undefined {
  const open = `<${name}`;
  let i = s.indexOf(open);
  while (i >= 0 && !isNameEnd(s.charCodeAt(i + open.length))) i = s.indexOf(open, i + 1);
  if (i < 0) return undefined;
  const gt = s.indexOf(">", i);
  if (s.charCodeAt(gt - 1) === 47) return "";
  const end = s.indexOf(`</${name}>`, gt);
  return s.slice(gt + 1, end < 0 ? s.length : end);
}

/** A cell's value from its type attribute t, style s and inner XML. */
function cellValue(t: string | undefined, style: number, inner: string, ctx: SheetContext): CellValue {
  const f = inner.indexOf("<f");
  const v = childText(inner, "v");
  const number = (text: string): CellValue => {
    const n = Number(text); // a stored <v> is a plain number, as the Excel API reports it
    return ctx.dateStyles[style] ? serialToDateText(n, ctx.date1904) : n;
  };
  if (f >= 0 && isNameEnd(inner.charCodeAt(f + 2))) {
    if (v === undefined || v === "") {
      const formula = childText(inner, "f");
      return formula ? { error: UNCALCULATED, formula: decodeXml(formula) } : { error: UNCALCULATED };
    }
    if (t === "str") return decodeXml(decodeXml(v));
    if (t === "b") return parseInt(v, 10) !== 0;
    if (t === "e") return { error: decodeXml(v) };
    return number(v);
  }
  if (t === "inlineStr") {
    const is = childText(inner, "is");
    return is === undefined ? null : stringItem(is, false);
  }
  if (v === undefined || v === "") return null;
  switch (t) {
    case "s":
      return ctx.sharedStrings[parseInt(v, 10)] ?? null;
    case "str": {
      const text = decodeXml(decodeXml(v));
      return text === "" ? null : text;
    }
    case "b":
      return parseInt(v, 10) !== 0;
    case "e":
      return { error: decodeXml(v) };
    case "d": {
      const ms = Date.parse(v);
      return Number.isNaN(ms) ? decodeXml(v) : new Date(ms).toISOString().slice(0, 10);
    }
    default:
      return number(v);
  }
}

/** The cells covered by merged ranges other than each range's top-left, as row * 2^14 + column. */
function mergedTails(xml: string, from: number): Set<number> {
  const tails = new Set<number>();
  const start = xml.indexOf("<mergeCells", from);
  if (start < 0) return tails;
  const a = { r: 0, c: 0 };
  const b = { r: 0, c: 0 };
  for (const tag of startTags(xml, "mergeCell", start)) {
    const [from1, to1] = (attr(tag, "ref") ?? "").split(":");
    if (!to1 || !parseRef(from1, a) || !parseRef(to1, b)) continue;
    for (let r = a.r; r <= b.r; r++) {
      for (let c = a.c; c <= b.c; c++) if (r !== a.r || c !== a.c) tails.add(r * 16384 + c);
    }
  }
  return tails;
}

/** Where a cell's start tag ends and what its attributes say; filled by scanCellTag (no allocation per cell). */
interface CellTag {
  gt: number;
  r: number;
  c: number;
  hasRef: boolean;
  t: string | undefined;
  s: number;
}

/**
 * Reads the attributes of the `<c …>` tag at xml[i] straight from the text: r (parsed as it is read), t, s.
 * Attribute values of a cell never hold ">" (Excel writes them as plain tokens).
 */
function scanCellTag(xml: string, i: number, out: CellTag): void {
  out.hasRef = false;
  out.t = undefined;
  out.s = 0;
  let p = i + 2;
  for (;;) {
    let ch = xml.charCodeAt(p);
    while (ch === 32 || ch === 9 || ch === 10 || ch === 13) ch = xml.charCodeAt(++p);
    if (ch === 62 /* > */ || ch === 47 /* / */ || Number.isNaN(ch)) break;
    const eq = xml.indexOf("=", p);
    const quote = xml.charCodeAt(eq + 1);
    const vs = eq + 2;
    const ve = xml.indexOf(quote === 39 ? "'" : '"', vs);
    if (eq - p === 1) {
      const name = xml.charCodeAt(p);
      if (name === 114 /* r */) {
        let c = 0;
        let r = 0;
        let k = vs;
        for (; k < ve; k++) {
          const code = xml.charCodeAt(k);
          if (code >= 65 && code <= 90) c = c * 26 + code - 64;
          else if (code !== 36) break;
        }
        for (; k < ve; k++) {
          const code = xml.charCodeAt(k);
          if (code >= 48 && code <= 57) r = r * 10 + code - 48;
          else if (code !== 36) break;
        }
        if (k === ve && c > 0 && r > 0) {
          out.r = r;
          out.c = c;
          out.hasRef = true;
        }
      } else if (name === 116 /* t */) out.t = xml.slice(vs, ve);
      else if (name === 115 /* s */) out.s = parseInt(xml.slice(vs, ve), 10) || 0;
    }
    p = ve + 1;
  }
  out.gt = xml.indexOf(">", p);
}

export function readSheet(name: string, xml: string, ctx: SheetContext): Sheet {
  const rows: number[] = [];
  const cols: number[] = [];
  const vals: CellValue[] = [];
  const tag: CellTag = { gt: 0, r: 0, c: 0, hasRef: false, t: undefined, s: 0 };
  let row = 0;
  let col = 0;
  let i = xml.indexOf("<sheetData");
  let end = i;
  while (i >= 0) {
    i = xml.indexOf("<", i + 1);
    if (i < 0) break;
    const ch = xml.charCodeAt(i + 1);
    if (ch === 99 /* c */ && isNameEnd(xml.charCodeAt(i + 2))) {
      const gt0 = xml.indexOf(">", i);
      if (xml.charCodeAt(gt0 - 1) === 47) {
        // <c …/>: a formatted cell without a value (a third of the cells in a printed table). Its address only
        // matters to a following cell written without one, which writers that give addresses never do.
        col++;
        i = gt0;
        continue;
      }
      scanCellTag(xml, i, tag);
      const gt = tag.gt;
      if (tag.hasRef) {
        col = tag.c;
        row = tag.r;
      } else col++;
      let value: CellValue;
      let close: number;
      // The common cell, <c …><v>text</v></c>, without slicing its inner XML.
      if (xml.startsWith("<v>", gt + 1) && tag.t !== "inlineStr") {
        const vEnd = xml.indexOf("</v>", gt + 4);
        if (xml.startsWith("</c>", vEnd + 4)) {
          close = vEnd + 4;
          const v = xml.slice(gt + 4, vEnd);
          const t = tag.t;
          if (v === "") value = null;
          else if (t === undefined || t === "n") {
            const n = Number(v);
            value = ctx.dateStyles[tag.s] ? serialToDateText(n, ctx.date1904) : n;
          } else if (t === "s") value = ctx.sharedStrings[parseInt(v, 10)] ?? null;
          else value = cellValue(t, tag.s, xml.slice(gt + 1, close), ctx);
        } else {
          close = xml.indexOf("</c>", gt);
          value = cellValue(tag.t, tag.s, xml.slice(gt + 1, close), ctx);
        }
      } else {
        close = xml.indexOf("</c>", gt);
        value = cellValue(tag.t, tag.s, xml.slice(gt + 1, close), ctx);
      }
      if (value !== null) {
        rows.push(row);
        cols.push(col);
        vals.push(value);
      }
      i = close + 3;
    } else if (
      ch === 114 /* r */ &&
      xml.charCodeAt(i + 2) === 111 &&
      xml.charCodeAt(i + 3) === 119 &&
      isNameEnd(xml.charCodeAt(i + 4))
    ) {
      const gt = xml.indexOf(">", i);
      const at = xml.indexOf(' r="', i);
      const r =
        at > 0 && at < gt ? xml.slice(at + 4, xml.indexOf('"', at + 4)) : attr(xml.slice(i, gt + 1), "r");
      row = r === undefined ? row + 1 : parseInt(r, 10);
      col = 0;
      i = gt;
    } else if (ch === 47 /* / */ && xml.startsWith("/sheetData>", i + 1)) {
      end = i;
      break;
    }
  }
  const tails = mergedTails(xml, end);
  let minR = Infinity;
  let minC = Infinity;
  let maxR = -1;
  let maxC = -1;
  let kept = 0;
  for (let k = 0; k < vals.length; k++) {
    if (tails.size > 0 && tails.has(rows[k] * 16384 + cols[k])) continue;
    rows[kept] = rows[k];
    cols[kept] = cols[k];
    vals[kept] = vals[k];
    kept++;
    if (rows[k] < minR) minR = rows[k];
    if (rows[k] > maxR) maxR = rows[k];
    if (cols[k] < minC) minC = cols[k];
    if (cols[k] > maxC) maxC = cols[k];
  }
  if (kept === 0) return { name, origin: "A1", values: [] };
  const width = maxC - minC + 1;
  const values: CellValue[][] = [];
  for (let r = 0; r <= maxR - minR; r++) values.push(new Array<CellValue>(width).fill(null));
  for (let k = 0; k < kept; k++) values[rows[k] - minR][cols[k] - minC] = vals[k];
  return { name, origin: `${columnLetters(minC - 1)}${minR}`, values };
}
