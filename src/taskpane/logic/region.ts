/**
 * The publication style (发布口径) the text is written in: chosen automatically from the workbook,
 * shown, and changeable in one place before 生成.
 *
 * Interface to src/narrative: `PROFILE_IDS` and `isProfileId` are all the pane needs today. When the
 * narrative exports its own region chooser, `autoProfile` should call it instead of the rule below.
 */
import { PROFILE_IDS, type ProfileId, isProfileId } from "../../narrative";
import type { FinalAccounts } from "../../tables/model";

export interface RegionChoice {
  profile: ProfileId;
  /** True when the pane chose (the user has not). */
  automatic: boolean;
  /** Why, in the user's words: "报表单位为万元". */
  why: string;
}

/** Readable names; an id the list does not know is shown by the generic name, never raw. */
const NAMES: Record<string, string> = {
  "yuan-1dp": "北京区县（元，百分数一位小数）",
  "wanyuan-2dp": "中央部门（万元，百分数两位小数）",
  beijing: "北京（元，百分数一位小数）",
  central: "中央部门（万元，百分数两位小数）",
  shanghai: "上海",
};

export function profileName(id: string): string {
  return NAMES[id] ?? "其他口径";
}

/** The profiles offered (every id the narrative knows, in its order). */
export function profileOptions(): { id: ProfileId; name: string }[] {
  return PROFILE_IDS.map((id) => ({ id, name: profileName(id) }));
}

function firstKnown(ids: string[]): ProfileId {
  for (const id of ids) if (isProfileId(id)) return id;
  return PROFILE_IDS[0];
}

/** The workbook's tables in 万元 → the central style; otherwise the Beijing style (the reference text's). */
export function autoProfile(accounts: FinalAccounts): { profile: ProfileId; why: string } {
  const units = new Set(accounts.tables.map((t) => t.unit));
  if (units.size === 1 && units.has("wanYuan")) return { profile: firstKnown(["central", "wanyuan-2dp"]), why: "报表单位为万元" };
  return { profile: firstKnown(["beijing", "yuan-1dp"]), why: units.size === 0 ? "尚未识别到报表" : "报表单位为元" };
}

export function chooseRegion(accounts: FinalAccounts, chosen: ProfileId | undefined): RegionChoice {
  if (chosen) return { profile: chosen, automatic: false, why: "已手动选择" };
  const auto = autoProfile(accounts);
  return { profile: auto.profile, automatic: true, why: auto.why };
}
