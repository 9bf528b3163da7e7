#!/usr/bin/env node
// Derives the zh-CN custom-function metadata from the English one generated from src/functions/functions.ts:
// same structure (ids, parameters, result, options), Chinese function names and descriptions taken from
// src/functions/names.zh-CN.json. Used three ways:
//   node scripts/make-zh-metadata.mjs                      regenerate src/functions/functions.zh-CN.json
//   node scripts/make-zh-metadata.mjs --in dist/functions.json --out dist/functions.zh-CN.json
//   node scripts/make-zh-metadata.mjs --check              exit 1 when the committed file is stale
// and, inside webpack, through ZhMetadataPlugin (emits functions.zh-CN.json next to functions.json).
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const FUNCTIONS_SOURCE = resolve(ROOT, "src/functions/functions.ts");
export const NAMES_FILE = resolve(ROOT, "src/functions/names.zh-CN.json");
export const ZH_FILE = resolve(ROOT, "src/functions/functions.zh-CN.json");

/**
 * Excel's rule for a function name: starts with a letter, then letters, digits, "." or "_"; at least three
 * characters (Office docs, "Custom functions naming guidelines") and at most 128.
 */
const NAME_RULE = /^\p{L}[\p{L}\p{N}._]*$/u;
/** Names Excel would read as a cell: A1 … XFD1048576, R1C1 … R1048576C16384. */
const A1_LIKE = /^[A-Za-z]{1,3}[0-9]+$/;
const R1C1_LIKE = /^[Rr][0-9]*[Cc][0-9]*$/;

/** Problems with one display name (empty array when valid). */
export function nameProblems(name) {
  const problems = [];
  if (typeof name !== "string" || name === "") return ["名称为空"];
  if (!NAME_RULE.test(name)) problems.push(`“${name}”只能以字母或汉字开头，且只含字母、汉字、数字、“.”和“_”`);
  if ([...name].length < 3) problems.push(`“${name}”少于3个字符（Excel 要求自定义函数名至少3个字符）`);
  if (name.length > 128) problems.push(`“${name}”超过128个字符`);
  if (A1_LIKE.test(name) || R1C1_LIKE.test(name)) problems.push(`“${name}”会被当作单元格地址`);
  return problems;
}

/**
 * The zh-CN metadata: a deep copy of `en` with each function's name and description, and each parameter's
 * description, from `table` (id → { name, description, parameters: { paramName: description } }).
 * Throws on a missing or extra id, a missing text, an invalid or duplicate name.
 */
export function makeZhMetadata(en, table) {
  const errors = [];
  const ids = new Set(en.functions.map((f) => f.id));
  for (const id of Object.keys(table))
    if (!ids.has(id)) errors.push(`names.zh-CN.json 中的 ${id} 不是已定义的函数`);
  const seen = new Map();
  const zh = structuredClone(en);
  for (const fn of zh.functions) {
    const entry = table[fn.id];
    if (!entry) {
      errors.push(`函数 ${fn.id} 缺少中文名称和说明`);
      continue;
    }
    for (const p of nameProblems(entry.name)) errors.push(`函数 ${fn.id}：${p}`);
    const key = String(entry.name).toUpperCase();
    if (seen.has(key)) errors.push(`函数 ${fn.id} 与 ${seen.get(key)} 的中文名称重复：“${entry.name}”`);
    seen.set(key, fn.id);
    if (!entry.description) errors.push(`函数 ${fn.id} 缺少中文说明`);
    fn.name = entry.name;
    fn.description = entry.description;
    const params = entry.parameters ?? {};
    const known = new Set(fn.parameters.map((p) => p.name));
    for (const p of Object.keys(params)) if (!known.has(p)) errors.push(`函数 ${fn.id} 没有参数 ${p}`);
    for (const p of fn.parameters) {
      if (!params[p.name]) errors.push(`函数 ${fn.id} 的参数 ${p.name} 缺少中文说明`);
      else p.description = params[p.name];
    }
  }
  if (errors.length > 0) throw new Error(`zh-CN 自定义函数元数据有误：\n${errors.join("\n")}`);
  return zh;
}

export function stringify(metadata) {
  return `${JSON.stringify(metadata, null, 2)}\n`;
}

export function readNamesTable(file = NAMES_FILE) {
  return JSON.parse(readFileSync(file, "utf8"));
}

/** English metadata straight from the source, with the generator the webpack plugin uses. */
export async function generateEnglishMetadata(source = FUNCTIONS_SOURCE) {
  const { generateCustomFunctionsMetadata } = await import("custom-functions-metadata");
  const result = await generateCustomFunctionsMetadata([source], false);
  if (result.errors.length > 0) throw new Error(`custom-functions-metadata:\n${result.errors.join("\n")}`);
  return JSON.parse(result.metadataJson);
}

/**
 * Webpack plugin: after CustomFunctionsMetadataPlugin has added the `functions.json` asset, emits
 * `functions.zh-CN.json` derived from it (a failure becomes a compilation error).
 */
export class ZhMetadataPlugin {
  constructor(options = {}) {
    this.input = options.input ?? "functions.json";
    this.output = options.output ?? "functions.zh-CN.json";
    this.names = options.names ?? NAMES_FILE;
  }

  apply(compiler) {
    const { Compilation, WebpackError, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("ZhMetadataPlugin", (compilation) => {
      compilation.fileDependencies.add(this.names);
      compilation.hooks.processAssets.tap(
        { name: "ZhMetadataPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const asset = compilation.getAsset(this.input);
          if (!asset) {
            compilation.errors.push(new WebpackError(`ZhMetadataPlugin: ${this.input} was not generated`));
            return;
          }
          try {
            const zh = makeZhMetadata(
              JSON.parse(asset.source.source().toString()),
              readNamesTable(this.names),
            );
            const content = new sources.RawSource(stringify(zh));
            if (compilation.getAsset(this.output)) compilation.updateAsset(this.output, content);
            else compilation.emitAsset(this.output, content);
          } catch (e) {
            compilation.errors.push(
              new WebpackError(`ZhMetadataPlugin: ${e instanceof Error ? e.message : e}`),
            );
          }
        },
      );
    });
  }
}

async function main(argv) {
  const arg = (flag) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const input = arg("--in");
  const output = arg("--out") ?? ZH_FILE;
  const en = input ? JSON.parse(readFileSync(resolve(input), "utf8")) : await generateEnglishMetadata();
  const text = stringify(makeZhMetadata(en, readNamesTable()));
  if (argv.includes("--check")) {
    let current = "";
    try {
      current = readFileSync(output, "utf8");
    } catch {
      // missing counts as stale
    }
    if (current !== text) {
      console.error(`${output} 已过期：请运行 node scripts/make-zh-metadata.mjs`);
      process.exit(1);
    }
    console.log(`${output} 是最新的。`);
    return;
  }
  writeFileSync(output, text);
  console.log(`已写入 ${output}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
