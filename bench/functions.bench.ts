/**
 * BUDGET custom functions over 100,000 cells (the pure logic, as functions.ts runs it): GROWTH of a
 * 100,000-row range against a scalar base, and SHARES of a 100,000-cell range, with amounts in fen as a
 * final-accounts column holds them. Each beside the same arithmetic as a plain float loop over the same
 * grid (which is not exact: it is the floor, not an alternative), every one warmed up on its own first;
 * then rounds alternate function and float loop, and the ratio is the median of per-round ratios.
 * The first call in a fresh process is given too (the cost before the JIT has warmed up).
 */
import { spawnSync } from "node:child_process";
import { join, resolve } from "node:path";
import { growthLogic, sharesLogic } from "../src/functions/logic";
import { type Figure, type Sample, median, ratio, sample, timeFigure } from "./measure";

const N = 100_000;
// 15 rounds: the float loops take 2–9 ms, so a single GC pause swings a round's ratio; the median of 15 holds.
const ROUNDS = 15;

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

async function pair(f: () => unknown, float: () => unknown): Promise<{ f: Sample[]; float: Sample[] }> {
  for (let i = 0; i < 3; i++) f();
  for (let i = 0; i < 3; i++) float();
  const out = { f: [] as Sample[], float: [] as Sample[] };
  for (let r = 0; r < ROUNDS; r++) {
    out.f.push(await sample(f));
    out.float.push(await sample(float));
  }
  return out;
}

/** Wall time of the first GROWTH and SHARES call in a fresh process (median of 3 processes). */
function firstCallMs(): { growth: number; shares: number } {
  const script = `
    const { growthLogic, sharesLogic } = require(${JSON.stringify(join(resolve(__dirname, ".."), "src/functions/logic"))});
    const col = (s) => { let x = s; const o = []; for (let i = 0; i < ${N}; i++) { x = (x * 1103515245 + 12345) % 2147483648; o.push([Math.round(x * 37) / 100]); } return o; };
    const c = col(1), d = col(2);
    let t = performance.now(); growthLogic(c, [[72527785.37]], null); const g = performance.now() - t;
    t = performance.now(); sharesLogic(d); const s = performance.now() - t;
    console.log(JSON.stringify({ g, s }));`;
  const g: number[] = [];
  const s: number[] = [];
  for (let i = 0; i < 3; i++) {
    const r = spawnSync(process.execPath, ["--import", "tsx", "-e", script], { encoding: "utf8" });
    const m = JSON.parse(r.stdout.trim().split("\n").pop() ?? "{}") as { g: number; s: number };
    g.push(m.g);
    s.push(m.s);
  }
  return { growth: median(g), shares: median(s) };
}

export async function run(): Promise<Figure[]> {
  const current = column(1);
  const base = [[72527785.37]];
  const growth = await pair(
    () => growthLogic(current, base, null),
    () => {
      const b = base[0][0];
      return current.map((row) => [(row[0] - b) / Math.abs(b)]);
    },
  );
  const cells = column(2);
  const shares = await pair(
    () => sharesLogic(cells),
    () => {
      let total = 0;
      for (const row of cells) total += row[0];
      return cells.map((row) => [row[0] / total]);
    },
  );
  const first = firstCallMs();
  return [
    timeFigure("GROWTH-100k", growth.f, "<= 50 ms"),
    timeFigure("GROWTH-100k-float-loop", growth.float),
    { name: "GROWTH-100k-vs-float", value: ratio(growth.f, growth.float), unit: "x", runs: ROUNDS, target: "<= 3" },
    timeFigure("SHARES-100k", shares.f, "<= 50 ms"),
    timeFigure("SHARES-100k-float-loop", shares.float),
    { name: "SHARES-100k-vs-float", value: ratio(shares.f, shares.float), unit: "x", runs: ROUNDS, target: "<= 3" },
    { name: "GROWTH-100k-first-call", value: first.growth, unit: "ms", runs: 3 },
    { name: "SHARES-100k-first-call", value: first.shares, unit: "ms", runs: 3 },
  ];
}
