/**
 * Checks a region profile before use (its tests call this): known section kinds, the template
 * families they read, a table set, eleven-or-so terms, detection patterns and sane conventions.
 * Returns the problems in Chinese; an empty list means the profile is usable.
 */
import { SECTION_KINDS, familiesOf, type SectionKind } from "../sections/library";
import type { RegionProfile } from "./types";

export function validateProfile(p: RegionProfile, others: readonly RegionProfile[] = []): string[] {
  const problems: string[] = [];
  if (!/^[a-z][a-z0-9-]*$/.test(p.id)) problems.push(`口径编号“${p.id}”应为小写字母、数字和连字符`);
  for (const o of others) {
    if (o === p) continue;
    if (o.id === p.id || o.aliases.includes(p.id)) problems.push(`口径编号“${p.id}”与“${o.id}”重复`);
    for (const a of p.aliases)
      if (o.id === a || o.aliases.includes(a)) problems.push(`别名“${a}”与“${o.id}”重复`);
  }
  if (p.sections.length === 0) problems.push("没有章节");
  for (const s of p.sections) {
    if (!(s.kind in SECTION_KINDS)) {
      problems.push(`未知的章节类型“${s.kind}”`);
      continue;
    }
    for (const f of familiesOf(s.kind as SectionKind))
      if (!p.templates[f]) problems.push(`章节“${s.kind}”需要模板“${f}”`);
  }
  if (p.tables.length === 0) problems.push("没有表样（tables）");
  if (p.terms.length === 0) problems.push("没有名词解释");
  if (p.detect.names.length === 0) problems.push("没有用于自动识别的名称（detect.names）");
  const c = p.conventions;
  if (!Number.isInteger(c.amountDecimals) || c.amountDecimals < 0 || c.amountDecimals > 4)
    problems.push(`金额小数位数 ${c.amountDecimals} 不合理`);
  if (!Number.isInteger(c.percentDecimals) || c.percentDecimals < 0 || c.percentDecimals > 4)
    problems.push(`百分比小数位数 ${c.percentDecimals} 不合理`);
  if (!c.zeroAmount.includes("{unit}")) problems.push("零金额写法（zeroAmount）应含“{unit}”");
  return problems;
}
