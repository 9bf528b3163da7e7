/**
 * The pane's one way through, as a pure function: sheets → (table locations) → FinalAccounts →
 * findings + narrative. The Office side only supplies the sheets.
 */
import { TABLE_NAMES, runChecks, runYearOnYearChecks } from "../../checks";
import { type Narrative, generateNarrative, profileById } from "../../narrative";
import { readWithPrior } from "../../tables/prior";
import type { DetectedTable, FinalAccounts, Finding, Sheet, TableId } from "../../tables/model";
import { type PaneSettings, ALL_TABLE_IDS, narrativeOverrides } from "./pane-settings";
import { applyTableLocations } from "./table-locations";
import { type ProfileOption, type RegionChoice, chooseRegion, profileOptions } from "./region";

export interface Analysis {
  /** The sheets as read (before table locations were applied). */
  sheets: Sheet[];
  accounts: FinalAccounts;
  /** Problems met while reading, then the checks' findings, errors first. */
  findings: Finding[];
  narrative: Narrative;
  /** Tables the reader looked for and did not find (the same list it reports; alternatives left out). */
  missingTables: TableId[];
  /** Where the prior-year figures came from: last year's file, sheets of this workbook, or nowhere. */
  prior: { file: string | null; year: number | null } | null;
  /** The publication style the narrative was written in, and whether the pane chose it. */
  region: RegionChoice;
  /** The styles the pane offers (loaded with the engine, not with the first screen). */
  profiles: ProfileOption[];
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

/** Missing tables as the reader counts them: 一般公共预算财政拨款收入支出决算表 is an alternative, never required. */
export function missingTables(tables: readonly DetectedTable[], profile?: string): TableId[] {
  const found = new Set(tables.map((t) => t.id));
  // Only the tables the region publishes count as missing (Shanghai prints no 政府采购情况表).
  const own = profile ? profileById(profile)?.tables : undefined;
  return ALL_TABLE_IDS.filter(
    (id) =>
      !found.has(id) &&
      (own === undefined || own.includes(id)) &&
      id !== "generalBudgetIncomeExpenditure" &&
      !(id === "generalBudgetExpenditure" && found.has("generalBudgetIncomeExpenditure")),
  );
}

/** The reader's "not found" notes are shown with the tables (one list, one count), not among the findings. */
const SHOWN_WITH_TABLES = "read.missing-table";

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
  const readFindings = read.findings.filter((f) => f.rule !== SHOWN_WITH_TABLES);
  const findings = sortFindings([...ignored, ...readFindings, ...runChecks(read.accounts), ...yoy]);
  const region = chooseRegion(read.accounts, settings.narrative.profile);
  const narrative = generateNarrative(read.accounts, { ...narrativeOverrides(settings), profile: region.profile });
  const prior = read.prior && read.priorFigures ? { file: read.priorFigures.source.file, year: read.prior.year } : null;
  return {
    sheets,
    accounts: read.accounts,
    findings,
    narrative,
    missingTables: missingTables(read.accounts.tables, region.profile),
    prior,
    region,
    profiles: profileOptions(),
  };
}
