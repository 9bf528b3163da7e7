/**
 * The known region profiles. A new region is one more data file in this folder and one entry here;
 * the engine needs no change (docs/narrative.md, "新增一个地区").
 */
import { BEIJING } from "./beijing";
import { CENTRAL } from "./central";
import { SHANGHAI_PROFILE } from "./shanghai";
import type { Conventions, RegionProfile } from "./types";

export const REGION_PROFILES: readonly RegionProfile[] = [BEIJING, CENTRAL, SHANGHAI_PROFILE];

/** Older profile ids → region ids. */
export const PROFILE_ALIASES: Record<string, string> = Object.fromEntries(
  REGION_PROFILES.flatMap((p) => p.aliases.map((a) => [a, p.id])),
);

/** A region profile by its id or alias. */
export function profileById(id: string): RegionProfile | undefined {
  const canonical = PROFILE_ALIASES[id] ?? id;
  return REGION_PROFILES.find((p) => p.id === canonical);
}

/** The writing conventions of a profile (for the proofreader): unit, decimals, zero form, wording. */
export function profileConventions(id: string): Conventions {
  const p = profileById(id);
  if (!p) throw new RangeError(`未知的口径：${id}`);
  return p.conventions;
}
