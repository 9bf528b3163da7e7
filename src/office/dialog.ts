/**
 * The Office dialog API on both sides, as promises and plain callbacks (DialogApi 1.2 for messageChild),
 * and OpenBrowserWindowApi for a page that must run in the system browser. Messages are strings.
 */

export interface DialogHandle {
  /** Host → dialog (Dialog.messageChild). */
  send(message: string): void;
  close(): void;
}

export interface DialogEvents {
  /** The dialog called Office.context.ui.messageParent. */
  onMessage(message: string): void;
  /** The dialog was closed by the user or failed to load (Office's error code). */
  onClosed(code: number): void;
}

/** Office's dialog errors in the user's words (codes from the dialog API's documentation), the code kept. */
const DIALOG_ERRORS: Record<number, string> = {
  12007: "已有一个保存窗口开着，请先关闭它",
  12009: "窗口被浏览器阻止或被忽略，请允许此网站弹出窗口后再试",
  12011: "浏览器的安全设置阻止了保存窗口，请检查浏览器的站点设置后再试",
};

export function dialogFailure(code: number | undefined, message: string | undefined): string {
  const known = code !== undefined ? DIALOG_ERRORS[code] : undefined;
  if (known) return `保存窗口无法打开：${known}（代码 ${code}）。`;
  return `保存窗口无法打开（${[code, message].filter((x) => x !== undefined && x !== "").join(" ")}）。`.replace("（）", "");
}

/** Opens `url` (same domain as the pane) in an Office dialog; rejects with Office's message when it cannot. */
export function openOfficeDialog(url: string, size: { height: number; width: number }, events: DialogEvents): Promise<DialogHandle> {
  return new Promise((resolve, reject) => {
    Office.context.ui.displayDialogAsync(url, { height: size.height, width: size.width, displayInIframe: false }, (result) => {
      if (result.status !== Office.AsyncResultStatus.Succeeded) {
        reject(new Error(dialogFailure(result.error?.code, result.error?.message)));
        return;
      }
      const dialog = result.value;
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, (arg) => {
        if ("message" in arg) events.onMessage(arg.message);
      });
      dialog.addEventHandler(Office.EventType.DialogEventReceived, (arg) => {
        if ("error" in arg) events.onClosed(arg.error);
      });
      resolve({ send: (m) => dialog.messageChild(m), close: () => dialog.close() });
    });
  });
}

/** Dialog side: calls `handler` with every message from the host page. */
export function onHostMessage(handler: (message: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    Office.context.ui.addHandlerAsync(
      Office.EventType.DialogParentMessageReceived,
      (arg: { message: string }) => handler(arg.message),
      (result) => (result.status === Office.AsyncResultStatus.Succeeded ? resolve() : reject(new Error(result.error?.message ?? "addHandlerAsync"))),
    );
  });
}

/** Dialog side: a message to the host page. */
export function messageHost(message: string): void {
  Office.context.ui.messageParent(message);
}

/** True inside an Office dialog that can talk to its host (messageParent exists). */
export function inOfficeDialog(): boolean {
  return typeof Office !== "undefined" && typeof Office.context?.ui?.messageParent === "function";
}

/** Opens `url` in the system browser (OpenBrowserWindowApi 1.1). */
export function openInBrowser(url: string): void {
  Office.context.ui.openBrowserWindow(url);
}
