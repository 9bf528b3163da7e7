// The pane's pure logic: table locations, supplementary-sheet slots, stored settings, the pipeline on the sample.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import type { Sheet } from "../src/tables/model";
import { applyTableLocations, isA1Range } from "../src/taskpane/logic/table-locations";
import { cellValueFor, findSupplementSlot } from "../src/taskpane/logic/supplement-keys";
import { defaultPaneSettings, narrativeOverrides, sanitizePaneSettings } from "../src/taskpane/logic/pane-settings";
import { analyse, sortFindings } from "../src/taskpane/logic/pipeline";
import { knownProfile } from "../src/taskpane/logic/region";
import { readXlsx } from "../src/cli/read-xlsx";
import { chooseProfile } from "../src/narrative";

describe("applyTableLocations", () => {
  const sheet: Sheet = {
    name: "Data",
    origin: "B2",
    values: [
      ["a", "b", "c"],
      ["d", "e", "f"],
      ["g", "h", "i"],
    ],
  };
  test("cuts the range into a same-named sheet with its origin, and blanks it in the original", () => {
    const { sheets, ignored } = applyTableLocations([sheet], { procurementTable: { sheet: "Data", range: "C3:D4" } });
    assert.deepEqual(ignored, []);
    assert.equal(sheets.length, 2);
    assert.deepEqual(sheets[1], { name: "Data", origin: "C3", values: [["e", "f"], ["h", "i"]] });
    assert.deepEqual(sheets[0].values, [["a", "b", "c"], ["d", null, null], ["g", null, null]]);
    assert.deepEqual(sheet.values[1], ["d", "e", "f"], "the input is not changed");
  });
  test("a range beyond the data is padded with blanks; a missing sheet or bad range is ignored", () => {
    const { sheets, ignored } = applyTableLocations([sheet], {
      procurementTable: { sheet: "Data", range: "D4:E5" },
      threePublicTable: { sheet: "Nope", range: "A1:B2" },
      incomeTable: { sheet: "Data", range: "x" },
    });
    assert.deepEqual(sheets[1].values, [["i", null], [null, null]]);
    assert.deepEqual(ignored.map((i) => i.id), ["threePublicTable", "incomeTable"]);
    assert.equal(isA1Range("A3:H40"), true);
    assert.equal(isA1Range("A3:"), false);
  });
});

describe("supplement slots", () => {
  const sup: Sheet = {
    name: "补充信息",
    origin: "A1",
    values: [
      ["补充信息", null, null, null, null],
      ["键", "编码", "项目", "数值", "说明"],
      ["priorYear:incomeTotal", null, "本年收入合计", 72527785.37, null],
      ["reason:functional:224", "224", "灾害防治及应急管理支出", null, "hint"],
      ["reason:agencyOperatingCost", null, "机关运行经费", null, null],
    ],
  };
  test("finds the value cell of a key's row (also from a warning key without its prefix)", () => {
    assert.deepEqual(findSupplementSlot(sup, "reason:functional:224"), {
      key: "reason:functional:224",
      address: "D4",
      label: "灾害防治及应急管理支出",
      value: null,
    });
    assert.equal(findSupplementSlot(sup, "functional:224", "missing-reason")?.address, "D4");
    assert.equal(findSupplementSlot(sup, "priorYear:incomeTotal")?.value, 72527785.37);
    assert.equal(findSupplementSlot(sup, "count:vehiclesHeld"), null);
    // The narrative asks for "reason:total:agencyOperatingCost" and reads either key; the sheet has the short one.
    assert.equal(findSupplementSlot(sup, "reason:total:agencyOperatingCost", "missing-reason")?.address, "D5");
  });
  test("text stays text (formula-like text quoted), numbers are parsed exactly or refused in Chinese", () => {
    assert.deepEqual(cellValueFor("reason:functional:224", " 经费增加 "), { ok: true, value: "经费增加" });
    assert.deepEqual(cellValueFor("reason:x", "=1+1"), { ok: true, value: "'=1+1" });
    assert.deepEqual(cellValueFor("priorYear:incomeTotal", "72,527,785.37"), { ok: true, value: 72527785.37 });
    const bad = cellValueFor("count:vehiclesHeld", "六辆");
    assert.equal(bad.ok, false);
    assert.match(bad.ok ? "" : bad.message, /无法识别为金额/);
  });
});

describe("stored settings", () => {
  test("keeps well-formed values, drops the rest", () => {
    const stored = {
      narrative: { profile: "wanyuan-2dp", percentDecimals: 1, year: 2023, amountUnit: "dollar", department: 5, bareWhole: "yes" },
      tableLocations: { procurementTable: { sheet: "表", range: "A1:G6" }, incomeTable: { sheet: "x", range: "<b>" }, bogus: { sheet: "a", range: "A1" } },
    };
    const s = sanitizePaneSettings(stored, knownProfile);
    // An older id is kept as the region profile it stands for (wanyuan-2dp → central), so the choice shows it.
    assert.deepEqual(s.narrative, { profile: "central", percentDecimals: 1, year: 2023 });
    assert.deepEqual(s.tableLocations, { procurementTable: { sheet: "表", range: "A1:G6" } });
    assert.deepEqual(sanitizePaneSettings("garbage"), defaultPaneSettings());
    assert.deepEqual(narrativeOverrides(s), { profile: "central", percentDecimals: 1, year: 2023 });
    // An id no profile answers to is dropped where the profiles are known …
    assert.deepEqual(sanitizePaneSettings({ narrative: { profile: "mars" } }, knownProfile).narrative, {});
    // … and on the pane's first screen (profiles not loaded) a well-formed id waits for the engine, a malformed one goes.
    assert.equal(sanitizePaneSettings(stored).narrative.profile, "wanyuan-2dp");
    assert.deepEqual(sanitizePaneSettings({ narrative: { profile: "<b>x</b>" } }).narrative, {});
  });
  test("an id no profile answers to means the automatic choice; an older id its region", async () => {
    const sheets = await readXlsx(join(__dirname, "../examples/central-sample.xlsx"));
    const unknown = analyse(sheets, { ...defaultPaneSettings(), narrative: { profile: "mars" as never } });
    assert.deepEqual(unknown.region, { profile: "central", automatic: true, why: chooseProfile(unknown.accounts).reason });
    const old = analyse(sheets, { ...defaultPaneSettings(), narrative: { profile: "yuan-1dp" as const } });
    assert.deepEqual(old.region, { profile: "beijing", automatic: false, why: "已手动选择" });
    // The choices the pane offers come with the engine, each with the unit its text is written in.
    assert.deepEqual(
      old.profiles.map((p) => `${p.id} ${p.unit}`),
      ["beijing 元", "central 万元", "shanghai 万元"],
    );
  });
});

describe("pipeline", () => {
  test("errors first, order kept within a severity", () => {
    const f = (severity: "error" | "warning" | "info", rule: string) => ({ rule, severity, message: rule, cells: [] });
    assert.deepEqual(
      sortFindings([f("info", "a"), f("error", "b"), f("warning", "c"), f("error", "d")]).map((x) => x.rule),
      ["b", "d", "c", "a"],
    );
  });
  test("the Mentougou sample: 13 tables, the 224 reason asked for, the income sentence", async () => {
    const sheets = await readXlsx(join(__dirname, "../examples/mentougou-kexin-2023.xlsx"));
    const settings = { ...defaultPaneSettings(), narrative: { profile: "yuan-1dp" as const, year: 2023 } };
    const a = analyse(sheets, settings);
    assert.equal(a.accounts.tables.length, 13);
    // 一般公共预算财政拨款收入支出决算表 is an alternative the reader never requires: nothing is missing.
    assert.deepEqual(a.missingTables, []);
    // The old id is the Beijing region profile under its alias.
    assert.deepEqual(a.region, { profile: "beijing", automatic: false, why: "已手动选择" });
    assert.ok(a.narrative.warnings.some((w) => w.code === "missing-reason" && w.key === "reason:functional:224"));
    const text = a.narrative.sections.flatMap((s) => s.paragraphs.map((p) => p.runs.map((r) => r.text).join(""))).join("\n");
    assert.ok(text.includes("2023年度本年收入合计112,078,856.26元，比上年增加39,551,070.89元，增长54.5%"));
  });
});

describe("pipeline on the Shanghai sample (普陀区财政局 2024)", () => {
  test("the Shanghai style is chosen from the department's name; its nine tables are all there", async () => {
    const sheets = await readXlsx(join(__dirname, "../examples/shanghai-putuo-caizhengju-2024.xlsx"));
    const a = analyse(sheets, defaultPaneSettings());
    assert.equal(a.region.profile, "shanghai");
    assert.equal(a.region.automatic, true);
    assert.match(a.region.why, /上海市普陀区财政局/);
    assert.equal(a.accounts.tables.length, 9);
    // Beijing's 政府采购情况表 and the like are not missing from a Shanghai disclosure.
    assert.deepEqual(a.missingTables, []);
  });
});

describe("pipeline on the central sample (万元)", () => {
  test("the 发布口径 is the narrative's own choice (chooseProfile) with its reason; missing tables counted once", async () => {
    const sheets = await readXlsx(join(__dirname, "../examples/central-sample.xlsx"));
    const a = analyse(sheets, defaultPaneSettings());
    assert.deepEqual(a.region, { profile: "central", automatic: true, why: chooseProfile(a.accounts).reason });
    assert.ok(a.region.why.length > 0);
    assert.equal(a.narrative.profile, "central");
    // Only the region's own tables count: the sample has all of the central set (CENTRAL.tables).
    assert.deepEqual(a.missingTables, []);
    assert.equal(a.findings.filter((f) => f.rule === "read.missing-table").length, 0, "shown with the tables, not twice");
  });
});
