/**
 * Reads the supplementary sheet (补充信息) back into the model. Pure; never throws on bad input:
 * every problem becomes a finding whose message names the cell (补充信息!D12).
 */
import {
  type CellValue,
  type Dec,
  type Unit,
  isCellError,
  normalizeLabel,
  offsetA1,
  parseAmount,
  parseUnitLabel,
  toYuan,
} from "../../core";
import type { CountFigure, CountKey, Figure, Finding, PriorYearKey, Sheet, Supplement } from "../model";
import { emptySupplement } from "./empty";
import { AMOUNT_LABELS, ASSET_COUNT_KEYS, ASSET_ROWS, COUNT_LABELS, PRIOR_YEAR_LABELS, SUPPLEMENT_HEADINGS, TEXT_LABELS } from "./layout";

const RULE = "supplement";

interface Columns {
  key: number;
  code: number;
  label: number;
  value: number;
  note: number;
}

function textOf(v: CellValue): string | null {
  if (v === null) return null;
  if (typeof v === "string") return v.trim() === "" ? null : v.trim();
  if (typeof v === "number") return String(v);
  return null;
}

/** Finds the heading row (键 | 编码 | 项目 | 数值 | 说明) and the columns by their headings. */
function findColumns(values: CellValue[][]): { row: number; cols: Columns } | null {
  const want = SUPPLEMENT_HEADINGS.map((h) => normalizeLabel(h));
  for (let r = 0; r < Math.min(values.length, 30); r++) {
    const idx = want.map((w) => values[r].findIndex((v) => typeof v === "string" && normalizeLabel(v) === w));
    const [key, code, label, value, note] = idx;
    if (key >= 0 && value >= 0) return { row: r, cols: { key, code, label, value, note } };
  }
  return null;
}

export function readSupplement(sheet: Sheet): { supplement: Supplement; findings: Finding[] } {
  const sup = emptySupplement();
  sup.present = true;
  sup.sheet = sheet.name;
  const findings: Finding[] = [];
  const values = sheet.values;
  const ref = (r: number, c: number) => `${sheet.name}!${offsetA1(sheet.origin, r, c)}`;
  const find = (severity: Finding["severity"], cell: string, message: string, extra: Partial<Finding> = {}) =>
    findings.push({ rule: RULE, severity, message: `${cell}：${message}`, cells: [cell], ...extra });

  const head = findColumns(values);
  if (!head) {
    findings.push({
      rule: RULE,
      severity: "error",
      message: `${sheet.name}：找不到表头行（应含“键”“数值”两列），补充信息未读取。`,
      cells: [`${sheet.name}!${sheet.origin}`],
    });
    return { supplement: sup, findings };
  }
  const { cols } = head;

  // Unit line above the headings ("单位：元" / "单位：万元"); 元 when absent.
  let unit: Unit = "yuan";
  let unitFound = false;
  for (let r = 0; r < head.row && !unitFound; r++) {
    for (const v of values[r]) {
      const u = typeof v === "string" ? parseUnitLabel(v) : null;
      if (u) {
        unit = u;
        unitFound = true;
        break;
      }
    }
  }
  if (!unitFound) {
    findings.push({
      rule: RULE,
      severity: "warning",
      message: `${sheet.name}：表头上方没有“单位：元”或“单位：万元”，金额按元读取。`,
      cells: [`${sheet.name}!${sheet.origin}`],
    });
  }

  const cellAt = (r: number, c: number): CellValue => (c >= 0 ? (values[r]?.[c] ?? null) : null);

  /** A number from the value cell; undefined when blank or unreadable (then a finding). */
  const readNumber = (r: number, what: string): Dec | undefined => {
    const v = cellAt(r, cols.value);
    if (v === null || (typeof v === "string" && v.trim() === "")) return undefined;
    const p = parseAmount(v);
    if (!p.ok) {
      find("error", ref(r, cols.value), `${what}：${p.message}`, { actual: typeof v === "string" ? v : undefined });
      return undefined;
    }
    return p.value;
  };
  const readAmount = (r: number, what: string): Figure | undefined => {
    const d = readNumber(r, what);
    return d === undefined ? undefined : { value: toYuan(d, unit), cells: [ref(r, cols.value)], sourceUnit: unit };
  };
  const readCount = (r: number, what: string): CountFigure | undefined => {
    const d = readNumber(r, what);
    if (d === undefined) return undefined;
    if (d.isNeg()) {
      find("error", ref(r, cols.value), `${what}不能为负数：${d.toString()}`);
      return undefined;
    }
    return { value: d, cells: [ref(r, cols.value)] };
  };
  const readText = (r: number, c: number, what: string): string | null => {
    const v = cellAt(r, c);
    if (isCellError(v)) {
      find("error", ref(r, c), `${what}：单元格为错误值 ${v.error}`);
      return null;
    }
    if (typeof v === "boolean") {
      find("error", ref(r, c), `${what}：逻辑值不是文字`);
      return null;
    }
    return textOf(v);
  };

  const seen = new Map<string, string>();
  for (let r = head.row + 1; r < values.length; r++) {
    const rawKey = cellAt(r, cols.key);
    if (typeof rawKey !== "string" || rawKey.trim() === "") continue;
    const key = rawKey.trim();
    const keyCell = ref(r, cols.key);
    const first = seen.get(key);
    if (first) {
      find("warning", keyCell, `键“${key}”重复（首次出现在 ${first}），本行忽略。`);
      continue;
    }
    seen.set(key, keyCell);
    const colon = key.indexOf(":");
    const kind = colon < 0 ? key : key.slice(0, colon);
    const name = colon < 0 ? "" : key.slice(colon + 1);
    const label = readText(r, cols.label, "项目") ?? name;

    switch (kind) {
      case "priorYear": {
        if (!(name in PRIOR_YEAR_LABELS)) {
          find("warning", keyCell, `未知的上年数键“${key}”，本行忽略。`);
          break;
        }
        const f = readAmount(r, `${PRIOR_YEAR_LABELS[name as PriorYearKey]}上年数`);
        if (f) sup.priorYear[name as PriorYearKey] = f;
        break;
      }
      case "budget": {
        if (!name) {
          find("warning", keyCell, `年初预算数键“${key}”缺少科目，本行忽略。`);
          break;
        }
        const f = readAmount(r, `${label}年初预算数`);
        if (f) sup.initialBudgets[name] = f;
        break;
      }
      case "count": {
        if (!(name in COUNT_LABELS)) {
          find("warning", keyCell, `未知的数量键“${key}”，本行忽略。`);
          break;
        }
        const c = readCount(r, COUNT_LABELS[name as CountKey].label);
        if (c) sup.counts[name as CountKey] = c;
        break;
      }
      case "agencyOperatingCost": {
        const f = readAmount(r, "机关运行经费");
        if (f) sup.agencyOperatingCost = f;
        break;
      }
      case "vehicleOperation": {
        const f = readAmount(r, `公务用车运行维护费（${label}）`);
        if (!f) break;
        const l = readText(r, cols.label, "项目");
        if (!l) find("warning", ref(r, cols.label), "公务用车运行维护费明细缺少项目名称。");
        sup.vehicleOperationBreakdown.push({ label: l ?? "", amount: f });
        break;
      }
      case "asset": {
        if (!(name in ASSET_ROWS)) {
          find("warning", keyCell, `未知的国有资产键“${key}”，本行忽略。`);
          break;
        }
        const k = name as keyof typeof ASSET_ROWS;
        const what = ASSET_ROWS[k].label;
        if (ASSET_COUNT_KEYS.has(k)) {
          const c = readCount(r, what);
          if (c) (sup.assets as Record<string, CountFigure>)[k] = c;
        } else {
          const f = readAmount(r, what);
          if (f) (sup.assets as Record<string, Figure>)[k] = f;
        }
        break;
      }
      case "amount": {
        if (!(name in AMOUNT_LABELS)) {
          find("warning", keyCell, `未知的金额键“${key}”，本行忽略。`);
          break;
        }
        const f = readAmount(r, AMOUNT_LABELS[name as keyof typeof AMOUNT_LABELS]);
        if (f) (sup.amounts ??= {})[name as keyof typeof AMOUNT_LABELS] = f;
        break;
      }
      case "purpose": {
        if (!name) {
          find("warning", keyCell, `主要用途键“${key}”缺少对应科目，本行忽略。`);
          break;
        }
        const t = readText(r, cols.value, `${label}主要用途`);
        if (t) (sup.purposes ??= {})[name] = { text: t, cells: [ref(r, cols.value)] };
        break;
      }
      case "text": {
        if (!(name in TEXT_LABELS)) {
          find("warning", keyCell, `未知的文字说明键“${key}”，本行忽略。`);
          break;
        }
        const t = readText(r, cols.value, TEXT_LABELS[name as keyof typeof TEXT_LABELS]);
        if (t) sup.texts[name as keyof typeof TEXT_LABELS] = { text: t, cells: [ref(r, cols.value)] };
        break;
      }
      case "keyProject": {
        const projectName = readText(r, cols.label, "重点项目名称");
        const description = readText(r, cols.note, "重点项目说明");
        const amount = readAmount(r, "重点项目金额");
        if (!projectName && !description && !amount) break;
        if (!projectName) find("warning", ref(r, cols.label), "重点项目缺少项目名称。");
        const cells = [cols.label, cols.value, cols.note].filter((c) => c >= 0).map((c) => ref(r, c));
        sup.keyProjects.push({
          name: projectName ?? "",
          ...(amount && { amount }),
          description: description ?? "",
          cells,
        });
        break;
      }
      case "reason": {
        if (!name) {
          find("warning", keyCell, `主要原因键“${key}”缺少对应行，本行忽略。`);
          break;
        }
        const t = readText(r, cols.value, `${label}主要原因`);
        if (t) sup.reasons[name] = { text: t, cells: [ref(r, cols.value)] };
        break;
      }
      default:
        find("warning", keyCell, `无法识别的键“${key}”，本行忽略。`);
    }
  }
  return { supplement: sup, findings };
}

