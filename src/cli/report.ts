/** Chinese text and JSON for the check command's report. */
import { SPEC_BY_ID, type DetectedTable, type Finding } from "../tables";

export const SEVERITY_LABEL: Record<Finding["severity"], string> = { error: "错误", warning: "警告", info: "提示" };

const UNIT_TEXT: Record<DetectedTable["unit"], string> = { yuan: "元", wanYuan: "万元" };

const VARIANT_TEXT: Record<string, string> = {
  "split-codes": "科目编码分列",
  "merged-codes": "科目编码合并",
  vertical: "纵向排列",
  "two-block": "左右两栏",
  continued: "跨表续表",
  empty: "空表",
  horizontal: "横向排列",
  "line-numbers": "含行次",
  "budget-columns": "含预算数列",
  "code-with-name": "编码与名称同列",
  "computed-total": "合计由各项相加",
  "wan-yuan": "万元表",
  "mixed-units": "单位不一致",
};

export function variantText(v: string): string {
  return VARIANT_TEXT[v] ?? v;
}

export function countBySeverity(findings: readonly Finding[]): Record<Finding["severity"], number> {
  const n = { error: 0, warning: 0, info: 0 };
  for (const f of findings) n[f.severity]++;
  return n;
}

export function tablesText(tables: readonly DetectedTable[]): string[] {
  const lines = [`识别到 ${tables.length} 张表：`];
  tables.forEach((t, i) => {
    const parts = t.parts.length > 1 ? `（共 ${t.parts.length} 部分）` : "";
    const variants = t.variants.length > 0 ? `  版式：${t.variants.map(variantText).join("、")}` : "";
    // The standard name, not the printed title ("2023年度收入支出决算总表" lists as 收入支出决算总表).
    lines.push(`  ${i + 1}. ${SPEC_BY_ID[t.id].name}  工作表「${t.sheet}」${t.range}${parts}  单位：${UNIT_TEXT[t.unit]}${variants}`);
  });
  return lines;
}

export function findingsText(findings: readonly Finding[]): string[] {
  const n = countBySeverity(findings);
  const lines = [`检查结果：错误 ${n.error} 项，警告 ${n.warning} 项，提示 ${n.info} 项`];
  if (findings.length === 0) lines.push("  各项勾稽关系均一致。");
  for (const f of findings) lines.push(`  [${SEVERITY_LABEL[f.severity]}] ${f.rule}  ${f.message}`);
  return lines;
}

/** The JSON shape of one checked workbook. */
export function reportJson(tables: readonly DetectedTable[], findings: readonly Finding[]) {
  return {
    tables: tables.map((t) => ({
      id: t.id,
      title: t.title,
      sheet: t.sheet,
      range: t.range,
      unit: t.unit,
      variants: t.variants,
      parts: t.parts,
    })),
    findings: findings.map(findingJson),
  };
}

/** The JSON shape of one finding (a proofreader's finding adds its place in the text). */
export function findingJson(f: Finding) {
  return {
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    cells: f.cells,
    expected: f.expected ?? null,
    actual: f.actual ?? null,
  };
}
