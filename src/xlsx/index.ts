/** The .xlsx reader shared by the CLI and the pane: bytes → Sheet[], no file system, no exceljs. */
export { readWorkbook, isEncryptedPackage, type ReadOptions } from "./workbook";
export { WorkbookReadError } from "./errors";
export type { SheetStop } from "./sheet";
export { openZip, type ZipEntries, type InflateRaw } from "./zip";
