// Preloaded (node --require) into benchmarked child processes: on exit, writes the process's own CPU time
// and peak memory to file descriptor 3 as JSON, so the parent gets CPU time beside wall time.
"use strict";
const { writeSync } = require("node:fs");

process.on("exit", () => {
  const u = process.resourceUsage();
  try {
    writeSync(3, JSON.stringify({ cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, maxRssKiB: u.maxRSS }));
  } catch {
    // fd 3 not open: run outside the benchmark
  }
});
