// The pane's new pure logic: amounts typed by a person, 待填写 items in plain words, finding targets,
// the .docx route per platform, the theme. Expected values are worked out by hand in each test.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { Dec } from "../src/core";
import { readXlsx } from "../src/cli/read-xlsx";
import { acceptedForms, echo, implausible, readAmountInput } from "../src/taskpane/logic/amount-input";
import { analyse } from "../src/taskpane/logic/pipeline";
import { defaultPaneSettings } from "../src/taskpane/logic/pane-settings";
import { fillable, limitFor, needsOf, sheetUnit } from "../src/taskpane/logic/needs";
import { findingView, selectionTargets } from "../src/taskpane/logic/findings";
import { base64ToBytes, bytesToBase64, chooseRoute, decodeMessage, deliveryUrl, encodeMessage, fileFromHash } from "../src/taskpane/logic/delivery";
import { isDarkColor, themeKind } from "../src/taskpane/logic/theme";
import { dialogFailure } from "../src/office/dialog";

const value = (r: ReturnType<typeof readAmountInput>) => (r.ok ? `${r.value.toString()}|${r.written ?? "-"}` : `!${r.message}`);

describe("amounts as typed", () => {
  test("each accepted form, converted exactly into the field's unit", () => {
    assert.equal(value(readAmountInput("12万元", "wanYuan")), "12|wanYuan");
    assert.equal(value(readAmountInput("12万", "wanYuan")), "12|wanYuan");
    assert.equal(value(readAmountInput("120,000", "wanYuan")), "120000|-");
    assert.equal(value(readAmountInput("120000元", "wanYuan")), "12|yuan");
    assert.equal(value(readAmountInput("12万元", "yuan")), "120000|wanYuan");
    assert.equal(value(readAmountInput("１２．３４万", "yuan")), "123400|wanYuan");
    assert.equal(value(readAmountInput("0.01元", "wanYuan")), "0.000001|yuan");
  });
  test("a wrong text is refused with the accepted forms", () => {
    assert.equal(value(readAmountInput("十二万", "wanYuan")), `!“十二万”不是金额。${acceptedForms("wanYuan")}。`);
    assert.equal(value(readAmountInput("万元", "wanYuan")).startsWith("!"), true);
    assert.equal(value(readAmountInput("", "yuan")), "!请填写金额。");
  });
  test("larger than the total it belongs to: a question, with the ratio", () => {
    const limit = { yuan: new Dec("42577000"), label: "本年支出合计" }; // 4,257.70万元
    assert.equal(implausible(new Dec(12), "wanYuan", limit), null);
    assert.equal(
      implausible(new Dec(120000), "wanYuan", limit),
      "120,000.00万元比本年支出合计（4,257.70万元）还大，是它的 28 倍。请核对单位和位数；确认无误再点“仍然保存”。",
    );
    assert.equal(implausible(new Dec(120000), "wanYuan", null), null);
    assert.equal(echo(new Dec("0.000001"), "wanYuan"), "0.000001万元");
  });
  test("last year's totals and budget lines are bounded too; asset values are not", async () => {
    const a = analyse(await readXlsx(join(__dirname, "../examples/central-sample.xlsx")), defaultPaneSettings());
    const total = a.accounts.incomeExpenditureSummary?.expenditureTotal?.value;
    assert.ok(total && total.gt(0));
    assert.equal(limitFor("agencyOperatingCost", a.accounts)?.yuan.toString(), total.toString());
    for (const key of ["priorYear:grandTotal", "priorYear:expenditureTotal", "budget:functional:2010101"]) {
      const limit = limitFor(key, a.accounts);
      assert.equal(limit?.label, "本年支出合计的 3 倍", key);
      assert.equal(limit?.yuan.toString(), total.mul(3).toString(), key);
      // "120,000" typed into the 万元 sheet asks first; a plausible 4,000 does not.
      assert.match(implausible(new Dec(120000), "wanYuan", limit ?? null) ?? "", /^120,000.00万元比本年支出合计的 3 倍（[\d,]+\.\d{2}万元）还大，是它的 \d+ 倍/);
      assert.equal(implausible(new Dec(4000), "wanYuan", limit ?? null), null);
    }
    assert.equal(limitFor("asset:buildingValue", a.accounts), null);
  });
});

describe("待填写 items in plain words (central sample)", () => {
  test("titles without keys or sheet instructions, figures, unit, kinds", async () => {
    const sheets = await readXlsx(join(__dirname, "../examples/central-sample.xlsx"));
    const a = analyse(sheets, defaultPaneSettings());
    const sheet = sheets.find((s) => s.name === "补充信息");
    assert.equal(sheetUnit(sheet), "wanYuan");
    const needs = needsOf(a.narrative.warnings, a.accounts, sheet, a.missingTables);
    assert.deepEqual(
      needs.map((n) => [n.key, n.kind, n.label, n.title, n.multiline]),
      [
        // The central profile explains the 款 line as well as its 项 (src/narrative, region profiles).
        ["reason:functional:22102", "text", "主要原因", "“住房改革支出”（款）决算数与年初预算数的差异", true],
        ["reason:functional:2210202", "text", "主要原因", "“提租补贴”（项）决算数与年初预算数的差异", true],
        ["reason:threePublic:officialReception", "text", "主要原因", "公务接待费决算数与年初预算数的差异", true],
        ["agencyOperatingCost", "amount", "机关运行经费", "本年度机关运行经费（日常公用经费）决算数", false],
        ["text:performance", "text", "绩效评价情况", "第四部分 部门绩效评价情况", true],
        // No table items: the sample has every table of the central set (the other four are Beijing's).
      ],
    );
    // 住房改革支出: 165.40 against a budget of 163.80 万元: +1.60, 1.60 / 163.80 = 0.977% → 1.0%.
    assert.deepEqual(needs[0].figures, [
      { label: "决算数", text: "165.40万元" },
      { label: "年初预算数", text: "163.80万元" },
      { label: "增加", text: "1.60万元" },
      { label: "增减率", text: "1.0%" },
    ]);
    // 提租补贴: 21.60 against a budget of 20.00 万元 (central-sample.ts): +1.60, +8.0%.
    assert.deepEqual(needs[1].figures, [
      { label: "决算数", text: "21.60万元" },
      { label: "年初预算数", text: "20.00万元" },
      { label: "增加", text: "1.60万元" },
      { label: "增减率", text: "8.0%" },
    ]);
    assert.equal(needs[3].limit?.label, "本年支出合计");
    assert.equal(fillable(needs).length, 5);
    assert.equal(needs[1].slot?.address, "D115");
  });
});

describe("findings point right", () => {
  test("a sum selects its whole range; an identity between tables selects each sheet in turn", () => {
    assert.deepEqual(selectionTargets(["表5!C20", "表5!C6", "表5!C7", "表5!C19"]), ["表5!C6:C20"]);
    assert.deepEqual(selectionTargets(["总表!C12", "收入表!D8"]), ["总表!C12", "收入表!D8"]);
    const sum = findingView({ rule: "r", severity: "error", message: "m", cells: ["表5!C20", "表5!C6", "表5!C7"] });
    assert.deepEqual(sum, { title: "合计与明细不符", message: "m", targets: ["表5!C6:C20"] });
    assert.equal(findingView({ rule: "r", severity: "error", message: "m", cells: ["总表!C12", "收入表!D8"] }).title, "表间数据不一致");
  });
});

describe(".docx route per platform", () => {
  test("dialog on Windows and the web, system browser on Mac, a link outside Office", () => {
    const all = { dialogApi12: true, openBrowserWindow: true };
    assert.deepEqual(chooseRoute({ platform: "PC", ...all }), { route: "dialog" });
    assert.deepEqual(chooseRoute({ platform: "OfficeOnline", ...all }), { route: "dialog" });
    assert.deepEqual(chooseRoute({ platform: "Mac", ...all }), { route: "browser" });
    assert.deepEqual(chooseRoute({ platform: null, dialogApi12: false, openBrowserWindow: false }), { route: "link" });
    assert.equal(chooseRoute({ platform: "PC", dialogApi12: false, openBrowserWindow: true }).route, null);
    assert.equal(chooseRoute({ platform: "Mac", dialogApi12: true, openBrowserWindow: false }).route, null);
  });
  test("a dialog that cannot open is told in plain words, with Office's code", () => {
    assert.equal(dialogFailure(12007, "x"), "保存窗口无法打开：已有一个保存窗口开着，请先关闭它（代码 12007）。");
    assert.equal(dialogFailure(12009, "blocked"), "保存窗口无法打开：窗口被浏览器阻止或被忽略，请允许此网站弹出窗口后再试（代码 12009）。");
    assert.equal(dialogFailure(12345, "Internal"), "保存窗口无法打开（12345 Internal）。");
    assert.equal(dialogFailure(undefined, undefined), "保存窗口无法打开。");
  });
  test("the file survives the fragment and the messages", () => {
    const bytes = Uint8Array.from([80, 75, 3, 4, 0, 255, 128]);
    const b64 = bytesToBase64(bytes);
    assert.deepEqual([...base64ToBytes(b64)], [...bytes]);
    const url = deliveryUrl("https://host/app/taskpane.html?x=1#y", { name: "说明 (2).docx", base64: b64 });
    assert.match(url, /^https:\/\/host\/app\/taskpane\.html\?view=deliver#name=/);
    assert.deepEqual(fileFromHash(new URL(url).hash), { name: "说明 (2).docx", base64: b64 });
    assert.deepEqual(decodeMessage(encodeMessage({ type: "saved", name: "a.docx" })), { type: "saved", name: "a.docx" });
    assert.equal(decodeMessage(JSON.stringify({ type: "file" })), null);
  });
});

describe("theme", () => {
  test("Office's background decides light or dark; forced colours or pure black give high contrast", () => {
    assert.equal(isDarkColor("#262626"), true);
    assert.equal(isDarkColor("#ffffff"), false);
    assert.equal(themeKind("#262626", false), "dark");
    assert.equal(themeKind(null, false), "light");
    assert.equal(themeKind("#000000", false), "contrast");
    assert.equal(themeKind("#ffffff", true), "contrast");
  });
});
