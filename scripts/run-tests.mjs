// Runs every test file under test/ with Node's test runner (TypeScript via tsx).
// Node's runner ends with "# pass N" / "# fail N"; we add the plain "N passed, N failed" line CI reads.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { newestMtime } from "./newest-mtime.mjs";
import { missingNeeds } from "./system-needs.mjs";

function findTests(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...findTests(p));
    else if (/\.test\.tsx?$/.test(name)) out.push(p);
  }
  return out;
}

const filter = process.argv.slice(2);
const files = findTests("test")
  .filter((f) => filter.length === 0 || filter.some((s) => f.includes(s)))
  .sort();
if (files.length === 0) {
  console.error("No test files found.");
  process.exit(1);
}
// System programs the selected tests need: on Debian as root they are installed here (one line says so);
// elsewhere the run stops at once with one message listing what to install. A test never skips for want of one.
const missing = missingNeeds(files.map((f) => readFileSync(f, "utf8")));
if (missing.length > 0) {
  const pkgs = missing.map((n) => n.pkg);
  const debianRoot = existsSync("/etc/debian_version") && process.getuid?.() === 0;
  if (!debianRoot) {
    console.error(
      `The tests need ${missing.map((n) => n.what).join(", ")}. Install them first: ` +
        `sudo apt-get install -y --no-install-recommends ${pkgs.join(" ")} (Debian/Ubuntu), or set CHROMIUM_PATH for Chromium elsewhere.`,
    );
    console.log("0 passed, 1 failed");
    process.exit(1);
  }
  console.log(`Installing what the tests need: apt-get install ${pkgs.join(" ")}`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const update = spawnSync("apt-get", ["update", "-qq"], { env, encoding: "utf8" });
  const install =
    update.status === 0
      ? spawnSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", ...pkgs], { env, encoding: "utf8" })
      : update;
  const still = missingNeeds(files.map((f) => readFileSync(f, "utf8")));
  if (install.status !== 0 || still.length > 0) {
    console.error(`apt-get could not install ${pkgs.join(" ")}:\n${(install.stderr || install.stdout || "").slice(-2000)}`);
    console.log("0 passed, 1 failed");
    process.exit(1);
  }
}

// Tests load the built bundles (custom functions, the pane; the self-hosted build for the intranet and
// security tests): build each one the selected tests use when it is missing or older than its inputs, so no
// test skips for want of a build.
const inputs = Math.max(newestMtime("src"), statSync("manifest.xml").mtimeMs, statSync("webpack.config.js").mtimeMs);
const sources = files.map((f) => readFileSync(f, "utf8"));
const BUILDS = [
  { built: "dist/functions.js", script: "build", usedBy: () => true },
  { built: "dist-selfhost/functions.js", script: "build:selfhost", usedBy: () => sources.some((s) => s.includes("dist-selfhost")) },
  // bin/juesuan.js runs the CLI bundle (npm run build makes it too).
  { built: "dist-cli/juesuan.mjs", script: "build:cli", usedBy: () => true },
];
for (const b of BUILDS) {
  if (!b.usedBy() || (existsSync(b.built) && statSync(b.built).mtimeMs >= inputs)) continue;
  console.log(`Building ${b.built.split("/")[0]}/ for the tests (npm run ${b.script})…`);
  const r = spawnSync("npm", ["run", b.script, "--silent"], { stdio: "inherit" });
  if (r.status !== 0) {
    console.log("0 passed, 1 failed");
    process.exit(1);
  }
}

const child = spawn(
  process.execPath,
  ["--import", "tsx", "--test", "--test-reporter=spec", "--test-concurrency=2", ...files],
  { stdio: ["ignore", "pipe", "inherit"] },
);
// The reporter's "ℹ pass N" … lines, kept as they stream by (a long list of failures may follow them).
let pending = "";
const counts = {};
child.stdout.on("data", (chunk) => {
  process.stdout.write(chunk);
  const lines = (pending + chunk.toString()).split("\n");
  pending = lines.pop() ?? "";
  for (const line of lines) {
    const m = /^ℹ (\w+) (\d+)$/.exec(line.trim());
    if (m) counts[m[1]] = Number(m[2]);
  }
});
child.on("close", (code) => {
  const num = (label) => counts[label] ?? 0;
  const passed = num("pass");
  const failed = num("fail") + num("cancelled");
  const skipped = num("skipped");
  const todo = num("todo");
  // A skipped test is one that could not run: the run fails and says which.
  if (skipped > 0) console.log(`${skipped} test(s) skipped (marked ﹣ above): a test that cannot run fails the run.`);
  const extra = (skipped > 0 ? `, ${skipped} skipped` : "") + (todo > 0 ? `, ${todo} todo` : "");
  console.log(`${passed} passed, ${failed} failed${extra}`);
  process.exit(code === 0 && failed === 0 && skipped === 0 && passed > 0 ? 0 : 1);
});
