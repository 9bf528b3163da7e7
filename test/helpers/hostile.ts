/**
 * Hostile workbooks for the robustness tests and `npm run bench`: a sheet that repeats a table title every
 * few rows (as a careless copy-and-paste does), built in memory as Sheet[] or written as .xlsx.
 */
import ExcelJS from "exceljs";
import type { CellValue } from "../../src/core";
import type { Sheet } from "../../src/tables";

/** The repeated block: title, unit line, header, and a few labelled amounts (7 rows). */
function block(i: number): CellValue[][] {
  return [
    ["收入支出决算总表", null, null, null],
    ["单位：元", null, null, null],
    ["项目", "决算数", "项目", "决算数"],
    ["一、一般公共预算财政拨款收入", 100 + i, "一、一般公共服务支出", 100 + i],
    ["本年收入合计", 100 + i, "本年支出合计", 100 + i],
    ["收入总计", 100 + i, "支出总计", 100 + i],
    [null, null, null, null],
  ];
}

/** One sheet of `rows` rows: the 收入支出决算总表 title every 7 rows. */
export function repeatedTitleSheets(rows: number): Sheet[] {
  const values: CellValue[][] = [];
  for (let i = 0; values.length < rows; i++) values.push(...block(i));
  values.length = rows;
  return [{ name: "Sheet1", origin: "A1", values }];
}

/** The same workbook as an .xlsx file (streamed, so 100,000 rows stay cheap to write). */
export async function writeRepeatedTitleXlsx(path: string, rows: number): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path });
  const ws = wb.addWorksheet("Sheet1");
  const [sheet] = repeatedTitleSheets(rows);
  for (const row of sheet.values) ws.addRow(row as ExcelJS.CellValue[]).commit();
  ws.commit();
  await wb.commit();
}

/** Every number of every table (not 补充信息) as a formula without a stored result, as non-calculating tools save. */
export async function writeUncalculatedCopy(src: string, dest: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(src);
  for (const ws of wb.worksheets) {
    if (ws.name.includes("补充信息")) continue;
    ws.eachRow((row) =>
      row.eachCell((c) => {
        if (typeof c.value === "number") c.value = { formula: `0+${c.value}` } as ExcelJS.CellFormulaValue;
      }),
    );
  }
  await wb.xlsx.writeFile(dest);
}

/**
 * Every amount of every table divided by 10,000 and rounded to 2 decimals (万元 figures) while the unit lines
 * still say 单位：元; the 补充信息 sheet keeps its 元 figures.
 */
export async function writeWanUnderYuanCopy(src: string, dest: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(src);
  for (const ws of wb.worksheets) {
    if (ws.name.includes("补充信息")) continue;
    ws.eachRow((row) =>
      row.eachCell((c) => {
        // 行次 / 栏次 (small integers) are not amounts
        if (typeof c.value === "number" && !(Number.isInteger(c.value) && c.value < 100)) c.value = Math.round(c.value / 100) / 100;
      }),
    );
  }
  await wb.xlsx.writeFile(dest);
}

/**
 * The start of a password-protected .xlsx: Office keeps it in an OLE compound file whose directory names the
 * streams "EncryptionInfo" and "EncryptedPackage" (UTF-16LE), per [MS-OFFCRYPTO] 2.3.4.
 */
export function encryptedXlsxBytes(): Buffer {
  const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const dir = Buffer.concat(["EncryptionInfo", "EncryptedPackage"].map((n) => Buffer.concat([Buffer.from(n, "utf16le"), Buffer.alloc(64 - n.length * 2)])));
  return Buffer.concat([header, Buffer.alloc(504), dir]);
}
