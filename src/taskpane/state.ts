/**
 * The pane's state and actions (one hook). Pure work goes through logic/, Excel through office-bridge.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { SUPPLEMENT_SHEET_NAME } from "../tables/supplement";
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
import { findSupplementSlot } from "./logic/supplement-keys";
import { type Need, fillable, needsOf, sheetUnit } from "./logic/needs";
import { echo, implausible, readAmountInput } from "./logic/amount-input";
import { asCellText } from "../render/grid";
import { bytesToBase64, chooseRoute, decodeMessage, deliveryUrl, encodeMessage } from "./logic/delivery";
import { findingView } from "./logic/findings";
import type { Finding } from "../tables/model";
import { nextVersionName } from "../office";
import { S } from "./strings";
import { loadPreview } from "./components/preview-loader";
import type { ProofFinding } from "../proofread";

export type Busy = null | "read" | "generate" | "supplement" | "save" | "write" | "docx" | "select" | "readText" | "proofread";

/** The last 校对 run: the text as checked (findings' offsets index it) and what was found. */
export interface ProofResult {
  text: string;
  findings: ProofFinding[];
}

/** The pane's steps, in order; the current one is open. */
export type StepId = "tables" | "generate" | "fill" | "output" | "proofread" | "settings";

export interface Notice {
  intent: "success" | "error" | "info" | "warning";
  text: string;
  /** The step it belongs to (shown there, next to what the user did); none: under the title. */
  step?: StepId;
}

/** What saving one 待填写 item gave: saved, an error to show at the field, or a question to confirm there. */
export type SaveOutcome = { status: "saved" } | { status: "error"; message: string } | { status: "confirm"; message: string };

export interface OverwritePrompt {
  name: string;
  newName: string;
}

const sheetOfSupplement = (a: Analysis) => a.sheets.find((x) => x.name === (a.accounts.supplement.sheet ?? SUPPLEMENT_SHEET_NAME));

/** buildSupplementSheet, loaded when a 补充信息 sheet is first made (not part of the first screen). */
async function supplementBuilder() {
  return (await import(/* webpackChunkName: "supplement" */ "../tables/supplement")).buildSupplementSheet;
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
  const [openSteps, setOpenSteps] = useState<StepId[]>(["tables"]);
  /** The 待填写 item whose input should take focus (set by 下一个待填写, a gap click, or a save). */
  const [focusKey, setFocusKey] = useState<string | null>(null);
  /** Bumped to move the view to the result after 生成. */
  const [resultShown, setResultShown] = useState(0);
  /** Bumped whenever an item's input should take the focus (even the one that had it). */
  const [focusTurn, setFocusTurn] = useState(0);
  const [findingTurn, setFindingTurn] = useState<{ index: number; turn: number } | null>(null);
  const settingsRef = useRef(settings);
  settingsRef.current = settings;
  /** Last year's workbook chosen with 上年决算表 (null: prior-year sheets of this workbook, if any). */
  const priorRef = useRef<PriorWorkbook | null>(null);
  const readOnce = useRef(false);

  /** Opens `step` (and keeps the others as the user left them unless `only`). */
  const openStep = useCallback((step: StepId, only = false) => {
    setOpenSteps((cur) => (only ? [step] : cur.includes(step) ? cur : [...cur, step]));
  }, []);

  const run = useCallback(async (kind: Busy, work: () => Promise<void>) => {
    setBusy(kind);
    setNotice(null);
    try {
      await work();
    } catch (err) {
      setNotice({ intent: "error", text: S.errors.generic(message(err)), step: stepOfBusy(kind) });
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

  /** Reads the workbook; the next step (生成说明, with its 发布口径) opens. */
  const read = useCallback(
    () =>
      run("read", async () => {
        await refresh();
        // The first read (on opening) moves on to 生成说明; a step the user opened meanwhile stays open.
        const first = !readOnce.current;
        readOnce.current = true;
        setOpenSteps((cur) => (first && cur.length === 1 && cur[0] === "tables" ? ["generate"] : cur.includes("generate") ? cur : [...cur, "generate"]));
      }),
    [run, refresh],
  );

  /** Focuses the input of the 待填写 item `key` (again, when it already had the focus). */
  const focusNeed = useCallback((key: string | null) => {
    setFocusKey(key);
    if (key !== null) setFocusTurn((n) => n + 1);
  }, []);

  const generate = useCallback(
    () =>
      run("generate", async () => {
        // The preview's code comes with the engine, so the result is laid out at once.
        const [a] = await Promise.all([refresh(), loadPreview()]);
        setGenerated(true);
        // The result, and below it the way out (保存 Word 文档), are open; the rest is closed. When the text
        // still has gaps, 补充待填写 opens too with the first item's input focused, so the accountant types
        // straight away (the gap count and the marked preview stay just above it).
        const first = fillable(needsOf(a.narrative.warnings, a.accounts, sheetOfSupplement(a), a.missingTables))[0];
        setOpenSteps(first ? ["generate", "fill", "output"] : ["generate", "output"]);
        setResultShown((n) => n + 1);
        focusNeed(first ? first.key : null);
      }),
    [run, refresh, focusNeed],
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
        setNotice({ intent: "success", text: S.settings.saved, step: "settings" });
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
        setNotice({ intent: "success", text: S.tables.pointed(TABLE_NAMES[id], `${sel.sheet}!${sel.address}`), step: "tables" });
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
        const build = await supplementBuilder();
        const res = await office.openSupplement(() => build(a.accounts, a.accounts.supplement));
        await refresh();
        setNotice({ intent: "success", text: res.created ? S.supplement.created(res.sheet) : S.supplement.opened(res.sheet), step: "fill" });
      }),
    [run, analysis, refresh],
  );

  /**
   * Saves one 待填写 item into its row of 补充信息 (creating that sheet first when the workbook has none),
   * then reads again and moves to the next item. Amounts are read into the sheet's unit; one larger than
   * the total it belongs to is saved only after `confirmed`. Errors come back to the field.
   */
  const saveNeed = useCallback(
    async (need: Need, input: string, confirmed = false): Promise<SaveOutcome> => {
      let a = analysis ?? (await refresh());
      let value: string | number;
      const unit = sheetUnit(sheetOfSupplement(a));
      if (need.kind === "text") {
        if (input.trim() === "") return { status: "error", message: S.fill.emptyText };
        value = asCellText(input.trim());
      } else {
        const read = readAmountInput(input, need.kind === "count" ? "yuan" : unit);
        if (!read.ok) return { status: "error", message: need.kind === "count" ? S.fill.badCount(input.trim()) : read.message };
        if (need.kind === "amount" && !confirmed) {
          const doubt = implausible(read.value, unit, need.limit ?? null);
          if (doubt) return { status: "confirm", message: doubt };
        }
        value = read.value.toNumber();
        if (need.kind === "amount" && read.written !== null && read.written !== unit) {
          setNotice({ intent: "info", text: S.fill.converted(input.trim(), echo(read.value, unit)), step: "fill" });
        }
      }
      setBusy("save");
      try {
        if (!a.accounts.supplement.present) {
          const made = a;
          const build = await supplementBuilder();
          await office.openSupplement(() => build(made.accounts, made.accounts.supplement));
          a = await refresh();
        }
        const sheet = sheetOfSupplement(a);
        const slot = sheet ? findSupplementSlot(sheet, need.key, need.code) : null;
        if (!sheet || !slot) return { status: "error", message: S.fill.noRow };
        await office.writeSupplementCell(sheet.name, slot.address, value);
        const next = await refresh();
        const left = fillable(needsOf(next.narrative.warnings, next.accounts, sheetOfSupplement(next), next.missingTables));
        const after = left.find((n) => n.key !== need.key);
        if (after) {
          focusNeed(after.key);
        } else {
          focusNeed(null);
          setOpenSteps(["output"]);
          setNotice({ intent: "success", text: S.fill.allDone, step: "output" });
        }
        return { status: "saved" };
      } catch (err) {
        return { status: "error", message: S.errors.generic(message(err)) };
      } finally {
        setBusy(null);
      }
    },
    [analysis, refresh, focusNeed],
  );

  const needs = useMemo(() => (analysis ? needsOf(analysis.narrative.warnings, analysis.accounts, sheetOfSupplement(analysis), analysis.missingTables) : []), [analysis]);
  const toFill = useMemo(() => fillable(needs), [needs]);

  /** 下一个待填写: opens the next item after the one in focus (wrapping), focusing its input. */
  const nextNeed = useCallback(() => {
    if (toFill.length === 0) return;
    const at = toFill.findIndex((n) => n.key === focusKey);
    const next = toFill[(at + 1) % toFill.length];
    setOpenSteps(["fill"]);
    focusNeed(next.key);
  }, [toFill, focusKey, focusNeed]);

  /** A gap clicked in the preview: its item opens with the input focused. */
  const openNeed = useCallback(
    (key: string) => {
      setOpenSteps(["fill"]);
      focusNeed(key);
    },
    [focusNeed],
  );

  const selectCells = useCallback(
    (cells: string[], step: StepId = "generate") =>
      run("select", async () => {
        // Cells of last year's workbook ("[2022.xlsx]Sheet!C12") are not in this workbook.
        const here = cells.filter((c) => !splitRef(c).sheet.startsWith("["));
        if (here.length === 0) {
          if (cells.length > 0) setNotice({ intent: "info", text: S.prior.elsewhere(cells[0]) });
          return;
        }
        cells = here;
        await office.selectCells(cells);
        setNotice({ intent: "info", text: S.generate.selected(cells[0]), step });
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

  /** A finding: each click selects its next sheet's range (a sum: the whole range; an identity: each side). */
  const openFinding = useCallback(
    (index: number, f: Finding) =>
      run("select", async () => {
        const targets = findingView(f).targets;
        if (targets.length === 0) return;
        const turn = findingTurn && findingTurn.index === index ? (findingTurn.turn + 1) % targets.length : 0;
        setFindingTurn({ index, turn });
        await office.selectCells([targets[turn]]);
        setNotice({ intent: "info", text: S.generate.selectedTurn(targets[turn], turn + 1, targets.length), step: "generate" });
      }),
    [run, findingTurn],
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
        setNotice({ intent: "success", text: S.output.written(res.sheet, res.rows), step: "output" });
      }),
    [run, analysis],
  );

  const cancelPrompt = useCallback(() => {
    setPrompt(null);
    setNotice({ intent: "info", text: S.output.cancelled, step: "output" });
  }, []);

  /**
   * Word: renders the .docx and hands it over by the route this Excel supports (logic/delivery.ts).
   * Success is reported only when the route was taken: the file saved from the dialog, the browser opened.
   */
  const downloadDocx = useCallback(
    () =>
      run("docx", async () => {
        if (!analysis) return;
        const how = chooseRoute(office.hostAbilities());
        if (how.route === null) {
          setNotice({ intent: "warning", text: how.why, step: "output" });
          return;
        }
        // docx is loaded on demand: it is not part of the pane's initial bundle.
        const { renderDocx } = await import(/* webpackChunkName: "docx" */ "../render/docx");
        // Charts become PNG through the browser's canvas, loaded only when there are charts.
        const rasterize = analysis.narrative.charts?.length
          ? (await import(/* webpackChunkName: "charts" */ "../render/chart-png-canvas")).rasterizeSvgCanvas
          : undefined;
        const bytes = await renderDocx(analysis.narrative, { rasterize });
        const name = S.output.fileName(analysis.narrative.title.trim());
        if (how.route === "link") {
          saveWithLink(bytes, name);
          setNotice({ intent: "success", text: S.output.downloaded(name), step: "output" });
          return;
        }
        const base64 = bytesToBase64(bytes);
        if (how.route === "browser") {
          office.openInBrowser(deliveryUrl(location.href, { name, base64 }));
          setNotice({ intent: "success", text: S.output.openedInBrowser(name), step: "output" });
          return;
        }
        const outcome = await new Promise<"saved" | "closed">((resolve, reject) => {
          let dialog: { send(m: string): void; close(): void } | null = null;
          office
            .openDialog(deliveryUrl(location.href), {
              onMessage: (text) => {
                const m = decodeMessage(text);
                if (m?.type === "ready") dialog?.send(encodeMessage({ type: "file", name, base64 }));
                if (m?.type === "saved") {
                  // Closed a moment later: closing at once could cut the download short.
                  setTimeout(() => dialog?.close(), 2000);
                  resolve("saved");
                }
              },
              onClosed: () => resolve("closed"),
            })
            .then((d) => (dialog = d), reject);
        });
        setNotice(
          outcome === "saved"
            ? { intent: "success", text: S.output.downloaded(name), step: "output" }
            : { intent: "info", text: S.output.dialogClosed, step: "output" },
        );
      }),
    [run, analysis],
  );

  const copyText = useCallback(
    () =>
      run(null, async () => {
        if (!analysis) return;
        const ok = await copyToClipboard(renderText(analysis.narrative));
        setNotice(ok ? { intent: "success", text: S.output.copied, step: "output" } : { intent: "error", text: S.output.copyFailed, step: "output" });
      }),
    [run, analysis],
  );

  /** Fills the 校对 text from the selected range (its used part). */
  const readSelectionText = useCallback(
    () =>
      run("readText", async () => {
        const r = await office.selectedText();
        if (r.text.trim() === "") {
          setNotice({ intent: "warning", text: S.proofread.selectionEmpty(r.sheet), step: "proofread" });
          return;
        }
        setProofText(r.text);
        setNotice({ intent: "success", text: S.proofread.selectionRead(`${r.sheet}!${r.address}`, r.rows), step: "proofread" });
      }),
    [run],
  );

  /** Proofreads the text against the accounts already read (reading the workbook first if needed). */
  const runProofread = useCallback(
    () =>
      run("proofread", async () => {
        const text = proofText;
        if (text.trim() === "") {
          setNotice({ intent: "warning", text: S.proofread.empty, step: "proofread" });
          return;
        }
        const a = analysis ?? (await refresh());
        setProofSelected(null);
        setProof({ text, findings: await proofreadLazy(text, a.accounts) });
      }),
    [run, analysis, refresh, proofText],
  );

  /** Shows a finding's sentence and selects its cells in Excel (when it has any). */
  const openProofFinding = useCallback(
    (index: number) => {
      setProofSelected(index);
      const f = proof?.findings[index];
      if (f && f.cells.length > 0) void selectCells(f.cells, "proofread");
    },
    [proof, selectCells],
  );

  // The workbook is read when the pane opens (reading never changes it): the tables, the 发布口径 and the
  // 待填写 items are there before the first click.
  const started = useRef(false);
  useEffect(() => {
    if (started.current || !office.inExcel()) return;
    started.current = true;
    void read();
  }, [read]);

  /** 发布口径 chosen by the user (undefined: back to automatic). */
  const chooseProfile = useCallback(
    (profile: PaneSettings["narrative"]["profile"]) =>
      run("save", async () => {
        const narrative = { ...settingsRef.current.narrative, profile };
        if (profile === undefined) delete narrative.profile;
        await updateSettings({ ...settingsRef.current, narrative });
      }),
    [run, updateSettings],
  );

  /** What the one primary button does now. */
  const nextAction: "read" | "generate" | "fill" | "save" = !analysis ? "read" : !generated ? "generate" : toFill.length > 0 ? "fill" : "save";

  return {
    openSteps,
    setOpenSteps,
    openStep,
    focusKey,
    focusTurn,
    setFocusKey,
    resultShown,
    needs,
    toFill,
    nextNeed,
    openNeed,
    saveNeed,
    openFinding,
    chooseProfile,
    nextAction,
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

function stepOfBusy(kind: Busy): StepId | undefined {
  switch (kind) {
    case "generate":
    case "select":
      return "generate";
    case "supplement":
    case "save":
      return "fill";
    case "write":
    case "docx":
      return "output";
    case "readText":
    case "proofread":
      return "proofread";
    default:
      return undefined;
  }
}

/** Outside Office only: a plain download link. */
function saveWithLink(bytes: Uint8Array, name: string): void {
  const blob = new Blob([bytes as BlobPart], { type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
