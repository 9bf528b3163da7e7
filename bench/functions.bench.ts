/**
 * BUDGET custom functions over 100,000 cells (the pure logic, as functions.ts runs it): GROWTH of a
 * 100,000-row range against a scalar base, and SHARES of a 100,000-cell range. Median of 5 runs in ms,
 * (CPU time), and the ratio to the same arithmetic in plain float (the price of exact decimals). Target < 250 ms each.
 */
import { growthLogic, sharesLogic } from "../src/functions/logic";

const N = 100_000;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Median CPU time of the process (user + system, so garbage collection counts) — steadier than wall time on a busy machine. */
function timeMs(f: () => unknown, runs = 5): number {
  f(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.cpuUsage();
    f();
    const d = process.cpuUsage(t);
    times.push((d.user + d.system) / 1000);
  }
  return median(times);
}

/** Deterministic amounts with fen, like a column of a final-accounts table. */
function column(seed: number): number[][] {
  let x = seed;
  const out: number[][] = new Array(N);
  for (let i = 0; i < N; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out[i] = [Math.round(x * 37) / 100];
  }
  return out;
}

export async function run(): Promise<{ name: string; value: number; unit: string }[]> {
  const current = column(1);
  const base = [[72527785.37]];
  const growthMs = timeMs(() => growthLogic(current, base, null));
  const growthFloatMs = timeMs(() => {
    const b = base[0][0];
    return current.map((row) => [(row[0] - b) / Math.abs(b)]);
  });

  const cells = column(2);
  const sharesMs = timeMs(() => sharesLogic(cells));
  const sharesFloatMs = timeMs(() => {
    let total = 0;
    for (const row of cells) total += row[0];
    return cells.map((row) => [row[0] / total]);
  });

  return [
    { name: "GROWTH-100k", value: round(growthMs), unit: "ms" },
    { name: "GROWTH-100k-vs-float", value: round(growthMs / Math.max(growthFloatMs, 0.01)), unit: "x" },
    { name: "SHARES-100k", value: round(sharesMs), unit: "ms" },
    { name: "SHARES-100k-vs-float", value: round(sharesMs / Math.max(sharesFloatMs, 0.01)), unit: "x" },
  ];
}

function round(x: number): number {
  return Math.round(x * 10) / 10;
}
