#!/usr/bin/env node
// Launcher for the juesuan CLI: runs the bundle dist-cli/juesuan.mjs (built by `npm run build:cli`, which
// `npm install` runs through `prepare`), so no TypeScript is compiled at run time. Without a bundle (a clone
// installed with --ignore-scripts), or with JUESUAN_FROM_SOURCE=1 while editing src/, it runs the TypeScript
// sources through tsx, which is slower.
// Plain CommonJS, so `npx juesuan` works without flags.
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS launcher */
"use strict";

const { existsSync } = require("node:fs");
const { join } = require("node:path");
const { pathToFileURL } = require("node:url");

async function load() {
  const bundle = join(__dirname, "..", "dist-cli", "juesuan.mjs");
  if (!process.env.JUESUAN_FROM_SOURCE && existsSync(bundle)) return import(pathToFileURL(bundle).href);
  const { register } = await import("tsx/esm/api");
  register(); // import() of .ts sources (commands load heavy modules on demand)
  require("tsx/cjs"); // require() of .ts sources
  return require("../src/cli/main.ts");
}

load()
  .then(({ main }) => main(process.argv.slice(2)))
  .then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      process.stderr.write(`juesuan 出错：${err && err.stack ? err.stack : err}\n`);
      process.exitCode = 2;
    },
  );
