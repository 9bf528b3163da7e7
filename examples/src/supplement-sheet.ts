/** Wraps a 补充信息 grid as a printable sample sheet (merges for the title and block rows). */
import { type CellValue, rangeA1 } from "../../src/core";
import { SUPPLEMENT_COLUMNS, SUPPLEMENT_SHEET_NAME } from "../../src/tables/supplement";
import type { SampleSheet } from "./grid";

export function supplementSampleSheet(values: CellValue[][]): SampleSheet {
  const merges: string[] = [rangeA1({ row: 0, col: 0 }, { row: 0, col: 4 })];
  const headerRows: number[] = [];
  values.forEach((row, r) => {
    // Block titles: no key, title in column B; merged B:E.
    if (r > 2 && row[SUPPLEMENT_COLUMNS.key] === null && typeof row[SUPPLEMENT_COLUMNS.code] === "string") {
      merges.push(rangeA1({ row: r, col: 1 }, { row: r, col: 4 }));
      headerRows.push(r);
    }
  });
  return {
    name: SUPPLEMENT_SHEET_NAME,
    origin: "A1",
    values: values.map((r) => [...r]),
    merges,
    freezeRows: 3,
    widths: [30, 10, 40, 60, 40],
    titleRows: [0],
    headerRows: [2, ...headerRows],
    plainNumberColumns: [],
    plainNumberRows: [],
  };
}
