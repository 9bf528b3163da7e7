// Batch through the CLI: 200 generated workbooks (the Mentougou sample with every amount × k, k = 1..200,
// so every identity stays exact) through `juesuan check <folder>` and `juesuan narrate <folder> --format
// text --out <dir>` as child processes, and the same through a 1-workbook folder; 3 interleaved rounds.
// Per workbook: (200-workbook run − 1-workbook run) / 199, so process start is not spread over the batch;
// the plain total / 200 is given beside it. Wall and CPU time, medians. Writing the workbooks is not
// measured. Temp folders live in os.tmpdir() and are removed at the end.
import { copyFile, mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { mentougouVariant } from "../examples/src/variants";
import { writeSampleWorkbook } from "../examples/src/xlsx";
import { ensureCliBundle } from "./cli.bench";
import { type Figure, type Sample, median, spawnRounds } from "./measure";

const ROOT = resolve(__dirname, "..");
const BIN = join(ROOT, "bin", "juesuan.js");
const COUNT = 200;
const ROUNDS = 3;

function perWorkbook(name: string, all: Sample[], one: Sample[], target: string): Figure[] {
  const marginal = (k: "wallMs" | "cpuMs") => median(all.map((s, i) => (s[k] - one[i][k]) / (COUNT - 1)));
  return [
    { name: `${name}-per-workbook`, value: marginal("wallMs"), unit: "ms", cpuMs: marginal("cpuMs"), runs: all.length, target },
    {
      name: `${name}-total-over-200`,
      value: median(all.map((s) => s.wallMs / COUNT)),
      unit: "ms",
      cpuMs: median(all.map((s) => s.cpuMs / COUNT)),
      runs: all.length,
    },
  ];
}

export async function run(): Promise<Figure[]> {
  await ensureCliBundle();
  const tmp = await mkdtemp(join(tmpdir(), "juesuan-batch-"));
  try {
    const batch = join(tmp, "in-200");
    const single = join(tmp, "in-1");
    await mkdir(batch);
    await mkdir(single);
    for (let k = 1; k <= COUNT; k++) {
      const wb = mentougouVariant(k);
      await writeFile(join(batch, wb.file), await writeSampleWorkbook(wb.sheets));
    }
    const first = (await readdir(batch)).sort()[0];
    await copyFile(join(batch, first), join(single, first));

    const r = await spawnRounds(
      {
        check1: [BIN, "check", single],
        check200: [BIN, "check", batch],
        narrate1: [BIN, "narrate", single, "--format", "text", "--out", join(tmp, "out-1")],
        narrate200: [BIN, "narrate", batch, "--format", "text", "--out", join(tmp, "out-200")],
      },
      ROUNDS,
      ROOT,
      (name, s) => {
        if (s.code !== 0) throw new Error(`${name} exited ${s.code}: ${s.stderr.slice(0, 1000)}`);
        if (name === "narrate200" && s.stderr.split("\n").filter((l) => l.startsWith("已写入 ")).length !== COUNT) {
          throw new Error(`narrate wrote fewer than ${COUNT} files:\n${s.stderr.slice(0, 1000)}`);
        }
      },
    );
    const outputs = (await readdir(join(tmp, "out-200"))).filter((f) => f.endsWith(".txt")).length;
    if (outputs !== COUNT) throw new Error(`${outputs} text files for ${COUNT} workbooks`);
    return [
      ...perWorkbook("cli-batch-check", r.check200, r.check1, "<= 15 ms"),
      ...perWorkbook("cli-batch-narrate-text", r.narrate200, r.narrate1, "<= 25 ms"),
    ];
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}
