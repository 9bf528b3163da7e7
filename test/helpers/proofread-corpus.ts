/**
 * Proofreading corpus: correct narratives generated from the two samples in both profiles, and
 * mutations of them, one error each, by error class. Mutations are placed on the narrative's own
 * figure runs (FigureRun), not on what the proofreader finds, so recall is measured independently.
 * Deterministic: a seeded generator picks digits.
 */
import { centralAccounts, mentougouAccounts } from "../../examples/src";
import { generateNarrative, type Narrative, type NarrativeSettings, type ProfileId } from "../../src/narrative";
import type { FinalAccounts } from "../../src/tables/model";
import {
  bindText,
  buildItems,
  proofreadText,
  splitParagraphs,
  splitSentences,
  type ProofFinding,
  type ProofRuleId,
} from "../../src/proofread";

export interface FigureSpan {
  offset: number;
  end: number;
  text: string;
  computation: string;
}

export interface CorpusDoc {
  name: string;
  text: string;
  accounts: FinalAccounts;
  settings: { profile: ProfileId };
  figures: FigureSpan[];
  /** The user's own words (duties, reasons, performance text): not the generator's. */
  userSpans: [number, number][];
}

export type MutationClass =
  | "amount"
  | "change"
  | "rate"
  | "share"
  | "execution"
  | "per-unit"
  | "count"
  | "direction"
  | "grouping"
  | "unit-swap"
  | "template-leftover"
  | "stray-space"
  | "missing-unit"
  | "decimals"
  | "item-deleted"
  | "parts-sum";

export interface Mutation {
  doc: CorpusDoc;
  cls: MutationClass;
  text: string;
  /** The changed characters in the mutated text (for a deletion: the place of the cut). */
  span: [number, number];
  expect: ProofRuleId[];
  /** For deletions: the 功能分类 code that must be reported. */
  code?: string;
}

const VALUE_RULES: ProofRuleId[] = [
  "proof.amount-mismatch",
  "proof.unit-mismatch",
  "proof.change-mismatch",
  "proof.change-too-large",
  "proof.per-unit-mismatch",
  "proof.count-mismatch",
];
const COVERAGE = new Set<ProofRuleId>(["proof.item-not-mentioned", "proof.parts-sum"]);

/** The narrative's plain text (as narrativeToPlain writes it) with the place of every run. */
export function docFromNarrative(name: string, n: Narrative, accounts: FinalAccounts, settings: { profile: ProfileId }): CorpusDoc {
  const figures: FigureSpan[] = [];
  const userSpans: [number, number][] = [];
  let text = "";
  const blocks: (() => void)[] = [];
  if (n.title) blocks.push(() => (text += n.title));
  for (const s of n.sections) {
    if (s.paragraphs.length === 0) continue;
    blocks.push(() =>
      s.paragraphs.forEach((p, i) => {
        if (i > 0) text += "\n";
        for (const r of p.runs) {
          const at = text.length;
          text += r.text;
          if (r.kind === "figure") figures.push({ offset: at, end: text.length, text: r.text, computation: r.computation });
          if (r.kind === "userText") userSpans.push([at, text.length]);
        }
      }),
    );
  }
  blocks.forEach((b, i) => {
    if (i > 0) text += "\n\n";
    b();
  });
  text += "\n";
  return { name, text, accounts, settings, figures, userSpans };
}

export function sampleDocs(): CorpusDoc[] {
  const docs: CorpusDoc[] = [];
  for (const [name, make] of [
    ["mentougou", mentougouAccounts],
    ["central", centralAccounts],
  ] as const) {
    for (const profile of ["yuan-1dp", "wanyuan-2dp"] as const) {
      const accounts = make();
      const n = generateNarrative(accounts, { profile } as Partial<NarrativeSettings>);
      docs.push(docFromNarrative(`${name}/${profile}`, n, accounts, { profile }));
    }
  }
  return docs;
}

/** mulberry32: a small seeded generator. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const AMOUNT = /^(\d[\d,]*)(\.\d+)?(万元|元)$/;
const PERCENT = /^(\d+)(?:\.(\d+))?%$/;

function replaceAt(text: string, a: number, b: number, by: string): { text: string; span: [number, number] } {
  return { text: text.slice(0, a) + by + text.slice(b), span: [a, a + by.length] };
}

/** Changes one digit (not a leading one to 0) of a number's text. */
function changeDigit(s: string, rng: () => number): string {
  const positions = [...s].map((ch, i) => (/\d/.test(ch) ? i : -1)).filter((i) => i >= 0);
  const i = positions[Math.floor(rng() * positions.length)];
  const d = Number(s[i]);
  let nd = (d + 1 + Math.floor(rng() * 8)) % 10;
  if (i === positions[0] && nd === 0) nd = d === 1 ? 2 : 1;
  return s.slice(0, i) + String(nd) + s.slice(i + 1);
}

function isNonZero(s: string): boolean {
  return /[1-9]/.test(s);
}

const inUser = (doc: CorpusDoc, a: number) => doc.userSpans.some(([s, e]) => a >= s && a < e);

const FLIP: Record<string, string> = { 增加: "减少", 减少: "增加", 增长: "下降", 下降: "增长" };
const LEFTOVER: Record<string, string> = { 增加: "增加（减少）", 减少: "减少（增加）", 增长: "增长（下降）", 下降: "下降（增长）" };

export function mutate(doc: CorpusDoc, seed = 1): Mutation[] {
  const rng = seeded(seed);
  const out: Mutation[] = [];
  const t = doc.text;
  const add = (cls: MutationClass, r: { text: string; span: [number, number] }, expect: ProofRuleId[], code?: string) =>
    out.push({ doc, cls, text: r.text, span: r.span, expect, ...(code && { code }) });
  const byComputation: Record<string, MutationClass> = {
    amount: "amount",
    change: "change",
    perUnit: "per-unit",
    count: "count",
    growthRate: "rate",
    share: "share",
    executionRate: "execution",
  };
  for (const f of doc.figures) {
    const cls = byComputation[f.computation];
    if (!cls) continue;
    const am = AMOUNT.exec(f.text);
    const pm = PERCENT.exec(f.text);
    // Value classes: one digit of a non-zero number; a percentage moved by one in its last place.
    if (am && isNonZero(f.text)) {
      const num = f.text.slice(0, f.text.length - am[3].length);
      add(cls, replaceAt(t, f.offset, f.offset + num.length, changeDigit(num, rng)), VALUE_RULES);
    } else if (cls === "count" && isNonZero(f.text)) {
      const num = /^\d+/.exec(f.text)![0];
      add(cls, replaceAt(t, f.offset, f.offset + num.length, String(Number(num) + 1)), ["proof.count-mismatch"]);
    } else if (pm) {
      const dec = pm[2]?.length ?? 0;
      const places = dec === 0 ? (doc.settings.profile === "wanyuan-2dp" ? 2 : 1) : dec;
      const scaled = BigInt(pm[1] + (pm[2] ?? "").padEnd(places, "0"));
      const up = rng() < 0.5 || scaled === 0n;
      const moved = (up ? scaled + 1n : scaled - 1n).toString().padStart(places + 1, "0");
      const shifted = `${moved.slice(0, -places)}.${moved.slice(-places)}%`;
      const rule = { rate: "proof.rate-mismatch", share: "proof.share-mismatch", execution: "proof.execution-mismatch" }[
        cls as "rate" | "share" | "execution"
      ] as ProofRuleId;
      add(cls, replaceAt(t, f.offset, f.end, shifted), [rule]);
    }
    // Direction words before a change or a growth rate.
    if (f.computation === "change" || f.computation === "growthRate") {
      const w = t.slice(f.offset - 2, f.offset);
      if (FLIP[w]) {
        add("direction", replaceAt(t, f.offset - 2, f.offset, FLIP[w]), ["proof.direction"]);
        add("template-leftover", replaceAt(t, f.offset - 2, f.offset, LEFTOVER[w]), ["proof.template-leftover"]);
      }
    }
    if (am && isNonZero(f.text)) {
      const [, int, frac = "", unit] = am;
      if (int.includes(",")) {
        add("grouping", replaceAt(t, f.offset, f.end, `${int.replace(/,/g, "")}${frac}${unit}`), ["proof.grouping"]);
        const i = int.indexOf(",");
        const moved = int.slice(0, i) + int[i + 1] + "," + int.slice(i + 2);
        add("grouping", replaceAt(t, f.offset, f.end, `${moved}${frac}${unit}`), ["proof.bad-grouping"]);
      }
      if (f.computation === "amount" || f.computation === "change") {
        add("unit-swap", replaceAt(t, f.end - unit.length, f.end, unit === "元" ? "万元" : "元"), ["proof.unit-mismatch"]);
        add("missing-unit", replaceAt(t, f.end - unit.length, f.end, ""), ["proof.missing-unit"]);
        add("stray-space", replaceAt(t, f.end - unit.length, f.end - unit.length, " "), ["proof.stray-space"]);
        if (frac) add("decimals", replaceAt(t, f.end - unit.length - frac.length, f.end - unit.length, ""), ["proof.decimals", "proof.amount-mismatch", "proof.change-mismatch"]);
      }
    }
    if (pm && f.computation === "share") add("stray-space", replaceAt(t, f.end - 1, f.end - 1, " "), ["proof.stray-space"]);
  }
  // Other template leftovers: (款，) and 主要增（减）原因.
  for (const m of t.matchAll(/（款）|主要原因/g)) {
    const a = m.index ?? 0;
    if (inUser(doc, a)) continue;
    const by = m[0] === "（款）" ? "（款，）" : "主要增（减）原因";
    add("template-leftover", replaceAt(t, a, a + m[0].length, by), ["proof.template-leftover"]);
  }
  // Deleted 类 paragraphs: in 四（一） the class line, in 四（二） the class with its 款/项 lines.
  const paras = splitParagraphs(t);
  const accounts = doc.accounts.generalBudgetExpenditure?.rows ?? [];
  for (const row of accounts.filter((r) => r.level === "class" && r.amounts.total && !r.amounts.total.value.isZero())) {
    const i1 = paras.findIndex((p) => p.text.startsWith(row.name) && /占本年财政拨款支出/.test(p.text));
    if (i1 >= 0) {
      const p = paras[i1];
      const cut = t.slice(0, p.offset) + t.slice(p.offset + p.text.length + 1);
      out.push({ doc, cls: "item-deleted", text: cut, span: [p.offset, p.offset], expect: ["proof.item-not-mentioned"], code: row.code });
    }
    const i2 = paras.findIndex((p) => new RegExp(`^\\d+\\.“${row.name}”[（(]类[）)]`).test(p.text));
    if (i2 >= 0) {
      let j = i2 + 1;
      while (j < paras.length && /^“/.test(paras[j].text)) j++;
      const from = paras[i2].offset;
      const to = j < paras.length ? paras[j].offset : t.length;
      out.push({ doc, cls: "item-deleted", text: t.slice(0, from) + t.slice(to), span: [from, from], expect: ["proof.item-not-mentioned"], code: row.code });
    }
  }
  // Parts that no longer add up: a digit of a part stated under its whole.
  const reg = buildItems(doc.accounts);
  const bound = bindText(t, reg);
  // A part is "stated under its whole" when the whole's amount comes first and nothing but the
  // whole's own parts (and their parts) and no heading above level 4 come between.
  const descendants = (id: string, acc = new Set<string>()): Set<string> => {
    for (const p of reg.items.get(id)?.parts ?? []) if (!acc.has(p)) descendants(p, acc.add(p));
    return acc;
  };
  let open: { id: string; paragraph: number; desc: Set<string> }[] = [];
  for (const c of bound.claims) {
    if (c.role !== "value" || !c.item) continue;
    const para = bound.sentences[c.sentence].paragraph;
    open = open.filter(
      (w) =>
        !bound.paragraphs.slice(w.paragraph + 1, para + 1).some((p) => p.heading !== null && p.heading <= 3) && w.desc.has(c.item!),
    );
    const under = open.some((w) => reg.items.get(w.id)?.parts?.includes(c.item!));
    if (reg.items.get(c.item)?.parts?.length) open.push({ id: c.item, paragraph: para, desc: descendants(c.item) });
    if (!under || !isNonZero(c.token.digits) || inUser(doc, c.token.offset)) continue;
    add("parts-sum", replaceAt(t, c.token.offset, c.token.offset + c.token.digits.length, changeDigit(c.token.digits, rng)), ["proof.parts-sum"]);
  }
  return out;
}

export interface Quality {
  mutations: number;
  recall: Record<string, { hit: number; total: number; missed: string[] }>;
  correctSentences: number;
  falseFindings: ProofFinding[];
  /** Findings in the user's own words or on unfilled gaps: true problems of the inputs, not counted as false. */
  inputFindings: ProofFinding[];
}

function overlaps(f: ProofFinding, [a, b]: [number, number]): boolean {
  return f.offset <= b + 2 && f.offset + f.length >= a - 2;
}

export function measure(docs: CorpusDoc[], seed = 1, keep: (m: Mutation) => boolean = () => true): Quality {
  const q: Quality = { mutations: 0, recall: {}, correctSentences: 0, falseFindings: [], inputFindings: [] };
  for (const doc of docs) {
    const base = proofreadText(doc.text, doc.accounts, doc.settings);
    for (const f of base) {
      if (inUser(doc, f.offset) || f.excerpt.startsWith("【待填写")) q.inputFindings.push(f);
      else q.falseFindings.push(f);
    }
    const sentences = splitSentences(splitParagraphs(doc.text));
    q.correctSentences += sentences.filter((s) => doc.figures.some((f) => f.offset >= s.offset && f.offset < s.end)).length;
    const baseMessages = new Set(base.map((f) => `${f.rule}|${f.message}`));
    for (const m of mutate(doc, seed)) {
      if (!keep(m)) continue;
      q.mutations++;
      const r = (q.recall[m.cls] ??= { hit: 0, total: 0, missed: [] });
      r.total++;
      const found = proofreadText(m.text, doc.accounts, doc.settings).some((f) => {
        if (!m.expect.includes(f.rule)) return false;
        if (COVERAGE.has(f.rule)) {
          if (baseMessages.has(`${f.rule}|${f.message}`)) return false;
          return m.code ? (f.expected ?? "").startsWith(m.code) : true;
        }
        return overlaps(f, m.span);
      });
      if (found) r.hit++;
      else r.missed.push(`${doc.name}: ${m.text.slice(Math.max(0, m.span[0] - 30), m.span[1] + 10).replace(/\n/g, "⏎")}`);
    }
  }
  return q;
}
