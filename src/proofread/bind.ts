/**
 * Binding: each claim to the item it speaks of. The item is the nearest mention before the number
 * when only connecting words ("2023年度决算", "：", "为" …) lie between; otherwise the claim before it
 * in the same sentence; otherwise the subject carried from a heading ("1.公务接待费").
 * Enumerations ("包括…等"), share totals ("占收入合计的") and reasons ("主要原因：…") name no subject.
 */
import { findNumbers, extractClaims, splitParagraphs, splitSentences } from "./extract";
import type { Claim, Mention, NumberToken, Paragraph, Sentence } from "./model";
import { fromYuan, roundHalfUp } from "../core";
import {
  COUNT_VOCABULARY,
  PER_UNIT_VOCABULARY,
  VOCABULARY,
  type EconomicScope,
  type ItemRegistry,
} from "./vocabulary";

export interface BoundText {
  text: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  tokens: NumberToken[];
  claims: Claim[];
  /** Mentions per sentence (after masking and longest-match). */
  mentions: Mention[][];
  /** The subject each sentence ends with (for 持平 and parts-sum). */
  subjects: (string | undefined)[];
  /** 项 lines ("1、X（类）Y（款）Z（项）。") and the paragraphs they govern. */
  itemLines: ItemLine[];
}

/** A 项 line of a Shanghai-style 具体情况 list: the names as written and the table row they mean. */
export interface ItemLine {
  paragraph: number;
  /** First paragraph after the block. */
  until: number;
  offset: number;
  written: { class: string; section: string; item: string };
  /** Offsets of the three names in the text. */
  at: { class: number; section: number; item: number };
  /** The item the block's figures speak of (a functional row, or a line of its own without tables). */
  item: string;
  /** Codes of the rows the names resolve to (undefined when a name is not in the table). */
  codes: { class?: string; section?: string; item?: string };
  /** The row the line means, by its names or by the amount it states. */
  code?: string;
}

/** Spans where words name no subject. */
const MASKS: RegExp[] = [
  /包括[^。；;\d]{0,300}/g,
  /占[^，,。；;%％]{0,24}?(?:的|比重|比例)?(?=\s*\d)/g,
  /主要(?:增[（(]减[）)]|增加|减少|增|减)?原因[：:]?[^。；;]*/g,
  /(?:增加|减少|下降|增长)[（(][^）)]{0,3}[）)]/g,
  /其中[：:]/g,
  // "主要用于：…" describes what the money was spent on; the words in it are never the subject.
  /主要用于[：:][^。]*/g,
];

function maskedSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const re of MASKS) for (const m of text.matchAll(re)) spans.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  return spans;
}

const inSpans = (spans: [number, number][], a: number, b: number) => spans.some(([s, e]) => a < e && b > s);

interface RawMention extends Mention {
  /** Lower wins among equal spans. */
  rank: number;
}

/** Connecting words allowed between an item and its amount. */
const CONNECTOR =
  /^(?:\d{4}年(?:度)?|决算数|决算|支出决算|支出|合计|总额|共计|共|金额|的|是|达到?|为|本年度?|年度|本部门|部门|财政拨款|年初预算数?|全年预算数?|预算数?|支出预算|使用|安排|资金|项目|\d+(?:\.\d+)?(?:平方米|辆|台[（(]套[）)])|\([^)]{0,4}\)|（[^）]{0,4}）|[：:，,\s“”"'‘’])*$/;

function isConnector(gap: string): boolean {
  return CONNECTOR.test(gap);
}

/** Removes masked spans from a gap (so "：包括…等支出" reads as "：支出"). */
function gapText(text: string, a: number, b: number, spans: [number, number][]): string {
  let out = "";
  for (let i = a; i < b; i++) if (!spans.some(([s, e]) => i >= s && i < e)) out += text[i];
  return out;
}

interface Context {
  subject?: string;
  scope?: EconomicScope;
  functional?: string; // code of the last functional mention
  project?: string; // key project id
}

function findMentions(s: Sentence, reg: ItemRegistry, ctx: Context, spans: [number, number][]): Mention[] {
  const raw: RawMention[] = [];
  const add = (re: RegExp, item: string | ((m: RegExpMatchArray) => string | undefined), rank: number) => {
    const g = new RegExp(re.source, re.flags.includes("g") ? re.flags : re.flags + "g");
    for (const m of s.text.matchAll(g)) {
      const a = m.index ?? 0;
      const b = a + m[0].length;
      if (m[0].length === 0 || inSpans(spans, a, b)) continue;
      const id = typeof item === "string" ? item : item(m);
      if (id) raw.push({ item: id, offset: a, end: b, rank });
    }
  };
  // Functional names first: a quoted name with (类)/(款)/(项) is the surest mention.
  const byName = new Map<string, string[]>();
  for (const f of reg.functional) byName.set(f.name, [...(byName.get(f.name) ?? []), f.code]);
  for (const [name, codes] of byName) {
    const re = new RegExp(`[“"]?${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}[”"]?(?:[（(](?:类|款|项)[，,]?[）)])?`);
    add(re, (m) => pickFunctional(codes, m[0], ctx), 0);
  }
  for (const k of reg.keyProjects) add(k.pattern, k.id, 1);
  for (const k of reg.breakdown) add(k.pattern, k.id, 1);
  add(/本项目/, () => ctx.project, 1);
  for (const p of PER_UNIT_VOCABULARY) add(p.pattern, p.id, 1);
  for (const v of VOCABULARY) add(v.pattern, v.id, 2);
  for (const e of reg.economic) {
    add(e.pattern, () => (ctx.scope === e.scope ? `econ:${e.scope}:${e.code}` : undefined), 3);
  }
  // Longest match wins; then rank; then earliest.
  raw.sort((x, y) => y.end - y.offset - (x.end - x.offset) || x.rank - y.rank || x.offset - y.offset);
  const kept: RawMention[] = [];
  for (const m of raw) if (!kept.some((k) => m.offset < k.end && m.end > k.offset)) kept.push(m);
  return kept.sort((x, y) => x.offset - y.offset).map(({ item, offset, end }) => ({ item, offset, end }));
}

function pickFunctional(codes: string[], matched: string, ctx: Context): string {
  const level = /类/.test(matched) ? 3 : /款/.test(matched) ? 5 : /项/.test(matched) ? 7 : 0;
  let cands = level ? codes.filter((c) => c.length === level) : codes;
  if (cands.length === 0) cands = codes;
  if (cands.length > 1 && ctx.functional) {
    const parent = ctx.functional;
    const under = cands.filter((c) => c.startsWith(parent.slice(0, Math.min(parent.length, c.length - 2))));
    if (under.length > 0) cands = under;
  }
  return `functional:${cands[0]}`;
}

function updateContext(ctx: Context, mentions: Mention[]) {
  for (const m of mentions) {
    const v = VOCABULARY.find((e) => e.id === m.item);
    if (v?.setsScope) ctx.scope = v.setsScope;
    if (m.item.startsWith("functional:")) ctx.functional = m.item.slice("functional:".length);
    if (m.item.startsWith("keyProject:")) ctx.project = m.item;
  }
}

export function bindText(text: string, reg: ItemRegistry): BoundText {
  const paragraphs = splitParagraphs(text);
  const sentences = splitSentences(paragraphs);
  const tokens = findNumbers(text);
  const claims = extractClaims(text, sentences, tokens);
  const mentions: Mention[][] = [];
  const subjects: (string | undefined)[] = [];
  const ctx: Context = {};
  const itemLines = findItemLines(paragraphs, reg, text);
  const lineOf = (p: number) => itemLines.find((l) => p >= l.paragraph && p < l.until);
  let ci = 0;
  let lastParagraph = -1;
  let carry = false; // whether the subject may carry into this paragraph
  for (const s of sentences) {
    const para = paragraphs[s.paragraph];
    if (s.paragraph !== lastParagraph) {
      if (para.heading !== null && para.heading <= 3) {
        ctx.subject = undefined;
        ctx.functional = undefined;
        if (para.heading <= 2) ctx.scope = undefined;
      } else if (!carry) ctx.subject = undefined;
      lastParagraph = s.paragraph;
    }
    const spans = maskedSpans(s.text);
    const ms = findMentions(s, reg, ctx, spans);
    const sClaims: Claim[] = [];
    while (ci < claims.length && claims[ci].sentence === s.index) sClaims.push(claims[ci++]);
    let current: string | undefined;
    let prevEnd = 0;
    let mi = 0;
    const seen: Mention[] = [];
    for (const c of sClaims) {
      const local = c.token.offset - s.offset;
      // Mentions before this claim update the context as we go (scope, functional parent).
      while (mi < ms.length && ms[mi].end <= local) {
        seen.push(ms[mi]);
        updateContext(ctx, [ms[mi]]);
        mi++;
      }
      const nearest = seen[seen.length - 1];
      const block = lineOf(s.paragraph);
      const item = block && LINE_ROLES.has(c.role) ? block.item : bindOne(c, s, nearest, current, prevEnd, spans, ctx, reg);
      if (item) {
        c.item = item;
        if (c.role !== "count") current = item;
      } else if (c.role === "value") current = undefined;
      if (c.role !== "other" && c.role !== "count") prevEnd = c.token.end - s.offset;
    }
    while (mi < ms.length) updateContext(ctx, [ms[mi++]]);
    mentions.push(ms);
    const last = sClaims.filter((c) => c.item && c.role !== "count").pop()?.item;
    ctx.subject = last ?? (ms.length > 0 ? ms[ms.length - 1].item : ctx.subject);
    subjects.push(ctx.subject);
    // A subject carries to the next paragraph only from a short heading-like paragraph.
    const moneyClaims = sClaims.filter((c) => c.role !== "other" && c.role !== "count").length;
    carry = moneyClaims === 0 && ms.length > 0 && para.text.length <= 40;
  }
  const bound: BoundText = { text, paragraphs, sentences, tokens, claims, mentions, subjects, itemLines };
  bindWholes(bound, reg);
  return bound;
}

/** Roles whose claims in a 项 line's block speak of that 项. */
const LINE_ROLES = new Set<Claim["role"]>(["value", "budget", "execution", "change", "rate", "base"]);

const ITEM_LINE = /^\s*\d+\s*[、.．]\s*(.+?)[（(]类[）)](.+?)[（(]款[）)](.+?)[（(]项[）)]/;

/** The 项 lines of the text, resolved against the table's 类/款/项 names (or by the amount stated). */
function findItemLines(paragraphs: Paragraph[], reg: ItemRegistry, text: string): ItemLine[] {
  const out: ItemLine[] = [];
  const clean = (s: string) => s.replace(/[“”"'‘’\s]/g, "");
  paragraphs.forEach((p, i) => {
    const m = ITEM_LINE.exec(p.text);
    if (!m) return;
    let until = i + 1;
    while (until < paragraphs.length && paragraphs[until].heading === null) until++;
    const [cls, sec, item] = [clean(m[1]), clean(m[2]), clean(m[3])];
    const base = p.offset + (m.index ?? 0);
    const at = { class: base + m[0].indexOf(m[1]), section: base + m[0].indexOf(m[2], m[1].length), item: base + m[0].lastIndexOf(m[3]) };
    const f = reg.functional;
    const codes: ItemLine["codes"] = {};
    codes.class = f.find((r) => r.level === "class" && r.name === cls)?.code;
    codes.section = f.find((r) => r.level === "section" && r.name === sec && (!codes.class || r.code.startsWith(codes.class)))?.code;
    codes.item = f.find((r) => r.level === "item" && r.name === item && (!codes.section || r.code.startsWith(codes.section)) && (!codes.class || r.code.startsWith(codes.class)))?.code;
    let code = codes.item;
    if (!code && f.length > 0) {
      // A name not in the table: the row under the same 类 (and 款) whose amount the line states.
      const block = text.slice(p.offset, until < paragraphs.length ? paragraphs[until].offset : text.length);
      const am = /支出决算(?:数)?为?\s*([\d,]+(?:\.\d+)?)\s*(万元|元)/.exec(block);
      if (am) {
        const stated = am[1].replace(/,/g, "");
        const decimals = stated.split(".")[1]?.length ?? 0;
        const unit = am[2] === "万元" ? "wanYuan" : "yuan";
        const under = (c: string) => (!codes.section || c.startsWith(codes.section)) && (!codes.class || c.startsWith(codes.class));
        const hits = f.filter((r) => {
          if (r.level !== "item" || !under(r.code)) return false;
          const fig = reg.items.get(`functional:${r.code}`)?.actual;
          return !!fig && roundHalfUp(fromYuan(fig.value, unit), decimals).eq(stated);
        });
        if (hits.length === 1) code = hits[0].code;
      }
    }
    const id = code ? `functional:${code}` : `line:${out.length}`;
    if (!code && !reg.items.has(id)) reg.items.set(id, { id, label: item });
    out.push({ paragraph: i, until, offset: p.offset, written: { class: cls, section: sec, item }, at, item: id, codes, ...(code && { code }) });
  });
  return out;
}

/** Whether `whole` is `part` or adds it up, directly or through its parts. */
export function contains(reg: ItemRegistry, whole: string, part: string, seen = new Set<string>()): boolean {
  for (const p of reg.items.get(whole)?.parts ?? []) {
    if (p === part) return true;
    if (!seen.has(p) && (seen.add(p), contains(reg, p, part, seen))) return true;
  }
  return false;
}

/**
 * A bare share ("其他收入6.2万元，占0.21%") is a share of the whole its list hangs from: the nearest
 * item before it in the same paragraph that contains the claim's item.
 */
function bindWholes(b: BoundText, reg: ItemRegistry) {
  for (const c of b.claims) {
    if (c.role !== "share" || c.shareTotal || !c.item) continue;
    const para = b.sentences[c.sentence].paragraph;
    const candidates: { item: string; at: number }[] = [];
    for (const s of b.sentences) {
      if (s.paragraph !== para || s.offset > c.token.offset) continue;
      for (const m of b.mentions[s.index]) candidates.push({ item: m.item, at: s.offset + m.offset });
    }
    for (const x of b.claims) if (x.item && x.role === "value" && x.token.offset < c.token.offset && b.sentences[x.sentence].paragraph === para) candidates.push({ item: x.item, at: x.token.offset });
    const hit = candidates.filter((x) => x.at < c.token.offset && x.item !== c.item && contains(reg, x.item, c.item!)).sort((x, y) => y.at - x.at)[0];
    if (hit) c.whole = hit.item;
  }
}

function bindOne(
  c: Claim,
  s: Sentence,
  nearest: Mention | undefined,
  current: string | undefined,
  prevEnd: number,
  spans: [number, number][],
  ctx: Context,
  reg: ItemRegistry,
): string | undefined {
  const local = c.token.offset - s.offset;
  const closeTo = (m: Mention | undefined) => m && isConnector(gapText(s.text, m.end, local, spans));
  switch (c.role) {
    case "count":
      return bindCount(c, s, local);
    case "perUnit":
      return nearest && PER_UNIT_VOCABULARY.some((p) => p.id === nearest.item) ? nearest.item : undefined;
    case "value":
    case "budget":
    case "base": {
      if (closeTo(nearest) && (!current || nearest!.end > prevEnd)) return nearest!.item;
      if (current && isConnector(gapText(s.text, prevEnd, local, spans))) return current;
      if (c.role === "base" && current) return current;
      if (!nearest && !current && ctx.subject && isConnector(gapText(s.text, 0, local, spans))) return ctx.subject;
      return undefined;
    }
    case "change":
    case "rate":
    case "share":
    case "execution":
      if (current) return current;
      if (nearest && c.role !== "share") return nearest.item;
      if (!nearest && ctx.subject && c.role !== "share" && reg.items.get(ctx.subject)) return ctx.subject;
      return undefined;
    default:
      return undefined;
  }
}

function bindCount(c: Claim, s: Sentence, local: number): string | undefined {
  const before = s.text.slice(Math.max(0, local - 16), local);
  const after = s.text.slice(local + c.token.text.length);
  for (const v of COUNT_VOCABULARY) {
    if (v.unit !== c.token.unitText.replace("(", "（").replace(")", "）")) continue;
    if (v.sentence && !v.sentence.test(s.text)) continue;
    if (v.before && v.before.test(before)) return `count:${v.id}`;
    if (v.after && v.after.test(after)) return `count:${v.id}`;
  }
  return undefined;
}
