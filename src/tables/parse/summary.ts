/**
 * The two summary tables, 收入支出决算总表 and 财政拨款收入支出决算总表: a 收入 half and a 支出 half
 * side by side (项目 | 行次 | 金额 …) or one under the other, read by their row labels. Reading goes in
 * named steps:
 *   1–2. layout and lines (./summary-lines.ts): every labelled line of each half, in sheet order;
 *   3. sections: a half is cut into the sections below, each starting at its marker line (data: the
 *      `…_SECTIONS` tables) — what a line means depends on the section it is in: "一般公共预算财政拨款" is
 *      the year's income above 本年收入合计 and part of the opening balance below 年初财政拨款结转和结余;
 *   4. each line is read by its row key and section (the `read…` functions);
 *   5. a required total that was not read is a read.missing-row finding naming its row (or the table when
 *      the row is missing) and stands as 0; no other figure is put in its place.
 * Expenditure lines before 本年支出合计 are the 功能分类 类, listed by name ("一、一般公共服务支出" →
 * 一般公共服务支出, code null) or with a code.
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
import { readFigure, zeroFigure } from "../figures";
import type { Grid } from "../grid";
import { labelKey, splitCodeAndName, withoutOrdinal } from "../labels";
import { HALF_NAMES, type HalfRows, type Line, collectLines, rowIndex } from "./summary-lines";

// ---- step 3: sections ---------------------------------------------------------------------------

/** A section of a half: it starts at the line with row key `startsAt` (null: at the top of the half). */
interface Section<S extends string> {
  section: S;
  startsAt: string | null;
}

/** 收入支出决算总表, 支出 half: the 类 lines, then 本年支出合计, 结余分配, 年末结转和结余, 总计. */
const IE_EXPENDITURE_SECTIONS = [
  { section: "classes", startsAt: null },
  { section: "totals", startsAt: "expenditureTotal" },
] as const satisfies readonly Section<string>[];

/**
 * 财政拨款收入支出决算总表, 收入 half: the year's income by fund (一、一般公共预算财政拨款 …), 本年收入合计,
 * then 年初财政拨款结转和结余 with its fund lines, 总计.
 */
const APPROPRIATION_INCOME_SECTIONS = [
  { section: "income", startsAt: null },
  { section: "incomeTotal", startsAt: "incomeTotal" },
  { section: "opening", startsAt: "openingBalance" },
] as const satisfies readonly Section<string>[];

/**
 * 财政拨款收入支出决算总表, 支出 half: the 类 lines, 本年支出合计, then 年末财政拨款结转和结余 with its fund
 * lines (some layouts list them under it), 总计.
 */
const APPROPRIATION_EXPENDITURE_SECTIONS = [
  { section: "classes", startsAt: null },
  { section: "expenditureTotal", startsAt: "expenditureTotal" },
  { section: "closing", startsAt: "closingBalance" },
] as const satisfies readonly Section<string>[];

type SectionName<T extends readonly Section<string>[]> = T[number]["section"];

/** The section of each line of one half (a marker line opens its section; the last marker met wins). */
function sectionsOf<S extends string>(lines: readonly Line[], sections: readonly Section<S>[]): Map<Line, S> {
  const out = new Map<Line, S>();
  let current = sections[0].section;
  for (const line of lines) {
    const opened = sections.find((s) => s.startsAt !== null && s.startsAt === line.key);
    if (opened) current = opened.section;
    out.set(line, current);
  }
  return out;
}

// ---- step 5: required totals --------------------------------------------------------------------

/** A required total: the figure when read, and the first line that carries its label. */
interface Required {
  figure?: Figure;
  line?: Line;
  /** The column the figure was looked for in (null: the line's half has no such column). */
  col?: number | null;
}

function noteLine(req: Required, line: Line, col: number | null): void {
  if (req.line) return;
  req.line = line;
  req.col = col;
}

/** The figure, or 0 and a read.missing-row finding that says which row (or that the row is missing). */
function required(req: Required, label: string, lt: LocatedTable, unit: Unit, findings: Finding[]): Figure {
  if (req.figure) return req.figure;
  const reg = lt.regions[0];
  const line = req.line;
  let message: string;
  let cell: string;
  if (!line) {
    cell = reg.grid.ref(reg.titleRow, 0);
    message = `${lt.spec.name}（工作表“${reg.grid.name}”）未找到“${label}”行，按0处理`;
  } else if (line.layout.amountCol === null || req.col === null || req.col === undefined) {
    cell = line.ctx.grid.ref(line.row, line.layout.labelCol);
    const column = Object.keys(line.layout.funds).length > 0 ? "“合计”列的" : "";
    message = `${lt.spec.name}：${HALF_NAMES[line.half]}栏“${line.text}”行（${cell}）找不到${column}金额，按0处理（未用其他列的金额代替）`;
  } else {
    cell = line.ctx.grid.ref(line.row, req.col);
    message = `${lt.spec.name}：${HALF_NAMES[line.half]}栏“${line.text}”行的金额（${cell}）无法读取，按0处理`;
  }
  findings.push({ rule: "read.missing-row", severity: "error", message, cells: [cell] });
  return zeroFigure(unit);
}

// ---- step 4: reading lines ----------------------------------------------------------------------

function classLine<K extends string>(text: string, amounts: Partial<Record<K, Figure>>): ClassLine<K> {
  const coded = splitCodeAndName(text);
  if (coded) return { code: coded.code, name: coded.name || text, amounts };
  return { code: null, name: withoutOrdinal(text), amounts };
}

/** A header-like label met among the data lines (项目, 收入, 栏次 …), not a 类. */
function isHeaderish(key: string): boolean {
  return key === "项目" || key === "收入" || key === "支出" || key === "栏次" || key === "行次" || key === "";
}

function readAmount(line: Line): Figure | null {
  return line.layout.amountCol === null ? null : readFigure(line.ctx, line.row, line.layout.amountCol);
}

function unitOf(lt: LocatedTable): Unit {
  return lt.regions[0].unit ?? "yuan";
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
export function parseIncomeExpenditureSummary(
  lt: LocatedTable,
  findings: Finding[],
): IncomeExpenditureSummary {
  const spec = lt.spec;
  const rows: HalfRows = {
    income: rowIndex(spec, [
      ...INCOME_KINDS,
      "incomeTotal",
      "nonAppropriationBalanceUsed",
      "openingBalance",
      "incomeGrandTotal",
    ]),
    expenditure: rowIndex(spec, [
      "expenditureTotal",
      "balanceDistribution",
      "closingBalance",
      "expenditureGrandTotal",
    ]),
  };
  const lines = collectLines(lt, rows, findings);
  const sections = sectionsOf(
    lines.filter((l) => l.half === "expenditure"),
    IE_EXPENDITURE_SECTIONS,
  );
  const income: Partial<Record<IncomeKind, Figure>> = {};
  const other: Partial<Record<string, Figure>> = {};
  const req: Record<
    "incomeTotal" | "incomeGrandTotal" | "expenditureTotal" | "expenditureGrandTotal",
    Required
  > = {
    incomeTotal: {},
    incomeGrandTotal: {},
    expenditureTotal: {},
    expenditureGrandTotal: {},
  };
  const expenditureByClass: ClassLine[] = [];

  for (const line of lines) {
    const key = line.key;
    if (key === null) {
      // an unlabelled income line is not read; an unlabelled expenditure line above 本年支出合计 is a 类
      if (line.half === "income" || sections.get(line) !== "classes") continue;
      if (isHeaderish(labelKey(line.text)) || line.layout.amountCol === null) continue;
      const f = readAmount(line);
      expenditureByClass.push(classLine<"total">(line.text, f ? { total: f } : {}));
      continue;
    }
    if (line.layout.amountCol === null) {
      if (key in req) noteLine(req[key as keyof typeof req], line, null);
      continue;
    }
    const f = readAmount(line);
    if (key in req) {
      const r = req[key as keyof typeof req];
      noteLine(r, line, line.layout.amountCol);
      if (f) r.figure ??= f;
    } else if (f) {
      if ((INCOME_KINDS as string[]).includes(key)) income[key as IncomeKind] ??= f;
      else other[key] ??= f;
    }
  }

  const unit = unitOf(lt);
  const out: IncomeExpenditureSummary = {
    income,
    incomeTotal: required(req.incomeTotal, "本年收入合计", lt, unit, findings),
    incomeGrandTotal: required(req.incomeGrandTotal, "收入总计", lt, unit, findings),
    expenditureByClass,
    expenditureTotal: required(req.expenditureTotal, "本年支出合计", lt, unit, findings),
    expenditureGrandTotal: required(req.expenditureGrandTotal, "支出总计", lt, unit, findings),
  };
  if (other.nonAppropriationBalanceUsed) out.nonAppropriationBalanceUsed = other.nonAppropriationBalanceUsed;
  if (other.openingBalance) out.openingBalance = other.openingBalance;
  if (other.balanceDistribution) out.balanceDistribution = other.balanceDistribution;
  if (other.closingBalance) out.closingBalance = other.closingBalance;
  return out;
}

const FUNDS: AppropriationFund[] = ["generalBudget", "governmentFund", "stateCapital"];

function isFund(key: string | null): key is AppropriationFund {
  return key !== null && (FUNDS as string[]).includes(key);
}

/** A line's amounts by fund column (合计 as `total`); a half without fund columns gives its one amount as `total`. */
function byFund(line: Line): Partial<Record<AppropriationColumn, Figure>> {
  const out: Partial<Record<AppropriationColumn, Figure>> = {};
  const funds = line.layout.funds;
  if (Object.keys(funds).length === 0) {
    const f = readAmount(line);
    if (f) out.total = f;
    return out;
  }
  for (const [k, c] of Object.entries(funds)) {
    const f = readFigure(line.ctx, line.row, c);
    if (f) out[k as AppropriationColumn] = f;
  }
  return out;
}

/** The column a line's 合计 comes from: the 合计 fund column, or the half's one amount column. */
function totalColumn(line: Line): number | null {
  return Object.keys(line.layout.funds).length === 0
    ? line.layout.amountCol
    : (line.layout.funds.total ?? null);
}

/** 财政拨款收入支出决算总表 */
export function parseAppropriationSummary(lt: LocatedTable, findings: Finding[]): AppropriationSummary {
  const spec = lt.spec;
  const rows: HalfRows = {
    income: rowIndex(spec, [...FUNDS, "incomeTotal", "openingBalance", "incomeGrandTotal"]),
    expenditure: rowIndex(spec, [...FUNDS, "expenditureTotal", "closingBalance", "expenditureGrandTotal"]),
  };
  const lines = collectLines(lt, rows, findings);
  const incomeSection = sectionsOf(
    lines.filter((l) => l.half === "income"),
    APPROPRIATION_INCOME_SECTIONS,
  );
  const expenditureSection = sectionsOf(
    lines.filter((l) => l.half === "expenditure"),
    APPROPRIATION_EXPENDITURE_SECTIONS,
  );
  const income: Partial<Record<AppropriationFund, Figure>> = {};
  const openingBalance: Partial<Record<AppropriationColumn, Figure>> = {};
  const closingBalance: Partial<Record<AppropriationColumn, Figure>> = {};
  let expenditureTotal: Partial<Record<AppropriationColumn, Figure>> = {};
  const expenditureByClass: ClassLine<AppropriationColumn>[] = [];
  const req: Record<
    "incomeTotal" | "incomeGrandTotal" | "expenditureTotal" | "expenditureGrandTotal",
    Required
  > = {
    incomeTotal: {},
    incomeGrandTotal: {},
    expenditureTotal: {},
    expenditureGrandTotal: {},
  };

  const readIncome = (line: Line, section: SectionName<typeof APPROPRIATION_INCOME_SECTIONS>) => {
    const c = line.layout.amountCol;
    if (line.key === null) return;
    if (c === null) {
      if (line.key === "incomeTotal" || line.key === "incomeGrandTotal") noteLine(req[line.key], line, null);
      return;
    }
    if (line.key === "openingBalance") {
      const multi = byFund(line);
      if (Object.keys(line.layout.funds).length > 1) Object.assign(openingBalance, multi);
      else if (multi.total) openingBalance.total = multi.total;
      return;
    }
    const f = readFigure(line.ctx, line.row, c);
    if (isFund(line.key)) {
      // a fund line is the year's income above 本年收入合计, part of the opening balance below 年初结转和结余
      if (!f) return;
      if (section === "income") income[line.key] ??= f;
      else if (section === "opening") openingBalance[line.key] ??= f;
      return;
    }
    const r = req[line.key as "incomeTotal" | "incomeGrandTotal"];
    noteLine(r, line, c);
    if (f) r.figure ??= f;
  };

  const readExpenditure = (line: Line, section: SectionName<typeof APPROPRIATION_EXPENDITURE_SECTIONS>) => {
    const key = line.key;
    if (key === "expenditureTotal") {
      noteLine(req.expenditureTotal, line, totalColumn(line));
      if (Object.keys(expenditureTotal).length === 0) expenditureTotal = byFund(line);
      return;
    }
    if (key === "closingBalance") {
      Object.assign(closingBalance, byFund(line));
      return;
    }
    if (key === "expenditureGrandTotal") {
      // the 合计 only: the 一般公共预算 column is not the grand total of every fund
      noteLine(req.expenditureGrandTotal, line, totalColumn(line));
      req.expenditureGrandTotal.figure ??= byFund(line).total;
      return;
    }
    if (isFund(key)) {
      // fund lines under 年末财政拨款结转和结余 give its parts; elsewhere they repeat the 类 lines' columns
      if (section === "closing" && line.layout.amountCol !== null && !closingBalance[key]) {
        const f = readAmount(line);
        if (f) closingBalance[key] = f;
      }
      return;
    }
    if (section !== "classes" || isHeaderish(labelKey(line.text))) return;
    expenditureByClass.push(classLine<AppropriationColumn>(line.text, byFund(line)));
  };

  for (const line of lines) {
    if (line.half === "income") readIncome(line, incomeSection.get(line)!);
    else readExpenditure(line, expenditureSection.get(line)!);
  }

  const unit = unitOf(lt);
  const need = (k: keyof typeof req, label: string) => required(req[k], label, lt, unit, findings);
  if (!expenditureTotal.total) expenditureTotal.total = need("expenditureTotal", "本年支出合计");
  return {
    income,
    incomeTotal: need("incomeTotal", "本年收入合计"),
    openingBalance,
    incomeGrandTotal: need("incomeGrandTotal", "收入总计"),
    expenditureByClass,
    expenditureTotal,
    closingBalance,
    expenditureGrandTotal: need("expenditureGrandTotal", "支出总计"),
  };
}

export type { Grid };
