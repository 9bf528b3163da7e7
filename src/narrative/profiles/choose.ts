/**
 * Chooses the region profile from what the workbook says: the department and table titles first
 * (a profile's `detect.names`), then tables only one region prints, then the closest table set.
 * The reason is a Chinese sentence for the user (CLI stderr, the pane); never part of the document.
 */
import type { FinalAccounts, TableId } from "../../tables/model";
import { REGION_PROFILES } from "./registry";
import type { RegionProfile } from "./types";

export interface ProfileChoice {
  id: string;
  name: string;
  reason: string;
}

const TABLE_LABELS: Partial<Record<TableId, string>> = {
  procurementTable: "政府采购情况表",
  purchasedServicesTable: "政府购买服务决算公开情况表",
  projectExpenditureByEconomic: "一般公共预算财政拨款项目支出决算表",
  governmentFundBasicExpenditure: "政府性基金预算财政拨款基本支出决算表",
};

function nameMatch(p: RegionProfile, accounts: FinalAccounts): string | null {
  const dept = accounts.department ?? "";
  if (dept && p.detect.names.some((re) => re.test(dept)))
    return `部门名称“${dept}”表明为${p.detect.nameLabel}`;
  const title = accounts.tables.map((t) => t.title).find((t) => p.detect.names.some((re) => re.test(t)));
  return title ? `表格标题“${title}”表明为${p.detect.nameLabel}` : null;
}

export function chooseProfile(
  accounts: FinalAccounts,
  profiles: readonly RegionProfile[] = REGION_PROFILES,
): ProfileChoice {
  const pick = (p: RegionProfile, reason: string): ProfileChoice => ({ id: p.id, name: p.name, reason });
  const byName = profiles
    .map((p) => ({ p, why: nameMatch(p, accounts) }))
    .filter((x): x is { p: RegionProfile; why: string } => x.why !== null)
    .sort((a, b) => b.p.priority - a.p.priority);
  if (byName.length > 0) return pick(byName[0].p, byName[0].why);

  const byTitle = [...profiles]
    .sort((a, b) => b.priority - a.priority)
    .map((p) => ({ p, t: accounts.tables.find((t) => p.detect.titles?.some((re) => re.test(t.title))) }))
    .find((x) => x.t);
  if (byTitle?.t) return pick(byTitle.p, `表格标题“${byTitle.t.title}”是${byTitle.p.name}表样的写法`);

  const present = new Set(accounts.tables.map((t) => t.id));
  for (const p of profiles) {
    const own = (p.detect.tablesPresent ?? []).filter((t) => present.has(t));
    if (own.length > 0)
      return pick(p, `工作簿含有${p.name}表样才有的${own.map((t) => TABLE_LABELS[t] ?? t).join("、")}`);
  }
  if (present.size > 0) {
    let best = profiles[0];
    let bestScore = -1;
    for (const p of profiles) {
      const set = new Set(p.tables);
      const common = [...present].filter((t) => set.has(t)).length;
      const score = common / (set.size + present.size - common);
      if (score > bestScore) {
        best = p;
        bestScore = score;
      }
    }
    return pick(best, `未发现地区名称；识别到的${present.size}张表与${best.name}的表样最接近`);
  }
  const fallback = [...profiles].sort((a, b) => a.priority - b.priority)[0];
  return pick(fallback, `未识别到任何公开表，按默认口径${fallback.name}`);
}
