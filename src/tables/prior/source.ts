/**
 * Where last year's figures were read: a second workbook (its file name) or sheets of this workbook.
 * A cell of another workbook is written as Excel writes an external reference: "[file.xlsx]Sheet!C12".
 */
import { cellRef, splitRef } from "../../core";
import type { Figure } from "../model";

export interface PriorSource {
  /** File name of last year's workbook; null when last year's tables are sheets of this workbook. */
  file: string | null;
}

/** "收入支出决算总表!C30" in file "2022.xlsx" → "[2022.xlsx]收入支出决算总表!C30". */
export function externalRef(file: string, ref: string): string {
  const { sheet, address } = splitRef(ref);
  return cellRef(`[${file}]${sheet}`, address);
}

/** The figure with its cells named in the prior source (unchanged for sheets of the same workbook). */
export function fromSource(f: Figure, source: PriorSource): Figure {
  if (source.file === null) return f;
  const file = source.file;
  // built field by field: a CellFigure keeps value and cells behind getters, which a spread would drop
  const cells = f.cells.map((c) => externalRef(file, c));
  return { value: f.value, cells, sourceUnit: f.sourceUnit, ...(f.unreadable ? { unreadable: f.unreadable } : {}) };
}
