/**
 * `juesuan narrate <workbook.xlsx|folder> [--profile yuan-1dp|wanyuan-2dp] [--format text|html|docx|json] [--out FILE]`
 * Reads the 公开表 and the 补充信息 sheet, checks them and writes the 决算说明.
 */
import { mkdir, stat, writeFile } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import type { Narrative } from "../narrative/model";
import type { Finding } from "../tables/model";
import { type CliIO, type Command, EXIT, UsageError } from "./command";
import { listWorkbooks } from "./files";
import type { PriorChoice } from "./prior";
import { takePriorOptions } from "./prior-args";

/** Region profiles and their older aliases (src/narrative/profiles); "auto" chooses from the workbook. */
const PROFILES = ["auto", "beijing", "central", "shanghai", "yuan-1dp", "wanyuan-2dp"] as const;
const FORMATS = ["text", "html", "docx", "json"] as const;
type Format = (typeof FORMATS)[number];
type Profile = (typeof PROFILES)[number];

const EXTENSION: Record<Format, string> = { text: ".txt", html: ".html", docx: ".docx", json: ".json" };

const HELP = `用法：juesuan narrate <工作簿.xlsx | 文件夹> [--profile 口径] [--format 格式] [--year 年度] [--charts on|off] [--out 输出] [--prior 上年.xlsx]

读取部门决算公开表和“补充信息”表，检查勾稽关系，生成决算说明（第二至第四部分）。
缺少的原因、上年数、预算数、数量等以【待填写：…】标出，并在标准错误输出中逐条提示。

参数：
  <工作簿.xlsx>        要生成说明的 .xlsx 文件
  <文件夹>             为文件夹中的每个 .xlsx 文件（不含子文件夹）各生成一份说明

选项：
  --profile 口径       auto（默认）：按工作簿中的部门名称、表格标题和表样自动选择，并在标准错误输出中说明理由
                       beijing：北京市区级部门（元，两位小数，百分比一位小数；旧名 yuan-1dp）
                       central：中央部门（万元，两位小数，百分比两位小数，“完成年初预算的…%”；旧名 wanyuan-2dp）
                       shanghai：上海市 2024 年模板（万元，第一部分概况至第四部分名词解释）
  --format 格式        text（默认）| html（含数据来源）| docx | json
                       json：{ text, sections: [{ id, title, paragraphs: [文字] }], warnings: [{ code, message, key }] }
  --year 年度          指定决算年度（如 2023），优先于表头中识别的年度；表头未标明年度时应指定
  --charts on|off      在说明中插入图表（柱状图、饼图，html 和 docx 格式）；默认按口径设置
  --out 输出           写入该文件（文件夹输入时为输出文件夹，每个工作簿一个文件）；
                       不指定时 text/html/json 输出到标准输出，docx 必须指定
  --prior 文件         上年决算表（.xlsx）：上年数取自该表（补充信息中已填的上年数优先），并检查两年衔接
  --prior-dir 文件夹   文件夹输入时上年决算表所在的文件夹，按部门名称配对，未配对的逐个列出
                       （工作簿中另有表名年度早一年的上年报表时，自动使用，无需这两个选项）
  -h, --help           显示本帮助

退出码：0 正常；1 表格检查发现错误（说明照常生成）；2 用法错误或文件无法读取`;

interface Options {
  target: string;
  profile: Profile;
  format: Format;
  out: string | null;
  /** Overrides the year read from the table titles. */
  year: number | null;
  /** --charts on|off; absent: the profile's default. */
  charts?: boolean;
}

function oneOf<T extends string>(value: string, allowed: readonly T[], option: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${option} 的取值“${value}”无效，可选：${allowed.join("、")}`);
}

function parseYear(v: string | undefined): number | null {
  if (v === undefined) return null;
  if (!/^(19|20)\d{2}$/.test(v)) throw new UsageError(`--year 的取值“${v}”无效，应为四位年份，如 2023`);
  return Number(v);
}

/** Options with values (--profile x or --profile=x); anything unknown is a usage error. */
export function parseNarrateArgs(args: string[]): Options | "help" {
  const positional: string[] = [];
  const values: Record<string, string> = {};
  const valued = ["--profile", "--format", "--out", "--year", "--charts"];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--help" || a === "-h") return "help";
    if (a === "--") {
      positional.push(...args.slice(i + 1));
      break;
    }
    if (!a.startsWith("-") || a === "-") {
      positional.push(a);
      continue;
    }
    const eq = a.indexOf("=");
    const name = eq > 0 ? a.slice(0, eq) : a;
    if (!valued.includes(name)) throw new UsageError(`未知选项：${a}`);
    const value = eq > 0 ? a.slice(eq + 1) : args[++i];
    if (value === undefined || value === "") throw new UsageError(`${name} 需要一个取值`);
    if (name in values) throw new UsageError(`${name} 只能指定一次`);
    values[name] = value;
  }
  if (positional.length !== 1) {
    throw new UsageError(positional.length === 0 ? "请指定工作簿或文件夹" : "只能指定一个工作簿或文件夹");
  }
  return {
    target: positional[0],
    profile: oneOf(values["--profile"] ?? "auto", PROFILES, "--profile"),
    format: oneOf(values["--format"] ?? "text", FORMATS, "--format"),
    out: values["--out"] ?? null,
    year: parseYear(values["--year"]),
    ...(values["--charts"] !== undefined
      ? { charts: oneOf(values["--charts"], ["on", "off"] as const, "--charts") === "on" }
      : {}),
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
  const { narrativeToPlain } = await import("../narrative");
  const r = await import("../render");
  switch (format) {
    case "text":
      return r.renderText(n);
    case "html":
      return r.renderHtml(n, { standalone: true });
    case "docx": {
      // The PNG rasteriser (a native module) is loaded only when there are charts to draw.
      const rasterize = n.charts?.length ? (await import("./chart-png")).rasterizeSvgNode : undefined;
      return r.renderDocx(n, { rasterize });
    }
    case "json": {
      const plain = narrativeToPlain(n);
      return `${JSON.stringify({ text: r.renderText(n), sections: plain.sections, warnings: plain.warnings }, null, 2)}\n`;
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

async function run(args: string[], io: CliIO): Promise<number> {
  const priorOpts = takePriorOptions(args);
  const opts = parseNarrateArgs(priorOpts.rest);
  if (opts === "help") {
    io.stdout(`${HELP}\n`);
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

  const files = isFolder ? await listWorkbooks(opts.target) : [opts.target];
  if (files.length === 0) {
    io.stderr(`文件夹 ${opts.target} 中没有 .xlsx 文件\n`);
    return EXIT.usage;
  }
  if (isFolder && opts.out) await mkdir(opts.out, { recursive: true });
  const { priorChoice, unpairedReport } = await import("./prior");
  const prior = await priorChoice(priorOpts, isFolder);

  let unreadable = false;
  let errors = false;
  // A folder as JSON on stdout is one document: { files: [{ file, text, sections, warnings } | { file, error }] }.
  const jsonFiles: unknown[] | null = isFolder && !opts.out && opts.format === "json" ? [] : null;
  for (const file of files) {
    const r = await generateOne(file, opts.profile, opts.year, prior, opts.charts);
    if ("error" in r) {
      io.stderr(`${r.file}：无法读取：${r.error}\n`);
      jsonFiles?.push({ file: r.file, error: r.error });
      unreadable = true;
      continue;
    }
    report(io, r);
    if (r.findings.some((f) => f.severity === "error")) errors = true;
    const output = await render(r.narrative, opts.format);
    if (jsonFiles) {
      jsonFiles.push({ file, ...JSON.parse(output as string) });
    } else if (opts.out) {
      const dest = isFolder
        ? join(opts.out, basename(file, extname(file)) + EXTENSION[opts.format])
        : opts.out;
      await writeFile(dest, output);
      io.stderr(`已写入 ${dest}\n`);
    } else {
      if (isFolder) io.stdout(`==> ${file} <==\n`);
      io.stdout(typeof output === "string" ? output : "");
    }
  }
  if (jsonFiles) io.stdout(`${JSON.stringify({ files: jsonFiles }, null, 2)}\n`);
  for (const line of unpairedReport(prior)) io.stderr(`${line}\n`);
  return unreadable ? EXIT.usage : errors ? EXIT.findings : EXIT.ok;
}

export const narrateCommand: Command = {
  name: "narrate",
  summary: "生成决算说明（文本、HTML、Word 或 JSON）",
  help: HELP,
  run,
};
