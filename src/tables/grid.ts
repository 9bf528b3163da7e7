/** A sheet as a grid of cells with cached texts and label keys, and A1 provenance. */
import {
  type CellPosition,
  type CellValue,
  type Dec,
  type Unit,
  cellRef,
  columnLetters,
  isCellError,
  parseA1,
  parseAmount,
} from "../core";
import type { Finding, Sheet } from "./model";
import { TOTAL_KEYS, labelKey } from "./labels";

/** Excel's sheet size: an origin beyond it names no cell. */
const MAX_ROWS = 1048576;
const MAX_COLUMNS = 16384;

/**
 * Where values[0][0] sits on the sheet: the sheet's `origin` ("C3", "$C$3"); an absent or empty origin
 * means the values start at A1. Null when the origin is not the address of a cell (then no cell of
 * the sheet could be named right).
 */
export function sheetOrigin(sheet: Pick<Sheet, "origin">): CellPosition | null {
  const origin: unknown = sheet.origin;
  if (origin === undefined || origin === null || origin === "") return { row: 0, col: 0 };
  if (typeof origin !== "string" || !/^\s*\$?[A-Za-z]{1,3}\$?\d+\s*$/.test(origin)) return null;
  const p = parseA1(origin);
  return p.row >= 0 && p.row < MAX_ROWS && p.col >= 0 && p.col < MAX_COLUMNS ? p : null;
}

/** The message for a sheet whose origin names no cell. */
function badOriginMessage(sheet: Pick<Sheet, "name" | "origin">): string {
  return (
    `工作表“${String(sheet.name)}”的起始位置“${String(sheet.origin)}”不是有效的单元格地址，无法确定其中各单元格的位置，` +
    "该工作表未读取。请重新读取工作簿；如仍出现此提示，请将工作簿另存为 .xlsx 后再试。"
  );
}

/** A finding for a sheet whose origin names no cell: the sheet is not read. */
export function badOriginFinding(sheet: Pick<Sheet, "name" | "origin">): Finding {
  return { rule: "read.bad-origin", severity: "error", message: badOriginMessage(sheet), cells: [] };
}

/** Thrown by `new Grid` for a sheet whose origin names no cell; its message is the finding's (Chinese). */
export class SheetOriginError extends Error {
  constructor(sheet: Pick<Sheet, "name" | "origin">) {
    super(badOriginMessage(sheet));
    this.name = "SheetOriginError";
  }
}

/**
 * A column as the figures read from it in one unit see it (Grid.columnAt): the address of values[r][c] is
 * `${prefix}${firstRow + r}` ("Sheet!C" + 12); `numbers[r]` is the number read from that cell as a figure and
 * `fens[r]` its whole fen in that unit (NaN when not one), kept here in typed arrays (keepNumber) rather
 * than in each figure; `decimals` and `cellLists` hold each figure's Decimal and cells once made.
 */
export interface ColumnAt {
  readonly prefix: string;
  readonly firstRow: number;
  numbers: Float64Array;
  fens: Float64Array;
  decimals?: (Dec | undefined)[];
  cellLists?: (string[] | undefined)[];
}

/** Keeps the number read from row r of the column and its whole fen; the arrays grow to the rows read. */
export function keepNumber(at: ColumnAt, r: number, x: number, fen: number): void {
  if (r >= at.numbers.length) {
    let n = Math.max(at.numbers.length, 64);
    while (n <= r) n *= 2;
    const numbers = new Float64Array(n);
    const fens = new Float64Array(n);
    numbers.set(at.numbers);
    fens.set(at.fens);
    at.numbers = numbers;
    at.fens = fens;
  }
  at.numbers[r] = x;
  at.fens[r] = fen;
}

const NO_VALUES: readonly CellValue[] = [];

export class Grid {
  readonly name: string;
  readonly rowCount: number;
  readonly width: number;
  private readonly values: CellValue[][];
  private readonly originRow: number;
  private readonly originCol: number;
  private readonly letters: string[] = [];
  private readonly prefixes: string[] = [];
  private readonly columns: ColumnAt[] = [];
  private readonly keys = new Map<number, string>();

  constructor(sheet: Sheet) {
    this.name = sheet.name;
    this.values = Array.isArray(sheet.values) ? sheet.values : [];
    // every address given depends on the origin: a sheet without a valid one is not read at all
    const origin = sheetOrigin(sheet);
    if (!origin) throw new SheetOriginError(sheet);
    this.originRow = origin.row;
    this.originCol = origin.col;
    this.rowCount = this.values.length;
    let w = 0;
    for (const row of this.values) if (Array.isArray(row) && row.length > w) w = row.length;
    this.width = w;
  }

  /** The values of row r as read (shorter than `width` when the row ends early; empty when there is none). */
  rowValues(r: number): readonly CellValue[] {
    const row = this.values[r];
    return Array.isArray(row) ? row : NO_VALUES;
  }

  raw(r: number, c: number): CellValue {
    const row = this.values[r];
    if (!Array.isArray(row)) return null;
    const v = row[c];
    return v === undefined ? null : v;
  }

  /** The cell as trimmed text ("" for blank; numbers as digits; errors as "#REF!"). */
  text(r: number, c: number): string {
    const v = this.raw(r, c);
    if (v === null) return "";
    if (typeof v === "string") return v.trim();
    if (typeof v === "number") return String(v);
    if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
    if (isCellError(v)) return v.error;
    return "";
  }

  /** labelKey of the cell's text (cached for text cells). */
  key(r: number, c: number): string {
    const v = this.raw(r, c);
    if (typeof v !== "string") return v === null ? "" : this.text(r, c);
    const id = r * 16384 + c;
    let k = this.keys.get(id);
    if (k === undefined) {
      k = labelKey(v);
      this.keys.set(id, k);
    }
    return k;
  }

  /** True when the cell is short text whose key is in `keys` (cheap test for 合计-like labels). */
  isKeyIn(r: number, c: number, keys: ReadonlySet<string>, mustContain?: string, maxLength = 12): boolean {
    const v = this.raw(r, c);
    if (typeof v !== "string" || v.length > maxLength) return false;
    if (mustContain !== undefined && v.indexOf(mustContain) < 0) return false;
    return keys.has(this.key(r, c));
  }

  /** A 合计 / 总计 cell. */
  isTotal(r: number, c: number): boolean {
    return this.isKeyIn(r, c, TOTAL_KEYS, "计");
  }

  isBlank(r: number, c: number): boolean {
    const v = this.raw(r, c);
    return v === null || (typeof v === "string" && v.trim() === "");
  }

  isBlankRow(r: number): boolean {
    const row = this.values[r];
    if (!Array.isArray(row)) return true;
    for (let c = 0; c < row.length; c++) if (!this.isBlank(r, c)) return false;
    return true;
  }

  /** Columns of row r that hold something. */
  filled(r: number): number[] {
    const row = this.values[r];
    const out: number[] = [];
    if (!Array.isArray(row)) return out;
    for (let c = 0; c < row.length; c++) if (!this.isBlank(r, c)) out.push(c);
    return out;
  }

  /** A1 address of values[r][c]. */
  address(r: number, c: number): string {
    const col = this.originCol + c;
    let l = this.letters[col];
    if (l === undefined) l = this.letters[col] = columnLetters(col);
    return `${l}${this.originRow + r + 1}`;
  }

  /** "Sheet!C12" (the "Sheet!C" prefix cached per column). */
  ref(r: number, c: number): string {
    let p = this.prefixes[c];
    if (p === undefined) p = this.prefixes[c] = cellRef(this.name, columnLetters(this.originCol + c));
    return p + (this.originRow + r + 1);
  }

  /** Column c as read in `unit`, one object per column and unit (figures keep it instead of their address). */
  columnAt(c: number, unit: Unit): ColumnAt {
    const key = unit === "yuan" ? 2 * c : 2 * c + 1;
    let at = this.columns[key];
    if (at === undefined) {
      this.ref(0, c);
      at = this.columns[key] = {
        prefix: this.prefixes[c],
        firstRow: this.originRow + 1,
        numbers: new Float64Array(0),
        fens: new Float64Array(0),
      };
    }
    return at;
  }

  /** True when the cell holds an amount (a number, amount text like "1,234.56", or an error value). */
  isAmountLike(r: number, c: number): boolean {
    const v = this.raw(r, c);
    if (typeof v === "number") return true;
    if (isCellError(v)) return true;
    if (typeof v === "string" && /\d/.test(v)) {
      const p = parseAmount(v);
      return p.ok;
    }
    return false;
  }
}
