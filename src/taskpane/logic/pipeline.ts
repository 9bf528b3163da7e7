/**
 * The pane's one way through, as a pure function: sheets → (table locations) → FinalAccounts →
 * findings + narrative. The Office side only supplies the sheets.
 */
import { TABLE_NAMES, runChecks, runYearOnYearChecks } from "../../checks";
import { type Narrative, generateNarrative } from "../../narrative";
import { readWithPrior } from "../../tables/prior";
import type { DetectedTable, FinalAccounts, Finding, Sheet, TableId } from "../../tables/model";
import { type PaneSettings, ALL_TABLE_IDS, narrativeOverrides } from "./pane-settings";
import { applyTableLocations } from "./table-locations";

export interface Analysis {
  /** The sheets as read (before table locations were applied). */
  sheets: Sheet[];
  accounts: FinalAccounts;
  /** Problems met while reading, then the checks' findings, errors first. */
  findings: Finding[];
  narrative: Narrative;
  missingTables: TableId[];
  /** Where the prior-year figures came from: last year's file, sheets of this workbook, or nowhere. */
  prior: { file: string | null; year: number | null } | null;
}

/** Last year's workbook chosen in the pane (read by logic/prior-workbook). */
export interface PriorWorkbook {
  file: string;
  sheets: Sheet[];
}

const SEVERITY_ORDER: Record<Finding["severity"], number> = { error: 0, warning: 1, info: 2 };

/** Errors, then warnings, then notes; stable within a severity. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] || a.i - b.i)
    .map((x) => x.f);
}

export function missingTables(tables: readonly DetectedTable[]): TableId[] {
  const found = new Set(tables.map((t) => t.id));
  return ALL_TABLE_IDS.filter((id) => !found.has(id));
}

export function analyse(sheets: Sheet[], settings: PaneSettings, priorBook?: PriorWorkbook | null): Analysis {
  const located = applyTableLocations(sheets, settings.tableLocations);
  // Last year's tables: the chosen file, else prior-year sheets of this workbook (told apart by year).
  const read = readWithPrior(located.sheets, priorBook ?? undefined);
  const yoy = read.prior && read.priorFigures ? runYearOnYearChecks(read.accounts, read.prior, read.priorFigures.source) : [];
  const ignored: Finding[] = located.ignored.map(({ id, location }) => ({
    rule: "table-location",
    severity: "warning",
    message: `${TABLE_NAMES[id]}：指定的位置 ${location.sheet}!${location.range} 无效或工作表不存在，已忽略。`,
    cells: [],
  }));
  const findings = sortFindings([...ignored, ...read.findings, ...runChecks(read.accounts), ...yoy]);
  const narrative = generateNarrative(read.accounts, narrativeOverrides(settings));
  const prior = read.prior && read.priorFigures ? { file: read.priorFigures.source.file, year: read.prior.year } : null;
  return { sheets, accounts: read.accounts, findings, narrative, missingTables: missingTables(read.accounts.tables), prior };
}
