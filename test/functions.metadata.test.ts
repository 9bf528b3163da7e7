import { before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import {
  type CustomFunctionsMetadata,
  ZH_FILE,
  generateEnglishMetadata,
  makeZhMetadata,
  nameProblems,
  readNamesTable,
  stringify,
} from "../scripts/make-zh-metadata.mjs";

/**
 * The table: id → zh-CN display name. 占比, 均值 and 比较 became 占比率, 单位均值 and 比较文本:
 * Excel requires custom-function names of at least three characters.
 */
const REQUIRED_NAMES: Record<string, string> = {
  GROWTH: "增长率",
  CHANGE: "增减额",
  SHARE: "占比率",
  SHARES: "构成比",
  EXECRATE: "执行率",
  PERUNIT: "单位均值",
  TOWAN: "转万元",
  AMOUNTTEXT: "金额文本",
  PCTTEXT: "百分比文本",
  COMPARE: "比较文本",
  DAXIE: "大写金额",
};
const TEXT_RESULTS = new Set(["AMOUNTTEXT", "PCTTEXT", "COMPARE", "DAXIE"]);
const CJK = /[\u4e00-\u9fff]/;

let en: CustomFunctionsMetadata;

describe("custom-function metadata", () => {
  before(async () => {
    en = await generateEnglishMetadata();
  });

  test("English metadata from the JSDoc: ids = names, every argument a matrix of any, matrix results", () => {
    assert.deepEqual(en.functions.map((f) => f.id).sort(), Object.keys(REQUIRED_NAMES).sort());
    for (const f of en.functions) {
      assert.equal(f.name, f.id);
      assert.ok(
        f.description && !CJK.test(f.description.replace(/[“”"].*?[“”"]/g, "")),
        `${f.id} description`,
      );
      assert.deepEqual(
        f.result,
        { dimensionality: "matrix", type: TEXT_RESULTS.has(f.id) ? "string" : "number" },
        f.id,
      );
      for (const p of f.parameters) {
        assert.equal(p.type, "any", `${f.id}.${p.name}`);
        assert.equal(p.dimensionality, "matrix", `${f.id}.${p.name}`);
        assert.ok(p.description, `${f.id}.${p.name} has a description`);
      }
    }
    const growth = en.functions.find((f) => f.id === "GROWTH");
    assert.deepEqual(
      growth?.parameters.map((p) => [p.name, p.optional ?? false]),
      [
        ["current", false],
        ["base", false],
        ["zeroBase", true],
      ],
    );
  });

  test("every id has its Chinese name (as the issue lists them) and Chinese descriptions", () => {
    const table = readNamesTable();
    assert.deepEqual(Object.keys(table).sort(), Object.keys(REQUIRED_NAMES).sort());
    for (const [id, name] of Object.entries(REQUIRED_NAMES)) {
      assert.equal(table[id].name, name);
      assert.match(table[id].description, CJK, `${id} description`);
    }
    const names = Object.values(table).map((e) => e.name);
    assert.equal(new Set(names).size, names.length, "names are unique");
    for (const name of names) assert.deepEqual(nameProblems(name), [], name);
  });

  test("the committed functions.zh-CN.json is the generated one: same ids, parameters, results; Chinese texts", () => {
    const committed = readFileSync(ZH_FILE, "utf8");
    const zh = makeZhMetadata(en, readNamesTable());
    assert.equal(committed, stringify(zh), "run: node scripts/make-zh-metadata.mjs");
    assert.deepEqual(
      zh.functions.map((f) => f.id),
      en.functions.map((f) => f.id),
    );
    for (let i = 0; i < en.functions.length; i++) {
      const e = en.functions[i];
      const z = zh.functions[i];
      assert.equal(z.name, REQUIRED_NAMES[e.id]);
      assert.deepEqual(z.result, e.result);
      assert.deepEqual(z.options, e.options);
      const withoutDescription = (p: { description?: string }) => ({ ...p, description: undefined });
      assert.deepEqual(z.parameters.map(withoutDescription), e.parameters.map(withoutDescription));
      for (const p of z.parameters) assert.match(p.description ?? "", CJK, `${e.id}.${p.name}`);
    }
  });

  test("Excel's name rules are enforced", () => {
    for (const ok of ["增长率", "GROWTH", "转万元", "金额.文本", "Total_2"])
      assert.deepEqual(nameProblems(ok), [], ok);
    for (const bad of [
      "ABC123",
      "R1C1",
      "r2c",
      "XFD1048576",
      "1ABC",
      "_X",
      "增长 率",
      "占比",
      "AB",
      "增长%",
      "",
      "A".repeat(129),
    ]) {
      assert.ok(nameProblems(bad).length > 0, bad);
    }
  });

  test("a missing, duplicate or invalid entry stops the build with a Chinese message", () => {
    const table = readNamesTable();
    const missing = { ...table };
    delete missing.DAXIE;
    assert.throws(() => makeZhMetadata(en, missing), /函数 DAXIE 缺少中文名称和说明/);
    assert.throws(
      () => makeZhMetadata(en, { ...table, SHARE: { ...table.SHARE, name: "增长率" } }),
      /中文名称重复/,
    );
    assert.throws(
      () => makeZhMetadata(en, { ...table, CHANGE: { ...table.CHANGE, name: "A1" } }),
      /单元格地址/,
    );
    assert.throws(() => makeZhMetadata(en, { ...table, EXTRA: table.CHANGE }), /EXTRA 不是已定义的函数/);
    const noParam = { ...table, TOWAN: { ...table.TOWAN, parameters: { amount: "金额" } } };
    assert.throws(() => makeZhMetadata(en, noParam), /参数 decimals 缺少中文说明/);
  });
});
