/**
 * Calls the BUILT custom-functions bundle the way Excel does: functions.ts is bundled with webpack (same
 * loader and metadata plugins as webpack.config.js) into a temp folder, run in Node with a stub
 * CustomFunctions global, and each id is called through what it registered with associate().
 * Scalars arrive as 1×1 matrices (every parameter is a matrix), omitted optional arguments as null.
 */
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import vm from "node:vm";
import webpack from "webpack";
import CustomFunctionsMetadataPlugin from "custom-functions-metadata-plugin";
import { Dec } from "../src/core";
import { FUNCTIONS_SOURCE, ZhMetadataPlugin, readNamesTable } from "../scripts/make-zh-metadata.mjs";

const ERROR_CODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
  busy: "#BUSY!",
  connect: "#CONNECT!",
  gettingData: "#GETTING_DATA",
} as const;

/** Stands in for the runtime's CustomFunctions.Error. */
class StubError {
  constructor(
    public code: string,
    public message?: string,
  ) {}
}

type Fn = (...args: unknown[]) => unknown[][];
const registered = new Map<string, Fn>();
const associateCalls: string[] = [];
let outDir = "";
let metadata: { functions: { id: string; parameters: { name: string }[] }[] };

async function buildBundle(dir: string): Promise<void> {
  const compiler = webpack({
    mode: "production",
    target: "web",
    devtool: false,
    context: resolve("."),
    entry: { functions: FUNCTIONS_SOURCE },
    output: { path: dir, filename: "[name].js" },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { noEmit: false } } },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ input: FUNCTIONS_SOURCE, output: "functions.json" }),
      new ZhMetadataPlugin() as unknown as webpack.WebpackPluginInstance,
    ],
    performance: { hints: false },
    infrastructureLogging: { level: "error" },
  });
  const stats = await new Promise<webpack.Stats>((ok, fail) =>
    compiler.run((err, s) => (err || !s ? fail(err ?? new Error("no stats")) : ok(s))),
  );
  await new Promise<void>((ok) => compiler.close(() => ok()));
  if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
}

/** Calls a registered id with Excel-shaped arguments: plain values become 1×1 matrices. */
function call(id: string, ...args: unknown[]): unknown[][] {
  const fn = registered.get(id);
  assert.ok(fn, `${id} is not registered`);
  return fn(...args.map((a) => (a === null || Array.isArray(a) ? a : [[a]])));
}
const cell = (id: string, ...args: unknown[]): unknown => {
  const out = call(id, ...args);
  assert.equal(out.length, 1);
  assert.equal(out[0].length, 1);
  return out[0][0];
};
function assertExcelError(v: unknown, code: string, messagePart?: string): void {
  assert.ok(v instanceof StubError, `expected ${code}, got ${JSON.stringify(v)}`);
  assert.equal(v.code, code);
  if (messagePart)
    assert.ok(v.message?.includes(messagePart), `message “${v.message}” lacks “${messagePart}”`);
}

describe("BUDGET custom functions, built bundle", () => {
  before(async () => {
    outDir = mkdtempSync(join(tmpdir(), "juesuan-functions-"));
    await buildBundle(outDir);
    metadata = JSON.parse(readFileSync(join(outDir, "functions.json"), "utf8"));
    const g = globalThis as { CustomFunctions?: unknown };
    g.CustomFunctions = {
      Error: StubError,
      ErrorCode: ERROR_CODES,
      associate(id: string, fn: Fn) {
        associateCalls.push(id);
        const earlier = registered.get(id);
        assert.ok(!earlier || earlier === fn, `${id} associated with two different functions`);
        registered.set(id, fn);
      },
    };
    // Like Excel's runtime, the global stays for the calls (errors are built with CustomFunctions.Error).
    vm.runInThisContext(readFileSync(join(outDir, "functions.js"), "utf8"), { filename: "functions.js" });
  });
  after(() => {
    delete (globalThis as { CustomFunctions?: unknown }).CustomFunctions;
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  test("every id of the generated functions.json is associated, nothing else", () => {
    const ids = metadata.functions.map((f) => f.id).sort();
    assert.deepEqual(ids, [
      "AMOUNTTEXT",
      "CHANGE",
      "COMPARE",
      "DAXIE",
      "EXECRATE",
      "GROWTH",
      "PCTTEXT",
      "PERUNIT",
      "SHARE",
      "SHARES",
      "TOWAN",
    ]);
    assert.deepEqual([...registered.keys()].sort(), ids);
    assert.deepEqual([...new Set(associateCalls)].sort(), ids);
  });

  test("the build emits functions.zh-CN.json equal to the committed one", () => {
    const emitted = readFileSync(join(outDir, "functions.zh-CN.json"), "utf8");
    const committed = readFileSync(resolve("src/functions/functions.zh-CN.json"), "utf8");
    assert.equal(emitted, committed);
    const zh = JSON.parse(emitted) as { functions: { id: string; name: string }[] };
    const names = readNamesTable();
    for (const f of zh.functions) assert.equal(f.name, names[f.id].name);
  });

  test("GROWTH of the reference department's income, to 1e-12 of the exact ratio", () => {
    const g = cell("GROWTH", 112078856.26, 72527785.37, null) as number;
    const exact = new Dec("112078856.26").minus("72527785.37").div("72527785.37");
    assert.ok(Math.abs(g - exact.toNumber()) <= 1e-12, `${g} vs ${exact.toString()}`);
    assert.ok(Math.abs(g - 0.54532) < 1e-5);
  });

  test("a range with a scalar spills: GROWTH over 3×1 returns 3×1", () => {
    const out = call("GROWTH", [[110], [90], [100]], [[100]], null);
    assert.deepEqual(out, [[0.1], [-0.1], [0]]);
  });

  test("the required values", () => {
    assert.equal(
      cell("COMPARE", 113684009.05, 75690311.62, null, null, null),
      "比上年增加37,993,697.43元，增长50.2%",
    );
    assert.equal(cell("DAXIE", 113684009.05), "壹亿壹仟叁佰陆拾捌万肆仟零玖元零伍分");
    assert.equal(cell("CHANGE", 0.3, 0.1), 0.2);
    assert.equal(cell("PERUNIT", 44531.6, 6), 7421.93);
    assert.equal(cell("TOWAN", 113684009.05, null), 11368.4);
    assert.equal(cell("AMOUNTTEXT", 113684009.05, "万元", null), "11,368.40万元");
    assert.equal(cell("PCTTEXT", 3.4698, 1), "347%");
    assert.equal(cell("PCTTEXT", 3.4698, 2), "346.98%");
    assertExcelError(cell("SHARE", 1, 0), "#DIV/0!", "合计数为0");
  });

  test("more calls: labels, units, SHARES, EXECRATE", () => {
    assert.equal(cell("COMPARE", 100, 100, "2023年年初预算", null, null), "与2023年年初预算持平");
    assert.equal(
      cell("COMPARE", 149000, 0, "2023年年初预算", null, null),
      "比2023年年初预算增加149,000.00元，增长100%",
    );
    assert.deepEqual(call("SHARES", [[1], [3]]), [[0.25], [0.75]]);
    assert.equal(cell("EXECRATE", 25.7, 30.8), new Dec("25.7").div("30.8").toNumber());
    assert.equal(cell("PCTTEXT", 0, null), "0%");
    assert.equal(cell("GROWTH", 5, 0, null), 1);
    assertExcelError(cell("GROWTH", 5, 0, "error"), "#DIV/0!");
  });

  test("blanks count as 0; number text is read; other text is #VALUE! with a Chinese message", () => {
    assert.deepEqual(call("CHANGE", [[null], [""], ["1,234.56"]], [[0.56]]), [[-0.56], [-0.56], [1234]]);
    assertExcelError(cell("CHANGE", "abc", 1), "#VALUE!", "本期数不是数值");
    assertExcelError(cell("AMOUNTTEXT", 1, "美元", null), "#VALUE!", "单位只能是");
  });

  test("error inputs come back as the same error; mismatched ranges are #VALUE!", () => {
    const na = new StubError("#N/A");
    assert.equal(cell("GROWTH", na, 1, null), na);
    const out = call("CHANGE", [[1], [na]], [[1], [2]]);
    assert.equal(out[0][0], 0);
    assert.equal(out[1][0], na);
    assertExcelError(cell("CHANGE", [[1], [2], [3]], [[1], [2]]), "#VALUE!", "区域大小不一致");
  });
});
