/**
 * Checks of this year's tables against last year's (src/tables/prior reads them). The rules are data
 * in rules/year-on-year.ts; balances become identities evaluated like every other check.
 */
import { normalizeLabel } from "../core";
import type { CodedTable, FinalAccounts, Finding } from "../tables/model";
import { type PriorSource, externalRef, fromSource, priorSourceLabel } from "../tables/prior";
import { figuresAt } from "./declare";
import { TABLE_NAMES } from "./labels";
import { evaluateIdentity } from "./rule";

export interface BalanceSpec {
  id: string;
  describe: string;
  /** This year's figure. */
  current: { path: string; label: string };
  /** Last year's figure it must equal. */
  prior: { path: string; label: string };
}

export interface YearOnYearRule {
  id: string;
  describe: string;
  /** A carried-over balance (error when it differs) … */
  spec?: BalanceSpec;
  /** … or a check written as code. */
  run?(current: FinalAccounts, prior: FinalAccounts, source: PriorSource): Finding[];
}

function balanceFinding(spec: BalanceSpec, current: FinalAccounts, prior: FinalAccounts, source: PriorSource): Finding | null {
  const left = figuresAt(current, spec.current.path).slice(0, 1);
  const right = figuresAt(prior, spec.prior.path)
    .slice(0, 1)
    .map((f) => fromSource(f, source));
  const table = spec.current.path.split(".")[0] as keyof typeof TABLE_NAMES;
  return evaluateIdentity(
    { id: spec.id, severity: "error" },
    {
      left: { label: spec.current.label, figures: left, table },
      right: { label: spec.prior.label, figures: right, table },
      relation: "=",
    },
  );
}

/** The prior workbook must be last year's. */
export const yearRule: YearOnYearRule = {
  id: "yoy.year",
  describe: "上年决算表的年度 = 本年度 − 1",
  run(current, prior, source) {
    if (current.year === null || prior.year === null || prior.year === current.year - 1) return [];
    return [
      {
        rule: "yoy.year",
        severity: "error",
        message: `${priorSourceLabel(source, prior.year)}是${prior.year}年度的报表，而本年度为${current.year}年度，上年应为${current.year - 1}年度；上年数未必正确，请选择${current.year - 1}年度的决算表。`,
        cells: [],
        expected: String(current.year - 1),
        actual: String(prior.year),
      },
    ];
  },
};

/** Both years must be the same department. */
export const departmentRule: YearOnYearRule = {
  id: "yoy.department",
  describe: "上年决算表与本年决算表是同一部门",
  run(current, prior, source) {
    const a = current.department;
    const b = prior.department;
    if (!a || !b || normalizeLabel(a) === normalizeLabel(b)) return [];
    return [
      {
        rule: "yoy.department",
        severity: "warning",
        message: `${priorSourceLabel(source, prior.year)}的部门为“${b}”，与本年的“${a}”不同，请确认选择的是本部门的上年决算表。`,
        cells: [],
        expected: a,
        actual: b,
      },
    ];
  },
};

const LEVEL_NAME = { class: "类", section: "款", item: "项" } as const;

/** 类 and 款 that appear or disappear between the years, and names changed for the same code. */
export function codeChanges(table: "expenditureTable" | "generalBudgetExpenditure", tableName: string): YearOnYearRule {
  const id = "yoy.functional-codes";
  return {
    id,
    describe: `${tableName}：列出本年新增、上年有而本年没有的类、款，以及编码相同但名称改变的科目`,
    run(current, prior, source) {
      const cur = (current[table] as CodedTable<string> | undefined)?.rows.filter((r) => r.level !== "item");
      const pre = (prior[table] as CodedTable<string> | undefined)?.rows.filter((r) => r.level !== "item");
      if (!cur || !pre) return [];
      const cellsOf = (r: { amounts: Partial<Record<string, { cells: string[] }>> }) => r.amounts.total?.cells ?? [];
      const file = source.file;
      const priorCells = (r: { amounts: Partial<Record<string, { cells: string[] }>> }) =>
        cellsOf(r).map((c) => (file === null ? c : externalRef(file, c)));
      const before = new Map(pre.map((r) => [r.code, r]));
      const now = new Map(cur.map((r) => [r.code, r]));
      const out: Finding[] = [];
      for (const r of cur) {
        const p = before.get(r.code);
        const what = `${r.code} ${r.name}（${LEVEL_NAME[r.level]}）`;
        if (!p) {
          out.push({ rule: `${id}.new`, severity: "info", message: `${tableName}：本年新增科目 ${what}，上年没有。`, cells: cellsOf(r) });
        } else if (normalizeLabel(p.name) !== normalizeLabel(r.name)) {
          out.push({
            rule: `${id}.renamed`,
            severity: "info",
            message: `${tableName}：科目 ${r.code} 上年名称为“${p.name}”，本年为“${r.name}”。`,
            cells: [...cellsOf(r), ...priorCells(p)],
            expected: p.name,
            actual: r.name,
          });
        }
      }
      for (const p of pre) {
        if (now.has(p.code)) continue;
        out.push({
          rule: `${id}.gone`,
          severity: "info",
          message: `${tableName}：上年有科目 ${p.code} ${p.name}（${LEVEL_NAME[p.level]}），本年没有。`,
          cells: priorCells(p),
        });
      }
      return out;
    },
  };
}

/** Runs the given year-on-year rules; prior-year cells are named in their source (file, sheet, cell). */
export function runYearOnYearRules(
  current: FinalAccounts,
  prior: FinalAccounts,
  source: PriorSource,
  rules: readonly YearOnYearRule[],
): Finding[] {
  const out: Finding[] = [];
  for (const r of rules) {
    if (r.spec) {
      const f = balanceFinding(r.spec, current, prior, source);
      if (f) out.push(f);
    }
    if (r.run) out.push(...r.run(current, prior, source));
  }
  return out;
}
