/**
 * Variant sample workbooks for batch runs (bench/batch.bench.ts): the Mentougou workbook with every
 * amount multiplied by a whole number k. An integer factor keeps every identity exact (sums, 合计 rows,
 * 总计 = 合计 + 结转), and ratios, growth rates and shares are unchanged, so each variant reads and checks
 * exactly like the original. Counts, 行次/栏次 and codes are left alone. Pure data, no I/O.
 */
import { Dec } from "../../src/core";
import { SUPPLEMENT_COLUMNS, SUPPLEMENT_SHEET_NAME } from "../../src/tables/supplement";
import { cellNumber, type SampleSheet } from "./grid";
import { type SampleWorkbook, mentougouWorkbook } from "./index";

/** 补充信息 rows whose value is a count or an area, not an amount (key prefix or full key). */
const NON_AMOUNT_KEYS = [
  "count:",
  "asset:buildingArea",
  "asset:vehicleCount",
  "asset:equipmentOver500k",
  "asset:equipmentOver1m",
];

function isSupplementAmount(row: SampleSheet["values"][number]): boolean {
  const key = row[SUPPLEMENT_COLUMNS.key];
  if (typeof key !== "string") return false;
  return !NON_AMOUNT_KEYS.some((k) => (k.endsWith(":") ? key.startsWith(k) : key === k));
}

/** Multiplies every amount cell of the sheets by k (a positive integer); returns new sheets. */
export function scaleSheets(sheets: SampleSheet[], k: number): SampleSheet[] {
  if (!Number.isInteger(k) || k < 1)
    throw new RangeError(`scale factor must be a positive integer, got ${k}`);
  const factor = new Dec(k);
  const scale = (v: number): number => cellNumber(new Dec(v).times(factor));
  return sheets.map((s) => {
    const plainRows = new Set(s.plainNumberRows);
    const plainCols = new Set(s.plainNumberColumns);
    const supplement = s.name === SUPPLEMENT_SHEET_NAME;
    const values = s.values.map((row, r) => {
      if (supplement) {
        if (!isSupplementAmount(row)) return [...row];
        return row.map((v, c) => (c === SUPPLEMENT_COLUMNS.value && typeof v === "number" ? scale(v) : v));
      }
      if (plainRows.has(r)) return [...row];
      return row.map((v, c) => (typeof v === "number" && !plainCols.has(c) ? scale(v) : v));
    });
    return { ...s, values };
  });
}

/** The Mentougou workbook with every amount × k; file name `mentougou-x<kkk>.xlsx`. */
export function mentougouVariant(k: number): SampleWorkbook {
  return {
    file: `mentougou-x${String(k).padStart(3, "0")}.xlsx`,
    sheets: scaleSheets(mentougouWorkbook().sheets, k),
  };
}
