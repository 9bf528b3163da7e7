/** Which Fluent theme the pane uses: Windows high contrast first, then Office's own background. Pure. */
export type ThemeKind = "light" | "dark" | "contrast";

/** Relative luminance below the middle: a dark background ("#262626" dark, "#ffffff" light). */
export function isDarkColor(hex: string | null): boolean {
  const m = hex ? /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim()) : null;
  if (!m) return false;
  const [r, g, b] = m.slice(1).map((h) => parseInt(h, 16));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
}

/** Windows high contrast (forced colours), or Office's own high-contrast black (#000000), gets the contrast theme. */
export function themeKind(officeBackground: string | null, forcedColors: boolean): ThemeKind {
  if (forcedColors || /^#?0{6}$/.test(officeBackground?.trim() ?? "")) return "contrast";
  return isDarkColor(officeBackground) ? "dark" : "light";
}
