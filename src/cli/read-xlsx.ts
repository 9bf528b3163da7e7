/**
 * .xlsx file → Sheet[] with exceljs, matching what the Office JavaScript API reports for a used range's values:
 * formula cells give their cached result, rich text its plain text, a merged area keeps its value
 * in the top-left cell only, errors are { error: "#REF!" }, dates are "yyyy-mm-dd" text.
 */
import { basename } from "node:path";
import ExcelJS from "exceljs";
import { type CellValue, UNCALCULATED, columnLetters, toCellValue } from "../core";
import type { Sheet } from "../tables/model";
import { OLE_MAGIC, ZIP_MAGIC, isEncryptedOffice, readFileOrFail, startsWith } from "./files";

/** A workbook that cannot be read; the message is Chinese and names the file. */
export class WorkbookReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "WorkbookReadError";
  }
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** exceljs gives dates as UTC-based Date objects. */
function dateText(d: Date): string {
  return `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
}

/** One exceljs cell value as a CellValue. */
export function fromExcelJs(v: ExcelJS.CellValue | undefined): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "boolean") return v;
  if (typeof v === "string") return v === "" ? null : v;
  if (v instanceof Date) return dateText(v);
  if (typeof v === "object") {
    if ("error" in v) return { error: String(v.error) };
    if ("richText" in v) return toCellValue(v.richText.map((t) => t.text).join(""));
    if ("formula" in v || "sharedFormula" in v) {
      const f = v as ExcelJS.CellFormulaValue;
      // Saved by a tool that does not calculate: no result to read (never taken as empty or 0).
      if (f.result === undefined || f.result === null) return { error: UNCALCULATED, ...(f.formula ? { formula: f.formula } : {}) };
      return fromExcelJs(f.result as ExcelJS.CellValue);
    }
    if ("hyperlink" in v) return fromExcelJs((v as ExcelJS.CellHyperlinkValue).text as ExcelJS.CellValue);
  }
  return toCellValue(String(v));
}

/** The used range (cells holding a value) of one worksheet. */
export function sheetFromWorksheet(ws: ExcelJS.Worksheet): Sheet {
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

export function sheetsFromWorkbook(wb: ExcelJS.Workbook): Sheet[] {
  return wb.worksheets.map(sheetFromWorksheet);
}

/** Reads an .xlsx file; throws WorkbookReadError with a Chinese message for anything unreadable. */
export async function readXlsx(path: string): Promise<Sheet[]> {
  const name = basename(path);
  const buf = await readFileOrFail(path, { noun: "文件", expected: "工作簿文件" }, (m) => new WorkbookReadError(m));
  if (isEncryptedOffice(buf)) {
    throw new WorkbookReadError(`${name} 工作簿设置了打开密码，无法读取；请在 Excel 或 WPS 中打开，取消密码后另存为 .xlsx 再试`);
  }
  if (startsWith(buf, OLE_MAGIC)) {
    throw new WorkbookReadError(
      `${name} 是旧版 .xls 格式，请在 Excel 中另存为 .xlsx 后再试（若工作簿设置了打开密码，请先取消密码）`,
    );
  }
  if (!startsWith(buf, ZIP_MAGIC)) {
    throw new WorkbookReadError(`${name} 不是有效的 .xlsx 工作簿文件，请在 Excel 中打开并另存为 .xlsx 后再试`);
  }
  const wb = new ExcelJS.Workbook();
  try {
    // exceljs's types predate Node's generic Buffer; the bytes are what it expects.
    await wb.xlsx.load(buf as unknown as ExcelJS.Buffer);
  } catch (e) {
    throw new WorkbookReadError(`无法读取工作簿 ${name}：文件已损坏或不是 .xlsx 格式（${(e as Error).message}）`);
  }
  return sheetsFromWorkbook(wb);
}
