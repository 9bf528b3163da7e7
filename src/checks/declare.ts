/**
 * Declarative identities: figures named by paths into FinalAccounts, as they read in the tables.
 * "incomeExpenditureSummary.income.*" is every figure of that record (a missing row counts as 0).
 */
import { isDecimal } from "../core";
import { CellFigure } from "../tables/figures";
import type { FinalAccounts, Figure, TableId } from "../tables/model";
import type { Rule, Severity } from "./rule";

export interface IdentitySpec {
  id: string;
  severity?: Exclude<Severity, "info">;
  describe: string;
  /** The cell checked. */
  left: { path: string; label: string };
  /** What it must agree with: Σ paths − Σ less. */
  right: { paths: string[]; less?: string[]; label: string };
  relation?: "=" | ">=" | "<=";
}

export function isFigure(x: unknown): x is Figure {
  if (x instanceof CellFigure) return true; // without making its Decimal
  return typeof x === "object" && x !== null && isDecimal((x as Figure).value) && Array.isArray((x as Figure).cells);
}

/** Figures at a dotted path; "*" expands every value of a record. */
export function figuresAt(accounts: FinalAccounts, path: string): Figure[] {
  let nodes: unknown[] = [accounts];
  for (const key of path.split(".")) {
    const next: unknown[] = [];
    for (const n of nodes) {
      if (typeof n !== "object" || n === null) continue;
      if (key === "*") next.push(...Object.values(n));
      else next.push((n as Record<string, unknown>)[key]);
    }
    nodes = next;
  }
  return nodes.filter(isFigure);
}

export function tableOf(path: string): TableId {
  return path.split(".")[0] as TableId;
}

export function identityRule(spec: IdentitySpec): Rule {
  const paths = [spec.left.path, ...spec.right.paths, ...(spec.right.less ?? [])];
  const rightTables = new Set([...spec.right.paths, ...(spec.right.less ?? [])].map(tableOf));
  const rightTable = rightTables.size === 1 ? [...rightTables][0] : undefined;
  return {
    id: spec.id,
    severity: spec.severity ?? "error",
    describe: spec.describe,
    needs: [...new Set(paths.map(tableOf))],
    identities: (a) => [
      {
        left: { label: spec.left.label, figures: figuresAt(a, spec.left.path).slice(0, 1), table: tableOf(spec.left.path) },
        right: {
          label: spec.right.label,
          table: rightTable,
          figures: spec.right.paths.flatMap((p) => figuresAt(a, p)),
          less: (spec.right.less ?? []).flatMap((p) => figuresAt(a, p)),
        },
        relation: spec.relation ?? "=",
      },
    ],
  };
}

/** Every path a spec names, for a test that they all resolve on a complete model. */
export function specPaths(spec: IdentitySpec): string[] {
  return [spec.left.path, ...spec.right.paths, ...(spec.right.less ?? [])];
}
