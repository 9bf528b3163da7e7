/**
 * Office's theme as the host reports it: the body background colour ("#262626"), or null when there is
 * none (outside Office, or a host without officeTheme). The pane decides light, dark or high contrast
 * from it (src/taskpane/logic/theme.ts, pure) — this is the only place that reads the theme.
 */
export function officeBodyBackground(): string | null {
  if (typeof Office === "undefined") return null;
  try {
    const bg = Office.context?.officeTheme?.bodyBackgroundColor;
    return typeof bg === "string" ? bg : null;
  } catch {
    return null;
  }
}
