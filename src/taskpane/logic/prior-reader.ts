/**
 * .xlsx bytes → sheets in the browser, with exceljs (its browser build). Loaded only through
 * prior-workbook.ts. To be replaced by the shared lean reader (src/xlsx) when it lands: same contract.
 */
import ExcelJS from "exceljs";
import { type CellValue, columnLetters, toCellValue } from "../../core";
import type { Sheet } from "../../tables/model";

function cellValue(v: ExcelJS.CellValue | undefined): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "boolean") return v;
  if (typeof v === "string") return v === "" ? null : v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "object") {
    if ("error" in v) return { error: String(v.error) };
    if ("richText" in v) return toCellValue(v.richText.map((t) => t.text).join(""));
    if ("formula" in v || "sharedFormula" in v) {
      const result = (v as ExcelJS.CellFormulaValue).result;
      return result === undefined ? null : cellValue(result as ExcelJS.CellValue);
    }
    if ("hyperlink" in v) return cellValue((v as ExcelJS.CellHyperlinkValue).text as ExcelJS.CellValue);
  }
  return toCellValue(String(v));
}

function sheetOf(ws: ExcelJS.Worksheet): Sheet {
  const cells: { r: number; c: number; v: CellValue }[] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.isMerged && cell.master.address !== cell.address) return;
      const v = cellValue(cell.value);
      if (v !== null) cells.push({ r, c, v });
    });
  });
  if (cells.length === 0) return { name: ws.name, origin: "A1", values: [] };
  const minR = Math.min(...cells.map((e) => e.r));
  const minC = Math.min(...cells.map((e) => e.c));
  const width = Math.max(...cells.map((e) => e.c)) - minC + 1;
  const values: CellValue[][] = Array.from({ length: Math.max(...cells.map((e) => e.r)) - minR + 1 }, () =>
    new Array<CellValue>(width).fill(null),
  );
  for (const e of cells) values[e.r - minR][e.c - minC] = e.v;
  return { name: ws.name, origin: `${columnLetters(minC - 1)}${minR}`, values };
}

/** Throws an Error with a Chinese message naming the file when it is not a readable .xlsx. */
export async function readXlsxBytes(file: string, bytes: ArrayBuffer): Promise<Sheet[]> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes);
  } catch {
    throw new Error(`${file} 不是有效的 .xlsx 工作簿文件（旧版 .xls 请先在 Excel 中另存为 .xlsx）`);
  }
  return wb.worksheets.map(sheetOf);
}
