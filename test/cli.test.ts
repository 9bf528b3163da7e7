import { test, describe, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { type CliIO, main } from "../src/cli";
import { readXlsx } from "../src/cli/read-xlsx";
import { splitRef } from "../src/core";
import { readFinalAccounts } from "../src/tables";

const SAMPLE = "examples/mentougou-kexin-2023.xlsx";
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);

let dir = "";
let broken = "";
let brokenRef = "";

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ["bin/juesuan.js", ...args], { encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs main() in-process with captured output. */
async function run(args: string[], tty = false) {
  let stdout = "";
  let stderr = "";
  const io: CliIO = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), stderrIsTTY: tty };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

before(async () => {
  dir = mkdtempSync(join(tmpdir(), "juesuan-cli-"));
  // A copy of the sample whose 本年收入合计 is one yuan too high.
  const { accounts } = readFinalAccounts(await readXlsx(SAMPLE));
  const total = accounts.incomeExpenditureSummary?.incomeTotal;
  assert.ok(total, "sample has 本年收入合计");
  brokenRef = total.cells[0];
  const { sheet, address } = splitRef(brokenRef);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE);
  wb.getWorksheet(sheet)!.getCell(address).value = total.value.plus(1).toNumber();
  broken = join(dir, "broken.xlsx");
  await wb.xlsx.writeFile(broken);
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe("juesuan (the launcher, as a process)", () => {
  test("check on the Mentougou sample: 13 tables, no error, exit 0", () => {
    const r = cli("check", SAMPLE);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /识别到 13 张表：/);
    assert.match(r.stdout, /1\. 收入支出决算总表 {2}工作表「收入支出决算总表」/);
    assert.match(r.stdout, /检查结果：错误 0 项/);
    assert.doesNotMatch(r.stdout, /\[错误\]/);
  });

  test("a broken total exits 1 with an error naming the cell", () => {
    const r = cli("check", broken);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stdout, /\[错误\] summary\.income-total/);
    assert.ok(r.stdout.includes(`${brokenRef} 本年收入合计为`), r.stdout);
  });

  test("a legacy .xls exits 2 with the Chinese message", () => {
    const xls = join(dir, "old.xls");
    writeFileSync(xls, OLE);
    const r = cli("check", xls);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /old\.xls 是旧版 \.xls 格式，请在 Excel 中另存为 \.xlsx 后再试/);
    assert.equal(r.stdout, "");
  });

  test("a missing file exits 2", () => {
    const r = cli("check", join(dir, "none.xlsx"));
    assert.equal(r.code, 2);
    assert.match(r.stderr, /找不到文件：.*none\.xlsx/);
  });
});

describe("juesuan check (in process)", () => {
  test("--json has the documented shape", async () => {
    const r = await run(["check", SAMPLE, "--json"]);
    assert.equal(r.code, 0);
    const out = JSON.parse(r.stdout) as {
      tables: { id: string; title: string; sheet: string; range: string; unit: string; variants: string[] }[];
      findings: { rule: string; severity: string; message: string; cells: string[] }[];
    };
    assert.deepEqual(Object.keys(out).sort(), ["findings", "tables"]);
    assert.equal(out.tables.length, 13);
    assert.equal(out.tables[0].id, "incomeExpenditureSummary");
    assert.match(out.tables[0].range, /^[A-Z]+\d+:[A-Z]+\d+$/);
    assert.equal(out.tables[0].unit, "yuan");
    assert.ok(Array.isArray(out.tables[0].variants));
    assert.ok(out.findings.every((f) => f.severity !== "error"));
  });

  test("--json on a broken total reports rule, cells, expected and actual", async () => {
    const r = await run(["check", "--json", broken]);
    assert.equal(r.code, 1);
    const out = JSON.parse(r.stdout) as {
      findings: { rule: string; severity: string; message: string; cells: string[]; expected: string; actual: string }[];
    };
    const f = out.findings.find((x) => x.rule === "summary.income-total");
    assert.ok(f);
    assert.equal(f.severity, "error");
    assert.equal(f.cells[0], brokenRef);
    assert.ok(f.message.endsWith("相差1.00元"), f.message);
    assert.notEqual(f.expected, f.actual);
  });

  test("a folder: every .xlsx, one progress line per file off a terminal, a summary, worst exit code", async () => {
    const folder = join(dir, "batch");
    mkdirSync(folder);
    copyFileSync(SAMPLE, join(folder, "a-clean.xlsx"));
    copyFileSync(broken, join(folder, "b-broken.xlsx"));
    writeFileSync(join(folder, "notes.txt"), "ignored");
    writeFileSync(join(folder, "~$a-clean.xlsx"), "lock file");
    const r = await run(["check", folder]);
    assert.equal(r.code, 1);
    assert.equal(
      r.stderr,
      `已跳过 ${join(folder, "~$a-clean.xlsx")}：Excel 打开工作簿时生成的临时文件\n` +
        `[1/2] ${join(folder, "a-clean.xlsx")}\n[2/2] ${join(folder, "b-broken.xlsx")}\n`,
    );
    assert.match(r.stdout, /汇总：共检查 2 个文件，1 个无错误，1 个有错误，0 个无法读取；另跳过 1 个文件（1 个：Excel 打开工作簿时生成的临时文件）/);

    writeFileSync(join(folder, "c-old.xlsx"), OLE);
    const j = await run(["check", folder, "--json"], true);
    assert.equal(j.code, 2);
    assert.match(j.stderr, /\r.*3\/3 c-old\.xlsx/);
    const out = JSON.parse(j.stdout) as { files: { file: string; error?: string }[]; summary: Record<string, number> };
    assert.deepEqual(out.summary, { files: 3, withErrors: 1, unreadable: 1, ok: 1, skipped: 1 });
    assert.match(out.files[2].error ?? "", /旧版 \.xls 格式/);
  });

  test("help and usage errors", async () => {
    const help = await run(["--help"]);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /用法：juesuan <命令>/);
    assert.match(help.stdout, /check\s+识别决算公开表并检查勾稽关系/);
    const sub = await run(["check", "--help"]);
    assert.equal(sub.code, 0);
    assert.match(sub.stdout, /用法：juesuan check <工作簿\.xlsx \| 文件夹> \[--json\]/);
    assert.equal((await run([])).code, 2);
    const unknown = await run(["frobnicate"]);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /未知命令：frobnicate/);
    const badOpt = await run(["check", SAMPLE, "--jsn"]);
    assert.equal(badOpt.code, 2);
    assert.match(badOpt.stderr, /未知选项：--jsn/);
    const none = await run(["check"]);
    assert.equal(none.code, 2);
    assert.match(none.stderr, /请指定要检查的工作簿或文件夹/);
  });
});
