/**
 * Serves a self-hosted build with the PRODUCTION nginx site (deploy/nginx.conf) on loopback, over HTTPS
 * with a throw-away self-signed certificate — for trying the intranet setup and for
 * test/intranet.e2e.test.ts. Needs `nginx` and `openssl` on PATH (Debian: apt-get install nginx openssl).
 *
 *   node --import tsx scripts/serve-nginx.ts [distDir] [--port 8443]
 *
 * deploy/nginx.conf is rendered with exactly its «PLACEHOLDER» directives replaced (listen, server_name,
 * root, ssl_certificate, ssl_certificate_key) and wrapped in deploy/nginx.test.conf; nginx runs as a
 * non-daemon child with everything (config, pid, logs, temp files) in a temp prefix.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { createServer } from "node:net";
import { request } from "node:https";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { findTool } from "./system-needs.mjs";

const ROOT = resolve(__dirname, "..");
export const SITE_CONF = join(ROOT, "deploy/nginx.conf");
export const TEST_CONF = join(ROOT, "deploy/nginx.test.conf");

export interface SiteValues {
  httpsListen: string;
  httpListen: string;
  serverName: string;
  root: string;
  cert: string;
  key: string;
}

/** Replaces one directive that must occur `times` times; fails loudly if deploy/nginx.conf drifted. */
function replaceDirective(conf: string, re: RegExp, value: string, times: number): string {
  const found = conf.match(new RegExp(re.source, "gm"))?.length ?? 0;
  if (found !== times) {
    throw new Error(
      `deploy/nginx.conf: expected ${times}× ${re.source}, found ${found} — update scripts/serve-nginx.ts`,
    );
  }
  return conf.replace(new RegExp(re.source, "gm"), value);
}

/** deploy/nginx.conf with its placeholders filled in (the rest of the file is used as is). */
export function renderSite(template: string, v: SiteValues): string {
  let conf = template;
  conf = replaceDirective(conf, /^( *)listen 443 ssl http2;.*$/, `$1listen ${v.httpsListen} ssl http2;`, 1);
  conf = replaceDirective(conf, /^( *)listen 80;.*$/, `$1listen ${v.httpListen};`, 1);
  conf = replaceDirective(conf, /^( *)server_name \S+;.*$/, `$1server_name ${v.serverName};`, 2);
  conf = replaceDirective(conf, /^( *)root \S+;.*$/, `$1root ${v.root};`, 1);
  conf = replaceDirective(conf, /^( *)ssl_certificate \S+;.*$/, `$1ssl_certificate ${v.cert};`, 1);
  conf = replaceDirective(conf, /^( *)ssl_certificate_key \S+;.*$/, `$1ssl_certificate_key ${v.key};`, 1);
  return conf;
}

/** A free TCP port on the loopback interface (the OS picks it). */
export function freePort(host = "127.0.0.1"): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once("error", fail);
    s.listen(0, host, () => {
      const addr = s.address();
      const port = typeof addr === "object" && addr ? addr.port : 0;
      s.close(() => ok(port));
    });
  });
}

/**
 * The absolute paths of nginx and openssl. Found in the sbin folders too: Debian installs nginx in /usr/sbin,
 * which is not on PATH for non-root users and non-login shells (`command -v nginx` then fails although it
 * is installed).
 */
export function requireTools(): { nginx: string; openssl: string } {
  const nginx = findTool("nginx");
  const openssl = findTool("openssl");
  const missing = [nginx ? "" : "nginx", openssl ? "" : "openssl"].filter(Boolean);
  if (!nginx || !openssl) {
    throw new Error(
      `${missing.join(", ")} not found: install with \`apt-get install -y ${missing.join(" ")}\` (Debian/Ubuntu)`,
    );
  }
  return { nginx, openssl };
}

/** A self-signed certificate for `host` (an IP or a DNS name) valid for one day — tests only. */
export function makeThrowAwayCert(dir: string, host = "127.0.0.1"): { cert: string; key: string } {
  const cert = join(dir, "cert.pem");
  const key = join(dir, "key.pem");
  const san = /^[\d.]+$/.test(host) ? `IP:${host}` : `DNS:${host}`;
  const r = spawnSync(
    requireTools().openssl,
    [
      "req",
      "-x509",
      "-newkey",
      "rsa:2048",
      "-nodes",
      "-sha256",
      "-days",
      "1",
      "-keyout",
      key,
      "-out",
      cert,
      "-subj",
      `/CN=${host}`,
      "-addext",
      `subjectAltName=${san}`,
    ],
    { encoding: "utf8" },
  );
  if (r.status !== 0) throw new Error(`openssl failed: ${r.stderr}`);
  return { cert, key };
}

export interface NginxOptions {
  /** The built add-in folder (self-hosted build). */
  dist: string;
  host?: string;
  httpsPort?: number;
  httpPort?: number;
  /** Extra files served next to dist (test only, e.g. "__harness/x.js"): dist is then overlaid via symlinks. */
  extraFiles?: Record<string, string | Buffer>;
  /** Edits the rendered site config (experiments only, e.g. a stricter CSP). */
  transformSite?: (conf: string) => string;
}

export interface RunningNginx {
  /** e.g. https://127.0.0.1:8443 */
  origin: string;
  httpOrigin: string;
  prefix: string;
  /** Request paths nginx logged so far (access log, in order). */
  accessLog(): string[];
  stop(): Promise<void>;
}

function waitForHttps(host: string, port: number, child: ChildProcess, stderr: () => string): Promise<void> {
  const deadline = Date.now() + 20_000;
  return new Promise((ok, fail) => {
    const attempt = () => {
      if (child.exitCode !== null) return fail(new Error(`nginx exited (${child.exitCode}): ${stderr()}`));
      const req = request(
        { host, port, path: "/", method: "HEAD", rejectUnauthorized: false, timeout: 2000 },
        (res) => {
          res.resume();
          // Another server on the port (nginx then fails to bind) must not pass for ours.
          if (res.headers.server !== "nginx")
            fail(new Error(`${host}:${port} is answered by another server`));
          else ok();
        },
      );
      req.on("timeout", () => req.destroy(new Error("timeout")));
      req.on("error", () => {
        if (Date.now() > deadline) fail(new Error(`nginx did not answer on ${host}:${port}: ${stderr()}`));
        else setTimeout(attempt, 100);
      });
      req.end();
    };
    attempt();
  });
}

export async function startNginx(opts: NginxOptions): Promise<RunningNginx> {
  const tools = requireTools();
  const dist = resolve(opts.dist);
  if (!existsSync(join(dist, "taskpane.html")))
    throw new Error(`${dist}/taskpane.html not found: build first`);
  const host = opts.host ?? "127.0.0.1";
  const httpsPort = opts.httpsPort ?? (await freePort(host));
  const httpPort = opts.httpPort ?? (await freePort(host));
  const prefix = mkdtempSync(join(tmpdir(), "juesuan-nginx-"));
  const { cert, key } = makeThrowAwayCert(prefix, host);

  let root = dist;
  if (opts.extraFiles) {
    root = join(prefix, "root");
    mkdirSync(root);
    for (const name of readdirSync(dist)) symlinkSync(join(dist, name), join(root, name));
    for (const [rel, body] of Object.entries(opts.extraFiles)) {
      const file = join(root, rel);
      if (existsSync(file)) throw new Error(`extra file ${rel} would shadow the build`);
      mkdirSync(join(file, ".."), { recursive: true });
      writeFileSync(file, body);
    }
  }

  const site = renderSite(readFileSync(SITE_CONF, "utf8"), {
    httpsListen: `${host}:${httpsPort}`,
    httpListen: `${host}:${httpPort}`,
    serverName: host,
    root,
    cert,
    key,
  });
  writeFileSync(join(prefix, "site.conf"), opts.transformSite ? opts.transformSite(site) : site);
  const main = readFileSync(TEST_CONF, "utf8")
    .replaceAll("@PREFIX@", prefix)
    .replace(/^@USER@$/m, process.getuid?.() === 0 ? "user root;" : "");
  writeFileSync(join(prefix, "nginx.conf"), main);

  let stderr = "";
  // nginx runs under a small sh supervisor that also stops it when this Node process disappears (even on
  // SIGKILL, when no exit handler runs), so an aborted test run never leaves a server holding the port.
  const supervisor = [
    `"$2" -e stderr -p "$1" -c "$1/nginx.conf" -g "daemon off;" & n=$!`,
    `( while kill -0 ${process.pid} 2>/dev/null; do sleep 1; done; kill -TERM $n 2>/dev/null ) >/dev/null 2>&1 & w=$!`,
    `trap 'kill -TERM $n 2>/dev/null' TERM INT`,
    `wait $n; code=$?`,
    `wait $n 2>/dev/null`, // a trapped signal ends the first wait early: wait for nginx to finish
    `kill $w 2>/dev/null`,
    `exit $code`,
  ].join("\n");
  const child = spawn("sh", ["-c", supervisor, "sh", prefix, tools.nginx], { stdio: ["ignore", "ignore", "pipe"] });
  child.stderr?.on("data", (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<void>((ok) => child.once("exit", () => ok()));
  // Never leave nginx behind, even if the caller forgets stop() or the process dies on an error.
  const killOnExit = () => child.kill("SIGTERM");
  process.once("exit", killOnExit);
  try {
    await waitForHttps(host, httpsPort, child, () => stderr);
  } catch (err) {
    child.kill("SIGTERM");
    await exited;
    rmSync(prefix, { recursive: true, force: true });
    throw err;
  }

  return {
    origin: `https://${host}:${httpsPort}`,
    httpOrigin: `http://${host}:${httpPort}`,
    prefix,
    accessLog: () => {
      const file = join(prefix, "access.log");
      if (!existsSync(file)) return [];
      return readFileSync(file, "utf8")
        .split("\n")
        .map((l) => /"(?:GET|HEAD|POST|PUT|DELETE|OPTIONS) (\S+)/.exec(l)?.[1])
        .filter((p): p is string => p !== undefined);
    },
    stop: async () => {
      process.removeListener("exit", killOnExit);
      if (child.exitCode === null) {
        child.kill("SIGTERM");
        await exited;
      }
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const portAt = args.indexOf("--port");
  const port = portAt >= 0 ? Number(args.splice(portAt, 2)[1]) : 8443;
  const dist = args[0] ?? "dist-selfhost";
  const nginx = await startNginx({ dist, httpsPort: port });
  console.log(
    `决算说明助手（自托管）：${nginx.origin}/taskpane.html  （自签名证书，仅供测试；按 Ctrl+C 退出）`,
  );
  console.log(`nginx prefix: ${nginx.prefix}`);
  const stop = () => void nginx.stop().then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(__filename)) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
