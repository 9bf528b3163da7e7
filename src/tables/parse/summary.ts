/**
 * The two summary tables, 收入支出决算总表 and 财政拨款收入支出决算总表: a 收入 half and a 支出 half
 * side by side (项目 | 行次 | 金额 …), read by their row labels. Expenditure lines before 本年支出合计
 * are the 功能分类 类, listed by name ("一、一般公共服务支出" → 一般公共服务支出, code null) or with a code.
 */
import type { Unit } from "../../core";
import type {
  AppropriationColumn,
  AppropriationFund,
  AppropriationSummary,
  ClassLine,
  Figure,
  Finding,
  IncomeExpenditureSummary,
  IncomeKind,
} from "../model";
import type { LocatedTable } from "../detect";
import { type ReadContext, readFigure, zeroFigure } from "../figures";
import type { Grid } from "../grid";
import { isBudgetLabel, labelKey, splitCodeAndName, withoutOrdinal } from "../labels";
import { type HeaderColumn, type Region, findColumn } from "../region";
import { LINE_NUMBER_HEADERS, type TableSpec } from "../specs";
import { mapColumns } from "./coded";

type Half = "income" | "expenditure";

/** Label key → row key, for one half. */
function rowIndex(spec: TableSpec, keys: readonly string[]): Map<string, string> {
  const m = new Map<string, string>();
  for (const k of keys) for (const label of spec.rows[k] ?? []) if (!m.has(labelKey(label))) m.set(labelKey(label), k);
  return m;
}

interface LabelColumn {
  col: number;
  half: Half | "both";
}

/** The label columns of each half, found by the row labels they hold. */
function findLabelColumns(reg: Region, incomeOnly: Set<string>, expenditureOnly: Set<string>): LabelColumn[] {
  const g = reg.grid;
  const inc = new Map<number, number>();
  const exp = new Map<number, number>();
  for (let r = reg.dataStart; r < reg.endRow; r++) {
    for (let c = 0; c < g.width; c++) {
      if (typeof g.raw(r, c) !== "string") continue;
      const k = g.key(r, c);
      if (incomeOnly.has(k)) inc.set(c, (inc.get(c) ?? 0) + 1);
      if (expenditureOnly.has(k)) exp.set(c, (exp.get(c) ?? 0) + 1);
    }
  }
  const best = (m: Map<number, number>) => {
    let col: number | null = null;
    let n = 0;
    for (const [c, k] of m) if (k > n || (k === n && col !== null && c < col)) [col, n] = [c, k];
    return col;
  };
  const i = best(inc);
  const e = best(exp);
  if (i !== null && e !== null && i === e) return [{ col: i, half: "both" }];
  const out: LabelColumn[] = [];
  if (i !== null) out.push({ col: i, half: "income" });
  if (e !== null) out.push({ col: e, half: "expenditure" });
  return out.sort((a, b) => a.col - b.col);
}

/** Columns that hold 行次 (by header, or by data: small integers rising by one). */
function lineNumberColumns(reg: Region, columns: HeaderColumn[]): Set<number> {
  const out = new Set<number>();
  const keys = new Set(LINE_NUMBER_HEADERS);
  for (const col of columns) if (keys.has(col.leaf)) out.add(col.col);
  const g = reg.grid;
  for (let c = 0; c < g.width; c++) {
    if (out.has(c)) continue;
    let prev: number | null = null;
    let rising = 0;
    let ok = true;
    for (let r = reg.dataStart; r < reg.endRow && ok; r++) {
      const v = g.raw(r, c);
      if (v === null) continue;
      if (typeof v !== "number" || !Number.isInteger(v) || v < 1 || v > 999) ok = false;
      else {
        if (prev !== null) {
          if (v === prev + 1) rising++;
          else ok = false;
        }
        prev = v;
      }
    }
    if (ok && rising >= 3) out.add(c);
  }
  return out;
}

/** The amount columns between a label column and the next: header-labelled first, else data-bearing. */
function amountColumnsBetween(reg: Region, columns: HeaderColumn[], from: number, to: number, skip: Set<number>): number[] {
  const labelled = columns.filter((c) => c.col > from && c.col < to && !skip.has(c.col) && !isBudgetLabelPath(c));
  if (labelled.length > 0) return labelled.map((c) => c.col);
  const g = reg.grid;
  const out: number[] = [];
  for (let c = from + 1; c < Math.min(to, g.width); c++) {
    if (skip.has(c)) continue;
    for (let r = reg.dataStart; r < reg.endRow; r++) {
      if (g.isAmountLike(r, c)) {
        out.push(c);
        break;
      }
    }
  }
  return out;
}

function isBudgetLabelPath(c: HeaderColumn): boolean {
  return c.path.some((k) => isBudgetLabel(k) || /上年/.test(k));
}

interface HalfLayout {
  labelCol: number;
  half: Half | "both";
  /** Single amount column of the half (the 决算数 / 金额 column). */
  amountCol: number | null;
  /** Fund columns of the 财政拨款 expenditure half. */
  funds: Record<string, number>;
}

function layoutHalves(reg: Region, spec: TableSpec, columns: HeaderColumn[], labelCols: LabelColumn[]): HalfLayout[] {
  const skip = lineNumberColumns(reg, columns);
  for (const lc of labelCols) skip.add(lc.col);
  return labelCols.map((lc, i) => {
    const to = i + 1 < labelCols.length ? labelCols[i + 1].col : reg.grid.width;
    const candidates = amountColumnsBetween(reg, columns, lc.col, to, skip);
    const inRange = columns.filter((c) => candidates.includes(c.col));
    let funds: Record<string, number> = {};
    if (spec.kind === "appropriationSummary") {
      const fundSpec = {
        total: spec.columns.total,
        generalBudget: spec.columns.generalBudget,
        governmentFund: spec.columns.governmentFund,
        stateCapital: spec.columns.stateCapital,
      };
      funds = mapColumns(inRange, fundSpec, []).byKey;
    }
    const actual = findColumn(inRange, spec.columns.actual, { excludeGroup: isBudgetLabel })?.col;
    const amountCol = actual ?? funds.total ?? candidates[0] ?? null;
    return { labelCol: lc.col, half: lc.half, amountCol, funds };
  });
}

/** One labelled line met while reading a half. */
interface Line {
  half: Half;
  key: string | null;
  text: string;
  row: number;
  layout: HalfLayout;
}

/** Walks every data row of every part, yielding labelled lines per half, in sheet order. */
function collectLines(
  lt: LocatedTable,
  incomeRows: Map<string, string>,
  expenditureRows: Map<string, string>,
  incomeGrand: string,
): { reg: Region; lines: Line[] }[] {
  const incomeOnly = new Set([...incomeRows.keys()].filter((k) => !expenditureRows.has(k)));
  const expenditureOnly = new Set([...expenditureRows.keys()].filter((k) => !incomeRows.has(k)));
  let prevColumns: HeaderColumn[] = [];
  let prevLabels: LabelColumn[] = [];
  const out: { reg: Region; lines: Line[] }[] = [];
  for (const reg of lt.regions) {
    const columns = reg.columns.length ? reg.columns : prevColumns;
    prevColumns = columns;
    let labelCols = findLabelColumns(reg, incomeOnly, expenditureOnly);
    if (labelCols.length === 0) labelCols = prevLabels;
    prevLabels = labelCols;
    const halves = layoutHalves(reg, lt.spec, columns, labelCols);
    const g = reg.grid;
    const lines: Line[] = [];
    let verticalHalf: Half = "income";
    for (let r = reg.dataStart; r < reg.endRow; r++) {
      if (reg.emptyNote?.row === r) continue;
      for (const h of halves) {
        const text = g.text(r, h.labelCol);
        if (!text || typeof g.raw(r, h.labelCol) !== "string") continue;
        const key = g.key(r, h.labelCol);
        const half: Half = h.half === "both" ? verticalHalf : h.half;
        const rows = half === "income" ? incomeRows : expenditureRows;
        lines.push({ half, key: rows.get(key) ?? null, text, row: r, layout: h });
        if (h.half === "both" && half === "income" && rows.get(key) === incomeGrand) verticalHalf = "expenditure";
      }
    }
    out.push({ reg, lines });
  }
  return out;
}

function classLine<K extends string>(text: string, amounts: Partial<Record<K, Figure>>): ClassLine<K> {
  const coded = splitCodeAndName(text);
  if (coded) return { code: coded.code, name: coded.name || text, amounts };
  return { code: null, name: withoutOrdinal(text), amounts };
}

function required(
  value: Figure | undefined,
  label: string,
  spec: TableSpec,
  reg: Region,
  unit: Unit,
  findings: Finding[],
): Figure {
  if (value) return value;
  findings.push({
    rule: "read.missing-row",
    severity: "error",
    message: `${spec.name}（${reg.grid.name}）未找到“${label}”行或其金额无法读取，按0处理`,
    cells: [reg.grid.ref(reg.titleRow, 0)],
  });
  return zeroFigure(unit);
}

function isHeaderish(key: string): boolean {
  return key === "项目" || key === "收入" || key === "支出" || key === "栏次" || key === "行次" || key === "";
}

const INCOME_KINDS: IncomeKind[] = [
  "generalBudget",
  "governmentFund",
  "stateCapital",
  "superiorSubsidy",
  "serviceIncome",
  "businessIncome",
  "affiliateRemittance",
  "otherIncome",
];

/** 收入支出决算总表 */
export function parseIncomeExpenditureSummary(lt: LocatedTable, findings: Finding[]): IncomeExpenditureSummary {
  const spec = lt.spec;
  const incomeRows = rowIndex(spec, [
    ...INCOME_KINDS,
    "incomeTotal",
    "nonAppropriationBalanceUsed",
    "openingBalance",
    "incomeGrandTotal",
  ]);
  const expenditureRows = rowIndex(spec, ["expenditureTotal", "balanceDistribution", "closingBalance", "expenditureGrandTotal"]);
  const got: Partial<Record<string, Figure>> = {};
  const income: Partial<Record<IncomeKind, Figure>> = {};
  const expenditureByClass: ClassLine[] = [];
  let classesDone = false;
  const unit = lt.regions[0].unit ?? "yuan";
  for (const { reg, lines } of collectLines(lt, incomeRows, expenditureRows, "incomeGrandTotal")) {
    const ctx: ReadContext = { grid: reg.grid, unit: reg.unit ?? unit, findings, table: spec.name };
    for (const line of lines) {
      const c = line.layout.amountCol;
      if (line.half === "income") {
        if (!line.key || c === null) continue;
        const f = readFigure(ctx, line.row, c);
        if (!f) continue;
        if ((INCOME_KINDS as string[]).includes(line.key)) income[line.key as IncomeKind] ??= f;
        else got[line.key] ??= f;
        continue;
      }
      if (line.key) {
        if (line.key === "expenditureTotal") classesDone = true;
        if (c !== null) {
          const f = readFigure(ctx, line.row, c);
          if (f) got[line.key] ??= f;
        }
        continue;
      }
      if (classesDone || isHeaderish(labelKey(line.text)) || c === null) continue;
      const f = readFigure(ctx, line.row, c);
      expenditureByClass.push(classLine<"total">(line.text, f ? { total: f } : {}));
    }
  }
  const reg = lt.regions[0];
  const req = (k: string, label: string) => required(got[k], label, spec, reg, unit, findings);
  const out: IncomeExpenditureSummary = {
    income,
    incomeTotal: req("incomeTotal", "本年收入合计"),
    incomeGrandTotal: req("incomeGrandTotal", "收入总计"),
    expenditureByClass,
    expenditureTotal: req("expenditureTotal", "本年支出合计"),
    expenditureGrandTotal: req("expenditureGrandTotal", "支出总计"),
  };
  if (got.nonAppropriationBalanceUsed) out.nonAppropriationBalanceUsed = got.nonAppropriationBalanceUsed;
  if (got.openingBalance) out.openingBalance = got.openingBalance;
  if (got.balanceDistribution) out.balanceDistribution = got.balanceDistribution;
  if (got.closingBalance) out.closingBalance = got.closingBalance;
  return out;
}

const FUNDS: AppropriationFund[] = ["generalBudget", "governmentFund", "stateCapital"];

/** 财政拨款收入支出决算总表 */
export function parseAppropriationSummary(lt: LocatedTable, findings: Finding[]): AppropriationSummary {
  const spec = lt.spec;
  const incomeRows = rowIndex(spec, [...FUNDS, "incomeTotal", "openingBalance", "incomeGrandTotal"]);
  const expenditureRows = rowIndex(spec, [...FUNDS, "expenditureTotal", "closingBalance", "expenditureGrandTotal"]);
  const unit = lt.regions[0].unit ?? "yuan";
  const income: Partial<Record<AppropriationFund, Figure>> = {};
  const openingBalance: Partial<Record<AppropriationColumn, Figure>> = {};
  const closingBalance: Partial<Record<AppropriationColumn, Figure>> = {};
  let expenditureTotal: Partial<Record<AppropriationColumn, Figure>> = {};
  const expenditureByClass: ClassLine<AppropriationColumn>[] = [];
  const got: Partial<Record<string, Figure>> = {};
  let incomePhase: "income" | "opening" | "done" = "income";
  let expenditurePhase: "classes" | "after" | "closing" = "classes";

  const byFund = (ctx: ReadContext, line: Line): Partial<Record<AppropriationColumn, Figure>> => {
    const out: Partial<Record<AppropriationColumn, Figure>> = {};
    const funds = line.layout.funds;
    if (Object.keys(funds).length === 0) {
      if (line.layout.amountCol !== null) {
        const f = readFigure(ctx, line.row, line.layout.amountCol);
        if (f) out.total = f;
      }
      return out;
    }
    for (const [k, c] of Object.entries(funds)) {
      const f = readFigure(ctx, line.row, c);
      if (f) out[k as AppropriationColumn] = f;
    }
    return out;
  };

  for (const { reg, lines } of collectLines(lt, incomeRows, expenditureRows, "incomeGrandTotal")) {
    const ctx: ReadContext = { grid: reg.grid, unit: reg.unit ?? unit, findings, table: spec.name };
    for (const line of lines) {
      const c = line.layout.amountCol;
      if (line.half === "income") {
        if (!line.key || c === null) continue;
        const isFund = (FUNDS as string[]).includes(line.key);
        if (line.key === "openingBalance") {
          incomePhase = "opening";
          const multi = byFund(ctx, line);
          if (Object.keys(line.layout.funds).length > 1) Object.assign(openingBalance, multi);
          else if (multi.total) openingBalance.total = multi.total;
          continue;
        }
        const f = readFigure(ctx, line.row, c);
        if (!f) continue;
        if (isFund) {
          if (incomePhase === "income") income[line.key as AppropriationFund] ??= f;
          else if (incomePhase === "opening") openingBalance[line.key as AppropriationFund] ??= f;
          continue;
        }
        if (line.key === "incomeTotal") incomePhase = "done";
        got[line.key] ??= f;
        continue;
      }
      if (line.key === "expenditureTotal") {
        expenditurePhase = "after";
        if (Object.keys(expenditureTotal).length === 0) expenditureTotal = byFund(ctx, line);
        continue;
      }
      if (line.key === "closingBalance") {
        expenditurePhase = "closing";
        Object.assign(closingBalance, byFund(ctx, line));
        continue;
      }
      if (line.key === "expenditureGrandTotal") {
        const v = byFund(ctx, line);
        got.expenditureGrandTotal ??= v.total ?? v.generalBudget;
        continue;
      }
      if (line.key && (FUNDS as string[]).includes(line.key)) {
        if (expenditurePhase === "closing" && c !== null && !closingBalance[line.key as AppropriationFund]) {
          const f = readFigure(ctx, line.row, c);
          if (f) closingBalance[line.key as AppropriationFund] = f;
        }
        continue;
      }
      if (expenditurePhase !== "classes" || isHeaderish(labelKey(line.text))) continue;
      expenditureByClass.push(classLine<AppropriationColumn>(line.text, byFund(ctx, line)));
    }
  }
  const reg = lt.regions[0];
  const req = (f: Figure | undefined, label: string) => required(f, label, spec, reg, unit, findings);
  if (!expenditureTotal.total) expenditureTotal.total = req(undefined, "本年支出合计");
  return {
    income,
    incomeTotal: req(got.incomeTotal, "本年收入合计"),
    openingBalance,
    incomeGrandTotal: req(got.incomeGrandTotal, "收入总计"),
    expenditureByClass,
    expenditureTotal,
    closingBalance,
    expenditureGrandTotal: req(got.expenditureGrandTotal, "支出总计"),
  };
}

export type { Grid };
