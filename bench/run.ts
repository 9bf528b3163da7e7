// `npm run bench`: runs every bench/*.bench.ts and prints one JSON line per figure:
// {"name","value","unit"} and, where measured, "cpuMs" (CPU time beside a wall time), "runs" (the median is
// of that many runs) and "target" (from the issue). How figures are taken: bench/measure.ts.
// Figures are measurements, not pass/fail.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

import type { Figure } from "./measure";

const only = process.argv.slice(2);
const dir = join(process.cwd(), "bench");
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".bench.ts"))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

async function main(): Promise<number> {
  let failed = 0;
  for (const file of files) {
    try {
      const mod = (await import(pathToFileURL(join(dir, file)).href)) as { run: () => Promise<Figure[]> };
      for (const fig of await mod.run()) {
        const round = (x: number) => Number(x.toPrecision(4));
        console.log(
          JSON.stringify({
            name: fig.name,
            value: round(fig.value),
            unit: fig.unit,
            ...(fig.cpuMs !== undefined ? { cpuMs: round(fig.cpuMs) } : {}),
            ...(fig.runs !== undefined ? { runs: fig.runs } : {}),
            ...(fig.target !== undefined ? { target: fig.target } : {}),
          }),
        );
      }
    } catch (err) {
      failed++;
      console.error(`bench ${file} failed:`, err);
    }
  }
  return failed;
}

// .ts files run as CommonJS under tsx: no top-level await.
void main().then((failed) => process.exit(failed ? 1 : 0));
