/**
 * One workbook (and optionally last year's workbook) → this year's accounts with every prior-year
 * figure last year's tables give. Last year's tables come from `priorWorkbook` when given, else from
 * prior-year sheets found in the same workbook (splitByYear).
 */
import type { FinalAccounts, Finding, Sheet } from "../model";
import { readFinalAccounts } from "../read";
import { type PriorYearFigures, derivePriorYear } from "./derive";
import { mergePriorYear } from "./merge";
import type { PriorSource } from "./source";
import { splitByYear } from "./split";

export interface PriorRead {
  /** This year's accounts; supplement.priorYear merged with last year's tables. */
  accounts: FinalAccounts;
  /** Reader findings of this year, last year's read errors, and disagreements with 补充信息. */
  findings: Finding[];
  /** Last year's accounts as read (cells as in their own workbook), or null when none was given or found. */
  prior: FinalAccounts | null;
  priorFigures: PriorYearFigures | null;
}

/** Where the prior tables were found, for messages: "上年决算表（2022.xlsx）" or "本工作簿中的2022年度报表". */
export function priorSourceLabel(source: PriorSource, year: number | null): string {
  if (source.file !== null) return `上年决算表（${source.file}）`;
  return `本工作簿中的${year ?? "上年"}年度报表`;
}

export function readWithPrior(sheets: Sheet[], priorWorkbook?: { file: string; sheets: Sheet[] }): PriorRead {
  const split = splitByYear(sheets);
  const { accounts, findings } = readFinalAccounts(split.current);
  const priorSheets = priorWorkbook?.sheets ?? split.prior;
  if (priorSheets.length === 0) return { accounts, findings, prior: null, priorFigures: null };
  const source: PriorSource = { file: priorWorkbook?.file ?? null };
  const read = readFinalAccounts(priorSheets);
  const label = priorSourceLabel(source, read.accounts.year);
  for (const f of read.findings) {
    // Last year's tables this year's narrative does not use may be absent; only read errors matter.
    if (f.severity !== "error" || f.rule === "read.missing-table") continue;
    findings.push({ ...f, rule: `prior.${f.rule}`, message: `${label}：${f.message}` });
  }
  const figures = derivePriorYear(read.accounts, source);
  const merged = mergePriorYear(accounts, figures);
  return { accounts: merged.accounts, findings: [...findings, ...merged.findings], prior: read.accounts, priorFigures: figures };
}
