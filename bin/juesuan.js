#!/usr/bin/env node
// Launcher for the juesuan CLI: registers tsx for require() and for dynamic import() so Node can load
// the TypeScript sources, then runs main. Plain CommonJS, so `npx juesuan` works without flags.
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS launcher */
"use strict";

async function start() {
  const { register } = await import("tsx/esm/api");
  register(); // import() of .ts sources (commands load heavy modules on demand)
  require("tsx/cjs"); // require() of .ts sources
  const { main } = require("../src/cli/main.ts");
  return main(process.argv.slice(2));
}

start().then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`juesuan 出错：${err && err.stack ? err.stack : err}\n`);
    process.exitCode = 2;
  },
);
