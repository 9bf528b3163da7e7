import { test, describe, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { WorkbookReadError, readXlsx } from "../src/cli/read-xlsx";
import { UNCALCULATED } from "../src/core";

let dir = "";
before(() => {
  dir = mkdtempSync(join(tmpdir(), "juesuan-read-"));
});
after(() => rmSync(dir, { recursive: true, force: true }));

async function writeSample(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("收入支出决算总表");
  ws.getCell("B2").value = "收入支出决算总表";
  ws.mergeCells("B2:D2");
  ws.getCell("B3").value = { richText: [{ text: "单位：" }, { font: { bold: true }, text: "元" }] };
  ws.getCell("B4").value = 1234.56;
  ws.getCell("C4").value = "1,000.00";
  ws.getCell("D4").value = { formula: "B4+1", result: 1235.56 };
  ws.getCell("B5").value = { error: "#REF!" };
  ws.getCell("C5").value = { formula: "1/0", result: { error: "#DIV/0!" } };
  ws.getCell("D5").value = true;
  ws.getCell("B6").value = new Date(Date.UTC(2023, 11, 31));
  ws.getCell("C6").value = { text: "链接", hyperlink: "https://example.org" };
  ws.getCell("E7").value = "";
  ws.getCell("E6").value = { formula: "X1" }; // no cached result
  wb.addWorksheet("空表");
  const second = wb.addWorksheet("Sheet3");
  second.getCell("A1").value = 0;
  await wb.xlsx.writeFile(path);
}

describe("readXlsx", () => {
  test("reads values as Office.js reports them", async () => {
    const path = join(dir, "sample.xlsx");
    await writeSample(path);
    const sheets = await readXlsx(path);
    assert.deepEqual(
      sheets.map((s) => s.name),
      ["收入支出决算总表", "空表", "Sheet3"],
    );
    const [s] = sheets;
    assert.equal(s.origin, "B2");
    // E6, a formula saved without a result, is the UNCALCULATED marker (never blank, never 0).
    assert.deepEqual(s.values, [
      ["收入支出决算总表", null, null, null],
      ["单位：元", null, null, null],
      [1234.56, "1,000.00", 1235.56, null],
      [{ error: "#REF!" }, { error: "#DIV/0!" }, true, null],
      // A formula saved without a result is reported, never read as a blank or 0.
      ["2023-12-31", "链接", null, { error: UNCALCULATED, formula: "X1" }],
    ]);
  });

  test("an empty sheet has no values; a lone zero is a value", async () => {
    const path = join(dir, "sample2.xlsx");
    await writeSample(path);
    const sheets = await readXlsx(path);
    assert.deepEqual(sheets[1], { name: "空表", origin: "A1", values: [] });
    assert.deepEqual(sheets[2], { name: "Sheet3", origin: "A1", values: [[0]] });
  });

  test("a legacy .xls (OLE magic bytes) is refused in Chinese, whatever its extension", async () => {
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    for (const name of ["old.xls", "renamed.xlsx"]) {
      const path = join(dir, name);
      writeFileSync(path, ole);
      await assert.rejects(readXlsx(path), (e: unknown) => {
        assert.ok(e instanceof WorkbookReadError);
        assert.match(e.message, new RegExp(`^${name.replace(".", "\\.")} 是旧版 \\.xls 格式，请在 Excel 中另存为 \\.xlsx 后再试`));
        return true;
      });
    }
  });

  test("a missing file and a non-workbook file get clear messages", async () => {
    await assert.rejects(readXlsx(join(dir, "nope.xlsx")), /^WorkbookReadError: 找不到文件：.*nope\.xlsx$/);
    const txt = join(dir, "notes.xlsx");
    writeFileSync(txt, "hello");
    await assert.rejects(readXlsx(txt), /notes\.xlsx 不是有效的 \.xlsx 工作簿文件/);
    const broken = join(dir, "broken.xlsx");
    writeFileSync(broken, Buffer.from("PK\u0003\u0004garbage"));
    await assert.rejects(readXlsx(broken), /无法读取工作簿 broken\.xlsx/);
  });
});
