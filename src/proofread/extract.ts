/**
 * Claim extraction: paragraphs and sentences with their offsets, every number with its unit, and the
 * role each number plays in its sentence (value, change, base, rate, share …).
 */
import { Dec } from "../core";
import type {
  Claim,
  ClaimRole,
  HeadingLevel,
  NumberToken,
  Paragraph,
  Relation,
  Sentence,
  ShareTotal,
  UnitKind,
} from "./model";

const HEADINGS: [RegExp, HeadingLevel][] = [
  [/^第[一二三四五六七八九十]+部分/, 1],
  [/^[一二三四五六七八九十]+、/, 2],
  [/^[（(][一二三四五六七八九十]+[）)]/, 3],
  [/^(?:\d+[.．、](?!\d)|[（(]\d+[）)])/, 4],
];

/** Splits a text into paragraphs (line breaks), keeping offsets; blank lines are dropped. */
export function splitParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const re = /[^\r\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (!body) continue;
    const heading = HEADINGS.find(([r]) => r.test(body))?.[1] ?? null;
    out.push({ index: out.length, text: body, offset: m.index + lead, heading });
  }
  return out;
}

/** Splits paragraphs into sentences at 。；; ！？ (the mark stays with its sentence). */
export function splitSentences(paragraphs: Paragraph[]): Sentence[] {
  const out: Sentence[] = [];
  for (const p of paragraphs) {
    const re = /[^。；;！？!?]*[。；;！？!?]?/g;
    for (let m = re.exec(p.text); m && m[0].length > 0; m = re.exec(p.text)) {
      const lead = m[0].length - m[0].trimStart().length;
      const body = m[0].trim();
      if (!body) continue;
      const offset = p.offset + m.index + lead;
      out.push({ index: out.length, paragraph: p.index, text: body, offset, end: offset + body.length });
    }
  }
  return out;
}

const UNIT_RE = /^(万元|亿元|元|%|％|个百分点|人次|批次|辆|台（套）|台\(套\)|个|人|台|套|平方米|家|项|名|座|倍)/;
const MONEY_UNIT: Record<string, UnitKind> = { 元: "yuan", 万元: "wanYuan", "%": "percent", "％": "percent" };
const COUNT_UNITS = new Set(["人次", "批次", "辆", "个", "人", "台（套）", "台(套)", "台", "套", "平方米"]);
const NUMBER_RE = /(?<![\d.,A-Za-z])\d(?:[\d,]*\d)?(?:\.\d+)?/g;

function groupingOf(digits: string): NumberToken["grouping"] {
  const int = digits.split(".")[0];
  if (int.includes(",")) return /^\d{1,3}(?:,\d{3})+$/.test(int) ? "ok" : "bad";
  return int.length >= 4 ? "none" : "short";
}

/** Every number in the text with the unit that follows it (spaces allowed, and reported). */
export function findNumbers(text: string): NumberToken[] {
  const out: NumberToken[] = [];
  for (const m of text.matchAll(NUMBER_RE)) {
    const digits = m[0];
    const start = m.index ?? 0;
    let i = start + digits.length;
    const after = text.slice(i, i + 12);
    const sp = /^[ \u3000\u00A0]*/.exec(after)?.[0] ?? "";
    const u = UNIT_RE.exec(after.slice(sp.length));
    let unitText = "";
    let unitKind: UnitKind = "none";
    if (u) {
      unitText = u[1];
      unitKind = MONEY_UNIT[unitText] ?? (COUNT_UNITS.has(unitText) ? "count" : "other");
    } else if (/^[\u4e00-\u9fffA-Za-z]/.test(after.slice(sp.length))) {
      unitKind = "other";
    }
    const space = unitText ? sp : "";
    i += space.length + unitText.length;
    const frac = digits.split(".")[1];
    out.push({
      text: text.slice(start, i),
      offset: start,
      end: i,
      digits,
      value: new Dec(digits.replace(/,/g, "")),
      decimals: frac ? frac.length : 0,
      unitKind,
      unitText,
      space,
      grouping: groupingOf(digits),
    });
  }
  return out;
}

/** A number that reads as money: a money unit, or no unit but separators or exactly two decimals. */
export function isMoneyLike(t: NumberToken): boolean {
  if (t.unitKind === "yuan" || t.unitKind === "wanYuan") return true;
  return t.unitKind === "none" && (t.digits.includes(",") || t.decimals === 2);
}

// Role patterns, matched against the words just before a number (the window ends at the number).
const SHARE_TOTALS: [RegExp, ShareTotal][] = [
  [/收入合计/, "incomeTotal"],
  [/支出合计/, "expenditureTotal"],
  [/财政拨款支出/, "appropriationExpenditure"],
  [/政府采购支出总额/, "procurementTotal"],
];

interface RoleRule {
  kinds: UnitKind[];
  re: RegExp;
  role: ClaimRole;
  direction?: "up" | "down";
}

/** Ordered: the first that matches the window decides. */
const ROLE_RULES: RoleRule[] = [
  // Template alternatives ("增加（减少）0元"): a change with no direction.
  { kinds: ["percent"], re: /(?:增长|下降|增加|减少)[（(][^）)]{1,3}[）)]$/, role: "rate" },
  { kinds: ["yuan", "wanYuan", "none"], re: /(?:增加|减少|增长|下降)[（(][^）)]{1,3}[）)]$/, role: "change" },
  { kinds: ["percent"], re: /(?:增长|增幅为?|上升)(?:了)?$/, role: "rate", direction: "up" },
  { kinds: ["percent"], re: /(?:下降|降幅为?|降低)(?:了)?$/, role: "rate", direction: "down" },
  { kinds: ["percent"], re: /占[^，,。；：:]{0,24}?(?:的)?(?:比重|比例)?(?:为)?$/, role: "share" },
  { kinds: ["percent"], re: /(?:完成[^，,。；]{0,8}预算(?:数)?的?|执行率(?:为)?)$/, role: "execution" },
  { kinds: ["yuan", "wanYuan", "none"], re: /(?:增加|增长)(?:了)?$/, role: "change", direction: "up" },
  { kinds: ["yuan", "wanYuan", "none"], re: /(?:减少|下降|节约)(?:了)?$/, role: "change", direction: "down" },
  { kinds: ["yuan", "wanYuan", "none"], re: /比(?:上年(?:度)?|\d{4}年(?:年初)?预算|年初预算|预算)(?:数)?(?:决算数?)?$/, role: "base" },
  { kinds: ["yuan", "wanYuan", "none"], re: /(?:年初预算|支出预算|预算)(?:数)?(?:为)?[：:]?$/, role: "budget" },
  { kinds: ["yuan", "wanYuan", "none"], re: /(?:车均|人均)[^，,。；\d]{0,12}$/, role: "perUnit" },
];

const RELATIONS: [RegExp, Relation][] = [
  [/比上年(?:度)?|上年(?:决算)?数|比\s*\d{4}\s*年度?(?!\s*年初)|与\s*\d{4}\s*年度?相比|上一年度|较上年度?/g, "priorYear"],
  [/(?:比)?(?:\d{4}年)?年初预算(?:数)?|(?:比)?支出预算|完成预算|比预算/g, "initialBudget"],
];

/** The relation phrase nearest before `pos` in a sentence. */
function relationBefore(text: string, pos: number): Relation | undefined {
  let best: { at: number; rel: Relation } | undefined;
  for (const [re, rel] of RELATIONS) {
    for (const m of text.matchAll(re)) {
      const at = m.index ?? 0;
      if (at < pos && (!best || at > best.at)) best = { at, rel };
    }
  }
  return best?.rel;
}

/** Every number in every sentence with its role. Years, list markers and other units are kept as "other". */
export function extractClaims(text: string, sentences: Sentence[], tokens = findNumbers(text)): Claim[] {
  const claims: Claim[] = [];
  let s = 0;
  for (const token of tokens) {
    while (s < sentences.length && sentences[s].end <= token.offset) s++;
    const sentence = sentences[s];
    if (!sentence || token.offset < sentence.offset) continue;
    const local = token.offset - sentence.offset;
    // Window: the words since the previous clause mark or number.
    const before = sentence.text.slice(0, local);
    const cut = Math.max(before.search(/[^，,、：:]*$/), 0);
    const window = before.slice(cut).replace(/[ \u3000\u00A0]/g, "");
    let role: ClaimRole = "other";
    let direction: "up" | "down" | undefined;
    if (token.unitKind === "count") role = "count";
    else if (token.unitKind === "yuan" || token.unitKind === "wanYuan" || token.unitKind === "percent" || isMoneyLike(token))
      role = token.unitKind === "percent" ? "other" : "value";
    if (role !== "count" && (role !== "other" || token.unitKind === "percent")) {
      const rule = ROLE_RULES.find((r) => r.kinds.includes(token.unitKind) && r.re.test(window));
      if (rule) {
        role = rule.role;
        direction = rule.direction;
      }
    }
    // A year ("2023年") or list marker is never a claim.
    if (role === "value" && token.unitKind === "none" && !isMoneyLike(token)) role = "other";
    const claim: Claim = { token, sentence: sentence.index, role };
    if (direction) claim.direction = direction;
    if (role === "change" || role === "rate" || role === "base") {
      // The comparison may be named earlier in the paragraph ("比2023年度减少…，其中：…；公务接待费减少…").
      let rel = relationBefore(sentence.text, local);
      for (let k = s - 1; !rel && k >= 0 && sentences[k].paragraph === sentence.paragraph; k--) rel = relationBefore(sentences[k].text, sentences[k].text.length);
      if (rel) claim.relation = rel;
    }
    if (role === "budget" || role === "execution") claim.relation = "initialBudget";
    if (role === "share") {
      const st = SHARE_TOTALS.find(([re]) => re.test(window))?.[1];
      if (st) claim.shareTotal = st;
    }
    claims.push(claim);
  }
  return claims;
}
