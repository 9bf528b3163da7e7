/**
 * Format rules: how numbers are written. Misplaced separators and template leftovers are errors; a
 * convention (separators, spaces, decimals) is the text's own, and the places that depart from it are
 * one warning per document naming how many places (conventions.ts).
 */
import { formatFixed, formatPercent, groupThousands } from "../core";
import type { NumberToken, ProofFinding } from "./model";
import { groupingDepartures, spacingDepartures } from "./conventions";
import { expectationOf, percentOf, yuanLike } from "./expect";
import { isMoneyLike } from "./extract";
import { report, type ProofRule, type RuleInput } from "./rule-kit";

/** Up to five excerpts of the places, for the message. */
const listPlaces = (ts: { text: string }[]) => ts.slice(0, 5).map((t) => `“${t.text}”`).join("、") + (ts.length > 5 ? "等" : "");

/** One finding for all the places that depart from a convention (none when there are none). */
function departures(rule: ProofRule, input: RuleInput, places: NumberToken[], key: string, vars: Record<string, string>, fix: (t: NumberToken) => string): ProofFinding[] {
  const taken = input.taken;
  const ps = places.filter((t) => !taken?.has(t.offset));
  if (ps.length === 0) return [];
  const first = ps[0];
  return [
    report(rule, input.bound, first, key, { count: ps.length, places: listPlaces(ps), ...vars }, {
      expected: fix(first),
      actual: first.text,
      places: ps.map((t) => ({ offset: t.offset, end: t.end })),
    }),
  ];
}

const badGrouping: ProofRule = {
  id: "proof.bad-grouping",
  severity: "error",
  describe: "千分位分隔符位置错误（如“353,18.18”），或百分数加了逗号",
  messages: {
    misplaced: "千分位分隔符位置错误：“{actual}”应为“{expected}”。",
    percent: "百分数不加千分位分隔符：“{actual}”应为“{expected}”。",
  },
  group: "format",
  evaluate(input) {
    const out: ProofFinding[] = [];
    const b = input.bound;
    for (const t of b.tokens) {
      const [int, frac] = t.digits.split(".");
      const bare = int.replace(/,/g, "");
      const body = (g: string) => `${g}${frac !== undefined ? `.${frac}` : ""}${t.unitText}`;
      if (t.unitKind === "percent" && int.includes(",")) {
        out.push(report(badGrouping, b, t, "percent", { actual: t.text, expected: body(bare) }, { expected: body(bare), actual: t.text }));
      } else if (t.grouping === "bad" && (yuanLike(t.unitKind) || isMoneyLike(t))) {
        const expected = body(groupThousands(bare));
        out.push(report(badGrouping, b, t, "misplaced", { actual: t.text, expected }, { expected, actual: t.text }));
      }
    }
    return out;
  },
};

const grouping: ProofRule = {
  id: "proof.grouping",
  severity: "warning",
  describe: "千分位分隔符用法前后不一（全文多数金额的写法为准，一个文档只报一条，写明几处）",
  messages: {
    grouped: "全文金额加千分位分隔符，有{count}处没有加：{places}。",
    plain: "全文金额不加千分位分隔符，有{count}处加了：{places}。",
  },
  group: "format",
  evaluate(input) {
    const all = groupingDepartures(input.bound.tokens, input.conventions);
    const out: ProofFinding[] = [];
    for (const unit of ["yuan", "wanYuan"] as const) {
      const style = input.conventions.grouping[unit];
      const fix = (t: NumberToken) => {
        const [int, frac] = t.digits.replace(/,/g, "").split(".");
        return `${style === "grouped" ? groupThousands(int) : int}${frac !== undefined ? `.${frac}` : ""}${t.space}${t.unitText}`;
      };
      out.push(...departures(grouping, input, all.filter((t) => t.unitKind === unit), style, {}, fix));
    }
    return out;
  },
};

const straySpace: ProofRule = {
  id: "proof.stray-space",
  severity: "warning",
  describe: "数字与单位、百分号之间的空格前后不一（全文多数写法为准，一个文档只报一条）",
  messages: {
    none: "全文数字与{what}之间不空格，有{count}处空了格：{places}。",
    space: "全文数字与{what}之间空一格，有{count}处没有空格：{places}。",
  },
  group: "format",
  evaluate(input) {
    const c = input.conventions;
    const all = spacingDepartures(input.bound.tokens, c);
    const out: ProofFinding[] = [];
    for (const kind of ["money", "percent"] as const) {
      const space = c.space[kind];
      const fix = (t: NumberToken) => `${t.digits}${space ? " " : ""}${t.unitText}`;
      const places = all.filter((t) => (t.unitKind === "percent") === (kind === "percent"));
      out.push(...departures(straySpace, input, places, space ? "space" : "none", { what: kind === "money" ? "金额单位" : "百分号" }, fix));
    }
    return out;
  },
};

const MONEY_ROLES = new Set(["value", "change", "base", "budget", "perUnit"]);

const decimals: ProofRule = {
  id: "proof.decimals",
  severity: "warning",
  describe: "小数位数前后不一（金额、百分数各按全文多数写法或所选口径；一个文档各报一条）",
  messages: {
    amount: "全文{unit}金额保留{decimals}位小数，有{count}处不是：{places}。",
    percent: "全文百分数保留{decimals}位小数{whole}，有{count}处不是：{places}。",
  },
  group: "format",
  evaluate(input) {
    const b = input.bound;
    const c = input.conventions;
    const out: ProofFinding[] = [];
    for (const unit of ["yuan", "wanYuan"] as const) {
      const d = c.amountDecimals[unit];
      const places = b.claims
        .filter((x) => x.item && x.token.unitKind === unit && MONEY_ROLES.has(x.role) && !x.token.value.isZero() && x.token.decimals !== d)
        .map((x) => x.token);
      const fix = (t: NumberToken) => `${formatFixed(t.value, d, c.grouping[unit] === "grouped")}${t.space}${t.unitText}`;
      out.push(...departures(decimals, input, places, "amount", { unit: unit === "yuan" ? "元" : "万元", decimals: String(d) }, fix));
    }
    const pd = c.percentDecimals;
    const pplaces: NumberToken[] = [];
    const wanted = new Map<number, string>();
    for (const x of b.claims) {
      const t = x.token;
      if (!x.item || t.unitKind !== "percent" || !["rate", "share", "execution"].includes(x.role) || t.value.isZero()) continue;
      const e = x.item ? expectationOf(x, input) : undefined;
      // Whether the true figure is whole at the convention's decimals (then "100%" may be bare).
      const whole = e ? percentOf(e.value, pd).isInteger() : t.value.isInteger();
      const want = c.bareWhole && whole ? 0 : pd;
      if (t.decimals === want || (whole && t.decimals === pd)) continue;
      // A coarser number that is wrong anyway is the value rules' business.
      if (e && t.decimals < want && !percentOf(e.value, t.decimals).eq(t.value)) continue;
      pplaces.push(t);
      wanted.set(t.offset, e ? formatPercent(e.value.abs(), { decimals: pd, bareWhole: c.bareWhole }) : `${formatFixed(t.value, pd, false)}%`);
    }
    out.push(...departures(decimals, input, pplaces, "percent", { decimals: String(pd), whole: c.bareWhole ? "（整数百分比不写小数）" : "" }, (t) => wanted.get(t.offset) ?? t.text));
    return out;
  },
};

const missingUnit: ProofRule = {
  id: "proof.missing-unit",
  severity: "warning",
  describe: "金额后缺少单位或单位不全（“0.39 万”），增减幅度后缺少“%”",
  messages: {
    amount: "金额“{actual}”后缺少单位，应写“{expected}”。",
    wan: "金额单位不全：“{actual}”应写“{expected}”。",
    percent: "增减幅度“{actual}”后缺少“%”，应写“{expected}”。",
  },
  group: "format",
  evaluate(input) {
    const b = input.bound;
    const out: ProofFinding[] = [];
    for (const c of b.claims) {
      const t = c.token;
      if (t.unitKind === "percent" || yuanLike(t.unitKind) || t.unitKind === "count") continue;
      const after = b.text.slice(t.end, t.end + 3).replace(/^[ \u3000]+/, "");
      if (/^万(?!元)/.test(after)) {
        const end = b.text.indexOf("万", t.end) + 1;
        const expected = `${b.text.slice(t.offset, end)}元`;
        out.push(report(missingUnit, b, { offset: t.offset, end }, "wan", { actual: b.text.slice(t.offset, end), expected }, { expected, actual: b.text.slice(t.offset, end) }));
        continue;
      }
      if (t.unitKind !== "none" || !isMoneyLike(t) || !MONEY_ROLES.has(c.role)) continue;
      // "增加X万元，增长13.95": the number after 增长/下降 is the rate.
      const before = b.text.slice(Math.max(0, t.offset - 4), t.offset).replace(/\s/g, "");
      const change = b.claims.find((x) => x.sentence === c.sentence && x.role === "change" && x.token.offset < t.offset && yuanLike(x.token.unitKind));
      if (/(?:增长|下降)$/.test(before) && change) {
        const expected = `${t.digits}%`;
        out.push(report(missingUnit, b, t, "percent", { actual: t.text, expected }, { expected, actual: t.text }));
        continue;
      }
      const expected = `${t.digits}${input.settings.amountUnit === "wanYuan" ? "万元" : "元"}`;
      out.push(report(missingUnit, b, t, "amount", { actual: t.text, expected }, { expected, actual: t.text }));
    }
    return out;
  },
};

/** Template alternatives and placeholders that must never be published (every form seen in the references). */
const ONE_WORD = "应按实际增减只写一个词（增加/减少/持平）";
export const TEMPLATE_LEFTOVERS: { re: RegExp; what: string; fix: string }[] = [
  { re: /增加[（(]减少[）)]|减少[（(]增加[）)]/g, what: "增减二选一的模板字样", fix: ONE_WORD },
  { re: /增长[（(](?:下降|减少)[）)]|下降[（(](?:增长|增加)[）)]/g, what: "增长/下降二选一的模板字样", fix: "应按实际只写“增长”或“下降”" },
  { re: /大于[（(]小于[）)]|小于[（(]大于[）)]/g, what: "大于/小于二选一的模板字样", fix: "应按实际只写“大于”“小于”或“持平”" },
  { re: /[（(]或与预算数?持平[）)]/g, what: "模板中的备选说明", fix: "应按实际只保留一种说法" },
  { re: /增[（(]减[）)]|减[（(]增[）)]/g, what: "“增（减）”模板字样", fix: "应写“主要原因”或按实际写“主要增加原因/主要减少原因”" },
  { re: /[（(](?:款|类|项)[，,、][）)]/g, what: "科目级次标注中多余的标点", fix: "应写“（款）”“（类）”或“（项）”" },
  { re: /其中。/g, what: "“其中”后没有内容", fix: "应列出其中各项，或删去“其中”" },
  { re: /【待填写[^】]*】/g, what: "尚未填写的内容", fix: "请在补充信息表中填写后重新生成" },
  { re: /[Xx×＊*]{2,}(?=元|万元|%|人|辆|个)/g, what: "未替换的占位符", fix: "应换成实际数字" },
];

const templateLeftover: ProofRule = {
  id: "proof.template-leftover",
  severity: "error",
  describe: "模板残留：增加（减少）、下降（增长）、大于（小于）、(或与预算数持平)、主要增（减）原因、（款，）、其中。、【待填写】等",
  messages: { leftover: "模板残留（{what}）：“{actual}”，{fix}。" },
  group: "format",
  evaluate(input) {
    const b = input.bound;
    const out: ProofFinding[] = [];
    for (const { re, what, fix } of TEMPLATE_LEFTOVERS) {
      for (const m of b.text.matchAll(re)) {
        const at = { offset: m.index ?? 0, end: (m.index ?? 0) + m[0].length };
        out.push(report(templateLeftover, b, at, "leftover", { what, actual: m[0], fix }, { actual: m[0] }));
      }
    }
    return out;
  },
};

export const FORMAT_RULES: ProofRule[] = [badGrouping, grouping, missingUnit, templateLeftover, straySpace, decimals];
