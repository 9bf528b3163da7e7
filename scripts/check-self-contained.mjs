#!/usr/bin/env node
// Static check that a built add-in folder references nothing outside its own origin (intranet builds).
//
//   node scripts/check-self-contained.mjs <distDir> [--addin-url https://host/path/] [--json]
//
// Scans every .html/.htm/.js/.mjs/.css/.json/.xml/.svg file below <distDir> (not .map or .LICENSE.txt:
// the pane never loads them) for absolute http(s) URLs and protocol-relative src/href/url(//…).
// A URL passes when it is
//   * on the add-in's origin (--addin-url, else $ADDIN_URL, else the origin of SourceLocation in
//     <distDir>/manifest.xml);
//   * a known inert string (INERT: XML namespace names and documentation links inside error messages —
//     identifiers, never fetched);
//   * inside the self-hosted office.js copy (officejs/) and on the reviewed list OFFICE_JS (what each is:
//     see docs/security.md; the CSP blocks them and the intranet e2e test shows none is requested).
// Anything else is reported with file:line:column and makes the exit status 1.
// Programmatic use: scanDir(dir, { addinUrl }) → { files, findings, allowed }.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

/** Files the check reads (by extension); source maps and extracted licence texts are never loaded. */
export const SCANNED = /\.(html?|m?js|css|json|xml|svg)$/i;
const SKIPPED = /\.(map|LICENSE\.txt)$/i;

/** The self-hosted office.js folder inside dist (webpack.config.js: SELF_HOSTED_OFFICE_JS_DIR). */
export const OFFICE_JS_DIR = "officejs";

/** @typedef {{ pattern: RegExp, why: string }} Rule */

/** Inert anywhere: names, not addresses. Each entry says why it is never requested. */
/** @type {Rule[]} */
export const INERT = [
  { pattern: /^http:\/\/www\.w3\.org\//, why: "W3C namespace name (SVG, XHTML, XLink, XML Schema, MathML)" },
  {
    pattern: /^http:\/\/schemas\.microsoft\.com\/office\//,
    why: "Office XML namespace name (manifest, .docx parts)",
  },
  {
    pattern: /^http:\/\/schemas\.openxmlformats\.org\//,
    why: "OOXML namespace / relationship type name (docx)",
  },
  { pattern: /^http:\/\/purl\.org\/dc\//, why: "Dublin Core namespace name (docx core properties)" },
  { pattern: /^http:\/\/purl\.oclc\.org\/ooxml\//, why: "Strict OOXML relationship type name (docx)" },
  {
    pattern: /^https:\/\/reactjs\.org\/docs\/error-decoder\.html/,
    why: "text of React's minified error messages (a link for the reader, not fetched)",
  },
  {
    pattern:
      /^https:\/\/answers\.microsoft\.com\/en-us\/msoffice\/forum\/all\/does-word-support-more-than-9-list-levels/,
    why: "text of a docx library error message (list level > 9)",
  },
];

/**
 * Known URLs of Microsoft's office.js (only accepted below officejs/). Reviewed for @microsoft/office-js
 * 1.1.110; a new office.js version that adds one fails the check until it is reviewed here.
 * @type {Rule[]}
 */
export const OFFICE_JS = [
  {
    pattern: /^https?:\/\/document\.localhost(\/|$)/,
    why: "internal pseudo-origin of the Office host bridge",
  },
  {
    pattern: /^https:\/\/[a-z]{2,7}\.pipe\.aria\.microsoft\.com\/Collector\/3\.0\/?$/,
    why: "Aria telemetry collectors (office.js telemetry, Excel on the web): blocked by CSP connect-src",
  },
  {
    pattern: /^https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\//,
    why: "telemetry proxy for Microsoft first-party add-ins only",
  },
  {
    pattern: /^https:\/\/alcdn\.msauth\.net\/browser\//,
    why: "MSAL, loaded only by Office.auth / SSO, which this add-in does not use",
  },
  {
    pattern: /^https:\/\/login\.(microsoftonline\.com|windows\.net|windows-ppe\.net)\//,
    why: "Microsoft identity platform (Office.auth / webauth), not used by this add-in",
  },
  {
    pattern: /^http:\/\/169\.254\.169\.254\//,
    why: "Azure instance metadata (MSAL region discovery in webauth), not used",
  },
  {
    pattern:
      /^https?:\/\/(go\.microsoft\.com\/fwlink|support\.microsoft\.com|docs\.microsoft\.com|tools\.ietf\.org|github\.com\/AzureAD|azuread\.github\.io|raw\.githubusercontent\.com\/jakearchibald|www\.apache\.org\/licenses|html2canvas\.hertzen\.com|mathiasbynens\.be)(\/|$)/,
    why: "documentation / licence links in office.js messages and licence comments (kept: the files are copied unminified)",
  },
];

/** Absolute http(s) URLs: a scheme, then at least a host character. */
const URL_RE = /https?:\/\/[A-Za-z0-9][A-Za-z0-9._~:/?#@!$&*+,;=%[\]-]*/g;
/** Protocol-relative references in markup and CSS: src=//…, href=//…, url(//…). */
const PROTOCOL_RELATIVE_RE =
  /(?:\b(?:src|href|action|poster|data)\s*=\s*["']?|url\(\s*["']?)(\/\/[A-Za-z0-9][^\s"'<>)]*)/gi;

/** "https://a.example/x/" → "https://a.example" (lower-case host, default port dropped). */
export function originOf(url) {
  try {
    return new URL(url).origin;
  } catch {
    return "";
  }
}

/** The origin the add-in is served from, read from dist/manifest.xml (SourceLocation DefaultValue). */
export function addinUrlFromManifest(dir) {
  const file = join(dir, "manifest.xml");
  if (!existsSync(file)) return "";
  const m = /<SourceLocation\s+DefaultValue="([^"]+)"/.exec(readFileSync(file, "utf8"));
  return m ? m[1] : "";
}

function listFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...listFiles(p));
    else if (SCANNED.test(name) && !SKIPPED.test(name)) out.push(p);
  }
  return out;
}

function lineCol(text, index) {
  let line = 1;
  let last = -1;
  for (let i = text.indexOf("\n"); i !== -1 && i < index; i = text.indexOf("\n", i + 1)) {
    line++;
    last = i;
  }
  return { line, column: index - last };
}

/** Trailing punctuation that ends a sentence or a string, not the URL. */
function trimUrl(url) {
  return url.replace(/[.,;:!?)\]'"`*]+$/, "");
}

/**
 * @typedef {{ file: string, line: number, column: number, url: string, excerpt: string }} Finding
 * @typedef {{ file: string, url: string, why: string }} Allowed
 * @param {string} dir
 * @param {{ addinUrl?: string }} [options]
 * @returns {{ addinOrigin: string, files: string[], findings: Finding[], allowed: Allowed[] }}
 */
export function scanDir(dir, options = {}) {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new Error(`${dir}: not a folder`);
  const addinUrl = options.addinUrl || addinUrlFromManifest(dir);
  const addinOrigin = addinUrl ? originOf(addinUrl) : "";
  const files = listFiles(dir).map((p) => relative(dir, p).split(sep).join("/"));
  const findings = [];
  const allowed = [];
  for (const file of files) {
    const text = readFileSync(join(dir, file), "utf8");
    const vendor = file.startsWith(`${OFFICE_JS_DIR}/`);
    const hits = [];
    for (const m of text.matchAll(URL_RE)) hits.push({ index: m.index, url: trimUrl(m[0]) });
    if (/\.(html?|css|svg)$/i.test(file)) {
      for (const m of text.matchAll(PROTOCOL_RELATIVE_RE)) {
        hits.push({ index: m.index + m[0].length - m[1].length, url: trimUrl(m[1]) });
      }
    }
    for (const { index, url } of hits) {
      if (!url.startsWith("//") && addinOrigin !== "" && originOf(url) === addinOrigin) continue;
      const rule =
        INERT.find((r) => r.pattern.test(url)) ??
        (vendor ? OFFICE_JS.find((r) => r.pattern.test(url)) : undefined);
      if (rule) {
        allowed.push({ file, url, why: rule.why });
        continue;
      }
      const { line, column } = lineCol(text, index);
      const excerpt = text.slice(Math.max(0, index - 40), index + url.length + 40).replace(/\s+/g, " ");
      findings.push({ file, line, column, url, excerpt });
    }
  }
  return { addinOrigin, files, findings, allowed };
}

function main(argv) {
  const args = argv.slice(2);
  const flag = (name) => {
    const i = args.indexOf(name);
    if (i < 0) return undefined;
    const v = args[i + 1];
    args.splice(i, 2);
    return v;
  };
  const json = args.includes("--json");
  if (json) args.splice(args.indexOf("--json"), 1);
  const addinUrl = flag("--addin-url") ?? process.env.ADDIN_URL ?? "";
  const dir = args[0];
  if (!dir) {
    console.error("用法 / usage: node scripts/check-self-contained.mjs <distDir> [--addin-url URL] [--json]");
    return 2;
  }
  let result;
  try {
    result = scanDir(dir, { addinUrl });
  } catch (err) {
    console.error(String(err instanceof Error ? err.message : err));
    return 2;
  }
  if (json) {
    console.log(JSON.stringify(result, null, 2));
    return result.findings.length === 0 ? 0 : 1;
  }
  const { addinOrigin, files, findings, allowed } = result;
  const vendor = allowed.filter(
    (a) => a.file.startsWith(`${OFFICE_JS_DIR}/`) && OFFICE_JS.some((r) => r.why === a.why),
  );
  console.log(`add-in origin: ${addinOrigin || "(unknown: pass --addin-url or set ADDIN_URL)"}`);
  console.log(
    `scanned ${files.length} files; ${allowed.length} inert/known URL occurrences (${vendor.length} in ${OFFICE_JS_DIR}/)`,
  );
  for (const f of findings) console.log(`${f.file}:${f.line}:${f.column}  ${f.url}\n    …${f.excerpt}…`);
  if (findings.length > 0) {
    console.log(`✗ ${findings.length} 处外部地址 / external URL(s) — the build is not self-contained`);
    return 1;
  }
  console.log("✓ 无外部地址 / self-contained: no reference outside the add-in origin");
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exit(main(process.argv));
