/**
 * The CLI's start (issue 14): `node -e 0`, `juesuan --help`, `juesuan check <sample>` and `juesuan narrate
 * <sample> --format docx` as child processes, interleaved round by round (one warm-up round, then 7);
 * each figure wall and CPU time (medians), each target a ratio to `node -e 0` in the same round (wall, as
 * the issue states them; the CPU ratios beside them are steadier when other processes load the machine).
 *
 * Before/after: JUESUAN_BASELINE=<another checkout with its dist-cli/ built> adds that checkout's `--help`
 * and `narrate --format docx` to the same rounds (figures named cli-baseline-*), so a change is compared
 * with the code before it under the same load.
 */
import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { type Figure, cpuRatio, ratio, spawnRounds, timeFigure } from "./measure";

const ROOT = resolve(__dirname, "..");
const BIN = join(ROOT, "bin", "juesuan.js");
const SAMPLE = join(ROOT, "examples", "mentougou-kexin-2023.xlsx");

/** Builds dist-cli/ when missing or older than src/ (what bin/juesuan.js runs). */
export async function ensureCliBundle(): Promise<void> {
  const { newestMtime } = await import("../scripts/newest-mtime.mjs");
  const { buildCli, CLI_ENTRY } = (await import("../scripts/build-cli.mjs")) as {
    buildCli: () => Promise<void>;
    CLI_ENTRY: string;
  };
  if (!existsSync(CLI_ENTRY) || statSync(CLI_ENTRY).mtimeMs < newestMtime(join(ROOT, "src"))) await buildCli();
}

export async function run(): Promise<Figure[]> {
  await ensureCliBundle();
  const dir = mkdtempSync(join(tmpdir(), "juesuan-cli-"));
  try {
    const baseline = process.env.JUESUAN_BASELINE ? join(resolve(process.env.JUESUAN_BASELINE), "bin", "juesuan.js") : null;
    const commands: Record<string, string[]> = {
      node: ["-e", "0"],
      help: [BIN, "--help"],
      check: [BIN, "check", SAMPLE],
      docx: [BIN, "narrate", SAMPLE, "--format", "docx", "--out", join(dir, "out.docx")],
      ...(baseline && {
        baseHelp: [baseline, "--help"],
        baseDocx: [baseline, "narrate", SAMPLE, "--format", "docx", "--out", join(dir, "base.docx")],
      }),
    };
    const ok = (name: string, s: { code: number; stderr: string }) => {
      if (s.code !== 0 && !(name === "check" && s.code === 1)) throw new Error(`${name} exited ${s.code}: ${s.stderr.slice(0, 500)}`);
    };
    await spawnRounds(commands, 1, ROOT, ok); // warm-up: disk cache
    const r = await spawnRounds(commands, 7, ROOT, ok);
    const baselineFigures: Figure[] = baseline
      ? [
          timeFigure("cli-baseline-help", r.baseHelp),
          timeFigure("cli-baseline-narrate-docx-sample", r.baseDocx),
          { name: "cli-baseline-help-vs-node", value: ratio(r.baseHelp, r.node), unit: "x", runs: 7 },
          { name: "cli-baseline-narrate-docx-vs-node", value: ratio(r.baseDocx, r.node), unit: "x", runs: 7 },
          { name: "cli-baseline-help-vs-node-cpu", value: cpuRatio(r.baseHelp, r.node), unit: "x", runs: 7 },
          { name: "cli-baseline-narrate-docx-vs-node-cpu", value: cpuRatio(r.baseDocx, r.node), unit: "x", runs: 7 },
        ]
      : [];
    return [
      timeFigure("cli-node-e-0", r.node),
      timeFigure("cli-help", r.help),
      timeFigure("cli-check-sample", r.check),
      timeFigure("cli-narrate-docx-sample", r.docx),
      { name: "cli-help-vs-node", value: ratio(r.help, r.node), unit: "x", runs: 7, target: "<= 1.5" },
      { name: "cli-check-vs-node", value: ratio(r.check, r.node), unit: "x", runs: 7, target: "<= 2.5" },
      { name: "cli-narrate-docx-vs-node", value: ratio(r.docx, r.node), unit: "x", runs: 7, target: "<= 4" },
      { name: "cli-help-vs-node-cpu", value: cpuRatio(r.help, r.node), unit: "x", runs: 7 },
      { name: "cli-check-vs-node-cpu", value: cpuRatio(r.check, r.node), unit: "x", runs: 7 },
      { name: "cli-narrate-docx-vs-node-cpu", value: cpuRatio(r.docx, r.node), unit: "x", runs: 7 },
      ...baselineFigures,
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
