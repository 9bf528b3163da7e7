/**
 * Writes sample sheets to an .xlsx workbook with exceljs, printed like the published tables:
 * merged headers, column widths, #,##0.00 for amounts, bold titles, frozen headers. Text stays text,
 * numbers stay numbers. Workbook metadata is fixed so regenerating gives the same content.
 */
import ExcelJS from "exceljs";
import { SUPPLEMENT_COLUMNS, SUPPLEMENT_SHEET_NAME } from "../../src/tables/supplement";
import type { SampleSheet } from "./grid";

export const SAMPLE_CREATOR = "决算说明助手";
/** Fixed workbook dates: the sample files must not change when regenerated. */
export const SAMPLE_DATE = new Date(Date.UTC(2024, 5, 30, 0, 0, 0));

const AMOUNT_FORMAT = "#,##0.00";
const THIN = { style: "thin" as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

function writeSheet(wb: ExcelJS.Workbook, s: SampleSheet): void {
  const ws = wb.addWorksheet(s.name, {
    views: s.freezeRows > 0 ? [{ state: "frozen", xSplit: 0, ySplit: s.freezeRows }] : [],
  });
  s.widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  const isSupplement = s.name === SUPPLEMENT_SHEET_NAME;
  const titles = new Set(s.titleRows);
  const headers = new Set(s.headerRows);
  const plainRows = new Set(s.plainNumberRows);
  const plainCols = new Set(s.plainNumberColumns);

  s.values.forEach((row, r) => {
    const xr = ws.getRow(r + 1);
    row.forEach((v, c) => {
      const cell = xr.getCell(c + 1);
      if (v === null) return;
      if (typeof v === "object") cell.value = { error: v.error } as ExcelJS.CellErrorValue;
      else cell.value = v;
      if (typeof v === "number" && !plainRows.has(r) && !plainCols.has(c)) cell.numFmt = AMOUNT_FORMAT;
    });
    if (titles.has(r)) {
      xr.font = { bold: true, size: 14 };
      xr.alignment = { horizontal: "center", vertical: "middle" };
      xr.height = 24;
    }
  });

  // Borders and header styling over the table body (everything below the title/unit lines).
  const firstBodyRow = Math.min(...(s.headerRows.length ? s.headerRows : [0]));
  for (let r = firstBodyRow; r < s.values.length; r++) {
    const xr = ws.getRow(r + 1);
    for (let c = 0; c < s.values[r].length; c++) {
      const cell = xr.getCell(c + 1);
      if (!isSupplement) cell.border = BORDER;
      if (headers.has(r)) {
        cell.font = { bold: true };
        cell.alignment = { horizontal: isSupplement && r > 2 ? "left" : "center", vertical: "middle", wrapText: true };
      }
    }
  }
  if (isSupplement) {
    for (let r = 2; r < s.values.length; r++) {
      const xr = ws.getRow(r + 1);
      const key = xr.getCell(SUPPLEMENT_COLUMNS.key + 1);
      key.font = { color: { argb: "FF808080" }, size: 9 };
      key.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFEDEDED" } };
      for (const c of [SUPPLEMENT_COLUMNS.label, SUPPLEMENT_COLUMNS.value, SUPPLEMENT_COLUMNS.note]) {
        const cell = xr.getCell(c + 1);
        cell.alignment = { ...(cell.alignment ?? {}), wrapText: true, vertical: "top" };
      }
    }
    ws.getRow(3).font = { bold: true };
  }
  for (const m of s.merges) ws.mergeCells(m);
}

export function sampleWorkbook(sheets: SampleSheet[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = SAMPLE_CREATOR;
  wb.lastModifiedBy = SAMPLE_CREATOR;
  wb.created = SAMPLE_DATE;
  wb.modified = SAMPLE_DATE;
  wb.calcProperties = { fullCalcOnLoad: false };
  for (const s of sheets) writeSheet(wb, s);
  return wb;
}

export async function writeSampleWorkbook(sheets: SampleSheet[]): Promise<Buffer> {
  const data = await sampleWorkbook(sheets).xlsx.writeBuffer();
  return Buffer.from(data as ArrayBuffer);
}
