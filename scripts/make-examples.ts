/**
 * Writes the sample workbooks into examples/: node --import tsx scripts/make-examples.ts
 * (npm script "examples"). Deterministic content: fixed creator and dates.
 */
import { writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { sampleWorkbooks } from "../examples/src";
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
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
