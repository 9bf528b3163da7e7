/**
 * Writes the sample workbooks into examples/: node --import tsx scripts/make-examples.ts
 * (npm script "examples"). Deterministic content: fixed creator and dates.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { sampleWorkbooks, shanghaiWorkbooks } from "../examples/src";
import { writeSampleWorkbook } from "../examples/src/xlsx";

async function main(): Promise<void> {
  // This script lives in scripts/; the workbooks go to examples/.
  const outDir = join(dirname(resolve(process.argv[1])), "..", "examples");
  for (const wb of sampleWorkbooks()) {
    const buf = await writeSampleWorkbook(wb.sheets);
    const path = join(outDir, wb.file);
    writeFileSync(path, buf);
    console.log(`wrote ${path} (${wb.sheets.length} sheets, ${buf.length} bytes)`);
  }
  // The other Shanghai workbooks are test fixtures (the first one is the bundled sample above).
  for (const wb of shanghaiWorkbooks().slice(1)) {
    const buf = await writeSampleWorkbook(wb.sheets);
    const path = join(outDir, "..", wb.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, buf);
    console.log(`wrote ${path} (${wb.sheets.length} sheets, ${buf.length} bytes)`);
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
