/**
 * A tiny grid builder for the sample workbooks: cells, merges (value in the top-left cell, null
 * elsewhere) and a few layout hints the xlsx writer uses. Pure data, no I/O.
 */
import { type CellValue, Dec, columnLetters, offsetA1, rangeA1, toA1 } from "../../src/core";
import type { Sheet } from "../../src/tables/model";

/** A sample sheet: a plain `Sheet` plus what the xlsx writer needs to print it like the published table. */
export interface SampleSheet extends Sheet {
  /** Merged ranges in A1 ("A1:F1"), relative to A1 (origin is always "A1" here). */
  merges: string[];
  /** Rows (1-based) to freeze above: the header rows. 0 = none. */
  freezeRows: number;
  /** Column widths in characters. */
  widths: number[];
  /** 0-based row indexes printed as titles (bold, larger). */
  titleRows: number[];
  /** 0-based row indexes printed as header rows (bold, centred, bordered). */
  headerRows: number[];
  /** 0-based columns whose numbers are counts (行次, 栏次, 序号): no amount format. */
  plainNumberColumns: number[];
  /** 0-based rows whose numbers are plain (栏次 rows). */
  plainNumberRows: number[];
}

/** An exact amount as the number a cell stores (Excel keeps 15 significant digits; amounts here have ≤ 13). */
export function cellNumber(d: Dec): number {
  return d.toNumber();
}

/** 元 from text, e.g. y("78,335,329.04"); exact. */
export function y(text: string): Dec {
  return new Dec(text.replace(/,/g, ""));
}

export class GridBuilder {
  private rows: CellValue[][] = [];
  readonly merges: string[] = [];
  readonly titleRows: number[] = [];
  readonly headerRows: number[] = [];
  readonly plainNumberRows: number[] = [];

  constructor(readonly width: number) {}

  /** Index of the next row to be added. */
  get next(): number {
    return this.rows.length;
  }

  /** Appends a row (padded to the grid width); numbers given as Dec become cell numbers. */
  row(cells: (CellValue | Dec | undefined)[]): number {
    const r: CellValue[] = [];
    for (let c = 0; c < this.width; c++) {
      const v = cells[c];
      r.push(v === undefined ? null : v instanceof Dec ? cellNumber(v) : v);
    }
    this.rows.push(r);
    return this.rows.length - 1;
  }

  /** Sets one cell (0-based); grows the grid if needed. */
  set(r: number, c: number, v: CellValue | Dec): void {
    while (this.rows.length <= r) this.row([]);
    this.rows[r][c] = v instanceof Dec ? cellNumber(v) : v;
  }

  /** Merges rows r1..r2, columns c1..c2 (0-based, inclusive); blanks every cell but the top-left. */
  merge(r1: number, c1: number, r2: number, c2: number): void {
    if (r1 === r2 && c1 === c2) return;
    for (let r = r1; r <= r2; r++)
      for (let c = c1; c <= c2; c++) if (r !== r1 || c !== c1) this.set(r, c, null);
    this.merges.push(rangeA1({ row: r1, col: c1 }, { row: r2, col: c2 }));
  }

  /** A title row: the text merged across the full width. */
  title(text: string): number {
    const r = this.row([text]);
    this.merge(r, 0, r, this.width - 1);
    this.titleRows.push(r);
    return r;
  }

  markHeader(...rows: number[]): void {
    this.headerRows.push(...rows);
  }

  build(name: string, opts: { widths: number[]; freezeRows: number; plainNumberColumns?: number[] }): SampleSheet {
    return {
      name,
      origin: "A1",
      values: this.rows.map((r) => [...r]),
      merges: [...this.merges],
      freezeRows: opts.freezeRows,
      widths: opts.widths,
      titleRows: [...this.titleRows],
      headerRows: [...this.headerRows],
      plainNumberColumns: opts.plainNumberColumns ?? [],
      plainNumberRows: [...this.plainNumberRows],
    };
  }
}

/** "Sheet!C12" of values[r][c] of a sample sheet. */
export function refOf(sheet: Sheet, r: number, c: number): string {
  return `${sheet.name}!${offsetA1(sheet.origin, r, c)}`;
}

export { columnLetters, toA1 };
