// The write side of the Office adapter (src/office/) against the write-capable fake Excel:
// sync counts, the single values assignment, never overwriting without being told, settings round trip.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readWorkbook, selectCells } from "../src/office";
import { writeNarrativeSheet, nextVersionName, rectangular, gridAddress, isValidSheetName } from "../src/office/write-narrative";
import { ensureSupplementSheet, writeSupplementValue } from "../src/office/supplement-sheet";
import { getSelectedRange, splitOfficeAddress } from "../src/office/selection";
import { loadSettingsValue, saveSettingsValue } from "../src/office/settings";
import type { Sheet } from "../src/tables/model";
import { FakeExcel, FakeSettings, type FakeRequestContext } from "./fakes/fake-excel";

const ctxOf = (c: FakeRequestContext) => c as unknown as Excel.RequestContext;

function workbook(): FakeExcel {
  const sheets: Sheet[] = [
    { name: "收入支出决算总表", origin: "A1", values: [["收入支出决算总表", null], ["本年收入合计", 112078856.26]] },
    { name: "Data", origin: "C3", values: [[1, 2], [3, { error: "#REF!" }]] },
  ];
  return new FakeExcel(sheets);
}

const GRID = [
  ["北京市某局2023年度部门决算说明", ""],
  ["", ""],
  ["一、部门基本情况", "来源：补充信息!D5"],
];

describe("writeNarrativeSheet", () => {
  test("creates the sheet with ONE values assignment in two syncs, formats and activates it", async () => {
    const xl = workbook();
    const ctx = xl.newContext();
    const res = await writeNarrativeSheet(ctxOf(ctx), "决算说明", GRID);
    assert.deepEqual(res, { status: "written", sheet: "决算说明", address: "A1:B3", rows: 3, overwritten: false });
    assert.equal(xl.log.syncs, 2);
    assert.deepEqual(xl.log.addedSheets, ["决算说明"]);
    assert.equal(xl.log.writes.length, 1);
    assert.deepEqual(xl.log.writes[0], { sheet: "决算说明", address: "A1:B3", values: GRID });
    assert.equal(xl.cell("决算说明", "A3"), "一、部门基本情况");
    assert.equal(xl.cell("决算说明", "A2"), null);
    assert.ok(xl.log.formats.some((f) => f.sheet === "决算说明" && f.address === "A1:B3" && f.property === "wrapText" && f.value === true));
    assert.equal(xl.columnWidth("决算说明", 0), 520);
    assert.equal(xl.columnWidth("决算说明", 1), 260);
    assert.deepEqual(xl.log.activated, ["决算说明"]);
  });

  test("an existing sheet (any case) is left untouched without mode overwrite: one sync, no write", async () => {
    const xl = workbook();
    await xl.run((c) => writeNarrativeSheet(ctxOf(c), "Summary", [["old", "x"]]));
    const before = { writes: xl.log.writes.length, syncs: xl.log.syncs };
    const res = await writeNarrativeSheet(ctxOf(xl.newContext()), "SUMMARY", GRID);
    assert.deepEqual(res, { status: "exists", sheet: "Summary", names: ["收入支出决算总表", "Data", "Summary"] });
    assert.equal(xl.log.writes.length, before.writes);
    assert.equal(xl.log.syncs, before.syncs + 1);
    assert.equal(xl.cell("Summary", "A1"), "old");
  });

  test("overwrite clears the old content and writes once", async () => {
    const xl = workbook();
    await xl.run((c) => writeNarrativeSheet(ctxOf(c), "决算说明", [["old", "x"], ["old2", "y"], ["old3", "z"], ["old4", "w"]]));
    const res = await writeNarrativeSheet(ctxOf(xl.newContext()), "决算说明", GRID, "overwrite");
    assert.equal(res.status, "written");
    assert.equal(xl.cell("决算说明", "A4"), null, "rows beyond the new grid are cleared");
    assert.equal(xl.cell("决算说明", "A1"), GRID[0][0]);
    assert.equal(xl.log.writes.filter((w) => w.values[0][0] !== "<clear>").length, 2);
  });

  test("rejects invalid names before touching the workbook", async () => {
    const xl = workbook();
    await assert.rejects(writeNarrativeSheet(ctxOf(xl.newContext()), "决算:说明", GRID), /工作表名称无效/);
    assert.equal(xl.log.syncs, 0);
  });

  test("helpers: version names, rectangular grids, addresses", () => {
    assert.equal(nextVersionName(["决算说明"], "决算说明"), "决算说明 (2)");
    assert.equal(nextVersionName(["决算说明", "决算说明 (2)", "决算说明 (3)"], "决算说明"), "决算说明 (4)");
    assert.equal(nextVersionName(["x".repeat(31)], "x".repeat(31)).length, 31);
    assert.deepEqual(rectangular([["a"], ["b", "c"]]), [["a", ""], ["b", "c"]]);
    assert.deepEqual(rectangular([]), [[""]]);
    assert.equal(gridAddress(40, 2), "A1:B40");
    assert.equal(isValidSheetName("<img src=x onerror=alert(1)>"), true);
    assert.equal(isValidSheetName("a/b"), false);
    assert.equal(isValidSheetName("x".repeat(32)), false);
  });
});

describe("the fake is faithful where it matters", () => {
  test("values must match the range size", async () => {
    const xl = workbook();
    const ctx = xl.newContext();
    ctx.workbook.worksheets.getItem("Data").getRange("A1:B2").values = [["only one row", "x"]];
    await assert.rejects(ctx.sync(), (e: { code?: string }) => e.code === "InvalidArgument");
  });
  test("reading before load and sync throws PropertyNotLoaded", async () => {
    const xl = workbook();
    const ctx = xl.newContext();
    const r = ctx.workbook.worksheets.getItem("Data").getRange("C3");
    assert.throws(() => r.values, (e: { code?: string }) => e.code === "PropertyNotLoaded");
    r.load("values");
    assert.throws(() => r.values, (e: { code?: string }) => e.code === "PropertyNotLoaded");
    await ctx.sync();
    assert.deepEqual(r.values, [[1]]);
  });
  test("the read side (readWorkbook, selectCells) runs against it", async () => {
    const xl = workbook();
    const sheets = await readWorkbook(ctxOf(xl.newContext()));
    assert.equal(xl.log.syncs, 2);
    assert.deepEqual(sheets[1], { name: "Data", origin: "C3", values: [[1, 2], [3, { error: "#REF!" }]] });
    await selectCells(ctxOf(xl.newContext()), ["Data!D4"]);
    assert.deepEqual(xl.log.selections, ["Data!D4"]);
  });
});

describe("supplementary sheet", () => {
  test("created pre-filled with one write when missing; activated, not rewritten, when present", async () => {
    const xl = workbook();
    let built = 0;
    const build = () => {
      built++;
      return [["键", "数值"], ["reason:functional:224", null]];
    };
    const first = await ensureSupplementSheet(ctxOf(xl.newContext()), build);
    assert.deepEqual(first, { created: true, sheet: "补充信息" });
    assert.equal(xl.log.syncs, 2);
    assert.deepEqual(xl.log.writes, [{ sheet: "补充信息", address: "A1:B2", values: [["键", "数值"], ["reason:functional:224", ""]] }]);
    const second = await ensureSupplementSheet(ctxOf(xl.newContext()), build);
    assert.deepEqual(second, { created: false, sheet: "补充信息" });
    assert.equal(built, 1);
    assert.equal(xl.log.writes.length, 1);
    assert.deepEqual(xl.log.activated, ["补充信息", "补充信息"]);
  });

  test("writeSupplementValue writes exactly one cell", async () => {
    const xl = workbook();
    await ensureSupplementSheet(ctxOf(xl.newContext()), () => [["键", "数值", "说明"], ["reason:x", null, "keep"]]);
    await writeSupplementValue(ctxOf(xl.newContext()), "补充信息", "B2", "原因");
    const last = xl.log.writes.at(-1);
    assert.deepEqual(last, { sheet: "补充信息", address: "B2", values: [["原因"]] });
    assert.equal(xl.cell("补充信息", "C2"), "keep");
    await assert.rejects(writeSupplementValue(ctxOf(xl.newContext()), "补充信息", "B2:C2", "x"), /只能写入一个单元格/);
  });
});

describe("selection and settings", () => {
  test("the selected range, with quoted sheet names", async () => {
    const xl = workbook();
    xl.selectAsUser("Data", "C3:D4");
    assert.deepEqual(await getSelectedRange(ctxOf(xl.newContext())), { sheet: "Data", address: "C3:D4" });
    assert.deepEqual(splitOfficeAddress("'My ''x'' sheet'!$A$1:$B$2"), { sheet: "My 'x' sheet", address: "A1:B2" });
  });

  test("settings are saved in the document as JSON and read back", async () => {
    const store = new FakeSettings();
    assert.equal(loadSettingsValue(store), null);
    await saveSettingsValue(store, { narrative: { profile: "wanyuan-2dp" } });
    assert.equal(store.saves, 1);
    assert.deepEqual(loadSettingsValue(new FakeSettings(store.persisted())), { narrative: { profile: "wanyuan-2dp" } });
    store.set("juesuan.settings", "{not json");
    assert.equal(loadSettingsValue(store), null);
  });

  test("a failed save rejects with a Chinese message", async () => {
    const store = { get: () => null, set: () => undefined, saveAsync: (cb?: (r: { status: unknown; error?: { message?: string } }) => void) => cb?.({ status: "failed", error: { message: "只读" } }) };
    await assert.rejects(saveSettingsValue(store, {}), /设置保存失败：只读/);
  });
});
