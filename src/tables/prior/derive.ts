/**
 * Last year's FinalAccounts → every prior-year figure a template compares with, each with the cells
 * (file, sheet, cell) it was read from. Pure: no reading, no merging (see merge.ts).
 */
import type { FinalAccounts, Figure, PriorYearKey, ThreePublicKind } from "../model";
import { type PriorSource, fromSource } from "./source";

/** The "三公" kinds compared with the prior year, and their keys. */
const THREE_PUBLIC_KEYS: readonly [ThreePublicKind, PriorYearKey][] = [
  ["total", "threePublicTotal"],
  ["overseasTravel", "threePublicOverseasTravel"],
  ["officialVehicles", "threePublicOfficialVehicles"],
  ["officialReception", "threePublicOfficialReception"],
];

/** Prior-year figures read from last year's tables. */
export interface PriorYearFigures {
  year: number | null;
  department: string | null;
  source: PriorSource;
  figures: Partial<Record<PriorYearKey, Figure>>;
}

/** Which figure of last year's accounts gives each total key (first one present wins). */
const TOTALS: { key: PriorYearKey; from: (p: FinalAccounts) => Figure | undefined }[] = [
  { key: "grandTotal", from: (p) => p.incomeExpenditureSummary?.incomeGrandTotal },
  { key: "incomeTotal", from: (p) => p.incomeExpenditureSummary?.incomeTotal ?? p.incomeTable?.total.total },
  { key: "expenditureTotal", from: (p) => p.incomeExpenditureSummary?.expenditureTotal ?? p.expenditureTable?.total.total },
  { key: "appropriationGrandTotal", from: (p) => p.appropriationSummary?.incomeGrandTotal },
  {
    key: "generalBudgetExpenditure",
    from: (p) => p.generalBudgetExpenditure?.total.total ?? p.appropriationSummary?.expenditureTotal.generalBudget,
  },
  // No standard table prints 机关运行经费: last year's workbook holds it in its own 补充信息 sheet.
  { key: "agencyOperatingCost", from: (p) => p.supplement.agencyOperatingCost },
];

export function derivePriorYear(prior: FinalAccounts, source: PriorSource): PriorYearFigures {
  const figures: Partial<Record<PriorYearKey, Figure>> = {};
  const put = (key: PriorYearKey, f: Figure | undefined) => {
    if (f && figures[key] === undefined) figures[key] = fromSource(f, source);
  };
  for (const t of TOTALS) put(t.key, t.from(prior));
  const tp = prior.threePublicTable?.actual;
  if (tp) for (const [kind, key] of THREE_PUBLIC_KEYS) put(key, tp[kind]);
  // 一般公共预算财政拨款支出 by 类 and 款; the 财政拨款总表's 一般公共预算 column for 类 it lacks.
  for (const r of prior.generalBudgetExpenditure?.rows ?? []) {
    if (r.level !== "item") put(`functional:${r.code}`, r.amounts.total);
  }
  for (const l of prior.appropriationSummary?.expenditureByClass ?? []) {
    if (l.code) put(`functional:${l.code}`, l.amounts.generalBudget);
  }
  return { year: prior.year, department: prior.department, source, figures };
}
