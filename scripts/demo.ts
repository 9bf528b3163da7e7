/**
 * Demo: reads examples/mentougou-kexin-2023.xlsx with last year's tables (examples/mentougou-kexin-2022.xlsx),
 * runs the checks, chooses the region profile from the workbook, generates the 决算说明, prints it, writes
 * out/决算说明.docx and out/决算说明.html, and summarises findings and warnings in Chinese.
 * Run with `npm run demo` (node --import tsx scripts/demo.ts [workbook.xlsx] [outDir] [last-year.xlsx]).
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { rasterizeSvgNode } from "../src/cli/chart-png";
import { loadWithPrior } from "../src/cli/prior";
import { chooseProfile, generateNarrative } from "../src/narrative";
import type { Narrative } from "../src/narrative/model";
import { renderDocx, renderHtml, renderText } from "../src/render";
import type { Finding } from "../src/tables";

const SEVERITY_LABEL: Record<Finding["severity"], string> = { error: "错误", warning: "警告", info: "提示" };

function findingsSummary(findings: readonly Finding[]): string[] {
  const count = (s: Finding["severity"]) => findings.filter((f) => f.severity === s).length;
  const lines = [
    `检查结果：共 ${findings.length} 条（错误 ${count("error")} 条，警告 ${count("warning")} 条，提示 ${count("info")} 条）`,
  ];
  for (const f of findings) {
    const where = f.cells.length > 0 ? `（${f.cells.join("、")}）` : "";
    lines.push(`  [${SEVERITY_LABEL[f.severity]}] ${f.message}${where}`);
  }
  return lines;
}

function warningsSummary(n: Narrative): string[] {
  const gaps = n.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.runs.filter((r) => r.kind === "gap")));
  const lines = [`生成提示：共 ${n.warnings.length} 条；正文中待填写 ${gaps.length} 处（以【待填写】标出）`];
  const byCode = new Map<string, number>();
  for (const w of n.warnings) byCode.set(w.code, (byCode.get(w.code) ?? 0) + 1);
  for (const [code, k] of byCode) lines.push(`  ${code}：${k} 条`);
  for (const w of n.warnings.slice(0, 20)) lines.push(`  - ${w.message}`);
  if (n.warnings.length > 20) lines.push(`  …… 另有 ${n.warnings.length - 20} 条`);
  return lines;
}

async function main(): Promise<void> {
  const workbook = resolve(process.argv[2] ?? "examples/mentougou-kexin-2023.xlsx");
  const outDir = resolve(process.argv[3] ?? "out");
  // The bundled sample comes with last year's tables; another workbook may name its own.
  const lastYear = process.argv[4] ?? (process.argv[2] ? null : "examples/mentougou-kexin-2022.xlsx");

  // Reading (with last year's tables, or prior-year sheets in the same workbook), then every check.
  const { accounts, findings } = await loadWithPrior(
    workbook,
    lastYear && existsSync(lastYear) ? { file: lastYear } : null,
  );
  const region = chooseProfile(accounts);
  const narrative = generateNarrative(accounts, { profile: region.id });

  process.stdout.write(renderText(narrative));

  mkdirSync(outDir, { recursive: true });
  const docxPath = join(outDir, "决算说明.docx");
  const htmlPath = join(outDir, "决算说明.html");
  const rasterize = narrative.charts?.length ? rasterizeSvgNode : undefined;
  writeFileSync(docxPath, await renderDocx(narrative, { rasterize }));
  writeFileSync(htmlPath, renderHtml(narrative, { standalone: true }), "utf8");

  const summary = [
    "",
    "——————————",
    `工作簿：${workbook}${lastYear ? `（上年决算表：${lastYear}）` : ""}`,
    `口径：${region.name}（${region.reason}）`,
    ...findingsSummary(findings),
    ...warningsSummary(narrative),
    `已写出：${docxPath}`,
    `已写出：${htmlPath}`,
    "",
    "其他示例：npm run demo -- examples/central-sample.xlsx out/central",
    "          npm run demo -- examples/shanghai-putuo-caizhengju-2024.xlsx out/shanghai",
    "命令行：npx juesuan narrate <工作簿.xlsx> --format docx --out 说明.docx [--prior 上年.xlsx] [--charts on]",
  ];
  process.stdout.write(`${summary.join("\n")}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`演示失败：${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
