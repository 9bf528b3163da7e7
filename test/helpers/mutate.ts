/**
 * Mutations of sample workbooks (Sheet[]) for robustness tests: blank rows and columns, reordering,
 * amounts as text, 万元 units, split ↔ merged codes, deleted tables, error cells, all tables stacked
 * on one sheet. Every helper returns new sheets and leaves its input untouched.
 */
import { type CellValue, Dec, TEN_THOUSAND, groupThousands, parseA1, splitRef } from "../../src/core";
import type { Sheet } from "../../src/tables/model";

export function cloneSheets(sheets: readonly Sheet[]): Sheet[] {
  return sheets.map((s) => ({
    name: s.name,
    origin: s.origin,
    values: s.values.map((row) => row.map((v) => (v && typeof v === "object" ? { ...v } : v))),
  }));
}

function mapSheet(sheets: readonly Sheet[], name: string | null, f: (s: Sheet) => Sheet): Sheet[] {
  return cloneSheets(sheets).map((s) => (name === null || s.name === name ? f(s) : s));
}

/** Inserts `count` blank rows before 0-based row `at` of one sheet (all sheets when name is null). */
export function insertBlankRows(sheets: readonly Sheet[], name: string | null, at: number, count = 1): Sheet[] {
  return mapSheet(sheets, name, (s) => {
    const width = Math.max(0, ...s.values.map((r) => r.length));
    const blanks = Array.from({ length: count }, () => new Array<CellValue>(width).fill(null));
    s.values.splice(Math.min(at, s.values.length), 0, ...blanks);
    return s;
  });
}

/** Inserts a blank column before 0-based column `at` (all sheets when name is null). */
export function insertBlankColumn(sheets: readonly Sheet[], name: string | null, at: number): Sheet[] {
  return mapSheet(sheets, name, (s) => {
    s.values = s.values.map((row) => {
      const r = [...row];
      r.splice(Math.min(at, r.length), 0, null);
      return r;
    });
    return s;
  });
}

/** Reverses the order of the sheets. */
export function reorderSheets(sheets: readonly Sheet[]): Sheet[] {
  return cloneSheets(sheets).reverse();
}

/** Amounts are numbers that are not small integers (行次/栏次 are integers below 1000). */
export function isAmountNumber(v: CellValue): v is number {
  return typeof v === "number" && (!Number.isInteger(v) || Math.abs(v) >= 1000);
}

/** Every amount written as text with thousands separators: 1234.56 → "1,234.56". */
export function amountsAsText(sheets: readonly Sheet[]): Sheet[] {
  return cloneSheets(sheets).map((s) => {
    s.values = s.values.map((row) =>
      row.map((v) => {
        if (!isAmountNumber(v)) return v;
        const d = new Dec(v.toPrecision(15));
        const [int, frac] = d.abs().toString().split(".");
        return `${d.isNeg() ? "-" : ""}${groupThousands(int)}${frac ? `.${frac}` : ""}`;
      }),
    );
    return s;
  });
}

/** Every amount divided by 10000 exactly and the unit lines changed to 万元. */
export function toWanYuan(sheets: readonly Sheet[]): Sheet[] {
  return cloneSheets(sheets).map((s) => {
    s.values = s.values.map((row) =>
      row.map((v) => {
        if (isAmountNumber(v)) return Number(new Dec(v.toPrecision(15)).div(TEN_THOUSAND).toString());
        if (typeof v === "string" && /单位[:：]\s*元/.test(v)) return v.replace(/单位([:：]\s*)元/, "单位$1万元");
        return v;
      }),
    );
    return s;
  });
}

/** Finds the first cell whose text satisfies `pred`: [row, col], or null. */
export function findCell(sheet: Sheet, pred: (text: string) => boolean): [number, number] | null {
  for (let r = 0; r < sheet.values.length; r++)
    for (let c = 0; c < sheet.values[r].length; c++) {
      const v = sheet.values[r][c];
      if (v !== null && typeof v !== "object" && pred(String(v).trim())) return [r, c];
    }
  return null;
}

/** Sets one cell by A1 address (origin A1 assumed). */
export function setCell(sheets: readonly Sheet[], name: string, a1: string, value: CellValue): Sheet[] {
  const { row, col } = parseA1(a1);
  return mapSheet(sheets, name, (s) => {
    while (s.values.length <= row) s.values.push([]);
    while (s.values[row].length <= col) s.values[row].push(null);
    s.values[row][col] = value;
    return s;
  });
}

/** A copy of the sheets with the cell at `ref` ("表名!C7", as a figure's cells name it; the sheet's origin honoured) set to `value`. */
export function withCellAt(sheets: readonly Sheet[], ref: string, value: CellValue): Sheet[] {
  const { sheet, address } = splitRef(ref);
  return sheets.map((s) => {
    if (s.name !== sheet) return s;
    const o = parseA1(s.origin);
    const p = parseA1(address);
    const values = s.values.map((row) => [...row]);
    values[p.row - o.row][p.col - o.col] = value;
    return { ...s, values };
  });
}

/** Removes the sheet holding a table. */
export function deleteSheet(sheets: readonly Sheet[], name: string): Sheet[] {
  return cloneSheets(sheets).filter((s) => s.name !== name);
}

/** Every sheet's rows on one sheet, one table below another, separated by blank rows. */
export function stackSheets(sheets: readonly Sheet[], name = "全部公开表", gap = 2): Sheet[] {
  const values: CellValue[][] = [];
  for (const s of cloneSheets(sheets)) {
    values.push(...s.values);
    for (let i = 0; i < gap; i++) values.push([]);
  }
  return [{ name, origin: "A1", values }];
}

const SPLIT_HEADS = ["类", "款", "项"];

function splitHeaderAt(s: Sheet): { row: number; col: number } | null {
  for (let r = 0; r < Math.min(s.values.length, 15); r++) {
    const row = s.values[r];
    for (let c = 0; c + 2 < row.length; c++)
      if (SPLIT_HEADS.every((h, i) => typeof row[c + i] === "string" && String(row[c + i]).trim() === h))
        return { row: r, col: c };
  }
  return null;
}

/** Split codes ("206" | "01" | "01") merged into the 类 column ("2060101"); the 类/款/项 header blanked. */
export function mergeCodes(sheets: readonly Sheet[]): Sheet[] {
  return cloneSheets(sheets).map((s) => {
    const at = splitHeaderAt(s);
    if (!at) return s;
    for (let i = 0; i < 3; i++) s.values[at.row][at.col + i] = null;
    let cls = "";
    let sec = "";
    for (let r = at.row + 1; r < s.values.length; r++) {
      const row = s.values[r];
      const parts = [0, 1, 2].map((i) => {
        const v = row[at.col + i];
        return typeof v === "string" && /^\d+$/.test(v.trim()) ? v.trim() : "";
      });
      if (!parts.some(Boolean)) continue;
      let code: string;
      if (parts[0]) {
        cls = parts[0];
        code = cls + parts[1] + parts[2];
        sec = parts[1] ? cls + parts[1] : "";
      } else if (parts[1]) {
        code = cls + parts[1] + parts[2];
        sec = cls + parts[1];
      } else code = sec + parts[2];
      row[at.col] = code;
      row[at.col + 1] = null;
      row[at.col + 2] = null;
    }
    return s;
  });
}

/** In split codes, blanks the 类 cell of every 款/项 row ("" | "01" | ""): the 类 is inherited. */
export function blankInheritedClass(sheets: readonly Sheet[]): Sheet[] {
  return cloneSheets(sheets).map((s) => {
    const at = splitHeaderAt(s);
    if (!at) return s;
    for (let r = at.row + 1; r < s.values.length; r++) {
      const row = s.values[r];
      const sec = row[at.col + 1];
      if (typeof sec === "string" && /^\d{2}$/.test(sec.trim())) row[at.col] = null;
    }
    return s;
  });
}

/** Writes a code and its name into one cell ("20601 科学技术管理事务") and blanks the name column. */
export function codeWithName(sheets: readonly Sheet[]): Sheet[] {
  return mergeCodes(sheets).map((s) => {
    const head = findCell(s, (t) => t === "科目名称");
    if (!head) return s;
    const [hr, nameCol] = head;
    for (let r = hr + 1; r < s.values.length; r++) {
      const row = s.values[r];
      for (let c = 0; c < nameCol; c++) {
        const v = row[c];
        if (typeof v === "string" && /^\d{3}(\d{2}){0,2}$/.test(v) && typeof row[nameCol] === "string") {
          row[c] = `${v} ${row[nameCol]}`;
          row[nameCol] = null;
        }
      }
    }
    return s;
  });
}
