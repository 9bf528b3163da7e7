/**
 * Settings: a region profile's conventions (src/narrative/profiles/) with per-setting overrides on
 * top (generateNarrative(accounts, { profile: "central", percentDecimals: 1 })).
 */
import type { Unit } from "../core";
import { ECONOMIC_DESCRIPTIONS } from "./templates/economic";
import type { Term } from "./templates/terms";
import { type BudgetStyle, type DetailLevel, type RegionProfile } from "./profiles/types";
import { PROFILE_ALIASES, REGION_PROFILES, profileById } from "./profiles/registry";

export type { BudgetStyle, DetailLevel } from "./profiles/types";

/** A region id ("beijing", "central", "shanghai") or an older alias ("yuan-1dp", "wanyuan-2dp"). */
export type ProfileId = string;

export interface NarrativeSettings {
  /** The profile asked for, as given (an alias stays an alias). */
  profile: ProfileId;
  /** The region profile it resolves to. */
  region: string;
  /** Unit of amounts in the text; tables in 元 or 万元 are converted exactly. */
  amountUnit: Unit;
  amountDecimals: number;
  /** Thousands separators in running text. */
  thousands: boolean;
  percentDecimals: number;
  /** Percentages that round to a whole number are written bare ("347%", "0%"). */
  bareWhole: boolean;
  /** An exact zero amount ("0{unit}"). */
  zeroAmount: string;
  /** A percentage that rounds to zero ("0%"), or null for the usual decimals. */
  zeroPercent: string | null;
  budgetStyle: BudgetStyle;
  detailLevel: DetailLevel;
  /** 不涉及的不列: zero kinds are left out of lists. */
  omitZeroKinds: boolean;
  /** Overrides the year read from the tables. */
  year?: number;
  /** Overrides "2023年度" wherever the text names the year. */
  yearLabel?: string;
  /** Overrides the department name read from the tables. */
  department?: string;
  /** 名词解释: the definitions printed, in order. */
  terms: Term[];
  /** "包括…等支出" per 经济分类 类 code (301, 302 …). */
  economicDescriptions: Record<string, string>;
  /** Print the profile's charts (src/charts/profiles.ts); unset: the profile's default. */
  charts?: boolean;
}

type BaseSettings = Omit<NarrativeSettings, "terms" | "economicDescriptions">;

function baseOf(p: RegionProfile, asked: string): BaseSettings {
  const c = p.conventions;
  return {
    profile: asked,
    region: p.id,
    amountUnit: c.amountUnit,
    amountDecimals: c.amountDecimals,
    thousands: c.thousands,
    percentDecimals: c.percentDecimals,
    bareWhole: c.bareWhole,
    zeroAmount: c.zeroAmount,
    zeroPercent: c.zeroPercent,
    budgetStyle: c.budgetStyle,
    detailLevel: c.detailLevel,
    omitZeroKinds: c.omitZeroKinds,
  };
}

/** Every accepted id (regions and aliases) → its base settings. */
export const PROFILES: Record<ProfileId, BaseSettings> = Object.fromEntries([
  ...REGION_PROFILES.map((p) => [p.id, baseOf(p, p.id)]),
  ...Object.entries(PROFILE_ALIASES).map(([alias, id]) => [alias, baseOf(profileById(id)!, alias)]),
]);

/** The ids offered to the user: the regions (aliases keep working but are not listed). */
export const PROFILE_IDS: ProfileId[] = REGION_PROFILES.map((p) => p.id);

export function isProfileId(s: string): s is ProfileId {
  return s in PROFILES;
}

/** The default when nothing is asked and nothing is detected. */
export const DEFAULT_PROFILE = "beijing";

/**
 * The profile's settings with the caller's overrides on top. `profile` may be given as data (a region
 * not in the registry yet, e.g. while writing its tests); otherwise it is looked up by id or alias.
 */
export function resolveSettings(
  overrides: Partial<NarrativeSettings> = {},
  profile?: RegionProfile,
): NarrativeSettings {
  const asked: ProfileId = overrides.profile ?? profile?.id ?? DEFAULT_PROFILE;
  const base = profile ? baseOf(profile, asked) : PROFILES[asked];
  if (!base) throw new RangeError(`未知的口径：${String(asked)}`);
  profile ??= profileById(base.region)!;
  const defined = Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined));
  return {
    ...base,
    terms: profile.terms,
    ...defined,
    region: base.region,
    economicDescriptions: { ...ECONOMIC_DESCRIPTIONS, ...(overrides.economicDescriptions ?? {}) },
  } as NarrativeSettings;
}
