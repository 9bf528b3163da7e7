// Bundles the juesuan CLI for Node with esbuild: dist-cli/juesuan.mjs (src/cli/main.ts and everything it
// always needs) plus chunks for what only some runs need (the docx writer, the proofreader, …), loaded by
// import() on first use, once per process. bin/juesuan.js runs the bundle: no TypeScript at run time.
//
//   node scripts/build-cli.mjs          (npm run build:cli; also run by `npm run build` and `prepare`)
import { build } from "esbuild";
import { rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

export const CLI_OUT_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "dist-cli");
export const CLI_ENTRY = join(CLI_OUT_DIR, "juesuan.mjs");

export async function buildCli() {
  rmSync(CLI_OUT_DIR, { recursive: true, force: true });
  await build({
    entryPoints: { juesuan: "src/cli/main.ts" },
    bundle: true,
    platform: "node",
    target: "node20",
    format: "esm",
    splitting: true,
    outdir: CLI_OUT_DIR,
    outExtension: { ".js": ".mjs" },
    chunkNames: "chunks/[name]-[hash]",
    minify: process.env.CLI_MINIFY !== "0",
    legalComments: "none",
    logLevel: "warning",
    // A native module (prebuilt .node binaries per platform): loaded from node_modules at run time, only
    // when a .docx has charts to draw.
    external: ["@resvg/resvg-js"],
    // CommonJS packages in the bundle (jszip) call require() for Node's built-ins.
    banner: { js: 'import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);' },
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await buildCli();
}
