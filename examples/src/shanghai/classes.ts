/**
 * The 类 lines of the two summary tables as the 2024 Shanghai disclosures print them: 26 lines with
 * 债务还本支出 / 债务付息支出, or 24 without (the template's list). Amounts are filled per disclosure.
 */
import { ordinal } from "../classes";
import type { Printed } from "./types";

const BASE = [
  "一般公共服务支出",
  "外交支出",
  "国防支出",
  "公共安全支出",
  "教育支出",
  "科学技术支出",
  "文化旅游体育与传媒支出",
  "社会保障和就业支出",
  "卫生健康支出",
  "节能环保支出",
  "城乡社区支出",
  "农林水支出",
  "交通运输支出",
  "资源勘探工业信息等支出",
  "商业服务业等支出",
  "金融支出",
  "援助其他地区支出",
  "自然资源海洋气象等支出",
  "住房保障支出",
  "粮油物资储备支出",
  "国有资本经营预算支出",
  "灾害防治及应急管理支出",
  "其他支出",
];
const DEBT = ["债务还本支出", "债务付息支出"];
const LAST = "抗疫特别国债安排的支出";

/** The printed 类 lines ("一、一般公共服务支出" …), 26 with the debt lines or 24 without. */
export function classLabels(withDebt: boolean): string[] {
  const names = [...BASE, ...(withDebt ? DEBT : []), LAST];
  return names.map((n, i) => `${ordinal(i + 1)}${n}`);
}

/** The class lines with amounts: `amounts` maps a class name to its printed cells. */
export function classLines<T extends Printed[]>(withDebt: boolean, amounts: Record<string, T>, blank: T): [string, ...T][] {
  assertKnownClasses(withDebt, amounts);
  return classLabels(withDebt).map((label) => {
    const name = label.slice(label.indexOf("、") + 1);
    return [label, ...(amounts[name] ?? blank)] as [string, ...T];
  });
}

/** Throws when a key of `amounts` names no printed class line (a typo would silently drop a figure). */
function assertKnownClasses(withDebt: boolean, amounts: Record<string, unknown>): void {
  const names = new Set(classLabels(withDebt).map((l) => l.slice(l.indexOf("、") + 1)));
  for (const k of Object.keys(amounts)) if (!names.has(k)) throw new Error(`unknown class line: ${k}`);
}
