/**
 * Profiles (发布口径) and settings. A profile is a named set of settings; every setting can be
 * overridden one by one (generateNarrative(accounts, { profile: "wanyuan-2dp", percentDecimals: 1 })).
 */
import type { Unit } from "../core";
import { ECONOMIC_DESCRIPTIONS } from "./templates/economic";
import { DEFAULT_TERMS, type Term } from "./templates/terms";

export type ProfileId = "yuan-1dp" | "wanyuan-2dp";

/** How a line is compared with its 年初预算: "比年初预算增加…，增长…%" or "完成年初预算的…%". */
export type BudgetStyle = "change" | "completion";

/** Lowest 功能分类 level explained line by line in 四（二）: 款 (Beijing) or 项 (central ministries). */
export type DetailLevel = "section" | "item";

export interface NarrativeSettings {
  profile: ProfileId;
  /** Unit of amounts in the text; tables in 元 or 万元 are converted exactly. */
  amountUnit: Unit;
  amountDecimals: number;
  percentDecimals: number;
  /** Percentages that round to a whole number are written bare ("347%", "0%"). */
  bareWhole: boolean;
  budgetStyle: BudgetStyle;
  detailLevel: DetailLevel;
  /** Overrides the year read from the tables. */
  year?: number;
  /** Overrides "2023年度" wherever the text names the year. */
  yearLabel?: string;
  /** Overrides the department name read from the tables. */
  department?: string;
  /** 七、专业名词解释: the definitions printed, in order. */
  terms: Term[];
  /** "包括…等支出" per 经济分类 类 code (301, 302 …). */
  economicDescriptions: Record<string, string>;
  /** Print the profile's charts (src/charts/profiles.ts); unset: the profile's default. */
  charts?: boolean;
}

export const PROFILES: Record<ProfileId, Omit<NarrativeSettings, "terms" | "economicDescriptions">> = {
  "yuan-1dp": {
    profile: "yuan-1dp",
    amountUnit: "yuan",
    amountDecimals: 2,
    percentDecimals: 1,
    bareWhole: true,
    budgetStyle: "change",
    detailLevel: "section",
  },
  "wanyuan-2dp": {
    profile: "wanyuan-2dp",
    amountUnit: "wanYuan",
    amountDecimals: 2,
    percentDecimals: 2,
    bareWhole: false,
    budgetStyle: "completion",
    detailLevel: "item",
  },
};

export const PROFILE_IDS = Object.keys(PROFILES) as ProfileId[];

export function isProfileId(s: string): s is ProfileId {
  return (PROFILE_IDS as string[]).includes(s);
}

/** The profile's settings with the caller's overrides on top. */
export function resolveSettings(overrides: Partial<NarrativeSettings> = {}): NarrativeSettings {
  const profileId: ProfileId = overrides.profile ?? "yuan-1dp";
  const base = PROFILES[profileId];
  if (!base) throw new RangeError(`未知的口径：${String(profileId)}`);
  const defined = Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined));
  return {
    ...base,
    terms: DEFAULT_TERMS,
    ...defined,
    economicDescriptions: { ...ECONOMIC_DESCRIPTIONS, ...(overrides.economicDescriptions ?? {}) },
  } as NarrativeSettings;
}
