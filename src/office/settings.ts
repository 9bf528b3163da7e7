/**
 * Settings kept IN the workbook (Office.context.document.settings), so they travel with the file:
 * one JSON value under one key, saved with saveAsync.
 */

/** The part of Office.Settings we use (a fake implements the same in tests and in the harness). */
export interface DocumentSettingsStore {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: { status: unknown; error?: { message?: string } }) => void): void;
}

export const SETTINGS_KEY = "juesuan.settings";

/** The document's settings store, or null outside Office (the pane then keeps settings in memory). */
export function documentSettings(): DocumentSettingsStore | null {
  if (typeof Office === "undefined") return null;
  const store = Office.context?.document?.settings as unknown as DocumentSettingsStore | undefined;
  return store ?? null;
}

/** The stored JSON (parsed), or null when nothing was saved or it is not valid JSON. */
export function loadSettingsValue(store: DocumentSettingsStore | null, key: string = SETTINGS_KEY): unknown {
  if (!store) return null;
  const raw = store.get(key);
  if (typeof raw !== "string") return raw ?? null;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return null;
  }
}

/** Stores `value` as JSON text and saves the document settings. */
export function saveSettingsValue(
  store: DocumentSettingsStore | null,
  value: unknown,
  key: string = SETTINGS_KEY,
): Promise<void> {
  if (!store) return Promise.resolve();
  store.set(key, JSON.stringify(value));
  return new Promise((resolve, reject) => {
    store.saveAsync((result) => {
      const failed = String(result?.status).toLowerCase() === "failed";
      if (failed) reject(new Error(`设置保存失败：${result.error?.message ?? "未知错误"}`));
      else resolve();
    });
  });
}
