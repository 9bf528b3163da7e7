/** The .xlsx reader shared by the CLI and the pane: bytes → Sheet[], no file system, no exceljs. */
export { readWorkbookWith, isEncryptedPackage, type ReadOptions } from "./workbook";
export { readWorkbook, openZip, fflateInflateRaw } from "./fflate";
export { WorkbookReadError } from "./errors";
export type { SheetStop } from "./sheet";
export type { ZipEntries, InflateRaw } from "./zip";
