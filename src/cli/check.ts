/**
 * `juesuan check <workbook.xlsx|folder> [--text narrative.txt|.docx] [--profile p] [--json]`: tables found
 * and findings, in Chinese; with --text also the proofreader's findings on the narrative (校对).
 */
import { stat } from "node:fs/promises";
import { basename } from "node:path";
import { type CliIO, type Command, EXIT, UsageError, oneOf, parseCommandArgs } from "./command";
import { listWorkbooks, skippedReasons } from "./files";
import { type LoadedWorkbook, loadWorkbook } from "./load";
import { WorkbookReadError } from "./read-xlsx";
import { SEVERITY_LABEL, countBySeverity, findingJson, findingsText, reportJson, tablesText } from "./report";
import type { ProofFinding } from "../proofread";

const HELP = `用法：juesuan check <工作簿.xlsx | 文件夹> [--json] [--text 说明.txt|说明.docx [--profile 口径]]
读取部门决算公开表，识别各张表并检查表内、表间勾稽关系；指定 --text 时还用报表逐个核对说明文字中的数字（校对）。

参数：
  <工作簿.xlsx>   要检查的 .xlsx 文件（旧版 .xls 请先在 Excel 中另存为 .xlsx）
  <文件夹>        检查文件夹中的每个 .xlsx 文件（不含子文件夹），最后给出汇总

选项：
  --text 文件     校对该决算说明：.txt（UTF-8 编码）或 .docx（Word）；只能与单个工作簿一起使用；
                  不指定工作簿时只用文字自身核对（合计与分项、按文中金额重算的比例、前后不一的数字等）
  --profile 口径  校对时按该口径检查数字写法：yuan-1dp（元，百分数一位小数）或 wanyuan-2dp（万元，
                  百分数两位小数）；不指定时按文字中元与万元哪种金额多来判断
  --json          以 JSON 输出：{ tables: [...], findings: [{ rule, severity, message, cells, expected, actual }] }；
                  校对发现的问题也列在 findings 中（rule 以 proof. 开头），另有 sentence（所在句子）、
                  excerpt（出错的原文）、offset/length（在全文中的位置），并附 proofread: { file, profile, counts }；
                  文件夹则输出 { files: [{ file, tables, findings } 或 { file, error }], summary }
  -h, --help      显示本帮助

退出码：0 没有错误；1 发现错误（表格或说明文字中的 error 级问题）；2 用法错误或文件无法读取
文件夹中跳过的文件（旧版 .xls、Excel 临时文件等）逐个说明原因，并计入汇总`;

type FileResult = { file: string; loaded: LoadedWorkbook } | { file: string; error: string };

async function checkOne(path: string): Promise<FileResult> {
  try {
    return { file: path, loaded: await loadWorkbook(path) };
  } catch (e) {
    if (e instanceof WorkbookReadError) return { file: path, error: e.message };
    throw e;
  }
}

function exitCodeOf(results: readonly FileResult[]): number {
  if (results.some((r) => "error" in r)) return EXIT.usage;
  const errors = results.some((r) => "loaded" in r && r.loaded.findings.some((f) => f.severity === "error"));
  return errors ? EXIT.findings : EXIT.ok;
}

function textReport(r: FileResult): string[] {
  if ("error" in r) return [`${r.file}`, `  无法读取：${r.error}`];
  return [r.file, ...tablesText(r.loaded.accounts.tables), ...findingsText(r.loaded.findings)];
}

function jsonOf(r: FileResult) {
  if ("error" in r) return { file: r.file, error: r.error };
  return { file: r.file, ...reportJson(r.loaded.accounts.tables, r.loaded.findings) };
}

/** Progress on stderr: a redrawn bar on a terminal, otherwise one line per file. */
function progress(io: CliIO, done: number, total: number, file: string): void {
  if (io.stderrIsTTY) {
    const width = 24;
    const filled = Math.round((done / total) * width);
    const bar = "█".repeat(filled) + "░".repeat(width - filled);
    io.stderr(`\r${bar} ${done}/${total} ${basename(file)}\x1b[K`);
    if (done === total) io.stderr("\n");
  } else {
    io.stderr(`[${done}/${total}] ${file}\n`);
  }
}

const PROFILES = ["yuan-1dp", "wanyuan-2dp"] as const;

interface CheckOptions {
  positional: string[];
  json: boolean;
  help: boolean;
  text: string | null;
  profile: (typeof PROFILES)[number] | null;
}

const CHECK_OPTIONS = {
  text: { type: "string" },
  profile: { type: "string" },
  json: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

export function parseCheckArgs(args: string[]): CheckOptions {
  const { positional, values } = parseCommandArgs(args, CHECK_OPTIONS);
  const profile = oneOf(values.profile, PROFILES, "--profile") ?? null;
  if (profile !== null && values.text === undefined) throw new UsageError("--profile 只能与 --text 一起使用");
  return { positional, json: values.json, help: values.help, text: values.text ?? null, profile };
}

/** Whether a text has any digit to check (an empty text or plain words have none). */
export function hasNumbers(text: string): boolean {
  return /[0-9０-９]/.test(text);
}

/** Line (1-based) of a character offset, for the text report. */
function lineOf(text: string, offset: number): number {
  let n = 1;
  for (let i = text.indexOf("\n"); i >= 0 && i < offset; i = text.indexOf("\n", i + 1)) n++;
  return n;
}

/** The sentence with the excerpt marked 〖like this〗 (the excerpt is located within the sentence). */
function markedSentence(f: ProofFinding, text: string): string {
  const s = f.sentence;
  const start = text.indexOf(s, Math.max(0, f.offset - s.length));
  const at = start >= 0 && start <= f.offset && f.offset + f.length <= start + s.length ? f.offset - start : s.indexOf(f.excerpt);
  if (at < 0 || f.length === 0) return s;
  return `${s.slice(0, at)}〖${s.slice(at, at + f.length)}〗${s.slice(at + f.length)}`;
}

export function proofText(file: string, profile: string, text: string, findings: readonly ProofFinding[]): string[] {
  const n = countBySeverity(findings);
  const lines = [`校对 ${file}（口径 ${profile}）：错误 ${n.error} 项，警告 ${n.warning} 项，提示 ${n.info} 项`];
  if (findings.length === 0) lines.push(hasNumbers(text) ? "  说明中的数字与报表一致。" : "  文中没有可核对的数字。");
  for (const f of findings) {
    lines.push(`  [${SEVERITY_LABEL[f.severity]}] ${f.rule}  第 ${lineOf(text, f.offset)} 行  原文：“${f.excerpt}”`);
    lines.push(`    ${f.message}`);
    const values = [f.expected !== undefined ? `应为：${f.expected}` : "", f.actual !== undefined ? `文中：${f.actual}` : ""];
    if (values.some(Boolean)) lines.push(`    ${values.filter(Boolean).join("  ")}`);
    if (f.cells.length > 0) lines.push(`    单元格：${f.cells.join("、")}`);
    lines.push(`    句子：${markedSentence(f, text)}`);
  }
  return lines;
}

export function proofJson(findings: readonly ProofFinding[]) {
  return findings.map((f) => ({
    ...findingJson(f),
    sentence: f.sentence,
    excerpt: f.excerpt,
    offset: f.offset,
    length: f.length,
    ...(f.places && { places: f.places }),
  }));
}

/** One workbook checked and one narrative proofread against it. */
async function checkWithText(target: string, textFile: string, profile: string | null, json: boolean, io: CliIO): Promise<number> {
  // Loaded on demand: plain `check` does not pay for the proofreader or jszip.
  const { readNarrativeText, TextReadError } = await import("./read-text");
  const { proofreadText, resolveProofSettings } = await import("../proofread");
  let text: string;
  try {
    text = await readNarrativeText(textFile);
  } catch (e) {
    if (e instanceof TextReadError) {
      io.stderr(`${e.message}\n`);
      return EXIT.usage;
    }
    throw e;
  }
  const r = await checkOne(target);
  if ("error" in r) {
    io.stderr(`${r.error}\n`);
    return EXIT.usage;
  }
  const settings = profile ? { profile } : {};
  const resolved = resolveProofSettings(text, settings);
  const proof = proofreadText(text, r.loaded.accounts, settings);
  const { accounts, findings } = r.loaded;
  if (json) {
    const base = reportJson(accounts.tables, findings);
    const out = {
      ...base,
      findings: [...base.findings, ...proofJson(proof)],
      proofread: { file: textFile, profile: resolved.profile, counts: countBySeverity(proof) },
    };
    io.stdout(`${JSON.stringify(out, null, 2)}\n`);
  } else {
    const lines = [target, ...tablesText(accounts.tables), ...findingsText(findings), "", ...proofText(textFile, resolved.profile, text, proof)];
    io.stdout(`${lines.join("\n")}\n`);
  }
  const errors = findings.some((f) => f.severity === "error") || proof.some((f) => f.severity === "error");
  return errors ? EXIT.findings : EXIT.ok;
}

async function run(args: string[], io: CliIO): Promise<number> {
  const opts = parseCheckArgs(args);
  if (opts.help) {
    io.stdout(`${HELP}\n`);
    return EXIT.ok;
  }
  const { positional, json } = opts;
  if (positional.length === 0 && opts.text !== null) {
    const { checkTextOnly } = await import("./check-text-only");
    return checkTextOnly(opts.text, opts.profile, json, io);
  }
  if (positional.length !== 1) {
    throw new UsageError(positional.length === 0 ? "请指定要检查的工作簿或文件夹" : "只能指定一个工作簿或文件夹");
  }
  const target = positional[0];
  const info = await stat(target).catch(() => null);
  if (opts.text !== null) {
    if (info?.isDirectory()) throw new UsageError("--text 只能与单个工作簿一起使用，不能用于文件夹");
    return checkWithText(target, opts.text, opts.profile, json, io);
  }
  if (!info?.isDirectory()) {
    const r = await checkOne(target);
    if ("error" in r) {
      io.stderr(`${r.error}\n`);
      return EXIT.usage;
    }
    io.stdout(json ? `${JSON.stringify(reportJson(r.loaded.accounts.tables, r.loaded.findings), null, 2)}\n` : `${textReport(r).join("\n")}\n`);
    return exitCodeOf([r]);
  }
  const { workbooks: files, skipped } = await listWorkbooks(target);
  for (const sk of skipped) io.stderr(`已跳过 ${sk.file}：${sk.reason}\n`);
  if (files.length === 0) {
    io.stderr(`文件夹 ${target} 中没有 .xlsx 文件${skipped.length > 0 ? `（跳过 ${skipped.length} 个其他格式的文件）` : ""}\n`);
    return EXIT.usage;
  }
  const results: FileResult[] = [];
  for (const [i, file] of files.entries()) {
    const r = await checkOne(file);
    results.push(r);
    progress(io, i + 1, files.length, file);
    if (!json) io.stdout(`${textReport(r).join("\n")}\n\n`);
  }
  const unreadable = results.filter((r) => "error" in r).length;
  const withErrors = results.filter((r) => "loaded" in r && countBySeverity(r.loaded.findings).error > 0).length;
  const summary = {
    files: files.length,
    withErrors,
    unreadable,
    ok: files.length - withErrors - unreadable,
    skipped: skipped.length,
  };
  if (json) {
    io.stdout(`${JSON.stringify({ files: results.map(jsonOf), skipped, summary }, null, 2)}\n`);
  } else {
    const skippedText = skipped.length > 0 ? `；另跳过 ${skipped.length} 个文件（${skippedReasons(skipped)}）` : "";
    io.stdout(
      `汇总：共检查 ${summary.files} 个文件，${summary.ok} 个无错误，${summary.withErrors} 个有错误，${summary.unreadable} 个无法读取${skippedText}\n`,
    );
  }
  return exitCodeOf(results);
}

export const checkCommand: Command = {
  name: "check",
  summary: "识别决算公开表并检查勾稽关系",
  help: HELP,
  run,
};
