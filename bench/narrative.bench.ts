// Narrative generation speed: generate alone on the Mentougou model (target < 20 ms per run), and the
// whole pure pipeline read + check + generate from the sample sheets.
import { performance } from "node:perf_hooks";
import { mentougouWorkbook } from "../examples/src";
import { shanghaiWorkbooks } from "../examples/src/shanghai";
import { runChecks } from "../src/checks";
import { generateNarrative } from "../src/narrative";
import { readFinalAccounts } from "../src/tables";
import { median } from "./measure";

function time(runs: number, warmup: number, f: () => void): number {
  for (let i = 0; i < warmup; i++) f();
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    f();
    xs.push(performance.now() - t0);
  }
  return median(xs);
}

export async function run(): Promise<{ name: string; value: number; unit: string }[]> {
  const sheets = mentougouWorkbook().sheets;
  const { accounts } = readFinalAccounts(sheets);
  const generate = time(200, 20, () => {
    generateNarrative(accounts, { year: 2023 });
  });
  const generateWan = time(200, 20, () => {
    generateNarrative(accounts, { year: 2023, profile: "wanyuan-2dp" });
  });
  const pipeline = time(50, 5, () => {
    const read = readFinalAccounts(sheets);
    runChecks(read.accounts);
    generateNarrative(read.accounts, { year: 2023 });
  });
  const shSheets = shanghaiWorkbooks()[0].sheets;
  const sh = readFinalAccounts(shSheets).accounts;
  const generateSh = time(200, 20, () => {
    generateNarrative(sh, { profile: "shanghai" });
  });
  const pipelineSh = time(50, 5, () => {
    const read = readFinalAccounts(shSheets);
    runChecks(read.accounts);
    generateNarrative(read.accounts, { profile: "shanghai" });
  });
  return [
    { name: "narrative.generate.mentougou.yuan-1dp.median", value: generate, unit: "ms" },
    { name: "narrative.generate.mentougou.wanyuan-2dp.median", value: generateWan, unit: "ms" },
    { name: "narrative.read+check+generate.mentougou.median", value: pipeline, unit: "ms" },
    { name: "narrative.generate.shanghai-putuo.shanghai.median", value: generateSh, unit: "ms" },
    { name: "narrative.read+check+generate.shanghai-putuo.median", value: pipelineSh, unit: "ms" },
  ];
}
