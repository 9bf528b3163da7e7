/**
 * The pane's state and actions (one hook). Pure work goes through logic/, Excel through office-bridge.
 */
import { useCallback, useRef, useState } from "react";
import { buildSupplementSheet, SUPPLEMENT_SHEET_NAME } from "../tables/supplement";
import type { TableId } from "../tables/model";
import { renderGrid } from "../render/grid";
import { renderText } from "../render/text";
import { TABLE_NAMES } from "../checks";
import * as office from "./office-bridge";
import type { Analysis, PriorWorkbook } from "./logic/pipeline";
import { analyseLazy, proofreadLazy } from "./logic/lazy";
import { readPriorWorkbook } from "./logic/prior-workbook";
import { splitRef } from "../core";
import { type PaneSettings, sanitizePaneSettings } from "./logic/pane-settings";
import { cellValueFor, findSupplementSlot } from "./logic/supplement-keys";
import { nextVersionName } from "../office";
import { S } from "./strings";
import type { ProofFinding } from "../proofread";

export type Busy = null | "read" | "generate" | "supplement" | "save" | "write" | "docx" | "select" | "readText" | "proofread";

/** The last 校对 run: the text as checked (findings' offsets index it) and what was found. */
export interface ProofResult {
  text: string;
  findings: ProofFinding[];
}

export interface Notice {
  intent: "success" | "error" | "info" | "warning";
  text: string;
}

export interface OverwritePrompt {
  name: string;
  newName: string;
}

function message(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}

export function usePane() {
  const [settings, setSettings] = useState<PaneSettings>(() => sanitizePaneSettings(office.loadStoredSettings()));
  const [analysis, setAnalysis] = useState<Analysis | null>(null);
  const [generated, setGenerated] = useState(false);
  const [busy, setBusy] = useState<Busy>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [prompt, setPrompt] = useState<OverwritePrompt | null>(null);
  const [proofText, setProofText] = useState("");
  const [proof, setProof] = useState<ProofResult | null>(null);
  const [proofSelected, setProofSelected] = useState<number | null>(null);
  const settingsRef = useRef(settings);
  settingsRef.current = settings;
  /** Last year's workbook chosen with 上年决算表 (null: prior-year sheets of this workbook, if any). */
  const priorRef = useRef<PriorWorkbook | null>(null);

  const run = useCallback(async (kind: Busy, work: () => Promise<void>) => {
    setBusy(kind);
    setNotice(null);
    try {
      await work();
    } catch (err) {
      setNotice({ intent: "error", text: S.errors.generic(message(err)) });
    } finally {
      setBusy(null);
    }
  }, []);

  /** Reads the workbook and runs the pipeline with the given settings. */
  const refresh = useCallback(async (s: PaneSettings = settingsRef.current): Promise<Analysis> => {
    const sheets = await office.readSheets();
    const a = await analyseLazy(sheets, s, priorRef.current);
    setAnalysis(a);
    return a;
  }, []);

  const read = useCallback(() => run("read", async () => void (await refresh())), [run, refresh]);

  const generate = useCallback(
    () =>
      run("generate", async () => {
        await refresh();
        setGenerated(true);
      }),
    [run, refresh],
  );

  const updateSettings = useCallback(
    async (next: PaneSettings, rerun = true) => {
      setSettings(next);
      settingsRef.current = next;
      await office.saveStoredSettings(next);
      if (rerun && analysis) setAnalysis(await analyseLazy(analysis.sheets, next, priorRef.current));
    },
    [analysis],
  );

  const changeSettings = useCallback(
    (next: PaneSettings) =>
      run("save", async () => {
        await updateSettings(next);
        setNotice({ intent: "success", text: S.settings.saved });
      }),
    [run, updateSettings],
  );

  const pointTable = useCallback(
    (id: TableId) =>
      run("read", async () => {
        const sel = await office.selectedRange();
        const next: PaneSettings = {
          ...settingsRef.current,
          tableLocations: { ...settingsRef.current.tableLocations, [id]: { sheet: sel.sheet, range: sel.address } },
        };
        await updateSettings(next, false);
        await refresh(next);
        setNotice({ intent: "success", text: S.tables.pointed(TABLE_NAMES[id], `${sel.sheet}!${sel.address}`) });
      }),
    [run, updateSettings, refresh],
  );

  const clearTable = useCallback(
    (id: TableId) =>
      run("read", async () => {
        const locations = { ...settingsRef.current.tableLocations };
        delete locations[id];
        const next: PaneSettings = { ...settingsRef.current, tableLocations: locations };
        await updateSettings(next, false);
        await refresh(next);
      }),
    [run, updateSettings, refresh],
  );

  const openSupplement = useCallback(
    () =>
      run("supplement", async () => {
        const a = analysis ?? (await refresh());
        const res = await office.openSupplement(() => buildSupplementSheet(a.accounts, a.accounts.supplement));
        await refresh();
        setNotice({ intent: "success", text: res.created ? S.supplement.created(res.sheet) : S.supplement.opened(res.sheet) });
      }),
    [run, analysis, refresh],
  );

  const saveSupplement = useCallback(
    (key: string, code: string, input: string) =>
      run("save", async () => {
        const a = analysis ?? (await refresh());
        const name = a.accounts.supplement.sheet ?? SUPPLEMENT_SHEET_NAME;
        const sheet = a.sheets.find((s) => s.name === name);
        const slot = sheet ? findSupplementSlot(sheet, key, code) : null;
        if (!sheet || !slot) {
          setNotice({ intent: "warning", text: S.supplement.notInSheet });
          return;
        }
        const value = cellValueFor(slot.key, input);
        if (!value.ok) {
          setNotice({ intent: "error", text: S.errors.invalidNumber(value.message) });
          return;
        }
        await office.writeSupplementCell(sheet.name, slot.address, value.value);
        await refresh();
        setNotice({ intent: "success", text: S.supplement.saved(`${sheet.name}!${slot.address}`) });
      }),
    [run, analysis, refresh],
  );

  const selectCells = useCallback(
    (cells: string[]) =>
      run("select", async () => {
        // Cells of last year's workbook ("[2022.xlsx]Sheet!C12") are not in this workbook.
        const here = cells.filter((c) => !splitRef(c).sheet.startsWith("["));
        if (here.length === 0) {
          if (cells.length > 0) setNotice({ intent: "info", text: S.prior.elsewhere(cells[0]) });
          return;
        }
        cells = here;
        await office.selectCells(cells);
        // Excel selects one range: the first reference (the others are named in the finding itself).
        setNotice({ intent: "info", text: S.generate.selected(cells[0]) });
      }),
    [run],
  );

  /** 上年决算表: reads the chosen .xlsx in the browser and runs the pipeline again with it. */
  const choosePrior = useCallback(
    (file: { name: string; arrayBuffer(): Promise<ArrayBuffer> }) =>
      run("read", async () => {
        priorRef.current = await readPriorWorkbook(file.name, await file.arrayBuffer());
        const a = await refresh();
        setNotice(
          a.prior
            ? { intent: "success", text: S.prior.loaded(file.name, a.prior.year) }
            : { intent: "warning", text: S.prior.noTables(file.name) },
        );
      }),
    [run, refresh],
  );

  const clearPrior = useCallback(
    () =>
      run("read", async () => {
        priorRef.current = null;
        await refresh();
      }),
    [run, refresh],
  );

  const writeSheet = useCallback(
    (mode: "createOnly" | "overwrite" = "createOnly", name: string = S.output.sheetName) =>
      run("write", async () => {
        if (!analysis) return;
        setPrompt(null);
        const res = await office.writeNarrative(name, renderGrid(analysis.narrative), mode, analysis.narrative.charts);
        if (res.status === "exists") {
          setPrompt({ name: res.sheet, newName: nextVersionName(res.names, name) });
          return;
        }
        setNotice({ intent: "success", text: S.output.written(res.sheet, res.rows) });
      }),
    [run, analysis],
  );

  const cancelPrompt = useCallback(() => {
    setPrompt(null);
    setNotice({ intent: "info", text: S.output.cancelled });
  }, []);

  const downloadDocx = useCallback(
    () =>
      run("docx", async () => {
        if (!analysis) return;
        // docx is loaded on demand: it is not part of the pane's initial bundle.
        const { renderDocx } = await import(/* webpackChunkName: "docx" */ "../render/docx");
        // Charts become PNG through the browser's canvas, loaded only when there are charts.
        const rasterize = analysis.narrative.charts?.length
          ? (await import(/* webpackChunkName: "charts" */ "../render/chart-png-canvas")).rasterizeSvgCanvas
          : undefined;
        const bytes = await renderDocx(analysis.narrative, { rasterize });
        const file = S.output.fileName(analysis.narrative.title.trim());
        const blob = new Blob([bytes as BlobPart], {
          type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        });
        const url = URL.createObjectURL(blob);
        const a = document.createElement("a");
        a.href = url;
        a.download = file;
        document.body.appendChild(a);
        a.click();
        a.remove();
        setTimeout(() => URL.revokeObjectURL(url), 10_000);
        setNotice({ intent: "success", text: S.output.downloaded(file) });
      }),
    [run, analysis],
  );

  const copyText = useCallback(
    () =>
      run(null, async () => {
        if (!analysis) return;
        const ok = await copyToClipboard(renderText(analysis.narrative));
        setNotice(ok ? { intent: "success", text: S.output.copied } : { intent: "error", text: S.output.copyFailed });
      }),
    [run, analysis],
  );

  /** Fills the 校对 text from the selected range (its used part). */
  const readSelectionText = useCallback(
    () =>
      run("readText", async () => {
        const r = await office.selectedText();
        if (r.text.trim() === "") {
          setNotice({ intent: "warning", text: S.proofread.selectionEmpty(r.sheet) });
          return;
        }
        setProofText(r.text);
        setNotice({ intent: "success", text: S.proofread.selectionRead(`${r.sheet}!${r.address}`, r.rows) });
      }),
    [run],
  );

  /** Proofreads the text against the accounts already read (reading the workbook first if needed). */
  const runProofread = useCallback(
    () =>
      run("proofread", async () => {
        const text = proofText;
        if (text.trim() === "") {
          setNotice({ intent: "warning", text: S.proofread.empty });
          return;
        }
        const a = analysis ?? (await refresh());
        setProofSelected(null);
        setProof({ text, findings: await proofreadLazy(text, a.accounts, settingsRef.current) });
      }),
    [run, analysis, refresh, proofText],
  );

  /** Shows a finding's sentence and selects its cells in Excel (when it has any). */
  const openProofFinding = useCallback(
    (index: number) => {
      setProofSelected(index);
      const f = proof?.findings[index];
      if (f && f.cells.length > 0) void selectCells(f.cells);
    },
    [proof, selectCells],
  );

  return {
    settings,
    proofText,
    setProofText,
    proof,
    proofSelected,
    readSelectionText,
    runProofread,
    openProofFinding,
    analysis,
    generated,
    busy,
    notice,
    prompt,
    read,
    generate,
    changeSettings,
    pointTable,
    clearTable,
    openSupplement,
    saveSupplement,
    selectCells,
    choosePrior,
    clearPrior,
    writeSheet,
    cancelPrompt,
    downloadDocx,
    copyText,
    dismissNotice: () => setNotice(null),
  };
}

export type Pane = ReturnType<typeof usePane>;

/** navigator.clipboard where allowed (not in every Office webview), else a hidden textarea and copy. */
export async function copyToClipboard(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // fall through to the textarea
  }
  const ta = document.createElement("textarea");
  ta.value = text;
  ta.setAttribute("readonly", "");
  ta.style.position = "fixed";
  ta.style.opacity = "0";
  document.body.appendChild(ta);
  ta.select();
  let ok = false;
  try {
    ok = document.execCommand("copy");
  } catch {
    ok = false;
  }
  ta.remove();
  return ok;
}
