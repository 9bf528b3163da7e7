// Bad input through the CLI (issue 13): each case runs `juesuan` in-process on copies of the Mentougou sample
// made bad in one way, and must give its documented exit code and a Chinese message, with every input file
// byte-for-byte unchanged (SHA-256 before and after).
import { test, describe, before, after } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type CliIO, main } from "../src/cli";
import { writeErrorMessage } from "../src/cli/output";
import { encryptedXlsxBytes, writeRepeatedTitleXlsx, writeUncalculatedCopy, writeWanUnderYuanCopy } from "./helpers/hostile";

const SAMPLE = "examples/mentougou-kexin-2023.xlsx";
let dir = "";
const p = (name: string) => join(dir, name);

async function run(args: string[]) {
  let stdout = "";
  let stderr = "";
  const io: CliIO = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), stderrIsTTY: false };
  const code = await main(args, io);
  return { code, stdout, stderr, all: stdout + stderr };
}

const sha = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

/** Checksums of every file below the temp folder's inputs (outputs are compared separately). */
function checksums(paths: string[]): Map<string, string> {
  return new Map(paths.filter((f) => existsSync(f)).map((f) => [f, sha(f)]));
}

before(async () => {
  dir = mkdtempSync(join(tmpdir(), "juesuan-bad-"));
  copyFileSync(SAMPLE, p("a.xlsx"));
  await writeUncalculatedCopy(SAMPLE, p("uncalculated.xlsx"));
  await writeWanUnderYuanCopy(SAMPLE, p("wan-under-yuan.xlsx"));
  await writeRepeatedTitleXlsx(p("repeated.xlsx"), 3000);
  writeFileSync(p("encrypted.xlsx"), encryptedXlsxBytes());
  writeFileSync(p("empty.txt"), "");
  writeFileSync(p("words.txt"), "本部门认真贯彻落实各项要求。");
  writeFileSync(p("renamed.docx"), readFileSync(SAMPLE)); // a workbook that only looks like a Word file
  writeFileSync(p("notes.txt"), "not an output of ours");
  symlinkSync(p("a.xlsx"), p("link-to-a.docx"));
  mkdirSync(p("batch"));
  copyFileSync(SAMPLE, p("batch/one.xlsx"));
  copyFileSync(p("uncalculated.xlsx"), p("batch/two-uncalculated.xlsx"));
  writeFileSync(p("batch/old.xls"), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
  writeFileSync(p("batch/~$one.xlsx"), "lock");
});
after(() => rmSync(dir, { recursive: true, force: true }));

interface Case {
  name: string;
  args: () => string[];
  code: number;
  message: RegExp;
  /** Inputs whose bytes must not change. */
  inputs: () => string[];
  /** Files that must not exist afterwards (nothing written). */
  absent?: () => string[];
  /** Extra checks on the output. */
  also?: (r: Awaited<ReturnType<typeof run>>) => void;
}

const CASES: Case[] = [
  {
    name: "--out is the input workbook",
    args: () => ["narrate", p("a.xlsx"), "--format", "docx", "--out", p("a.xlsx")],
    code: 2,
    message: /就是输入文件.*写入会覆盖它/,
    inputs: () => [p("a.xlsx")],
  },
  {
    name: "--out is the input by another spelling of its path",
    args: () => ["narrate", p("a.xlsx"), "--format", "docx", "--out", `${dir}/./../${dir.split("/").pop()}/a.xlsx`],
    code: 2,
    message: /就是输入文件/,
    inputs: () => [p("a.xlsx")],
  },
  {
    name: "--out is a symbolic link to the input",
    args: () => ["narrate", p("a.xlsx"), "--format", "docx", "--out", p("link-to-a.docx")],
    code: 2,
    message: /就是输入文件/,
    inputs: () => [p("a.xlsx")],
  },
  {
    name: "--out names an existing file of another type (a workbook renamed .docx)",
    args: () => ["narrate", p("a.xlsx"), "--format", "docx", "--out", p("renamed.docx")],
    code: 2,
    message: /已存在且不是 docx 格式的文件，不会覆盖它/,
    inputs: () => [p("a.xlsx"), p("renamed.docx")],
  },
  {
    name: "--out names an existing .txt under --format html",
    args: () => ["narrate", p("a.xlsx"), "--format", "html", "--out", p("notes.txt")],
    code: 2,
    message: /已存在且不是 html 格式的文件/,
    inputs: () => [p("a.xlsx"), p("notes.txt")],
  },
  {
    name: "formulas without stored results: check names the cause and the cells",
    args: () => ["check", p("uncalculated.xlsx")],
    code: 1,
    message: /收入支出决算总表有 \d+ 个单元格（收入支出决算总表!C7、.*）公式没有计算结果：请在 Excel 或 WPS 中打开并保存后再试/,
    inputs: () => [p("uncalculated.xlsx")],
  },
  {
    name: "formulas without stored results: narrate writes no document",
    args: () => ["narrate", p("uncalculated.xlsx"), "--format", "docx", "--out", p("out/uncalculated.docx")],
    code: 1,
    message: /金额无法读取.*未生成说明；请先修正工作簿（或加 --force 仍然生成）/,
    inputs: () => [p("uncalculated.xlsx")],
    absent: () => [p("out/uncalculated.docx")],
  },
  {
    name: "formulas without stored results: narrate to stdout prints no document either",
    args: () => ["narrate", p("uncalculated.xlsx")],
    code: 1,
    message: /未生成说明/,
    inputs: () => [p("uncalculated.xlsx")],
    also: (r) => assert.equal(r.stdout, ""),
  },
  {
    name: "万元 figures under 单位：元: one finding naming the tables and the likely unit",
    args: () => ["check", p("wan-under-yuan.xlsx")],
    code: 1,
    message: /单位可能有误：收入支出决算总表.*标注“单位：元”，但金额看起来是以万元填写的（收、支总计11,368\.40元是补充信息中上年数75,690,311\.62元的约 1\/6,658/,
    inputs: () => [p("wan-under-yuan.xlsx")],
    also: (r) => assert.equal(r.stdout.split("\n").filter((l) => l.includes("plausibility.unit")).length, 1),
  },
  {
    name: "a title repeated every 7 rows: one warning with a count, output bounded",
    args: () => ["check", p("repeated.xlsx")],
    code: 1,
    message: /收入支出决算总表出现多次（Sheet1!A1:D6、Sheet1!A8:D13、Sheet1!A15:D20、Sheet1!A22:D27 等共 429 处）/,
    inputs: () => [p("repeated.xlsx")],
    also: (r) => {
      assert.equal(r.stdout.split("\n").filter((l) => l.includes("read.duplicate-table")).length, 1);
      assert.ok(r.stdout.length < 5000, `${r.stdout.length} characters`);
    },
  },
  {
    name: "a password-protected workbook is named as such, not as an old .xls",
    args: () => ["check", p("encrypted.xlsx")],
    code: 2,
    message: /encrypted\.xlsx 工作簿设置了打开密码，请在 Excel 中取消密码/,
    inputs: () => [p("encrypted.xlsx")],
    also: (r) => assert.doesNotMatch(r.all, /旧版/),
  },
  {
    name: "proofreading an empty text",
    args: () => ["check", p("a.xlsx"), "--text", p("empty.txt")],
    code: 0,
    message: /文中没有可核对的数字。/,
    inputs: () => [p("a.xlsx"), p("empty.txt")],
    also: (r) => assert.doesNotMatch(r.all, /说明中的数字与报表一致/),
  },
  {
    name: "proofreading a text without numbers",
    args: () => ["check", p("a.xlsx"), "--text", p("words.txt")],
    code: 0,
    message: /文中没有可核对的数字。/,
    inputs: () => [p("a.xlsx"), p("words.txt")],
  },
  {
    name: "an --out below a file (not a folder): a plain Chinese write error",
    args: () => ["narrate", p("a.xlsx"), "--out", join(p("notes.txt"), "x.txt")],
    code: 2,
    message: /^无法写入 .*notes\.txt.*：路径中的某一级不是文件夹，请检查路径|^无法写入 .*notes\.txt：同名文件已存在且不是文件夹/m,
    inputs: () => [p("a.xlsx"), p("notes.txt")],
    also: (r) => assert.doesNotMatch(r.all, /ENOTDIR|EEXIST|errno/),
  },
  {
    name: "folder narrate: skipped files counted with reasons, no document for the unreadable one, a summary",
    args: () => ["narrate", p("batch"), "--format", "text", "--out", p("batch-out")],
    code: 1,
    message: /汇总：共 2 个工作簿，生成说明 1 份，1 个表格检查有错误，1 个因金额无法读取未生成，跳过 2 个文件（1 个：旧版 \.xls 格式，请在 Excel 中另存为 \.xlsx；1 个：Excel 打开工作簿时生成的临时文件）/,
    inputs: () => [p("batch/one.xlsx"), p("batch/two-uncalculated.xlsx"), p("batch/old.xls")],
    absent: () => [p("batch-out/two-uncalculated.txt")],
    also: () => {
      assert.deepEqual(readdirSync(p("batch-out")), ["one.txt"]);
      assert.deepEqual(readdirSync(p("batch")).sort(), ["old.xls", "one.xlsx", "two-uncalculated.xlsx", "~$one.xlsx"]);
    },
  },
  {
    name: "an option without its value",
    args: () => ["narrate", p("a.xlsx"), "--out"],
    code: 2,
    message: /--out 需要一个取值/,
    inputs: () => [p("a.xlsx")],
  },
];

describe("bad inputs: exit code, message, inputs unchanged", () => {
  for (const c of CASES) {
    test(c.name, async () => {
      const before = checksums(c.inputs());
      assert.equal(before.size, c.inputs().length, "every input exists before the run");
      const r = await run(c.args());
      assert.equal(r.code, c.code, r.all);
      assert.match(r.all, c.message);
      assert.deepEqual(checksums(c.inputs()), before);
      for (const f of c.absent?.() ?? []) assert.equal(existsSync(f), false, `${f} was written`);
      c.also?.(r);
    });
  }

  test("--force writes the document anyway, and the output folder is created", async () => {
    const before = sha(p("uncalculated.xlsx"));
    const out = p("forced/deeper/uncalculated.txt");
    const r = await run(["narrate", p("uncalculated.xlsx"), "--force", "--out", out]);
    assert.equal(r.code, 1, r.all);
    assert.match(r.stderr, new RegExp(`已写入 ${out.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
    assert.ok(readFileSync(out, "utf8").length > 0);
    assert.equal(sha(p("uncalculated.xlsx")), before);
  });

  test("an unknown option is a usage error", async () => {
    const r = await run(["check", p("a.xlsx"), "--jsn"]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /未知选项：--jsn\n运行 juesuan check --help 查看用法/);
  });

  test("write errors read as causes and what to do, never raw codes", () => {
    const cases: [string, RegExp][] = [
      ["ENOENT", /所在文件夹不存在/],
      ["EACCES", /没有写入权限，请换一个有权限的位置/],
      ["EISDIR", /这是一个文件夹，请指定一个文件名/],
      ["ENOSPC", /磁盘空间不足，请清理磁盘或换一个位置/],
      ["EROFS", /所在位置只读/],
      ["EWHATEVER", /请检查路径和磁盘后再试/],
    ];
    for (const [code, re] of cases) {
      const m = writeErrorMessage("/x/说明.docx", Object.assign(new Error(`${code}: raw`), { code }));
      assert.match(m, /^无法写入 \/x\/说明\.docx：/);
      assert.match(m, re);
      assert.doesNotMatch(m, /raw|E[A-Z]{3,}/);
    }
  });
});
