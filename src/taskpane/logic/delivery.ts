/**
 * How the .docx reaches the user, per platform (Office.context.platform):
 * - "dialog"  Excel on Windows and on the web: an Office dialog (a WebView2 window, or a browser window)
 *             gets the file from the pane (Dialog.messageChild, DialogApi 1.2) and offers it as a link;
 *             downloads work there, unlike in the Windows pane, where a download bar opens inside it.
 * - "browser" Excel for Mac: WKWebView ignores downloads in the pane and in dialogs (office-js #2700,
 *             "by design"), so the file travels in the address's fragment (never sent to a server) to
 *             the same page opened in the system browser (Office.context.ui.openBrowserWindow).
 * - "link"    Outside Office (the page opened in a browser): a plain download link.
 * Pure; the fragment codec is here so both ends share it.
 */
export type DeliveryRoute = "dialog" | "browser" | "link";

export interface HostAbilities {
  platform: string | null;
  dialogApi12: boolean;
  openBrowserWindow: boolean;
}

/** The route, or null with the reason when this Office cannot deliver a file (then 复制文字 / 写入工作表 remain). */
export function chooseRoute(h: HostAbilities): { route: DeliveryRoute } | { route: null; why: string } {
  if (h.platform === null) return { route: "link" };
  if (h.platform === "Mac") {
    if (h.openBrowserWindow) return { route: "browser" };
    return { route: null, why: "此版本的 Excel for Mac 无法打开浏览器保存文件，请更新 Office，或使用“写入工作表”“复制文字”。" };
  }
  if (h.dialogApi12) return { route: "dialog" };
  return { route: null, why: "此版本的 Excel 不支持保存文件所需的对话框，请更新 Office，或使用“写入工作表”“复制文字”。" };
}

export const DELIVER_VIEW = "deliver";

/** Messages between the pane and the delivery page. */
export type DeliveryMessage =
  | { type: "ready" }
  | { type: "file"; name: string; base64: string }
  | { type: "saved"; name: string };

export function encodeMessage(m: DeliveryMessage): string {
  return JSON.stringify(m);
}

export function decodeMessage(text: string): DeliveryMessage | null {
  try {
    const m = JSON.parse(text) as DeliveryMessage;
    if (m && (m.type === "ready" || (m.type === "file" && typeof m.name === "string" && typeof m.base64 === "string") || (m.type === "saved" && typeof m.name === "string"))) return m;
  } catch {
    // not ours
  }
  return null;
}

export function bytesToBase64(bytes: Uint8Array): string {
  let bin = "";
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

export function base64ToBytes(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** The delivery page's address: `base` is the pane's own page; the file rides in the fragment when given. */
export function deliveryUrl(base: string, file?: { name: string; base64: string }): string {
  const u = new URL(base);
  u.search = `?view=${DELIVER_VIEW}`;
  u.hash = file ? `name=${encodeURIComponent(file.name)}&data=${encodeURIComponent(file.base64)}` : "";
  return u.toString();
}

/** The file carried in a delivery page's fragment, if any. */
export function fileFromHash(hash: string): { name: string; base64: string } | null {
  const p = new URLSearchParams(hash.replace(/^#/, ""));
  const name = p.get("name");
  const data = p.get("data");
  return name && data ? { name, base64: data } : null;
}
