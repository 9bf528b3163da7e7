/**
 * What the pane keeps in the workbook: the narrative settings the user overrides and the table
 * locations. Stored as JSON; anything malformed (an old or hand-edited file) is dropped, never trusted.
 */
import type { TableId } from "../../tables/model";
import type { NarrativeSettings } from "../../narrative";
import { type TableLocation, type TableLocations, isA1Range } from "./table-locations";

/** The narrative settings the pane lets the user override (terms and economic descriptions keep defaults). */
export type NarrativeOverrides = Partial<
  Pick<
    NarrativeSettings,
    | "profile"
    | "amountUnit"
    | "amountDecimals"
    | "percentDecimals"
    | "bareWhole"
    | "budgetStyle"
    | "detailLevel"
    | "year"
    | "yearLabel"
    | "department"
    | "charts"
  >
>;

export interface PaneSettings {
  version: 1;
  narrative: NarrativeOverrides;
  tableLocations: TableLocations;
}

/** No profile: the pane chooses one from the workbook (logic/region.ts) until the user picks one. */
export function defaultPaneSettings(): PaneSettings {
  return { version: 1, narrative: {}, tableLocations: {} };
}

const TABLE_IDS: readonly TableId[] = [
  "incomeExpenditureSummary",
  "incomeTable",
  "expenditureTable",
  "appropriationSummary",
  "generalBudgetIncomeExpenditure",
  "generalBudgetExpenditure",
  "basicExpenditureByEconomic",
  "projectExpenditureByEconomic",
  "governmentFundTable",
  "governmentFundBasicExpenditure",
  "stateCapitalTable",
  "threePublicTable",
  "procurementTable",
  "purchasedServicesTable",
];

export const ALL_TABLE_IDS = TABLE_IDS;

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

function smallInt(x: unknown, min: number, max: number): number | undefined {
  return typeof x === "number" && Number.isInteger(x) && x >= min && x <= max ? x : undefined;
}

function shortText(x: unknown, max: number): string | undefined {
  return typeof x === "string" && x.trim() !== "" && x.length <= max ? x : undefined;
}

/** A stored profile id as it may be written: checked against the known profiles where they are loaded. */
const PROFILE_ID = /^[a-z][a-z0-9-]{0,31}$/;

/**
 * Keeps only well-formed values of a stored settings object. `knownProfile` resolves a profile id or an
 * older alias to the region's id (undefined: unknown, dropped); without it (the pane's first screen, which
 * does not load the narrative's profiles) a well-formed id is kept and resolved when the text is made
 * (logic/region.ts: an unknown one means automatic).
 */
export function sanitizePaneSettings(raw: unknown, knownProfile?: (id: string) => string | undefined): PaneSettings {
  const out = defaultPaneSettings();
  if (!isObject(raw)) return out;
  const n = isObject(raw.narrative) ? raw.narrative : {};
  const narrative: NarrativeOverrides = {};
  // An older id (yuan-1dp, wanyuan-2dp) is kept as the region it stands for, so the choice shows it.
  if (typeof n.profile === "string" && PROFILE_ID.test(n.profile)) {
    const id = knownProfile ? knownProfile(n.profile) : n.profile;
    if (id !== undefined) narrative.profile = id as NarrativeOverrides["profile"];
  }
  if (n.amountUnit === "yuan" || n.amountUnit === "wanYuan") narrative.amountUnit = n.amountUnit;
  const ad = smallInt(n.amountDecimals, 0, 4);
  if (ad !== undefined) narrative.amountDecimals = ad;
  const pd = smallInt(n.percentDecimals, 0, 4);
  if (pd !== undefined) narrative.percentDecimals = pd;
  if (typeof n.bareWhole === "boolean") narrative.bareWhole = n.bareWhole;
  if (n.budgetStyle === "change" || n.budgetStyle === "completion") narrative.budgetStyle = n.budgetStyle;
  if (n.detailLevel === "section" || n.detailLevel === "item") narrative.detailLevel = n.detailLevel;
  const year = smallInt(n.year, 1949, 2200);
  if (year !== undefined) narrative.year = year;
  const yl = shortText(n.yearLabel, 40);
  if (yl !== undefined) narrative.yearLabel = yl;
  const dep = shortText(n.department, 200);
  if (dep !== undefined) narrative.department = dep;
  if (typeof n.charts === "boolean") narrative.charts = n.charts;
  out.narrative = narrative;

  const locs = isObject(raw.tableLocations) ? raw.tableLocations : {};
  for (const id of TABLE_IDS) {
    const l = locs[id];
    if (!isObject(l)) continue;
    const sheet = shortText(l.sheet, 31);
    const range = typeof l.range === "string" && isA1Range(l.range) ? l.range : undefined;
    if (sheet && range) out.tableLocations[id] = { sheet, range } satisfies TableLocation;
  }
  return out;
}

/** Settings for generateNarrative: the profile's values with the user's overrides (undefined = default). */
export function narrativeOverrides(s: PaneSettings): Partial<NarrativeSettings> {
  return Object.fromEntries(Object.entries(s.narrative).filter(([, v]) => v !== undefined)) as Partial<NarrativeSettings>;
}
