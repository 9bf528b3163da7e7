/**
 * Tables of rows keyed by 功能分类科目编码 (收入决算表, 支出决算表, 一般公共预算财政拨款支出决算表,
 * 政府性基金 and 国有资本经营 tables). Codes merged ("2060101"), split (类 | 款 | 项, a 款 row may show
 * only "01" and inherits its 类 from the rows above), or with the name in the same cell.
 */
import type { CodedRow, CodedTable, Figure, Finding, FunctionalLevel } from "../model";
import type { LocatedTable } from "../detect";
import { type ReadContext, figureIsZero, readFigure } from "../figures";
import type { Grid } from "../grid";
import { isBudgetLabel, splitCodeAndName } from "../labels";
import { type HeaderColumn, type Region, findColumn } from "../region";
import { CLASS_HEADER, ITEM_HEADER, NAME_HEADERS, SECTION_HEADER } from "../specs";

export const LEVEL_BY_LENGTH: Record<number, FunctionalLevel | undefined> = { 3: "class", 5: "section", 7: "item" };

/**
 * Digits only. One object for every call: a regular-expression literal inside a function makes a new
 * RegExp each time it runs, three per row of a coded table (6.6 MB of garbage per 40,000 rows).
 */
const ALL_DIGITS = /^\d+$/;

/** A digit cell of a split code: "01", 1 → "01"; "" when blank; null when not digits. */
export function codePart(grid: Grid, r: number, c: number | null, width: number): string | null {
  if (c === null) return "";
  const v = grid.raw(r, c);
  if (v === null) return "";
  if (typeof v === "number") return Number.isInteger(v) && v >= 0 ? String(v).padStart(width, "0") : null;
  if (typeof v !== "string") return null;
  const t = v.trim();
  if (t === "") return "";
  return ALL_DIGITS.test(t) ? t.padStart(width, "0") : null;
}

export interface AmountColumns {
  byKey: Record<string, number>;
  /** Leftmost amount column: label columns sit left of it. */
  first: number;
}

/** Maps a spec's amount columns to sheet columns by header labels. Budget keys may sit under 预算 groups. */
export function mapColumns(
  columns: HeaderColumn[],
  spec: Record<string, readonly string[]>,
  budgetKeys: readonly string[] = ["initialBudget", "adjustedBudget"],
  range: { from?: number; to?: number } = {},
): AmountColumns {
  const used = new Set<number>();
  const byKey: Record<string, number> = {};
  // Budget columns first, so a generic "合计" cannot take a 年初预算数 column.
  const keys = Object.keys(spec).sort((a, b) => Number(budgetKeys.includes(b)) - Number(budgetKeys.includes(a)));
  for (const key of keys) {
    const isBudget = budgetKeys.includes(key);
    const col = findColumn(columns, spec[key], {
      used,
      excludeGroup: isBudget ? undefined : isBudgetLabel,
      from: range.from,
      to: range.to,
    });
    if (col) {
      used.add(col.col);
      byKey[key] = col.col;
    }
  }
  const cols = Object.values(byKey);
  return { byKey, first: cols.length ? Math.min(...cols) : Infinity };
}

interface CodeState {
  lastClass: string;
  lastSection: string;
}

interface LabelColumns {
  codeCols: Set<number>;
  classCol: number | null;
  sectionCol: number | null;
  itemCol: number | null;
  nameCol: number | null;
  labelEnd: number;
}

function labelColumns(reg: Region, columns: HeaderColumn[], labelEnd: number): LabelColumns {
  const q = { to: labelEnd };
  const classCol = findColumn(columns, [CLASS_HEADER], q)?.col ?? null;
  const sectionCol = findColumn(columns, [SECTION_HEADER], q)?.col ?? null;
  const itemCol = findColumn(columns, [ITEM_HEADER], q)?.col ?? null;
  const nameCol = findColumn(columns, NAME_HEADERS, q)?.col ?? null;
  const lc: LabelColumns = { codeCols: new Set(), classCol, sectionCol, itemCol, nameCol, labelEnd };
  if (classCol === null || sectionCol === null) learnSplitColumns(reg, lc);
  for (const c of [lc.classCol, lc.sectionCol, lc.itemCol]) if (c !== null) lc.codeCols.add(c);
  return lc;
}

/** Without 类/款/项 headers: a row "206 | 01 | 01" (3, 2, 2 digits side by side) shows the split. */
function learnSplitColumns(reg: Region, lc: LabelColumns): void {
  const g = reg.grid;
  const end = Math.min(reg.endRow, reg.dataStart + 400);
  for (let r = reg.dataStart; r < end; r++) {
    for (let c = 0; c + 1 < Math.min(lc.labelEnd, g.width); c++) {
      const a = codePart(g, r, c, 3);
      const b = codePart(g, r, c + 1, 2);
      if (a && a.length === 3 && b && b.length === 2) {
        lc.classCol = c;
        lc.sectionCol = c + 1;
        const i = codePart(g, r, c + 2, 2);
        lc.itemCol = i !== null && c + 2 < lc.labelEnd ? c + 2 : null;
        return;
      }
    }
  }
}

type RowLabel =
  | { kind: "total" }
  | { kind: "row"; code: string; name: string; how: "split" | "merged" | "code-with-name" }
  | { kind: "bad"; text: string; cell: string }
  | null;

const NO_COLUMNS = new Set<number>();

function nameText(g: Grid, r: number, lc: LabelColumns): string {
  return lc.nameCol !== null && !lc.codeCols.has(lc.nameCol) ? g.text(r, lc.nameCol) : "";
}

function firstText(g: Grid, r: number, from: number, to: number, skip: ReadonlySet<number>): string {
  for (let c = from; c < to; c++) {
    if (skip.has(c)) continue;
    const t = g.text(r, c);
    if (t && !ALL_DIGITS.test(t)) return t;
  }
  return "";
}

/** Reads the code and name of a row (updating the inherited 类/款), or recognises the 合计 row. */
export function readRowLabel(g: Grid, r: number, lc: LabelColumns, st: CodeState): RowLabel {
  const end = Math.min(lc.labelEnd, g.width);
  for (let c = 0; c < end; c++) if (g.isTotal(r, c)) return { kind: "total" };
  const codeCols = lc.codeCols;

  if (lc.classCol !== null && lc.sectionCol !== null) {
    const cls = codePart(g, r, lc.classCol, 3);
    const sec = codePart(g, r, lc.sectionCol, 2);
    const itm = codePart(g, r, lc.itemCol, 2);
    const isSplit =
      cls !== null && sec !== null && itm !== null && (cls.length === 3 || cls === "") && (cls || sec || itm);
    if (isSplit) {
      let code = "";
      if (cls) {
        st.lastClass = cls;
        st.lastSection = "";
        code = cls;
        if (sec) {
          code += sec;
          st.lastSection = code;
          if (itm) code += itm;
        } else if (itm) code = "";
      } else if (sec) {
        if (!st.lastClass) return { kind: "bad", text: sec, cell: g.ref(r, lc.sectionCol) };
        code = st.lastClass + sec;
        st.lastSection = code;
        if (itm) code += itm;
      } else if (itm) {
        if (!st.lastSection) return { kind: "bad", text: itm, cell: g.ref(r, lc.itemCol ?? lc.sectionCol) };
        code = st.lastSection + itm;
      }
      if (!LEVEL_BY_LENGTH[code.length]) return { kind: "bad", text: `${cls}|${sec}|${itm}`, cell: g.ref(r, lc.classCol) };
      return { kind: "row", code, name: nameText(g, r, lc) || firstText(g, r, 0, end, codeCols), how: "split" };
    }
  }
  for (let c = 0; c < end; c++) {
    const t = g.text(r, c);
    if (!t) continue;
    const m = splitCodeAndName(t);
    if (!m) {
      if (ALL_DIGITS.test(t)) return { kind: "bad", text: t, cell: g.ref(r, c) };
      continue;
    }
    remember(st, m.code);
    if (m.name) return { kind: "row", code: m.code, name: m.name, how: "code-with-name" };
    return { kind: "row", code: m.code, name: nameText(g, r, lc) || firstText(g, r, c + 1, end, NO_COLUMNS), how: "merged" };
  }
  return null;
}

function remember(st: CodeState, code: string): void {
  if (code.length >= 3) st.lastClass = code.slice(0, 3);
  st.lastSection = code.length >= 5 ? code.slice(0, 5) : "";
}

/**
 * An object with `keys` in order, each null, for `{ ...shape }` to copy once per row. Made through
 * JSON.parse, whose objects hold all their properties in the object itself: a copy is one object of the
 * right size, where a record filled key by key from `{}` needs a second one for its fifth and sixth keys and
 * changes shape with every key (in V8: 96 → 72 bytes per six-key record, made in about half the time).
 */
function recordShape(keys: readonly string[]): Record<string, null> {
  return JSON.parse(JSON.stringify(Object.fromEntries(keys.map((k) => [k, null])))) as Record<string, null>;
}

export interface CodedResult {
  table: CodedTable<string>;
  variants: string[];
}

/** Parses a coded table over all its parts. */
export function parseCoded(lt: LocatedTable, findings: Finding[]): CodedResult {
  const spec = lt.spec;
  const table: CodedTable<string> = { total: {}, rows: [] };
  const variants = new Set<string>();
  const st: CodeState = { lastClass: "", lastSection: "" };
  let prevColumns: HeaderColumn[] = [];
  let anyValue = false;
  let sawTotal = false;
  for (const reg of lt.regions) {
    const columns = reg.columns.length ? reg.columns : prevColumns;
    prevColumns = columns;
    const ctx: ReadContext = { grid: reg.grid, unit: reg.unit ?? "yuan", findings, table: spec.name };
    const amounts = mapColumns(columns, spec.columns);
    if (!Number.isFinite(amounts.first)) {
      if (reg.dataStart < reg.endRow && !reg.emptyNote) {
        findings.push({
          rule: "read.missing-columns",
          severity: "warning",
          message: `${spec.name}（${reg.grid.ref(reg.titleRow, 0)}）未识别出金额列的表头，该部分未读取`,
          cells: [reg.grid.ref(reg.titleRow, 0)],
        });
      }
      continue;
    }
    if (amounts.byKey.initialBudget !== undefined || amounts.byKey.adjustedBudget !== undefined) variants.add("budget-columns");
    const lc = labelColumns(reg, columns, amounts.first);
    const keys = Object.keys(amounts.byKey);
    const cols = keys.map((k) => amounts.byKey[k]);
    const shape = recordShape(keys);
    const g = reg.grid;
    for (let r = reg.dataStart; r < reg.endRow; r++) {
      if (reg.emptyNote?.row === r || g.isBlankRow(r)) continue;
      const label = readRowLabel(g, r, lc, st);
      if (!label) continue;
      if (label.kind === "bad") {
        findings.push({
          rule: "read.bad-code",
          severity: "warning",
          message: `${label.cell} 的科目编码“${label.text}”无法识别（应为3、5或7位功能分类科目编码），该行未读取（${spec.name}）`,
          cells: [label.cell],
          actual: label.text,
        });
        continue;
      }
      const figs: Partial<Record<string, Figure>> = { ...shape } as Record<string, never>; // every key is set below
      for (let i = 0; i < keys.length; i++) {
        const f = readFigure(ctx, r, cols[i]);
        figs[keys[i]] = f;
        if (!anyValue && !figureIsZero(f)) anyValue = true;
      }
      if (label.kind === "total") {
        if (sawTotal) continue; // a page total repeated on a continuation page
        sawTotal = true;
        table.total = figs;
        continue;
      }
      variants.add(label.how === "split" ? "split-codes" : label.how === "merged" ? "merged-codes" : "code-with-name");
      const level = LEVEL_BY_LENGTH[label.code.length] as FunctionalLevel;
      const row: CodedRow<string> = { code: label.code, name: label.name, level, amounts: figs };
      table.rows.push(row);
    }
  }
  if (!anyValue && lt.regions.some((r) => r.emptyNote)) variants.add("empty");
  if (!sawTotal && !variants.has("empty") && table.rows.length > 0) {
    const reg = lt.regions[0];
    findings.push({
      rule: "read.missing-row",
      severity: "warning",
      message: `${spec.name}（${reg.grid.name}）未找到“合计”行`,
      cells: [reg.grid.ref(reg.titleRow, 0)],
    });
  }
  return { table, variants: [...variants] };
}
