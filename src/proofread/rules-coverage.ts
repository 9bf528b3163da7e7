/**
 * Coverage and structure rules: what the text leaves out, lists that do not add up, a stated budget
 * total against its items, names that differ from the tables', and a figure stated twice.
 */
import { Dec, ZERO, formatAmount, fromYuan, roundHalfUp } from "../core";
import type { BoundText } from "./bind";
import type { Claim, NumberToken, ProofFinding, ResolvedProofSettings } from "./model";
import { cellsOf, claimUnit, claimYuan, plain, yuanLike } from "./expect";
import { isMoneyLike } from "./extract";
import { report, type ProofRule, type RuleInput } from "./rule-kit";

/** The paragraphs from a heading to the next heading of the same or a higher level. */
function regionAt(b: BoundText, i: number): { from: number; to: number; text: string; paragraph: number } {
  const level = b.paragraphs[i].heading!;
  let j = i + 1;
  while (j < b.paragraphs.length && !(b.paragraphs[j].heading !== null && b.paragraphs[j].heading! <= level)) j++;
  const from = b.paragraphs[i].offset;
  const to = j < b.paragraphs.length ? b.paragraphs[j].offset : b.text.length;
  return { from, to, text: b.text.slice(from, to), paragraph: i };
}

function region(b: BoundText, title: RegExp, parent = false) {
  const i = b.paragraphs.findIndex((p) => p.heading !== null && title.test(p.text));
  if (i < 0) return undefined;
  if (parent) {
    // The section this one belongs to: a 类 stated anywhere in it or its sub-sections is mentioned.
    const level = b.paragraphs[i].heading!;
    for (let k = i - 1; k >= 0; k--) if (b.paragraphs[k].heading !== null && b.paragraphs[k].heading! < level) return regionAt(b, k);
  }
  return regionAt(b, i);
}

const normalize = (s: string) => s.replace(/[“”"'‘’\s\u3000]/g, "").replace(/[（]/g, "(").replace(/[）]/g, ")");
const headingLine = (b: BoundText, from: number) => ({ offset: from, end: from + Math.max(1, b.text.slice(from).search(/[\r\n]|$/)) });

const itemNotMentioned: ProofRule = {
  id: "proof.item-not-mentioned",
  severity: "error",
  describe: "表中有支出的功能分类科目（类；已按款说明时的款）在说明的相应部分（含其下各小节）没有提到",
  messages: {
    missing: "“{region}”中没有提到{code} {name}（{level}），表中该{level}支出{amount}元。",
    missingText: "“{region}”中没有说明“{name}”，而总体情况中列了这一类的支出。",
  },
  group: "coverage",
  evaluate(input) {
    const b = input.bound;
    const rows = input.accounts.generalBudgetExpenditure?.rows ?? [];
    const out: ProofFinding[] = [];
    const spends = (code: string) => {
      const r = rows.find((x) => x.code === code);
      return !!r?.amounts.total && !r.amounts.total.value.isZero();
    };
    const regions: [RegExp, string, "overall" | "detail"][] = [
      [/一般公共预算财政拨款支出决算总体情况/, "一般公共预算财政拨款支出决算总体情况", "overall"],
      [/一般公共预算财政拨款支出决算具体情况/, "一般公共预算财政拨款支出决算具体情况", "detail"],
    ];
    if (input.textOnly) return textOnlyCoverage(b);
    for (const [title, name, kind] of regions) {
      // A 总体情况 that lists 类 must list them all; one that states only the total (Shanghai 五(一))
      // leaves them to the rest of its section (五(二) 结构, 五(三) 具体).
      const own = region(b, title);
      const listsClasses = !!own && rows.some((x) => x.level === "class" && normalize(own.text).includes(normalize(x.name)));
      const r = kind === "overall" && !listsClasses ? region(b, title, true) : own;
      if (!r) continue;
      const body = normalize(r.text);
      const lines = b.itemLines.filter((l) => b.paragraphs[l.paragraph].offset >= r.from && b.paragraphs[l.paragraph].offset < r.to);
      const has = (n: string, code: string) => body.includes(normalize(n)) || lines.some((l) => l.code?.startsWith(code));
      const explainsSections = rows.some((x) => x.level === "section" && has(x.name, x.code));
      const at = headingLine(b, b.paragraphs[region(b, title)!.paragraph].offset);
      for (const row of rows) {
        if (!spends(row.code)) continue;
        const amount = row.amounts.total!;
        const vars = { region: name, code: row.code, name: row.name, amount: plain(amount.value) };
        const f = (level: string) => report(itemNotMentioned, b, at, "missing", { ...vars, level }, { expected: `${row.code} ${row.name}`, actual: "未提及", cells: amount.cells });
        if (row.level === "class" && !has(row.name, row.code)) out.push(f("类"));
        else if (kind === "detail" && explainsSections && row.level === "section") {
          const parent = rows.find((x) => x.code === row.code.slice(0, 3));
          if (parent && has(parent.name, parent.code) && !has(row.name, row.code)) out.push(f("款"));
        }
      }
    }
    return out;
  },
};

/** Without tables: a 类 the 总体情况 list states with an amount that 具体情况 never explains. */
function textOnlyCoverage(b: BoundText): ProofFinding[] {
  const overall = region(b, /一般公共预算财政拨款支出决算总体情况/);
  const detail = region(b, /一般公共预算财政拨款支出决算具体情况/);
  if (!overall || !detail) return [];
  const body = normalize(detail.text);
  const out: ProofFinding[] = [];
  const at = headingLine(b, detail.from);
  for (const m of overall.text.matchAll(/(?:^|[：:；;\n])\s*[“"]?([\u4e00-\u9fff]{2,20}支出)[”"]?(?:[（(]类[）)])?\s*[\d,]+(?:\.\d+)?\s*(?:万元|元)，?占/g)) {
    const name = m[1];
    if (body.includes(normalize(name))) continue;
    out.push(report(itemNotMentioned, b, at, "missingText", { region: "一般公共预算财政拨款支出决算具体情况", name }, { expected: name, actual: "未提及" }));
  }
  return out;
}

/** Half of the last stated place, in 元: how far a rounded number may be from the exact one. */
function halfPlace(t: NumberToken, s: ResolvedProofSettings): Dec {
  if (t.value.isZero()) return ZERO; // "0元" is an exact zero
  const unit = claimUnit(t, s);
  return new Dec(5).times(new Dec(10).pow(-(t.decimals + 1))).times(unit === "wanYuan" ? 10000 : 1);
}

const moneyValue = (c: Claim) => c.role === "value" && (yuanLike(c.token.unitKind) || isMoneyLike(c.token));

const partsSum: ProofRule = {
  id: "proof.parts-sum",
  severity: "error",
  describe: "文中所列各组成部分（收入、支出各项，类，货物/工程/服务，“其中”所列各项）之和与所述合计不等，超出四舍五入的范围",
  messages: {
    sum: "“{label}”文中为“{actual}”，但其后所列{count}项之和为{expected}，两者不等。",
    exceed: "“其中”所列各项之和{expected}大于前面写的合计“{actual}”。",
  },
  group: "coverage",
  evaluate(input) {
    const b = input.bound;
    const items = input.reg.items;
    const s = input.settings;
    const out: ProofFinding[] = [];
    const descendants = (id: string, acc = new Set<string>()): Set<string> => {
      for (const p of items.get(id)?.parts ?? []) if (!acc.has(p)) descendants(p, acc.add(p));
      return acc;
    };
    const values = b.claims.filter((c) => moneyValue(c) && c.item);
    const flagged = new Set<number>();
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
      const nonZero = (p: string) => !!items.get(p)?.actual && !items.get(p)!.actual!.value.isZero();
      const missingAny = whole.parts.some((p) => !stated.has(p) && nonZero(p));
      if (stated.size === 0 || (stated.size < 2 && missingAny)) continue;
      const parts = [...stated.values()];
      const sum = parts.reduce((acc, c) => acc.plus(claimYuan(c.token, s)), ZERO);
      const wv = claimYuan(w.token, s);
      // Rounding room only where the text had to round the table's figure …
      const room = (c: Claim) => {
        const a = items.get(c.item!)?.actual;
        if (!a) return halfPlace(c.token, s);
        const inUnit = fromYuan(a.value, claimUnit(c.token, s));
        return roundHalfUp(inUnit, c.token.decimals).eq(inUnit) ? ZERO : halfPlace(c.token, s);
      };
      // … plus whatever the printed (万元) table itself fails to add up by (2,940.05 against 2,940.06).
      // (Each part as the table figure the text copies: 236.63 from one table, 236.64 from the other.)
      const actuals = [w, ...parts].map((c) => {
        const it = items.get(c.item!);
        const unit = claimUnit(c.token, s);
        const fits = (a: { value: Dec }) => roundHalfUp(fromYuan(a.value, unit), c.token.decimals).eq(c.token.value);
        return [it?.actual, ...(it?.alternatives ?? [])].find((a) => a && fits(a)) ?? it?.actual;
      });
      const tableGap = actuals.every((a) => a)
        ? actuals.slice(1).reduce((acc, a) => acc.plus(a!.value), ZERO).minus(actuals[0]!.value).abs()
        : ZERO;
      const tol = parts.reduce((acc, c) => acc.plus(room(c)), room(w)).plus(tableGap);
      if (sum.minus(wv).abs().lte(tol)) continue;
      // Short of the total: a part may be missing (and without tables the text's own list is all we know).
      if (sum.lt(wv) && (input.textOnly || whole.parts.some((p) => !stated.has(p) && (nonZero(p) || !items.get(p)?.actual)))) continue;
      const expected = formatAmount(sum, { unit: claimUnit(w.token, s), decimals: Math.max(2, w.token.decimals) });
      flagged.add(w.token.offset);
      out.push(
        report(partsSum, b, w.token, "sum", { label: whole.label, actual: w.token.text, count: parts.length, expected }, {
          expected,
          actual: w.token.text,
          cells: cellsOf(whole.actual, ...parts.map((c) => items.get(c.item!)?.actual)),
        }),
      );
    }
    // "合计X，其中：A、B": parts that exceed the total they are part of, whatever the items; the same
    // for counts ("共有车辆3辆，其中：…用车2辆、…用车2辆").
    for (const sen of b.sentences) {
      const k = sen.text.indexOf("其中");
      if (k < 0) continue;
      const cut = sen.offset + k;
      const counts = b.tokens.filter((t) => t.unitKind === "count" && t.offset >= sen.offset && t.offset < sen.end);
      const cw = counts.filter((t) => t.offset < cut).pop();
      const cparts = cw ? counts.filter((t) => t.offset > cut && t.unitText === cw.unitText) : [];
      const csum = cparts.reduce((acc, t) => acc.plus(t.value), ZERO);
      if (cw && cparts.length > 1 && csum.gt(cw.value)) {
        out.push(report(partsSum, b, cw, "exceed", { actual: cw.text, expected: `${csum.toString()}${cw.unitText}` }, { expected: `${csum.toString()}${cw.unitText}`, actual: cw.text }));
      }
      const inS = b.claims.filter((c) => c.sentence === sen.index && moneyValue(c) && yuanLike(c.token.unitKind));
      const w = inS.filter((c) => c.token.offset < cut).pop();
      const parts = inS.filter((c) => c.token.offset > cut);
      if (!w || parts.length === 0 || flagged.has(w.token.offset)) continue;
      const sum = parts.reduce((acc, c) => acc.plus(claimYuan(c.token, s)), ZERO);
      const tol = parts.reduce((acc, c) => acc.plus(halfPlace(c.token, s)), halfPlace(w.token, s));
      if (sum.minus(claimYuan(w.token, s)).lte(tol)) continue;
      const expected = formatAmount(sum, { unit: claimUnit(w.token, s), decimals: Math.max(2, w.token.decimals) });
      out.push(report(partsSum, b, w.token, "exceed", { actual: w.token.text, expected }, { expected, actual: w.token.text }));
    }
    return out;
  },
};

const budgetSum: ProofRule = {
  id: "proof.budget-sum",
  severity: "error",
  describe: "写出的年初预算总数与其下各项年初预算之和不等，超出四舍五入的范围",
  messages: { sum: "年初预算总数写“{actual}”，其下{count}项年初预算之和为{expected}，相差{gap}。" },
  group: "coverage",
  evaluate(input) {
    const b = input.bound;
    const s = input.settings;
    const out: ProofFinding[] = [];
    const budgets = b.claims.filter((c) => c.role === "budget" && yuanLike(c.token.unitKind));
    for (const total of budgets) {
      const sen = b.sentences[total.sentence];
      const para = b.paragraphs[sen.paragraph];
      // The total opens a list: "年初预算为A万元，…。其中：" in its paragraph.
      if (!/其中[：:]\s*$/.test(para.text)) continue;
      // The list runs to the next heading at the total's own depth.
      let depth = para.heading;
      for (let k = sen.paragraph - 1; depth === null && k >= 0; k--) depth = b.paragraphs[k].heading;
      let until = sen.paragraph + 1;
      while (until < b.paragraphs.length && !(b.paragraphs[until].heading !== null && b.paragraphs[until].heading! <= (depth ?? 0))) until++;
      // Its items are 类/款/项 of one level (the first one's).
      const level = (c: Claim) => (c.item && /^(?:functional|line):/.test(c.item) ? c.item.replace(/^line:.*/, "line").length : -1);
      const listed = budgets.filter((c) => {
        const p = b.sentences[c.sentence].paragraph;
        return p > sen.paragraph && p < until && level(c) > 0;
      });
      const parts = listed.filter((c) => level(c) === level(listed[0]));
      if (parts.length < 2) continue;
      const sum = parts.reduce((acc, c) => acc.plus(claimYuan(c.token, s)), ZERO);
      const tol = parts.reduce((acc, c) => acc.plus(halfPlace(c.token, s)), halfPlace(total.token, s));
      const gap = sum.minus(claimYuan(total.token, s)).abs();
      if (gap.lte(tol)) continue;
      const unit = claimUnit(total.token, s);
      const expected = formatAmount(sum, { unit, decimals: total.token.decimals });
      out.push(report(budgetSum, b, total.token, "sum", { actual: total.token.text, count: parts.length, expected, gap: formatAmount(gap, { unit, decimals: total.token.decimals }) }, { expected, actual: total.token.text }));
    }
    return out;
  },
};

const LEVEL = { class: "类", section: "款", item: "项" } as const;

const itemName: ProofRule = {
  id: "proof.item-name",
  severity: "warning",
  describe: "“X（类）Y（款）Z（项）”中的科目名称与一般公共预算财政拨款支出决算表中的名称不同",
  messages: {
    differs: "“{written}（{level}）”与表中名称不同：按所写金额和上级科目，表中{code}为“{name}”。",
    unknown: "“{written}（{level}）”不是表中的科目名称。",
    listedZero: "“{written}”列在{group}的主要内容中，但一般公共预算财政拨款基本支出决算表中该款为0{others}。",
    listedAbsent: "“{written}”列在{group}的主要内容中，但一般公共预算财政拨款基本支出决算表中没有这一款的支出{others}。",
  },
  group: "coverage",
  evaluate(input) {
    const b = input.bound;
    const f = input.reg.functional;
    if (input.textOnly) return [];
    const out: ProofFinding[] = listedEconomic(input);
    if (f.length === 0) return out;
    for (const l of b.itemLines) {
      for (const level of ["class", "section", "item"] as const) {
        if (l.codes[level]) continue;
        const written = l.written[level];
        const len = level === "class" ? 3 : level === "section" ? 5 : 7;
        const code = l.code?.slice(0, len);
        const row = code ? f.find((r) => r.code === code) : undefined;
        const at = { offset: l.at[level], end: l.at[level] + written.length };
        const vars = { written, level: LEVEL[level], code: code ?? "", name: row?.name ?? "" };
        const cells = l.code ? (input.reg.items.get(`functional:${code}`)?.actual?.cells ?? []) : [];
        out.push(report(itemName, b, at, row ? "differs" : "unknown", vars, { expected: row?.name ?? "", actual: written, cells }));
      }
    }
    return out;
  },
};

/** "人员经费X万元，主要包括：A、B、C": each listed 经济分类 款 must have spending in the 基本支出 table. */
function listedEconomic(input: RuleInput): ProofFinding[] {
  const rows = (input.accounts.basicExpenditureByEconomic?.rows ?? []).filter((r) => r.level === "section");
  if (rows.length === 0) return [];
  const b = input.bound;
  const out: ProofFinding[] = [];
  const bare = (x: string) => normalize(x).replace(/支出$/, "");
  for (const m of b.text.matchAll(/(人员经费|公用经费)[^。；;]{0,30}?主要包括[：:]([^；;。]+)/g)) {
    const group = m[1];
    const personnel = group === "人员经费";
    const inGroup = rows.filter((r) => (r.group === "personnel") === personnel);
    const listStart = (m.index ?? 0) + m[0].length - m[2].length;
    const names = m[2].split("、");
    const listed = new Set<string>();
    let pos = listStart;
    for (const raw of names) {
      const written = raw.trim();
      const at = b.text.indexOf(written, pos);
      pos = at + raw.length;
      const row = rows.find((r) => bare(r.name) === bare(written));
      if (row) listed.add(row.code);
      if (row && !row.actual.value.isZero()) continue;
      const missing = inGroup.filter((r) => !r.actual.value.isZero() && !names.some((n) => bare(n) === bare(r.name)));
      const others = missing.length > 0 ? `；表中有支出而未列出的：${missing.map((r) => `${r.name} ${plain(fromYuan(r.actual.value, r.actual.sourceUnit))}`).join("、")}` : "";
      out.push(report(itemName, b, { offset: at, end: at + written.length }, row ? "listedZero" : "listedAbsent", { written, group, others }, { actual: written, expected: missing.map((r) => r.name).join("、"), cells: row?.actual.cells ?? [] }));
    }
  }
  return out;
}

/** Edit distance, for names that differ by a character or two. */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length][b.length];
}

const ORG = /(?:[\u4e00-\u9fff]{2}市)?[\u4e00-\u9fff]{1,3}区[\u4e00-\u9fff]{2,16}?(?:局|委员会|办公室|中心)/g;

/** The department's name: the workbook's, or without one the name the text uses most. */
function departmentOf(input: RuleInput): string | undefined {
  const own = input.accounts.department?.trim();
  if (own) return own;
  const n = new Map<string, number>();
  for (const m of input.bound.text.matchAll(ORG)) n.set(m[0], (n.get(m[0]) ?? 0) + 1);
  const best = [...n.entries()].sort((x, y) => y[1] - x[1] || y[0].length - x[0].length)[0];
  return best && best[1] >= 2 ? best[0] : undefined;
}

/** The place part of a name: "上海市", "上海市普陀区", "普陀区" (left out when comparing names). */
const PLACE = /^(?:[\u4e00-\u9fff]{2}市)?(?:[\u4e00-\u9fff]{1,3}区)?/;

const departmentName: ProofRule = {
  id: "proof.department-name",
  severity: "warning",
  describe: "部门名称与工作簿（没有工作簿时与文中多数写法）不一致，如“规划和自然资源局”写成“规划与自然资源局”",
  messages: { differs: "部门名称写作“{actual}”，应为“{expected}”。" },
  group: "coverage",
  evaluate(input) {
    const dept = departmentOf(input);
    if (!dept) return [];
    const core = dept.replace(PLACE, "");
    if (core.length < 4) return [];
    const b = input.bound;
    const last = core[core.length - 1];
    const out: ProofFinding[] = [];
    // Every run of the text that ends like the name and differs from it by one or two characters.
    for (let e = b.text.indexOf(last); e >= 0; e = b.text.indexOf(last, e + 1)) {
      let best: { start: number; d: number } | undefined;
      for (let len = core.length - 2; len <= core.length + 2; len++) {
        const start = e + 1 - len;
        const s = b.text.slice(Math.max(0, start), e + 1);
        if (start < 0 || /[^\u4e00-\u9fff]/.test(s)) continue;
        const d = distance(s, core);
        if (!best || d < best.d) best = { start, d };
      }
      // One character off ("规划与" for "规划和", "信息局" for "信息化局"); short forms ("区科技和信息化局") are not.
      if (!best || best.d !== 1) continue;
      // The place written before it ("上海市普陀区") belongs to the excerpt and to what it should be.
      const before = /(?:[\u4e00-\u9fff]{2}市)?[\u4e00-\u9fff]{1,3}区$|[\u4e00-\u9fff]{2}市$/.exec(b.text.slice(Math.max(0, best.start - 8), best.start))?.[0] ?? "";
      const place = before;
      const actual = place + b.text.slice(best.start, e + 1);
      const expected = place + core;
      if (distance(actual, expected) === 0) continue;
      out.push(report(departmentName, b, { offset: best.start - place.length, end: e + 1 }, "differs", { actual, expected }, { expected, actual }));
    }
    return out;
  },
};

/** Items whose figure can only be one number in a text (totals, named classes, 项 lines). */
const ONE_FIGURE = /^(?:grandTotal|appropriationGrandTotal|incomeTotal|expenditureTotal|generalBudgetExpenditure|threePublic:.*|functional:.*|line:.*)$/;
/** A total is never less than these parts. */
const AT_LEAST: Record<string, string[]> = {
  appropriationGrandTotal: ["generalBudgetExpenditure", "appropriationIncome"],
  grandTotal: ["incomeTotal", "expenditureTotal"],
  incomeTotal: ["appropriationIncome"],
  expenditureTotal: ["basic", "project"],
};

const restated: ProofRule = {
  id: "proof.restated",
  severity: "error",
  describe: "同一数字前后写了两个不同的值，或合计小于文中写的其组成部分（用于没有报表数的项目）",
  messages: {
    twice: "“{label}”前文写“{first}”，此处写“{actual}”，前后不一致。",
    less: "“{label}”写“{actual}”，小于文中写的“{partLabel}”“{part}”，不可能成立。",
  },
  group: "coverage",
  evaluate(input) {
    const b = input.bound;
    const s = input.settings;
    const out: ProofFinding[] = [];
    const first = new Map<string, Claim>();
    for (const c of b.claims) {
      if (!moneyValue(c) || !c.item || !yuanLike(c.token.unitKind) || !ONE_FIGURE.test(c.item)) continue;
      const item = input.reg.items.get(c.item);
      if (item?.actual) continue; // the tables decide (amount-mismatch)
      const f = first.get(c.item);
      if (!f) {
        first.set(c.item, c);
        continue;
      }
      const d = Math.min(f.token.decimals, c.token.decimals);
      const unit = claimUnit(c.token, s);
      const a = roundHalfUp(fromYuan(claimYuan(f.token, s), unit), d);
      if (a.eq(roundHalfUp(fromYuan(claimYuan(c.token, s), unit), d))) continue;
      out.push(report(restated, b, c.token, "twice", { label: item?.label ?? c.item, first: f.token.text, actual: c.token.text }, { expected: f.token.text, actual: c.token.text }));
    }
    for (const [whole, parts] of Object.entries(AT_LEAST)) {
      const w = first.get(whole) ?? b.claims.find((c) => c.item === whole && moneyValue(c) && yuanLike(c.token.unitKind) && !input.reg.items.get(whole)?.actual);
      if (!w || input.reg.items.get(whole)?.actual) continue;
      for (const p of parts) {
        const pc = b.claims.find((c) => c.item === p && moneyValue(c) && yuanLike(c.token.unitKind));
        if (!pc) continue;
        if (claimYuan(w.token, s).plus(halfPlace(w.token, s)).plus(halfPlace(pc.token, s)).gte(claimYuan(pc.token, s))) continue;
        out.push(
          report(restated, b, w.token, "less", { label: input.reg.items.get(whole)?.label ?? whole, actual: w.token.text, partLabel: input.reg.items.get(p)?.label ?? p, part: pc.token.text }, {
            expected: `不小于${pc.token.text}`,
            actual: w.token.text,
          }),
        );
        break;
      }
    }
    return out;
  },
};


export const COVERAGE_RULES: ProofRule[] = [itemNotMentioned, partsSum, budgetSum, itemName, departmentName, restated];
