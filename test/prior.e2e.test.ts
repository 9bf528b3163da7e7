// The pane's 上年决算表 in real headless Chromium (the BUILT pane, the harness's Excel stand-in):
// last year's .xlsx chosen in the browser, and last year's tables as sheets of the same workbook.
// Expected sentences are the reference text's 比上年 statements. Screenshots go to e2e-artifacts/.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Page } from "playwright-core";
import { mentougouPriorSheets, mentougouWorkbook } from "../examples/src";
import { writeSampleWorkbook } from "../examples/src/xlsx";
import { offsetA1 } from "../src/core";
import { type RunningHarness, startHarness } from "./harness/server";
import { type LaunchedBrowser, ensureBuilt, launchChromium } from "./harness/browser";

const ROOT = resolve(__dirname, "..");
const ARTIFACTS = join(ROOT, "e2e-artifacts");
const LAST_YEAR = join(ROOT, "examples/mentougou-kexin-2022.xlsx");
const COMPARISONS = [
  "2023年度收、支总计113,684,009.05元，比上年增加37,993,697.43元，增长50.2%。",
  "2023年度本年收入合计112,078,856.26元，比上年增加39,551,070.89元，增长54.5%",
  "2023年度本年支出合计106,400,029.75元，比上年增加30,709,718.13元，增长40.6%",
  "2023年度财政拨款收、支总计105,719,924.04元，比上年增加30,029,612.42元，增长39.7%。",
  "合计358,257.77元，比上年减少35,318.18元",
];

let chromium: LaunchedBrowser;
let dir = "";

/** 补充信息 cells holding a 上年数 in the sample (cleared in the browser so only last year's tables give them). */
function priorYearCells(): string[] {
  const sheet = mentougouWorkbook().sheets.find((s) => s.name === "补充信息");
  assert.ok(sheet);
  const out: string[] = [];
  sheet.values.forEach((row, r) => {
    if (typeof row[0] === "string" && row[0].startsWith("priorYear:") && row[3] !== null) out.push(offsetA1(sheet.origin, r, 3));
  });
  assert.equal(out.length, 5);
  return out;
}

before(async () => {
  ensureBuilt(ROOT);
  mkdirSync(ARTIFACTS, { recursive: true });
  dir = mkdtempSync(join(tmpdir(), "juesuan-prior-e2e-"));
  chromium = await launchChromium();
});

after(async () => {
  await chromium?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function openPane(harness: RunningHarness): Promise<{ page: Page; errors: string[] }> {
  const page = await chromium.context.newPage();
  // Fluent's accordion motion honours reduced motion: no click lands on a step still unfolding.
  await page.emulateMedia({ reducedMotion: "reduce" });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${harness.url}/taskpane.html`);
  await page.evaluate(() => window.__harness.ready);
  // Opening the pane reads the workbook and moves on to 生成说明 (识别报表, with its read button, closes).
  await page.getByTestId("generate").waitFor();
  return { page, errors };
}

/** Opens a closed step of the guided pane by its header (the first read closes 识别报表). */
async function openStep(page: Page, id: string): Promise<void> {
  const h = page.getByTestId(`step-${id}`).getByRole("button");
  if ((await h.getAttribute("aria-expanded")) === "false") await h.click();
}

/** Reads the workbook again (after the stand-in's cells changed) and leaves 识别报表 open. */
async function reread(page: Page): Promise<void> {
  await openStep(page, "tables");
  await page.getByTestId("read").click();
  await page.getByTestId("tables-found-count").waitFor();
  await openStep(page, "tables");
}

async function clearSupplementPriorYear(page: Page): Promise<void> {
  for (const cell of priorYearCells()) await page.evaluate((a) => window.__harness.setCell("补充信息", a, null), cell);
}

async function previewText(page: Page): Promise<string> {
  await openStep(page, "generate");
  await page.getByTestId("generate").click();
  await page.getByTestId("preview").waitFor();
  return (await page.getByTestId("preview").textContent()) ?? "";
}

describe("上年决算表 in the pane (Chromium)", () => {
  test("a prior-year .xlsx chosen in the browser fills every 比上年 figure, with its file, sheet and cell", async () => {
    const harness = await startHarness();
    try {
      const { page, errors } = await openPane(harness);
      await clearSupplementPriorYear(page);
      await reread(page);
      await page.getByTestId("prior-status").getByText("未提供上年决算表：上年数取自补充信息表。").waitFor();
      // The reader is a chunk of its own, fetched only now.
      const chunk = page.waitForResponse((r) => /xlsx\.[0-9a-f]+\.js$/.test(r.url()));
      await page.getByTestId("prior-file").setInputFiles(LAST_YEAR);
      await chunk;
      await page.getByTestId("notice").getByText("已读取上年决算表 mentougou-kexin-2022.xlsx（2022年度），并重新生成。").waitFor();
      await openStep(page, "tables");
      assert.equal(await page.getByTestId("prior-status").textContent(), "上年数取自 mentougou-kexin-2022.xlsx（2022年度）");
      await page.getByTestId("prior-year").scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(ARTIFACTS, "prior-01-file.png") });

      const preview = await previewText(page);
      for (const s of COMPARISONS) assert.ok(preview.includes(s), `preview lacks: ${s}`);
      // The 年初/年末 mismatch between the two years is an error naming both cells.
      const mismatch = page.locator('[data-testid="finding"][data-severity="error"]', { hasText: "[mentougou-kexin-2022.xlsx]收入支出决算总表!F31" });
      assert.match((await mismatch.first().textContent()) ?? "", /收入支出决算总表!C31 年初结转和结余为1,605,152.79元/);

      const fig = page.getByTestId("preview").locator("[data-figure]", { hasText: "37,993,697.43元" }).first();
      assert.match((await fig.getAttribute("title")) ?? "", /上年收、支总计 75,690,311.62（\[mentougou-kexin-2022\.xlsx\]收入支出决算总表!C32）/);
      await fig.click();
      const pop = page.getByTestId("figure-popover");
      await pop.waitFor();
      assert.match((await pop.textContent()) ?? "", /\[mentougou-kexin-2022\.xlsx\]收入支出决算总表!C32/);
      await page.screenshot({ path: join(ARTIFACTS, "prior-02-popover.png") });
      assert.deepEqual(errors, []);
    } finally {
      await harness.close();
    }
  });

  test("last year's tables as sheets of the same workbook are used without choosing a file", async () => {
    const renamed = mentougouPriorSheets()
      .filter((s) => s.name !== "补充信息")
      .map((s) => ({ ...s, name: `2022${s.name}`.slice(0, 31) }));
    const file = join(dir, "mentougou-2023-with-2022.xlsx");
    writeFileSync(file, await writeSampleWorkbook([...mentougouWorkbook().sheets, ...renamed]));
    const harness = await startHarness({ workbook: file });
    try {
      const { page, errors } = await openPane(harness);
      await clearSupplementPriorYear(page);
      await reread(page);
      assert.equal(await page.getByTestId("tables-found-count").textContent(), "已识别 13 张表");
      assert.equal(await page.getByTestId("prior-status").textContent(), "上年数取自本工作簿中的2022年度报表");
      await page.getByTestId("prior-year").scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(ARTIFACTS, "prior-03-sheets.png") });
      const preview = await previewText(page);
      for (const s of COMPARISONS.slice(0, 4)) assert.ok(preview.includes(s), `preview lacks: ${s}`);
      const fig = page.getByTestId("preview").locator("[data-figure]", { hasText: "37,993,697.43元" }).first();
      assert.match((await fig.getAttribute("title")) ?? "", /（2022收入支出决算总表!C32）/);
      assert.deepEqual(errors, []);
    } finally {
      await harness.close();
    }
  });
});
