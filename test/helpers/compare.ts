/**
 * Compares a parsed FinalAccounts with an expected one by value (cells ignored): every expected figure
 * must be read with the same value; a figure read but not expected must be zero. Rows are matched by
 * code (or name for uncoded lines). Returns readable differences; [] when they agree.
 */
import { isDecimal } from "../../src/core";

type Obj = Record<string, unknown>;

function isFigure(x: unknown): x is { value: { eq(o: unknown): boolean; isZero(): boolean; toString(): string } } {
  return typeof x === "object" && x !== null && "value" in x && "cells" in x && isDecimal((x as Obj).value);
}

function rowKey(x: unknown): string | null {
  if (typeof x !== "object" || x === null) return null;
  const o = x as Obj;
  if (typeof o.code === "string") return `${o.code}${typeof o.group === "string" ? `/${o.group}` : ""}`;
  if (typeof o.name === "string") return `name:${o.name}`;
  if (typeof o.label === "string") return `label:${o.label}`;
  return null;
}

function allZero(x: unknown): boolean {
  if (x === undefined || x === null) return true;
  if (isFigure(x)) return x.value.isZero();
  if (Array.isArray(x)) return x.every(allZero);
  if (typeof x === "object") return Object.values(x as Obj).every((v) => typeof v !== "object" || allZero(v));
  return true;
}

const SKIP = new Set(["cells", "sourceUnit", "tables", "supplement"]);

export function diffAccounts(expected: unknown, actual: unknown, path = "", out: string[] = [], opts = { names: true }): string[] {
  if (isFigure(expected)) {
    if (!isFigure(actual)) {
      if (!expected.value.isZero()) out.push(`${path}: expected ${expected.value.toString()}, got nothing`);
    } else if (!expected.value.eq(actual.value)) {
      out.push(`${path}: expected ${expected.value.toString()}, got ${actual.value.toString()}`);
    }
    return out;
  }
  if (Array.isArray(expected)) {
    const act = Array.isArray(actual) ? actual : [];
    const byKey = new Map<string, unknown>();
    for (const a of act) {
      const k = rowKey(a);
      if (k && !byKey.has(k)) byKey.set(k, a);
    }
    const seen = new Set<string>();
    expected.forEach((e, i) => {
      const k = rowKey(e);
      if (k === null) {
        diffAccounts(e, act[i], `${path}[${i}]`, out, opts);
        return;
      }
      seen.add(k);
      let a = byKey.get(k);
      // an uncoded summary line matches an expected coded one by name
      if (a === undefined && typeof (e as Obj).name === "string") {
        a = act.find((x) => typeof x === "object" && x !== null && (x as Obj).name === (e as Obj).name);
        if (a !== undefined) seen.add(rowKey(a) ?? "");
      }
      if (a === undefined) {
        if (!allZero(e)) out.push(`${path}[${k}]: expected row, got nothing`);
        return;
      }
      diffAccounts(e, a, `${path}[${k}]`, out, opts);
    });
    for (const a of act) {
      const k = rowKey(a);
      if (k && !seen.has(k) && !allZero(a)) out.push(`${path}[${k}]: unexpected non-zero row`);
    }
    return out;
  }
  if (typeof expected === "object" && expected !== null) {
    const act = (typeof actual === "object" && actual !== null ? actual : {}) as Obj;
    for (const [k, v] of Object.entries(expected as Obj)) {
      if (SKIP.has(k)) continue;
      if (k === "code" && v !== null && act[k] === null) continue; // summary lines list 类 by name
      if (k === "name" && !opts.names) continue;
      diffAccounts(v, act[k], path ? `${path}.${k}` : k, out, opts);
    }
    for (const [k, v] of Object.entries(act)) {
      if (SKIP.has(k) || k in (expected as Obj)) continue;
      if (!allZero(v)) out.push(`${path}.${k}: unexpected non-zero value`);
    }
    return out;
  }
  if (expected !== actual && !(expected === undefined && actual === null)) {
    out.push(`${path}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
  return out;
}
