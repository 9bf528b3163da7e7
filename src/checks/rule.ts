/**
 * The shape of a check: a rule produces identities (figure = Σ figures, or ≥ / ≤), and one evaluator
 * turns a broken identity into a Finding with a Chinese message naming the cells and both amounts.
 */
import { Dec, ZERO, formatAmount, normalizeLabel, splitRef, sum, type Unit } from "../core";
import type { FinalAccounts, Figure, Finding, TableId } from "../tables/model";
import { figureFen } from "../tables/figures";
import { TABLE_NAMES } from "./labels";

export type Severity = Finding["severity"];

/** One side of an identity: a label for the message and the figures it adds up (minus `less`). */
export interface Operand {
  label: string;
  figures: Figure[];
  less?: Figure[];
  /** The table the figures come from, named in the message when the sheet name does not say it. */
  table?: TableId;
}

/** left (relation) right. `left` is the cell being checked; `right` is what it should agree with. */
export interface Identity {
  left: Operand;
  right: Operand;
  relation: "=" | ">=" | "<=";
}

export interface Rule {
  id: string;
  severity: Exclude<Severity, "info">;
  /** What the rule checks, in Chinese, for documentation and the task pane. */
  describe: string;
  /** Tables the rule needs; it is skipped when any is missing. */
  needs: TableId[];
  /**
   * The identities to evaluate. A rule may leave out one it has found to hold exactly (holdsInWholeFen): it
   * would give no finding.
   */
  identities(accounts: FinalAccounts): Identity[];
}

/** A difference within this many 元 per rounding step is a 万元 rounding difference. */
const WAN_YUAN_STEP = new Dec(100);

export const ROUNDING_NOTE = "万元表四舍五入差异";

function operandValue(op: Operand): Dec {
  return sum(op.figures.map((f) => f.value)).minus(sum((op.less ?? []).map((f) => f.value)));
}

function allFigures(id: Identity): Figure[] {
  return [...id.left.figures, ...(id.left.less ?? []), ...id.right.figures, ...(id.right.less ?? [])];
}

/** Names a side: "收入支出决算总表!C15 本年收入合计", adding the table when the sheet name lacks it. */
function where(op: Operand): string {
  const table = op.table;
  const ref = op.figures.length + (op.less?.length ?? 0) === 1 ? (op.figures[0] ?? op.less?.[0])?.cells[0] : undefined;
  if (!ref) return op.label;
  const tableName = table ? TABLE_NAMES[table] : undefined;
  const sheet = normalizeLabel(splitRef(ref).sheet);
  const named = !tableName || sheet.includes(normalizeLabel(tableName));
  return named ? `${ref} ${op.label}` : `${ref}（${tableName}）${op.label}`;
}

const SAFE = Number.MAX_SAFE_INTEGER;

/** Running whole-fen sum of an identity: `diff` (left − right so far) and `bound` (Σ magnitudes). */
interface FenSum {
  diff: number;
  bound: number;
}

/** Adds sign × each figure to `sum`; false when a figure is unreadable or not whole fen (figureFen NaN). */
function addFen(sum: FenSum, figs: readonly (Figure | undefined)[] | undefined, sign: 1 | -1): boolean {
  if (!figs) return true;
  for (let i = 0; i < figs.length; i++) {
    const f = figs[i];
    if (f === undefined) continue;
    if (f.unreadable) return false;
    const v = figureFen(f);
    if (v !== v) return false;
    sum.diff += sign * v;
    sum.bound += Math.abs(v);
  }
  return true;
}

/**
 * left − right in whole fen, exact, when every figure of the identity is a whole number of fen (figureFen)
 * and the sum of their magnitudes stays within 2^53 (then every partial sum is an exact integer); NaN
 * otherwise, or when a figure could not be read. The sign decides the relation exactly as the Decimal
 * difference would (test/checks-fen-equivalence.test.ts compares both over 100,000 random identities).
 */
function fenDifference(id: Identity): number {
  const sum: FenSum = { diff: 0, bound: 0 };
  const ok = addFen(sum, id.left.figures, 1) && addFen(sum, id.left.less, -1) && addFen(sum, id.right.figures, -1) && addFen(sum, id.right.less, 1);
  return ok && sum.bound <= SAFE ? sum.diff : NaN;
}

/**
 * True when `total` = Σ `parts` (undefined parts left out) holds exactly in whole fen: the identity
 * { left: [total], right: parts, "=" } would give no finding. False when it does not hold or cannot be decided
 * in whole fen (then build the identity and let evaluateIdentity decide). Lets a family skip the identities
 * that hold without building them.
 */
export function holdsInWholeFen(total: Figure, parts: readonly (Figure | undefined)[]): boolean {
  const sum: FenSum = { diff: 0, bound: 0 };
  if (!addFen(sum, [total], 1) || !addFen(sum, parts, -1)) return false;
  return sum.diff === 0 && sum.bound <= SAFE;
}

/** Evaluates one identity; null when it holds. */
export function evaluateIdentity(rule: Pick<Rule, "id" | "severity">, id: Identity): Finding | null {
  if (id.left.figures.length === 0) return null;
  if (id.right.figures.length + (id.right.less?.length ?? 0) === 0) return null;
  // Whole fen: an identity that holds is decided without a Decimal; any other goes the Decimal way below.
  const fen = fenDifference(id);
  if (fen === 0 || (id.relation === ">=" && fen > 0) || (id.relation === "<=" && fen < 0)) return null;
  // A figure that could not be read has its own read finding; an identity with it proves nothing.
  if (allFigures(id).some((f) => f.unreadable)) return null;
  const left = operandValue(id.left);
  const right = operandValue(id.right);
  const diff = left.minus(right);
  const holds =
    id.relation === "=" ? diff.isZero() : id.relation === ">=" ? diff.gte(ZERO) : diff.lte(ZERO);
  if (holds) return null;

  const figures = allFigures(id);
  const wanCount = figures.filter((f) => f.sourceUnit === "wanYuan").length;
  const unit: Unit = wanCount === figures.length ? "wanYuan" : "yuan";
  const fmt = (v: Dec) => formatAmount(v, { unit, decimals: 2 });
  const gap = fmt(diff.abs());
  const rounding = wanCount > 0 && diff.abs().lte(WAN_YUAN_STEP.times(Math.max(1, wanCount - 1)));

  const l = where(id.left);
  const r = where(id.right);
  let message: string;
  if (id.relation === "=") message = `${l}为${fmt(left)}，而${r}为${fmt(right)}，相差${gap}`;
  else if (id.relation === ">=") message = `${l}为${fmt(left)}，小于${r}${fmt(right)}，相差${gap}`;
  else message = `${l}为${fmt(left)}，大于${r}${fmt(right)}，超出${gap}`;
  if (rounding) message += `（${ROUNDING_NOTE}）`;

  const cells: string[] = [];
  for (const f of figures) for (const c of f.cells) if (!cells.includes(c)) cells.push(c);
  // 万元 rounding: one item printed with two values in two tables (326.71 / 326.72) is a warning naming
  // both cells; a total against the sum of its rounded parts stays information.
  const sameItem = id.left.figures.length === 1 && id.right.figures.length === 1 && !id.left.less?.length && !id.right.less?.length;
  return {
    rule: rule.id,
    severity: rounding ? (sameItem ? "warning" : "info") : rule.severity,
    message,
    cells,
    expected: fmt(right),
    actual: fmt(left),
  };
}

/** Runs a rule unless a table it needs is missing. */
export function applyRule(rule: Rule, accounts: FinalAccounts): Finding[] {
  if (rule.needs.some((t) => accounts[t as keyof FinalAccounts] === undefined)) return [];
  const out: Finding[] = [];
  for (const identity of rule.identities(accounts)) {
    const f = evaluateIdentity(rule, identity);
    if (f) out.push(f);
  }
  return out;
}
