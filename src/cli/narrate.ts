/**
 * `juesuan narrate <workbook.xlsx|folder> [--profile yuan-1dp|wanyuan-2dp] [--format text|html|docx|json] [--out FILE]`
 * Reads the 公开表 and the 补充信息 sheet, checks them and writes the 决算说明.
 */
import { stat } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import type { Narrative } from "../narrative/model";
import type { Finding } from "../tables/model";
import { type CliIO, type Command, EXIT, UsageError, oneOf, parseCommandArgs } from "./command";
import { listWorkbooks, skippedReasons } from "./files";
import { NARRATE, NARRATE_HELP } from "./help";
import { OutputWriteError, inputGuard, makeFolder, refuseInputAsOutput, refuseOtherType, writeOutput } from "./output";
import type { PriorChoice } from "./prior";
import { PRIOR_OPTIONS, type PriorOptions, priorOptionsOf } from "./prior-args";

/** Region profiles and their older aliases (src/narrative/profiles); "auto" chooses from the workbook. */
const PROFILES = ["auto", "beijing", "central", "shanghai", "yuan-1dp", "wanyuan-2dp"] as const;
const FORMATS = ["text", "html", "docx", "json"] as const;
type Format = (typeof FORMATS)[number];
type Profile = (typeof PROFILES)[number];

const EXTENSION: Record<Format, string> = { text: ".txt", html: ".html", docx: ".docx", json: ".json" };


interface Options {
  target: string;
  profile: Profile;
  format: Format;
  out: string | null;
  /** Overrides the year read from the table titles. */
  year: number | null;
  /** --charts on|off; absent: the profile's default. */
  charts?: boolean;
  /** Write documents even for workbooks whose figures could not all be read. */
  force?: boolean;
  /** --prior / --prior-dir, when given. */
  prior?: PriorOptions;
}

function parseYear(v: string | undefined): number | null {
  if (v === undefined) return null;
  if (!/^(19|20)\d{2}$/.test(v)) throw new UsageError(`--year 的取值“${v}”无效，应为四位年份，如 2023`);
  return Number(v);
}

const NARRATE_OPTIONS = {
  profile: { type: "string" },
  format: { type: "string" },
  out: { type: "string" },
  year: { type: "string" },
  charts: { type: "string" },
  force: { type: "boolean" },
  ...PRIOR_OPTIONS,
  help: { type: "boolean", short: "h" },
} as const;

export function parseNarrateArgs(args: string[]): Options | "help" {
  const { positional, values } = parseCommandArgs(args, NARRATE_OPTIONS);
  if (values.help) return "help";
  if (positional.length !== 1) {
    throw new UsageError(positional.length === 0 ? "请指定工作簿或文件夹" : "只能指定一个工作簿或文件夹");
  }
  return {
    target: positional[0],
    profile: oneOf(values.profile, PROFILES, "--profile") ?? "auto",
    format: oneOf(values.format, FORMATS, "--format") ?? "text",
    out: values.out ?? null,
    year: parseYear(values.year),
    ...(values.charts !== undefined ? { charts: oneOf(values.charts, ["on", "off"] as const, "--charts") === "on" } : {}),
    ...(values.force ? { force: true } : {}),
    ...(values.prior !== undefined || values["prior-dir"] !== undefined ? { prior: priorOptionsOf(values) } : {}),
  };
}

interface Generated {
  file: string;
  narrative: Narrative;
  findings: Finding[];
  /** Which profile was used and why (stderr only, never in the document). */
  choice: string;
}

type Result = Generated | { file: string; error: string };

async function generateOne(path: string, profile: Profile, year: number | null, prior: PriorChoice, charts?: boolean): Promise<Result> {
  // Loaded on demand so `--help` and usage errors do not pay for exceljs and the readers.
  const { loadWithPrior } = await import("./prior");
  const { WorkbookReadError } = await import("./read-xlsx");
  const { chooseProfile, generateNarrative, profileById } = await import("../narrative");
  try {
    const loaded = await loadWithPrior(path, prior);
    const auto = profile === "auto" ? chooseProfile(loaded.accounts) : null;
    const id = auto ? auto.id : profile;
    const choice = auto
      ? `口径：${auto.name}（自动选择：${auto.reason}；可用 --profile 指定）`
      : `口径：${profileById(id)?.name ?? id}（--profile ${profile}）`;
    return {
      file: path,
      narrative: generateNarrative(loaded.accounts, {
        profile: id,
        ...(year !== null ? { year } : {}),
        ...(charts !== undefined ? { charts } : {}),
      }),
      findings: loaded.findings,
      choice,
    };
  } catch (e) {
    if (e instanceof WorkbookReadError) return { file: path, error: e.message };
    throw e;
  }
}

/** The output in the chosen format: text or bytes. */
async function render(n: Narrative, format: Format): Promise<string | Uint8Array> {
  // Each renderer on its own, so the .docx writer loads only for --format docx.
  switch (format) {
    case "text":
      return (await import("../render/text")).renderText(n);
    case "html":
      return (await import("../render/html")).renderHtml(n, { standalone: true });
    case "docx": {
      // The PNG rasteriser (a native module) is loaded only when there are charts to draw.
      const rasterize = n.charts?.length ? (await import("./chart-png")).rasterizeSvgNode : undefined;
      const { crc32, deflateRawSync } = await import("node:zlib");
      return (await import("../render/docx")).renderDocx(n, {
        rasterize,
        deflateRaw: (data) => deflateRawSync(data),
        crc32: (data) => crc32(data),
      });
    }
    case "json": {
      const { narrativeToPlain } = await import("../narrative");
      const { renderText } = await import("../render/text");
      const plain = narrativeToPlain(n);
      return `${JSON.stringify({ text: renderText(n), sections: plain.sections, warnings: plain.warnings }, null, 2)}\n`;
    }
  }
}

/** Gaps and error findings on stderr, so stdout stays the document. */
function report(io: CliIO, g: Generated): void {
  io.stderr(`${g.file}：${g.choice}\n`);
  const errors = g.findings.filter((f) => f.severity === "error");
  if (errors.length > 0) {
    io.stderr(`${g.file}：表格检查发现 ${errors.length} 个错误（运行 juesuan check 查看详情）\n`);
    for (const f of errors.slice(0, 10))
      io.stderr(`  错误：${f.message}${f.cells.length ? `（${f.cells.join("、")}）` : ""}\n`);
  }
  if (g.narrative.warnings.length > 0) {
    io.stderr(`${g.file}：说明中有 ${g.narrative.warnings.length} 处需要补充或核对：\n`);
    for (const w of g.narrative.warnings) io.stderr(`  ${w.message}\n`);
  }
}

/** Findings that mean a figure could not be read: the document would show it as 0, so none is written. */
const UNREADABLE_RULES = new Set(["read.uncalculated", "read.unreadable-cell", "read.table-failed", "read.failed"]);

function unreadableFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.severity === "error" && UNREADABLE_RULES.has(f.rule));
}

/** Where each workbook's document goes (null: stdout), after refusing outputs that would replace an input. */
async function destinations(opts: Options, isFolder: boolean, files: readonly string[]): Promise<(string | null)[]> {
  if (!opts.out) return files.map(() => null);
  if (!isFolder) {
    await refuseInputAsOutput(opts.out, files);
    await refuseOtherType(opts.out, opts.format);
    return [opts.out];
  }
  const outInfo = await stat(opts.out).catch(() => null);
  if (outInfo && !outInfo.isDirectory()) throw new UsageError(`--out ${opts.out} 是文件；文件夹输入时 --out 须是文件夹`);
  const dests = files.map((f) => join(opts.out as string, basename(f, extname(f)) + EXTENSION[opts.format]));
  const refuseInput = await inputGuard(files);
  for (const d of dests) {
    await refuseInput(d);
    await refuseOtherType(d, opts.format);
  }
  return dests;
}

async function run(args: string[], io: CliIO): Promise<number> {
  const opts = parseNarrateArgs(args);
  if (opts === "help") {
    io.stdout(`${NARRATE_HELP}\n`);
    return EXIT.ok;
  }
  const info = await stat(opts.target).catch(() => null);
  if (!info) {
    io.stderr(`找不到文件或文件夹：${opts.target}\n`);
    return EXIT.usage;
  }
  const isFolder = info.isDirectory();
  if (opts.format === "docx" && !opts.out) throw new UsageError("docx 格式须用 --out 指定输出文件");
  if (isFolder && opts.out === null && (opts.format === "html" || opts.format === "docx")) {
    throw new UsageError("文件夹输入生成 html/docx 时须用 --out 指定输出文件夹");
  }

  const { workbooks: files, skipped } = isFolder ? await listWorkbooks(opts.target) : { workbooks: [opts.target], skipped: [] };
  for (const sk of skipped) io.stderr(`已跳过 ${sk.file}：${sk.reason}\n`);
  if (files.length === 0) {
    io.stderr(`文件夹 ${opts.target} 中没有 .xlsx 文件\n`);
    return EXIT.usage;
  }
  const dests = await destinations(opts, isFolder, files);
  if (isFolder && opts.out) await makeFolder(opts.out);
  const { priorChoice, unpairedReport } = await import("./prior");
  const prior = await priorChoice(opts.prior ?? { prior: null, priorDir: null }, isFolder);

  const tally = { written: 0, unreadable: 0, withErrors: 0, notWritten: 0, writeFailed: 0 };
  let errors = false;
  // A folder as JSON on stdout is one document: { files: [{ file, text, sections, warnings } | { file, error }] }.
  const jsonFiles: unknown[] | null = isFolder && !opts.out && opts.format === "json" ? [] : null;
  for (const [i, file] of files.entries()) {
    const r = await generateOne(file, opts.profile, opts.year, prior, opts.charts);
    if ("error" in r) {
      io.stderr(`${r.file}：无法读取：${r.error}\n`);
      jsonFiles?.push({ file: r.file, error: r.error });
      tally.unreadable++;
      continue;
    }
    report(io, r);
    if (r.findings.some((f) => f.severity === "error")) {
      errors = true;
      tally.withErrors++;
    }
    const missing = unreadableFindings(r.findings);
    if (missing.length > 0 && !opts.force) {
      io.stderr(
        `${r.file}：有 ${missing.length} 处金额无法读取，说明中的数字会不完整，未生成说明；请先修正工作簿（或加 --force 仍然生成）\n`,
      );
      jsonFiles?.push({ file: r.file, error: "有金额无法读取，未生成说明", findings: missing.map((f) => f.message) });
      tally.notWritten++;
      continue;
    }
    const output = await render(r.narrative, opts.format);
    const dest = dests[i];
    if (jsonFiles) {
      jsonFiles.push({ file, ...JSON.parse(output as string) });
    } else if (dest) {
      try {
        await writeOutput(dest, output);
      } catch (e) {
        if (!(e instanceof OutputWriteError)) throw e;
        io.stderr(`${e.message}\n`);
        tally.writeFailed++;
        continue;
      }
      tally.written++;
      io.stderr(`已写入 ${dest}\n`);
    } else {
      if (isFolder) io.stdout(`==> ${file} <==\n`);
      io.stdout(typeof output === "string" ? output : "");
      tally.written++;
    }
  }
  if (jsonFiles) io.stdout(`${JSON.stringify({ files: jsonFiles }, null, 2)}\n`);
  if (isFolder) {
    const parts = [`共 ${files.length} 个工作簿`, `生成说明 ${tally.written} 份`];
    if (tally.withErrors > 0) parts.push(`${tally.withErrors} 个表格检查有错误`);
    if (tally.notWritten > 0) parts.push(`${tally.notWritten} 个因金额无法读取未生成`);
    if (tally.unreadable > 0) parts.push(`${tally.unreadable} 个无法读取`);
    if (tally.writeFailed > 0) parts.push(`${tally.writeFailed} 个写入失败`);
    if (skipped.length > 0) parts.push(`跳过 ${skipped.length} 个文件（${skippedReasons(skipped)}）`);
    io.stderr(`汇总：${parts.join("，")}\n`);
  }
  for (const line of unpairedReport(prior)) io.stderr(`${line}\n`);
  if (tally.unreadable > 0 || tally.writeFailed > 0) return EXIT.usage;
  return errors || tally.notWritten > 0 ? EXIT.findings : EXIT.ok;
}

export const narrateCommand: Command = { ...NARRATE, help: NARRATE_HELP, run };
