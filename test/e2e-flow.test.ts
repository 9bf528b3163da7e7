// The task pane as an accountant meets it, in real headless Chromium (the BUILT pane, the harness's Excel
// stand-in): from opening the pane to a saved .docx, every click counted, at 320, 350 and 500 px, with a
// screenshot of every step in e2e-artifacts/ (git-ignored). Each screenshot is checked for raw keys,
// instructions meant for developers, disabled inputs and horizontal scrolling; axe-core runs in the light,
// dark and high-contrast themes.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Locator, Page } from "playwright-core";
import { type RunningHarness, startHarness } from "./harness/server";
import { type LaunchedBrowser, ensureBuilt, launchChromium } from "./harness/browser";

const ROOT = resolve(__dirname, "..");
const ARTIFACTS = join(ROOT, "e2e-artifacts");
const AXE = readFileSync(join(ROOT, "node_modules/axe-core/axe.min.js"), "utf8");
const WIDTHS = [320, 350, 500];

/** Words that must never reach an accountant: machine keys, sheet-editing instructions, code words. */
const RAW = [
  /\b(reason|priorYear|budget|count|text|asset|table|keyProject|agencyOperatingCost|vehicleOperation)(:[\w.]+)+/,
  /键：/,
  /请在补充信息表/,
  /\b(undefined|null|NaN|wanYuan|yuan-1dp|wanyuan-2dp|functional)\b/,
];

let chromium: LaunchedBrowser;
const harnesses: Record<string, RunningHarness> = {};

before(async () => {
  ensureBuilt(ROOT);
  mkdirSync(ARTIFACTS, { recursive: true });
  harnesses.mentougou = await startHarness();
  harnesses.central = await startHarness({ workbook: join(ROOT, "examples/central-sample.xlsx") });
  harnesses.shanghai = await startHarness({ workbook: join(ROOT, "examples/shanghai-putuo-caizhengju-2024.xlsx") });
  chromium = await launchChromium();
});

after(async () => {
  await chromium?.close();
  for (const h of Object.values(harnesses)) await h.close();
});

interface Session {
  page: Page;
  clicks: number;
  /** A user's click: counted. */
  click(l: Locator): Promise<void>;
  errors: string[];
}

async function openPane(sample: string, width: number, query = ""): Promise<Session> {
  const page = await chromium.context.newPage();
  await page.setViewportSize({ width, height: 760 });
  // Fluent's accordion motion honours reduced motion: screenshots show steps, not transitions.
  await page.emulateMedia({ reducedMotion: "reduce" });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${harnesses[sample].url}/taskpane.html${query}`);
  await page.evaluate(() => window.__harness.ready);
  // Opening the pane reads the workbook: the tables and the 发布口径 are there before any click.
  await page.getByTestId("generate").waitFor();
  const s: Session = {
    page,
    clicks: 0,
    errors,
    async click(l) {
      s.clicks++;
      await l.click();
    },
  };
  return s;
}

/** Screenshot plus what every screenshot must satisfy. */
async function step(s: Session, name: string): Promise<void> {
  const { page } = s;
  const width = page.viewportSize()?.width ?? 0;
  await page.screenshot({ path: join(ARTIFACTS, `${name}-${width}.png`) });
  const text = await page.evaluate(() => document.body.innerText);
  for (const re of RAW) assert.doesNotMatch(text, re, `${name} at ${width}px shows ${re}`);
  assert.equal(await page.locator("input:disabled, textarea:disabled").count(), 0, `${name}: a dead input`);
  const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(scroll <= width, `${name} at ${width}px scrolls sideways (${scroll}px)`);
}

/** Saves the .docx through the route the platform gets; returns the downloaded bytes and the file name. */
async function saveDocx(s: Session): Promise<{ name: string; bytes: Buffer }> {
  const [dialog] = await Promise.all([s.page.waitForEvent("popup"), s.click(s.page.getByTestId("download-docx"))]);
  const save = dialog.getByTestId("deliver-save");
  await save.waitFor();
  const [download] = await Promise.all([dialog.waitForEvent("download"), s.click(save)]);
  const bytes = readFileSync(await download.path());
  await s.page.getByTestId("notice").getByText(/^已保存 .*\.docx。$/).waitFor();
  return { name: download.suggestedFilename(), bytes };
}

/** The element with the focus is inside the viewport (the user sees where they type). */
async function focusInView(s: Session): Promise<void> {
  const box = await s.page.evaluate(() => {
    const r = document.activeElement?.getBoundingClientRect();
    return r ? { top: r.top, bottom: r.bottom, height: window.innerHeight } : null;
  });
  assert.ok(box && box.top >= 0 && box.bottom <= box.height, `the focused input is out of view: ${JSON.stringify(box)}`);
}

async function fillFocused(s: Session, text: string): Promise<void> {
  const focused = s.page.locator(":focus");
  assert.equal(await focused.getAttribute("data-testid"), "need-input", "the next item's input has the focus");
  await focusInView(s);
  await focused.fill(text);
}

describe("one path from opening the pane to a Word document", () => {
  for (const width of WIDTHS) {
    test(`Mentougou at ${width}px: at most 3 clicks`, async () => {
      const s = await openPane("mentougou", width);
      assert.equal(await s.page.getByTestId("region").inputValue(), "", "the 发布口径 is chosen automatically");
      // The narrative's own choice (chooseProfile) and its reason, with the unit the text is written in.
      assert.match((await s.page.getByText(/^自动选择/).textContent()) ?? "", /部门名称“北京市门头沟区科学技术和信息化局”表明为北京市/);
      assert.equal(await s.page.getByTestId("region-unit").textContent(), "金额单位：元");
      // The current step is open, the one before it closed.
      assert.equal(await s.page.getByTestId("step-tables").getByRole("button").getAttribute("aria-expanded"), "false");
      await step(s, "m1-opened");
      await s.click(s.page.getByTestId("generate"));
      await s.page.getByTestId("result").waitFor();
      // The view moved to the result: its one 待填写 item is open, its input focused.
      await s.page.waitForFunction(() => document.activeElement?.getAttribute("data-testid") === "need-input");
      assert.equal(await s.page.evaluate(() => document.activeElement?.closest("[data-key]")?.getAttribute("data-key")), "reason:functional:224");
      assert.equal(await s.page.getByTestId("gap-count").textContent(), "1 项待填写，黄色标出");
      await focusInView(s);
      await step(s, "m2-generated");
      const { name, bytes } = await saveDocx(s);
      assert.equal(name, "北京市门头沟区科学技术和信息化局2023年度部门决算说明.docx");
      assert.equal(bytes.subarray(0, 2).toString("latin1"), "PK");
      assert.ok(s.clicks <= 3, `${s.clicks} clicks`);
      await step(s, "m3-saved");
      assert.deepEqual(s.errors, []);
      await s.page.close();
    });

    test(`central sample at ${width}px: missing items filled, at most 10 clicks, no visit to 设置`, async () => {
      const s = await openPane("central", width);
      assert.match((await s.page.getByTestId("region").locator("option").first().textContent()) ?? "", /^自动：中央/);
      assert.equal(await s.page.getByTestId("region-unit").textContent(), "金额单位：万元");
      await step(s, "c1-opened");
      await s.click(s.page.getByTestId("generate"));
      await s.page.getByTestId("result").waitFor();
      const preview = (await s.page.getByTestId("preview").textContent()) ?? "";
      assert.match(preview, /2023年度收、支总计4,257.70万元/, "万元 wording, chosen without 设置");
      // Counts agree: the items to fill, the gaps marked in the preview.
      const gapKeys = new Set(await s.page.locator("[data-gap]").evaluateAll((els) => els.map((e) => e.getAttribute("data-gap"))));
      assert.equal(await s.page.getByTestId("gap-count").textContent(), `${gapKeys.size} 项待填写，黄色标出`);
      assert.equal(gapKeys.size, 5);
      // 生成 also opened the first item with its input focused: no click to reach it.
      await s.page.waitForFunction(() => document.activeElement?.getAttribute("data-testid") === "need-input");
      await focusInView(s);
      await step(s, "c2-generated");

      // The central profile explains the 款 line (住房改革支出) as well as its 项 (提租补贴): both reasons are asked.
      const section = s.page.locator('[data-testid="need"]').first();
      assert.equal(await section.getAttribute("data-key"), "reason:functional:22102");
      assert.match((await section.textContent()) ?? "", /“住房改革支出”（款）决算数与年初预算数的差异/);
      await fillFocused(s, "提租补贴标准调整。");
      await s.click(section.getByTestId("need-save"));
      await s.page.locator('[data-key="reason:functional:22102"]').waitFor({ state: "detached" });

      const first = s.page.locator('[data-testid="need"]').first();
      assert.match((await first.textContent()) ?? "", /“提租补贴”（项）决算数与年初预算数的差异/);
      assert.match((await first.getByTestId("need-figures").textContent()) ?? "", /决算数21.60万元年初预算数20.00万元增加1.60万元增减率8.0%/);
      await step(s, "c3-fill-reason");
      await fillFocused(s, "住房补贴标准调整。");
      await s.click(first.getByTestId("need-save"));
      await s.page.locator('[data-key="reason:functional:2210202"]').waitFor({ state: "detached" });

      await fillFocused(s, "接待任务增加。");
      await s.click(s.page.locator('[data-key="reason:threePublic:officialReception"]').getByTestId("need-save"));
      await s.page.locator('[data-key="reason:threePublic:officialReception"]').waitFor({ state: "detached" });

      const cost = s.page.locator('[data-key="agencyOperatingCost"]');
      assert.match((await cost.textContent()) ?? "", /单位：万元/);
      await step(s, "c4-fill-amount");
      await fillFocused(s, "12万元");
      await s.click(cost.getByTestId("need-save"));
      await cost.waitFor({ state: "detached" });

      // With this year's 机关运行经费 known, the comparison needs last year's, then the reason for the change:
      // those items come next, each with the focus in its input.
      const prior = s.page.locator('[data-key="priorYear:agencyOperatingCost"]');
      assert.match((await prior.textContent()) ?? "", /机关运行经费的上年决算数/);
      await fillFocused(s, "11.5");
      await s.click(prior.getByTestId("need-save"));
      await prior.waitFor({ state: "detached" });

      const why = s.page.locator('[data-key="reason:total:agencyOperatingCost"]');
      assert.match((await why.getByTestId("need-figures").textContent()) ?? "", /本年数12.00万元上年数11.50万元增加0.50万元增减率4.3%/);
      await fillFocused(s, "会议费增加。");
      await s.click(why.getByTestId("need-save"));
      await why.waitFor({ state: "detached" });

      const perf = s.page.locator('[data-key="text:performance"]');
      assert.equal(await perf.locator("textarea").count(), 1, "a long text gets several lines");
      await fillFocused(s, "本部门组织开展了项目支出绩效自评。\n自评结果良好。");
      await step(s, "c5-fill-text");
      await s.click(perf.getByTestId("need-save"));
      await s.page.getByTestId("notice").getByText("待填写内容已全部保存，可以保存 Word 文档了。").waitFor();
      await step(s, "c6-all-filled");

      const writes = await s.page.evaluate(() => window.__harness.excel.log.writes.map((w) => [w.sheet, w.values[0][0]]));
      assert.deepEqual(writes, [
        ["补充信息", "提租补贴标准调整。"],
        ["补充信息", "住房补贴标准调整。"],
        ["补充信息", "接待任务增加。"],
        ["补充信息", 12],
        ["补充信息", 11.5],
        ["补充信息", "会议费增加。"],
        ["补充信息", "本部门组织开展了项目支出绩效自评。\n自评结果良好。"],
      ]);
      const { bytes } = await saveDocx(s);
      assert.equal(bytes.subarray(0, 2).toString("latin1"), "PK");
      // 生成, 7 saves, 保存 Word 文档, 保存 in the page that offers the file.
      assert.ok(s.clicks <= 10, `${s.clicks} clicks`);
      assert.equal(await s.page.getByTestId("step-settings").getByRole("button").getAttribute("aria-expanded"), "false", "设置 never opened");
      await step(s, "c7-saved");
      assert.deepEqual(s.errors, []);
      await s.page.close();
    });

    test(`Shanghai sample (普陀区财政局 2024) at ${width}px: the Shanghai style chosen, a Word document saved`, async () => {
      const s = await openPane("shanghai", width);
      assert.equal(await s.page.getByTestId("region").inputValue(), "", "the 发布口径 is chosen automatically");
      assert.match((await s.page.getByTestId("region").locator("option").first().textContent()) ?? "", /^自动：上海/);
      assert.match((await s.page.getByText(/^自动选择/).textContent()) ?? "", /上海市/);
      await step(s, "s1-opened");
      await s.click(s.page.getByTestId("generate"));
      await s.page.getByTestId("result").waitFor();
      const preview = (await s.page.getByTestId("preview").textContent()) ?? "";
      assert.match(preview, /上海市普陀区财政局/);
      assert.match(preview, /2024年/);
      await step(s, "s2-generated");
      const { name, bytes } = await saveDocx(s);
      assert.match(name, /^上海市普陀区财政局.*2024年度.*\.docx$/);
      assert.equal(bytes.subarray(0, 2).toString("latin1"), "PK");
      await step(s, "s3-saved");
      assert.deepEqual(s.errors, []);
      await s.page.close();
    });
  }
});

describe("safe amounts", () => {
  test("“120,000” in a 万元 workbook is saved only after a confirmation at the field", async () => {
    const s = await openPane("central", 350);
    await s.click(s.page.getByTestId("generate"));
    await s.click(s.page.getByTestId("next-need"));
    const cost = s.page.locator('[data-key="agencyOperatingCost"]');
    await cost.getByTestId("need-input").fill("120,000");
    await cost.getByTestId("need-save").click();
    const confirm = cost.getByTestId("need-confirm");
    await confirm.waitFor();
    assert.match((await cost.textContent()) ?? "", /120,000.00万元比本年支出合计（4,\d{3}\.\d{2}万元）还大，是它的 \d+ 倍/);
    assert.equal(await s.page.evaluate(() => window.__harness.excel.log.writes.length), 0, "nothing saved yet");
    await step(s, "a1-confirm");
    await confirm.click();
    await cost.waitFor({ state: "detached" });
    assert.deepEqual(await s.page.evaluate(() => window.__harness.excel.log.writes.map((w) => w.values[0][0])), [120000]);
    await s.page.close();
  });

  test("a wrong amount is refused at the field with the accepted forms", async () => {
    const s = await openPane("central", 350);
    await s.click(s.page.getByTestId("generate"));
    await s.click(s.page.getByTestId("next-need"));
    const cost = s.page.locator('[data-key="agencyOperatingCost"]');
    await cost.getByTestId("need-input").fill("十二万");
    await cost.getByTestId("need-save").click();
    await cost.getByText(/“十二万”不是金额。可写 12.5、12.5万元、12.5万 或 125000元。/).waitFor();
    // "120000元" in a 万元 sheet is 12 万元.
    await cost.getByTestId("need-input").fill("120000元");
    await cost.getByTestId("need-save").click();
    await cost.waitFor({ state: "detached" });
    assert.deepEqual(await s.page.evaluate(() => window.__harness.excel.log.writes.map((w) => w.values[0][0])), [12]);
    await s.page.close();
  });
});

describe(".docx delivery per platform", () => {
  test("Excel for Mac: the system browser gets the file in the address's fragment", async () => {
    const s = await openPane("mentougou", 350, "?platform=Mac");
    await s.click(s.page.getByTestId("generate"));
    const [browser] = await Promise.all([s.page.waitForEvent("popup"), s.click(s.page.getByTestId("download-docx"))]);
    await s.page.getByTestId("notice").getByText(/^已在浏览器中打开“.*\.docx”的保存页面/).waitFor();
    assert.equal(await s.page.evaluate(() => window.__harness.officeDialogs.length), 0, "no Office dialog on Mac");
    assert.deepEqual(await s.page.evaluate(() => window.__harness.dialogCalls), []);
    const url = (await s.page.evaluate(() => window.__harness.browserWindows))[0];
    assert.match(url, /\?view=deliver#name=/);
    const [download] = await Promise.all([browser.waitForEvent("download"), browser.getByTestId("deliver-save").click()]);
    assert.equal(readFileSync(await download.path()).subarray(0, 2).toString("latin1"), "PK");
    await s.page.close();
  });

  test("Excel on Windows: an Office dialog offers the file; success only once it was saved there", async () => {
    const s = await openPane("mentougou", 350, "?platform=PC");
    await s.click(s.page.getByTestId("generate"));
    const [dialog] = await Promise.all([s.page.waitForEvent("popup"), s.click(s.page.getByTestId("download-docx"))]);
    const save = dialog.getByTestId("deliver-save");
    await save.waitFor();
    // The dialog got the file (one messageChild, after its "ready") and offers it under the document's name.
    const calls = () => s.page.evaluate(() => window.__harness.dialogCalls);
    assert.deepEqual(await calls(), ["displayDialogAsync", "messageChild:file"]);
    assert.match((await s.page.evaluate(() => window.__harness.officeDialogs))[0], /\/taskpane\.html\?view=deliver$/, "no file in the dialog's address");
    assert.equal(await save.getAttribute("download"), "北京市门头沟区科学技术和信息化局2023年度部门决算说明.docx");
    assert.match((await save.getAttribute("href")) ?? "", /^blob:/);
    // Not saved yet: the pane says nothing of success.
    assert.equal(await s.page.getByTestId("notice").getByText(/^已保存/).count(), 0);
    assert.equal(await s.page.evaluate(() => window.__harness.browserWindows.length), 0, "no system browser on Windows");
    const [download] = await Promise.all([dialog.waitForEvent("download"), save.click()]);
    assert.equal(readFileSync(await download.path()).subarray(0, 2).toString("latin1"), "PK");
    await s.page.getByTestId("notice").getByText(/^已保存 .*\.docx。$/).waitFor();
    // The pane closes the dialog a moment after the save (closing at once could cut the download short).
    await s.page.waitForFunction(() => window.__harness.dialogCalls.includes("close"));
    assert.deepEqual(await calls(), ["displayDialogAsync", "messageChild:file", "close"]);
    await s.page.close();
  });

  test("an Office without the dialog API: no dialog, no success, the other ways named", async () => {
    const s = await openPane("mentougou", 350, "?platform=PC&requirements=none");
    await s.click(s.page.getByTestId("generate"));
    await s.click(s.page.getByTestId("download-docx"));
    await s.page.getByTestId("notice").getByText(/不支持保存文件所需的对话框.*“写入工作表”“复制文字”/).waitFor();
    assert.deepEqual(await s.page.evaluate(() => window.__harness.dialogCalls), []);
    assert.equal(await s.page.getByTestId("notice").getByText(/^已保存/).count(), 0);
    await s.page.close();
  });

  test("Excel on the web with the dialog blocked: an error, never success", async () => {
    const s = await openPane("mentougou", 350, "?platform=OfficeOnline&dialog=blocked");
    await s.click(s.page.getByTestId("generate"));
    await s.click(s.page.getByTestId("download-docx"));
    await s.page.getByTestId("notice").getByText("出错了：保存窗口无法打开：窗口被浏览器阻止或被忽略，请允许此网站弹出窗口后再试（代码 12009）。").waitFor();
    assert.deepEqual(await s.page.evaluate(() => window.__harness.dialogCalls), ["displayDialogAsync"]);
    assert.equal(await s.page.getByTestId("notice").getByText(/^已保存/).count(), 0);
    await s.page.close();
  });

  test("closing the dialog without saving is not reported as success", async () => {
    const s = await openPane("mentougou", 350, "?platform=PC");
    await s.click(s.page.getByTestId("generate"));
    const [dialog] = await Promise.all([s.page.waitForEvent("popup"), s.click(s.page.getByTestId("download-docx"))]);
    await dialog.getByTestId("deliver-save").waitFor();
    await dialog.close();
    await s.page.getByTestId("notice").getByText("保存窗口已关闭，Word 文档未保存。").waitFor();
    await s.page.close();
  });
});

describe("accessibility (axe-core)", () => {
  for (const theme of ["light", "dark", "contrast"] as const) {
    test(`no serious or critical violation, ${theme} theme, every step open`, async () => {
      const s = await openPane("central", 350, theme === "light" ? "" : `?theme=${theme}`);
      await s.page.getByTestId("generate").click();
      await s.page.getByTestId("result").waitFor();
      // 生成 left the result, 补充待填写 (its first item focused) and 输出 open; the others are opened here.
      assert.equal(await s.page.getByTestId("step-fill").getByRole("button").getAttribute("aria-expanded"), "true");
      for (const id of ["tables", "proofread", "settings"]) {
        const h = s.page.getByTestId(`step-${id}`).getByRole("button");
        assert.equal(await h.getAttribute("aria-expanded"), "false");
        await h.click();
      }
      // The lazily loaded steps (校对, 设置) are there before axe looks.
      await s.page.getByTestId("profile").waitFor();
      await s.page.getByTestId("proof-text").waitFor();
      await s.page.addScriptTag({ content: AXE });
      const violations = await s.page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(o?: unknown): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
        // Fluent's focus manager (tabster) puts aria-hidden focus sentinels (<i data-tabster-dummy>) at the
        // edges of the page; focus landing on one is moved on at once, so no one reads them. Left out.
        const r = await axe.run({ exclude: [["[data-tabster-dummy]"]] });
        return r.violations
          .filter((v) => v.impact === "serious" || v.impact === "critical")
          .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
      });
      await s.page.screenshot({ path: join(ARTIFACTS, `axe-${theme}-350.png`), fullPage: true });
      assert.deepEqual(violations, []);
      await s.page.close();
    });
  }

  test("the preview is one tab stop per paragraph; arrow keys reach the figures inside", async () => {
    const s = await openPane("mentougou", 350);
    await s.page.getByTestId("generate").click();
    await s.page.getByTestId("result").waitFor();
    const preview = s.page.getByTestId("preview");
    const stops = await preview.evaluate((el) => [...el.querySelectorAll<HTMLElement>("*")].filter((e) => e.tabIndex >= 0).length);
    const paragraphs = await preview.locator("[data-paragraph][tabindex='0']").count();
    assert.equal(stops, paragraphs);
    assert.ok(paragraphs > 20 && (await preview.locator("[data-figure]").count()) > 100);
    const p = preview.locator("[data-paragraph][tabindex='0']", { hasText: "112,078,856.26元" }).first();
    await p.focus();
    await s.page.keyboard.press("ArrowRight");
    assert.equal(await s.page.evaluate(() => document.activeElement?.hasAttribute("data-figure")), true);
    await s.page.keyboard.press("Enter");
    await s.page.getByTestId("figure-popover").waitFor();
    await s.page.keyboard.press("Escape");
    // A gap in the preview opens its item with the input focused.
    const gap = preview.locator("[data-gap]").first();
    const key = await gap.getAttribute("data-gap");
    assert.equal(key, "reason:functional:224");
    await gap.click();
    await s.page.waitForFunction(() => document.activeElement?.getAttribute("data-testid") === "need-input");
    assert.equal(await s.page.evaluate(() => document.activeElement?.closest("[data-key]")?.getAttribute("data-key")), key);
    await s.page.close();
  });
});
