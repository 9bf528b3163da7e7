/** Worksheet names and addresses: Excel's rules, the next free "决算说明 (n)", a grid's range. Pure (no Office.js). */
import { columnLetters } from "../core";

/** Excel's limits on a sheet name: 1–31 characters, none of []:*?/\ and no leading/trailing apostrophe. */
export function isValidSheetName(name: string): boolean {
  return name.length > 0 && name.length <= 31 && !/[[\]:*?/\\]/.test(name) && !/^'|'$/.test(name);
}

/** Excel compares sheet names without case. */
export function hasSheet(names: readonly string[], name: string): boolean {
  const key = name.toLowerCase();
  return names.some((n) => n.toLowerCase() === key);
}

/** "决算说明" → "决算说明 (2)", "决算说明 (3)" …: the first name not taken. */
export function nextVersionName(names: readonly string[], base: string): string {
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const candidate = base.slice(0, 31 - suffix.length) + suffix;
    if (!hasSheet(names, candidate)) return candidate;
  }
}

/** A1 address of a grid written from A1. */
export function gridAddress(rows: number, cols: number): string {
  return `A1:${columnLetters(Math.max(cols, 1) - 1)}${Math.max(rows, 1)}`;
}
