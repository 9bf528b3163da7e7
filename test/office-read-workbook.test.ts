import { test, describe } from "node:test";
import assert from "node:assert/strict";
import { OfficeMockObject } from "office-addin-mock";
import { originOf, readSheet, readWorkbook, selectCells } from "../src/office";
import type { Sheet } from "../src/tables/model";
import { FakeExcel, PropertyNotLoadedError } from "./fakes/fake-excel";

/** A fresh fake workbook and one request context on it, typed as the real one for code under test. */
function fakeContext(sheets: Sheet[]): { context: Excel.RequestContext; fake: FakeExcel } {
  const fake = new FakeExcel(sheets);
  return { context: fake.newContext() as unknown as Excel.RequestContext, fake };
}

const summary: Sheet = {
  name: "收入支出决算总表",
  origin: "B2",
  values: [
    ["收入支出决算总表", null, null],
    ["项目", "行次", "金额"],
    ["本年收入合计", 1, 112078856.26],
    [{ error: "#REF!" }, null, true],
  ],
};

function numbered(n: number): Sheet[] {
  return Array.from({ length: n }, (_, i) => ({
    name: `表${i + 1}`,
    origin: "A1",
    values: [
      [`标题${i + 1}`, null],
      [null, i * 10 + 0.5],
    ],
  }));
}

describe("fake Excel behaves like Office.js", () => {
  test("reading a property before sync throws PropertyNotLoaded", async () => {
    const fake = new FakeExcel([summary]).newContext();
    const sheets = fake.workbook.worksheets;
    assert.throws(() => sheets.items, PropertyNotLoadedError);
    sheets.load("items/name");
    assert.throws(() => sheets.items, (e: unknown) => (e as PropertyNotLoadedError).code === "PropertyNotLoaded");
    await fake.sync();
    const range = sheets.items[0].getUsedRangeOrNullObject(true);
    range.load("address");
    await fake.sync();
    assert.equal(range.address, "收入支出决算总表!B2:D5");
    assert.throws(() => range.values, PropertyNotLoadedError);
  });
});

describe("readWorkbook", () => {
  test("reads names, origins and values; Office's error texts become error cells", async () => {
    const { context, fake } = fakeContext([summary]);
    const sheets = await readWorkbook(context);
    assert.deepEqual(sheets, [summary]);
    assert.equal(fake.log.syncs, 2);
    assert.deepEqual(fake.log.calls, ["getUsedRangeOrNullObject(true)"]);
  });

  test("takes two syncs for 1 sheet and for 50 sheets", async () => {
    for (const n of [1, 50]) {
      const data = numbered(n);
      const { context, fake } = fakeContext(data);
      const sheets = await readWorkbook(context);
      assert.equal(fake.log.syncs, 2, `${n} sheets`);
      assert.equal(sheets.length, n);
      assert.deepEqual(sheets[n - 1], data[n - 1]);
    }
  });

  test("trims to the used range and handles an empty sheet (null object)", async () => {
    const padded: Sheet = {
      name: "My sheet",
      origin: "A1",
      values: [
        [null, null, null],
        [null, "x", null],
        [null, null, 5],
      ],
    };
    const empty: Sheet = { name: "空表", origin: "A1", values: [] };
    const { context } = fakeContext([padded, empty]);
    const sheets = await readWorkbook(context);
    assert.deepEqual(sheets, [
      { name: "My sheet", origin: "B2", values: [["x", null], [null, 5]] },
      { name: "空表", origin: "A1", values: [] },
    ]);
  });

  test("originOf strips the sheet prefix, quotes and $ signs", () => {
    assert.equal(originOf("'My sheet'!$C$3:$H$40"), "C3");
    assert.equal(originOf("Sheet1!A1"), "A1");
    assert.equal(originOf("B7:C9"), "B7");
  });
});

describe("selectCells", () => {
  test("activates the first reference's sheet and selects its range", async () => {
    const { context, fake } = fakeContext([...numbered(2), summary]);
    await selectCells(context, ["收入支出决算总表!D4", "表1!B2"]);
    assert.deepEqual(fake.log.actions, ["activate:收入支出决算总表", "select:收入支出决算总表!D4"]);
    assert.equal(fake.state.active, "收入支出决算总表");
    assert.deepEqual(fake.state.selection, { sheet: "收入支出决算总表", address: "D4" });
    await selectCells(context, ["'表2'!A1:B2"]);
    assert.deepEqual(fake.state.selection, { sheet: "表2", address: "A1:B2" });
  });

  test("does nothing for no cells and refuses a missing sheet in Chinese", async () => {
    const { context, fake } = fakeContext(numbered(1));
    await selectCells(context, []);
    assert.equal(fake.log.syncs, 0);
    await assert.rejects(selectCells(context, ["不存在!A1"]), /找不到工作表：不存在!A1/);
    assert.deepEqual(fake.log.actions, []);
  });
});

describe("readSheet with office-addin-mock", () => {
  test("reads one used range in one sync", async () => {
    const mock = new OfficeMockObject({
      workbook: {
        worksheets: {
          sheet: {
            usedRange: {
              address: "收入支出决算总表!C3:D4",
              values: [
                ["本年收入合计", 100.5],
                ["#DIV/0!", ""],
              ],
            },
            getUsedRangeOrNullObject: () => mock.workbook.worksheets.sheet.usedRange,
          },
          getItem: () => mock.workbook.worksheets.sheet,
        },
      },
    });
    // office-addin-mock has no null objects; isNullObject is not a loadable property in Office.js either.
    mock.workbook.worksheets.sheet.usedRange.isNullObject = false;
    let syncs = 0;
    const context = {
      workbook: mock.workbook,
      sync: async () => {
        syncs++;
        await mock.sync();
      },
    } as unknown as Excel.RequestContext;
    const sheet = await readSheet(context, "收入支出决算总表");
    assert.equal(syncs, 1);
    assert.deepEqual(sheet, {
      name: "收入支出决算总表",
      origin: "C3",
      values: [
        ["本年收入合计", 100.5],
        [{ error: "#DIV/0!" }, null],
      ],
    });
  });
});
