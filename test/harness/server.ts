/**
 * The browser harness server: serves the BUILT pane (dist/) with office.js replaced by the stand-in,
 * the workbook (read with the Node xlsx reader) as JSON, and a page showing pane and workbook side by side.
 *
 *   /                      harness page: pane (iframe) + workbook view
 *   /taskpane.html         the built pane, office.js script tag → /__harness/office-standin.js
 *   /__harness/workbook.json, /__harness/office-standin.js, /__harness/panel.js
 */
import { createServer, type Server } from "node:http";
import { existsSync, readFileSync, statSync } from "node:fs";
import { extname, join, normalize, resolve, sep } from "node:path";
import type { AddressInfo } from "node:net";
import { build } from "esbuild";
import { readXlsx } from "../../src/cli/read-xlsx";

const ROOT = resolve(__dirname, "../..");
export const DEFAULT_WORKBOOK = join(ROOT, "examples/mentougou-kexin-2023.xlsx");
const DIST = join(ROOT, "dist");

/** The office.js tag HtmlWebpackPlugin writes (minified or not). */
/** The office.js tag of any build: Microsoft's CDN, the 21Vianet CDN or the self-hosted copy (officejs/office.js). */
const OFFICE_JS_TAG = /<script[^>]*src=["']?(?:https:\/\/[^"'\s>]+\/|officejs\/)office\.js["']?[^>]*><\/script>/;

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".map": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

export interface HarnessOptions {
  port?: number;
  workbook?: string;
  dist?: string;
  host?: string;
}

export interface RunningHarness {
  url: string;
  server: Server;
  close(): Promise<void>;
}

/** Bundles the stand-in (fake Excel + Office globals) for the browser, in memory. */
export async function bundleStandIn(): Promise<string> {
  const out = await build({
    entryPoints: [join(__dirname, "office-standin.ts")],
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    target: "es2020",
    logLevel: "silent",
  });
  return out.outputFiles[0].text;
}

/** The built taskpane.html with the stand-in in place of office.js (fails loudly if the tag moved). */
export function injectStandIn(html: string): string {
  if (!OFFICE_JS_TAG.test(html)) throw new Error("dist/taskpane.html: office.js script tag not found — cannot inject the stand-in");
  return html.replace(OFFICE_JS_TAG, '<script src="/__harness/office-standin.js"></script>');
}

export async function startHarness(opts: HarnessOptions = {}): Promise<RunningHarness> {
  const dist = opts.dist ?? DIST;
  const workbook = resolve(opts.workbook ?? DEFAULT_WORKBOOK);
  if (!existsSync(join(dist, "taskpane.html"))) throw new Error(`${dist}/taskpane.html 不存在：请先运行 npm run build`);
  const [standIn, sheets] = await Promise.all([bundleStandIn(), readXlsx(workbook)]);
  const workbookJson = JSON.stringify({ file: workbook.split(sep).pop(), sheets });
  const harnessHtml = readFileSync(join(__dirname, "harness.html"));
  const panelJs = readFileSync(join(__dirname, "panel.js"));

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const send = (status: number, type: string, body: string | Buffer) => {
      res.writeHead(status, { "Content-Type": type, "Cache-Control": "no-store" });
      res.end(body);
    };
    try {
      switch (url.pathname) {
        case "/":
        case "/index.html":
          return send(200, TYPES[".html"], harnessHtml);
        case "/__harness/workbook.json":
          return send(200, TYPES[".json"], workbookJson);
        case "/__harness/office-standin.js":
          return send(200, TYPES[".js"], standIn);
        case "/__harness/panel.js":
          return send(200, TYPES[".js"], panelJs);
        case "/taskpane.html":
          // Read per request, so a rebuild is picked up without restarting.
          return send(200, TYPES[".html"], injectStandIn(readFileSync(join(dist, "taskpane.html"), "utf8")));
      }
      const file = normalize(join(dist, decodeURIComponent(url.pathname)));
      if (!file.startsWith(dist + sep) || !existsSync(file) || !statSync(file).isFile()) return send(404, TYPES[".txt"], "not found");
      return send(200, TYPES[extname(file)] ?? "application/octet-stream", readFileSync(file));
    } catch (err) {
      return send(500, TYPES[".txt"], String(err));
    }
  });
  const host = opts.host ?? "127.0.0.1";
  await new Promise<void>((ok, fail) => {
    server.once("error", fail);
    server.listen(opts.port ?? 0, host, () => ok());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host === "0.0.0.0" ? "localhost" : host}:${port}`,
    server,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
