// Intranet end to end: the SELF-HOSTED build behind the production nginx site (deploy/nginx.conf) on
// loopback HTTPS, in headless Chromium. Every request the pane makes is recorded and must stay on the
// add-in's origin; the Content-Security-Policy nginx sends must report no violation.
//
// The build: $INTRANET_DIST, else dist-selfhost/ (CI: `npm run build:selfhost` before `npm test`), else it is
// built here into dist-selfhost/ (slow: several minutes). Needs nginx, openssl and Chromium.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { type Browser, type Page, chromium } from "playwright-core";
import { newestMtime } from "../scripts/newest-mtime.mjs";
import { type RunningNginx, startNginx } from "../scripts/serve-nginx";
import { DEFAULT_WORKBOOK, bundleStandIn } from "./harness/server";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./harness/browser";
import { readXlsx } from "../src/cli/read-xlsx";

const ROOT = resolve(__dirname, "..");
const DIST = process.env.INTRANET_DIST ? resolve(process.env.INTRANET_DIST) : join(ROOT, "dist-selfhost");
const OFFICE_JS_PATH = "/officejs/office.js";
const STAND_IN_PATH = "/__harness/office-standin.js";
const INCOME_SENTENCE = "2023年度本年收入合计112,078,856.26元";

let nginx: RunningNginx;
let browser: Browser;

function ensureSelfHostedBuild(): void {
  if (existsSync(join(DIST, "taskpane.html")) && existsSync(join(DIST, "officejs/office.js"))) {
    if (statSync(join(DIST, "taskpane.html")).mtimeMs < newestMtime(join(ROOT, "src"))) {
      console.log(`intranet: warning — ${DIST} is older than src/ (run npm run build:selfhost)`);
    }
    return;
  }
  console.log(`intranet: building the self-hosted pane into ${DIST} (webpack --env selfHostOfficeJs)…`);
  const r = spawnSync(
    "npx",
    ["webpack", "--mode", "production", "--env", "selfHostOfficeJs", "--output-path", DIST],
    { cwd: ROOT, stdio: "inherit", env: { ...process.env, ADDIN_URL: "https://127.0.0.1:8443/" } },
  );
  if (r.status !== 0) throw new Error("self-hosted build failed");
}

before(
  async () => {
    ensureSelfHostedBuild();
    // The harness's Excel stand-in and the example workbook, served by nginx from a test-only folder
    // next to the build (the build itself and the nginx site config are the production ones).
    const [standIn, sheets] = await Promise.all([bundleStandIn(), readXlsx(DEFAULT_WORKBOOK)]);
    nginx = await startNginx({
      dist: DIST,
      extraFiles: {
        [STAND_IN_PATH.slice(1)]: standIn,
        "__harness/workbook.json": JSON.stringify({ file: "mentougou-kexin-2023.xlsx", sheets }),
      },
    });
    if (!existsSync(CHROMIUM_PATH))
      throw new Error(`Chromium not found at ${CHROMIUM_PATH}: apt-get install -y chromium fonts-wqy-zenhei`);
    // The throw-away certificate is not trusted: ignore certificate errors (test only).
    browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      // Local Network Access checks would stop a public parent (the frame-ancestors test) from framing a
      // loopback server before the CSP is consulted; deploy.md covers them for real deployments.
      args: [...CHROMIUM_ARGS, "--ignore-certificate-errors", "--disable-features=LocalNetworkAccessChecks"],
      headless: true,
    });
  },
  { timeout: 15 * 60_000 },
);

after(async () => {
  try {
    await browser?.close();
  } finally {
    await nginx?.stop();
  }
});

interface Recorded {
  page: Page;
  close(): Promise<void>;
  requests: string[];
  violations: string[];
  errors: string[];
  cspHeader: () => string;
}

/**
 * A page in a fresh context (empty cache, so every resource is requested) that records every request
 * of the context (frames, workers, failed ones) and every CSP violation.
 */
async function recordedPage(opts: { standIn: boolean }): Promise<Recorded> {
  const context = await browser.newContext({
    ignoreHTTPSErrors: true,
    acceptDownloads: true,
    locale: "zh-CN",
    viewport: { width: 380, height: 900 },
  });
  const page = await context.newPage();
  const requests: string[] = [];
  const violations: string[] = [];
  const errors: string[] = [];
  let csp = "";
  context.on("request", (r) => requests.push(r.url()));
  page.on("console", (m) => {
    if (/Refused to|Content Security Policy/i.test(m.text())) violations.push(`console: ${m.text()}`);
  });
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("response", (r) => {
    if (r.url().endsWith("/taskpane.html") || r.url().includes("/taskpane.html?"))
      csp = r.headers()["content-security-policy"] ?? "";
  });
  await page.exposeFunction("__reportCspViolation", (v: string) => violations.push(`event: ${v}`));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      const report = (window as unknown as { __reportCspViolation: (v: string) => void })
        .__reportCspViolation;
      void report(
        `${e.effectiveDirective} blocked ${e.blockedURI || "(inline)"} at ${e.sourceFile}:${e.lineNumber}`,
      );
    });
  });
  if (opts.standIn) {
    // The page asks nginx for officejs/office.js; it gets the stand-in's bytes, fetched from the same
    // nginx (same origin, same headers) — the CSP stays the production one. Routed for the whole context,
    // so the Office dialog the pane opens (the .docx delivery page) gets the stand-in too.
    await context.route(`**${OFFICE_JS_PATH}`, async (route) => {
      const response = await route.fetch({ url: nginx.origin + STAND_IN_PATH });
      await route.fulfill({ response });
    });
  }
  return { page, close: () => context.close(), requests, violations, errors, cspHeader: () => csp };
}

/** Requests that would leave the add-in's origin (data: URLs never touch the network). */
function outside(requests: readonly string[], origin: string): string[] {
  return requests.filter((u) => !u.startsWith("data:") && new URL(u).origin !== origin);
}

describe("intranet: self-hosted build behind nginx (Chromium)", () => {
  test("nginx sends the production headers", async () => {
    const res = await fetchHead("/taskpane.html");
    assert.match(res["content-security-policy"], /^default-src 'self'; script-src 'self';/);
    assert.match(
      res["content-security-policy"],
      /frame-ancestors 'self' https:\/\/\*\.officeapps\.live\.com/,
    );
    assert.equal(res["x-content-type-options"], "nosniff");
    assert.equal(res["cache-control"], "no-cache");
    assert.match(res["content-type"], /^text\/html/);
    const bundle = readdirSync(DIST).find((f) => /^taskpane\.[0-9a-f]{8}\.js$/.test(f));
    assert.ok(bundle, "a content-hashed taskpane bundle");
    assert.equal((await fetchHead(`/${bundle}`))["cache-control"], "public, max-age=31536000, immutable");
    for (const [file, type] of [
      ["manifest.xml", /^application\/xml/],
      ["functions.json", /^application\/json/],
      ["functions.js", /^application\/javascript/],
    ] as const) {
      const h = await fetchHead(`/${file}`);
      assert.match(h["content-type"], type, file);
      assert.equal(h["cache-control"], "no-cache", `${file} keeps a stable name: revalidate`);
    }
  });

  test("the pane runs 生成决算说明 without a request outside its origin or a CSP violation", async () => {
    const { page, close, requests, violations, errors, cspHeader } = await recordedPage({ standIn: true });
    await page.goto(`${nginx.origin}/taskpane.html`);
    assert.match(cspHeader(), /script-src 'self'/, "the page was served with the production CSP");
    await page.evaluate(() => window.__harness.ready);
    await page.getByRole("button", { name: "生成决算说明" }).click();
    await page.getByTestId("preview").waitFor();
    assert.ok(((await page.getByTestId("preview").textContent()) ?? "").includes(INCOME_SENTENCE));
    // The Word export loads the docx chunk on demand: one more request, still on the origin.
    // It reaches the user through the Office dialog (the pane's own page, ?view=deliver): same origin, same CSP.
    const [dialog] = await Promise.all([page.waitForEvent("popup"), page.getByTestId("download-docx").click()]);
    const [download] = await Promise.all([dialog.waitForEvent("download"), dialog.getByTestId("deliver-save").click()]);
    assert.match(download.suggestedFilename(), /部门决算说明\.docx$/);
    await page.waitForTimeout(300); // let late violation reports arrive (not a timing assertion)

    const out = outside(requests, nginx.origin);
    console.log(`intranet: ${requests.length} requests, ${out.length} outside ${nginx.origin}`);
    console.log(`intranet: ${requests.map((u) => u.replace(nginx.origin, "")).join(" ")}`);
    assert.deepEqual(out, []);
    assert.ok(
      requests.some((u) => /\/taskpane\.[0-9a-f]{8}\.js$/.test(u)),
      "the pane bundle came from nginx",
    );
    assert.ok(
      requests.some((u) => /\/docx\.[0-9a-f]{8}\.js$/.test(u)),
      "the docx chunk came from nginx",
    );
    assert.deepEqual(violations, []);
    assert.deepEqual(errors, []);
    // nginx saw the pane's requests too (the page did not get them from anywhere else).
    assert.ok(nginx.accessLog().some((p) => /^\/taskpane\.[0-9a-f]{8}\.js$/.test(p)));
    await close();
  });

  test("the real office.js (outside Office, and as Excel on the web / Windows would start it) stays on the origin", async () => {
    const seen: string[] = [];
    // Outside Office, then with the host info Office passes to the pane (Excel on the web, Excel on Windows):
    // office.js then loads its host script and strings from its own folder.
    for (const query of [
      "",
      "?_host_Info=Excel$Web$16.00$zh-CN$$$$16",
      "?_host_Info=Excel$Win32$16.01$zh-CN$$$$0",
    ]) {
      const { page, close, requests, violations } = await recordedPage({ standIn: false });
      await page.goto(`${nginx.origin}/taskpane.html${query}`);
      // office.js loads its host scripts after load: wait until the network is quiet, then look.
      await page.waitForLoadState("networkidle");
      const out = outside(requests, nginx.origin);
      const officeJs = requests.filter((u) => u.includes("/officejs/")).map((u) => new URL(u).pathname);
      console.log(
        `intranet: office.js ${query || "(no host)"}: ${requests.length} requests, ${out.length} outside; ${officeJs.join(" ")}`,
      );
      if (violations.length > 0)
        console.log(`intranet: office.js ${query || "(no host)"}: CSP: ${violations.join(" | ")}`);
      assert.deepEqual(out, [], `office.js ${query}`);
      assert.deepEqual(violations, [], `office.js ${query}`);
      seen.push(...officeJs);
      await close();
    }
    assert.ok(seen.includes(OFFICE_JS_PATH));
    assert.ok(
      seen.some((p) => /^\/officejs\/excel-web-16\.00\.js$/.test(p)),
      "office.js loaded its Excel-on-the-web script",
    );
  });

  test("the CSP is enforced: an injected inline script is refused and reported (the recorder works)", async () => {
    const { page, close, violations } = await recordedPage({ standIn: true });
    await page.goto(`${nginx.origin}/taskpane.html`);
    await page.evaluate(() => window.__harness.ready);
    const ran = await page.evaluate(() => {
      const s = document.createElement("script");
      s.textContent = "window.__inlineRan = true";
      document.head.append(s);
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
    });
    assert.equal(ran, false);
    // The violation event is delivered asynchronously: poll for it (up to 10 s on a loaded machine).
    const reported = () => violations.some((v) => v.startsWith("event: script-src-elem blocked inline"));
    for (let i = 0; i < 100 && !reported(); i++) await page.waitForTimeout(100);
    assert.ok(reported(), violations.join(" | "));
    await close();
  });

  test("frame-ancestors: Excel on the web may frame the pane, another site may not", async () => {
    const framed = async (parent: string): Promise<{ loaded: boolean; refused: boolean }> => {
      const { page, close, violations } = await recordedPage({ standIn: true });
      // The parent page is fulfilled by the browser itself (no network): only the CSP decides.
      await page.route(parent, (route) =>
        route.fulfill({
          contentType: "text/html",
          body: `<iframe src="${nginx.origin}/taskpane.html"></iframe>`,
        }),
      );
      await page.goto(parent, { waitUntil: "load" });
      const frame = page.frames().find((f) => f !== page.mainFrame());
      assert.ok(frame, "an iframe");
      const loaded = await frame
        .locator("#container")
        .waitFor({ state: "attached", timeout: 10_000 })
        .then(() => true)
        .catch(() => false);
      const refused = violations.some((v) => /frame-ancestors/.test(v));
      await close();
      return { loaded, refused };
    };
    assert.deepEqual(await framed("https://excel.officeapps.live.com/x/frame.html"), {
      loaded: true,
      refused: false,
    });
    assert.deepEqual(await framed("https://excel.officeapps.partner.office365.cn/x/frame.html"), {
      loaded: true,
      refused: false,
    });
    assert.deepEqual(await framed("https://evil.example.org/frame.html"), { loaded: false, refused: true });
  });

  test("plain HTTP only redirects to HTTPS", async () => {
    const res = await fetch(`${nginx.httpOrigin}/taskpane.html`, { redirect: "manual" });
    assert.equal(res.status, 301);
    assert.match(res.headers.get("location") ?? "", /^https:\/\/127\.0\.0\.1(:\d+)?\/taskpane\.html$/);
  });
});

/** Response headers for a HEAD request to nginx (the throw-away certificate is not verified). */
async function fetchHead(path: string): Promise<Record<string, string>> {
  const { request } = await import("node:https");
  return new Promise((ok, fail) => {
    const url = new URL(nginx.origin + path);
    const req = request(
      { host: url.hostname, port: url.port, path: url.pathname, method: "HEAD", rejectUnauthorized: false },
      (res) => {
        res.resume();
        if (res.statusCode !== 200) return fail(new Error(`${path}: HTTP ${res.statusCode}`));
        ok(Object.fromEntries(Object.entries(res.headers).map(([k, v]) => [k, String(v)])));
      },
    );
    req.on("error", fail);
    req.end();
  });
}
