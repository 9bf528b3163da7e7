/**
 * Lays out the 9 Shanghai tables one per sheet, as the 2024 template prints them: the department
 * heading above the first table, a title and a "单位：万元" line per table, the headers as printed
 * (merged group headers, 类|款|项 or 7-digit codes), 合计 rows where the template puts them (first in
 * tables 2, 3, 8 and 9; last in table 5), the two-block 基本支出 table closed by 人员经费合计 |
 * 公用经费合计, the "三公" table with 预算数 | 决算数 under each kind, and the 注 / 说明 lines below.
 */
import type { CellValue } from "../../../src/core";
import { GridBuilder, type SampleSheet, y } from "../grid";
import type { CodedLine, EconomicLine, Printed, ShanghaiTables } from "./types";

const UNIT = "单位：万元";

function amount(p: Printed | undefined): CellValue {
  return p === null || p === undefined ? null : y(p).toNumber();
}

function head(g: GridBuilder, title: string, heading?: string): void {
  if (heading) g.title(heading);
  g.title(title);
  g.row([]);
  g.set(g.next - 1, g.width - 1, UNIT);
}

function notes(g: GridBuilder, lines: string[]): void {
  for (const text of lines) {
    const r = g.row([text]);
    g.merge(r, 0, r, g.width - 1);
  }
}

/** Code cells: split "2010601" → "201" | "06" | "01" (as many parts as `parts`); merged → one cell. */
function codeCells(code: string, split: boolean, parts: number): (string | null)[] {
  if (!split) return [code];
  const out: (string | null)[] = [];
  for (let i = 0; i < parts; i++) {
    const from = i === 0 ? 0 : 3 + (i - 1) * 2;
    const piece = code.slice(from, i === 0 ? 3 : from + 2);
    out.push(piece.length > 0 ? piece : null);
  }
  return out;
}

interface CodedShape {
  split: boolean;
  /** Label columns: 4 (类 款 项 名称) or 2 (编码 名称). */
  labels: number;
  nameCol: number;
}

function codedShape(t: ShanghaiTables): CodedShape {
  const split = t.codes === "split";
  return { split, labels: split ? 4 : 2, nameCol: split ? 3 : 1 };
}

/**
 * The 项目 / 功能分类科目编码 / 科目名称 header over rows r..r+depth-1 (depth 3 when split: the 类 款 项
 * row; 2 when merged). Returns the header depth.
 */
function codedLabelHeader(g: GridBuilder, t: ShanghaiTables, r: number, depth: number): void {
  const s = codedShape(t);
  g.set(r, 0, "项目");
  g.merge(r, 0, r, s.labels - 1);
  if (s.split) {
    g.set(r + 1, 0, t.headers.functionalCode);
    g.merge(r + 1, 0, r + depth - 2, 2);
    g.set(r + depth - 1, 0, "类");
    g.set(r + depth - 1, 1, "款");
    g.set(r + depth - 1, 2, "项");
  } else {
    g.set(r + 1, 0, t.headers.functionalCode);
    g.merge(r + 1, 0, r + depth - 1, 0);
  }
  g.set(r + 1, s.nameCol, "科目名称");
  g.merge(r + 1, s.nameCol, r + depth - 1, s.nameCol);
}

function tall(g: GridBuilder, r: number, c: number, depth: number, text: string): void {
  g.set(r, c, text);
  g.merge(r, c, r + depth - 1, c);
}

function codedRow(g: GridBuilder, s: CodedShape, line: CodedLine): void {
  const [code, name, ...amounts] = line;
  g.row([...codeCells(code, s.split, 3), name, ...amounts.map(amount)]);
}

function totalRow(g: GridBuilder, s: CodedShape, label: string, amounts: Printed[]): void {
  const cells: CellValue[] = new Array<CellValue>(s.labels).fill(null);
  cells[s.nameCol] = label;
  g.row([...cells, ...amounts.map(amount)]);
}

const codedWidths = (s: CodedShape, amounts: number) => [
  ...(s.split ? [6, 5, 5, 30] : [10, 30]),
  ...new Array<number>(amounts).fill(14),
];

/** A coded table with plain amount headers (收入决算表, 支出决算表, 一般公共预算财政拨款支出决算表). */
function codedSheet(
  t: ShanghaiTables,
  title: string,
  heads: string[],
  data: { total: Printed[]; rows: CodedLine[]; notes: string[] },
  totalFirst: boolean,
): SampleSheet {
  const s = codedShape(t);
  const g = new GridBuilder(s.labels + heads.length);
  head(g, title);
  const depth = s.split ? 3 : 2;
  const r = g.next;
  for (let i = 0; i < depth; i++) g.row([]);
  codedLabelHeader(g, t, r, depth);
  heads.forEach((h, i) => tall(g, r, s.labels + i, depth, h));
  for (let i = 0; i < depth; i++) g.markHeader(r + i);
  if (totalFirst) totalRow(g, s, "合计", data.total);
  for (const line of data.rows) codedRow(g, s, line);
  if (!totalFirst) totalRow(g, s, "合计", data.total);
  notes(g, data.notes);
  return g.build(title, { widths: codedWidths(s, heads.length), freezeRows: r + depth });
}

/** 收入支出决算总表, with the department heading above it. */
function summarySheet(t: ShanghaiTables): SampleSheet {
  const g = new GridBuilder(4);
  head(g, "收入支出决算总表", t.heading);
  const h1 = g.row(["收入", null, "支出", null]);
  g.merge(h1, 0, h1, 1);
  g.merge(h1, 2, h1, 3);
  const h2 = g.row(["项目", "决算数", "项目", "决算数"]);
  g.markHeader(h1, h2);
  const n = Math.max(t.summary.income.length, t.summary.expenditure.length);
  for (let i = 0; i < n; i++) {
    const inc = t.summary.income[i];
    const exp = t.summary.expenditure[i];
    g.row([inc?.[0] ?? null, amount(inc?.[1]), exp?.[0] ?? null, amount(exp?.[1])]);
  }
  for (const [a, av, b, bv] of t.summary.totals) g.row([a, amount(av), b, amount(bv)]);
  notes(g, t.summary.notes);
  return g.build("收入支出决算总表", { widths: [34, 16, 34, 16], freezeRows: h2 + 1 });
}

/** 财政拨款收入支出决算总表 */
function appropriationSheet(t: ShanghaiTables): SampleSheet {
  const a = t.appropriation;
  const g = new GridBuilder(7);
  head(g, "财政拨款收入支出决算总表");
  const h1 = g.row(["收入", null, "支出"]);
  g.merge(h1, 0, h1, 1);
  g.merge(h1, 2, h1, 6);
  const h2 = g.row(["项目", "决算数", "项目", "合计", "一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"]);
  g.markHeader(h1, h2);
  const n = Math.max(a.income.length, a.expenditure.length);
  for (let i = 0; i < n; i++) {
    const inc = a.income[i];
    const exp = a.expenditure[i];
    const [label, ...amounts] = exp ?? [null];
    g.row([inc?.[0] ?? null, amount(inc?.[1]), label, ...amounts.map(amount)]);
  }
  g.row(["本年收入合计", amount(a.incomeTotal), "本年支出合计", ...a.expenditureTotal.map(amount)]);
  const [first, ...lines] = a.opening;
  g.row([first[0], amount(first[1]), "年末财政拨款结转和结余", ...a.closing.map(amount)]);
  for (const [label, v] of lines) g.row([label, amount(v)]);
  g.row(["总计", amount(a.incomeGrandTotal), "总计", ...a.expenditureGrandTotal.map(amount)]);
  notes(g, a.notes);
  return g.build("财政拨款收入支出决算总表", { widths: [30, 14, 30, 14, 16, 16, 16], freezeRows: h2 + 1 });
}

/** 一般公共预算财政拨款基本支出决算表: two blocks side by side, totals in the last row. */
function basicSheet(t: ShanghaiTables): SampleSheet {
  const split = t.codes === "split";
  const block = split ? 4 : 3; // 类 款 名称 决算数 | 编码 名称 决算数
  const g = new GridBuilder(block * 2);
  head(g, "一般公共预算财政拨款基本支出决算表");
  const r = g.next;
  const depth = split ? 2 : 1;
  for (let i = 0; i < depth; i++) g.row([]);
  for (const o of [0, block]) {
    g.set(r, o, "经济分类科目编码");
    if (split) {
      g.merge(r, o, r, o + 1);
      g.set(r + 1, o, "类");
      g.set(r + 1, o + 1, "款");
    }
    tall(g, r, o + block - 2, depth, "科目名称");
    tall(g, r, o + block - 1, depth, "决算数");
  }
  for (let i = 0; i < depth; i++) g.markHeader(r + i);
  const cells = (e: EconomicLine | undefined): CellValue[] => {
    if (!e) return new Array<CellValue>(block).fill(null);
    const [code, name, v] = e;
    const codeCellsOf = split ? [code.slice(0, 3), code.length > 3 ? code.slice(3) : null] : [code];
    return [...codeCellsOf, name, amount(v)];
  };
  const n = Math.max(t.basic.personnel.length, t.basic.public.length);
  for (let i = 0; i < n; i++) g.row([...cells(t.basic.personnel[i]), ...cells(t.basic.public[i])]);
  const last = g.row([]);
  g.set(last, 0, "人员经费合计");
  g.merge(last, 0, last, block - 2);
  g.set(last, block - 1, amount(t.basic.personnelTotal));
  g.set(last, block, "公用经费合计");
  g.merge(last, block, last, 2 * block - 2);
  g.set(last, 2 * block - 1, amount(t.basic.publicTotal));
  notes(g, t.basic.notes);
  const widths = split ? [6, 5, 26, 14, 6, 5, 26, 14] : [10, 26, 14, 10, 26, 14];
  return g.build("一般公共预算财政拨款基本支出决算表", { widths, freezeRows: r + depth });
}

/** 财政拨款"三公"经费支出决算表: 预算数 | 决算数 under each of the six headings. */
function threePublicSheet(t: ShanghaiTables): SampleSheet {
  const g = new GridBuilder(12);
  head(g, "财政拨款“三公”经费支出决算表");
  const r = g.row(["财政拨款“三公”经费"]);
  g.merge(r, 0, r, 11);
  g.row([]);
  g.row([]);
  g.row([]);
  g.set(r + 1, 0, "合计");
  g.merge(r + 1, 0, r + 2, 1);
  g.set(r + 1, 2, "因公出国（境）费");
  g.merge(r + 1, 2, r + 2, 3);
  g.set(r + 1, 4, t.headers.vehicles);
  g.merge(r + 1, 4, r + 1, 9);
  g.set(r + 2, 4, "小计");
  g.merge(r + 2, 4, r + 2, 5);
  g.set(r + 2, 6, "公务用车购置费");
  g.merge(r + 2, 6, r + 2, 7);
  g.set(r + 2, 8, t.headers.vehicleOperation);
  g.merge(r + 2, 8, r + 2, 9);
  g.set(r + 1, 10, "公务接待费");
  g.merge(r + 1, 10, r + 2, 11);
  for (let i = 0; i < 6; i++) {
    g.set(r + 3, 2 * i, "预算数");
    g.set(r + 3, 2 * i + 1, "决算数");
  }
  g.markHeader(r, r + 1, r + 2, r + 3);
  g.row(t.threePublic.values.map(amount));
  notes(g, t.threePublic.notes);
  return g.build("财政拨款“三公”经费支出决算表", { widths: new Array<number>(12).fill(11), freezeRows: r + 4 });
}

/** Tables 8 and 9: 年初结转和结余 | 本年收入 | 本年支出 (合计 基本支出 项目支出) | 年末结转和结余. */
function fundSheet(t: ShanghaiTables, title: string, data: { rows: CodedLine[]; notes: string[] }): SampleSheet {
  const s = codedShape(t);
  const g = new GridBuilder(s.labels + 6);
  head(g, title);
  const depth = s.split ? 3 : 2;
  const r = g.next;
  for (let i = 0; i < depth; i++) g.row([]);
  codedLabelHeader(g, t, r, depth);
  const o = s.labels;
  tall(g, r, o, depth, "年初结转和结余");
  tall(g, r, o + 1, depth, "本年收入");
  g.set(r, o + 2, "本年支出");
  g.merge(r, o + 2, r, o + 4);
  [t.headers.fundSpendingTotal, "基本支出", "项目支出"].forEach((h, i) => tall(g, r + 1, o + 2 + i, depth - 1, h));
  tall(g, r, o + 5, depth, "年末结转和结余");
  for (let i = 0; i < depth; i++) g.markHeader(r + i);
  totalRow(g, s, "合计", []);
  for (const line of data.rows) codedRow(g, s, line);
  notes(g, data.notes);
  return g.build(title, { widths: codedWidths(s, 6), freezeRows: r + depth });
}

/** The 9 tables, one per sheet, in the template's order. */
export function shanghaiSheets(t: ShanghaiTables): SampleSheet[] {
  return [
    summarySheet(t),
    codedSheet(
      t,
      "收入决算表",
      ["本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"],
      t.income,
      true,
    ),
    codedSheet(
      t,
      "支出决算表",
      ["本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"],
      t.expenditure,
      true,
    ),
    appropriationSheet(t),
    codedSheet(t, "一般公共预算财政拨款支出决算表", ["合计", "基本支出", "项目支出"], t.generalBudget, false),
    basicSheet(t),
    threePublicSheet(t),
    fundSheet(t, "政府性基金预算财政拨款收入支出决算表", t.governmentFund),
    fundSheet(t, "国有资本经营预算财政拨款收入支出决算表", t.stateCapital),
  ];
}
