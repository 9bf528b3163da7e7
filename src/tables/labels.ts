/** Label keys: how titles, header texts and row labels are compared (never by position). */
import { normalizeLabel, toHalfWidth } from "../core";
import type { ExpenditureColumn, IncomeColumn } from "./model";

const CN_NUM = "[一二三四五六七八九十]+";
const ORDINAL_PREFIX = new RegExp(`^(?:${CN_NUM}[、.]|\\(${CN_NUM}\\)|\\d{1,2}[、.](?!\\d)|\\(\\d{1,2}\\))`);

/**
 * A comparable key for a header or row label: half-width, no spaces, no quotes or brackets,
 * without an ordinal prefix ("一、", "（一）") or "其中：", without a trailing colon.
 * "一、一般公共预算财政拨款收入" → "一般公共预算财政拨款收入"; "公务用车运行（维护）费" → "公务用车运行维护费".
 */
export function labelKey(text: string): string {
  let s = normalizeLabel(text).replace(/"/g, "");
  s = s.replace(/^其中[:：]?/, "");
  s = s.replace(ORDINAL_PREFIX, "");
  s = s.replace(/^其中[:：]?/, "");
  return s.replace(/[()[\]【】<>《》]/g, "").replace(/[:：]+$/, "");
}

/** Strips an ordinal prefix from a label as printed, keeping the rest verbatim (trimmed). */
export function withoutOrdinal(text: string): string {
  const t = text.trim();
  const half = toHalfWidth(t);
  const m = ORDINAL_PREFIX.exec(half.replace(/^[\s\u3000]+/, ""));
  return m ? t.slice(m[0].length).trim() : t;
}

/** "（续）", "(续表)", "续表2": a continuation page of a table. */
export function isContinuedTitle(text: string): boolean {
  return /\(续表?\d*\)|续表\d*|续\)/.test(normalizeLabel(text));
}

/**
 * The key of a table title: quotes, year ("2023年度"), "（续）", "公开01表", a unit phrase and a
 * leading number ("1.", "表一") removed. "2023年度财政拨款“三公”经费支出决算表（续）" → "财政拨款三公经费支出决算表".
 */
export function titleKey(text: string): string {
  let s = normalizeLabel(text).replace(/"/g, "");
  s = s.replace(/(?:金额)?单位:(?:万元|元)/g, "");
  s = s.replace(/\(续表?\d*\)|续表\d*/g, "");
  s = s.replace(/(?:部门)?公开(?:\d+|[一二三四五六七八九十]+)表|附表\d+|表\d+(?:-\d+)?$/g, "");
  s = s.replace(/\d{4}年度?/g, "");
  s = s.replace(/^(?:表?[\d一二三四五六七八九十]+[、.:]|表[\d一二三四五六七八九十]+)/, "");
  return s.replace(/^[:、.\-—]+|[:、.\-—]+$/g, "");
}

/** 3, 5 or 7 digits at the start, then optionally the name: "2060101 行政运行", "206科学技术支出". */
const CODE_WITH_NAME = /^(\d{3}(?:\d{2}){0,2})(?!\d)[\s\u3000]*(.*)$/s;

export function splitCodeAndName(text: string): { code: string; name: string } | null {
  const t = text.trim();
  const m = CODE_WITH_NAME.exec(toHalfWidth(t));
  if (!m) return null;
  // toHalfWidth maps one character to one, so the name is sliced from the text as printed
  return { code: m[1], name: t.slice(m[0].length - m[2].length).trim() };
}

/** Labels that mean "the total row" of a coded table. */
export const TOTAL_KEYS = new Set(["合计", "总计", "合计数", "本年合计"]);

/** A header that names a 预算数 column or group (not 决算数), e.g. 年初预算数, 全年预算数, 预算数. */
export function isBudgetLabel(key: string): boolean {
  return /^(?:年初|全年|调整后?)?预算(?:数|金额)?$|预算数$/.test(key);
}

/** Notes that say the table is empty: "…故本表为空表", "本年度无此项支出". */
export const EMPTY_NOTE =
  /空表|无此项|本表无数据|本年度无.{0,30}(?:收入|支出|收支|经费|采购|服务)|(?:本单位|本部门).{0,12}(?:无|没有).{0,30}(?:收入|支出|收支|经费)/;

/** A department line: "部门：…", "编制单位：…", "单位名称：…" → the name ("单位：元" is a unit, not a name). */
export function departmentFrom(text: string): string | null {
  const s = toHalfWidth(text).replace(/\u3000/g, " ");
  const re = /(?:编制单位|单位名称|部门名称|预算单位|填报单位|部门|单位)\s*[:：]\s*/g;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    let rest = s.slice(m.index + m[0].length);
    if (/^(?:万元|元)(?![\u4e00-\u9fff])/.test(rest)) continue;
    const cut = /(?:金额)?单位\s*[:：]|公开\d+表|\s{2,}|\d{4}\s*年/.exec(rest);
    if (cut) rest = rest.slice(0, cut.index);
    rest = rest.trim();
    if (rest.length > 0) return rest;
  }
  return null;
}

/** The year of a title or header line: "2023年度…" → 2023. */
export function yearFrom(text: string): number | null {
  const m = /(20\d{2}|19\d{2})\s*年/.exec(toHalfWidth(text));
  return m ? Number(m[1]) : null;
}

/** The income kinds (columns of 收入决算表 beside 合计) by their printed names, in the order printed. */
export const INCOME_KIND_LABELS: Readonly<Record<Exclude<IncomeColumn, "total">, string>> = {
  appropriation: "财政拨款收入",
  superiorSubsidy: "上级补助收入",
  serviceIncome: "事业收入",
  businessIncome: "经营收入",
  affiliateRemittance: "附属单位上缴收入",
  otherIncome: "其他收入",
};

/** The expenditure kinds (columns of 支出决算表 beside 合计) by their printed names, in the order printed. */
export const EXPENDITURE_KIND_LABELS: Readonly<Record<Exclude<ExpenditureColumn, "total">, string>> = {
  basic: "基本支出",
  project: "项目支出",
  remittanceToSuperior: "上缴上级支出",
  businessExpenditure: "经营支出",
  affiliateSubsidy: "对附属单位补助支出",
};
