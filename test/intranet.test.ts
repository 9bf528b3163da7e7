// Intranet deployment, fast checks: the self-containment scanner (scripts/check-self-contained.mjs) on
// small temp folders, and the nginx site config (deploy/nginx.conf) as text. The real build behind a
// real nginx is test/intranet.e2e.test.ts.
import { test, describe, after } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { addinUrlFromManifest, originOf, scanDir } from "../scripts/check-self-contained.mjs";
import { renderSite } from "../scripts/serve-nginx";

const ROOT = resolve(__dirname, "..");
const SCRIPT = join(ROOT, "scripts/check-self-contained.mjs");
const ADDIN = "https://juesuan.example.gov.cn/addin/";
const temps: string[] = [];
after(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A temp "dist" folder with the given files. */
function dist(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "juesuan-scan-"));
  temps.push(dir);
  for (const [name, body] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), body);
  }
  return dir;
}

const MANIFEST = `<?xml version="1.0" encoding="UTF-8"?>
<OfficeApp xmlns="http://schemas.microsoft.com/office/appforoffice/1.1" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <IconUrl DefaultValue="${ADDIN}assets/icon-32.png" />
  <DefaultSettings><SourceLocation DefaultValue="${ADDIN}taskpane.html" /></DefaultSettings>
</OfficeApp>`;

const CLEAN = {
  "manifest.xml": MANIFEST,
  "taskpane.html": `<!doctype html><html><head><script src=officejs/office.js></script><script defer src=taskpane.0123abcd.js></script></head></html>`,
  "taskpane.0123abcd.js": `var s="http://www.w3.org/2000/svg";throw Error("https://reactjs.org/docs/error-decoder.html?invariant="+e)`,
  "functions.json": `{"functions":[]}`,
  "officejs/telemetry/oteljs_agave.js": `var u="https://browser.pipe.aria.microsoft.com/Collector/3.0/"`,
};

describe("check-self-contained: scanDir", () => {
  test("a clean folder: no findings; namespaces, React's error link and known office.js URLs are allowed", () => {
    const r = scanDir(dist(CLEAN), { addinUrl: ADDIN });
    assert.deepEqual(r.findings, []);
    assert.equal(r.addinOrigin, "https://juesuan.example.gov.cn");
    assert.deepEqual(r.files, [
      "functions.json",
      "manifest.xml",
      "officejs/telemetry/oteljs_agave.js",
      "taskpane.0123abcd.js",
      "taskpane.html",
    ]);
    const urls = r.allowed.map((a) => a.url).sort();
    assert.deepEqual(urls, [
      "http://schemas.microsoft.com/office/appforoffice/1.1",
      "http://www.w3.org/2000/svg",
      "http://www.w3.org/2001/XMLSchema-instance",
      "https://browser.pipe.aria.microsoft.com/Collector/3.0/",
      "https://reactjs.org/docs/error-decoder.html?invariant=",
    ]);
  });

  test("the add-in origin comes from manifest.xml when not given", () => {
    const dir = dist(CLEAN);
    assert.equal(addinUrlFromManifest(dir), `${ADDIN}taskpane.html`);
    assert.deepEqual(scanDir(dir).findings, []);
    assert.equal(scanDir(dir).addinOrigin, "https://juesuan.example.gov.cn");
  });

  test("reports a CDN script tag in the HTML with file, line and column", () => {
    const dir = dist({
      ...CLEAN,
      "taskpane.html": `<!doctype html>\n<html><head>\n  <script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>\n</head></html>`,
    });
    const r = scanDir(dir, { addinUrl: ADDIN });
    assert.deepEqual(
      r.findings.map(({ file, line, column, url }) => ({ file, line, column, url })),
      [
        {
          file: "taskpane.html",
          line: 3,
          column: 16,
          url: "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
        },
      ],
    );
  });

  test("reports URLs in bundles, CSS, JSON and the manifest; trims trailing punctuation", () => {
    const dir = dist({
      ...CLEAN,
      "taskpane.0123abcd.js": `fetch("https://api.example.com/v1/log");`,
      "app.css": `@import url(https://fonts.googleapis.com/css?family=Noto);`,
      "functions.json": `{"helpUrl":"http://help.example.com/budget"}`,
      "manifest.xml": MANIFEST.replace(
        "</OfficeApp>",
        `<SupportUrl DefaultValue="https://support.example.com/x" /></OfficeApp>`,
      ),
    });
    const urls = scanDir(dir, { addinUrl: ADDIN }).findings.map((f) => `${f.file} ${f.url}`);
    assert.deepEqual(urls, [
      "app.css https://fonts.googleapis.com/css?family=Noto",
      "functions.json http://help.example.com/budget",
      "manifest.xml https://support.example.com/x",
      "taskpane.0123abcd.js https://api.example.com/v1/log",
    ]);
  });

  test("protocol-relative src/href/url(//…) in HTML and CSS are external too", () => {
    const dir = dist({
      ...CLEAN,
      "taskpane.html": `<link href="//cdn.example.net/a.css"><script src=//cdn.example.net/a.js></script>`,
      "app.css": `body{background:url("//img.example.net/b.png")}`,
    });
    const urls = scanDir(dir, { addinUrl: ADDIN }).findings.map((f) => f.url);
    assert.deepEqual(urls, ["//img.example.net/b.png", "//cdn.example.net/a.css", "//cdn.example.net/a.js"]);
  });

  test("same host on another port or scheme is another origin", () => {
    const dir = dist({
      ...CLEAN,
      "taskpane.0123abcd.js": `a="https://juesuan.example.gov.cn:8443/x";b="http://juesuan.example.gov.cn/x";c="https://juesuan.example.gov.cn/other/y"`,
    });
    const urls = scanDir(dir, { addinUrl: ADDIN }).findings.map((f) => f.url);
    assert.deepEqual(urls, ["https://juesuan.example.gov.cn:8443/x", "http://juesuan.example.gov.cn/x"]);
  });

  test("office.js's known URLs are accepted only inside officejs/", () => {
    const aria = `var u="https://browser.pipe.aria.microsoft.com/Collector/3.0/"`;
    const dir = dist({ ...CLEAN, "taskpane.0123abcd.js": aria });
    assert.deepEqual(
      scanDir(dir, { addinUrl: ADDIN }).findings.map((f) => `${f.file} ${f.url}`),
      ["taskpane.0123abcd.js https://browser.pipe.aria.microsoft.com/Collector/3.0/"],
    );
    // An unknown endpoint in office.js must be reviewed before it is accepted.
    const vendor = dist({
      ...CLEAN,
      "officejs/excel-web-16.00.js": `x="https://new-endpoint.microsoft.com/v2"`,
    });
    assert.deepEqual(
      scanDir(vendor, { addinUrl: ADDIN }).findings.map((f) => f.url),
      ["https://new-endpoint.microsoft.com/v2"],
    );
  });

  test("source maps and extracted licence texts are not scanned (the pane never loads them)", () => {
    const dir = dist({
      ...CLEAN,
      "taskpane.0123abcd.js.map": `{"sourcesContent":["// see https://github.com/x/y"]}`,
      "taskpane.0123abcd.js.LICENSE.txt": `/*! https://github.com/facebook/react */`,
    });
    const r = scanDir(dir, { addinUrl: ADDIN });
    assert.deepEqual(r.findings, []);
    assert.ok(!r.files.some((f) => f.endsWith(".map") || f.endsWith(".txt")));
  });

  test("originOf normalises host case and default ports", () => {
    assert.equal(originOf("https://Juesuan.Example.gov.cn:443/a"), "https://juesuan.example.gov.cn");
    assert.equal(originOf("not a url"), "");
  });
});

describe("check-self-contained: command line", () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [SCRIPT, ...args], {
      encoding: "utf8",
      env: { ...process.env, ADDIN_URL: "" },
    });

  test("exit 0 and a ✓ line for a clean folder", () => {
    const r = run(dist(CLEAN));
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /add-in origin: https:\/\/juesuan\.example\.gov\.cn/);
    assert.match(r.stdout, /✓ 无外部地址/);
  });

  test("exit 1 and file:line:column for an external URL", () => {
    const r = run(
      dist({ ...CLEAN, "help.html": `<a href="https://www.example.com/">x</a>` }),
      "--addin-url",
      ADDIN,
    );
    assert.equal(r.status, 1);
    assert.match(r.stdout, /^help\.html:1:10 {2}https:\/\/www\.example\.com\/$/m);
    assert.match(r.stdout, /✗ 1 处外部地址/);
  });

  test("exit 2 with usage when no folder is given", () => {
    const r = run();
    assert.equal(r.status, 2);
    assert.match(r.stderr, /用法/);
  });
});

describe("deploy/nginx.conf", () => {
  const conf = readFileSync(join(ROOT, "deploy/nginx.conf"), "utf8");
  const csp = [...conf.matchAll(/^\s*set \$juesuan_csp "([^"]*)";/gm)].map((m) => m[1]);
  const directives = (policy: string) =>
    new Map(policy.split(/;\s*/).map((d) => [d.split(" ")[0], d.split(" ").slice(1)]));

  test("one active CSP, self-hosted: scripts, connections and objects from nowhere but the origin", () => {
    assert.equal(csp.length, 1, "exactly one active (uncommented) policy");
    const d = directives(csp[0]);
    assert.deepEqual(d.get("default-src"), ["'self'"]);
    assert.deepEqual(d.get("script-src"), ["'self'"], "no CDN, no 'unsafe-inline', no 'unsafe-eval'");
    assert.deepEqual(d.get("connect-src"), ["'self'"]);
    assert.deepEqual(d.get("object-src"), ["'none'"]);
    assert.deepEqual(d.get("style-src"), ["'self'", "'unsafe-inline'"]);
    assert.ok(!csp[0].includes("unsafe-eval"));
    const ancestors = d.get("frame-ancestors") ?? [];
    for (const host of [
      "'self'",
      "https://*.officeapps.live.com",
      "https://*.sharepoint.com",
      "https://*.officeapps.partner.office365.cn",
      "https://*.sharepoint.cn",
    ]) {
      assert.ok(ancestors.includes(host), `frame-ancestors ${host}`);
    }
  });

  test("the commented CDN variants allow exactly their Office CDN for scripts", () => {
    const variants = [...conf.matchAll(/^\s*# set \$juesuan_csp "([^"]*)";/gm)].map((m) =>
      directives(m[1]).get("script-src"),
    );
    assert.deepEqual(variants, [
      ["'self'", "https://appsforoffice.microsoft.com"],
      ["'self'", "https://appsforoffice.cdn.partner.office365.cn"],
    ]);
  });

  test("every location repeats the security headers (add_header in a location replaces the server's)", () => {
    const locations = conf
      .split(/^\s*location /m)
      .slice(1)
      .filter((b) => b.includes("try_files"));
    assert.equal(locations.length, 2);
    for (const block of locations) {
      for (const h of [
        "Content-Security-Policy $juesuan_csp",
        "X-Content-Type-Options nosniff",
        "Referrer-Policy no-referrer",
        "Cache-Control",
      ]) {
        assert.ok(block.includes(`add_header ${h}`), `${block.split("\n")[0]}: ${h}`);
      }
    }
  });

  test("hashed bundles are immutable; stable names (functions.js, manifest, HTML) are not", () => {
    const m = /location ~ "([^"]+)"/.exec(conf);
    assert.ok(m);
    const hashed = new RegExp(m[1]);
    for (const f of ["taskpane.d94c3bc3.js", "46.49069afe.js", "static/logo.0123abcd.png"])
      assert.ok(hashed.test(f), f);
    for (const f of [
      "functions.js",
      "taskpane.html",
      "manifest.xml",
      "functions.json",
      "functions.zh-CN.json",
      "officejs/office.js",
      "assets/icon-32.png",
    ]) {
      assert.ok(!hashed.test(f), f);
    }
  });

  test("TLS 1.2+ only; xml and json get exact MIME types", () => {
    assert.match(conf, /^\s*ssl_protocols TLSv1\.2 TLSv1\.3;/m);
    assert.match(conf, /^\s*application\/xml\s+xml;/m);
    assert.match(conf, /^\s*application\/json\s+json map;/m);
  });

  test("renderSite fills exactly the placeholders", () => {
    const site = renderSite(conf, {
      httpsListen: "127.0.0.1:9443",
      httpListen: "127.0.0.1:9080",
      serverName: "127.0.0.1",
      root: "/tmp/d",
      cert: "/tmp/c.pem",
      key: "/tmp/k.pem",
    });
    assert.match(site, /^ {4}listen 127\.0\.0\.1:9443 ssl http2;$/m);
    assert.match(site, /^ {4}listen 127\.0\.0\.1:9080;$/m);
    assert.equal([...site.matchAll(/^ {4}server_name 127\.0\.0\.1;$/gm)].length, 2);
    assert.match(site, /^ {4}root \/tmp\/d;$/m);
    assert.match(site, /^ {4}ssl_certificate \/tmp\/c\.pem;$/m);
    assert.match(site, /^ {4}ssl_certificate_key \/tmp\/k\.pem;$/m);
    assert.ok(!/;\s*# «PLACEHOLDER»/.test(site), "every placeholder directive was replaced");
    assert.throws(
      () =>
        renderSite(conf.replace("root /srv/juesuan/dist;", "root  /srv;"), {
          httpsListen: "",
          httpListen: "",
          serverName: "",
          root: "",
          cert: "",
          key: "",
        }),
      /expected 1× .*root/,
    );
  });
});
