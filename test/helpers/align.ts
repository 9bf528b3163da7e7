/**
 * Sentence alignment of two texts, for comparing a generated narrative with a published one.
 *
 * Both texts are cut into units (a paragraph: one line), trimmed; white space inside a unit counts. Equal units are
 * matched in order (longest common subsequence); between two matches the remaining units are paired in order
 * when they are alike (character-bigram Dice ≥ 0.4), else left alone. Each differing pair is broken into
 * character hunks, so a caller can ask whether every hunk is explained.
 */

export function units(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const t = line.trim();
    if (t) out.push(t);
  }
  return out;
}

/** Indices of a longest common subsequence of a and b (pairs [i, j]), by dynamic programming. */
export function lcsPairs<T>(a: readonly T[], b: readonly T[], eq: (x: T, y: T) => boolean): [number, number][] {
  const n = a.length;
  const m = b.length;
  const len: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      len[i][j] = eq(a[i], b[j]) ? len[i + 1][j + 1] + 1 : Math.max(len[i + 1][j], len[i][j + 1]);
    }
  }
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (eq(a[i], b[j])) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if (len[i + 1][j] >= len[i][j + 1]) i++;
    else j++;
  }
  return pairs;
}

function bigrams(s: string): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i + 1 < s.length; i++) {
    const g = s.slice(i, i + 2);
    m.set(g, (m.get(g) ?? 0) + 1);
  }
  return m;
}

/** Dice coefficient over character bigrams: 1 for equal texts, 0 for texts with no pair in common. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const x = bigrams(a);
  const y = bigrams(b);
  let common = 0;
  for (const [g, c] of x) common += Math.min(c, y.get(g) ?? 0);
  const total = Math.max(a.length - 1, 0) + Math.max(b.length - 1, 0);
  return total === 0 ? 0 : (2 * common) / total;
}

export type Aligned =
  | { kind: "same"; ref: string; out: string }
  | { kind: "changed"; ref: string; out: string }
  | { kind: "refOnly"; ref: string }
  | { kind: "outOnly"; out: string };

const ALIKE = 0.4;

/** Pairs the unmatched units of one stretch in order, each reference unit with its most alike output unit. */
function pairStretch(ref: string[], out: string[], into: Aligned[]): void {
  let j = 0;
  for (const r of ref) {
    let best = -1;
    let bestScore = ALIKE;
    for (let k = j; k < out.length; k++) {
      const s = similarity(r, out[k]);
      if (s >= bestScore) {
        best = k;
        bestScore = s;
      }
    }
    if (best < 0) {
      into.push({ kind: "refOnly", ref: r });
      continue;
    }
    for (; j < best; j++) into.push({ kind: "outOnly", out: out[j] });
    into.push({ kind: "changed", ref: r, out: out[best] });
    j = best + 1;
  }
  for (; j < out.length; j++) into.push({ kind: "outOnly", out: out[j] });
}

export function align(refUnits: string[], outUnits: string[]): Aligned[] {
  const anchors = lcsPairs(refUnits, outUnits, (x, y) => x === y);
  const result: Aligned[] = [];
  let i = 0;
  let j = 0;
  for (const [ai, aj] of [...anchors, [refUnits.length, outUnits.length] as [number, number]]) {
    pairStretch(refUnits.slice(i, ai), outUnits.slice(j, aj), result);
    if (ai < refUnits.length) result.push({ kind: "same", ref: refUnits[ai], out: outUnits[aj] });
    i = ai + 1;
    j = aj + 1;
  }
  return result;
}

/** A character hunk where two texts differ: [refStart, refEnd) in the reference, [outStart, outEnd) in ours. */
export interface Hunk {
  refStart: number;
  refEnd: number;
  outStart: number;
  outEnd: number;
}

export function hunks(ref: string, out: string): Hunk[] {
  const pairs = lcsPairs([...ref], [...out], (x, y) => x === y);
  const result: Hunk[] = [];
  let i = 0;
  let j = 0;
  for (const [pi, pj] of [...pairs, [ref.length, out.length] as [number, number]]) {
    if (pi > i || pj > j) result.push({ refStart: i, refEnd: pi, outStart: j, outEnd: pj });
    i = pi + 1;
    j = pj + 1;
  }
  return result;
}
