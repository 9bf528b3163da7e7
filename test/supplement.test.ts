/** The supplementary sheet (补充信息): layout from the model, exact round trip, findings that name cells. */
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import type { CellValue } from "../src/core";
import type { Sheet, Supplement } from "../src/tables/model";
import { buildSupplementSheet, emptySupplement, readSupplement, SUPPLEMENT_SHEET_NAME } from "../src/tables/supplement";
import { centralAccounts, centralSupplement, mentougouAccounts, mentougouSupplement } from "../examples/src";

const sheetFrom = (values: CellValue[][], name = SUPPLEMENT_SHEET_NAME): Sheet => ({ name, origin: "A1", values });

/** A supplement as plain data without provenance (cells, source unit): what must survive a round trip. */
function plain(s: Supplement): unknown {
  return JSON.parse(
    JSON.stringify(s, (k, v) => (k === "cells" || k === "sourceUnit" ? undefined : v)),
    // Dec serialises as its string; compare numerically-normalised strings
  );
}

function rowOfKey(values: CellValue[][], key: string): number {
  const r = values.findIndex((row) => row[0] === key);
  assert.ok(r >= 0, `no row ${key}`);
  return r;
}

describe("补充信息：由模型生成并原样读回", () => {
  const cases = [
    { name: "门头沟（元）", acc: mentougouAccounts(), supp: mentougouSupplement(), unit: "yuan" as const },
    { name: "中央示例（万元）", acc: centralAccounts(), supp: centralSupplement(), unit: "wanYuan" as const },
  ];
  for (const c of cases) {
    test(`${c.name}：readSupplement(buildSupplementSheet(model, supp)) = supp`, () => {
      const values = buildSupplementSheet(c.acc, c.supp, { unit: c.unit });
      const { supplement, findings } = readSupplement(sheetFrom(values));
      assert.deepEqual(findings, []);
      assert.deepEqual(plain(supplement), plain(c.supp));
      // provenance: every figure names its cell on the sheet
      const budget = supplement.initialBudgets["basicEconomic:total"];
      assert.deepEqual(budget.cells, [`补充信息!D${rowOfKey(values, "budget:basicEconomic:total") + 1}`]);
      assert.equal(budget.sourceUnit, c.unit);
    });
  }

  test("万元表：金额按单位行换算为元", () => {
    const values = buildSupplementSheet(centralAccounts(), centralSupplement(), { unit: "wanYuan" });
    assert.equal(values[1][3], "单位：万元");
    const r = rowOfKey(values, "priorYear:grandTotal");
    assert.equal(values[r][3], 3980.55);
    const { supplement } = readSupplement(sheetFrom(values));
    assert.equal(supplement.priorYear.grandTotal?.value.toString(), "39805500");
    // counts are never converted
    assert.equal(supplement.counts.receptionPersons?.value.toString(), "86");
  });

  test("预填：一般公共预算表的每个类/款、经济分类各行、“三公”各项，值留空", () => {
    const acc = mentougouAccounts();
    const values = buildSupplementSheet(acc, emptySupplement());
    const keys = values.map((r) => r[0]).filter((k): k is string => typeof k === "string" && k.includes(":"));
    for (const row of acc.generalBudgetExpenditure!.rows) {
      assert.ok(keys.includes(`budget:functional:${row.code}`), row.code);
      assert.ok(keys.includes(`reason:functional:${row.code}`), row.code);
    }
    for (const k of ["301", "302", "303", "310"]) assert.ok(keys.includes(`budget:basicEconomic:${k}`));
    for (const k of ["302", "310", "312", "399"]) assert.ok(keys.includes(`reason:projectEconomic:${k}`));
    for (const k of ["total", "overseasTravel", "vehicleOperation", "officialReception"])
      assert.ok(keys.includes(`reason:threePublic:${k}`));
    const r = rowOfKey(values, "budget:functional:20601");
    assert.deepEqual(values[r], ["budget:functional:20601", "20601", "\u3000科学技术管理事务", null, "决算数：7,436,930.72元"]);
    const { supplement, findings } = readSupplement(sheetFrom(values));
    assert.deepEqual(findings, []);
    assert.deepEqual(plain(supplement), plain({ ...emptySupplement(), present: true, sheet: "补充信息" }));
  });

  test("表中没有的键也保留（年初预算、主要原因）", () => {
    const supp = mentougouSupplement();
    supp.initialBudgets["functional:2069999"] = { value: supp.initialBudgets["functional:20602"].value, cells: [], sourceUnit: "yuan" };
    supp.initialBudgets["governmentFundBasic"] = { value: supp.initialBudgets["functional:20602"].value, cells: [], sourceUnit: "yuan" };
    supp.reasons["governmentFundBasic"] = { text: "自定义原因", cells: [] };
    const { supplement } = readSupplement(sheetFrom(buildSupplementSheet(mentougouAccounts(), supp)));
    assert.deepEqual(plain(supplement), plain(supp));
  });
});

describe("补充信息：错误输入成为指明单元格的发现，不抛异常", () => {
  const base = () => buildSupplementSheet(mentougouAccounts(), mentougouSupplement());

  test("格式错误的金额：错误发现指明单元格，该值不读入", () => {
    const values = base();
    const r = rowOfKey(values, "priorYear:agencyOperatingCost");
    values[r][3] = "353,18.18";
    const { supplement, findings } = readSupplement(sheetFrom(values));
    assert.equal(findings.length, 1);
    const f = findings[0];
    assert.equal(f.severity, "error");
    assert.deepEqual(f.cells, [`补充信息!D${r + 1}`]);
    assert.match(f.message, new RegExp(`^补充信息!D${r + 1}：机关运行经费上年数：无法识别为金额：“353,18.18”（千分位分隔符位置不正确）`));
    assert.equal(supplement.priorYear.agencyOperatingCost, undefined);
    assert.equal(supplement.priorYear.grandTotal?.value.toString(), "75690311.62");
  });

  test("错误值、负数数量、未知键、重复键、逻辑值文字", () => {
    const values = base();
    const budget = rowOfKey(values, "budget:functional:20601");
    values[budget][3] = { error: "#REF!" };
    const count = rowOfKey(values, "count:vehiclesHeld");
    values[count][3] = -6;
    const text = rowOfKey(values, "text:staffing");
    values[text][3] = true;
    values.push(["foo:bar", null, null, 1, null]);
    values.push(["count:vehiclesHeld", null, null, 7, null]);
    const { supplement, findings } = readSupplement(sheetFrom(values));
    const byCell = Object.fromEntries(findings.map((f) => [f.cells[0], f]));
    assert.equal(byCell[`补充信息!D${budget + 1}`].severity, "error");
    assert.match(byCell[`补充信息!D${budget + 1}`].message, /#REF!/);
    assert.match(byCell[`补充信息!D${count + 1}`].message, /公务用车保有量不能为负数：-6/);
    assert.match(byCell[`补充信息!D${text + 1}`].message, /人员构成情况：逻辑值不是文字/);
    assert.match(byCell[`补充信息!A${values.length - 1}`].message, /无法识别的键“foo:bar”/);
    assert.equal(byCell[`补充信息!A${values.length - 1}`].severity, "warning");
    assert.match(byCell[`补充信息!A${values.length}`].message, /重复（首次出现在 补充信息!A\d+）/);
    assert.equal(findings.length, 5);
    assert.equal(supplement.initialBudgets["functional:20601"], undefined);
    assert.equal(supplement.counts.vehiclesHeld, undefined);
    assert.equal(supplement.texts.staffing, undefined);
  });

  test("文字形式的金额可读（“1,234.56”），空白表示未填", () => {
    const values = base();
    const r = rowOfKey(values, "agencyOperatingCost");
    values[r][3] = "358,257.77";
    const g = rowOfKey(values, "priorYear:grandTotal");
    values[g][3] = null;
    const { supplement, findings } = readSupplement(sheetFrom(values));
    assert.deepEqual(findings, []);
    assert.equal(supplement.agencyOperatingCost?.value.toString(), "358257.77");
    assert.equal(supplement.priorYear.grandTotal, undefined);
  });

  test("没有表头行：一条错误发现，补充信息为空", () => {
    const { supplement, findings } = readSupplement(sheetFrom([["随便写的"], [1, 2, 3]], "补充"));
    assert.equal(findings.length, 1);
    assert.equal(findings[0].severity, "error");
    assert.match(findings[0].message, /^补充：找不到表头行/);
    assert.deepEqual(supplement.reasons, {});
    assert.equal(supplement.present, true);
  });

  test("没有单位行：按元读取并给出警告；区域起点不在 A1 时单元格地址随之偏移", () => {
    const values = base().slice(2); // drop title and unit line
    const sheet: Sheet = { name: "补充信息", origin: "C5", values };
    const { supplement, findings } = readSupplement(sheet);
    assert.equal(findings.length, 1);
    assert.equal(findings[0].severity, "warning");
    const r = rowOfKey(values, "priorYear:grandTotal");
    assert.deepEqual(supplement.priorYear.grandTotal?.cells, [`补充信息!F${5 + r}`]);
    assert.equal(supplement.priorYear.grandTotal?.value.toString(), "75690311.62");
  });
});
