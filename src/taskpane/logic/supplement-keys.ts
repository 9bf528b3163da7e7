/**
 * Where a narrative warning's key lives in the 补充信息 sheet: the row whose 键 column holds the key,
 * and that row's 数值 cell — the only cell the pane writes. Pure.
 */
import { type CellValue, normalizeLabel, offsetA1, parseAmountText } from "../../core";
import type { Sheet } from "../../tables/model";
import { asCellText } from "../../render/grid";

export interface SupplementSlot {
  key: string;
  /** Local address of the value cell, e.g. "D57". */
  address: string;
  /** What the row says in 项目 (for the label), if anything. */
  label: string | null;
  /** Current value of the cell. */
  value: CellValue;
}

const HEADINGS = { key: "键", label: "项目", value: "数值" };

function columns(values: CellValue[][]): { row: number; key: number; label: number; value: number } | null {
  for (let r = 0; r < Math.min(values.length, 30); r++) {
    const find = (h: string) => values[r].findIndex((v) => typeof v === "string" && normalizeLabel(v) === h);
    const key = find(HEADINGS.key);
    const value = find(HEADINGS.value);
    if (key >= 0 && value >= 0) return { row: r, key, label: find(HEADINGS.label), value };
  }
  return null;
}

/** Keys as the sheet writes them: a warning may carry "functional:224" for the row "reason:functional:224". */
function candidates(key: string, code?: string): string[] {
  const out = [key];
  if (code === "missing-reason" && !key.startsWith("reason:")) out.push(`reason:${key}`);
  // A total's reason is read under "reason:total:X" or "reason:X" (the sheet writes the latter for 机关运行经费).
  const total = /^reason:total:(.+)$/.exec(key);
  if (code === "missing-reason" && total) out.push(`reason:${total[1]}`);
  if (code === "missing-priorYear" && !key.startsWith("priorYear:")) out.push(`priorYear:${key}`);
  if (code === "missing-budget" && !key.startsWith("budget:")) out.push(`budget:${key}`);
  if (code === "missing-count" && !key.startsWith("count:")) out.push(`count:${key}`);
  return out;
}

export function findSupplementSlot(sheet: Sheet, key: string, code?: string): SupplementSlot | null {
  const cols = columns(sheet.values);
  if (!cols) return null;
  const wanted = new Set(candidates(key, code));
  for (let r = cols.row + 1; r < sheet.values.length; r++) {
    const k = sheet.values[r][cols.key];
    if (typeof k !== "string" || !wanted.has(k.trim())) continue;
    const label = cols.label >= 0 ? sheet.values[r][cols.label] : null;
    return {
      key: k.trim(),
      address: offsetA1(sheet.origin || "A1", r, cols.value),
      label: typeof label === "string" ? label.trim() : null,
      value: sheet.values[r][cols.value] ?? null,
    };
  }
  return null;
}

/** Keys whose value is text (reasons, texts, names); the others are numbers. */
export function isTextKey(key: string): boolean {
  return /^(reason|text|name|keyProject):/.test(key) || !/^(priorYear|budget|count|asset|agencyOperatingCost|vehicleOperation)/.test(key);
}

/**
 * The value to write for what the user typed: text as text (quote-prefixed when Excel would read it as
 * a formula), numbers as numbers; a number that does not parse is refused with a Chinese message.
 */
export function cellValueFor(key: string, input: string): { ok: true; value: string | number } | { ok: false; message: string } {
  const text = input.trim();
  if (isTextKey(key)) return { ok: true, value: asCellText(text) };
  if (text === "") return { ok: true, value: "" };
  const parsed = parseAmountText(text);
  if (!parsed.ok) return { ok: false, message: parsed.message };
  return { ok: true, value: parsed.value.toNumber() };
}
