// Hostile input through the CLI (issue 13 item 4): one sheet of 100,000 rows repeating the 收入支出决算总表
// title every 7 rows, run once through `juesuan check <file>` as a child process. Target: seconds, not
// minutes, and under 500 MB (peak resident memory of the child, reported by the child itself at exit).
// Also the same sheet read in-process (readFinalAccounts + runChecks, no .xlsx reading) for the detection
// cost alone. Writing the workbook is not measured; the temp folder is removed at the end.
import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { runChecks } from "../src/checks";
import { readFinalAccounts } from "../src/tables";
import { repeatedTitleSheets, writeRepeatedTitleXlsx } from "../test/helpers/hostile";

const ROOT = resolve(__dirname, "..");
const ROWS = 100_000;

/** `node bin/juesuan.js check <file>` with the child's own peak RSS printed on stderr at exit. */
function runCheck(file: string): Promise<{ ms: number; code: number; maxRssMB: number; stdout: string }> {
  const launcher =
    "process.on('exit',()=>process.stderr.write('\\nMAXRSS '+process.resourceUsage().maxRSS+'\\n'));" +
    "process.argv.splice(1,0,'juesuan');require('./bin/juesuan.js')";
  return new Promise((done, fail) => {
    const t0 = performance.now();
    execFile(
      process.execPath,
      ["-e", launcher, "check", file],
      { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 },
      (err, stdout, stderr) => {
        const ms = performance.now() - t0;
        const code = err ? (typeof err.code === "number" ? err.code : -1) : 0;
        const rss = /MAXRSS (\d+)/.exec(stderr);
        if (code === -1 || !rss) fail(err ?? new Error(`no MAXRSS line: ${stderr.slice(-500)}`));
        else done({ ms, code, maxRssMB: Number(rss[1]) / 1024, stdout });
      },
    );
  });
}

export async function run() {
  const dir = await mkdtemp(join(tmpdir(), "juesuan-hostile-"));
  try {
    const file = join(dir, "repeated-titles.xlsx");
    await writeRepeatedTitleXlsx(file, ROWS);
    const cli = await runCheck(file);
    // Exit 1 (the other tables are missing); the repeats are one warning, not one per repeat.
    const repeats = cli.stdout.split("\n").filter((l) => l.includes("read.duplicate-table")).length;
    if (cli.code !== 1 || repeats !== 1) throw new Error(`unexpected result: exit ${cli.code}, ${repeats} repeat lines`);

    const sheets = repeatedTitleSheets(ROWS);
    const t0 = performance.now();
    const { accounts } = readFinalAccounts(sheets);
    runChecks(accounts);
    const inProcess = performance.now() - t0;
    return [
      { name: "hostile.repeated-titles-100k.cli-check", value: cli.ms, unit: "ms" },
      { name: "hostile.repeated-titles-100k.cli-peak-rss", value: cli.maxRssMB, unit: "MB" },
      { name: "hostile.repeated-titles-100k.read-and-check-in-process", value: inProcess, unit: "ms" },
      { name: "hostile.repeated-titles-100k.output", value: Buffer.byteLength(cli.stdout), unit: "bytes" },
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
