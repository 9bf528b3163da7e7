/**
 * Prior-year figures from last year's tables (src/tables/prior), the year-on-year checks and the
 * --prior / --prior-dir options. Expected figures are the reference text's own 比上年 statements
 * (the Mentougou 2023 决算说明) and the 2022 sample's cells (examples/src/mentougou-2022.ts).
 */
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { runYearOnYearChecks } from "../src/checks";
import { type CliIO, main } from "../src/cli";
import { parseCheckArgs } from "../src/cli/check";
import { parseNarrateArgs } from "../src/cli/narrate";
import { readXlsx } from "../src/cli/read-xlsx";
import { Dec } from "../src/core";
import { generateNarrative } from "../src/narrative";
import { renderHtml, renderText } from "../src/render";
import { readFinalAccounts } from "../src/tables";
import type { Sheet } from "../src/tables/model";
import { derivePriorYear, mergePriorYear, readWithPrior, splitByYear } from "../src/tables/prior";

const THIS_YEAR = "examples/mentougou-kexin-2023.xlsx";
const LAST_YEAR = "examples/mentougou-kexin-2022.xlsx";
const LAST_FILE = "mentougou-kexin-2022.xlsx";

/** Every 比上年 statement of the reference text (its "353,18.18" read as 35,318.18). */
const REFERENCE_COMPARISONS = [
  "2023年度收、支总计113,684,009.05元，比上年增加37,993,697.43元，增长50.2%。",
  "2023年度本年收入合计112,078,856.26元，比上年增加39,551,070.89元，增长54.5%",
  "2023年度本年支出合计106,400,029.75元，比上年增加30,709,718.13元，增长40.6%",
  "2023年度财政拨款收、支总计105,719,924.04元，比上年增加30,029,612.42元，增长39.7%。",
  "合计358,257.77元，比上年减少35,318.18元",
];

let dir = "";
let noPriorRows = ""; // the 2023 sample with every 补充信息 上年数 cleared
let thisYear: Sheet[] = [];
let lastYear: Sheet[] = [];

async function run(args: string[]) {
  let stdout = "";
  let stderr = "";
  const io: CliIO = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), stderrIsTTY: false };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

before(async () => {
  dir = mkdtempSync(join(tmpdir(), "juesuan-prior-"));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(THIS_YEAR);
  const ws = wb.getWorksheet("补充信息");
  assert.ok(ws);
  let cleared = 0;
  ws.eachRow((row) => {
    const key = row.getCell(1).value;
    if (typeof key === "string" && key.startsWith("priorYear:") && row.getCell(4).value !== null) {
      row.getCell(4).value = null;
      cleared++;
    }
  });
  assert.equal(cleared, 5, "the sample's five 上年数 rows");
  noPriorRows = join(dir, "mentougou-2023-no-prior-rows.xlsx");
  await wb.xlsx.writeFile(noPriorRows);
  thisYear = await readXlsx(THIS_YEAR);
  lastYear = await readXlsx(LAST_YEAR);
});

after(() => rmSync(dir, { recursive: true, force: true }));

describe("prior-year figures from last year's tables", () => {
  test("every figure comes with its file, sheet and cell", () => {
    const { accounts } = readFinalAccounts(lastYear);
    const p = derivePriorYear(accounts, { file: LAST_FILE });
    assert.equal(p.year, 2022);
    const at = (k: keyof typeof p.figures) => [p.figures[k]?.value.toString(), p.figures[k]?.cells[0]];
    assert.deepEqual(at("grandTotal"), ["75690311.62", `[${LAST_FILE}]收入支出决算总表!C32`]);
    assert.deepEqual(at("incomeTotal"), ["72527785.37", `[${LAST_FILE}]收入支出决算总表!C29`]);
    assert.deepEqual(at("expenditureTotal"), ["75690311.62", `[${LAST_FILE}]收入支出决算总表!F29`]);
    assert.deepEqual(at("appropriationGrandTotal"), ["75690311.62", `[${LAST_FILE}]财政拨款收入支出决算总表!C34`]);
    assert.deepEqual(at("generalBudgetExpenditure"), ["75690311.62", `[${LAST_FILE}]一般公共预算财政拨款支出决算表!E8`]);
    assert.deepEqual(at("agencyOperatingCost"), ["393575.95", `[${LAST_FILE}]补充信息!D27`]);
    assert.equal(p.figures.threePublicOfficialReception?.value.toString(), "2150");
    assert.equal(p.figures.threePublicTotal?.value.toString(), "63412.5");
    assert.equal(p.figures["functional:206"]?.value.toString(), "50578516.13");
    assert.equal(p.figures["functional:21301"]?.value.toString(), "1500000");
  });

  test("a 补充信息 value wins; a different one is a warning naming both cells", () => {
    const { accounts } = readFinalAccounts(thisYear);
    const p = derivePriorYear(readFinalAccounts(lastYear).accounts, { file: LAST_FILE });
    // The sample's 补充信息 agrees with last year's tables: no warning, 补充信息's cells kept.
    const same = mergePriorYear(accounts, p);
    assert.deepEqual(same.findings, []);
    assert.match(same.accounts.supplement.priorYear.grandTotal?.cells[0] ?? "", /^补充信息!D\d+$/);
    // Filled from the tables where 补充信息 is silent.
    assert.equal(same.accounts.supplement.priorYear.generalBudgetExpenditure?.cells[0], `[${LAST_FILE}]一般公共预算财政拨款支出决算表!E8`);
    // One yuan off: 补充信息 still wins, and the warning names both cells and both amounts.
    const typed = accounts.supplement.priorYear.incomeTotal;
    assert.ok(typed);
    accounts.supplement.priorYear.incomeTotal = { ...typed, value: typed.value.plus(1) };
    const off = mergePriorYear(accounts, p);
    assert.equal(off.accounts.supplement.priorYear.incomeTotal?.value.toString(), "72527786.37");
    assert.equal(off.findings.length, 1);
    const f = off.findings[0];
    assert.equal(f.severity, "warning");
    assert.deepEqual(f.cells, [typed.cells[0], `[${LAST_FILE}]收入支出决算总表!C29`]);
    assert.match(f.message, /72,527,786\.37元.*72,527,785\.37元.*相差1\.00元/);
  });

  test("narrate --prior states every 比上年 figure of the reference with no 上年数 in 补充信息", async () => {
    const without = await run(["narrate", noPriorRows]);
    for (const s of REFERENCE_COMPARISONS) assert.ok(!without.stdout.includes(s), `without --prior: ${s}`);
    assert.match(without.stderr, /priorYear:grandTotal/);

    const r = await run(["narrate", noPriorRows, "--prior", LAST_YEAR]);
    for (const s of REFERENCE_COMPARISONS) assert.ok(r.stdout.includes(s), `missing: ${s}`);
    assert.doesNotMatch(r.stderr, /priorYear:/);
    assert.doesNotMatch(r.stdout, /【待填写[^】]*上年/);
    assert.match(without.stdout, /【待填写[^】]*上年/);
  });

  test("the HTML names the prior-year file, sheet and cell of each comparison", () => {
    const { accounts } = readWithPrior(readFinalAccounts(thisYear) && clearPriorRows(thisYear), { file: LAST_FILE, sheets: lastYear });
    const html = renderHtml(generateNarrative(accounts, {}));
    for (const ref of [
      "收入支出决算总表!C32", // 收、支总计
      "收入支出决算总表!C29", // 本年收入合计
      "收入支出决算总表!F29", // 本年支出合计
      "财政拨款收入支出决算总表!C34", // 财政拨款收、支总计
      "补充信息!D27", // 机关运行经费
    ]) {
      // data-cells quotes the sheet as Excel writes an external reference: '[file]sheet'!C32.
      assert.ok(html.includes(`&#39;[${LAST_FILE}]${ref.replace("!", "&#39;!")}`), `data-cells names ${ref}`);
      assert.ok(html.includes(`[${LAST_FILE}]${ref}`), `title names ${ref}`);
    }
  });
});

/** The sheets with every 补充信息 上年数 value blanked. */
function clearPriorRows(sheets: Sheet[]): Sheet[] {
  return sheets.map((s) =>
    s.name !== "补充信息"
      ? s
      : { ...s, values: s.values.map((row) => (typeof row[0] === "string" && row[0].startsWith("priorYear:") ? row.map((v, i) => (i === 3 ? null : v)) : row)) },
  );
}

describe("year-on-year checks", () => {
  test("年初结转和结余 ≠ 上年年末结转和结余 is an error naming both cells", () => {
    const r = readWithPrior(thisYear, { file: LAST_FILE, sheets: lastYear });
    assert.ok(r.prior);
    const findings = runYearOnYearChecks(r.accounts, r.prior, { file: LAST_FILE });
    const opening = findings.find((f) => f.rule === "yoy.opening-balance");
    assert.ok(opening);
    assert.equal(opening.severity, "error");
    assert.deepEqual(opening.cells, ["收入支出决算总表!C31", `[${LAST_FILE}]收入支出决算总表!F31`]);
    assert.equal(opening.actual, "1,605,152.79元");
    assert.equal(opening.expected, "0元");
    const fund = findings.find((f) => f.rule === "yoy.appropriation-opening-balance.generalBudget");
    assert.deepEqual(fund?.cells, ["财政拨款收入支出决算总表!C31", `[${LAST_FILE}]财政拨款收入支出决算总表!G30`]);
  });

  test("balances that carry over give no error; 类/款 appearing, disappearing and renamed are listed", () => {
    const r = readWithPrior(thisYear, { file: LAST_FILE, sheets: lastYear });
    assert.ok(r.prior);
    const s = r.prior.incomeExpenditureSummary;
    const a = r.prior.appropriationSummary;
    assert.ok(s?.closingBalance && a);
    s.closingBalance = { ...s.closingBalance, value: new Dec("1605152.79") };
    a.closingBalance = { total: { ...s.closingBalance, value: new Dec("1214336.90") }, generalBudget: { ...s.closingBalance, value: new Dec("1214336.90") } };
    const findings = runYearOnYearChecks(r.accounts, r.prior, { file: LAST_FILE });
    assert.deepEqual(findings.filter((f) => f.severity === "error"), []);
    const by = (rule: string) => findings.filter((f) => f.rule === rule).map((f) => f.message.match(/\d{3,5}/)?.[0]);
    assert.deepEqual(by("yoy.functional-codes.new"), ["20602", "20606", "20808", "212", "21202", "224"]);
    assert.deepEqual(by("yoy.functional-codes.gone"), ["213", "21301"]);
    assert.deepEqual(by("yoy.functional-codes.renamed"), ["20805"]);
  });

  test("a prior workbook that is not last year's is an error", () => {
    const r = readWithPrior(thisYear, { file: LAST_FILE, sheets: lastYear });
    assert.ok(r.prior);
    const f = runYearOnYearChecks(r.accounts, { ...r.prior, year: 2021 }, { file: LAST_FILE }).find((x) => x.rule === "yoy.year");
    assert.equal(f?.severity, "error");
    assert.equal(f?.expected, "2022");
    assert.equal(f?.actual, "2021");
  });
});

describe("last year's tables as sheets of the same workbook", () => {
  const combined = () => [...thisYear, ...lastYear.filter((s) => s.name !== "补充信息").map((s) => ({ ...s, name: `2022${s.name}`.slice(0, 31) }))];

  test("split by the year in their titles: this year's for the model, last year's for the comparison", () => {
    const split = splitByYear(combined());
    assert.equal(split.currentYear, 2023);
    assert.equal(split.priorYear, 2022);
    assert.equal(split.prior.length, 5);
    assert.equal(split.current.length, thisYear.length);
    const r = readWithPrior(clearPriorRows(combined()));
    assert.equal(r.accounts.year, 2023);
    assert.equal(r.accounts.tables.length, 13);
    assert.equal(r.accounts.incomeExpenditureSummary?.incomeTotal.value.toString(), "112078856.26");
    assert.equal(r.accounts.supplement.priorYear.grandTotal?.cells[0], "2022收入支出决算总表!C32");
    const text = renderText(generateNarrative(r.accounts, {}));
    for (const s of REFERENCE_COMPARISONS.slice(0, 4)) assert.ok(text.includes(s), s);
  });

  test("one year only: nothing is split off", () => {
    const split = splitByYear(thisYear);
    assert.equal(split.prior.length, 0);
    assert.equal(split.current.length, thisYear.length);
  });
});

describe("--prior and --prior-dir", () => {
  test("the options are parsed with the command's own options", () => {
    assert.deepEqual(parseCheckArgs(["a.xlsx", "--prior=b.xlsx", "--json"]).prior, { prior: "b.xlsx", priorDir: null });
    assert.deepEqual(parseCheckArgs(["--prior-dir", "old", "new"]).prior, { prior: null, priorDir: "old" });
    assert.throws(() => parseCheckArgs(["a.xlsx", "--prior"]), /--prior/);
    assert.throws(() => parseCheckArgs(["--prior", "a", "--prior-dir", "b"]), /不能同时使用/);
    const n = parseNarrateArgs(["a.xlsx", "--prior", "b.xlsx"]);
    assert.ok(n !== "help");
    assert.deepEqual(n.prior, { prior: "b.xlsx", priorDir: null });
  });

  test("check --prior exits 1 on the 年初/年末 mismatch and names both cells", async () => {
    const r = await run(["check", THIS_YEAR, "--prior", LAST_YEAR, "--json"]);
    assert.equal(r.code, 1);
    const out = JSON.parse(r.stdout) as { findings: { rule: string; cells: string[] }[] };
    const f = out.findings.find((x) => x.rule === "yoy.opening-balance");
    assert.deepEqual(f?.cells, ["收入支出决算总表!C31", `[${LAST_FILE}]收入支出决算总表!F31`]);
  });

  test("an unreadable prior workbook is a usage error that says it is last year's", async () => {
    const r = await run(["check", THIS_YEAR, "--prior", join(dir, "没有这个文件.xlsx")]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^上年决算表：.*没有这个文件\.xlsx/);
  });

  test("folder mode pairs workbooks by department and lists the unpaired", async () => {
    const cur = join(dir, "2023");
    const old = join(dir, "2022");
    mkdirSync(cur);
    mkdirSync(old);
    copyFileSync(noPriorRows, join(cur, "科信局.xlsx"));
    copyFileSync("examples/central-sample.xlsx", join(cur, "示例局.xlsx"));
    copyFileSync(LAST_YEAR, join(old, "科信局2022.xlsx"));
    copyFileSync(LAST_YEAR, join(old, "科信局2022副本.xlsx"));
    const r = await run(["narrate", cur, "--prior-dir", old, "--format", "json"]);
    const files = (JSON.parse(r.stdout) as { files: { file: string; text: string }[] }).files;
    const kexin = files.find((f) => f.file.endsWith("科信局.xlsx"));
    for (const s of REFERENCE_COMPARISONS) assert.ok(kexin?.text.includes(s), s);
    assert.match(r.stderr, /本年工作簿未配对（上年文件夹中没有同一部门的决算表）：.*示例局\.xlsx（部门“国家示例局机关服务中心”）/);
    assert.match(r.stderr, /上年决算表未配对（部门重复，只用第一个）：.*科信局2022副本\.xlsx（与 .*科信局2022\.xlsx 同为“北京市门头沟区科学技术和信息化局”）/);
    assert.throws(() => parseCheckArgs(["--prior-dir"]));
    const usage = await run(["check", THIS_YEAR, "--prior-dir", old]);
    assert.equal(usage.code, 2);
  });
});
