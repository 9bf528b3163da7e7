/**
 * `juesuan check <workbook.xlsx|folder> [--text narrative.txt|.docx] [--profile p] [--json]`: tables found
 * and findings, in Chinese; with --text also the proofreader's findings on the narrative (校对).
 */
import { stat } from "node:fs/promises";
import { basename } from "node:path";
import { type CliIO, type Command, EXIT, UsageError, oneOf, parseCommandArgs } from "./command";
import { listWorkbooks, skippedReasons } from "./files";
import { CHECK, CHECK_HELP } from "./help";
import type { LoadedWorkbook } from "./load";
import { type PriorChoice, loadWithPrior, priorChoice, unpairedReport } from "./prior";
import { PRIOR_OPTIONS, type PriorOptions, priorOptionsOf } from "./prior-args";
import { WorkbookReadError } from "./read-xlsx";
import { SEVERITY_LABEL, countBySeverity, findingJson, findingsText, reportJson, tablesText } from "./report";
import type { ProofFinding } from "../proofread";
import { PROFILES as REGION_SETTINGS, profileById } from "../narrative";


type FileResult = { file: string; loaded: LoadedWorkbook } | { file: string; error: string };

async function checkOne(path: string, prior: PriorChoice = null): Promise<FileResult> {
  try {
    return { file: path, loaded: await loadWithPrior(path, prior) };
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

/** Every region id and alias of the narrative (beijing, central, shanghai, yuan-1dp, wanyuan-2dp). */
const PROFILES = Object.keys(REGION_SETTINGS);

/**
 * What the proofreader is told for --profile: it knows the older ids, so a region is checked as its
 * alias (beijing as yuan-1dp), and a region without one (shanghai) with its number conventions, the
 * separators being read from the text.
 */
export function proofSettingsFor(profile: string | null) {
  if (profile === null) return {};
  const alias = profileById(profile)?.aliases[0];
  return alias ? { profile: alias } : { ...REGION_SETTINGS[profile], profile };
}

interface CheckOptions {
  positional: string[];
  json: boolean;
  help: boolean;
  text: string | null;
  profile: (typeof PROFILES)[number] | null;
  prior: PriorOptions;
}

const CHECK_OPTIONS = {
  text: { type: "string" },
  profile: { type: "string" },
  json: { type: "boolean" },
  ...PRIOR_OPTIONS,
  help: { type: "boolean", short: "h" },
} as const;

export function parseCheckArgs(args: string[]): CheckOptions {
  const { positional, values } = parseCommandArgs(args, CHECK_OPTIONS);
  const profile = oneOf(values.profile, PROFILES, "--profile") ?? null;
  if (profile !== null && values.text === undefined) throw new UsageError("--profile 只能与 --text 一起使用");
  return { positional, json: values.json, help: values.help, text: values.text ?? null, profile, prior: priorOptionsOf(values) };
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
async function checkWithText(target: string, textFile: string, profile: string | null, json: boolean, io: CliIO, prior: PriorChoice): Promise<number> {
  // Loaded on demand: plain `check` does not pay for the proofreader or jszip.
  const { readNarrativeTextOrReport } = await import("./read-text");
  const { proofreadText, resolveProofSettings } = await import("../proofread");
  const text = await readNarrativeTextOrReport(textFile, io);
  if (text === null) return EXIT.usage;
  const r = await checkOne(target, prior);
  if ("error" in r) {
    io.stderr(`${r.error}\n`);
    return EXIT.usage;
  }
  const settings = proofSettingsFor(profile);
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
    io.stdout(`${CHECK_HELP}\n`);
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
  const prior = await priorChoice(opts.prior, info?.isDirectory() === true);
  if (opts.text !== null) {
    if (info?.isDirectory()) throw new UsageError("--text 只能与单个工作簿一起使用，不能用于文件夹");
    return checkWithText(target, opts.text, opts.profile, json, io, prior);
  }
  if (!info?.isDirectory()) {
    const r = await checkOne(target, prior);
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
    const r = await checkOne(file, prior);
    results.push(r);
    progress(io, i + 1, files.length, file);
    if (!json) io.stdout(`${textReport(r).join("\n")}\n\n`);
  }
  for (const line of unpairedReport(prior)) io.stderr(`${line}\n`);
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

export const checkCommand: Command = { ...CHECK, help: CHECK_HELP, run };
