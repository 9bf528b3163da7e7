// Batch through the CLI (issue 5 item 8): 200 generated workbooks (the Mentougou sample with every amount
// × k, k = 1..200, so every identity stays exact) run once through `juesuan narrate <folder> --format text
// --out <dir>` as a child process. Target: whole CLI path under 150 ms per workbook.
// Also: a 1-workbook folder (process startup + one workbook) and the same 200 in-process (no startup).
// Writing the workbooks is not measured. Temp folders live in os.tmpdir() and are removed at the end.
import { execFile } from "node:child_process";
import { copyFile, mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { mentougouVariant } from "../examples/src/variants";
import { writeSampleWorkbook } from "../examples/src/xlsx";
import type { CliIO } from "../src/cli/command";
import { narrateCommand } from "../src/cli/narrate";

const ROOT = resolve(__dirname, "..");
const BIN = join(ROOT, "bin", "juesuan.js");
const COUNT = 200;

interface CliRun {
  ms: number;
  code: number;
  stderr: string;
}

/** Runs `node bin/juesuan.js narrate <folder> --format text --out <out>`; wall time from spawn to exit. */
function runCli(folder: string, out: string): Promise<CliRun> {
  return new Promise((done, fail) => {
    const t0 = performance.now();
    execFile(
      process.execPath,
      [BIN, "narrate", folder, "--format", "text", "--out", out],
      { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 },
      (err, _stdout, stderr) => {
        const ms = performance.now() - t0;
        const code = err ? (typeof err.code === "number" ? err.code : -1) : 0;
        if (err && code === -1) fail(err);
        else done({ ms, code, stderr });
      },
    );
  });
}

/** Exit 0, one "已写入" line and one .txt per workbook, no error findings. */
async function verify(
  label: string,
  r: { code: number; stderr: string },
  out: string,
  n: number,
): Promise<void> {
  const written = r.stderr.split("\n").filter((l) => l.startsWith("已写入 ")).length;
  const files = (await readdir(out)).filter((f) => f.endsWith(".txt")).length;
  const problems: string[] = [];
  if (r.code !== 0) problems.push(`exit code ${r.code}`);
  if (written !== n) problems.push(`${written} "已写入" lines`);
  if (files !== n) problems.push(`${files} output files`);
  if (r.stderr.includes("表格检查发现")) problems.push("error findings");
  if (r.stderr.includes("无法读取")) problems.push("unreadable workbooks");
  if (problems.length > 0) {
    throw new Error(
      `${label}: expected ${n} workbooks, got ${problems.join(", ")}\n${r.stderr.slice(0, 2000)}`,
    );
  }
}

export async function run(): Promise<{ name: string; value: number; unit: string }[]> {
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

    // Startup first: it also warms tsx's transform cache, so the batch run is not charged for it.
    const one = await runCli(single, join(tmp, "out-1"));
    await verify("cli 1 workbook", one, join(tmp, "out-1"), 1);
    const all = await runCli(batch, join(tmp, "out-200"));
    await verify("cli 200 workbooks", all, join(tmp, "out-200"), COUNT);

    // In-process: the same narrate command; a warm-up run on the 1-workbook folder loads the modules.
    let stderr = "";
    const io: CliIO = { stdout: () => undefined, stderr: (t) => void (stderr += t), stderrIsTTY: false };
    const args = (folder: string, out: string): string[] => [folder, "--format", "text", "--out", out];
    await narrateCommand.run(args(single, join(tmp, "warm")), io);
    stderr = "";
    const t0 = performance.now();
    const code = await narrateCommand.run(args(batch, join(tmp, "inproc-200")), io);
    const inProcMs = performance.now() - t0;
    await verify("in-process 200 workbooks", { code, stderr }, join(tmp, "inproc-200"), COUNT);

    return [
      { name: "cli-batch-200-per-workbook", value: all.ms / COUNT, unit: "ms" },
      { name: "cli-batch-200-total", value: all.ms / 1000, unit: "s" },
      { name: "cli-batch-1-workbook-total", value: one.ms, unit: "ms" },
      { name: "cli-batch-200-marginal-per-workbook", value: (all.ms - one.ms) / (COUNT - 1), unit: "ms" },
      { name: "cli-batch-200-in-process-per-workbook", value: inProcMs / COUNT, unit: "ms" },
    ];
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}
