import { buildCharts, profileCharts } from "../charts";
import type { FinalAccounts } from "../tables/model";
import { Ctx } from "./context";
import type { Narrative, Section } from "./model";
import { type NarrativeSettings, resolveSettings } from "./settings";
import { profileById } from "./profiles/registry";
import type { RegionProfile } from "./profiles/types";
import { SECTION_KINDS } from "./sections/library";

/** Section ids whose sentences are generated from numbers (the golden tests compare these). */
export const NUMERIC_SECTION_IDS = [
  "overall",
  "appropriation",
  "general-budget",
  "government-fund",
  "state-capital",
  "economic",
  "three-public",
  "agency-operating-cost",
  "procurement",
  "purchased-services",
  "assets",
] as const;

/**
 * Writes the 决算说明 (第二部分 to 第四部分) from the final accounts. Pure: no I/O, deterministic.
 * Missing inputs become visible gaps (【待填写：…】) and warnings; nothing is invented.
 */
export function generateNarrative(
  accounts: FinalAccounts,
  settings: Partial<NarrativeSettings> = {},
  regionProfile?: RegionProfile,
): Narrative {
  const resolved = resolveSettings(settings, regionProfile);
  const profile = regionProfile ?? profileById(resolved.region)!;
  const ctx = new Ctx(accounts, resolved, profile);
  const sections = profile.sections
    .map((spec) => SECTION_KINDS[spec.kind](ctx))
    .filter((s): s is Section => s !== null);
  const department = ctx.department;
  return {
    title: `${department}${ctx.yearLabel}部门决算说明`,
    profile: resolved.profile,
    region: profile.id,
    sections,
    warnings: ctx.warnings,
    ...narrativeCharts(accounts, resolved, ctx.year, sections, ctx.warnings),
  };
}

/** The profile's charts when they are on; charts left out for missing data add a warning. */
function narrativeCharts(
  accounts: FinalAccounts,
  settings: NarrativeSettings,
  year: number | null,
  sections: Section[],
  warnings: Narrative["warnings"],
): Pick<Narrative, "charts"> {
  const set = profileCharts(settings.profile);
  if (!(settings.charts ?? set.enabledByDefault)) return {};
  const outline = sections.map((s) => ({ id: s.id, roles: s.paragraphs.map((p) => p.role) }));
  const built = buildCharts(accounts, { ...settings, year }, set.charts, outline);
  warnings.push(...built.warnings);
  return { charts: built.blocks };
}
