// Unit plausibility (src/checks/rules/unit.ts) on the sample workbooks made wrong in one way each. The samples'
// own figures (examples/src: the Mentougou 2023 tables and their 补充信息 sheet) give no finding.
import { test, describe } from "node:test";
import assert from "node:assert/strict";
import { runChecks } from "../src/checks";
import { checkUnitPlausibility } from "../src/checks/rules/unit";
import { type Sheet, readFinalAccounts } from "../src/tables";
import { centralWorkbook, mentougouWorkbook } from "../examples/src";

function plain(sheets: readonly { name: string; origin: string; values: unknown[][] }[]): Sheet[] {
  return JSON.parse(JSON.stringify(sheets)) as Sheet[];
}

/** 行次 / 栏次 numbers (small integers) are not amounts: mutations leave them. */
const isAmount = (v: unknown): v is number => typeof v === "number" && !(Number.isInteger(v) && v < 100);

/** Divides every amount of the chosen sheets by 10,000 (rounded to 分 of 万元) and leaves their unit lines. */
function toWanFigures(sheets: Sheet[], which: (name: string) => boolean): Sheet[] {
  return sheets.map((s) =>
    !which(s.name)
      ? s
      : { ...s, values: s.values.map((row) => row.map((v) => (isAmount(v) ? Math.round(v / 100) / 100 : v))) },
  );
}

/** Rewrites the unit line of the chosen sheets to 单位：万元 without changing the figures. */
function relabelWan(sheets: Sheet[], which: (name: string) => boolean): Sheet[] {
  return sheets.map((s) =>
    !which(s.name)
      ? s
      : { ...s, values: s.values.map((row) => row.map((v) => (typeof v === "string" ? v.replace("单位：元", "单位：万元") : v))) },
  );
}

const unitFindings = (sheets: Sheet[]) => runChecks(readFinalAccounts(sheets).accounts).filter((f) => f.rule === "plausibility.unit");
const notSupplement = (n: string) => !n.includes("补充信息");
const threePublic = (n: string) => n.includes("三公");

describe("unit plausibility", () => {
  test("the samples as published: no finding", () => {
    assert.deepEqual(unitFindings(plain(mentougouWorkbook().sheets)), []);
    assert.deepEqual(unitFindings(plain(centralWorkbook().sheets)), []);
  });

  test("万元 figures under 单位：元 (补充信息 in 元): one error, from the prior-year totals and per vehicle", () => {
    const found = unitFindings(toWanFigures(plain(mentougouWorkbook().sheets), notSupplement));
    assert.equal(found.length, 1);
    const [f] = found;
    assert.equal(f.severity, "error");
    assert.equal(f.expected, "万元");
    assert.equal(f.actual, "元");
    assert.match(
      f.message,
      /^单位可能有误：收入支出决算总表、财政拨款收入支出决算总表、财政拨款"三公"经费支出决算表标注“单位：元”，但金额看起来是以万元填写的/,
    );
    // 75,690,311.62 / 11,368.40 = 6,658.0…
    assert.match(f.message, /收、支总计11,368\.40元是补充信息中上年数75,690,311\.62元的约 1\/6,658/);
    assert.match(f.message, /请核对表头的单位行，改为“单位：万元”/);
  });

  test("only the 三公 table in 万元 under 元: judged per vehicle", () => {
    const found = unitFindings(toWanFigures(plain(mentougouWorkbook().sheets), threePublic));
    assert.equal(found.length, 1);
    assert.match(found[0].message, /财政拨款"三公"经费支出决算表标注“单位：元”/);
    // 4.45 万元 / 6 = 0.741666… 元 a vehicle as stated; × 10,000 = 7,416.67 元
    assert.match(found[0].message, /公务用车运行维护费按元计每辆仅0\.74元（6辆），按万元计为7,416\.67元/);
  });

  test("元 figures under 单位：万元 (the reverse): likely 元", () => {
    const found = unitFindings(relabelWan(plain(mentougouWorkbook().sheets), threePublic));
    assert.equal(found.length, 1);
    assert.equal(found[0].expected, "元");
    assert.match(found[0].message, /标注“单位：万元”，但金额看起来是以元填写的/);
  });

  test("figures with 3 to 6 decimals under 单位：元 are 万元", () => {
    const sheets = plain(mentougouWorkbook().sheets).map((s) =>
      s.name.includes("政府采购")
        ? { ...s, values: s.values.map((row) => row.map((v) => (typeof v === "number" && v > 100 ? v / 10000 : v))) }
        : s,
    );
    const accounts = readFinalAccounts(sheets).accounts;
    const found = checkUnitPlausibility(accounts);
    const procurement = accounts.procurementTable?.total.value;
    assert.ok(procurement && !procurement.isZero(), "the sample has procurement figures");
    assert.equal(found.length, 1);
    assert.match(found[0].message, /政府采购情况表标注“单位：元”.*有三位以上小数/);
  });
});
