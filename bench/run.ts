// `npm run bench`: runs every bench/*.bench.ts and prints one JSON line per figure:
// {"name","value","unit"}. Figures are measurements, not pass/fail: targets live in the issues and README.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

interface Figure {
  name: string;
  value: number;
  unit: string;
}

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
        console.log(
          JSON.stringify({ name: fig.name, value: Number(fig.value.toPrecision(4)), unit: fig.unit }),
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
