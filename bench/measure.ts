/**
 * How the benchmarks measure: every figure is the median of at least 3 runs, with CPU time (user + system)
 * beside wall time; a figure with a baseline is a ratio measured in the same run, round by round
 * (baseline and subject interleaved, the median of the per-round ratios), so machine load that comes and
 * goes hits both alike.
 */
import { spawn } from "node:child_process";
import { join } from "node:path";
import { performance } from "node:perf_hooks";

export interface Figure {
  name: string;
  /** The figure: wall time in ms, a ratio, a size … */
  value: number;
  unit: string;
  /** CPU time (ms, median) beside a wall-time figure. */
  cpuMs?: number;
  /** How many runs the median is of. */
  runs?: number;
  /** The target from the issue, in the figure's unit, and whether the figure is higher or lower-is-better. */
  target?: string;
}

export interface Sample {
  wallMs: number;
  cpuMs: number;
  maxRssKiB?: number;
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** The lower (q = 1) or upper (q = 3) quartile, nearest rank: the spread of the runs behind a median. */
export function quartile(xs: readonly number[], q: 1 | 3): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((s.length * q) / 4))];
}

/** One in-process run: wall and CPU time of the process (garbage collection included). */
export async function sample(f: () => unknown): Promise<Sample> {
  const c = process.cpuUsage();
  const t = performance.now();
  await f();
  const wallMs = performance.now() - t;
  const d = process.cpuUsage(c);
  return { wallMs, cpuMs: (d.user + d.system) / 1000 };
}

/** Medians of `runs` in-process runs after `warmup` unmeasured ones. */
export async function measure(f: () => unknown, runs = 5, warmup = 1): Promise<Sample & { runs: number }> {
  for (let i = 0; i < warmup; i++) await f();
  const xs: Sample[] = [];
  for (let i = 0; i < runs; i++) xs.push(await sample(f));
  return { wallMs: median(xs.map((x) => x.wallMs)), cpuMs: median(xs.map((x) => x.cpuMs)), runs };
}

const CPU_REPORT = join(__dirname, "cpu-report.cjs");

/** One child `node <args>`: wall time from spawn to exit, and the child's own CPU time and peak memory. */
export function spawnSample(args: readonly string[], cwd: string): Promise<Sample & { code: number; stderr: string }> {
  return new Promise((done, fail) => {
    const t = performance.now();
    const child = spawn(process.execPath, ["--require", CPU_REPORT, ...args], {
      cwd,
      stdio: ["ignore", "ignore", "pipe", "pipe"],
    });
    let stderr = "";
    let report = "";
    child.stderr?.on("data", (d: Buffer) => (stderr += d.toString()));
    child.stdio[3]?.on("data", (d: Buffer) => (report += d.toString()));
    child.on("error", fail);
    child.on("close", (code) => {
      const wallMs = performance.now() - t;
      try {
        const r = JSON.parse(report) as { cpuMs: number; maxRssKiB: number };
        done({ wallMs, cpuMs: r.cpuMs, maxRssKiB: r.maxRssKiB, code: code ?? -1, stderr });
      } catch {
        fail(new Error(`node ${args.join(" ")}: no CPU report (exit ${code})\n${stderr.slice(0, 2000)}`));
      }
    });
  });
}

/**
 * Rounds of child processes: each round runs every command once, in order; returns per command the
 * samples of all rounds.
 */
export async function spawnRounds(
  commands: Record<string, readonly string[]>,
  rounds: number,
  cwd: string,
  check: (name: string, s: Sample & { code: number; stderr: string }) => void = () => undefined,
): Promise<Record<string, Sample[]>> {
  const out: Record<string, Sample[]> = {};
  for (const name of Object.keys(commands)) out[name] = [];
  for (let r = 0; r < rounds; r++) {
    for (const [name, args] of Object.entries(commands)) {
      const s = await spawnSample(args, cwd);
      check(name, s);
      out[name].push(s);
    }
  }
  return out;
}

/** The median of per-round ratios subject / baseline (wall time). */
export function ratio(subject: readonly Sample[], baseline: readonly Sample[]): number {
  return median(subject.map((s, i) => s.wallMs / baseline[i].wallMs));
}

/** The median of per-round ratios subject / baseline of CPU time (steadier than wall time under load). */
export function cpuRatio(subject: readonly Sample[], baseline: readonly Sample[]): number {
  return median(subject.map((s, i) => s.cpuMs / baseline[i].cpuMs));
}

/** A wall-time figure with its CPU time. */
export function timeFigure(name: string, xs: readonly Sample[], target?: string): Figure {
  return {
    name,
    value: median(xs.map((x) => x.wallMs)),
    unit: "ms",
    cpuMs: median(xs.map((x) => x.cpuMs)),
    runs: xs.length,
    ...(target ? { target } : {}),
  };
}
