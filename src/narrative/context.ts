/**
 * The generation context: settings, warnings, and the helpers that turn exact operands into figure
 * runs (text + computation + Chinese formula + sources) and missing inputs into visible gaps.
 */
import {
  Dec,
  ZERO,
  HUNDRED,
  UNIT_LABEL,
  change as changeOf,
  direction,
  executionRate,
  formatAmount,
  formatFixed,
  formatPercent,
  fromYuan,
  growthRate,
  perUnit,
  share,
  sum,
} from "../core";
import type { CountFigure, Figure, FinalAccounts, Unreadable, UserText } from "../tables/model";
import { TABLE_NAMES } from "../tables";
import type { FigureRun, FigureSource, GapRun, NarrativeWarning, Run, UserTextRun } from "./model";
import type { NarrativeSettings } from "./settings";
import type { TableId } from "../tables/model";
import type { RegionProfile } from "./profiles/types";
import type { Part2Templates, Part3Templates, ShanghaiTemplates } from "./templates";

/** An exact value with what it is and where it came from. */
export interface Operand {
  label: string;
  value: Dec;
  cells: string[];
  /** The figure could not be read: every run built from it is a gap, never a number. */
  unreadable?: Unreadable;
}

function fromFigure(label: string, fig: Figure | CountFigure): Operand {
  const why = "unreadable" in fig ? fig.unreadable : undefined;
  return { label, value: fig.value, cells: fig.cells, ...(why ? { unreadable: why } : {}) };
}

export function operand(label: string, fig: Figure | CountFigure | undefined): Operand | undefined {
  return fig ? fromFigure(label, fig) : undefined;
}

/** A figure the tables leave out (a row not printed) is 0; the source says so. */
export function operandOrZero(label: string, fig: Figure | undefined): Operand {
  return fig ? fromFigure(label, fig) : { label: `${label}（表中未列示，按0计）`, value: ZERO, cells: [] };
}

/** The sum of operands; unreadable when any part is. */
export function sumOperands(label: string, parts: Operand[]): Operand {
  const why = parts.find((p) => p.unreadable)?.unreadable;
  return {
    label,
    value: sum(parts.map((p) => p.value)),
    cells: parts.flatMap((p) => p.cells),
    ...(why ? { unreadable: why } : {}),
  };
}

/** Why each kind of unreadable figure could not be read, and what the user does about it. */
const UNREADABLE_NEED: Record<Unreadable, string> = {
  uncalculated: "金额无法读取（公式没有计算结果）：请在 Excel 或 WPS 中打开并保存后再试",
  invalid: "金额无法读取（单元格不是有效金额）：请核对该单元格后重新生成",
};

export type Dir = "up" | "down" | "flat";

/** Slots for a comparison: dir up/down/flat, or "missing" when the base is unknown. */
export interface Comparison {
  dir: Dir | "missing";
  change: Run;
  rate: Run;
  /** The base amount as a figure run, or the gap. */
  base: Run;
}

/** Plain 元 figure for formulas: "112,078,856.26". */
function yuanText(v: Dec): string {
  return formatFixed(v, 2, true);
}

function pctText(ratio: Dec): string {
  return `${formatFixed(ratio.times(HUNDRED), 4, false)}%`;
}

function sources(...ops: Operand[]): FigureSource[] {
  return ops.map((o) => ({ label: o.label, value: o.value.toString(), cells: o.cells }));
}

const GAP_SECTIONS: Record<string, string> = {
  reason: "主要原因",
  priorYear: "上年数",
  budget: "年初预算数",
  count: "数量",
  text: "文字说明",
  amount: "金额",
  purpose: "主要用途",
  year: "基本信息",
};

export type GapKind = keyof typeof GAP_SECTIONS;

export class Ctx {
  readonly warnings: NarrativeWarning[] = [];
  private readonly seen = new Set<string>();
  readonly year: number | null;
  readonly yearLabel: string;

  constructor(
    readonly accounts: FinalAccounts,
    readonly settings: NarrativeSettings,
    readonly profile: RegionProfile,
  ) {
    this.year = settings.year ?? accounts.year;
    this.yearLabel = settings.yearLabel ?? (this.year !== null ? `${this.year}年度` : "本年度");
    if (this.year === null && settings.yearLabel === undefined) {
      this.warn(
        "missing-year",
        "未识别到决算年度：请在表头标明年度（如“2023年度”）或在设置中指定年度。",
        "year",
      );
    }
  }

  /** The department as the text names it (settings override the tables). */
  get department(): string {
    return this.settings.department ?? this.accounts.department ?? "";
  }

  /** "2023年度" for the year before, or "上年度" when the year is unknown. */
  get priorLabel(): string {
    return this.year !== null ? `${this.year - 1}年度` : "上年度";
  }

  /** "2023" for "比2023年年初预算"; "本" when the year is unknown ("比本年年初预算"). */
  get yearNumber(): string {
    return this.year !== null ? String(this.year) : "本";
  }

  warn(code: string, message: string, key?: string, cells?: string[]): void {
    const id = `${code}|${key ?? message}`;
    if (this.seen.has(id)) return;
    this.seen.add(id);
    this.warnings.push({ code, message, ...(key !== undefined ? { key } : {}), ...(cells ? { cells } : {}) });
  }

  // ---- the profile's templates and table set --------------------------------------------------

  private family<T>(t: T | undefined, name: string): T {
    if (!t) throw new Error(`口径“${this.profile.id}”缺少模板“${name}”`);
    return t;
  }

  get t2(): Part2Templates {
    return this.family(this.profile.templates.part2, "part2");
  }

  get t3(): Part3Templates {
    return this.family(this.profile.templates.part3, "part3");
  }

  get tsh(): ShanghaiTemplates {
    return this.family(this.profile.templates.shanghai, "shanghai");
  }

  /** Is the table part of this region's set (so its absence is worth a gap and a warning)? */
  expects(table: TableId): boolean {
    return this.profile.tables.includes(table);
  }

  /** The table's name as this region prints it: the specs' standard name unless the profile names a variant. */
  tableName(table: TableId): string {
    return this.profile.tableNames?.[table] ?? TABLE_NAMES[table];
  }

  /**
   * A table the section needs is missing: a visible gap and a warning when the region's set has
   * it, or null (the section says nothing) when the region does not print that table.
   */
  missingTable(table: TableId): GapRun | null {
    const name = this.tableName(table);
    if (!this.expects(table)) return null;
    const need = `工作簿中未识别到${name}：请检查该表的标题，或补上该表后重新生成。`;
    this.warn("missing-table", `未识别到${name}：相关段落以待填写标出，请检查工作簿是否包含该表及其标题。`, `table:${table}`);
    return { kind: "gap", text: `【待填写：${name}的数据】`, need, key: `table:${table}` };
  }

  // ---- figures -------------------------------------------------------------------------------

  amountText(yuan: Dec): string {
    const unit = this.settings.amountUnit;
    if (yuan.isZero()) return this.settings.zeroAmount.replace("{unit}", UNIT_LABEL[unit]);
    const n = fromYuan(yuan, unit);
    if (this.settings.thousands)
      return formatAmount(yuan, { unit, decimals: this.settings.amountDecimals });
    return `${formatFixed(n, this.settings.amountDecimals, false)}${UNIT_LABEL[unit]}`;
  }

  percentText(ratio: Dec): string {
    const zero = this.settings.zeroPercent;
    if (zero !== null && ratio.times(HUNDRED).abs().lt(new Dec(5).div(new Dec(10).pow(this.settings.percentDecimals + 1))))
      return zero;
    return formatPercent(ratio, {
      decimals: this.settings.percentDecimals,
      bareWhole: this.settings.bareWhole,
    });
  }

  /**
   * The gap for a run that needs an unreadable operand, or null when every operand was read.
   * `label` names what the run would have shown (the amount, or the ratio built from it).
   */
  unreadableGap(label: string, ...ops: Operand[]): GapRun | null {
    const bad = ops.find((o) => o.unreadable);
    if (!bad?.unreadable) return null;
    const cells = ops.filter((o) => o.unreadable).flatMap((o) => o.cells);
    const need = `${UNREADABLE_NEED[bad.unreadable]}（${bad.label}${cells.length ? `，${cells.slice(0, 3).join("、")}${cells.length > 3 ? " 等" : ""}` : ""}）。`;
    const key = `unreadable:${cells[0] ?? bad.label}`;
    this.warn("unreadable-amount", need, key, cells);
    return { kind: "gap", text: `【待填写：${label}】`, need, key };
  }

  private unitNote(): string {
    return this.settings.amountUnit === "wanYuan" ? "，÷ 10000 换算为万元" : "";
  }

  amount(o: Operand): FigureRun | GapRun {
    const gap = this.unreadableGap(o.label, o);
    if (gap) return gap;
    const text = this.amountText(o.value);
    return {
      kind: "figure",
      text,
      computation: "amount",
      formula: `${o.label} = ${yuanText(o.value)}元${this.unitNote()}`,
      sources: sources(o),
    };
  }

  /** |current − base|: the direction word carries the sign. */
  change(cur: Operand, base: Operand): FigureRun | GapRun {
    const gap = this.unreadableGap(`${cur.label}的增减额`, cur, base);
    if (gap) return gap;
    const d = changeOf(cur.value, base.value);
    return {
      kind: "figure",
      text: this.amountText(d.abs()),
      computation: "change",
      formula: `${cur.label} ${yuanText(cur.value)} − ${base.label} ${yuanText(base.value)} = ${yuanText(d)}元${this.unitNote()}`,
      sources: sources(cur, base),
    };
  }

  /** |growth rate|, from exact amounts, rounded once. A zero base with a positive amount is 100%. */
  rate(cur: Operand, base: Operand): FigureRun | GapRun {
    const gap = this.unreadableGap(`${cur.label}的增减幅度`, cur, base);
    if (gap) return gap;
    const r = growthRate(cur.value, base.value);
    const formula = base.value.isZero()
      ? `${base.label}为0，${cur.label} ${yuanText(cur.value)}：按新增项目计为100%`
      : `(${cur.label} ${yuanText(cur.value)} − ${base.label} ${yuanText(base.value)}) ÷ ${yuanText(base.value.abs())} = ${pctText(r)}，四舍五入`;
    return {
      kind: "figure",
      text: this.percentText(r.abs()),
      computation: "growthRate",
      formula,
      sources: sources(cur, base),
    };
  }

  /** part ÷ total; a zero total gives 0% with the reason in the formula. */
  share(part: Operand, total: Operand): FigureRun | GapRun {
    const gap = this.unreadableGap(`${part.label}的占比`, part, total);
    if (gap) return gap;
    const s = share(part.value, total.value);
    const formula =
      s === null
        ? `${total.label}为0，占比按0计`
        : `${part.label} ${yuanText(part.value)} ÷ ${total.label} ${yuanText(total.value)} = ${pctText(s)}，四舍五入`;
    return {
      kind: "figure",
      text: this.percentText(s ?? ZERO),
      computation: "share",
      formula,
      sources: sources(part, total),
    };
  }

  /** actual ÷ budget (完成年初预算的R%); null when the budget is 0. */
  completion(actual: Operand, budget: Operand): FigureRun | GapRun | null {
    const gap = this.unreadableGap(`${actual.label}的预算完成率`, actual, budget);
    if (gap) return gap;
    const r = executionRate(actual.value, budget.value);
    if (r === null) return null;
    return {
      kind: "figure",
      text: this.percentText(r),
      computation: "executionRate",
      formula: `${actual.label} ${yuanText(actual.value)} ÷ ${budget.label} ${yuanText(budget.value)} = ${pctText(r)}，四舍五入`,
      sources: sources(actual, budget),
    };
  }

  /** amount ÷ count to the fen (车均、人均). A zero count with a zero amount is 0. */
  perUnit(amount: Operand, count: Operand): FigureRun | GapRun {
    const gap = this.unreadableGap(amount.label, amount, count);
    if (gap) return gap;
    const v = perUnit(amount.value, count.value);
    const formula =
      v === null
        ? `${count.label}为0，按0计`
        : `${amount.label} ${yuanText(amount.value)} ÷ ${count.label} ${count.value.toString()} = ${yuanText(v)}元（四舍五入到分）${this.unitNote()}`;
    if (v === null && !amount.value.isZero()) {
      this.warn(
        "inconsistent-count",
        `${amount.label}为${yuanText(amount.value)}元，但${count.label}为0：请核对补充信息表中的数量。`,
        undefined,
        [...amount.cells, ...count.cells],
      );
    }
    return {
      kind: "figure",
      text: this.amountText(v ?? ZERO),
      computation: "perUnit",
      formula,
      sources: sources(amount, count),
    };
  }

  count(o: Operand): FigureRun | GapRun {
    const gap = this.unreadableGap(o.label, o);
    if (gap) return gap;
    return {
      kind: "figure",
      text: o.value.toString(),
      computation: "count",
      formula: `${o.label} = ${o.value.toString()}`,
      sources: sources(o),
    };
  }

  /** A figure that is a sum of operands (e.g. 财政拨款收入 = 一般公共预算 + 政府性基金 + 国有资本经营). */
  sumAmount(total: Operand, parts: Operand[]): FigureRun | GapRun {
    const gap = this.unreadableGap(total.label, total, ...parts);
    if (gap) return gap;
    const run = this.amount(total);
    if (run.kind === "figure" && parts.length >= 1 && !(parts.length === 1 && parts[0].label === total.label)) {
      run.formula = `${total.label} = ${parts.map((p) => `${p.label} ${yuanText(p.value)}`).join(" + ")} = ${yuanText(total.value)}元${this.unitNote()}`;
      run.sources = sources(...parts);
    }
    return run;
  }

  // ---- comparisons ---------------------------------------------------------------------------

  compare(cur: Operand, base: Operand | undefined, missing: () => GapRun): Comparison {
    if (!base) {
      const g = missing();
      return { dir: "missing", change: g, rate: g, base: g };
    }
    const gap = this.unreadableGap(`${cur.label}的增减情况`, cur, base);
    if (gap) return { dir: "missing", change: gap, rate: gap, base: this.amount(base) };
    return {
      dir: direction(cur.value, base.value),
      change: this.change(cur, base),
      rate: this.rate(cur, base),
      base: this.amount(base),
    };
  }

  // ---- gaps and user text --------------------------------------------------------------------

  /**
   * A visible gap 【待填写：label】 and a warning naming the supplementary-sheet part and key.
   * `what` describes the line in Chinese, e.g. "“科学技术管理事务”（款）决算数与年初预算数的差异".
   */
  gap(kind: GapKind, key: string, label: string, what: string): GapRun {
    const part = GAP_SECTIONS[kind];
    const need = `${what}：请在补充信息表“${part}”部分填写（键：${key}）。`;
    this.warn(`missing-${kind}`, `缺少${label}——${need}`, key);
    return { kind: "gap", text: `【待填写：${label}】`, need, key };
  }

  user(t: UserText): UserTextRun {
    return { kind: "userText", text: t.text, cells: t.cells };
  }

  /** A user's reason with its final 。；; trimmed, so the template's own punctuation closes it. */
  reasonRun(key: string): UserTextRun | null {
    const r = this.accounts.supplement.reasons[key];
    if (!r || !r.text.trim()) return null;
    return { kind: "userText", text: r.text.trim().replace(/[。；;.，,\s]+$/u, ""), cells: r.cells };
  }

  /** Reason for a line that differs from its base: the user's words, or a gap when required. */
  reason(key: string, required: boolean, what: string): Run | null {
    const r = this.reasonRun(key);
    if (r) return r;
    return required ? this.gap("reason", key, "主要原因", what) : null;
  }

  unitLabel(): string {
    return UNIT_LABEL[this.settings.amountUnit];
  }

  /** The amount of a Dec in the text unit, unrounded (for tests and grids). */
  inTextUnit(yuan: Dec): Dec {
    return fromYuan(yuan, this.settings.amountUnit);
  }
}
