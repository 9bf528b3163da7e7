/**
 * Last year's tables for the CLI: `--prior 上年.xlsx` (one workbook) and `--prior-dir 文件夹` (a folder,
 * paired with this year's workbooks by department name). Prior-year sheets inside the workbook itself
 * are found without any option (src/tables/prior splits them off).
 */
import { basename } from "node:path";
import { normalizeLabel } from "../core";
import { readFinalAccounts } from "../tables";
import type { Finding, Sheet } from "../tables/model";
import { UsageError } from "./command";
import type { PriorOptions } from "./prior-args";
import { listWorkbooks } from "./files";
import { type LoadedWorkbook, checkSheets } from "./load";
import { WorkbookReadError, readXlsx, readXlsxReport } from "./read-xlsx";

/** Last year's workbooks of a folder by department. */
export interface PriorFolder {
  dir: string;
  byDepartment: Map<string, string>;
  used: Set<string>;
  /** Files whose department could not be read. */
  unnamed: string[];
  /** Second and later workbooks of a department already paired by another file. */
  duplicates: string[];
  /** This year's workbooks without a partner, with the reason. */
  unpaired: string[];
}

const deptKey = (d: string) => normalizeLabel(d);

export async function readPriorFolder(dir: string): Promise<PriorFolder> {
  const { workbooks: files } = await listWorkbooks(dir);
  const byDepartment = new Map<string, string>();
  const unnamed: string[] = [];
  const duplicates: string[] = [];
  for (const file of files) {
    try {
      const { accounts } = readFinalAccounts(await readXlsx(file));
      const key = accounts.department ? deptKey(accounts.department) : null;
      if (key === null) unnamed.push(file);
      else if (byDepartment.has(key)) duplicates.push(`${file}（与 ${byDepartment.get(key)} 同为“${accounts.department}”）`);
      else byDepartment.set(key, file);
    } catch (e) {
      if (!(e instanceof WorkbookReadError)) throw e;
      unnamed.push(file);
    }
  }
  return { dir, byDepartment, used: new Set(), unnamed, duplicates, unpaired: [] };
}

/** Last year's workbook; a read failure says it was the prior-year file. */
async function readPrior(file: string): Promise<Sheet[]> {
  try {
    return await readXlsx(file);
  } catch (e) {
    if (e instanceof WorkbookReadError) throw new WorkbookReadError(`上年决算表：${e.message}`);
    throw e;
  }
}

/** Where last year's tables of one workbook are: a file, a folder to pair in, or nowhere. */
export type PriorChoice = { file: string } | { folder: PriorFolder } | null;

/**
 * Reads a workbook with last year's tables (a second workbook, a paired one, or its own prior-year
 * sheets) and runs every check, year-on-year checks included. Throws WorkbookReadError.
 */
export async function loadWithPrior(path: string, choice: PriorChoice): Promise<LoadedWorkbook> {
  const { sheets, findings: readFindings } = await readXlsxReport(path);
  let prior: { file: string; sheets: Sheet[] } | undefined;
  const extra: Finding[] = [...readFindings];
  if (choice && "file" in choice) {
    prior = { file: basename(choice.file), sheets: await readPrior(choice.file) };
  } else if (choice && "folder" in choice) {
    const { department } = readFinalAccounts(sheets).accounts;
    const match = department ? choice.folder.byDepartment.get(deptKey(department)) : undefined;
    if (match) {
      choice.folder.used.add(match);
      prior = { file: basename(match), sheets: await readPrior(match) };
    } else {
      choice.folder.unpaired.push(department ? `${path}（部门“${department}”）` : `${path}（未识别到部门名称）`);
      extra.push({
        rule: "prior.unpaired",
        severity: "warning",
        message: department
          ? `上年文件夹 ${choice.folder.dir} 中没有部门“${department}”的决算表：上年数仍取自补充信息。`
          : `未识别到本工作簿的部门名称，无法在上年文件夹 ${choice.folder.dir} 中配对：上年数仍取自补充信息。`,
        cells: [],
      });
    }
  }
  return checkSheets(sheets, prior, extra);
}

/** The prior-year choice for one target: --prior for a workbook, --prior-dir for a folder. */
export async function priorChoice(opts: PriorOptions, isFolder: boolean): Promise<PriorChoice> {
  if (opts.prior !== null) {
    if (isFolder) throw new UsageError("文件夹输入请用 --prior-dir 指定上年决算表所在文件夹");
    return { file: opts.prior };
  }
  if (opts.priorDir !== null) {
    if (!isFolder) throw new UsageError("--prior-dir 只能用于文件夹输入；单个工作簿请用 --prior");
    return { folder: await readPriorFolder(opts.priorDir) };
  }
  return null;
}

/** Lines for stderr: last year's workbooks that no workbook of this year was paired with. */
export function unpairedReport(choice: PriorChoice): string[] {
  if (!choice || !("folder" in choice)) return [];
  const f = choice.folder;
  const left = [...f.byDepartment.values()].filter((file) => !f.used.has(file));
  return [
    ...f.unpaired.map((file) => `本年工作簿未配对（上年文件夹中没有同一部门的决算表）：${file}`),
    ...left.map((file) => `上年决算表未配对（本年没有同一部门的工作簿）：${file}`),
    ...f.unnamed.map((file) => `上年决算表未配对（无法识别部门名称）：${file}`),
    ...f.duplicates.map((file) => `上年决算表未配对（部门重复，只用第一个）：${file}`),
  ];
}
