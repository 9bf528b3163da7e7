/**
 * One worksheet part (xl/worksheets/sheetN.xml) → its used range, as the Office JavaScript API reports a used
 * range's values: a formula cell gives its cached result (UNCALCULATED when saved without one), rich text its
 * plain text, a merged area keeps its value in the top-left cell only, errors are { error: "#REF!" },
 * numbers in a date format are "yyyy-mm-dd" text. One pass over the part's UTF-8 bytes (src/xlsx/bytes.ts): the
 * part is never decoded as a whole; only the texts that become values beyond numbers and shared strings are.
 */
import { type CellValue, UNCALCULATED, columnLetters } from "../core";
import type { Sheet } from "../tables/model";
import { decodeBytes, indexOfBytes, pattern, startsWithBytes } from "./bytes";
import { indexAt, numberAt } from "./numbers";
import { stringItem } from "./strings";
import { decodeXml } from "./xml";

// Local names for the per-cell number readers: a call through an imported binding goes through a getter
// under tsx's CommonJS output (the benchmarks and tests), a few percent of a large sheet's read.
const numberAtLocal = numberAt;
const indexAtLocal = indexAt;

const SHEET_DATA = pattern("<sheetData");
const SHEET_DATA_END = pattern("/sheetData>"); // after its "<"
const C_END = pattern("</c>");
const V_START = pattern("<v>");
const V_END = pattern("</v>");
const MERGE_CELLS = pattern("<mergeCells");
const MERGE_CELLS_END = pattern("</mergeCells>");
const REF_ATTR = pattern('ref="');

export interface SheetContext {
  sharedStrings: CellValue[];
  dateStyles: boolean[];
  date1904: boolean;
  /** Which shared strings matter to an early stop: 0 not judged yet, 1 no, 2 yes (filled by scanRest). */
  judged?: Int8Array;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** An Excel date serial as yyyy-mm-dd (rounded to the millisecond, as Excel stores times). */
export function serialToDateText(serial: number, date1904: boolean): string {
  const d = new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86400000));
  return `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
}

/** "B12" in xml[from, to) → column 2 (1-based) and row 12, written into out; false when it is not a cell address. */
function parseRef(xml: Uint8Array, from: number, to: number, out: { r: number; c: number }): boolean {
  let c = 0;
  let i = from;
  for (; i < to; i++) {
    const code = xml[i];
    if (code >= 65 && code <= 90) c = c * 26 + code - 64;
    else if (code === 36)
      continue; // "$"
    else break;
  }
  let r = 0;
  for (; i < to; i++) {
    const code = xml[i];
    if (code < 48 || code > 57) return false;
    r = r * 10 + code - 48;
  }
  if (c === 0 || r === 0) return false;
  out.r = r;
  out.c = c;
  return true;
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

/** The merged ranges of a sheet (after its sheetData, from `from`), as [top, left, bottom, right] 1-based. */
function mergedRanges(xml: Uint8Array, from: number): number[] {
  const out: number[] = [];
  const start = from < 0 ? -1 : indexOfBytes(xml, MERGE_CELLS, from);
  if (start < 0) return out;
  const end = indexOfBytes(xml, MERGE_CELLS_END, start);
  if (end < 0) return out; // <mergeCells count="0"/>
  const a = { r: 0, c: 0 };
  const b = { r: 0, c: 0 };
  for (let i = indexOfBytes(xml, REF_ATTR, start); i >= 0 && i < end; i = indexOfBytes(xml, REF_ATTR, i + 5)) {
    if (!isSpace(xml[i - 1])) continue;
    const q = xml.indexOf(34 /* " */, i + 5);
    const colon = xml.indexOf(58 /* : */, i + 5);
    if (q < 0) break;
    if (colon < 0 || colon > q || !parseRef(xml, i + 5, colon, a) || !parseRef(xml, colon + 1, q, b)) continue;
    out.push(a.r, a.c, b.r, b.c);
  }
  return out;
}

/** A cell's type attribute t, as a number (no string per cell). */
const T_NONE = 0;
const T_N = 1;
const T_S = 2;
const T_OTHER = 3;

/** Where a start tag ends and what its attributes say; filled by scanTag (no allocation per tag). */
interface Tag {
  /** Position of the tag's ">", -1 when it has none. */
  gt: number;
  /** Whether the tag ends in "/>". */
  empty: boolean;
  r: number;
  c: number;
  /** Whether attribute r gave a cell address (letters and digits) or a row number (digits). */
  hasRef: boolean;
  t: number;
  /** Where the value of t is (for T_OTHER). */
  tStart: number;
  tEnd: number;
  s: number;
}

function newTag(): Tag {
  return { gt: 0, empty: false, r: 0, c: 0, hasRef: false, t: T_NONE, tStart: 0, tEnd: 0, s: 0 };
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

function isNameEnd(code: number): boolean {
  return code === 32 || code === 62 || code === 47 || code === 9 || code === 10 || code === 13;
}

/**
 * Reads the one-letter attributes of the start tag at xml[i] (whose name has `nameLength` letters) in
 * place: r (a cell address or a row number), t and s; other attributes are stepped over. Attribute values
 * of cells and rows never hold ">" (Excel writes them as plain tokens).
 */
function scanTag(xml: Uint8Array, i: number, nameLength: number, out: Tag): void {
  out.hasRef = false;
  out.t = T_NONE;
  out.s = 0;
  out.empty = false;
  const n = xml.length;
  let p = i + 1 + nameLength;
  for (;;) {
    let ch = xml[p];
    while (ch === 32 || ch === 9 || ch === 10 || ch === 13) ch = xml[++p];
    if (ch === 62 /* > */ || p >= n) break;
    if (ch === 47 /* / */) {
      out.empty = xml[p + 1] === 62;
      p++;
      break;
    }
    // attribute names are one letter in the common case: "=" right after
    let eq = p + 1;
    if (xml[eq] !== 61 /* = */) {
      eq = xml.indexOf(61, p);
      if (eq < 0) {
        p = -1;
        break;
      }
    }
    const quote = xml[eq + 1];
    const vs = eq + 2;
    // values are short tokens: a loop costs less than a search call
    let ve = vs;
    while (ve < n && xml[ve] !== quote) ve++;
    if (ve >= n) {
      p = -1;
      break;
    }
    if (eq - p === 1) {
      const name = xml[p];
      if (name === 114 /* r */) {
        let c = 0;
        let r = 0;
        let k = vs;
        for (; k < ve; k++) {
          const code = xml[k];
          if (code >= 65 && code <= 90) c = c * 26 + code - 64;
          else if (code !== 36) break;
        }
        for (; k < ve; k++) {
          const code = xml[k];
          if (code >= 48 && code <= 57) r = r * 10 + code - 48;
          else if (code !== 36) break;
        }
        if (k === ve && r > 0) {
          out.r = r;
          out.c = c;
          out.hasRef = true;
        }
      } else if (name === 116 /* t */) {
        const first = xml[vs];
        if (ve - vs === 1 && first === 115) out.t = T_S;
        else if (ve - vs === 1 && first === 110) out.t = T_N;
        else {
          out.t = T_OTHER;
          out.tStart = vs;
          out.tEnd = ve;
        }
      } else if (name === 115 /* s */) out.s = indexAt(xml, vs, ve) || 0;
    }
    p = ve + 1;
  }
  out.gt = p < 0 ? -1 : xml[p] === 62 ? p : xml.indexOf(62, p);
}

/** Whether "<v>" starts at xml[i]. */
function isVStart(xml: Uint8Array, i: number): boolean {
  return xml[i] === 60 && xml[i + 1] === 118 && xml[i + 2] === 62;
}

/** Where the text from xml[i] ends (its next "<"): a value is a few characters, a loop beats a search call. */
function endOfText(xml: Uint8Array, i: number): number {
  const n = xml.length;
  for (; i < n; i++) if (xml[i] === 60) return i;
  return -1;
}

/** Whether "</v></c>" starts at xml[i]. */
function isVEndCEnd(xml: Uint8Array, i: number): boolean {
  return (
    xml[i + 1] === 47 &&
    xml[i + 2] === 118 &&
    xml[i + 3] === 62 &&
    xml[i + 4] === 60 &&
    xml[i + 5] === 47 &&
    xml[i + 6] === 99 &&
    xml[i + 7] === 62
  );
}

/** The number of the row whose tag starts at xml[i] (the one after `previous` when it has none); tag.gt is set. */
function rowNumber(xml: Uint8Array, i: number, tag: Tag, previous: number): number {
  // Excel writes r first: <row r="12" spans="1:5" …>
  if (xml[i + 4] === 32 && xml[i + 5] === 114 && xml[i + 6] === 61 && xml[i + 7] === 34) {
    let r = 0;
    let k = i + 8;
    for (let code = xml[k]; code >= 48 && code <= 57; code = xml[++k]) r = r * 10 + code - 48;
    if (xml[k] === 34 && r > 0) {
      tag.gt = xml.indexOf(62, k);
      return r;
    }
  }
  scanTag(xml, i, 3, tag);
  return tag.hasRef && tag.c === 0 ? tag.r : previous + 1;
}

/** The type attribute of a tag as text ("str", "inlineStr" …), undefined when absent. */
function typeText(xml: Uint8Array, tag: Tag): string | undefined {
  if (tag.t === T_NONE) return undefined;
  if (tag.t === T_N) return "n";
  if (tag.t === T_S) return "s";
  return decodeXml(decodeBytes(xml, tag.tStart, tag.tEnd));
}

/**
 * Early stop: what the reader asks its caller about a sheet with more than `rows` rows. Nothing is lost:
 * a sheet is cut short only when its name and first rows hold nothing of the caller's and no text further
 * down `matters` either (the rest is scanned for such texts without building values).
 */
export interface SheetStop {
  /** Rows read before asking; a sheet with no more rows than this is always read whole. */
  rows: number;
  /**
   * Whether the sheet, by its name and the values of its first rows (in reading order), may hold a table;
   * `values()` gathers those values, so a sheet judged by its name alone costs nothing more.
   */
  mayHold(sheetName: string, values: () => readonly CellValue[]): boolean;
  /** Characters one of which every text that `matters` contains; a text with none is never asked about. */
  marks: readonly string[];
  /** Whether a text met further down means the sheet is read whole (a table's title …). */
  matters(text: string): boolean;
  /** Told when a sheet was cut short: how many rows were read and how many were left unread. */
  stopped(sheetName: string, rowsRead: number, rowsLeft: number): void;
}

/** Whether a value is a text that matters to `stop` (checked for its marks first). */
function textMatters(v: CellValue, stop: SheetStop): boolean {
  if (typeof v !== "string") return false;
  for (const m of stop.marks) if (v.indexOf(m) >= 0) return stop.matters(v);
  return false;
}

/**
 * Where the next mark (or "&" or "_x", an entity or Excel escape that may spell any character) is at or after a position, each mark's next
 * place kept so that the whole rest of a sheet is searched once per mark.
 */
class MarkFinder {
  private readonly marks: Uint8Array[];
  private readonly next: number[];
  constructor(
    private readonly xml: Uint8Array,
    marks: readonly string[],
  ) {
    this.marks = [...marks, "&", "_x"].map(pattern);
    this.next = this.marks.map(() => -2);
  }
  /** Whether xml[from, to) holds a mark. */
  within(from: number, to: number): boolean {
    for (let k = 0; k < this.marks.length; k++) {
      let at = this.next[k];
      if (at !== -1 && at < from) this.next[k] = at = indexOfBytes(this.xml, this.marks[k], from);
      if (at >= 0 && at < to) return true;
    }
    return false;
  }
}

/**
 * Scans the rest of sheetData from xml[i] (a row's start) for a text that matters to `stop`, building no
 * values: a shared string is judged once by its index, any other cell is read only when its text holds a
 * mark. Returns where sheetData ends (-1 when it does not), how many rows follow and whether a text matters.
 */
function scanRest(xml: Uint8Array, i: number, ctx: SheetContext, stop: SheetStop): { found: boolean; rows: number; end: number } {
  const marks = new MarkFinder(xml, stop.marks);
  const judged = ctx.judged ?? (ctx.judged = new Int8Array(ctx.sharedStrings.length));
  const tag = newTag();
  let rows = 0;
  for (i = xml.indexOf(60, i); i >= 0; i = xml.indexOf(60, i + 1)) {
    const ch = xml[i + 1];
    if (ch === 99 /* c */ && isNameEnd(xml[i + 2])) {
      scanTag(xml, i, 1, tag);
      if (tag.gt < 0) break;
      if (tag.empty) {
        i = tag.gt;
        continue;
      }
      const close = indexOfBytes(xml, C_END, tag.gt);
      if (close < 0) break;
      if (tag.t === T_S && startsWithBytes(xml, V_START, tag.gt + 1)) {
        const ve = indexOfBytes(xml, V_END, tag.gt + 4);
        const index = indexAt(xml, tag.gt + 4, ve);
        if (index >= 0 && index < judged.length) {
          if (judged[index] === 0) judged[index] = textMatters(ctx.sharedStrings[index], stop) ? 2 : 1;
          if (judged[index] === 2) return { found: true, rows, end: -1 };
        }
      } else if (tag.t === T_S || (tag.t !== T_N && marks.within(tag.gt, close))) {
        const v = cellValue(typeText(xml, tag), tag.s, decodeBytes(xml, tag.gt + 1, close), ctx);
        if (textMatters(v, stop)) return { found: true, rows, end: -1 };
      }
      i = close + 3;
    } else if (ch === 114 /* r */ && xml[i + 2] === 111 && xml[i + 3] === 119 && isNameEnd(xml[i + 4])) {
      rows++;
    } else if (ch === 47 /* / */ && startsWithBytes(xml, SHEET_DATA_END, i + 1)) {
      return { found: false, rows, end: i };
    }
  }
  return { found: false, rows, end: -1 };
}

/**
 * The cell tag at xml[i] as Excel and most writers write it — `<c r="B12">`, with ` s="3"` and ` t="s"` / ` t="n"`
 * in any order after the address, ending in ">" or "/>" — read into `tag` (gt, empty, r, c, t, s; hasRef
 * true). False for anything else (other attributes, no address, spaces around "="), which scanTag reads.
 */
function cellTagFast(xml: Uint8Array, i: number, tag: Tag): boolean {
  // ' r="'
  if (xml[i + 2] !== 32 || xml[i + 3] !== 114 || xml[i + 4] !== 61 || xml[i + 5] !== 34) return false;
  let p = i + 6;
  let c = 0;
  let code = xml[p];
  for (; code >= 65 && code <= 90; code = xml[++p]) c = c * 26 + code - 64;
  let r = 0;
  for (; code >= 48 && code <= 57; code = xml[++p]) r = r * 10 + code - 48;
  if (code !== 34 || c === 0 || r === 0) return false;
  let t = T_NONE;
  let s = 0;
  code = xml[++p];
  while (code === 32) {
    const name = xml[p + 1];
    if (xml[p + 2] !== 61 || xml[p + 3] !== 34) return false;
    p += 4;
    if (name === 115 /* s */) {
      s = 0;
      const from = p;
      for (code = xml[p]; code >= 48 && code <= 57; code = xml[++p]) s = s * 10 + code - 48;
      if (code !== 34 || p === from || p - from > 9) return false;
    } else if (name === 116 /* t */) {
      const v = xml[p];
      if (xml[p + 1] !== 34) return false;
      if (v === 115) t = T_S;
      else if (v === 110) t = T_N;
      else return false;
      p++;
    } else return false;
    code = xml[++p];
  }
  if (code === 62 /* > */) tag.empty = false;
  else if (code === 47 && xml[p + 1] === 62) {
    tag.empty = true;
    p++;
  } else return false;
  tag.gt = p;
  tag.r = r;
  tag.c = c;
  tag.hasRef = true;
  tag.t = t;
  tag.s = s;
  return true;
}

/** The values held so far, in reading order (for SheetStop.mayHold). */
function heldValues(lines: CellValue[][], minR: number, maxR: number): CellValue[] {
  const out: CellValue[] = [];
  for (let r = minR; r <= maxR; r++) {
    const line = lines[r];
    if (line) for (const v of line) if (v !== null) out.push(v);
  }
  return out;
}

/**
 * One worksheet part → its used range. With `stop`, a sheet with more than stop.rows rows that is not one
 * of the caller's is cut short after them (see SheetStop); stop.stopped is told. Values go straight into
 * their row's line (by absolute row and column, padded with null), so the grid is those lines cut to the
 * used columns: no list of every cell is built and thrown away.
 */
export function readSheet(name: string, xml: Uint8Array, ctx: SheetContext, stop?: SheetStop): Sheet {
  const lines: CellValue[][] = []; // by absolute row number
  const dateStyles = ctx.dateStyles;
  const sharedStrings = ctx.sharedStrings;
  let minR = Infinity;
  let minC = Infinity;
  let maxR = -1;
  let maxC = -1;
  let line: CellValue[] = [];
  let lineRow = -1;
  const tag = newTag();
  let row = 0;
  let col = 0;
  let rowsSeen = 0;
  let asked = stop === undefined;
  let i = indexOfBytes(xml, SHEET_DATA, 0);
  let end = i;
  while (i >= 0) {
    // tags follow each other without text between them, mostly
    i = xml[i + 1] === 60 ? i + 1 : xml.indexOf(60, i + 1);
    if (i < 0) break;
    const ch = xml[i + 1];
    if (ch === 99 /* c */ && isNameEnd(xml[i + 2])) {
      if (!cellTagFast(xml, i, tag)) {
        const gt0 = xml.indexOf(62, i);
        if (gt0 > 0 && xml[gt0 - 1] === 47 /* / */) {
          // <c …/>: a formatted cell without a value (a third of the cells in a printed table). Its address only
          // matters to a following cell written without one, which writers that give addresses never do.
          col++;
          i = gt0;
          continue;
        }
        scanTag(xml, i, 1, tag);
      }
      const gt = tag.gt;
      if (gt < 0) break;
      if (tag.hasRef && tag.c > 0) {
        col = tag.c;
        row = tag.r;
      } else col++;
      if (tag.empty) {
        i = gt;
        continue;
      }
      let value: CellValue;
      let close: number;
      // The common cell, <c …><v>text</v></c>, read in place.
      const vEnd = tag.t !== T_OTHER && isVStart(xml, gt + 1) ? endOfText(xml, gt + 4) : -1;
      if (vEnd >= 0 && isVEndCEnd(xml, vEnd)) {
        close = vEnd + 4;
        const vs = gt + 4;
        if (vEnd === vs) value = null;
        else if (tag.t === T_S) value = sharedStrings[indexAtLocal(xml, vs, vEnd)] ?? null;
        else {
          const n = numberAtLocal(xml, vs, vEnd);
          value = dateStyles[tag.s] ? serialToDateText(n, ctx.date1904) : n;
        }
      } else {
        close = indexOfBytes(xml, C_END, gt);
        if (close < 0) break;
        value = cellValue(typeText(xml, tag), tag.s, decodeBytes(xml, gt + 1, close), ctx);
      }
      if (value !== null) {
        if (row !== lineRow) {
          line = lines[row];
          // A new row is as wide as the widest so far (rows of a table are alike): no growing as it fills.
          if (line === undefined) lines[row] = line = maxC > 0 ? new Array<CellValue>(maxC).fill(null) : [];
          lineRow = row;
          if (row < minR) minR = row;
          if (row > maxR) maxR = row;
        }
        const k = col - 1;
        if (k >= line.length) {
          while (line.length < k) line.push(null);
          line.push(value);
        } else line[k] = value;
        if (col < minC) minC = col;
        if (col > maxC) maxC = col;
      }
      i = close + 3;
    } else if (
      ch === 114 /* r */ &&
      xml[i + 2] === 111 &&
      xml[i + 3] === 119 &&
      isNameEnd(xml[i + 4])
    ) {
      if (!asked && rowsSeen === stop!.rows) {
        asked = true;
        if (!stop!.mayHold(name, () => heldValues(lines, minR, maxR))) {
          const rest = scanRest(xml, i, ctx, stop!);
          if (!rest.found) {
            stop!.stopped(name, rowsSeen, rest.rows);
            end = rest.end;
            break;
          }
        }
      }
      rowsSeen++;
      row = rowNumber(xml, i, tag, row);
      col = 0;
      i = tag.gt;
      if (i < 0) break;
    } else if (ch === 47 /* / */ && xml[i + 2] === 115 /* s */ && startsWithBytes(xml, SHEET_DATA_END, i + 1)) {
      end = i;
      break;
    }
  }
  if (maxR < 0) return { name, origin: "A1", values: [] };
  const width = maxC - minC + 1;
  let values: CellValue[][] = [];
  for (let r = minR; r <= maxR; r++) {
    let l = lines[r];
    if (l === undefined) l = new Array<CellValue>(width).fill(null);
    else {
      if (minC > 1) l = l.slice(minC - 1);
      while (l.length < width) l.push(null);
    }
    values.push(l);
  }
  // A merged area keeps its value in the top-left cell only.
  const merges = mergedRanges(xml, end);
  let cleared = false;
  for (let m = 0; m < merges.length; m += 4) {
    const top = Math.max(merges[m], minR);
    const bottom = Math.min(merges[m + 2], maxR);
    const left = Math.max(merges[m + 1], minC);
    const right = Math.min(merges[m + 3], maxC);
    for (let r = top; r <= bottom; r++) {
      const line = values[r - minR];
      for (let c = left; c <= right; c++) {
        if ((r !== merges[m] || c !== merges[m + 1]) && line[c - minC] !== null) {
          line[c - minC] = null;
          cleared = true;
        }
      }
    }
  }
  if (cleared) ({ values, minR, minC } = trimmed(values, minR, minC));
  if (values.length === 0) return { name, origin: "A1", values: [] };
  return { name, origin: `${columnLetters(minC - 1)}${minR}`, values };
}

/** The grid without its empty outer rows and columns (after merged areas were cleared), and its new corner. */
function trimmed(values: CellValue[][], minR: number, minC: number): { values: CellValue[][]; minR: number; minC: number } {
  let top = values.length;
  let bottom = -1;
  let left = Infinity;
  let right = -1;
  values.forEach((line, r) =>
    line.forEach((v, c) => {
      if (v === null) return;
      top = Math.min(top, r);
      bottom = Math.max(bottom, r);
      left = Math.min(left, c);
      right = Math.max(right, c);
    }),
  );
  if (bottom < 0) return { values: [], minR, minC };
  return {
    values: values.slice(top, bottom + 1).map((line) => line.slice(left, right + 1)),
    minR: minR + top,
    minC: minC + left,
  };
}
