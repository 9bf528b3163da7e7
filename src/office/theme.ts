/** Office's theme, where the host reports one: a dark body background means a dark pane. */
export function officeThemeIsDark(): boolean {
  try {
    const bg = typeof Office !== "undefined" ? Office.context?.officeTheme?.bodyBackgroundColor : undefined;
    const m = typeof bg === "string" ? /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(bg) : null;
    if (!m) return false;
    const [r, g, b] = m.slice(1).map((h) => parseInt(h, 16));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
  } catch {
    return false;
  }
}
