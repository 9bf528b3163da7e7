// The pane with charts on, in real headless Chromium (the BUILT pane with the harness's Excel stand-in,
// backed by examples/mentougou-kexin-2023.xlsx): the preview shows each chart after its paragraph, and
// 写入工作表 adds one native chart per chart table beside the text. A screenshot goes to e2e-artifacts/.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { type RunningHarness, startHarness } from "./harness/server";
import { type LaunchedBrowser, ensureBuilt, launchChromium } from "./harness/browser";

const ROOT = resolve(__dirname, "..");
const ARTIFACTS = join(ROOT, "e2e-artifacts");

let harness: RunningHarness;
let chromium: LaunchedBrowser;

before(async () => {
  ensureBuilt(ROOT);
  mkdirSync(ARTIFACTS, { recursive: true });
  harness = await startHarness();
  chromium = await launchChromium();
});

after(async () => {
  await chromium?.close();
  await harness?.close();
});

interface ChartLog {
  charts: { sheet: string; type: string; source: string; props: Record<string, unknown>; deleted: boolean }[];
  writes: { sheet: string; address: string }[];
  syncs: number;
}

describe("charts in the task pane (Chromium)", () => {
  test("设置 → 插入图表: the preview shows seven charts; 写入工作表 adds seven native charts", async () => {
    const page = await chromium.context.newPage();
    // Fluent's accordion motion honours reduced motion: no click lands on a step still unfolding.
    await page.emulateMedia({ reducedMotion: "reduce" });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${harness.url}/taskpane.html`);
    await page.evaluate(() => window.__harness.ready);
    // Opening the pane reads the workbook (the 发布口径 is chosen from it): no 读取 click.
    await page.getByText(/^自动选择/).waitFor();

    await page.getByTestId("step-settings").getByRole("button").click();
    await page.getByLabel("插入图表（柱状图、饼图）").selectOption("true");
    await page.getByTestId("notice").getByText("设置已保存到工作簿。").waitFor();

    await page.getByTestId("generate").click();
    const preview = page.getByTestId("preview");
    await preview.waitFor();
    const figures = preview.locator("figure[data-chart]");
    await figures.nth(6).locator("img").waitFor();
    assert.equal(await figures.count(), 7);
    assert.deepEqual(await figures.locator("figcaption").allTextContents(), [
      "图1：收、支决算总计变动情况",
      "图2：收入决算结构",
      "图3：支出决算结构",
      "图4：财政拨款收、支决算总计变动情况",
      "图5：一般公共预算财政拨款支出决算结构（按类）",
      "图6：一般公共预算财政拨款支出预决算对比（按类）",
      "图7：“三公”经费财政拨款年初预算与决算对比",
    ]);
    // The pie's picture carries its values in the alternative text, and it has loaded.
    const pie = preview.locator('figure[data-chart="income-structure"] img');
    assert.match((await pie.getAttribute("alt")) ?? "", /财政拨款收入 104,505,587\.14元（93\.2%）；其他收入 7,573,269\.12元（6\.8%）/);
    assert.ok(await pie.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0));
    // Right after the income paragraph.
    const prev = await preview
      .locator('figure[data-chart="income-structure"]')
      .evaluate((f) => f.previousElementSibling?.textContent ?? "");
    assert.match(prev, /^2023年度本年收入合计112,078,856\.26元/);
    await preview.locator('figure[data-chart="income-structure"]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(ARTIFACTS, "charts-pane-preview.png") });

    await page.getByTestId("write-sheet").click();
    await page.getByTestId("notice").getByText(/^已写入工作表“决算说明”/).waitFor();
    const log = await page.evaluate(() => JSON.parse(JSON.stringify(window.__harness.excel.log)) as ChartLog);
    const charts = log.charts.filter((c) => c.sheet === "决算说明" && !c.deleted);
    assert.equal(charts.length, 7);
    assert.deepEqual(
      charts.map((c) => c.type),
      ["ColumnClustered", "Pie", "Pie", "ColumnClustered", "ColumnClustered", "ColumnClustered", "ColumnClustered"],
    );
    assert.equal(charts[1].props["title.text"], "图2：收入决算结构");
    assert.match(charts[1].source, /^D\d+:E\d+$/);
    assert.equal(log.writes.filter((w) => w.sheet === "决算说明").length, 1, "ONE values assignment");
    assert.deepEqual(errors, []);
    await page.close();
  });
});
