// Runs every test file under test/ with Node's test runner (TypeScript via tsx).
// Node's runner ends with "# pass N" / "# fail N"; we add the plain "N passed, N failed" line CI reads.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { newestMtime } from "./newest-mtime.mjs";

function findTests(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...findTests(p));
    else if (/\.test\.tsx?$/.test(name)) out.push(p);
  }
  return out;
}

// Tests load the built bundles (custom functions, the pane): build when dist/ is missing or stale.
const built = "dist/functions.js";
const inputs = Math.max(newestMtime("src"), statSync("manifest.xml").mtimeMs, statSync("webpack.config.js").mtimeMs);
if (!existsSync(built) || statSync(built).mtimeMs < inputs) {
  console.log("Building dist/ for the tests (npm run build)…");
  const r = spawnSync("npm", ["run", "build", "--silent"], { stdio: "inherit" });
  if (r.status !== 0) {
    console.log("0 passed, 1 failed");
    process.exit(1);
  }
}

// bin/juesuan.js runs the CLI bundle: rebuild it when it is older than the sources (npm run build does it too).
const cli = "dist-cli/juesuan.mjs";
if (!existsSync(cli) || statSync(cli).mtimeMs < Math.max(newestMtime("src"), statSync("package.json").mtimeMs)) {
  console.log("Building dist-cli/ for the tests (npm run build:cli)…");
  if (spawnSync("npm", ["run", "build:cli", "--silent"], { stdio: "inherit" }).status !== 0) {
    console.log("0 passed, 1 failed");
    process.exit(1);
  }
}

const filter = process.argv.slice(2);
const files = findTests("test")
  .filter((f) => filter.length === 0 || filter.some((s) => f.includes(s)))
  .sort();
if (files.length === 0) {
  console.error("No test files found.");
  process.exit(1);
}
const child = spawn(
  process.execPath,
  ["--import", "tsx", "--test", "--test-reporter=spec", "--test-concurrency=2", ...files],
  { stdio: ["ignore", "pipe", "inherit"] },
);
let tail = "";
child.stdout.on("data", (chunk) => {
  process.stdout.write(chunk);
  tail = (tail + chunk.toString()).slice(-4000);
});
child.on("close", (code) => {
  const num = (label) => {
    const m = tail.match(new RegExp(`ℹ ${label} (\\d+)`));
    return m ? Number(m[1]) : 0;
  };
  const passed = num("pass");
  const failed = num("fail") + num("cancelled");
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(code === 0 && failed === 0 && passed > 0 ? 0 : 1);
});
