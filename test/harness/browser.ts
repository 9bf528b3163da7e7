/** Headless Chromium for the e2e test and the pane benchmark (Debian's chromium, driven by playwright-core). */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { chromium, type Browser, type BrowserContext } from "playwright-core";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Builds dist/ when the pane has not been built (the test runner normally does this first). */
export function ensureBuilt(root: string): void {
  if (existsSync(join(root, "dist/taskpane.html"))) return;
  const r = spawnSync("npm", ["run", "build", "--silent"], { cwd: root, stdio: "inherit" });
  if (r.status !== 0) throw new Error("npm run build failed: cannot test the built pane");
}

export interface LaunchedBrowser {
  browser: Browser | null;
  context: BrowserContext;
  close(): Promise<void>;
}

/** A persistent context in a fresh user-data-dir (removed on close). Fails clearly without Chromium. */
export async function launchChromium(): Promise<LaunchedBrowser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}: the browser tests need it. Install it with ` +
        "`apt-get install -y chromium fonts-wqy-zenhei` (or set CHROMIUM_PATH).",
    );
  }
  const dir = mkdtempSync(join(tmpdir(), "juesuan-chromium-"));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: true,
    viewport: { width: 380, height: 900 },
    acceptDownloads: true,
    locale: "zh-CN",
  });
  return {
    browser: context.browser(),
    context,
    close: async () => {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
