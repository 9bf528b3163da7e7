// When a sheet cannot be placed (its origin names no cell) or the reader itself fails, the user gets a
// Chinese finding naming the sheet or table and what to do — never wrong cell references and never the
// program's own error text — and every other table is still read with the figures it has without the fault.
import { test, describe } from "node:test";
import assert from "node:assert/strict";
import type { CellValue } from "../src/core";
import { readFinalAccounts, type Finding, type Sheet } from "../src/tables";
import { mentougouSheets } from "../examples/src";
import { diffAccounts } from "./helpers/compare";

const base = readFinalAccounts(mentougouSheets());
const SUMMARY = "收入支出决算总表";

function withSheet(name: string, change: (s: Sheet) => Sheet): Sheet[] {
  return mentougouSheets().map((s) => (s.name === name ? change(s) : s));
}

/** The program's own error texts must not reach the user. */
function assertNoProgramText(findings: Finding[]): void {
  for (const f of findings) {
    assert.doesNotMatch(f.message, /boom|Error|undefined|not an A1 address|is not a function/, f.message);
  }
}

/** Every table but 收入支出决算总表 reads as without the fault, and only its sheet is missing from the list. */
function assertOthersUnchanged(got: ReturnType<typeof readFinalAccounts>): void {
  const { incomeExpenditureSummary: _a, ...expected } = base.accounts;
  const { incomeExpenditureSummary: _b, ...actual } = got.accounts;
  void [_a, _b];
  assert.deepEqual(diffAccounts({ ...expected, tables: [] }, { ...actual, tables: [] }), []);
  assert.deepEqual(
    got.accounts.tables.map((t) => t.sheet),
    base.accounts.tables.map((t) => t.sheet).filter((s) => s !== SUMMARY),
  );
}

/** Values whose row `at` throws when read by a function named in `when` (or always). */
function throwingRow(values: CellValue[][], at: number, when?: string): CellValue[][] {
  const out = values.map((r) => [...r]);
  const row = out[at];
  Object.defineProperty(out, at, {
    get() {
      if (!when || new Error().stack?.includes(when))
        throw new TypeError("boom: cannot read properties of undefined");
      return row;
    },
  });
  return out;
}

describe("a sheet whose origin names no cell", () => {
  for (const origin of ["第3行", "A0", "C", "AAAA1", "B1048577"]) {
    test(`origin “${origin}”: a finding naming the sheet, the sheet not read, the others unchanged`, () => {
      const got = readFinalAccounts(withSheet(SUMMARY, (s) => ({ ...s, origin })));
      const bad = got.findings.filter((f) => f.rule === "read.bad-origin");
      assert.deepEqual(
        bad.map((f) => [f.severity, f.message]),
        [
          [
            "error",
            `工作表“收入支出决算总表”的起始位置“${origin}”不是有效的单元格地址，无法确定其中各单元格的位置，该工作表未读取。请重新读取工作簿；如仍出现此提示，请将工作簿另存为 .xlsx 后再试。`,
          ],
        ],
      );
      assert.equal(got.accounts.incomeExpenditureSummary, undefined);
      assert.ok(got.findings.some((f) => f.rule === "read.missing-table" && f.message.includes(SUMMARY)));
      assertOthersUnchanged(got);
      assertNoProgramText(got.findings);
    });
  }

  test("a valid origin, absolute or not, places every cell; an empty one means A1", () => {
    const at = (origin: string) =>
      readFinalAccounts(withSheet(SUMMARY, (s) => ({ ...s, origin }))).accounts.incomeExpenditureSummary!
        .incomeTotal.cells;
    const a1 = base.accounts.incomeExpenditureSummary!.incomeTotal.cells;
    assert.deepEqual(a1, ["收入支出决算总表!C29"]);
    assert.deepEqual(at("$B$3"), ["收入支出决算总表!D31"]);
    assert.deepEqual(at("b3"), ["收入支出决算总表!D31"]);
    assert.deepEqual(at(""), a1);
  });
});

describe("an unexpected failure inside the reader", () => {
  test("while finding the tables of one sheet: that sheet is a finding, the others are read", () => {
    const got = readFinalAccounts(withSheet(SUMMARY, (s) => ({ ...s, values: throwingRow(s.values, 5) })));
    const failed = got.findings.filter((f) => f.severity === "error");
    assert.deepEqual(
      failed.map((f) => [f.rule, f.message]),
      [
        [
          "read.sheet-failed",
          "识别工作表“收入支出决算总表”中的决算公开表时程序出错，该工作表未读取（其余工作表照常读取）。请核对该工作表是否为标准的决算公开表；如仍出现此提示，请将工作簿发给维护人员。",
        ],
        ["read.missing-table", "未找到“收入支出决算总表”"],
      ],
    );
    assertOthersUnchanged(got);
    assertNoProgramText(got.findings);
  });

  test("while reading one table: that table is a finding naming it and where it starts, the others are read", () => {
    // the row throws only while a located table is being parsed (parseInto in src/tables/read.ts)
    const got = readFinalAccounts(
      withSheet(SUMMARY, (s) => ({ ...s, values: throwingRow(s.values, 10, "parseInto") })),
    );
    const failed = got.findings.filter((f) => f.rule === "read.table-failed");
    assert.deepEqual(
      failed.map((f) => [f.severity, f.message, f.cells]),
      [
        [
          "error",
          "读取“收入支出决算总表”（工作表“收入支出决算总表”A1起）时程序出错，该表未读取（其余各表照常读取）。请核对该表的表头和各行是否与标准格式一致；如仍出现此提示，请将工作簿发给维护人员。",
          ["收入支出决算总表!A1"],
        ],
      ],
    );
    assert.equal(got.accounts.incomeExpenditureSummary, undefined);
    // located but not read: the table is listed, every other table reads as before
    assert.deepEqual(
      got.accounts.tables.map((t) => t.sheet),
      base.accounts.tables.map((t) => t.sheet),
    );
    const { incomeExpenditureSummary: _a, ...expected } = base.accounts;
    const { incomeExpenditureSummary: _b, ...actual } = got.accounts;
    void [_a, _b];
    assert.deepEqual(diffAccounts(expected, actual), []);
    assertNoProgramText(got.findings);
  });

  test("while reading the 补充信息 sheet: a finding naming it, every table still read", () => {
    const values: CellValue[][] = [
      ["补充信息"],
      ["单位：元"],
      ["键", "编码", "项目", "数值", "说明"],
      ...Array.from({ length: 10 }, (): CellValue[] => [null, null, null, null, null]),
    ];
    const got = readFinalAccounts([
      ...mentougouSheets(),
      { name: "补充信息", origin: "A1", values: throwingRow(values, 8) },
    ]);
    assert.deepEqual(
      got.findings.map((f) => [f.rule, f.message]),
      [
        [
          "read.supplement-failed",
          "读取补充信息表“补充信息”时程序出错，补充信息未读取（各公开表照常读取）。请核对该表是否按模板填写（含“键”“数值”两列）；如仍出现此提示，请将工作簿发给维护人员。",
        ],
      ],
    );
    assert.equal(got.accounts.supplement.present, false);
    assert.deepEqual(
      diffAccounts({ ...base.accounts, supplement: null }, { ...got.accounts, supplement: null }),
      [],
    );
  });
});
