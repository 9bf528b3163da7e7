/**
 * The reference reading of a workbook for the equivalence tests: exceljs (the reader this project used
 * before src/xlsx) mapped to Sheet[] the way the CLI did, except that a formula saved without a result is
 * UNCALCULATED (it used to become a blank).
 */
import ExcelJS from "exceljs";
import { type CellValue, UNCALCULATED, columnLetters, toCellValue } from "../../src/core";
import type { Sheet } from "../../src/tables/model";

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function fromExcelJs(v: ExcelJS.CellValue | undefined): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "boolean") return v;
  if (typeof v === "string") return v === "" ? null : v;
  if (v instanceof Date) return `${v.getUTCFullYear()}-${pad2(v.getUTCMonth() + 1)}-${pad2(v.getUTCDate())}`;
  if (typeof v === "object") {
    if ("error" in v) return { error: String(v.error) };
    if ("richText" in v) return toCellValue(v.richText.map((t) => t.text).join(""));
    if ("formula" in v || "sharedFormula" in v) {
      const f = v as ExcelJS.CellFormulaValue;
      if (f.result === undefined) return f.formula ? { error: UNCALCULATED, formula: f.formula } : { error: UNCALCULATED };
      return fromExcelJs(f.result as ExcelJS.CellValue);
    }
    if ("hyperlink" in v) return fromExcelJs((v as ExcelJS.CellHyperlinkValue).text as ExcelJS.CellValue);
  }
  return toCellValue(String(v));
}

function sheetFromWorksheet(ws: ExcelJS.Worksheet): Sheet {
  const entries: { r: number; c: number; v: CellValue }[] = [];
  let minR = Infinity;
  let minC = Infinity;
  let maxR = -1;
  let maxC = -1;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.isMerged && cell.master !== cell && cell.master.address !== cell.address) return;
      const v = fromExcelJs(cell.value);
      if (v === null) return;
      entries.push({ r, c, v });
      if (r < minR) minR = r;
      if (r > maxR) maxR = r;
      if (c < minC) minC = c;
      if (c > maxC) maxC = c;
    });
  });
  if (entries.length === 0) return { name: ws.name, origin: "A1", values: [] };
  const width = maxC - minC + 1;
  const values: CellValue[][] = [];
  for (let i = 0; i <= maxR - minR; i++) values.push(new Array<CellValue>(width).fill(null));
  for (const e of entries) values[e.r - minR][e.c - minC] = e.v;
  return { name: ws.name, origin: `${columnLetters(minC - 1)}${minR}`, values };
}

/** The sheets of an .xlsx as exceljs reads them. */
export async function readWithExcelJs(bytes: Uint8Array): Promise<Sheet[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb.worksheets.map(sheetFromWorksheet);
}

/** Sheet[] → .xlsx bytes with exceljs (values only; each sheet placed at its origin). */
export async function writeWithExcelJs(sheets: readonly Sheet[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    const m = /^([A-Z]+)(\d+)$/.exec(s.origin);
    let c0 = 0;
    for (const ch of m ? m[1] : "A") c0 = c0 * 26 + ch.charCodeAt(0) - 64;
    const r0 = m ? Number(m[2]) : 1;
    s.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null) return;
        ws.getCell(r0 + r, c0 + c).value =
          typeof v === "object" ? (v.formula ? { formula: v.formula } : ({ error: v.error } as ExcelJS.CellErrorValue)) : v;
      }),
    );
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
