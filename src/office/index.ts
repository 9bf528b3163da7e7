/** Office.js adapters. Only the task pane and ribbon commands import this folder. */
export { readWorkbook, readSheet, selectCells, originOf } from "./read-workbook";
export { getSelectedRange, splitOfficeAddress, type SelectedRange } from "./selection";
export { readSelectedRangeText, rangeValuesToText, type RangeText } from "./read-range-text";
export { nextVersionName, isValidSheetName, hasSheet, gridAddress } from "./sheet-names";
export {
  writeNarrativeSheet,
  rectangular,
  NARRATIVE_COLUMN_WIDTHS,
  type WriteMode,
  type WriteResult,
} from "./write-narrative";
export { ensureSupplementSheet, writeSupplementValue, SUPPLEMENT_SHEET_NAME, type SupplementGrid } from "./supplement-sheet";
export {
  documentSettings,
  loadSettingsValue,
  saveSettingsValue,
  SETTINGS_KEY,
  type DocumentSettingsStore,
} from "./settings";
export { whenOfficeReady, officePlatform, supportsRequirement } from "./host";
export { openOfficeDialog, onHostMessage, messageHost, inOfficeDialog, openInBrowser, type DialogHandle, type DialogEvents } from "./dialog";
export { officeBodyBackground } from "./theme";
