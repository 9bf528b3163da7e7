/**
 * The pane's only door to Excel: each function is one Excel.run around an adapter in src/office/.
 * Components never call Office.js themselves.
 */
import type { ChartBlock } from "../charts/model";
import type { Sheet } from "../tables/model";
import type { CellValue } from "../core";
import {
  type RangeText,
  type SelectedRange,
  type WriteMode,
  type WriteResult,
  documentSettings,
  officeThemeIsDark,
  ensureSupplementSheet,
  getSelectedRange,
  loadSettingsValue,
  readSelectedRangeText,
  readWorkbook,
  saveSettingsValue,
  selectCells as selectCellsIn,
  writeNarrativeSheet,
  writeSupplementValue,
} from "../office";

/** Office's theme (when the host reports one) decides light or dark. */
export function officeIsDark(): boolean {
  return officeThemeIsDark();
}

export function inExcel(): boolean {
  return typeof Excel !== "undefined" && typeof Excel.run === "function";
}

export function readSheets(): Promise<Sheet[]> {
  return Excel.run((context) => readWorkbook(context));
}

export function selectCells(refs: string[]): Promise<void> {
  return Excel.run(async (context) => {
    await selectCellsIn(context, refs);
  });
}

export function selectedRange(): Promise<SelectedRange> {
  return Excel.run((context) => getSelectedRange(context));
}

/** The selection's text (used part only), for 校对. */
export function selectedText(): Promise<RangeText> {
  return Excel.run((context) => readSelectedRangeText(context));
}

export function openSupplement(build: () => readonly (readonly CellValue[])[]): Promise<{ created: boolean; sheet: string }> {
  return Excel.run((context) => ensureSupplementSheet(context, build));
}

export function writeSupplementCell(sheet: string, address: string, value: string | number): Promise<void> {
  return Excel.run((context) => writeSupplementValue(context, sheet, address, value));
}

export function writeNarrative(name: string, grid: string[][], mode: WriteMode, charts: ChartBlock[] = []): Promise<WriteResult> {
  return Excel.run((context) => writeNarrativeSheet(context, name, grid, mode, charts));
}

export function loadStoredSettings(): unknown {
  return loadSettingsValue(documentSettings());
}

export function saveStoredSettings(value: unknown): Promise<void> {
  return saveSettingsValue(documentSettings(), value);
}
