/**
 * The architecture's arrows, checked over the import graph of src/ (docs/architecture.md):
 *
 *   core ← tables ← checks, narrative, proofread ← render ← front doors (taskpane, cli, functions)
 *   office is called only by the pane (and the ribbon commands); Office.js lives only in src/office.
 *
 * Every static import, re-export and dynamic import() of every file under src/ is resolved to the folder it
 * lands in; an arrow not in ALLOWED fails, and so does a cycle between folders. Outside packages are checked
 * by PACKAGES: node:*, React, Fluent UI, exceljs and the Office globals each belong to their shell.
 * The scanner itself is tested first on made-up sources, so a scanner that sees nothing cannot pass.
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { describe, test } from "node:test";

const SRC = resolve(import.meta.dirname, "../src");

/** Folder → the folders it may import from (besides itself). Order reads bottom-up. */
const ALLOWED: Record<string, readonly string[]> = {
  core: [],
  tables: ["core"],
  xlsx: ["core", "tables"],
  checks: ["core", "tables"],
  // Charts are built from the accounts; a region profile says which charts a document carries.
  charts: ["core", "tables"],
  narrative: ["core", "tables", "charts"],
  // Region profiles (in narrative) carry each region's number conventions, which proofreading reads.
  proofread: ["core", "tables", "narrative"],
  render: ["core", "tables", "narrative", "charts"],
  functions: ["core"],
  office: ["core", "tables", "checks", "narrative", "charts", "render"],
  commands: ["core", "office"],
  taskpane: ["core", "tables", "xlsx", "checks", "narrative", "charts", "proofread", "render", "office"],
  cli: ["core", "tables", "xlsx", "checks", "narrative", "charts", "proofread", "render"],
};

/** Outside packages (by prefix) → the folders that may import them. Anything not listed is refused. */
const PACKAGES: [RegExp, readonly string[]][] = [
  [/^decimal\.js$/, ["core"]],
  [/^node:/, ["cli"]],
  [/^(react|react-dom)(\/|$)/, ["taskpane"]],
  [/^@fluentui\//, ["taskpane"]],
  [/^exceljs$/, ["cli"]],
  [/^jszip$/, ["cli"]],
  [/^saxes$/, ["xlsx"]],
  // fflate is plain JavaScript that runs anywhere: the reader inflates with it, the .docx writer deflates.
  [/^fflate$/, ["xlsx", "render"]],
  // The CLI rasterises charts natively; the pane uses the browser's canvas.
  [/^@resvg\/resvg-js$/, ["cli"]],
];

/** Globals of Office.js: only the adapter layer (and the runtimes' own entry points) may touch them. */
const OFFICE_GLOBAL = /\b(Office|Excel|OfficeRuntime)\s*\.\s*[A-Za-z_]\w*/;
const OFFICE_GLOBAL_FOLDERS = new Set(["office", "functions", "commands"]);
/**
 * The pane's one door to src/office (each call one Excel.run; start-up and the theme go through it too,
 * so the pane's entry file needs no Office global). Listed by path, nothing else; eslint.config.mjs says the same.
 */
const OFFICE_GLOBAL_FILES = new Set(["taskpane/office-bridge.ts"]);

interface Edge {
  file: string;
  spec: string;
  line: number;
}

/** Import specifiers of a TypeScript source, with the line they are on (comments blanked first). */
export function importSpecifiers(source: string): { spec: string; line: number }[] {
  const code = source
    .replace(/\/\*[\s\S]*?\*\//g, (m) => m.replace(/[^\n]/g, " "))
    .replace(/(^|[^:"'`\\])\/\/.*$/gm, (m, p: string) => p + " ".repeat(m.length - p.length));
  const out: { spec: string; line: number }[] = [];
  const patterns = [
    /\bimport\s+(?:type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?["']([^"']+)["']/g,
    /\bexport\s+(?:type\s+)?(?:\*(?:\s+as\s+\w+)?|\{[^}]*\})\s+from\s+["']([^"']+)["']/g,
    /\bimport\s*\(\s*(?:\/\*[^*]*\*\/\s*)?["']([^"']+)["']\s*\)/g,
    /\brequire\s*\(\s*["']([^"']+)["']\s*\)/g,
  ];
  for (const re of patterns) {
    for (const m of code.matchAll(re)) {
      out.push({ spec: m[1], line: code.slice(0, m.index).split("\n").length });
    }
  }
  return out;
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...sourceFiles(p));
    else if (/\.tsx?$/.test(name) && !name.endsWith(".d.ts")) out.push(p);
  }
  return out;
}

/** "src/tables/parse/summary.ts" → "tables". */
function folderOf(absPath: string): string {
  return relative(SRC, absPath).split(sep)[0];
}

function collectEdges(): Edge[] {
  const edges: Edge[] = [];
  for (const file of sourceFiles(SRC)) {
    for (const { spec, line } of importSpecifiers(readFileSync(file, "utf8"))) edges.push({ file, spec, line });
  }
  return edges;
}

/** Violations of the folder arrows and the package rules, as readable lines. */
export function violations(edges: Edge[]): string[] {
  const bad: string[] = [];
  for (const e of edges) {
    const from = folderOf(e.file);
    const where = `src/${relative(SRC, e.file).split(sep).join("/")}:${e.line}`;
    if (!(from in ALLOWED)) {
      bad.push(`${where}: folder src/${from} is not in the architecture's list (add it to ALLOWED with its arrows)`);
      continue;
    }
    if (e.spec.startsWith(".")) {
      const target = resolve(dirname(e.file), e.spec);
      if (!target.startsWith(SRC + sep)) {
        bad.push(`${where}: imports ${e.spec}, outside src/`);
        continue;
      }
      const to = folderOf(target);
      if (to !== from && !ALLOWED[from].includes(to)) bad.push(`${where}: src/${from} may not import src/${to} (${e.spec})`);
      continue;
    }
    const rule = PACKAGES.find(([re]) => re.test(e.spec));
    if (!rule) bad.push(`${where}: outside package "${e.spec}" has no place in the architecture (add it to PACKAGES)`);
    else if (!rule[1].includes(from)) bad.push(`${where}: "${e.spec}" belongs to src/${rule[1].join(", src/")}, not src/${from}`);
  }
  return bad;
}

/** Folder-level cycles (a → b → … → a) in the import graph. */
export function folderCycles(edges: Edge[]): string[] {
  const graph = new Map<string, Set<string>>();
  for (const e of edges) {
    if (!e.spec.startsWith(".")) continue;
    const from = folderOf(e.file);
    const to = folderOf(resolve(dirname(e.file), e.spec));
    if (from === to) continue;
    if (!graph.has(from)) graph.set(from, new Set());
    graph.get(from)!.add(to);
  }
  const cycles: string[] = [];
  const state = new Map<string, "open" | "done">();
  const path: string[] = [];
  const visit = (n: string) => {
    if (state.get(n) === "done") return;
    if (state.get(n) === "open") {
      cycles.push([...path.slice(path.indexOf(n)), n].join(" → "));
      return;
    }
    state.set(n, "open");
    path.push(n);
    for (const m of graph.get(n) ?? []) visit(m);
    path.pop();
    state.set(n, "done");
  };
  for (const n of graph.keys()) visit(n);
  return cycles;
}

function officeGlobalUses(): string[] {
  const bad: string[] = [];
  for (const file of sourceFiles(SRC)) {
    const rel = relative(SRC, file).split(sep).join("/");
    if (OFFICE_GLOBAL_FOLDERS.has(folderOf(file)) || OFFICE_GLOBAL_FILES.has(rel)) continue;
    const code = readFileSync(file, "utf8")
      .replace(/\/\*[\s\S]*?\*\//g, "")
      .replace(/(^|[^:])\/\/.*$/gm, "$1");
    const m = OFFICE_GLOBAL.exec(code);
    if (m) bad.push(`src/${rel}: uses the Office.js global “${m[0].trim()}” (only src/office may)`);
  }
  return bad;
}

describe("layering: the scanner", () => {
  test("finds static, type-only, re-export, dynamic and require imports, and ignores comments", () => {
    const src = [
      'import { a } from "../core";',
      'import type { B } from "../tables/model";',
      'export { c } from "./c";',
      'export * from "../narrative";',
      'const d = await import(/* webpackChunkName: "docx" */ "../render/docx");',
      'const e = require("exceljs");',
      '// import { z } from "../office";',
      '/* import "../taskpane"; */',
      'import "./side-effect";',
    ].join("\n");
    assert.deepEqual(
      importSpecifiers(src).map((s) => s.spec).sort(),
      ["../core", "../narrative", "../render/docx", "../tables/model", "./c", "./side-effect", "exceljs"].sort(),
    );
  });

  test("a wrong arrow, a foreign package and a cycle are reported", () => {
    const f = (p: string) => join(SRC, p);
    const edges: Edge[] = [
      { file: f("tables/read.ts"), spec: "../narrative", line: 3 },
      { file: f("narrative/generate.ts"), spec: "node:fs", line: 4 },
      { file: f("checks/rule.ts"), spec: "react", line: 5 },
      { file: f("core/money.ts"), spec: "../core/x", line: 1 },
    ];
    assert.deepEqual(violations(edges), [
      "src/tables/read.ts:3: src/tables may not import src/narrative (../narrative)",
      'src/narrative/generate.ts:4: "node:fs" belongs to src/cli, not src/narrative',
      'src/checks/rule.ts:5: "react" belongs to src/taskpane, not src/checks',
    ]);
    const cyc = folderCycles([
      { file: f("tables/a.ts"), spec: "../checks", line: 1 },
      { file: f("checks/b.ts"), spec: "../tables", line: 1 },
    ]);
    assert.deepEqual(cyc, ["tables → checks → tables"]);
  });
});

describe("layering: src/ follows the architecture", () => {
  const edges = collectEdges();

  test("the scan sees the whole tree (every folder imports something)", () => {
    const folders = new Set(edges.map((e) => folderOf(e.file)));
    for (const f of ["tables", "checks", "narrative", "proofread", "render", "cli", "taskpane", "office"]) {
      assert.ok(folders.has(f), `no import found in src/${f}`);
    }
    assert.ok(edges.length > 200, `only ${edges.length} imports found`);
  });

  test("every import follows an allowed arrow", () => {
    assert.deepEqual(violations(edges), []);
  });

  test("no cycle between folders", () => {
    assert.deepEqual(folderCycles(edges), []);
  });

  test("Office.js globals only in src/office (and the runtimes' entry points)", () => {
    assert.deepEqual(officeGlobalUses(), []);
  });
});
