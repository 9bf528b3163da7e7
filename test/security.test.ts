// Security review, as tests: no code-from-strings or raw-HTML sinks in our source (src/), none in the built
// bundles beyond one known guarded line of webpack's runtime, and user text (reasons, sheet names) is
// escaped by the HTML renderer. The React side (the pane shows text, never HTML) is covered by
// test/e2e.test.ts; the CSP that backs this up is deploy/nginx.conf (docs/security.md).
import { test, describe } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { readXlsx } from "../src/cli/read-xlsx";
import { readFinalAccounts } from "../src/tables";
import { generateNarrative } from "../src/narrative";
import { renderHtml, renderText } from "../src/render";

const ROOT = resolve(__dirname, "..");

/** Sinks that turn strings into code or markup. */
export const DANGEROUS: { name: string; re: RegExp }[] = [
  { name: "eval", re: /\beval\s*[()]/ },
  { name: "new Function", re: /\bnew\s+Function\s*\(/ },
  { name: "Function(string)", re: /(?<![\w$.])Function\s*\(\s*["'`]/ },
  { name: "dangerouslySetInnerHTML", re: /dangerouslySetInnerHTML/ },
  { name: "innerHTML/outerHTML", re: /\.(inner|outer)HTML\b/ },
  { name: "insertAdjacentHTML", re: /insertAdjacentHTML/ },
  { name: "document.write", re: /document\.write(ln)?\s*\(/ },
  { name: "createContextualFragment", re: /createContextualFragment/ },
  { name: "string timer", re: /\bset(Timeout|Interval)\s*\(\s*["'`]/ },
  { name: "string event handler", re: /setAttribute\s*\(\s*["'`]on[a-z]+["'`]/i },
  { name: "javascript: URL", re: /["'`]\s*javascript:/i },
  { name: "srcdoc", re: /\bsrcdoc\b/ },
];

/**
 * Unavoidable uses, "path: pattern name" → why it is safe. Empty today; an entry that no longer matches
 * fails the test, so the list cannot go stale.
 */
const ALLOWED: Record<string, string> = {};

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...sourceFiles(p));
    else if (/\.(ts|tsx|js|mjs|html)$/.test(name)) out.push(p);
  }
  return out;
}

function scan(text: string): string[] {
  return DANGEROUS.filter((d) => d.re.test(text)).map((d) => d.name);
}

describe("no code-from-strings or raw-HTML sinks in src/", () => {
  test("the patterns catch what they should and not lookalikes", () => {
    assert.deepEqual(scan(`el.innerHTML = s;`), ["innerHTML/outerHTML"]);
    assert.deepEqual(scan(`<div dangerouslySetInnerHTML={{ __html: s }} />`), ["dangerouslySetInnerHTML"]);
    assert.deepEqual(scan(`const f = new Function("a", body);`), ["new Function", "Function(string)"]);
    assert.deepEqual(scan(`window.eval(code)`), ["eval"]);
    assert.deepEqual(scan(`(0, eval)(code)`), ["eval"]); // indirect eval
    assert.deepEqual(scan(`setTimeout("go()", 10)`), ["string timer"]);
    assert.deepEqual(scan(`b.setAttribute("onclick", x)`), ["string event handler"]);
    assert.deepEqual(scan(`a.href = "javascript:void(0)"`), ["javascript: URL"]);
    assert.deepEqual(scan(`page.evaluate(() => 1); setTimeout(() => go(), 10); retrieval(x)`), []);
  });

  test("src/ uses none of them (outside the justified allow-list)", () => {
    const hits: string[] = [];
    for (const file of sourceFiles(join(ROOT, "src"))) {
      const rel = relative(ROOT, file).split("\\").join("/");
      for (const name of scan(readFileSync(file, "utf8"))) hits.push(`${rel}: ${name}`);
    }
    assert.deepEqual(
      hits.filter((h) => !(h in ALLOWED)),
      [],
    );
    assert.deepEqual(
      Object.keys(ALLOWED).filter((k) => !hits.includes(k)),
      [],
      "stale allow-list entries",
    );
  });
});

describe("no network access from src/ (the pane talks to Office.js only)", () => {
  const NETWORK =
    /\bfetch\s*\(|XMLHttpRequest|\bWebSocket\b|\bEventSource\b|sendBeacon|importScripts|\bnode:(https?|net|tls|dgram)\b/;
  // Absolute URLs in code, except XML namespace names (the .docx renderer writes w: elements, and Dublin
  // Core names in docProps/core.xml; scripts/check-self-contained.mjs accepts the same names).
  const URL =
    /https?:\/\/(?!schemas\.openxmlformats\.org\/|schemas\.microsoft\.com\/office\/|www\.w3\.org\/|purl\.org\/dc\/)[A-Za-z0-9]/;

  test("the patterns match", () => {
    assert.ok(
      NETWORK.test(`await fetch("/x")`) &&
        NETWORK.test(`new XMLHttpRequest()`) &&
        NETWORK.test(`import { get } from "node:https"`),
    );
    assert.ok(!NETWORK.test(`prefetch(x); fetched = 1`));
    assert.ok(
      URL.test(`"https://api.example.com"`) &&
        !URL.test(`"http://schemas.openxmlformats.org/wordprocessingml/2006/main"`) &&
        !URL.test(`"http://purl.org/dc/elements/1.1/"`) &&
        URL.test(`"http://purl.org/other"`),
    );
  });

  test("no fetch/XHR/WebSocket/beacon and no external URL in src/", () => {
    const hits: string[] = [];
    for (const file of sourceFiles(join(ROOT, "src"))) {
      const rel = relative(ROOT, file).split("\\").join("/");
      const text = readFileSync(file, "utf8");
      const local = text.replace(/https:\/\/localhost:3000\//g, ""); // dev-server URLs (manifest transform)
      if (NETWORK.test(text)) hits.push(`${rel}: ${NETWORK.exec(text)?.[0]}`);
      if (URL.test(local)) hits.push(`${rel}: ${URL.exec(local)?.[0]}…`);
    }
    assert.deepEqual(hits, []);
  });
});

describe("built bundles (dist/ and dist-selfhost/, when built)", () => {
  // webpack's runtime (__webpack_require__.g): `new Function` only where globalThis is missing — never
  // in the browsers Office uses, and blocked by the CSP if it ever ran.
  const WEBPACK_GLOBAL = `if("object"==typeof globalThis)return globalThis;try{return this||new Function("return this")()}`;

  for (const name of ["dist", "dist-selfhost"]) {
    const dir = join(ROOT, name);
    // Our bundles only: officejs/ (Microsoft's office.js) is reviewed in docs/security.md.
    const bundles = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".js")) : [];
    test(
      `${name}: no eval and no new Function except webpack's guarded globalThis fallback`,
      { skip: bundles.length === 0 && `${name}/ not built` },
      () => {
        assert.ok(bundles.includes("functions.js"), `${name}/functions.js`);
        assert.ok(
          bundles.some((f) => /^taskpane\.[0-9a-f]{8}\.js$/.test(f)),
          `${name}/taskpane.*.js`,
        );
        for (const file of bundles) {
          const text = readFileSync(join(dir, file), "utf8");
          assert.equal(text.match(/\beval\s*[()]/g)?.length ?? 0, 0, `${file}: eval`);
          const fns = text.match(/new Function\s*\(/g)?.length ?? 0;
          const known = text.split(WEBPACK_GLOBAL).length - 1;
          assert.equal(fns, known, `${file}: new Function( outside webpack's globalThis fallback`);
        }
      },
    );
  }
});

describe("user text reaches HTML only escaped (src/render renderHtml)", () => {
  const HOSTILE_REASON = "<img src=x onerror=alert(1)>";
  const HOSTILE_SHEET = "<script>x</script>";

  test("a hostile reason and sheet name, through the real pipeline: workbook → narrative → HTML", async () => {
    const sheets = await readXlsx(join(ROOT, "examples/mentougou-kexin-2023.xlsx"));
    // The 224 reason (灾害防治及应急管理支出) is left empty in the sample: fill it with markup.
    const supplement = sheets.find((s) => s.name === "补充信息");
    assert.ok(supplement);
    const row = supplement.values.find((r) => r[0] === "reason:functional:224");
    assert.ok(row, "补充信息 has the reason:functional:224 row");
    row[3] = HOSTILE_REASON;
    assert.equal(sheets[0].name, "收入支出决算总表");
    sheets[0].name = HOSTILE_SHEET;

    const read = readFinalAccounts(sheets);
    const narrative = generateNarrative(read.accounts);
    // The hostile values are really used (so the escaping below is tested, not absent input).
    assert.ok(renderText(narrative).includes(`主要原因：${HOSTILE_REASON}`));

    for (const html of [renderHtml(narrative), renderHtml(narrative, { standalone: true })]) {
      assert.match(
        html,
        /主要原因：(<span class="user"[^>]*>)?&lt;img src=x onerror=alert\(1\)&gt;/,
        "the reason, escaped as text",
      );
      assert.ok(
        html.includes(`data-cells="&#39;&lt;script&gt;x&lt;/script&gt;&#39;!C`),
        "the sheet name, escaped in provenance",
      );
      assert.ok(
        html.includes(`（&#39;&lt;script&gt;x&lt;/script&gt;&#39;!C`) ||
          html.includes(`（&lt;script&gt;x&lt;/script&gt;!C`),
        "the sheet name, escaped in a title",
      );
      assert.ok(
        !html.includes("<img") &&
          !html.includes("<script") &&
          !/\sonerror=/.test(html.replace(/&lt;img src=x onerror=/g, "")),
      );
      // Only the renderer's own tags.
      const tags = new Set([...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9]*)/g)].map((m) => m[1].toLowerCase()));
      const own = [
        "article",
        "h1",
        "h2",
        "h3",
        "h4",
        "mark",
        "p",
        "section",
        "span",
        "br",
        "html",
        "head",
        "meta",
        "title",
        "style",
        "body",
      ];
      assert.deepEqual(
        [...tags].filter((t) => !own.includes(t)),
        [],
      );
    }
  });
});
