/**
 * The 类→款→项 tree of a coded table (功能分类), built once in the model so that every region's 项
 * lines read the same parents, amounts and 年初预算数:
 * - each printed row becomes a node under its parent (the nearest shorter code that prefixes it);
 *   a parent the table does not print is made from its children (amounts summed, `printed: false`);
 * - 年初预算数 per node: the table's own budget column when it has one, else the 补充信息 key
 *   `functional:<code>`, else the sum of its children's budgets when every child has one (rolled up
 *   from the leaves). A node with none stays without: a visible gap, never a zero.
 */
import type { Unit } from "../core";
import { functionalClassName } from "./codes";
import { sumFigures } from "./figures";
import type {
  CodedTable,
  FinalAccounts,
  Figure,
  FunctionalLevel,
  GeneralBudgetColumn,
  LineKey,
} from "./model";

/** Where a node's 年初预算数 came from. */
export type BudgetSource = "table" | "supplement" | "children";

export interface FunctionalNode<K extends string = GeneralBudgetColumn> {
  /** 3 (类), 5 (款) or 7 (项) digits. */
  code: string;
  /** As printed. A parent the table does not print (see `printed`): the standard 类 name, else "" (a gap). */
  name: string;
  level: FunctionalLevel;
  /** The parent's code, null for a 类. */
  parent: string | null;
  /** In the table's order. */
  children: FunctionalNode<K>[];
  /** The row's amounts as read (total / basic / project …); summed from the children when not printed. */
  amounts: Partial<Record<K, Figure>>;
  /** False when the table has no row of its own for this code (made from its children). */
  printed: boolean;
  /** 年初预算数, when known (see `initialBudgetSource`). */
  initialBudget?: Figure;
  initialBudgetSource?: BudgetSource;
}

export interface FunctionalTree<K extends string = GeneralBudgetColumn> {
  /** The 类, in the table's order. */
  roots: FunctionalNode<K>[];
  /** Every node by code. */
  byCode: Record<string, FunctionalNode<K>>;
  /** Every node depth first (类, its 款, their 项 …), the order the 项 lines are written in. */
  nodes: FunctionalNode<K>[];
  /** The table's 合计 row. */
  total: Partial<Record<K, Figure>>;
  /** 合计 年初预算数: the table's, else Σ 类 when every 类 has one. */
  initialBudget?: Figure;
  initialBudgetSource?: BudgetSource;
}

export interface TreeOptions<K extends string> {
  /** 年初预算数 by LineKey (the 补充信息 sheet): `functional:<code>`. */
  budgets?: Record<LineKey, Figure>;
  /** The table column holding 年初预算数, when the table prints one (generalBudget: "initialBudget"). */
  budgetColumn?: K;
  /** Unit of a sum over no figures (default 元); sums keep their parts' source unit. */
  unit?: Unit;
}

const levelOf = (code: string): FunctionalLevel => (code.length <= 3 ? "class" : code.length <= 5 ? "section" : "item");

/** The nearest shorter code among `known` that prefixes `code` (20106 for 2010601; 201 when 20106 is absent). */
function parentCode(code: string, known: Set<string>): string | null {
  for (let len = code.length - 2; len >= 3; len -= 2) {
    const p = code.slice(0, len);
    if (known.has(p)) return p;
  }
  return null;
}

/** The tree of a coded table; see the file comment for the rules. */
export function buildFunctionalTree<K extends string>(
  table: CodedTable<K>,
  options: TreeOptions<NoInfer<K>> = {},
): FunctionalTree<K> {
  const unit = options.unit ?? "yuan";
  const byCode: Record<string, FunctionalNode<K>> = {};
  const order: string[] = [];
  for (const row of table.rows) {
    if (byCode[row.code]) continue; // a repeated code (continued page) keeps its first row
    byCode[row.code] = {
      code: row.code,
      name: row.name,
      level: row.level ?? levelOf(row.code),
      parent: null,
      children: [],
      amounts: { ...row.amounts },
      printed: true,
    };
    order.push(row.code);
  }
  // Parents the table does not print: every 类 and 款 prefix of a printed code.
  for (const code of [...order]) {
    for (let len = 3; len < code.length; len += 2) {
      const p = code.slice(0, len);
      if (byCode[p]) continue;
      const name = len === 3 ? (functionalClassName(p) ?? "") : "";
      byCode[p] = { code: p, name, level: levelOf(p), parent: null, children: [], amounts: {}, printed: false };
      order.push(p);
    }
  }
  const known = new Set(Object.keys(byCode));
  const roots: FunctionalNode<K>[] = [];
  // Children in the table's order; made-up parents take the position of their first child.
  const position = new Map<string, number>();
  order.forEach((c, i) => position.set(c, i));
  for (const code of order) {
    const node = byCode[code];
    if (node.printed) continue;
    const first = order.find((c) => c !== code && c.startsWith(code) && byCode[c].printed);
    if (first !== undefined) position.set(code, (position.get(first) ?? 0) - 0.5);
  }
  const sorted = [...order].sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0) || a.length - b.length);
  for (const code of sorted) {
    const node = byCode[code];
    node.parent = parentCode(code, known);
    if (node.parent) byCode[node.parent].children.push(node);
    else roots.push(node);
  }

  // Amounts of made-up parents, deepest first.
  const deepestFirst = [...sorted].sort((a, b) => b.length - a.length);
  for (const code of deepestFirst) {
    const node = byCode[code];
    if (node.printed || node.children.length === 0) continue;
    const keys = new Set<K>();
    for (const ch of node.children) for (const k of Object.keys(ch.amounts) as K[]) keys.add(k);
    for (const k of keys) {
      const figs = node.children.map((ch) => ch.amounts[k]).filter((f): f is Figure => f !== undefined);
      node.amounts[k] = sumFigures(figs, unit);
    }
  }

  // 年初预算数: own (table, then 补充信息), else rolled up from children.
  for (const code of deepestFirst) {
    const node = byCode[code];
    const col = options.budgetColumn ? node.amounts[options.budgetColumn] : undefined;
    const sup = options.budgets?.[`functional:${code}`];
    if (col && node.printed) {
      node.initialBudget = col;
      node.initialBudgetSource = "table";
    } else if (sup) {
      node.initialBudget = sup;
      node.initialBudgetSource = "supplement";
    } else if (node.children.length > 0 && node.children.every((ch) => ch.initialBudget)) {
      node.initialBudget = sumFigures(
        node.children.map((ch) => ch.initialBudget as Figure),
        unit,
      );
      node.initialBudgetSource = "children";
    }
  }

  const nodes: FunctionalNode<K>[] = [];
  const walk = (n: FunctionalNode<K>) => {
    nodes.push(n);
    n.children.forEach(walk);
  };
  roots.forEach(walk);

  const tree: FunctionalTree<K> = { roots, byCode, nodes, total: { ...table.total } };
  const totalCol = options.budgetColumn ? table.total[options.budgetColumn] : undefined;
  if (totalCol) {
    tree.initialBudget = totalCol;
    tree.initialBudgetSource = "table";
  } else if (roots.length > 0 && roots.every((r) => r.initialBudget)) {
    tree.initialBudget = sumFigures(
      roots.map((r) => r.initialBudget as Figure),
      unit,
    );
    tree.initialBudgetSource = "children";
  }
  return tree;
}

/**
 * The tree of 一般公共预算财政拨款支出决算表 (or its Beijing stand-in), with 年初预算数 from the table's
 * budget column or the 补充信息 sheet; null when the workbook has no such table.
 */
export function generalBudgetTree(accounts: FinalAccounts): FunctionalTree<GeneralBudgetColumn> | null {
  const table = accounts.generalBudgetExpenditure;
  if (!table) return null;
  const unit = accounts.tables.find((t) => t.id === "generalBudgetExpenditure")?.unit ?? "yuan";
  return buildFunctionalTree(table, {
    budgets: accounts.supplement?.initialBudgets,
    budgetColumn: "initialBudget",
    unit,
  });
}

/** The nodes without children (the 项 lines; a 款 or 类 printed without 项 counts as a leaf). */
export function treeLeaves<K extends string>(tree: FunctionalTree<K>): FunctionalNode<K>[] {
  return tree.nodes.filter((n) => n.children.length === 0);
}

/** 类, 款 and 项 names of a node and its ancestors, outermost first ("一般公共服务支出", "财政事务", "行政运行"). */
export function treePath<K extends string>(tree: FunctionalTree<K>, code: string): FunctionalNode<K>[] {
  const out: FunctionalNode<K>[] = [];
  for (let n: FunctionalNode<K> | undefined = tree.byCode[code]; n; n = n.parent ? tree.byCode[n.parent] : undefined)
    out.unshift(n);
  return out;
}
