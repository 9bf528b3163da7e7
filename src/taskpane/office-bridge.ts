/**
 * The pane's only door to Office: each workbook function is one Excel.run around an adapter in
 * src/office/; host matters (start-up, theme, platform, dialogs) go through src/office as well.
 * Components and logic never call Office.js themselves (eslint.config.mjs enforces it: only this file
 * and src/office may name the Office and Excel globals).
 */
import type { ChartBlock } from "../charts/model";
import type { Sheet } from "../tables/model";
import type { CellValue } from "../core";
import {
  type RangeText,
  type SelectedRange,
  type WriteMode,
  type WriteResult,
  type DialogEvents,
  type DialogHandle,
  documentSettings,
  inOfficeDialog,
  messageHost,
  officeBodyBackground,
  officePlatform,
  onHostMessage,
  openInBrowser as openInBrowserIn,
  openOfficeDialog,
  supportsRequirement,
  whenOfficeReady,
  ensureSupplementSheet,
  getSelectedRange,
  loadSettingsValue,
  readSelectedRangeText,
  readWorkbook,
  saveSettingsValue,
  selectCells as selectCellsIn,
  writeSupplementValue,
} from "../office";

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

/** 写入工作表: the writer (with its chart layout) loads on first use, not with the first screen. */
export async function writeNarrative(name: string, grid: string[][], mode: WriteMode, charts: ChartBlock[] = []): Promise<WriteResult> {
  const { writeNarrativeSheet } = await import(/* webpackChunkName: "write-sheet" */ "../office/write-narrative");
  return Excel.run((context) => writeNarrativeSheet(context, name, grid, mode, charts));
}

export function loadStoredSettings(): unknown {
  return loadSettingsValue(documentSettings());
}

export function saveStoredSettings(value: unknown): Promise<void> {
  return saveSettingsValue(documentSettings(), value);
}

export const onReady = whenOfficeReady;
/** Office's theme colour (src/office/theme.ts); logic/theme.ts turns it into light, dark or high contrast. */
export const bodyBackground = officeBodyBackground;

/** What the host can do for .docx delivery (see logic/delivery.ts). */
export function hostAbilities(): { platform: string | null; dialogApi12: boolean; openBrowserWindow: boolean } {
  return {
    platform: officePlatform(),
    dialogApi12: supportsRequirement("DialogApi", "1.2"),
    openBrowserWindow: supportsRequirement("OpenBrowserWindowApi", "1.1"),
  };
}

export function openDialog(url: string, events: DialogEvents): Promise<DialogHandle> {
  return openOfficeDialog(url, { height: 40, width: 30 }, events);
}

export const openInBrowser = openInBrowserIn;

/** The delivery page's side of the dialog (null outside an Office dialog). */
export const dialogSide = {
  available: inOfficeDialog,
  onMessage: onHostMessage,
  send: messageHost,
};
