/**
 * Rule families: the same identity repeated over rows and columns of a table
 * (row 合计 = Σ columns, 类 = Σ 款, 款 = Σ 项, 合计 row = Σ 类) and over 类 lines matched across tables.
 */
import { ZERO, normalizeLabel } from "../core";
import type {
  ClassLine,
  CodedRow,
  CodedTable,
  EconomicTable,
  FinalAccounts,
  Figure,
  TableId,
} from "../tables/model";
import { TABLE_NAMES, rowLabel } from "./labels";
import { type Identity, type Operand, type Rule, type Severity, holdsInWholeFen } from "./rule";

type CodedTableId = "incomeTable" | "expenditureTable" | "generalBudgetExpenditure" | "governmentFundTable" | "stateCapitalTable";
type EconomicTableId = "basicExpenditureByEconomic" | "projectExpenditureByEconomic" | "governmentFundBasicExpenditure";

function coded<K extends string>(a: FinalAccounts, table: CodedTableId): CodedTable<K> | undefined {
  return a[table] as CodedTable<K> | undefined;
}

function present(figures: (Figure | undefined)[]): Figure[] {
  return figures.filter((f): f is Figure => f !== undefined);
}

const LEVEL_CHILDREN: Record<string, string> = { 3: "所属各款之和", 5: "所属各项之和" };

/**
 * Rows one level below each code (code two digits longer, same prefix), in table order: built once per
 * evaluation, so a table of n rows costs O(n) instead of O(n²) lookups.
 */
function childIndex<R extends { code: string }>(rows: readonly R[]): (parent: R) => R[] {
  const byParent = new Map<string, R[]>();
  for (const r of rows) {
    if (r.code.length < 2) continue;
    const key = r.code.slice(0, r.code.length - 2);
    const list = byParent.get(key);
    if (list) list.push(r);
    else byParent.set(key, [r]);
  }
  return (parent) => byParent.get(parent.code) ?? [];
}

export interface CodedTableSpec<K extends string> {
  table: CodedTableId;
  prefix: string;
  name: string;
  columns: Record<K, string>;
  /** Columns summed by parent/child and 合计 rules. */
  amountColumns: K[];
  /** Per row: totalColumn = Σ partColumns. */
  rowTotal?: { total: K; parts: K[]; partsLabel: string };
}

/**
 * The row-total identity of one line (the 合计 row or a coded row): total column = Σ part columns. Lines whose
 * identity holds in whole fen are left out (they give no finding), so their labels are never built.
 */
function rowTotalIdentity<K extends string>(
  out: Identity[],
  spec: CodedTableSpec<K>,
  rowTotal: NonNullable<CodedTableSpec<K>["rowTotal"]>,
  amounts: Partial<Record<K, Figure>>,
  line: string | CodedRow<K>,
): void {
  const total = amounts[rowTotal.total];
  if (!total) return;
  const column: (Figure | undefined)[] = new Array(rowTotal.parts.length);
  for (let i = 0; i < rowTotal.parts.length; i++) column[i] = amounts[rowTotal.parts[i]];
  if (holdsInWholeFen(total, column)) return;
  const parts = present(column);
  if (parts.length === 0) return;
  const label = typeof line === "string" ? line : rowLabel(line);
  out.push({
    left: { label: `${label} ${spec.columns[rowTotal.total]}`, figures: [total], table: spec.table },
    right: { label: rowTotal.partsLabel, figures: parts },
    relation: "=",
  });
}

/** The three within-table families of a table keyed by 功能分类 codes. */
export function codedTableRules<K extends string>(spec: CodedTableSpec<K>): Rule[] {
  const { table, prefix, name, columns } = spec;
  const rules: Rule[] = [];
  const rowTotal = spec.rowTotal;
  if (rowTotal) {
    rules.push({
      id: `${prefix}.row-total`,
      severity: "error",
      describe: `${name}：每行${columns[rowTotal.total]} = ${rowTotal.parts.map((k) => columns[k]).join(" + ")}`,
      needs: [table],
      identities: (a) => {
        const t = coded<K>(a, table);
        if (!t) return [];
        const out: Identity[] = [];
        rowTotalIdentity(out, spec, rowTotal, t.total, "合计行");
        for (const r of t.rows) rowTotalIdentity(out, spec, rowTotal, r.amounts, r);
        return out;
      },
    });
  }
  rules.push({
    id: `${prefix}.parent-children`,
    severity: "error",
    describe: `${name}：类 = 所属各款之和，款 = 所属各项之和（各金额列）`,
    needs: [table],
    identities: (a) => {
      const t = coded<K>(a, table);
      if (!t) return [];
      const out: Identity[] = [];
      const childrenOf = childIndex(t.rows);
      for (const parent of t.rows) {
        const kids = childrenOf(parent);
        if (kids.length === 0) continue;
        for (const k of spec.amountColumns) {
          const total = parent.amounts[k];
          if (!total) continue;
          const column: (Figure | undefined)[] = new Array(kids.length);
          for (let i = 0; i < kids.length; i++) column[i] = kids[i].amounts[k];
          if (holdsInWholeFen(total, column)) continue; // gives no finding: not built
          const parts = present(column);
          if (parts.length === 0) continue;
          out.push({
            left: { label: `${rowLabel(parent)} ${columns[k]}`, figures: [total], table },
            right: { label: LEVEL_CHILDREN[parent.code.length] ?? "下级科目之和", figures: parts },
            relation: "=",
          });
        }
      }
      return out;
    },
  });
  rules.push({
    id: `${prefix}.total-classes`,
    severity: "error",
    describe: `${name}：合计行 = 各类之和（各金额列）`,
    needs: [table],
    identities: (a) => {
      const t = coded<K>(a, table);
      if (!t) return [];
      const classes = t.rows.filter((r) => r.code.length === 3);
      if (classes.length === 0) return [];
      return spec.amountColumns.flatMap((k) => {
        const total = t.total[k];
        const parts = present(classes.map((r) => r.amounts[k]));
        if (!total || parts.length === 0) return [];
        return [
          {
            left: { label: `合计 ${columns[k]}`, figures: [total], table },
            right: { label: "各类之和", figures: parts },
            relation: "=",
          } satisfies Identity,
        ];
      });
    },
  });
  return rules;
}

/** Within-table families of a table keyed by 经济分类 codes (基本支出 / 项目支出). */
export function economicTableRules(table: EconomicTableId, prefix: string, name: string): Rule[] {
  const get = (a: FinalAccounts): EconomicTable | undefined => a[table];
  const classes = (t: EconomicTable) => t.rows.filter((r) => r.code.length === 3);
  return [
    {
      id: `${prefix}.class-sections`,
      severity: "error",
      describe: `${name}：经济分类类 = 所属各款之和`,
      needs: [table],
      identities: (a) => {
        const t = get(a);
        if (!t) return [];
        const childrenOf = childIndex(t.rows);
        return classes(t).flatMap((parent) => {
          const kids = childrenOf(parent);
          if (kids.length === 0) return [];
          return [
            {
              left: { label: rowLabel(parent), figures: [parent.actual], table },
              right: { label: "所属各款之和", figures: kids.map((r) => r.actual) },
              relation: "=",
            } satisfies Identity,
          ];
        });
      },
    },
    {
      id: `${prefix}.group-totals`,
      severity: "error",
      describe: `${name}：人员经费合计 = 人员经费各类之和，公用经费合计 = 公用经费各类之和`,
      needs: [table],
      identities: (a) => {
        const t = get(a);
        if (!t) return [];
        const groups = [
          { total: t.personnelTotal, group: "personnel", label: "人员经费合计", parts: "人员经费各类之和" },
          { total: t.publicTotal, group: "public", label: "公用经费合计", parts: "公用经费各类之和" },
        ] as const;
        return groups.flatMap((g) => {
          const rows = classes(t).filter((r) => r.group === g.group);
          if (!g.total || rows.length === 0) return [];
          return [
            {
              left: { label: g.label, figures: [g.total], table },
              right: { label: g.parts, figures: rows.map((r) => r.actual) },
              relation: "=",
            } satisfies Identity,
          ];
        });
      },
    },
    {
      id: `${prefix}.total`,
      severity: "error",
      describe: `${name}：合计 = 人员经费合计 + 公用经费合计 = 各类之和`,
      needs: [table],
      identities: (a) => {
        const t = get(a);
        if (!t?.total) return [];
        const out: Identity[] = [];
        const groups = present([t.personnelTotal, t.publicTotal]);
        if (groups.length > 0) {
          out.push({
            left: { label: "合计", figures: [t.total], table },
            right: { label: "人员经费合计与公用经费合计之和", figures: groups },
            relation: "=",
          });
        }
        const cls = classes(t);
        if (cls.length > 0) {
          out.push({
            left: { label: "合计", figures: [t.total], table },
            right: { label: "各类之和", figures: cls.map((r) => r.actual) },
            relation: "=",
          });
        }
        return out;
      },
    },
  ];
}

/** The total of an economic table: its 合计, else 人员经费合计 + 公用经费合计. */
export function economicTotal(t: EconomicTable): Figure[] {
  if (t.total) return [t.total];
  return present([t.personnelTotal, t.publicTotal]);
}

/** A 类 line from any table, reduced to what matching needs. */
export interface ClassFigure {
  code: string | null;
  name: string;
  figure: Figure | undefined;
}

/** "一、一般公共服务支出" → "一般公共服务支出": the name without its ordinal, comparable. */
export function className(name: string): string {
  return normalizeLabel(name).replace(/^(?:[(（]?[一二三四五六七八九十]+[)）、.]?|\d+[、.])/, "");
}

export function classLines<K extends string>(lines: readonly ClassLine<K>[], column: K): ClassFigure[] {
  return lines.map((l) => ({ code: l.code, name: l.name, figure: l.amounts[column] }));
}

export function codedClasses<K extends string>(t: CodedTable<K> | undefined, column: K): ClassFigure[] {
  if (!t) return [];
  return t.rows
    .filter((r: CodedRow<K>) => r.code.length === 3)
    .map((r) => ({ code: r.code, name: r.name, figure: r.amounts[column] }));
}

function findClass(lines: ClassFigure[], line: ClassFigure): ClassFigure | undefined {
  if (line.code) {
    const byCode = lines.find((l) => l.code === line.code);
    if (byCode) return byCode;
  }
  const key = className(line.name);
  return lines.find((l) => className(l.name) === key);
}

const NOT_LISTED: Figure = { value: ZERO, cells: [], sourceUnit: "yuan" };

export interface ClassMatchSpec {
  id: string;
  severity: Exclude<Severity, "info">;
  describe: string;
  needs: TableId[];
  /** Lines checked (the driver); each is matched in `right` by code, else by name. */
  left: (a: FinalAccounts) => ClassFigure[];
  right: (a: FinalAccounts) => ClassFigure[];
  leftTable: TableId;
  leftColumn: string;
  rightTable: TableId;
  rightColumn: string;
  relation: "=" | "<=";
}

/** Per-类 agreement across two tables. A class missing on the right counts as 0 there. */
export function classMatchRule(spec: ClassMatchSpec): Rule {
  return {
    id: spec.id,
    severity: spec.severity,
    describe: spec.describe,
    needs: spec.needs,
    identities: (a) => {
      const right = spec.right(a);
      return spec.left(a).flatMap((line) => {
        if (!line.figure) return [];
        const other = findClass(right, line);
        const label = `${rowLabel({ code: line.code ?? "", name: className(line.name) })}`;
        const rightOp: Operand =
          other?.figure !== undefined
            ? { label: `${label} ${spec.rightColumn}`, figures: [other.figure], table: spec.rightTable }
            : { label: `${TABLE_NAMES[spec.rightTable]}中该类（未列出）`, figures: [NOT_LISTED] };
        return [
          {
            left: { label: `${label} ${spec.leftColumn}`.trim(), figures: [line.figure], table: spec.leftTable },
            right: rightOp,
            relation: spec.relation,
          } satisfies Identity,
        ];
      });
    },
  };
}
