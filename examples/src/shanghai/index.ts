/**
 * The three Shanghai samples (2024 template, 万元), each typed in from a real published disclosure:
 * 普陀区财政局 (the bundled sample, examples/), 普陀区规划和自然资源局 and 普陀区委社会工作部 (test
 * fixtures, test/fixtures/shanghai/). `shanghaiWorkbooks()` gives all three as sheets.
 */
import { buildSupplementSheet } from "../../../src/tables/supplement";
import { readFinalAccounts } from "../../../src/tables";
import type { SampleSheet } from "../grid";
import { supplementSampleSheet } from "../supplement-sheet";
import { shanghaiSheets } from "./layout";
import { putuoCaizhengju } from "./putuo-caizhengju-2024";
import { putuoGuihuaziyuan } from "./putuo-guihuaziyuan-2024";
import { putuoShehuigongzuobu } from "./putuo-shehuigongzuobu-2024";
import type { ShanghaiSample } from "./types";

export type { ShanghaiSample, ShanghaiTables, Printed, CodedLine, EconomicLine } from "./types";
export { shanghaiSheets } from "./layout";
export { putuoCaizhengju, putuoGuihuaziyuan, putuoShehuigongzuobu };

/** Where each workbook is written, relative to the repository root. */
export const SHANGHAI_FIXTURE_DIR = "test/fixtures/shanghai";

export interface ShanghaiWorkbook {
  /** File name ("shanghai-putuo-caizhengju-2024.xlsx"). */
  file: string;
  /** Path from the repository root: examples/… for the bundled sample, test/fixtures/shanghai/… otherwise. */
  path: string;
  sample: ShanghaiSample;
  sheets: SampleSheet[];
}

export const SHANGHAI_SAMPLES: readonly ShanghaiSample[] = [putuoCaizhengju, putuoGuihuaziyuan, putuoShehuigongzuobu];

/** The 9 tables, plus a 补充信息 sheet (万元) when the sample has a supplement. */
export function shanghaiWorkbookSheets(sample: ShanghaiSample): SampleSheet[] {
  const sheets = shanghaiSheets(sample.tables);
  if (!sample.supplement) return sheets;
  const { accounts } = readFinalAccounts(sheets);
  return [...sheets, supplementSampleSheet(buildSupplementSheet(accounts, sample.supplement(), { unit: "wanYuan" }))];
}

/** All three Shanghai workbooks; the first is the bundled sample (examples/). */
export function shanghaiWorkbooks(): ShanghaiWorkbook[] {
  return SHANGHAI_SAMPLES.map((sample, i) => ({
    file: sample.file,
    path: i === 0 ? `examples/${sample.file}` : `${SHANGHAI_FIXTURE_DIR}/${sample.file}`,
    sample,
    sheets: shanghaiWorkbookSheets(sample),
  }));
}
