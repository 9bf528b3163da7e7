/**
 * The proofreading rules as data: id, severity, a Chinese description and an evaluator over the bound
 * text. Value rules compare each claim with the tables at the precision the text states; format rules
 * look at how numbers are written; coverage rules look at what the text leaves out or does not add up.
 */
import {
  Dec,
  ZERO,
  direction as directionOf,
  formatAmount,
  formatFixed,
  formatPercent,
  fromYuan,
  groupThousands,
  growthRate,
  ratioToPercent,
  roundHalfUp,
  type Unit,
} from "../core";
import type { FinalAccounts, Figure } from "../tables/model";
import type { BoundText } from "./bind";
import type { Claim, ItemFigures, NumberToken, ProofFinding, ProofRuleId, Relation, ResolvedProofSettings } from "./model";
import { isMoneyLike } from "./extract";
import type { ItemRegistry } from "./vocabulary";

export interface RuleInput {
  bound: BoundText;
  reg: ItemRegistry;
  accounts: FinalAccounts;
  settings: ResolvedProofSettings;
}

export type Severity = ProofFinding["severity"];

export interface ProofRule {
  id: ProofRuleId;
  severity: Severity;
  /** What the rule checks, in Chinese. */
  describe: string;
  /** Findings of the "value" group are kept one per number, in the order of this list. */
  group: "value" | "direction" | "format" | "coverage";
  evaluate(input: RuleInput): ProofFinding[];
}

// ---------------------------------------------------------------------------------------------
// Helpers

const yuanLike = (u: NumberToken["unitKind"]): u is Unit => u === "yuan" || u === "wanYuan";

/** The unit a money claim is written in (the profile's when the text gives none). */
function claimUnit(t: NumberToken, s: ResolvedProofSettings): Unit {
  return yuanLike(t.unitKind) ? t.unitKind : s.amountUnit;
}

/** The claim's value in 元. */
function claimYuan(t: NumberToken, s: ResolvedProofSettings): Dec {
  return claimUnit(t, s) === "wanYuan" ? t.value.times(10000) : t.value;
}

/** True when `yuan`, written in `unit` at the claim's decimals, gives the claim's number. */
function amountAgrees(t: NumberToken, yuan: Dec, unit: Unit): boolean {
  // "0元" means an exact zero, never a small amount rounded away.
  if (t.value.isZero() && t.decimals === 0 && !yuan.isZero()) return false;
  return roundHalfUp(fromYuan(yuan.abs(), unit), t.decimals).eq(t.value);
}

function percentAgrees(t: NumberToken, ratio: Dec): boolean {
  return ratioToPercent(ratio.abs(), t.decimals).eq(t.value);
}

function showAmount(yuan: Dec, t: NumberToken, s: ResolvedProofSettings, unit = claimUnit(t, s)): string {
  const decimals = unit === s.amountUnit ? Math.max(s.amountDecimals, t.decimals) : t.decimals;
  return formatAmount(yuan.abs(), { unit, decimals });
}

function showPercent(ratio: Dec, t: NumberToken): string {
  return formatPercent(ratio.abs(), { decimals: t.decimals, bareWhole: false });
}

const plain = (d: Dec) => formatFixed(d, 2, true);

function finding(
  rule: ProofRule | ProofRuleId,
  b: BoundText,
  at: { offset: number; end: number },
  message: string,
  extra: { expected?: string; actual?: string; cells?: string[] } = {},
): ProofFinding {
  const r = typeof rule === "string" ? RULE_BY_ID[rule] : rule;
  const s = b.sentences.find((x) => at.offset >= x.offset && at.offset < x.end);
  const f: ProofFinding = {
    rule: r.id,
    severity: r.severity,
    message,
    cells: [...new Set(extra.cells ?? [])],
    sentence: s?.text ?? b.text.slice(at.offset, at.end),
    excerpt: b.text.slice(at.offset, at.end),
    offset: at.offset,
    length: at.end - at.offset,
  };
  if (extra.expected !== undefined) f.expected = extra.expected;
  if (extra.actual !== undefined) f.actual = extra.actual;
  return f;
}

const cellsOf = (...figs: (Figure | { cells: string[] } | undefined)[]) => figs.flatMap((f) => f?.cells ?? []);

const RELATION_LABEL: Record<Relation, string> = { priorYear: "上年", initialBudget: "年初预算" };

/** The base a change/rate/base claim compares with. */
function baseOf(item: ItemFigures, c: Claim, b: BoundText): { fig: Figure; relation: Relation } | undefined {
  let rel = c.relation;
  if (!rel) {
    const siblings = b.claims.filter((x) => x.sentence === c.sentence && x.item === c.item);
    if (siblings.some((x) => x.role === "budget")) rel = "initialBudget";
  }
  if (!rel) rel = item.budget && !item.priorYear ? "initialBudget" : item.priorYear && !item.budget ? "priorYear" : undefined;
  if (!rel) return undefined;
  const fig = rel === "priorYear" ? item.priorYear : item.budget;
  return fig ? { fig, relation: rel } : undefined;
}

const SHARE_TOTAL_ITEM: Record<string, string> = {
  incomeTotal: "incomeTotal",
  expenditureTotal: "expenditureTotal",
  appropriationExpenditure: "generalBudgetExpenditure",
  procurementTotal: "procurement:total",
};

interface Expectation {
  /** Amount in 元, ratio, or count. */
  value: Dec;
  kind: "amount" | "ratio" | "count";
  cells: string[];
  /** Chinese account of how the value was obtained. */
  how: string;
  current?: Dec;
  base?: Dec;
  relation?: Relation;
}

/** What the tables say a claim should be; undefined when the item or a figure is unknown. */
export function expectationOf(c: Claim, input: RuleInput): Expectation | undefined {
  const item = c.item ? input.reg.items.get(c.item) : undefined;
  if (!item) return undefined;
  const a = item.actual;
  switch (c.role) {
    case "value":
    case "perUnit":
      return a && { value: a.value, kind: "amount", cells: a.cells, how: `${item.label}决算数` };
    case "budget":
      return item.budget && { value: item.budget.value, kind: "amount", cells: item.budget.cells, how: `${item.label}年初预算数` };
    case "base": {
      const base = baseOf(item, c, input.bound);
      return base && { value: base.fig.value, kind: "amount", cells: base.fig.cells, how: `${item.label}${RELATION_LABEL[base.relation]}数`, relation: base.relation };
    }
    case "change":
    case "rate": {
      const base = baseOf(item, c, input.bound);
      if (!a || !base) return undefined;
      const value = c.role === "change" ? a.value.minus(base.fig.value) : growthRate(a.value, base.fig.value);
      const how =
        c.role === "change"
          ? `${plain(a.value)} − ${plain(base.fig.value)}`
          : `(${plain(a.value)} − ${plain(base.fig.value)}) ÷ ${plain(base.fig.value.abs())}`;
      return {
        value,
        kind: c.role === "change" ? "amount" : "ratio",
        cells: cellsOf(a, base.fig),
        how,
        current: a.value,
        base: base.fig.value,
        relation: base.relation,
      };
    }
    case "share": {
      const totalItem = c.shareTotal ? input.reg.items.get(SHARE_TOTAL_ITEM[c.shareTotal]) : undefined;
      const t = totalItem?.actual;
      if (!a || !t || t.value.isZero()) return undefined;
      return { value: a.value.div(t.value), kind: "ratio", cells: cellsOf(a, t), how: `${plain(a.value)} ÷ ${plain(t.value)}` };
    }
    case "execution": {
      const bud = item.budget;
      if (!a || !bud || bud.value.isZero()) return undefined;
      return { value: a.value.div(bud.value), kind: "ratio", cells: cellsOf(a, bud), how: `${plain(a.value)} ÷ ${plain(bud.value)}` };
    }
    case "count":
      return item.count && { value: item.count.value, kind: "count", cells: item.count.cells, how: item.label };
    default:
      return undefined;
  }
}

/** Amount claims whose number fits the table once written in the other unit (元 ↔ 万元). */
function unitSwapped(c: Claim, e: Expectation, s: ResolvedProofSettings): Unit | undefined {
  if (e.kind !== "amount") return undefined;
  const unit = claimUnit(c.token, s);
  const other: Unit = unit === "yuan" ? "wanYuan" : "yuan";
  if (amountAgrees(c.token, e.value, unit)) return undefined;
  if (e.value.isZero()) return undefined;
  return amountAgrees(c.token, e.value, other) ? other : undefined;
}

function claimRule(
  id: ProofRuleId,
  severity: Severity,
  describe: string,
  roles: Claim["role"][],
  message: (c: Claim, e: Expectation, input: RuleInput, label: string) => { message: string; expected: string } | undefined,
): ProofRule {
  return {
    id,
    severity,
    describe,
    group: "value",
    evaluate(input) {
      const out: ProofFinding[] = [];
      for (const c of input.bound.claims) {
        if (!roles.includes(c.role) || !c.item) continue;
        const e = expectationOf(c, input);
        if (!e) continue;
        const label = input.reg.items.get(c.item)?.label ?? c.item;
        const m = message(c, e, input, label);
        if (m) out.push(finding(id, input.bound, c.token, m.message, { expected: m.expected, actual: c.token.text, cells: e.cells }));
      }
      return out;
    },
  };
}

const ROLE_NAME: Partial<Record<Claim["role"], string>> = { value: "决算数", budget: "年初预算数", perUnit: "金额" };

// ---------------------------------------------------------------------------------------------
// Rules

const unitMismatch = claimRule(
  "proof.unit-mismatch",
  "error",
  "金额单位与表中数字不符（如把万元写成元）",
  ["value", "budget", "base", "change", "perUnit"],
  (c, e, input, label) => {
    const alts = c.role === "value" ? (input.reg.items.get(c.item!)?.alternatives ?? []) : [];
    if (alts.some((a) => amountAgrees(c.token, a.value, claimUnit(c.token, input.settings)))) return undefined;
    const other = unitSwapped(c, e, input.settings);
    if (!other) return undefined;
    const unit = claimUnit(c.token, input.settings);
    const expected = showAmount(e.value, c.token, input.settings, unit);
    return {
      message: `“${label}”的金额单位有误：文中写“${c.token.text}”，按表应为${expected}（数字相当于${other === "wanYuan" ? "万元" : "元"}）。`,
      expected,
    };
  },
);

const amountMismatch = claimRule(
  "proof.amount-mismatch",
  "error",
  "金额与表中数字不符（按文中小数位数比较）",
  ["value", "budget", "base"],
  (c, e, input, label) => {
    if (!(yuanLike(c.token.unitKind) || isMoneyLike(c.token))) return undefined;
    const unit = claimUnit(c.token, input.settings);
    if (amountAgrees(c.token, e.value, unit)) return undefined;
    const alts = c.role === "value" ? (input.reg.items.get(c.item!)?.alternatives ?? []) : [];
    if (alts.some((a) => amountAgrees(c.token, a.value, unit))) return undefined;
    const expected = showAmount(e.value, c.token, input.settings);
    const what = c.role === "base" ? `${RELATION_LABEL[e.relation ?? "priorYear"]}数` : (ROLE_NAME[c.role] ?? "金额");
    return { message: `“${label}”${what}应为${expected}，文中为“${c.token.text}”。`, expected };
  },
);

const changeMismatch = claimRule(
  "proof.change-mismatch",
  "error",
  "增减额不等于本年数与比较基数之差",
  ["change"],
  (c, e, input, label) => {
    if (amountAgrees(c.token, e.value, claimUnit(c.token, input.settings))) return undefined;
    const expected = e.value.isZero() ? "无增减（持平）" : showAmount(e.value, c.token, input.settings);
    return {
      message: `“${label}”比${RELATION_LABEL[e.relation ?? "priorYear"]}的增减额应为${expected}（${e.how}），文中为“${c.token.text}”。`,
      expected,
    };
  },
);

const rateMismatch = claimRule(
  "proof.rate-mismatch",
  "error",
  "增长率按表中金额重算不符（按文中小数位数四舍五入）",
  ["rate"],
  (c, e, _input, label) => {
    if (c.token.unitKind !== "percent" || percentAgrees(c.token, e.value)) return undefined;
    const expected = showPercent(e.value, c.token);
    return { message: `“${label}”比${RELATION_LABEL[e.relation ?? "priorYear"]}的增减幅度应为${expected}（${e.how}），文中为“${c.token.text}”。`, expected };
  },
);

const shareMismatch = claimRule("proof.share-mismatch", "error", "占比按表中金额重算不符", ["share"], (c, e, _input, label) => {
  if (c.token.unitKind !== "percent" || percentAgrees(c.token, e.value)) return undefined;
  const expected = showPercent(e.value, c.token);
  return { message: `“${label}”的占比应为${expected}（${e.how}），文中为“${c.token.text}”。`, expected };
});

const executionMismatch = claimRule(
  "proof.execution-mismatch",
  "error",
  "预算完成率（执行率）按表中金额重算不符",
  ["execution"],
  (c, e, _input, label) => {
    if (c.token.unitKind !== "percent" || percentAgrees(c.token, e.value)) return undefined;
    const expected = showPercent(e.value, c.token);
    return { message: `“${label}”完成年初预算的比例应为${expected}（${e.how}），文中为“${c.token.text}”。`, expected };
  },
);

const perUnitMismatch = claimRule("proof.per-unit-mismatch", "error", "车均、人均费用按表重算不符（到分）", ["perUnit"], (c, e, input, label) => {
  const per = roundHalfUp(e.value, 2);
  if (amountAgrees(c.token, per, claimUnit(c.token, input.settings))) return undefined;
  const expected = showAmount(per, c.token, input.settings);
  return { message: `“${label}”应为${expected}，文中为“${c.token.text}”。`, expected };
});

const countMismatch = claimRule("proof.count-mismatch", "error", "数量（辆、人次、批次、个）与补充信息不符", ["count"], (c, e, _input, label) => {
  if (e.value.eq(c.token.value)) return undefined;
  const expected = `${e.value.toString()}${c.token.unitText}`;
  return { message: `“${label}”应为${expected}，文中为“${c.token.text}”。`, expected };
});

/** Stated figures of the sentence: value, base/budget for the claim's item. */
function stated(c: Claim, b: BoundText, role: Claim["role"]): Claim | undefined {
  return b.claims.find((x) => x.sentence === c.sentence && x.role === role && x.item === c.item && x.token.offset < c.token.offset);
}

const changeTooLarge: ProofRule = {
  id: "proof.change-too-large",
  severity: "error",
  describe: "增减额超出本身可能的范围（增加额大于本年数，或减少额大于基数）",
  group: "value",
  evaluate(input) {
    const out: ProofFinding[] = [];
    const b = input.bound;
    for (const c of b.claims) {
      if (c.role !== "change" || !c.direction) continue;
      const ch = claimYuan(c.token, input.settings);
      if (c.direction === "up") {
        const v = b.claims.find((x) => x.sentence === c.sentence && x.role === "value" && x.token.offset < c.token.offset && (!c.item || x.item === c.item));
        if (!v) continue;
        const cur = claimYuan(v.token, input.settings);
        if (!cur.isNeg() && ch.gt(cur)) {
          out.push(
            finding("proof.change-too-large", b, c.token, `增加额“${c.token.text}”大于本年数“${v.token.text}”，不可能成立（除非基数为负）。`, {
              expected: `不超过${v.token.text}`,
              actual: c.token.text,
            }),
          );
        }
      } else {
        const base = b.claims.find((x) => x.sentence === c.sentence && (x.role === "base" || x.role === "budget") && x.token.offset < c.token.offset && (!c.item || x.item === c.item));
        if (!base) continue;
        const bv = claimYuan(base.token, input.settings);
        if (!bv.isNeg() && ch.gt(bv)) {
          out.push(
            finding("proof.change-too-large", b, c.token, `减少额“${c.token.text}”大于比较基数“${base.token.text}”，不可能成立。`, {
              expected: `不超过${base.token.text}`,
              actual: c.token.text,
            }),
          );
        }
      }
    }
    return out;
  },
};

/** Change stated against figures stated in the same sentence, when the tables give no base. */
const statedChange: ProofRule = {
  id: "proof.change-mismatch",
  severity: "error",
  describe: "增减额不等于文中所列本年数与基数之差",
  group: "value",
  evaluate(input) {
    const out: ProofFinding[] = [];
    const b = input.bound;
    for (const c of b.claims) {
      if (c.role !== "change") continue;
      if (c.item && expectationOf(c, input)) continue;
      const v = stated(c, b, "value");
      const base = stated(c, b, "base") ?? stated(c, b, "budget");
      if (!v || !base) continue;
      const diff = claimYuan(v.token, input.settings).minus(claimYuan(base.token, input.settings));
      if (amountAgrees(c.token, diff, claimUnit(c.token, input.settings))) continue;
      const expected = showAmount(diff, c.token, input.settings);
      out.push(
        finding("proof.change-mismatch", b, c.token, `增减额应为${expected}（文中${v.token.text} − ${base.token.text}），文中为“${c.token.text}”。`, {
          expected,
          actual: c.token.text,
        }),
      );
    }
    return out;
  },
};

const DIRECTION_TEXT = { up: { change: "增加", rate: "增长" }, down: { change: "减少", rate: "下降" } } as const;

const directionRule: ProofRule = {
  id: "proof.direction",
  severity: "error",
  describe: "增减方向用词（增加/减少、增长/下降、持平）与数字相反",
  group: "direction",
  evaluate(input) {
    const out: ProofFinding[] = [];
    const b = input.bound;
    for (const c of b.claims) {
      if ((c.role !== "change" && c.role !== "rate") || !c.direction) continue;
      let cur: Dec | undefined;
      let base: Dec | undefined;
      let cells: string[] = [];
      const e = c.item ? expectationOf(c, input) : undefined;
      if (e?.current && e.base) {
        cur = e.current;
        base = e.base;
        cells = e.cells;
      } else {
        const v = stated(c, b, "value");
        const bs = stated(c, b, "base") ?? stated(c, b, "budget");
        if (v && bs) {
          cur = claimYuan(v.token, input.settings);
          base = claimYuan(bs.token, input.settings);
        }
      }
      if (!cur || !base) continue;
      const dir = directionOf(cur, base);
      if (dir === c.direction) continue;
      const kind = c.role === "change" ? "change" : "rate";
      const word = DIRECTION_TEXT[c.direction][kind];
      const at = wordBefore(b, c.token.offset, word) ?? c.token;
      const expected = dir === "flat" ? "持平" : DIRECTION_TEXT[dir][kind];
      out.push(
        finding(directionRule, b, at, `方向用词有误：本年数${plain(cur)}${dir === "up" ? "大于" : dir === "down" ? "小于" : "等于"}基数${plain(base)}，应写“${expected}”，文中写“${word}”。`, {
          expected,
          actual: word,
          cells,
        }),
      );
    }
    // "持平" against figures that differ.
    for (const s of b.sentences) {
      const m = /(?:与|和)(上年|年初预算|预算数?)(?:数)?持平|决算数与预算数持平/.exec(s.text);
      const subject = b.subjects[s.index];
      if (!m || !subject) continue;
      const item = input.reg.items.get(subject);
      const base = m[1] === "上年" ? item?.priorYear : item?.budget;
      if (!item?.actual || !base || item.actual.value.eq(base.value)) continue;
      const dir = directionOf(item.actual.value, base.value);
      const at = { offset: s.offset + m.index, end: s.offset + m.index + m[0].length };
      out.push(
        finding(directionRule, b, at, `“${item.label}”本年数${plain(item.actual.value)}与基数${plain(base.value)}不等，不能写“持平”。`, {
          expected: DIRECTION_TEXT[dir === "flat" ? "up" : dir].change,
          actual: "持平",
          cells: cellsOf(item.actual, base),
        }),
      );
    }
    return out;
  },
};

function wordBefore(b: BoundText, pos: number, word: string): { offset: number; end: number } | undefined {
  const at = b.text.lastIndexOf(word, pos);
  return at >= 0 && pos - at <= word.length + 2 ? { offset: at, end: at + word.length } : undefined;
}

const badGrouping: ProofRule = {
  id: "proof.bad-grouping",
  severity: "error",
  describe: "千分位分隔符错位或缺失（金额整数部分每三位一个逗号；百分数不加逗号）",
  group: "format",
  evaluate(input) {
    const out: ProofFinding[] = [];
    const b = input.bound;
    for (const t of b.tokens) {
      const [int, frac] = t.digits.split(".");
      const bare = int.replace(/,/g, "");
      const body = (g: string) => `${g}${frac !== undefined ? `.${frac}` : ""}${t.unitText}`;
      if (t.unitKind === "percent") {
        if (int.includes(",")) {
          out.push(finding(badGrouping, b, t, `百分数不加千分位分隔符：“${t.text}”应为“${body(bare)}”。`, { expected: body(bare), actual: t.text }));
        }
        continue;
      }
      if (!isMoneyLike(t)) continue;
      const ok = t.grouping === "ok" || t.grouping === "short" || (t.grouping === "none" && bare.length === 4 && t.decimals !== 2);
      if (ok) continue;
      const expected = body(groupThousands(bare));
      const what = t.grouping === "bad" ? "千分位分隔符位置错误" : "缺少千分位分隔符";
      out.push(finding(badGrouping, b, t, `${what}：“${t.text}”应为“${expected}”。`, { expected, actual: t.text }));
    }
    return out;
  },
};

const missingUnit: ProofRule = {
  id: "proof.missing-unit",
  severity: "warning",
  describe: "金额后缺少单位（元/万元）",
  group: "format",
  evaluate(input) {
    const b = input.bound;
    return b.claims
      .filter((c) => c.token.unitKind === "none" && isMoneyLike(c.token) && ["value", "change", "base", "budget", "perUnit"].includes(c.role))
      .map((c) => {
        const expected = `${c.token.digits}${input.settings.amountUnit === "wanYuan" ? "万元" : "元"}`;
        return finding(missingUnit, b, c.token, `金额“${c.token.text}”后缺少单位，应写“${expected}”。`, { expected, actual: c.token.text });
      });
  },
};

/** Template alternatives and placeholders that must never be published. */
const ONE_WORD = "应按实际增减只写一个词（增加/减少/持平）";
export const TEMPLATE_LEFTOVERS: { re: RegExp; what: string; fix: string }[] = [
  { re: /增加[（(]减少[）)]|减少[（(]增加[）)]/g, what: "增减二选一的模板字样", fix: ONE_WORD },
  { re: /增长[（(](?:下降|减少)[）)]|下降[（(]增长[）)]/g, what: "增长/下降二选一的模板字样", fix: "应按实际只写“增长”或“下降”" },
  { re: /增[（(]减[）)]|减[（(]增[）)]/g, what: "“增（减）”模板字样", fix: "应写“主要原因”或按实际写“主要增加原因/主要减少原因”" },
  { re: /[（(](?:款|类|项)[，,、][）)]/g, what: "科目级次标注中多余的标点", fix: "应写“（款）”“（类）”或“（项）”" },
  { re: /【待填写[^】]*】/g, what: "尚未填写的内容", fix: "请在补充信息表中填写后重新生成" },
  { re: /[Xx×＊*]{2,}(?=元|万元|%|人|辆|个)/g, what: "未替换的占位符", fix: "应换成实际数字" },
];

const templateLeftover: ProofRule = {
  id: "proof.template-leftover",
  severity: "error",
  describe: "模板残留：增加（减少）、增长（下降）、主要增（减）原因、（款，）、【待填写】等",
  group: "format",
  evaluate(input) {
    const b = input.bound;
    const out: ProofFinding[] = [];
    for (const { re, what, fix } of TEMPLATE_LEFTOVERS) {
      for (const m of b.text.matchAll(re)) {
        const at = { offset: m.index ?? 0, end: (m.index ?? 0) + m[0].length };
        out.push(finding(templateLeftover, b, at, `模板残留（${what}）：“${m[0]}”，${fix}。`, { actual: m[0] }));
      }
    }
    return out;
  },
};

const straySpace: ProofRule = {
  id: "proof.stray-space",
  severity: "warning",
  describe: "数字与单位或百分号之间有空格",
  group: "format",
  evaluate(input) {
    const b = input.bound;
    return b.tokens
      .filter((t) => t.space && t.unitText)
      .map((t) => {
        const expected = `${t.digits}${t.unitText}`;
        return finding(straySpace, b, t, `数字与“${t.unitText}”之间不应有空格：“${t.text}”应为“${expected}”。`, { expected, actual: t.text });
      });
  },
};

const decimals: ProofRule = {
  id: "proof.decimals",
  severity: "warning",
  describe: "小数位数与所选口径不一致（金额到分；百分数按口径保留小数）",
  group: "format",
  evaluate(input) {
    const b = input.bound;
    const s = input.settings;
    const out: ProofFinding[] = [];
    for (const c of b.claims) {
      if (!c.item) continue;
      const t = c.token;
      if (yuanLike(t.unitKind) && t.unitKind === s.amountUnit && ["value", "change", "base", "budget", "perUnit"].includes(c.role)) {
        if (t.value.isZero() || t.decimals === s.amountDecimals) continue;
        const expected = `${formatFixed(t.value, s.amountDecimals, true)}${t.unitText}`;
        out.push(finding(decimals, b, t, `金额应保留${s.amountDecimals}位小数：“${t.text}”应为“${expected}”。`, { expected, actual: t.text }));
      } else if (t.unitKind === "percent" && ["rate", "share", "execution"].includes(c.role)) {
        const e = expectationOf(c, input);
        if (!e) continue;
        const pct = ratioToPercent(e.value.abs(), s.percentDecimals);
        const wantBare = s.bareWhole && pct.isInteger();
        const wantDecimals = wantBare ? 0 : s.percentDecimals;
        if (t.decimals === wantDecimals) continue;
        // A coarser number that is wrong anyway is the value rules' business.
        if (t.decimals < wantDecimals && !ratioToPercent(e.value.abs(), t.decimals).eq(t.value)) continue;
        const expected = formatPercent(e.value.abs(), { decimals: s.percentDecimals, bareWhole: s.bareWhole });
        const rule = wantBare ? "整数百分比不写小数" : `百分数保留${s.percentDecimals}位小数`;
        out.push(finding(decimals, b, t, `${rule}：“${t.text}”应为“${expected}”。`, { expected, actual: t.text, cells: e.cells }));
      }
    }
    return out;
  },
};

/** The paragraphs from a heading to the next heading of the same or a higher level. */
function region(b: BoundText, title: RegExp): { from: number; to: number; text: string } | undefined {
  const i = b.paragraphs.findIndex((p) => p.heading !== null && title.test(p.text));
  if (i < 0) return undefined;
  const level = b.paragraphs[i].heading!;
  let j = i + 1;
  while (j < b.paragraphs.length && !(b.paragraphs[j].heading !== null && b.paragraphs[j].heading! <= level)) j++;
  const from = b.paragraphs[i].offset;
  const to = j < b.paragraphs.length ? b.paragraphs[j].offset : b.text.length;
  return { from, to, text: b.text.slice(from, to) };
}

const normalize = (s: string) => s.replace(/[“”"'‘’\s\u3000]/g, "").replace(/[（]/g, "(").replace(/[）]/g, ")");

const itemNotMentioned: ProofRule = {
  id: "proof.item-not-mentioned",
  severity: "error",
  describe: "表中有支出的功能分类科目（类、款）在说明中没有提到",
  group: "coverage",
  evaluate(input) {
    const b = input.bound;
    const rows = input.accounts.generalBudgetExpenditure?.rows ?? [];
    const out: ProofFinding[] = [];
    const spends = (code: string) => {
      const r = rows.find((x) => x.code === code);
      return !!r?.amounts.total && !r.amounts.total.value.isZero();
    };
    const regions: [RegExp, string, boolean][] = [
      [/一般公共预算财政拨款支出决算总体情况/, "一般公共预算财政拨款支出决算总体情况", false],
      [/一般公共预算财政拨款支出决算具体情况/, "一般公共预算财政拨款支出决算具体情况", true],
    ];
    for (const [title, name, withSections] of regions) {
      const r = region(b, title);
      if (!r) continue;
      const body = normalize(r.text);
      const has = (n: string) => body.includes(normalize(n));
      const explainsSections = rows.some((x) => x.level === "section" && has(x.name));
      const at = { offset: r.from, end: r.from + (b.text.slice(r.from).search(/[\r\n]/) + 1 || r.to - r.from) - 1 };
      for (const row of rows) {
        if (!spends(row.code)) continue;
        const amount = row.amounts.total!;
        if (row.level === "class" && !has(row.name)) {
          out.push(
            finding(itemNotMentioned, b, at, `“${name}”中没有提到${row.code} ${row.name}（类），表中该类支出${plain(amount.value)}元。`, {
              expected: `${row.code} ${row.name}`,
              actual: "未提及",
              cells: amount.cells,
            }),
          );
        } else if (withSections && explainsSections && row.level === "section") {
          const parent = rows.find((x) => x.code === row.code.slice(0, 3));
          if (parent && has(parent.name) && !has(row.name)) {
            out.push(
              finding(itemNotMentioned, b, at, `“${name}”中没有提到${row.code} ${row.name}（款），表中该款支出${plain(amount.value)}元。`, {
                expected: `${row.code} ${row.name}`,
                actual: "未提及",
                cells: amount.cells,
              }),
            );
          }
        }
      }
    }
    return out;
  },
};

/** Half of the last stated place, in 元: how far a rounded number may be from the exact one. */
function halfPlace(t: NumberToken, s: ResolvedProofSettings): Dec {
  if (t.value.isZero()) return ZERO; // "0元" is an exact zero
  const unit = claimUnit(t, s);
  return new Dec(5).times(new Dec(10).pow(-(t.decimals + 1))).times(unit === "wanYuan" ? 10000 : 1);
}

const partsSum: ProofRule = {
  id: "proof.parts-sum",
  severity: "error",
  describe: "文中各组成部分之和与所述合计不等",
  group: "coverage",
  evaluate(input) {
    const b = input.bound;
    const items = input.reg.items;
    const out: ProofFinding[] = [];
    const descendants = (id: string, acc = new Set<string>()): Set<string> => {
      for (const p of items.get(id)?.parts ?? []) if (!acc.has(p)) descendants(p, acc.add(p));
      return acc;
    };
    const values = b.claims.filter((c) => c.role === "value" && c.item && (yuanLike(c.token.unitKind) || isMoneyLike(c.token)));
    for (let i = 0; i < values.length; i++) {
      const w = values[i];
      const whole = items.get(w.item!);
      if (!whole?.parts?.length) continue;
      const desc = descendants(whole.id);
      const stated = new Map<string, Claim>();
      const wPara = b.sentences[w.sentence].paragraph;
      for (let j = i + 1; j < values.length; j++) {
        const c = values[j];
        const para = b.sentences[c.sentence].paragraph;
        const crossedHeading = b.paragraphs.slice(wPara + 1, para + 1).some((p) => p.heading !== null && p.heading <= 3);
        if (crossedHeading || c.item === whole.id || !desc.has(c.item!)) break;
        if (whole.parts.includes(c.item!) && !stated.has(c.item!)) stated.set(c.item!, c);
      }
      const missingAny = whole.parts.some((p) => !stated.has(p) && items.get(p)?.actual && !items.get(p)!.actual!.value.isZero());
      if (stated.size === 0 || (stated.size < 2 && missingAny)) continue;
      const parts = [...stated.values()];
      const sum = parts.reduce((s, c) => s.plus(claimYuan(c.token, input.settings)), ZERO);
      const wv = claimYuan(w.token, input.settings);
      // Rounding room only where the text had to round the table's figure.
      const room = (c: Claim) => {
        const a = items.get(c.item!)?.actual;
        if (!a) return halfPlace(c.token, input.settings);
        const inUnit = fromYuan(a.value, claimUnit(c.token, input.settings));
        return roundHalfUp(inUnit, c.token.decimals).eq(inUnit) ? ZERO : halfPlace(c.token, input.settings);
      };
      const tol = parts.reduce((s, c) => s.plus(room(c)), room(w));
      if (sum.minus(wv).abs().lte(tol)) continue;
      const missing = whole.parts.filter((p) => !stated.has(p) && items.get(p)?.actual && !items.get(p)!.actual!.value.isZero());
      if (sum.lt(wv) && missing.length > 0) continue;
      const unit = claimUnit(w.token, input.settings);
      const shown = formatAmount(sum, { unit, decimals: Math.max(2, w.token.decimals) });
      out.push(
        finding(partsSum, b, w.token, `“${whole.label}”文中为“${w.token.text}”，但其后所列${parts.length}项之和为${shown}，两者不等。`, {
          expected: shown,
          actual: w.token.text,
          cells: cellsOf(whole.actual, ...parts.map((c) => items.get(c.item!)?.actual)),
        }),
      );
    }
    return out;
  },
};

/** Every rule, in priority order (value rules: the first finding on a number wins). */
export const RULES: ProofRule[] = [
  unitMismatch,
  amountMismatch,
  changeMismatch,
  statedChange,
  rateMismatch,
  shareMismatch,
  executionMismatch,
  perUnitMismatch,
  countMismatch,
  changeTooLarge,
  directionRule,
  badGrouping,
  missingUnit,
  templateLeftover,
  straySpace,
  decimals,
  itemNotMentioned,
  partsSum,
];

const RULE_BY_ID = Object.fromEntries([...RULES].reverse().map((r) => [r.id, r])) as Record<ProofRuleId, ProofRule>;

/** One line per rule id (the change rule appears once). */
export function ruleCatalog(): { id: ProofRuleId; severity: Severity; describe: string }[] {
  const seen = new Set<string>();
  return RULES.filter((r) => !seen.has(r.id) && seen.add(r.id)).map(({ id, severity, describe }) => ({ id, severity, describe }));
}
