/** The sample workbooks as sheets: the published tables plus the 补充信息 sheet laid out by the product. */
import { buildSupplementSheet } from "../../src/tables/supplement";
import { centralSheets } from "./central-sample";
import { centralAccounts } from "./central-model";
import type { SampleSheet } from "./grid";
import { mentougouSheets } from "./mentougou-kexin-2023";
import { mentougouAccounts } from "./mentougou-model";
import { shanghaiWorkbooks } from "./shanghai";
import { supplementSampleSheet } from "./supplement-sheet";

export type { SampleSheet } from "./grid";
export { mentougouSheets, mentougouSupplement, mentougouFacts } from "./mentougou-kexin-2023";
export { centralSheets, centralSupplement, centralFacts } from "./central-sample";
export { mentougouAccounts } from "./mentougou-model";
export { centralAccounts } from "./central-model";
export { supplementSampleSheet } from "./supplement-sheet";
export { shanghaiWorkbooks, type ShanghaiWorkbook } from "./shanghai";

export interface SampleWorkbook {
  file: string;
  sheets: SampleSheet[];
}

/** examples/mentougou-kexin-2023.xlsx: 13 tables in 元 + 补充信息 in 元. */
export function mentougouWorkbook(): SampleWorkbook {
  const acc = mentougouAccounts();
  return {
    file: "mentougou-kexin-2023.xlsx",
    sheets: [...mentougouSheets(), supplementSampleSheet(buildSupplementSheet(acc, acc.supplement))],
  };
}

/** examples/central-sample.xlsx: 9 tables in 万元 + 补充信息 in 万元. */
export function centralWorkbook(): SampleWorkbook {
  const acc = centralAccounts();
  return {
    file: "central-sample.xlsx",
    sheets: [...centralSheets(), supplementSampleSheet(buildSupplementSheet(acc, acc.supplement, { unit: "wanYuan" }))],
  };
}

/** examples/shanghai-putuo-caizhengju-2024.xlsx: the 9 Shanghai tables in 万元 (上海市普陀区财政局, 2024). */
export function shanghaiWorkbook(): SampleWorkbook {
  const wb = shanghaiWorkbooks()[0];
  return { file: wb.file, sheets: wb.sheets };
}

export function sampleWorkbooks(): SampleWorkbook[] {
  return [mentougouWorkbook(), centralWorkbook(), shanghaiWorkbook()];
}
