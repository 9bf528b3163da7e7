// End to end in real headless Chromium: the BUILT pane (dist/) with the harness's Excel stand-in, backed by
// examples/mentougou-kexin-2023.xlsx. Screenshots of each step go to e2e-artifacts/ (git-ignored).
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Page } from "playwright-core";
import { type RunningHarness, startHarness } from "./harness/server";
import { type LaunchedBrowser, ensureBuilt, launchChromium } from "./harness/browser";

const ROOT = resolve(__dirname, "..");
const ARTIFACTS = join(ROOT, "e2e-artifacts");
const INCOME_SENTENCE = "2023年度本年收入合计112,078,856.26元，比上年增加39,551,070.89元，增长54.5%";
const REASON_224_KEY = "reason:functional:224";
const HOSTILE = "<img src=x onerror=alert(1)>";

let harness: RunningHarness;
let chromium: LaunchedBrowser;

before(async () => {
  ensureBuilt(ROOT);
  mkdirSync(ARTIFACTS, { recursive: true });
  harness = await startHarness();
  chromium = await launchChromium();
  await chromium.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: harness.url });
});

after(async () => {
  await chromium?.close();
  await harness?.close();
});

interface Log {
  writes: { sheet: string; address: string; values: unknown[][] }[];
  addedSheets: string[];
  selections: string[];
}

async function openPane(): Promise<{ page: Page; dialogs: string[]; errors: string[] }> {
  const page = await chromium.context.newPage();
  // Fluent's accordion motion honours reduced motion: a click never lands while a step is still unfolding
  // and moving what is below it (as e2e-flow.test.ts does).
  await page.emulateMedia({ reducedMotion: "reduce" });
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${harness.url}/taskpane.html`);
  await page.evaluate(() => window.__harness.ready);
  // Opening the pane reads the workbook.
  await page.getByTestId("generate").waitFor();
  return { page, dialogs, errors };
}

const log = (page: Page) => page.evaluate(() => JSON.parse(JSON.stringify(window.__harness.excel.log)) as Log);
const shot = (page: Page, name: string) => page.screenshot({ path: join(ARTIFACTS, name) });

/** Opens a closed step by its header. */
async function openStep(page: Page, id: string): Promise<void> {
  const h = page.getByTestId(`step-${id}`).getByRole("button");
  if ((await h.getAttribute("aria-expanded")) === "false") await h.click();
}

async function readTables(page: Page): Promise<void> {
  await openStep(page, "tables");
  await page.getByTestId("read").click();
  await page.getByTestId("tables-found-count").waitFor();
  await openStep(page, "tables");
}

async function fillNeed(page: Page, key: string, text: string): Promise<void> {
  await openStep(page, "fill");
  const item = page.locator(`[data-testid="need"][data-key="${key}"]`);
  await item.getByTestId("need-input").fill(text);
  await item.getByTestId("need-save").click();
  await item.waitFor({ state: "detached" }); // filled: the narrative no longer asks for it
}

describe("task pane end to end (Chromium)", () => {
  test("识别报表 → 补充信息 → 生成说明 → 输出", async () => {
    const { page, dialogs, errors } = await openPane();
    // A wrong figure in the procurement table, so the checks have a finding to click.
    await page.evaluate(() => window.__harness.setCell("政府采购情况表", "C6", 999));

    // 1. 识别报表
    await readTables(page);
    assert.equal(await page.getByTestId("tables-found-count").textContent(), "已识别 13 张表");
    assert.equal(await page.getByTestId("table-found").count(), 13);
    const first = page.getByTestId("table-found").first();
    assert.match((await first.textContent()) ?? "", /收入支出决算总表.*收入支出决算总表!A1:F32.*单位：元/);
    // 一般公共预算财政拨款收入支出决算表 is an alternative the 13-table set does not need: nothing is missing.
    assert.equal(await page.getByTestId("table-missing").count(), 0);
    await shot(page, "01-tables.png");

    // Settings: the year, kept in the workbook's settings.
    await page.getByRole("button", { name: "设置" }).click();
    const year = page.getByLabel("决算年度（留空则从报表读取）");
    await year.fill("2023");
    await year.press("Enter");
    await page.getByTestId("notice").getByText("设置已保存到工作簿。").waitFor();
    const stored = await page.evaluate(() => window.__harness.settings.persisted());
    assert.equal(JSON.parse(String(stored["juesuan.settings"])).narrative.year, 2023);

    // 2. 补充信息: the sample has the sheet (opened, not rewritten); the 224 reason is missing on purpose.
    await openStep(page, "fill");
    await page.getByTestId("supplement-open").click();
    await page.getByTestId("notice").getByText("已打开工作表“补充信息”。").waitFor();
    assert.equal((await log(page)).writes.length, 0);
    const need = page.locator(`[data-testid="need"][data-key="${REASON_224_KEY}"]`);
    assert.match((await need.textContent()) ?? "", /灾害防治及应急管理支出/);
    await need.scrollIntoViewIfNeeded();
    await shot(page, "02-supplement.png");
    await fillNeed(page, REASON_224_KEY, "应急物资储备经费增加");
    const afterSave = await log(page);
    assert.equal(afterSave.writes.length, 1, "only the value cell of that key's row is written");
    assert.equal(afterSave.writes[0].sheet, "补充信息");
    assert.match(afterSave.writes[0].address, /^D\d+$/);
    assert.deepEqual(afterSave.writes[0].values, [["应急物资储备经费增加"]]);

    // 3. 生成说明: findings first, then the preview.
    await openStep(page, "generate");
    await page.getByTestId("generate").click();
    await page.getByTestId("preview").waitFor();
    const preview = (await page.getByTestId("preview").textContent()) ?? "";
    assert.ok(preview.includes(INCOME_SENTENCE), `preview lacks: ${INCOME_SENTENCE}`);
    assert.ok(preview.includes("主要原因：应急物资储备经费增加"));
    assert.ok(preview.includes("北京市门头沟区科学技术和信息化局2023年度部门决算说明"));
    const finding = page.locator('[data-testid="finding"][data-severity="error"]').first();
    assert.match((await finding.textContent()) ?? "", /政府采购情况表!B6/);
    assert.match((await finding.textContent()) ?? "", /^错误 合计与明细不符/);
    await page.getByTestId("findings-summary").scrollIntoViewIfNeeded();
    await shot(page, "03-generate.png");

    // Clicking a finding selects its cells in Excel.
    await finding.click();
    await page.getByTestId("notice").getByText(/^已选中/).waitFor();
    // A sum: the whole range involved is selected, not only the total.
    assert.match((await log(page)).selections.at(-1) ?? "", /^政府采购情况表!B6:[A-Z]+\d+$/);

    // A figure shows its sources and formula, and can select them.
    const fig = page.getByTestId("preview").locator("[data-figure]", { hasText: "112,078,856.26元" }).first();
    assert.match((await fig.getAttribute("title")) ?? "", /收入支出决算总表!/);
    await fig.click();
    const pop = page.getByTestId("figure-popover");
    await pop.waitFor();
    assert.match((await pop.textContent()) ?? "", /计算：.*来源：本年收入合计 112,078,856.26（收入支出决算总表!C\d+）/);
    await shot(page, "04-figure.png");
    const before = (await log(page)).selections.length;
    await pop.getByTestId("figure-select").click();
    await page.waitForFunction((n) => window.__harness.excel.log.selections.length > n, before);
    assert.match((await log(page)).selections.at(-1) ?? "", /^收入支出决算总表!C\d+$/);
    await page.keyboard.press("Escape");

    // 4. 输出: one values write into a new sheet 决算说明.
    await page.getByTestId("write-sheet").click();
    await page.getByTestId("notice").getByText(/^已写入工作表“决算说明”/).waitFor();
    const out = await log(page);
    assert.deepEqual(out.addedSheets, ["决算说明"]);
    const sheetWrites = out.writes.filter((w) => w.sheet === "决算说明");
    assert.equal(sheetWrites.length, 1, "ONE values assignment");
    const grid = sheetWrites[0].values as string[][];
    assert.equal(sheetWrites[0].address, `A1:B${grid.length}`);
    assert.deepEqual(grid[0], ["北京市门头沟区科学技术和信息化局2023年度部门决算说明", ""]);
    assert.deepEqual(grid[1], ["", ""]);
    assert.ok(grid.length > 40);
    const incomeRow = grid.find((r) => r[0].includes(INCOME_SENTENCE));
    assert.ok(incomeRow, "the income sentence is a row of the sheet");
    assert.match(incomeRow[1], /^来源：收入支出决算总表!C\d+/);
    await shot(page, "05-output.png");

    // Writing again asks: 覆盖 / 另存为新版本 / 取消 — and never overwrites by itself.
    await page.getByTestId("write-sheet").click();
    const dialog = page.getByTestId("overwrite-dialog");
    await dialog.waitFor();
    assert.match((await dialog.textContent()) ?? "", /已有工作表“决算说明”/);
    await shot(page, "06-dialog.png");
    await page.getByTestId("cancel-write").click();
    await page.getByTestId("notice").getByText("已取消，未写入。").waitFor();
    assert.equal((await log(page)).writes.length, out.writes.length);
    await page.getByTestId("write-sheet").click();
    await page.getByTestId("save-as-new").click();
    await page.getByTestId("notice").getByText(/^已写入工作表“决算说明 \(2\)”/).waitFor();
    assert.deepEqual((await log(page)).addedSheets, ["决算说明", "决算说明 (2)"]);

    // .docx through the Office dialog (docx is a separate chunk loaded on demand).
    const [dialogPage] = await Promise.all([page.waitForEvent("popup"), page.getByTestId("download-docx").click()]);
    const [download] = await Promise.all([dialogPage.waitForEvent("download"), dialogPage.getByTestId("deliver-save").click()]);
    assert.equal(download.suggestedFilename(), "北京市门头沟区科学技术和信息化局2023年度部门决算说明.docx");
    const path = await download.path();
    const { readFileSync } = await import("node:fs");
    const bytes = readFileSync(path);
    assert.equal(bytes.subarray(0, 2).toString("latin1"), "PK");

    // Copy the text.
    await page.getByTestId("copy-text").click();
    await page.getByTestId("notice").getByText("已复制到剪贴板。").waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.ok(copied.includes(INCOME_SENTENCE));
    await shot(page, "07-done.png");

    assert.deepEqual(dialogs, []);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("校对: a pasted text with two mistakes, each excerpt marked, a click selects its cells", async () => {
    const { page, dialogs, errors } = await openPane();
    const lines = [
      "“科技条件与服务”（款）2023年度决算4,276,060.24元，比2023年年初预算增加595,509.17元，增长16.3%。",
      "2023年度“三公”经费财政拨款决算数44,531.60元，比年初预算140,987.00元，减少96455.40元。",
      `${INCOME_SENTENCE}。`,
    ];
    // The workbook is not read first: 校对 reads it itself.
    await openStep(page, "proofread");
    await page.getByTestId("proof-text").fill(lines.join("\n"));
    await page.getByTestId("proof-run").click();
    await page.getByTestId("proof-summary").waitFor();
    // The missing separator departs from the text's own convention: a warning (docs/proofread.md).
    assert.equal(await page.getByTestId("proof-summary").textContent(), "校对结果：1 个错误，1 个警告，0 条提示");
    const items = page.getByTestId("proof-finding");
    assert.deepEqual(await items.evaluateAll((els) => els.map((e) => e.getAttribute("data-rule"))), [
      "proof.rate-mismatch",
      "proof.grouping",
    ]);
    assert.deepEqual(await page.getByTestId("proof-excerpt").allTextContents(), ["16.3%", "96455.40元"]);
    const rate = items.first();
    assert.match((await rate.textContent()) ?? "", /增长16\.3%。.*应为16\.2%.*应为 16\.2%，文中为 16\.3%/);

    // Clicking the finding shows its whole sentence (excerpt marked) and selects its cells in Excel.
    await rate.click();
    const sentence = page.getByTestId("proof-sentence");
    await sentence.waitFor();
    assert.equal(await sentence.textContent(), lines[0]);
    assert.equal(await sentence.getByTestId("proof-sentence-excerpt").textContent(), "16.3%");
    await page.getByTestId("notice").getByText(/^已选中 一般公共预算财政拨款支出决算表!E\d+/).waitFor();
    assert.match((await log(page)).selections.at(-1) ?? "", /^一般公共预算财政拨款支出决算表!E\d+$/);
    await page.getByTestId("proof-summary").evaluate((el) => el.scrollIntoView({ block: "start" }));
    await shot(page, "09-proofread.png");

    // The text can also come from the selected cells (a whole column: only its used part is read).
    await page.evaluate((rows) => {
      window.__harness.addSheet("说明草稿", rows.map((r) => [r]));
      window.__harness.selectAsUser("说明草稿", "A:A");
    }, lines);
    await page.getByTestId("proof-read-selection").click();
    await page.getByTestId("notice").getByText("已读取 说明草稿!A1:A3 的文字（3 行）。").waitFor();
    assert.equal(await page.getByTestId("proof-text").inputValue(), lines.join("\n"));

    assert.deepEqual(dialogs, []);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("hostile text in a reason and a sheet name shows literally and runs nothing", async () => {
    const { page, dialogs, errors } = await openPane();
    await page.evaluate((name) => {
      window.__harness.addSheet(name, [["x", 1], ["y", 2]]);
      window.__harness.selectAsUser(name, "A1:B2");
    }, HOSTILE);
    await readTables(page);
    // Point a table at the hostile sheet's selection: the name is shown as text.
    await page.getByTestId("point-table-id").selectOption("generalBudgetIncomeExpenditure");
    await page.getByTestId("point-table").click();
    await openStep(page, "tables");
    await page.getByText(`已指定：${HOSTILE}!A1:B2`).waitFor();
    await fillNeed(page, REASON_224_KEY, HOSTILE);
    await openStep(page, "generate");
    await page.getByTestId("generate").click();
    await page.getByTestId("preview").waitFor();
    assert.ok(((await page.getByTestId("preview").textContent()) ?? "").includes(`主要原因：${HOSTILE}`));
    await page.getByTestId("preview").getByText(HOSTILE).first().scrollIntoViewIfNeeded();
    await shot(page, "08-hostile.png");
    assert.equal(await page.locator("img").count(), 0, "no element was created from user text");
    assert.deepEqual(dialogs, []);
    assert.deepEqual(await page.evaluate(() => window.__harness.dialogs), []);
    assert.deepEqual(errors, []);
    await page.close();
  });
});
