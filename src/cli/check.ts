/** `juesuan check <workbook.xlsx|folder> [--json]`: tables found and findings, in Chinese. */
import { readdir, stat } from "node:fs/promises";
import { basename, join } from "node:path";
import { type CliIO, type Command, EXIT, UsageError, parseArgs } from "./command";
import { type LoadedWorkbook, loadWorkbook } from "./load";
import { WorkbookReadError } from "./read-xlsx";
import { countBySeverity, findingsText, reportJson, tablesText } from "./report";

const HELP = `用法：juesuan check <工作簿.xlsx | 文件夹> [--json]

读取部门决算公开表，识别各张表并检查表内、表间勾稽关系。

参数：
  <工作簿.xlsx>   要检查的 .xlsx 文件（旧版 .xls 请先在 Excel 中另存为 .xlsx）
  <文件夹>        检查文件夹中的每个 .xlsx 文件（不含子文件夹），最后给出汇总

选项：
  --json          以 JSON 输出：{ tables: [...], findings: [{ rule, severity, message, cells, expected, actual }] }；
                  文件夹则输出 { files: [{ file, tables, findings } 或 { file, error }], summary }
  -h, --help      显示本帮助

退出码：0 没有错误；1 发现错误（error 级）；2 用法错误或文件无法读取`;

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

async function listWorkbooks(folder: string): Promise<string[]> {
  const names = await readdir(folder);
  return names
    .filter((n) => /\.xlsx$/i.test(n) && !n.startsWith("~$") && !n.startsWith("."))
    .sort()
    .map((n) => join(folder, n));
}

async function run(args: string[], io: CliIO): Promise<number> {
  const { positional, flags } = parseArgs(args, ["--json", "--help", "-h"]);
  if (flags.has("--help") || flags.has("-h")) {
    io.stdout(`${HELP}\n`);
    return EXIT.ok;
  }
  if (positional.length !== 1) {
    throw new UsageError(positional.length === 0 ? "请指定要检查的工作簿或文件夹" : "只能指定一个工作簿或文件夹");
  }
  const json = flags.has("--json");
  const target = positional[0];
  const info = await stat(target).catch(() => null);

  if (!info?.isDirectory()) {
    const r = await checkOne(target);
    if ("error" in r) {
      io.stderr(`${r.error}\n`);
      return EXIT.usage;
    }
    io.stdout(json ? `${JSON.stringify(reportJson(r.loaded.accounts.tables, r.loaded.findings), null, 2)}\n` : `${textReport(r).join("\n")}\n`);
    return exitCodeOf([r]);
  }

  const files = await listWorkbooks(target);
  if (files.length === 0) {
    io.stderr(`文件夹 ${target} 中没有 .xlsx 文件\n`);
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
  const summary = { files: files.length, withErrors, unreadable, ok: files.length - withErrors - unreadable };
  if (json) {
    io.stdout(`${JSON.stringify({ files: results.map(jsonOf), summary }, null, 2)}\n`);
  } else {
    io.stdout(
      `汇总：共检查 ${summary.files} 个文件，${summary.ok} 个无错误，${summary.withErrors} 个有错误，${summary.unreadable} 个无法读取\n`,
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
