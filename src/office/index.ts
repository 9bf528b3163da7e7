/** Office.js adapters (read side). Only the task pane and ribbon commands import this folder. */
export { readWorkbook, readSheet, selectCells, originOf } from "./read-workbook";
