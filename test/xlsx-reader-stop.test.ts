/**
 * The reader's early stop (src/xlsx SheetStop, src/tables/sheet-filter.ts): a large sheet that is clearly not a
 * table of ours is cut short after its first 1,000 rows, and nothing of ours is ever lost — a title, heading or
 * department line further down, a name like ours, a title or header in the first rows all keep a sheet whole.
 * Workbooks are built here with fflate (inline or shared strings); every expected value is stated.
 */
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadWorkbook } from "../src/cli/load";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { detectTables, readFinalAccounts, workbookHints } from "../src/tables";
import type { Sheet } from "../src/tables/model";
import {
  MARKS,
  SHEET_FILTER_ROWS,
  isOurSheetName,
  looksOurs,
  mattersAnywhere,
  sheetFilter,
} from "../src/tables/sheet-filter";
import { TABLE_SPECS } from "../src/tables/specs";
import { readWorkbook } from "../src/xlsx";

const SAMPLE = "examples/mentougou-kexin-2023.xlsx";
const SAMPLES = [
  SAMPLE,
  "examples/central-sample.xlsx",
  "examples/mentougou-kexin-2022.xlsx",
  "examples/shanghai-putuo-caizhengju-2024.xlsx",
];

type Cell = string | number | null | { xml: string };

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");

/** A sheet part from rows of cells; strings inline, or as indexes into `shared` (filled here). */
function sheetXml(rows: Cell[][], shared?: string[]): string {
  const body = rows
    .map((cells, r) => {
      const cs = cells
        .map((v, c) => {
          const ref = `${String.fromCharCode(65 + c)}${r + 1}`;
          if (v === null) return "";
          if (typeof v === "number") return `<c r="${ref}"><v>${v}</v></c>`;
          if (typeof v === "object") return `<c r="${ref}" t="inlineStr"><is><t>${v.xml}</t></is></c>`;
          if (shared) {
            shared.push(v);
            return `<c r="${ref}" t="s"><v>${shared.length - 1}</v></c>`;
          }
          return `<c r="${ref}" t="inlineStr"><is><t>${esc(v)}</t></is></c>`;
        })
        .join("");
      return `<row r="${r + 1}">${cs}</row>`;
    })
    .join("");
  return `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${body}</sheetData></worksheet>`;
}

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A workbook of the given sheets (in order). */
function book(sheets: { name: string; rows: Cell[][] }[], strings: "inline" | "shared"): Uint8Array {
  const shared = strings === "shared" ? [] : undefined;
  const files: Record<string, Uint8Array> = {
    "_rels/.rels": strToU8(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
  };
  const rels: string[] = [];
  const tags: string[] = [];
  sheets.forEach((s, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(sheetXml(s.rows, shared));
    rels.push(
      `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
    );
    tags.push(`<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`);
  });
  if (shared) {
    files["xl/sharedStrings.xml"] = strToU8(
      `<sst>${shared.map((t) => `<si><t>${esc(t)}</t></si>`).join("")}</sst>`,
    );
    rels.push(`<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
  }
  files["xl/workbook.xml"] = strToU8(
    `<workbook xmlns:r="${REL}"><sheets>${tags.join("")}</sheets></workbook>`,
  );
  files["xl/_rels/workbook.xml.rels"] = strToU8(`<Relationships>${rels.join("")}</Relationships>`);
  return zipSync(files);
}

/** The sample workbook with one more sheet (inline strings), after its own. */
function sampleWith(name: string, rows: Cell[][]): Uint8Array {
  const files = unzipSync(readFileSync(SAMPLE));
  files["xl/worksheets/extra.xml"] = strToU8(sheetXml(rows));
  files["xl/workbook.xml"] = strToU8(
    strFromU8(files["xl/workbook.xml"]).replace(
      "</sheets>",
      `<sheet name="${name}" sheetId="999" r:id="rIdX"/></sheets>`,
    ),
  );
  files["xl/_rels/workbook.xml.rels"] = strToU8(
    strFromU8(files["xl/_rels/workbook.xml.rels"]).replace(
      "</Relationships>",
      `<Relationship Id="rIdX" Type="${REL}/worksheet" Target="worksheets/extra.xml"/></Relationships>`,
    ),
  );
  return zipSync(files);
}

/** n ledger rows: a text that is none of ours and three amounts. */
function ledger(n: number, from = 1): Cell[][] {
  const rows: Cell[][] = [];
  for (let r = from; r < from + n; r++)
    rows.push([`明细${r} 办公用品`, ((r * 7919) % 100000) / 100, r % 7, r * 3]);
  return rows;
}

function read(bytes: Uint8Array) {
  const stop = sheetFilter();
  const sheets = readWorkbook(bytes, "测试.xlsx", { stop });
  return { sheets, stop, whole: readWorkbook(bytes, "测试.xlsx") };
}

const byName = (sheets: Sheet[], name: string) => sheets.find((s) => s.name === name)!;

describe("early stop: a large sheet that is not ours is cut short", () => {
  test("a 3,000-row ledger beside the sample's tables: 1,000 rows read, the tables read exactly as before", () => {
    const bytes = sampleWith("明细账", ledger(3000));
    const { sheets, stop, whole } = read(bytes);
    assert.equal(SHEET_FILTER_ROWS, 1000);
    assert.deepEqual(stop.cut, [{ sheet: "明细账", rowsRead: 1000, rowsLeft: 2000 }]);
    const cut = byName(sheets, "明细账");
    assert.equal(cut.values.length, 1000);
    assert.deepEqual(cut.values[999], ["明细1000 办公用品", 190, 6, 3000]);
    assert.deepEqual(cut.values, byName(whole, "明细账").values.slice(0, 1000));
    // every other sheet as read whole, and the same accounts and findings
    assert.deepEqual(
      sheets.filter((s) => s.name !== "明细账"),
      whole.filter((s) => s.name !== "明细账"),
    );
    const a = readFinalAccounts(sheets);
    const b = readFinalAccounts(whole);
    assert.deepEqual(a.accounts, b.accounts);
    assert.deepEqual(a.findings, b.findings);
    assert.deepEqual(stop.findings(), [
      {
        rule: "read.sheet-cut-short",
        severity: "info",
        message:
          "工作表“明细账”不是决算公开表：前 1,000 行中没有表名、表头或科目编码，其后 2,000 行中也没有表名，只读取了前 1,000 行",
        cells: [],
      },
    ]);
  });

  test("the CLI passes the stop and reports the cut sheet among its findings, as info", async () => {
    const dir = mkdtempSync(join(tmpdir(), "juesuan-stop-"));
    try {
      const path = join(dir, "带明细账.xlsx");
      writeFileSync(path, sampleWith("明细账", ledger(1200)));
      const { sheets, findings } = await loadWorkbook(path);
      assert.equal(byName(sheets, "明细账").values.length, 1000);
      assert.deepEqual(
        findings.filter((f) => f.rule === "read.sheet-cut-short").map((f) => [f.severity, f.message]),
        [
          [
            "info",
            "工作表“明细账”不是决算公开表：前 1,000 行中没有表名、表头或科目编码，其后 200 行中也没有表名，只读取了前 1,000 行",
          ],
        ],
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("1,000 rows are read whole without asking; 1,001 rows are cut after 1,000", () => {
    const exact = read(book([{ name: "明细账", rows: ledger(1000) }], "inline"));
    assert.deepEqual(exact.stop.cut, []);
    assert.equal(exact.sheets[0].values.length, 1000);
    const one = read(book([{ name: "明细账", rows: ledger(1001) }], "inline"));
    assert.deepEqual(one.stop.cut, [{ sheet: "明细账", rowsRead: 1000, rowsLeft: 1 }]);
    assert.equal(one.sheets[0].values.length, 1000);
  });

  test("the samples are read exactly as without the stop", () => {
    for (const file of SAMPLES) {
      const { sheets, stop, whole } = read(readFileSync(file));
      assert.deepEqual(sheets, whole, file);
      assert.deepEqual(stop.cut, [], file);
    }
  });
});

describe("early stop: nothing of ours is lost", () => {
  const procurement: Cell[][] = [
    ["2023年度政府采购情况表"],
    [null, null, null, "单位：元"],
    ["项目", "政府采购支出合计", "货物", "工程"],
    ["合计", 300, 200, 100],
  ];

  for (const strings of ["inline", "shared"] as const) {
    test(`a table title at row 2,501 of a ledger keeps the sheet whole (${strings} strings)`, () => {
      const rows = [...ledger(2500), ...procurement, ...ledger(500, 2505)];
      const { sheets, stop } = read(book([{ name: "明细账", rows }], strings));
      assert.deepEqual(stop.cut, []);
      assert.equal(sheets[0].values.length, 3004);
      const { tables } = detectTables(sheets);
      assert.deepEqual(
        tables.map((t) => [t.id, t.sheet, t.range.split(":")[0]]),
        [["procurementTable", "明细账", "A2501"]],
      );
    });
  }

  test("a title written with a character reference (&#34920; is 表) still keeps the sheet whole", () => {
    const rows = [
      ...ledger(2500),
      [{ xml: "2023年度政府采购情况&#34920;" }],
      ...procurement.slice(1),
      ...ledger(10, 2505),
    ];
    const { sheets, stop } = read(book([{ name: "明细账", rows }], "inline"));
    assert.deepEqual(stop.cut, []);
    assert.equal(detectTables(sheets).tables[0]?.id, "procurementTable");
  });

  test("a table stacked below a sheet's first table, 2,000 rows down, is found", () => {
    const rows: Cell[][] = [
      ...procurement,
      ...ledger(2000, 10),
      ["2023年度政府购买服务决算公开情况表"],
      ["项目", "金额"],
      ["合计", 5],
    ];
    const { sheets, stop } = read(book([{ name: "Sheet1", rows }], "shared"));
    assert.deepEqual(stop.cut, []);
    assert.deepEqual(
      detectTables(sheets).tables.map((t) => [t.id, t.range.split(":")[0]]),
      [
        ["procurementTable", "A1"],
        ["purchasedServicesTable", "A2005"],
      ],
    );
  });

  test("a sheet named like ours is read whole", () => {
    for (const name of ["收入决算表", "补充信息", "公开08表", "三公经费"]) {
      const { sheets, stop } = read(book([{ name, rows: ledger(1500) }], "inline"));
      assert.deepEqual(stop.cut, [], name);
      assert.equal(sheets[0].values.length, 1500, name);
    }
  });

  test("a department line or set heading far down is still read (the reader's hints take them from any sheet)", () => {
    const dept = read(
      book(
        [{ name: "明细账", rows: [...ledger(2999), ["编制单位：北京市门头沟区科学技术和信息化局"]] }],
        "shared",
      ),
    );
    assert.deepEqual(dept.stop.cut, []);
    assert.deepEqual(workbookHints(dept.sheets).departmentLines, [
      "编制单位：北京市门头沟区科学技术和信息化局",
    ]);
    const heading = read(
      book([{ name: "明细账", rows: [...ledger(2999), ["上海市普陀区财政局2024年度部门决算表"]] }], "inline"),
    );
    assert.deepEqual(heading.stop.cut, []);
    assert.equal(workbookHints(heading.sheets).headingDepartment, "上海市普陀区财政局");
  });

  test("a header label or a 功能分类 code in the first rows keeps a sheet whole, though it has no title", () => {
    for (const first of [
      ["科目编码", "科目名称", "决算数"],
      ["2010101", "行政运行", 12],
      ["301 工资福利支出", 5],
    ] as Cell[][]) {
      const { stop } = read(book([{ name: "数据", rows: [first, ...ledger(1500)] }], "inline"));
      assert.deepEqual(stop.cut, [], String(first[0]));
    }
  });
});

describe("sheet-filter", () => {
  test("every title of the specs matters and holds a mark, also with a year and as a continued page", () => {
    for (const spec of TABLE_SPECS) {
      for (const title of [
        ...spec.titles,
        ...spec.titles.map((t) => `2023年度${t}`),
        ...spec.titles.map((t) => `${t}（续）`),
      ]) {
        assert.ok(mattersAnywhere(title), title);
        assert.ok(
          MARKS.some((m) => title.includes(m)),
          title,
        );
      }
    }
  });

  test("every text of the samples that matters holds a mark (the reader skips texts without one)", () => {
    let mattering = 0;
    for (const file of SAMPLES) {
      for (const sheet of readWorkbook(readFileSync(file), file)) {
        for (const v of sheet.values.flat()) {
          if (typeof v !== "string" || !mattersAnywhere(v)) continue;
          mattering++;
          assert.ok(
            MARKS.some((m) => v.includes(m)),
            v,
          );
        }
      }
    }
    assert.ok(mattering >= 40, `only ${mattering} texts matter`);
  });

  test("names and first-row values: what looks like ours and what does not", () => {
    for (const name of ["收入支出决算总表", "支出决算表（续）", "补充信息", "财政拨款“三公”经费支出决算表"])
      assert.ok(isOurSheetName(name), name);
    for (const name of ["明细账", "Sheet1", "数据", "凭证"]) assert.ok(!isOurSheetName(name), name);
    for (const v of [
      "科目编码",
      "功能分类科目编码",
      "一般公共预算财政拨款",
      "年初结转和结余",
      "2080505",
      "2023年度收入决算表",
    ])
      assert.ok(looksOurs(v), v);
    for (const v of ["金额", "合计", "明细1 办公用品", "1234567", 2010101, "备注：无"])
      assert.ok(!looksOurs(v), String(v));
  });
});
