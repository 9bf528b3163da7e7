/**
 * Which sheets the workbook reader may stop reading early: a large sheet that is clearly not a table of
 * ours (a ledger of 100,000 rows beside the tables). The reader (src/xlsx, `SheetStop`) asks after the
 * first SHEET_FILTER_ROWS rows; nothing of ours is lost, because a sheet is read whole when
 *
 * - its name looks like one of ours (a table name, 补充信息, words of the tables' titles), or
 * - its first rows hold a table title, a set heading or department line, a header or row label of our
 *   table specs (one specific enough to name a table's column or line), or a 功能/经济分类 code, or
 * - any text further down is a table title, a set heading or a department line — the only texts the
 *   table reader takes from a sheet without a title above them (src/tables/detect.ts finds tables by
 *   title; src/tables/hints.ts reads headings and department lines anywhere).
 *
 * A sheet of no more than SHEET_FILTER_ROWS rows is always read whole. A sheet cut short keeps its first
 * rows; `findings()` says in Chinese which sheets were cut and after how many rows.
 */
import { type CellValue, groupThousands, normalizeLabel } from "../core";
import { functionalClassName, isKnownEconomicCode } from "./codes";
import { isSupplementSheetName } from "./detect";
import { parseSetHeading } from "./hints";
import { departmentFrom, labelKey, splitCodeAndName } from "./labels";
import type { Finding } from "./model";
import { CODE_HEADERS, LINE_NUMBER_HEADERS, NAME_HEADERS, TABLE_SPECS, matchTitle } from "./specs";

/** Rows read before a sheet may be judged; a sheet with no more rows is always read whole. */
export const SHEET_FILTER_ROWS = 1000;

/** Words of the tables' titles and sheet names: a sheet named with one is read whole. */
const NAME_WORDS = ["表", "决算", "公开", "补充", "三公", "拨款", "收入", "支出", "采购", "购买服务", "经费"];

/** Header and row labels of the specs, as label keys; short generic ones ("合计", "金额") are left out. */
const LABEL_KEYS: ReadonlySet<string> = (() => {
  const keys = new Set<string>();
  const add = (label: string) => {
    const key = labelKey(label);
    if (key.length >= 4) keys.add(key);
  };
  for (const spec of TABLE_SPECS) {
    for (const paths of Object.values(spec.columns))
      for (const path of paths) for (const part of path.split("/")) add(part);
    for (const labels of Object.values(spec.rows)) for (const label of labels) add(label);
  }
  for (const label of [...CODE_HEADERS, ...NAME_HEADERS, ...LINE_NUMBER_HEADERS]) add(label);
  return keys;
})();

/**
 * Characters one of which every text that `mattersAnywhere` accepts contains: a title has "表", a set
 * heading "决算", a department line a colon. The reader skips texts without any of them.
 */
export const MARKS: readonly string[] = ["表", "决", ":", "："];

/** A text that makes a sheet one to read whole wherever it stands: a table title, a set heading, a department line. */
export function mattersAnywhere(text: string): boolean {
  if (text.length > 80) return false; // the table reader passes over longer texts too
  return matchTitle(text) !== null || parseSetHeading(text) !== null || departmentFrom(text) !== null;
}

/** A sheet name that looks like one of ours. */
export function isOurSheetName(name: string): boolean {
  const key = normalizeLabel(name);
  return isSupplementSheetName(name) || matchTitle(name) !== null || NAME_WORDS.some((w) => key.includes(w));
}

/** A 功能分类 or 经济分类 code as a table prints it ("2010101", "301 工资福利支出"). */
function isCode(text: string): boolean {
  const code = splitCodeAndName(text)?.code;
  if (!code) return false;
  const head = code.slice(0, 3);
  return functionalClassName(head) !== null || isKnownEconomicCode(head);
}

/** A value of a sheet's first rows that says the sheet may hold a table of ours. */
export function looksOurs(value: CellValue): boolean {
  if (typeof value !== "string") return false;
  if (mattersAnywhere(value) || isCode(value)) return true;
  return value.length <= 40 && LABEL_KEYS.has(labelKey(value));
}

/** A sheet the reader cut short. */
export interface CutSheet {
  sheet: string;
  rowsRead: number;
  rowsLeft: number;
}

/** The reader's early stop (structurally src/xlsx's SheetStop), collecting the sheets it cut short. */
export interface SheetFilter {
  rows: number;
  marks: readonly string[];
  mayHold(sheetName: string, values: () => readonly CellValue[]): boolean;
  matters(text: string): boolean;
  stopped(sheetName: string, rowsRead: number, rowsLeft: number): void;
  /** The sheets cut short so far, in reading order. */
  readonly cut: CutSheet[];
  /** One info finding per sheet cut short (Chinese). */
  findings(): Finding[];
}

/** A fresh filter for reading one workbook. */
export function sheetFilter(rows = SHEET_FILTER_ROWS): SheetFilter {
  const cut: CutSheet[] = [];
  return {
    rows,
    marks: MARKS,
    mayHold: (name, values) => isOurSheetName(name) || values().some(looksOurs),
    matters: mattersAnywhere,
    stopped: (sheet, rowsRead, rowsLeft) => {
      cut.push({ sheet, rowsRead, rowsLeft });
    },
    cut,
    findings: () => cut.map(cutFinding),
  };
}

function cutFinding(c: CutSheet): Finding {
  const read = groupThousands(String(c.rowsRead));
  return {
    rule: "read.sheet-cut-short",
    severity: "info",
    message:
      `工作表“${c.sheet}”不是决算公开表：前 ${read} 行中没有表名、表头或科目编码，` +
      `其后 ${groupThousands(String(c.rowsLeft))} 行中也没有表名，只读取了前 ${read} 行`,
    cells: [],
  };
}
