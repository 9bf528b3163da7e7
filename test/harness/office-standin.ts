/**
 * Browser stand-in for office.js (harness only — never part of the production bundle): window.Office
 * with onReady and document settings, window.Excel with Excel.run, backed by the workbook the harness
 * server serves as JSON. Everything the pane writes or selects is recorded on window.__harness.
 */
import type { Sheet } from "../../src/tables/model";
import { parseA1 } from "../../src/core";
import { FakeExcel, FakeSettings, type FakeRequestContext } from "../fakes/fake-excel";

interface HarnessWorkbook {
  file: string;
  sheets: Sheet[];
}

interface Harness {
  ready: Promise<void>;
  file: string;
  excel: FakeExcel;
  settings: FakeSettings;
  /** Bumped after every Excel.run and settings save; the side panel redraws when it changes. */
  version: number;
  listeners: (() => void)[];
  onChange(cb: () => void): void;
  addSheet(name: string, values: Sheet["values"]): void;
  selectAsUser(sheet: string, address: string): void;
  /** Types a value into a cell as the user would (before the pane reads). */
  setCell(sheet: string, address: string, value: string | number | null): void;
  dialogs: string[];
  /** Office dialogs opened (displayDialogAsync) and pages sent to the system browser (openBrowserWindow). */
  officeDialogs: string[];
  browserWindows: string[];
  /** Every dialog API call of the pane, in order: "displayDialogAsync", "messageChild:<message type>", "close". */
  dialogCalls: string[];
}

declare global {
  interface Window {
    __harness: Harness;
  }
}

const params = new URLSearchParams(location.search);
const theme = params.get("theme");
const darkTheme = theme === "dark";
/** Office.context.platform as the pane sees it: ?platform=PC | Mac | OfficeOnline (default). */
const platform = params.get("platform") ?? "OfficeOnline";
/** ?requirements=none: an Office without DialogApi 1.2 / OpenBrowserWindowApi; ?dialog=blocked: the dialog cannot open. */
const noRequirements = params.get("requirements") === "none";
const dialogBlocked = params.get("dialog") === "blocked";

let resolveReady: () => void = () => undefined;
const ready = new Promise<void>((r) => (resolveReady = r));

const harness: Harness = {
  ready,
  file: "",
  excel: new FakeExcel([]),
  settings: new FakeSettings(),
  version: 0,
  listeners: [],
  onChange(cb) {
    this.listeners.push(cb);
  },
  addSheet(name, values) {
    this.excel.state.sheets.push({ name, cells: values.map((r) => [...r]), columnWidths: {}, visibility: "Visible" });
    changed();
  },
  setCell(sheet, address, value) {
    const s = this.excel.state.sheets.find((x) => x.name === sheet);
    if (!s) throw new Error(`no sheet ${sheet}`);
    const p = parseA1(address);
    (s.cells[p.row] ??= [])[p.col] = value;
    changed();
  },
  selectAsUser(sheet, address) {
    this.excel.selectAsUser(sheet, address);
    changed();
  },
  dialogs: [],
  officeDialogs: [],
  browserWindows: [],
  dialogCalls: [],
};
window.__harness = harness;

function changed(): void {
  harness.version++;
  for (const cb of harness.listeners) {
    try {
      cb();
    } catch {
      // a listener's failure must not break the pane
    }
  }
}

// Record alert/confirm/prompt: a security test asserts none fired.
for (const name of ["alert", "confirm", "prompt"] as const) {
  (window as unknown as Record<string, unknown>)[name] = (msg?: unknown) => {
    harness.dialogs.push(`${name}:${String(msg)}`);
    return name === "confirm" ? false : undefined;
  };
}

const loaded = fetch("/__harness/workbook.json")
  .then((r) => r.json() as Promise<HarnessWorkbook>)
  .then((wb) => {
    harness.file = wb.file;
    harness.excel = new FakeExcel(wb.sheets);
    resolveReady();
    changed();
  });

const settingsProxy = {
  get: (n: string) => harness.settings.get(n),
  set: (n: string, v: unknown) => harness.settings.set(n, v),
  remove: (n: string) => harness.settings.remove(n),
  saveAsync: (...args: unknown[]) => {
    harness.settings.saveAsync(...args);
    changed();
  },
};

const EventType = {
  DialogMessageReceived: "dialogMessageReceived",
  DialogEventReceived: "dialogEventReceived",
  DialogParentMessageReceived: "dialogParentMessageReceived",
};

/**
 * The dialog API over window.open and postMessage: the dialog is a real browser window (as in Excel on
 * the web), so a download from it is a real download the test can catch.
 */
const ui = {
  displayDialogAsync(url: string, _options: unknown, callback: (r: { status: string; value?: unknown; error?: unknown }) => void) {
    harness.officeDialogs.push(url);
    harness.dialogCalls.push("displayDialogAsync");
    // Excel on the web answers 12009 when the browser blocks the dialog's window.
    const w = dialogBlocked ? null : window.open(url, "_blank", "popup");
    if (!w) {
      callback({ status: "failed", error: { code: 12009, message: "blocked" } });
      return;
    }
    const handlers: Record<string, ((arg: unknown) => void)[]> = {};
    const onMessage = (e: MessageEvent) => {
      if (e.source !== w || !e.data || e.data.__dialog !== "parent") return;
      for (const h of handlers[EventType.DialogMessageReceived] ?? []) h({ message: e.data.message, origin: location.origin });
    };
    window.addEventListener("message", onMessage);
    const poll = setInterval(() => {
      if (!w.closed) return;
      clearInterval(poll);
      window.removeEventListener("message", onMessage);
      for (const h of handlers[EventType.DialogEventReceived] ?? []) h({ error: 12006 });
    }, 100);
    const dialog = {
      addEventHandler(type: string, h: (arg: unknown) => void) {
        (handlers[type] ??= []).push(h);
      },
      messageChild(message: string) {
        harness.dialogCalls.push(`messageChild:${(JSON.parse(message) as { type?: string }).type ?? "?"}`);
        w.postMessage({ __dialog: "child", message }, location.origin);
      },
      close() {
        harness.dialogCalls.push("close");
        clearInterval(poll);
        window.removeEventListener("message", onMessage);
        w.close();
      },
    };
    callback({ status: "succeeded", value: dialog });
  },
  addHandlerAsync(type: string, handler: (arg: { message: string; origin: string }) => void, callback?: (r: { status: string }) => void) {
    if (type === EventType.DialogParentMessageReceived) {
      window.addEventListener("message", (e) => {
        if (e.data && e.data.__dialog === "child") handler({ message: e.data.message, origin: location.origin });
      });
    }
    callback?.({ status: "succeeded" });
  },
  messageParent(message: string) {
    if (!window.opener) throw new Error("messageParent outside a dialog");
    (window.opener as Window).postMessage({ __dialog: "parent", message }, location.origin);
  },
  openBrowserWindow(url: string) {
    harness.browserWindows.push(url);
    window.open(url, "_blank");
  },
};

const officeStandIn = {
  HostType: { Excel: "Excel" },
  PlatformType: { OfficeOnline: "OfficeOnline", PC: "PC", Mac: "Mac" },
  AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  EventType,
  context: {
    platform,
    ui: window.opener ? ui : { ...ui, messageParent: undefined },
    document: { settings: settingsProxy },
    displayLanguage: "zh-CN",
    officeTheme: theme === "contrast"
      ? { bodyBackgroundColor: "#000000", bodyForegroundColor: "#ffffff", controlBackgroundColor: "#000000", controlForegroundColor: "#ffffff" }
      : darkTheme
      ? { bodyBackgroundColor: "#262626", bodyForegroundColor: "#ffffff", controlBackgroundColor: "#333333", controlForegroundColor: "#ffffff" }
      : { bodyBackgroundColor: "#ffffff", bodyForegroundColor: "#000000", controlBackgroundColor: "#ffffff", controlForegroundColor: "#000000" },
    requirements: { isSetSupported: () => !noRequirements },
  },
  actions: { associate: () => undefined },
  onReady(cb?: (info: { host: string; platform: string }) => void) {
    const info = { host: "Excel", platform: "OfficeOnline" };
    return loaded.then(() => {
      cb?.(info);
      return info;
    });
  },
};

const excelStandIn = {
  async run<T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T> {
    await loaded;
    try {
      return await harness.excel.run(batch);
    } finally {
      changed();
    }
  },
};

Object.assign(window, {
  Office: officeStandIn,
  Excel: excelStandIn,
  CustomFunctions: { associate: () => undefined },
  OfficeRuntime: { storage: { getItem: async () => null, setItem: async () => undefined } },
});
