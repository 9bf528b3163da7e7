/**
 * Tables by 经济分类 (基本支出 / 项目支出): one or more blocks side by side, each
 * 科目编码 (merged "30101" or split 类 | 款) | 科目名称 | 决算数; blocks under 人员经费 and 公用经费 groups;
 * final row 人员经费合计 | 公用经费合计.
 */
import type { EconomicGroup, EconomicLevel, EconomicRow, EconomicTable, Figure, Finding } from "../model";
import type { LocatedTable } from "../detect";
import { type ReadContext, figureIsZero, readFigure, zeroFigure } from "../figures";
import type { Grid } from "../grid";
import { isBudgetLabel, labelKey, splitCodeAndName } from "../labels";
import { type HeaderColumn, type Region, findColumn } from "../region";
import { CLASS_HEADER, CODE_HEADERS, NAME_HEADERS, SECTION_HEADER } from "../specs";
import { codePart } from "./coded";

interface Block {
  from: number;
  to: number;
  classCol: number | null;
  sectionCol: number | null;
  codeCol: number;
  nameCol: number | null;
  actualCol: number | null;
  budgetCol: number | null;
  group: EconomicGroup | null;
}

const PERSONNEL_CLASSES = new Set(["301", "303"]);

function groupOf(cols: HeaderColumn[]): EconomicGroup | null {
  for (const c of cols) {
    if (c.path.includes("人员经费")) return "personnel";
    if (c.path.includes("公用经费")) return "public";
  }
  return null;
}

/** Block starts: columns headed 科目编码 (or 类); without headers, columns holding economic codes. */
function blockStarts(reg: Region, columns: HeaderColumn[]): { start: number; classCol: number | null; sectionCol: number | null }[] {
  const codeKeys = new Set(CODE_HEADERS.map(labelKey));
  const starts: { start: number; classCol: number | null; sectionCol: number | null }[] = [];
  for (const col of columns) {
    if (col.leaf === labelKey(CLASS_HEADER)) {
      const sec = columns.find((c) => c.col > col.col && c.col <= col.col + 2 && c.leaf === labelKey(SECTION_HEADER));
      starts.push({ start: col.col, classCol: col.col, sectionCol: sec?.col ?? null });
    } else if (codeKeys.has(col.leaf) && !starts.some((s) => s.classCol === col.col)) {
      // a 科目编码 group over 类 | 款 is the same block
      if (!columns.some((c) => c.col === col.col && c.leaf === labelKey(CLASS_HEADER))) {
        starts.push({ start: col.col, classCol: null, sectionCol: null });
      }
    }
  }
  if (starts.length > 0) {
    // drop a 科目编码 start immediately followed by its own 类 column
    return starts
      .sort((a, b) => a.start - b.start)
      .filter((s, i, all) => !(s.classCol === null && all[i + 1]?.classCol === s.start));
  }
  const g = reg.grid;
  const seen = new Set<number>();
  for (let r = reg.dataStart; r < Math.min(reg.endRow, reg.dataStart + 400); r++) {
    for (let c = 0; c < g.width; c++) {
      const v = g.raw(r, c);
      const t = typeof v === "number" ? String(v) : typeof v === "string" ? v.trim() : "";
      const m = t ? splitCodeAndName(t) : null;
      if (m && m.code.length <= 5 && /^3\d\d/.test(m.code)) seen.add(c);
    }
  }
  return [...seen].sort((a, b) => a - b).map((c) => ({ start: c, classCol: null, sectionCol: null }));
}

function layoutBlocks(reg: Region, columns: HeaderColumn[], spec: LocatedTable["spec"]): Block[] {
  const starts = blockStarts(reg, columns);
  return starts.map((s, i) => {
    const to = i + 1 < starts.length ? starts[i + 1].start : reg.grid.width;
    const inBlock = columns.filter((c) => c.col >= s.start && c.col < to);
    const nameCol = findColumn(inBlock, NAME_HEADERS)?.col ?? null;
    const actualCol =
      findColumn(inBlock, spec.columns.actual, { excludeGroup: isBudgetLabel })?.col ??
      firstDataColumn(reg, Math.max(s.start, nameCol ?? s.start) + 1, to);
    const budgetCol = findColumn(inBlock, spec.columns.initialBudget ?? [])?.col ?? null;
    return {
      from: s.start,
      to,
      classCol: s.classCol,
      sectionCol: s.sectionCol,
      codeCol: s.start,
      nameCol,
      actualCol: actualCol === budgetCol ? null : actualCol,
      budgetCol,
      group: groupOf(inBlock),
    };
  });
}

function firstDataColumn(reg: Region, from: number, to: number): number | null {
  const g = reg.grid;
  for (let c = from; c < Math.min(to, g.width); c++) {
    for (let r = reg.dataStart; r < reg.endRow; r++) {
      const v = g.raw(r, c);
      if (typeof v === "number" || (typeof v === "string" && g.isAmountLike(r, c) && !splitCodeAndName(v))) return c;
    }
  }
  return null;
}

interface CodeState {
  lastClass: string;
}

function readCode(g: Grid, r: number, b: Block, st: CodeState): { code: string; name: string } | null | "bad" {
  const nameOf = () => (b.nameCol !== null ? g.text(r, b.nameCol) : "");
  if (b.classCol !== null && b.sectionCol !== null) {
    const cls = codePart(g, r, b.classCol, 3);
    const sec = codePart(g, r, b.sectionCol, 2);
    if (cls !== null && sec !== null && (cls.length === 3 || cls === "") && sec.length <= 2 && (cls || sec)) {
      if (cls) st.lastClass = cls;
      else if (!st.lastClass) return "bad";
      return { code: (cls || st.lastClass) + sec, name: nameOf() };
    }
  }
  const end = b.actualCol ?? b.to;
  for (let c = b.codeCol; c < end; c++) {
    const t = g.text(r, c);
    if (!t) continue;
    const m = splitCodeAndName(t);
    if (m && m.code.length <= 5) {
      st.lastClass = m.code.slice(0, 3);
      return { code: m.code, name: m.name || nameOf() };
    }
    if (m || /^\d+$/.test(t)) return "bad";
    return null;
  }
  return null;
}

export interface EconomicResult {
  table: EconomicTable;
  variants: string[];
}

export function parseEconomic(lt: LocatedTable, findings: Finding[]): EconomicResult {
  const spec = lt.spec;
  const inferGroup = spec.id !== "projectExpenditureByEconomic";
  const rows: EconomicRow[] = [];
  const table: EconomicTable = { rows };
  const variants = new Set<string>();
  const totalKeys = new Map<string, "personnelTotal" | "publicTotal" | "total">();
  for (const k of ["personnelTotal", "publicTotal", "total"] as const)
    for (const label of spec.rows[k] ?? []) totalKeys.set(labelKey(label), k);
  let prevColumns: HeaderColumn[] = [];
  let anyValue = false;
  for (const reg of lt.regions) {
    const columns = reg.columns.length ? reg.columns : prevColumns;
    prevColumns = columns;
    const ctx: ReadContext = { grid: reg.grid, unit: reg.unit ?? "yuan", findings, table: spec.name };
    const blocks = layoutBlocks(reg, columns, spec);
    if (blocks.length > 1) variants.add("two-block");
    const g = reg.grid;
    for (const b of blocks) {
      const st: CodeState = { lastClass: "" };
      if (b.classCol !== null && b.sectionCol !== null) variants.add("split-codes");
      for (let r = reg.dataStart; r < reg.endRow; r++) {
        if (reg.emptyNote?.row === r) continue;
        const labelEnd = b.actualCol ?? b.to;
        let totalKey: "personnelTotal" | "publicTotal" | "total" | undefined;
        for (let c = b.from; c < labelEnd && !totalKey; c++) totalKey = totalKeys.get(g.key(r, c));
        if (totalKey) {
          if (b.actualCol === null || table[totalKey]) continue;
          const f = readFigure(ctx, r, b.actualCol);
          if (f) {
            table[totalKey] = f;
            if (!figureIsZero(f)) anyValue = true;
          }
          continue;
        }
        const code = readCode(g, r, b, st);
        if (code === null) continue;
        if (code === "bad") {
          const cell = g.ref(r, b.codeCol);
          findings.push({
            rule: "read.bad-code",
            severity: "warning",
            message: `${cell} 的经济分类科目编码无法识别，该行未读取（${spec.name}）`,
            cells: [cell],
          });
          continue;
        }
        const level: EconomicLevel = code.code.length === 3 ? "class" : "section";
        let actual: Figure | null = null;
        if (b.actualCol !== null) actual = readFigure(ctx, r, b.actualCol);
        if (actual && !figureIsZero(actual)) anyValue = true;
        const row: EconomicRow = {
          code: code.code,
          name: code.name,
          level,
          group: b.group ?? (inferGroup ? (PERSONNEL_CLASSES.has(code.code.slice(0, 3)) ? "personnel" : "public") : null),
          actual: actual ?? zeroFigure(ctx.unit, b.actualCol !== null ? [g.ref(r, b.actualCol)] : []),
        };
        if (b.budgetCol !== null) {
          const f = readFigure(ctx, r, b.budgetCol);
          if (f) row.initialBudget = f;
        }
        rows.push(row);
      }
    }
  }
  if (!anyValue && lt.regions.some((r) => r.emptyNote)) variants.add("empty");
  return { table, variants: [...variants] };
}
