/**
 * What the pane asks of Office itself (not of the workbook): start-up, the platform and
 * whether a requirement set is there. Every function is safe outside Office (returns null / false).
 */

/** Runs `start` once Office is ready (immediately when the page is opened outside Office). */
export function whenOfficeReady(start: () => void): void {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") {
    start();
    return;
  }
  void Office.onReady(() => start());
}

/** Office.context.platform ("PC", "Mac", "OfficeOnline", …), or null outside Office. */
export function officePlatform(): string | null {
  if (typeof Office === "undefined") return null;
  const p = Office.context?.platform as unknown;
  return typeof p === "string" ? p : null;
}

/** Office.context.requirements.isSetSupported, false outside Office. */
export function supportsRequirement(name: string, version: string): boolean {
  if (typeof Office === "undefined") return false;
  try {
    return Office.context?.requirements?.isSetSupported(name, version) === true;
  } catch {
    return false;
  }
}
