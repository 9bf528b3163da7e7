/**
 * The publication style (发布口径, a region profile of src/narrative) the text is written in: chosen
 * automatically from the workbook by the narrative's own `chooseProfile`, shown with its reason and its
 * amount unit, and changeable in one place before 生成.
 */
import { UNIT_LABEL } from "../../core";
import { DEFAULT_PROFILE, type ProfileId, REGION_PROFILES, chooseProfile, profileById } from "../../narrative";
import type { FinalAccounts } from "../../tables/model";

export interface RegionChoice {
  /** A region profile id (beijing, central, shanghai, …); older aliases are resolved to it. */
  profile: ProfileId;
  /** True when the pane chose (the user has not). */
  automatic: boolean;
  /** Why, in the user's words (the narrative's reason, e.g. 部门名称“…”表明为上海市). */
  why: string;
}

/** The profile's readable name; an id nobody knows is shown by the generic name, never raw. */
export function profileName(id: string): string {
  return profileById(id)?.name ?? "其他口径";
}

/** The amount unit the text is written in under this profile ("元", "万元"). */
export function profileUnit(id: string): string {
  const p = profileById(id) ?? profileById(DEFAULT_PROFILE);
  return p ? UNIT_LABEL[p.conventions.amountUnit] : "";
}

/** A profile as the pane offers it: id, readable name, the amount unit its text is written in. */
export interface ProfileOption {
  id: ProfileId;
  name: string;
  unit: string;
}

/** The profiles offered (every region the narrative knows, in its order). */
export function profileOptions(): ProfileOption[] {
  return REGION_PROFILES.map((p) => ({ id: p.id, name: p.name, unit: profileUnit(p.id) }));
}

/** A stored id or older alias → the region's id; undefined when no profile answers to it. */
export function knownProfile(id: string): ProfileId | undefined {
  return profileById(id)?.id;
}

/** The narrative's choice for this workbook (names, region-only tables, closest table set). */
export function autoProfile(accounts: FinalAccounts): { profile: ProfileId; why: string } {
  const c = chooseProfile(accounts);
  return { profile: c.id, why: c.reason };
}

export function chooseRegion(accounts: FinalAccounts, chosen: string | undefined): RegionChoice {
  // An id no profile answers to (a hand-edited setting) counts as no choice.
  const known = chosen === undefined ? undefined : profileById(chosen);
  if (known) return { profile: known.id, automatic: false, why: "已手动选择" };
  const auto = autoProfile(accounts);
  return { profile: auto.profile, automatic: true, why: auto.why };
}
