/**
 * The lean .xlsx reader (src/xlsx) gives the same grids as exceljs, the reader it replaced: every sample
 * workbook, every mutation of them the robustness tests use, and 300 random workbooks with every kind of
 * value exceljs writes (shared strings, rich text, numbers, booleans, errors, dates, formulas with and
 * without results, shared formulas, hyperlinks, merged ranges, hidden sheets). Files exceljs cannot write
 * (inline strings, phonetic guides, the 1904 date system, encrypted packages) are hand-built with
 * fflate and checked against values stated here.
 */
import { test, describe } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { strToU8, zipSync } from "fflate";
import { UNCALCULATED } from "../src/core";
import type { Sheet } from "../src/tables/model";
import { WorkbookReadError, readWorkbook } from "../src/xlsx";
import { readWithExcelJs, writeWithExcelJs } from "./helpers/exceljs-sheets";
import * as mutate from "./helpers/mutate";
import { seeded } from "./helpers/proofread-corpus";

const SAMPLES = ["examples/mentougou-kexin-2023.xlsx", "examples/central-sample.xlsx"];

async function assertSame(bytes: Uint8Array, label: string): Promise<Sheet[]> {
  const expected = await readWithExcelJs(bytes);
  assert.deepEqual(readWorkbook(bytes, label), expected, label);
  return expected;
}

describe("src/xlsx reads the same grids as exceljs", () => {
  test("every sample workbook", async () => {
    for (const file of SAMPLES) {
      const sheets = await assertSame(readFileSync(file), file);
      assert.ok(sheets.length >= 9 && sheets.every((s) => s.values.length > 0), file);
    }
  });

  test("every mutation of the samples", async () => {
    for (const file of SAMPLES) {
      const sheets = await readWithExcelJs(readFileSync(file));
      const first = sheets[0].name;
      const mutations: [string, Sheet[]][] = [
        ["as written", sheets],
        ["blank rows", mutate.insertBlankRows(sheets, null, 3, 2)],
        ["blank column", mutate.insertBlankColumn(sheets, null, 1)],
        ["reordered", mutate.reorderSheets(sheets)],
        ["amounts as text", mutate.amountsAsText(sheets)],
        ["万元", mutate.toWanYuan(sheets)],
        ["error cell", mutate.setCell(sheets, first, "C8", { error: "#REF!" })],
        ["uncalculated", mutate.setCell(sheets, first, "C9", { error: UNCALCULATED, formula: "SUM(C1:C8)" })],
        ["deleted table", mutate.deleteSheet(sheets, first)],
        ["stacked", mutate.stackSheets(sheets)],
        ["merged codes", mutate.mergeCodes(sheets)],
        ["blank inherited class", mutate.blankInheritedClass(sheets)],
        ["code with name", mutate.codeWithName(sheets)],
      ];
      for (const [name, m] of mutations) {
        const read = await assertSame(await writeWithExcelJs(m), `${file}: ${name}`);
        assert.equal(read.length, m.length);
      }
    }
  });

  test("300 random workbooks", async () => {
    const rand = seeded(20241130);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
    const texts = ["收入", "支出", "合计", " 前后空格 ", "a&b<c>\"d'", "#REF!", "2023", "_x000D_换行", "", "单位：万元", "😀"];
    const errors = ["#REF!", "#DIV/0!", "#N/A", "#VALUE!", "#NAME?", "#NUM!", "#NULL!"];
    const formats = ["#,##0.00", "yyyy-mm-dd", "0.00%", 'yyyy"年"m"月"d"日"', "[$-804]General", "m/d/yy h:mm", "@"];
    const number = () =>
      pick([
        () => Math.round((rand() - 0.3) * 1e8) / 100,
        () => Math.floor(rand() * 1000),
        () => (rand() - 0.5) * 10 ** Math.floor(rand() * 30 - 15),
        () => 0,
        () => 40000 + Math.floor(rand() * 10000),
      ])();
    let cells = 0;
    for (let w = 0; w < 300; w++) {
      const wb = new ExcelJS.Workbook();
      const sheetCount = 1 + Math.floor(rand() * 3);
      for (let s = 0; s < sheetCount; s++) {
        const ws = wb.addWorksheet(`表${w}-${s}${rand() < 0.2 ? " & <x>" : ""}`, rand() < 0.1 ? { state: "hidden" } : {});
        const rows = Math.floor(rand() * 25);
        const cols = 1 + Math.floor(rand() * 8);
        const merged = new Set<string>();
        // A1 is the master of the shared formulas below.
        if (rows > 0) ws.getCell("A1").value = { formula: "1+1", result: 2, date1904: false };
        for (let r = 1; r <= rows; r++) {
          for (let c = 1; c <= cols; c++) {
            if ((r === 1 && c === 1) || rand() < 0.35) continue;
            const cell = ws.getCell(r, c);
            const kind = Math.floor(rand() * 11);
            if (kind <= 2) cell.value = number();
            else if (kind === 3) cell.value = pick(texts);
            else if (kind === 4) cell.value = { richText: [{ text: pick(texts) }, { font: { bold: true }, text: pick(texts) }] };
            else if (kind === 5) cell.value = rand() < 0.5;
            else if (kind === 6) cell.value = { error: pick(errors) } as ExcelJS.CellErrorValue;
            else if (kind === 7) cell.value = new Date(Date.UTC(2000 + Math.floor(rand() * 30), Math.floor(rand() * 12), 1 + Math.floor(rand() * 28)));
            else if (kind === 8) {
              // exceljs reads a cached result of 0 as no result; src/xlsx reads 0 (tested below).
              const result = pick<ExcelJS.CellFormulaValue["result"]>([number() || 1, "文本", true, { error: "#DIV/0!" } as ExcelJS.CellErrorValue]);
              cell.value = rand() < 0.3 ? { formula: `SUM(A1:A${r})`, date1904: false } : { formula: `A1+${c}`, result, date1904: false };
            } else if (kind === 9) cell.value = { text: pick(texts.filter(Boolean)), hyperlink: "https://example.org/?a=1&b=2" };
            else cell.value = { sharedFormula: "A1", result: number() || 1, date1904: false } as unknown as ExcelJS.CellValue;
            // exceljs turns a text or TRUE/FALSE formula result in a date format into a date (NaN-NaN-NaN,
            // 1899-12-31); src/xlsx keeps the result. Date formats go on numbers and number results only.
            const result = (cell.value as ExcelJS.CellFormulaValue).result;
            const numeric = kind !== 8 || result === undefined || typeof result === "number";
            if (rand() < 0.3) cell.numFmt = numeric ? pick(formats) : "#,##0.00";
            cells++;
          }
        }
        if (rows > 3 && cols > 2 && rand() < 0.5) {
          const r = 1 + Math.floor(rand() * (rows - 2));
          const c = 1 + Math.floor(rand() * (cols - 1));
          const key = `${r}:${c}`;
          if (!merged.has(key)) {
            merged.add(key);
            ws.mergeCells(r, c, r + 1, c + 1);
          }
        }
      }
      const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
      await assertSame(bytes, `random workbook ${w}`);
    }
    assert.ok(cells > 10000, `only ${cells} cells`);
  });
});

/** A minimal .xlsx from its parts (the XML exceljs never writes). */
function handBuilt(sheetXml: string, opts: { sst?: string; styles?: string; workbookPr?: string } = {}): Uint8Array {
  const files: Record<string, Uint8Array> = {
    "[Content_Types].xml": strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    "_rels/.rels": strToU8(
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    ),
    "xl/workbook.xml": strToU8(
      `<workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${opts.workbookPr ?? ""}<sheets><sheet name="表一" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    "xl/_rels/workbook.xml.rels": strToU8(
      '<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>' +
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
    ),
    "xl/worksheets/sheet1.xml": strToU8(`<worksheet><sheetData>${sheetXml}</sheetData></worksheet>`),
  };
  if (opts.sst) files["xl/sharedStrings.xml"] = strToU8(`<sst>${opts.sst}</sst>`);
  if (opts.styles) files["xl/styles.xml"] = strToU8(`<styleSheet>${opts.styles}</styleSheet>`);
  return zipSync(files);
}

describe("src/xlsx on what exceljs does not write", () => {
  test("inline strings, phonetic guides, formula results of text and 0, and formulas saved without a result", () => {
    const bytes = handBuilt(
      '<row r="1"><c r="A1" t="inlineStr"><is><t>合计 &amp; 小计</t></is></c>' +
        '<c r="B1" t="inlineStr"><is><r><t>单位：</t></r><r><rPr><b/></rPr><t>万元</t></r></is></c>' +
        '<c r="C1" t="s"><v>0</v></c><c r="D1" t="str"><f>A1&amp;""</f><v>文本结果</v></c></row>' +
        '<row r="3"><c r="A3"><f>SUM(A1:A2)</f></c><c r="B3" t="b"><v>1</v></c><c r="C3" t="e"><v>#N/A</v></c>' +
        '<c r="D3"><v>-1234.5</v></c><c r="G3"><f>B1-B1</f><v>0</v></c><c r="E3" s="1"><v>45291</v></c><c r="F3" s="2"><v>45291</v></c></row>',
      {
        sst: '<si><t>门头沟区</t><rPh sb="0" eb="1"><t>もん</t></rPh></si>',
        styles: '<numFmts><numFmt numFmtId="164" formatCode="&quot;年&quot;0.00"/></numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="31"/><xf numFmtId="164"/></cellXfs>',
      },
    );
    assert.deepEqual(readWorkbook(bytes, "手工.xlsx"), [
      {
        name: "表一",
        origin: "A1",
        values: [
          ["合计 & 小计", "单位：万元", "门头沟区", "文本结果", null, null, null],
          [null, null, null, null, null, null, null],
          [{ error: UNCALCULATED, formula: "SUM(A1:A2)" }, true, { error: "#N/A" }, -1234.5, "2023-12-31", 45291, 0],
        ],
      },
    ]);
  });

  test("cell tags in any attribute order, rows and cells out of order, and a date format on style 0", () => {
    // The reader takes `<c r="…" s="…" t="…">` in one pass and anything else the general way; both must agree.
    // Style 0 is a date here, so a number without s is a date (Excel shows it so).
    const bytes = handBuilt(
      '<row r="2"><c r="D2" t="s" s="1"><v>0</v></c><c r="C2" s="2"><v>45291</v></c><c r="E2" s="1"/><c r="F2" cm="1" s="1"><v>7</v></c></row>' +
        '<row r="5"><c r="C5"><v>45293</v></c></row>' +
        '<row r="4"><c r="D4" t="n" s="1"><v>2</v></c><c r="B4"  s="2"><v>45292</v></c></row>' +
        '<row r="6"><c s="1" r="F6"><v>3</v></c><c s="1"><v>4</v></c></row>',
      { sst: "<si><t>文本</t></si>", styles: '<cellXfs><xf numFmtId="14"/><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs>' },
    );
    assert.deepEqual(readWorkbook(bytes, "手工.xlsx")[0], {
      name: "表一",
      origin: "B2",
      values: [
        [null, "2023-12-31", "文本", null, 7, null],
        [null, null, null, null, null, null],
        ["2024-01-01", null, 2, null, null, null],
        [null, "2024-01-02", null, null, null, null],
        [null, null, null, null, 3, 4],
      ],
    });
  });

  test("the 1904 date system", () => {
    const bytes = handBuilt('<row r="2"><c r="B2" s="1"><v>43829</v></c></row>', {
      styles: '<cellXfs><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs>',
      workbookPr: '<workbookPr date1904="1"/>',
    });
    assert.deepEqual(readWorkbook(bytes, "a.xlsx")[0], { name: "表一", origin: "B2", values: [["2023-12-31"]] });
  });

  test("an encrypted workbook (OLE container with EncryptedPackage) gets its own message", () => {
    const ole = new Uint8Array(2048);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const name = "EncryptedPackage";
    for (let i = 0; i < name.length; i++) ole[1024 + i * 2] = name.charCodeAt(i);
    assert.throws(
      () => readWorkbook(ole, "加密.xlsx"),
      (e: unknown) => e instanceof WorkbookReadError && /^加密\.xlsx 工作簿设置了打开密码/.test(e.message),
    );
    ole.fill(0, 1024);
    assert.throws(() => readWorkbook(ole, "旧.xls"), /^WorkbookReadError: 旧\.xls 是旧版 \.xls 格式/);
  });

  test("a damaged archive names the file", () => {
    assert.throws(() => readWorkbook(strToU8("PK\u0003\u0004garbage"), "坏.xlsx"), /无法读取工作簿 坏\.xlsx：文件已损坏/);
    const good = handBuilt('<row r="1"><c r="A1"><v>1</v></c></row>');
    assert.throws(() => readWorkbook(good.subarray(0, good.length - 30), "截断.xlsx"), /无法读取工作簿 截断\.xlsx/);
  });
});
