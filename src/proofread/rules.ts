/**
 * Value and direction rules: each claim against the tables (or the figures the text states nearby) at
 * the precision the text writes. The full rule list is RULES; format rules are in rules-format.ts and
 * coverage rules in rules-coverage.ts.
 */
import { Dec, direction as directionOf, roundHalfUp, type Unit } from "../core";
import type { Claim, ProofFinding, ProofRuleId } from "./model";
import { isMoneyLike } from "./extract";
import {
  RELATION_LABEL,
  amountAgrees,
  claimUnit,
  claimYuan,
  expectationOf,
  percentAgrees,
  plain,
  showAmount,
  showPercent,
  statedBefore,
  yuanLike,
  zeroBaseOf,
  type Expectation,
} from "./expect";
import { report, type ProofRule, type RuleInput, type Severity } from "./rule-kit";
import { FORMAT_RULES } from "./rules-format";
import { COVERAGE_RULES } from "./rules-coverage";

export type { RuleInput, ProofRule, Severity } from "./rule-kit";
export { expectationOf } from "./expect";

/** Amount claims whose number fits the table once written in the other unit (元 ↔ 万元). */
function unitSwapped(c: Claim, e: Expectation, input: RuleInput): Unit | undefined {
  if (e.kind !== "amount") return undefined;
  const unit = claimUnit(c.token, input.settings);
  const other: Unit = unit === "yuan" ? "wanYuan" : "yuan";
  if (amountAgrees(c.token, e.value, unit)) return undefined;
  if (e.value.isZero()) return undefined;
  return amountAgrees(c.token, e.value, other) ? other : undefined;
}

type Check = (c: Claim, e: Expectation, input: RuleInput, label: string) => { key: string; vars: Record<string, string>; expected: string } | undefined;

function claimRule(id: ProofRuleId, severity: Severity, describe: string, messages: Record<string, string>, roles: Claim["role"][], check: Check): ProofRule {
  const rule: ProofRule = {
    id,
    severity,
    describe,
    messages,
    group: "value",
    evaluate(input) {
      const out: ProofFinding[] = [];
      for (const c of input.bound.claims) {
        if (!roles.includes(c.role) || !c.item) continue;
        const e = expectationOf(c, input);
        if (!e) continue;
        const label = input.reg.items.get(c.item)?.label ?? c.item;
        const m = check(c, e, input, label);
        if (m) out.push(report(rule, input.bound, c.token, m.key, { label, actual: c.token.text, how: e.how, ...m.vars, expected: m.expected }, { expected: m.expected, actual: c.token.text, cells: e.cells }));
      }
      return out;
    },
  };
  return rule;
}

const ROLE_NAME: Partial<Record<Claim["role"], string>> = { value: "决算数", budget: "年初预算数", perUnit: "金额" };
const alternativesFit = (c: Claim, input: RuleInput, unit: Unit) =>
  c.role === "value" && (input.reg.items.get(c.item!)?.alternatives ?? []).some((a) => amountAgrees(c.token, a.value, unit));

const unitMismatch = claimRule(
  "proof.unit-mismatch",
  "error",
  "金额单位与表中数字不符（如把万元写成元）",
  { swapped: "“{label}”的金额单位有误：文中写“{actual}”，按表应为{expected}（数字相当于{other}）。" },
  ["value", "budget", "base", "change", "perUnit"],
  (c, e, input) => {
    if (alternativesFit(c, input, claimUnit(c.token, input.settings))) return undefined;
    const other = unitSwapped(c, e, input);
    if (!other) return undefined;
    return { key: "swapped", vars: { other: other === "wanYuan" ? "万元" : "元" }, expected: showAmount(e.value, c.token, input.settings) };
  },
);

const amountMismatch = claimRule(
  "proof.amount-mismatch",
  "error",
  "金额与表中数字不符（按文中小数位数比较）",
  { mismatch: "“{label}”{what}应为{expected}，文中为“{actual}”。" },
  ["value", "budget", "base"],
  (c, e, input) => {
    if (!(yuanLike(c.token.unitKind) || isMoneyLike(c.token))) return undefined;
    const unit = claimUnit(c.token, input.settings);
    if (amountAgrees(c.token, e.value, unit) || alternativesFit(c, input, unit)) return undefined;
    const what = c.role === "base" ? `${RELATION_LABEL[e.relation ?? "priorYear"]}数` : (ROLE_NAME[c.role] ?? "金额");
    return { key: "mismatch", vars: { what }, expected: showAmount(e.value, c.token, input.settings) };
  },
);

const changeMismatch = claimRule(
  "proof.change-mismatch",
  "error",
  "增减额不等于本年数与比较基数之差",
  { mismatch: "“{label}”比{relation}的增减额应为{expected}（{how}），文中为“{actual}”。" },
  ["change"],
  (c, e, input) => {
    if (amountAgrees(c.token, e.value, claimUnit(c.token, input.settings))) return undefined;
    const expected = e.value.isZero() ? "无增减（持平）" : showAmount(e.value, c.token, input.settings);
    return { key: "mismatch", vars: { relation: RELATION_LABEL[e.relation ?? "priorYear"] }, expected };
  },
);

const rounding = (input: RuleInput) => input.conventions.percentRounding;

const rateMismatch = claimRule(
  "proof.rate-mismatch",
  "error",
  "增减幅度按表中金额（没有表时按文中写出的金额和增减额）重算不符",
  {
    mismatch: "“{label}”比{relation}的增减幅度应为{expected}（{how}），文中为“{actual}”。",
    stated: "“{label}”的增减幅度与文中写出的数字不符：应为{expected}（{how}），文中为“{actual}”。",
  },
  ["rate"],
  (c, e, input) => {
    if (c.token.unitKind !== "percent" || percentAgrees(c.token, e.value, rounding(input))) return undefined;
    return { key: e.stated ? "stated" : "mismatch", vars: { relation: RELATION_LABEL[e.relation ?? "priorYear"] }, expected: showPercent(e.value, c.token, rounding(input)) };
  },
);

const shareMismatch = claimRule(
  "proof.share-mismatch",
  "error",
  "占比（含只写“占X%”的）按表中金额（没有表时按文中写出的金额）重算不符",
  {
    mismatch: "“{label}”的占比应为{expected}（{how}），文中为“{actual}”。",
    stated: "“{label}”的占比与文中写出的金额不符：应为{expected}（{how}），文中为“{actual}”。",
  },
  ["share"],
  (c, e, input) => {
    if (c.token.unitKind !== "percent" || percentAgrees(c.token, e.value, rounding(input))) return undefined;
    return { key: e.stated ? "stated" : "mismatch", vars: {}, expected: showPercent(e.value, c.token, rounding(input)) };
  },
);

const executionMismatch = claimRule(
  "proof.execution-mismatch",
  "error",
  "完成（年初）预算的比例按表中金额、或按同一句写出的预算数和决算数重算不符",
  {
    mismatch: "“{label}”完成年初预算的比例应为{expected}（{how}），文中为“{actual}”。",
    stated: "“{label}”完成预算的比例与同一句写出的预算数和决算数不符：应为{expected}（{how}），文中为“{actual}”。",
  },
  ["execution"],
  (c, e, input) => {
    if (c.token.unitKind !== "percent" || percentAgrees(c.token, e.value, rounding(input))) return undefined;
    return { key: e.stated ? "stated" : "mismatch", vars: {}, expected: showPercent(e.value, c.token, rounding(input)) };
  },
);

const perUnitMismatch = claimRule(
  "proof.per-unit-mismatch",
  "error",
  "车均、人均费用按表重算不符（到分）",
  { mismatch: "“{label}”应为{expected}，文中为“{actual}”。" },
  ["perUnit"],
  (c, e, input) => {
    const per = roundHalfUp(e.value, 2);
    if (amountAgrees(c.token, per, claimUnit(c.token, input.settings))) return undefined;
    return { key: "mismatch", vars: {}, expected: showAmount(per, c.token, input.settings) };
  },
);

const countMismatch = claimRule(
  "proof.count-mismatch",
  "error",
  "数量（辆、人次、批次、个）与补充信息不符",
  { mismatch: "“{label}”应为{expected}，文中为“{actual}”。" },
  ["count"],
  (c, e) => (e.value.eq(c.token.value) ? undefined : { key: "mismatch", vars: {}, expected: `${e.value.toString()}${c.token.unitText}` }),
);

const zeroBase: ProofRule = {
  id: "proof.zero-base",
  severity: "error",
  describe: "年初预算为0时写了完成预算的比例（如“完成预算的0.00%”）：比例无从计算",
  messages: { zero: "{how}，无法计算完成预算的比例，文中却写“{actual}”；应删去比例或写明“年初未安排预算”。" },
  group: "value",
  evaluate(input) {
    const out: ProofFinding[] = [];
    for (const c of input.bound.claims) {
      if (c.role !== "execution" || c.token.unitKind !== "percent") continue;
      const z = zeroBaseOf(c, input);
      if (z) out.push(report(zeroBase, input.bound, c.token, "zero", { how: z.how, actual: c.token.text }, { actual: c.token.text, expected: "不写比例", cells: z.cells }));
    }
    return out;
  },
};

const changeTooLarge: ProofRule = {
  id: "proof.change-too-large",
  severity: "error",
  describe: "增减额超出本身可能的范围（增加额大于本年数，或减少额大于基数）",
  messages: {
    up: "增加额“{actual}”大于本年数“{value}”，不可能成立（除非基数为负）。",
    down: "减少额“{actual}”大于比较基数“{value}”，不可能成立。",
  },
  group: "value",
  evaluate(input) {
    const out: ProofFinding[] = [];
    const b = input.bound;
    for (const c of b.claims) {
      if (c.role !== "change" || !c.direction) continue;
      const ch = claimYuan(c.token, input.settings);
      const roles: Claim["role"][] = c.direction === "up" ? ["value"] : ["base", "budget"];
      const ref = b.claims.find((x) => x.sentence === c.sentence && roles.includes(x.role) && x.token.offset < c.token.offset && (!c.item || x.item === c.item));
      if (!ref) continue;
      const rv = claimYuan(ref.token, input.settings);
      if (!rv.isNeg() && ch.gt(rv)) {
        out.push(report(changeTooLarge, b, c.token, c.direction, { actual: c.token.text, value: ref.token.text }, { expected: `不超过${ref.token.text}`, actual: c.token.text }));
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
  messages: { stated: "增减额应为{expected}（文中{value} − {base}），文中为“{actual}”。" },
  group: "value",
  evaluate(input) {
    const out: ProofFinding[] = [];
    const b = input.bound;
    for (const c of b.claims) {
      if (c.role !== "change") continue;
      if (c.item && expectationOf(c, input)) continue;
      const v = statedBefore(c, b, "value");
      const base = statedBefore(c, b, "base") ?? statedBefore(c, b, "budget");
      if (!v || !base) continue;
      const diff = claimYuan(v.token, input.settings).minus(claimYuan(base.token, input.settings));
      if (amountAgrees(c.token, diff, claimUnit(c.token, input.settings))) continue;
      const expected = showAmount(diff, c.token, input.settings);
      out.push(report(statedChange, b, c.token, "stated", { expected, value: v.token.text, base: base.token.text, actual: c.token.text }, { expected, actual: c.token.text }));
    }
    return out;
  },
};

const DIRECTION_TEXT = { up: { change: "增加", rate: "增长" }, down: { change: "减少", rate: "下降" } } as const;

function wordBefore(text: string, pos: number, word: string): { offset: number; end: number } | undefined {
  const at = text.lastIndexOf(word, pos);
  return at >= 0 && pos - at <= word.length + 2 ? { offset: at, end: at + word.length } : undefined;
}

const directionRule: ProofRule = {
  id: "proof.direction",
  severity: "error",
  describe: "增减方向用词（增加/减少、增长/下降、持平）与数字相反，或同一句里增减额与增减幅度方向相反",
  messages: {
    sign: "方向用词有误：本年数{current}{compare}基数{base}，应写“{expected}”，文中写“{word}”。",
    flat: "“{label}”本年数{current}与基数{base}不等，不能写“持平”。",
    pair: "同一句里增减额写“{changeWord}”，增减幅度却写“{word}”，两者方向相反。",
  },
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
      if (e?.current && e.base && !e.stated) {
        cur = e.current;
        base = e.base;
        cells = e.cells;
      } else {
        const v = statedBefore(c, b, "value");
        const bs = statedBefore(c, b, "base") ?? statedBefore(c, b, "budget");
        if (v && bs) {
          cur = claimYuan(v.token, input.settings);
          base = claimYuan(bs.token, input.settings);
        }
      }
      const kind = c.role === "change" ? "change" : "rate";
      const word = DIRECTION_TEXT[c.direction][kind];
      const at = wordBefore(b.text, c.token.offset, word) ?? c.token;
      if (cur && base) {
        const dir = directionOf(cur, base);
        if (dir === c.direction) continue;
        const expected = dir === "flat" ? "持平" : DIRECTION_TEXT[dir][kind];
        const compare = dir === "up" ? "大于" : dir === "down" ? "小于" : "等于";
        out.push(report(directionRule, b, at, "sign", { current: plain(cur), base: plain(base), compare, expected, word }, { expected, actual: word, cells }));
        continue;
      }
      // Without figures: a rate whose direction contradicts the change stated just before it.
      if (c.role === "rate") {
        const ch = statedBefore(c, b, "change");
        if (ch?.direction && ch.direction !== c.direction) {
          const changeWord = DIRECTION_TEXT[ch.direction].change;
          out.push(report(directionRule, b, at, "pair", { changeWord, word }, { expected: DIRECTION_TEXT[ch.direction].rate, actual: word }));
        }
      }
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
        report(directionRule, b, at, "flat", { label: item.label, current: plain(item.actual.value), base: plain(base.value) }, {
          expected: DIRECTION_TEXT[dir === "flat" ? "up" : dir].change,
          actual: "持平",
          cells: [...item.actual.cells, ...base.cells],
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
  zeroBase,
  perUnitMismatch,
  countMismatch,
  changeTooLarge,
  directionRule,
  ...FORMAT_RULES,
  ...COVERAGE_RULES,
];

/** One line per rule id (the change rule appears once). */
export function ruleCatalog(): { id: ProofRuleId; severity: Severity; describe: string }[] {
  const seen = new Set<string>();
  return RULES.filter((r) => !seen.has(r.id) && seen.add(r.id)).map(({ id, severity, describe }) => ({ id, severity, describe }));
}
