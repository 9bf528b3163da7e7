/**
 * readFinalAccounts: every standard table in a workbook → FinalAccounts (元, every figure with its
 * cells) plus findings. Never throws on bad input: a broken table becomes a finding and the others
 * are still read. A sheet whose origin names no cell is not read (its every cell reference would be
 * wrong). When the reader itself fails, the finding says in Chinese which sheet or table was left out
 * and what to do; the program's own error text never reaches the user.
 */
import type { CodedTable, FinalAccounts, Finding, Sheet, Supplement, TableId } from "./model";
import { type LocatedTable, isSupplementSheet, isSupplementSheetName, locateTables } from "./detect";
import { SheetOriginError, badOriginFinding, sheetOrigin } from "./grid";
import { parseCoded } from "./parse/coded";
import { parseEconomic } from "./parse/economic";
import { parseProcurement, parsePurchasedServices, parseThreePublic } from "./parse/other";
import { parseAppropriationSummary, parseIncomeExpenditureSummary } from "./parse/summary";
import { SPEC_BY_ID, type TableSet } from "./specs";
import { emptySupplement, readSupplement } from "./supplement";
import { workbookHints } from "./hints";

/** What to do when the reader itself failed on some part of the workbook. */
const WHAT_TO_DO = "如仍出现此提示，请将工作簿发给维护人员";

/** The user's message for a failure: our own Chinese message when we threw it, else `fallback`. */
function failureMessage(e: unknown, fallback: string): string {
  return e instanceof SheetOriginError ? e.message : fallback;
}

/**
 * The sheets whose cells can be named: a sheet whose origin is not a cell address is a read.bad-origin
 * finding and left out; an absent or empty origin is written as "A1" (where such values start).
 */
function sheetsWithOrigin(sheets: readonly Sheet[], findings: Finding[]): Sheet[] {
  const out: Sheet[] = [];
  for (const s of sheets) {
    if (!s || typeof s !== "object") out.push(s);
    else if (!sheetOrigin(s)) findings.push(badOriginFinding(s));
    else out.push(s.origin ? s : { ...s, origin: "A1" });
  }
  return out;
}

/** The supplementary sheet (补充信息), read by src/tables/supplement; empty when the workbook has none. */
function readSupplementSheet(sheets: Sheet[], findings: Finding[]): Supplement {
  let sheet: Sheet | undefined;
  try {
    sheet = sheets.find((s) => s && isSupplementSheetName(String(s.name))) ?? sheets.find((s) => s && isSupplementSheet(s));
    if (!sheet) return emptySupplement();
    const read = readSupplement(sheet);
    findings.push(...read.findings);
    return read.supplement;
  } catch (e) {
    const where = sheet ? `读取补充信息表“${String(sheet.name)}”` : "查找补充信息表";
    findings.push({
      rule: "read.supplement-failed",
      severity: "error",
      message: failureMessage(
        e,
        `${where}时程序出错，补充信息未读取（各公开表照常读取）。请核对该表是否按模板填写（含“键”“数值”两列）；${WHAT_TO_DO}。`,
      ),
      cells: [],
    });
    return emptySupplement();
  }
}

/** locateTables with a fresh list of findings: the findings are kept only when it succeeds. */
function tryLocate(sheets: readonly Sheet[]): { located: LocatedTable[]; findings: Finding[] } | null {
  const findings: Finding[] = [];
  try {
    return { located: locateTables(sheets, findings), findings };
  } catch {
    return null;
  }
}

/**
 * Every table of the workbook, and the sheets read. When locating them fails, the sheets that fail on
 * their own are each a read.sheet-failed finding and the others are still read.
 */
function locateOrReport(sheets: readonly Sheet[], findings: Finding[]): { located: LocatedTable[]; read: readonly Sheet[] } {
  const all = tryLocate(sheets);
  if (all) {
    findings.push(...all.findings);
    return { located: all.located, read: sheets };
  }
  const failing = sheets.filter((s) => !tryLocate([s]));
  for (const s of failing) {
    findings.push({
      rule: "read.sheet-failed",
      severity: "error",
      message: `识别工作表“${String(s.name)}”中的决算公开表时程序出错，该工作表未读取（其余工作表照常读取）。请核对该工作表是否为标准的决算公开表；${WHAT_TO_DO}。`,
      cells: [],
    });
  }
  const others = sheets.filter((s) => !failing.includes(s));
  const rest = tryLocate(others);
  if (rest) {
    findings.push(...rest.findings);
    return { located: rest.located, read: others };
  }
  findings.push({
    rule: "read.failed",
    severity: "error",
    message: `识别工作簿中的决算公开表时程序出错，未读取任何表。请核对各工作表是否为标准的决算公开表；${WHAT_TO_DO}。`,
    cells: [],
  });
  return { located: [], read: [] };
}

function addVariants(lt: LocatedTable, variants: string[]): void {
  for (const v of variants) if (!lt.table.variants.includes(v)) lt.table.variants.push(v);
}

/** Parses one located table into the model. */
function parseInto(accounts: FinalAccounts, lt: LocatedTable, findings: Finding[]): void {
  switch (lt.spec.id) {
    case "incomeExpenditureSummary":
      accounts.incomeExpenditureSummary = parseIncomeExpenditureSummary(lt, findings);
      addVariants(lt, [lt.regions.some((r) => r.lineRows.length) ? "line-numbers" : ""].filter(Boolean));
      return;
    case "appropriationSummary":
      accounts.appropriationSummary = parseAppropriationSummary(lt, findings);
      return;
    case "incomeTable":
    case "expenditureTable":
    case "generalBudgetExpenditure":
    case "governmentFundTable":
    case "stateCapitalTable": {
      const { table, variants } = parseCoded(lt, findings);
      addVariants(lt, variants);
      (accounts as unknown as Record<string, CodedTable<string>>)[lt.spec.id] = table;
      return;
    }
    case "generalBudgetIncomeExpenditure": {
      // Beijing 13-table variant: its 本年支出 columns stand in for 一般公共预算财政拨款支出决算表.
      const { table, variants } = parseCoded(lt, findings);
      addVariants(lt, variants);
      if (!accounts.generalBudgetExpenditure) {
        accounts.generalBudgetExpenditure = table;
        addVariants(lt, ["as-generalBudgetExpenditure"]);
      }
      return;
    }
    case "basicExpenditureByEconomic":
    case "projectExpenditureByEconomic":
    case "governmentFundBasicExpenditure": {
      const { table, variants } = parseEconomic(lt, findings);
      addVariants(lt, variants);
      accounts[lt.spec.id] = table;
      return;
    }
    case "threePublicTable": {
      const { table, variants } = parseThreePublic(lt, findings);
      addVariants(lt, variants);
      accounts.threePublicTable = table;
      return;
    }
    case "procurementTable": {
      const { table, variants } = parseProcurement(lt, findings);
      addVariants(lt, variants);
      accounts.procurementTable = table;
      return;
    }
    case "purchasedServicesTable": {
      const { table, variants } = parsePurchasedServices(lt, findings);
      addVariants(lt, variants);
      accounts.purchasedServicesTable = table;
      return;
    }
  }
}

/** Severity of a missing table: the central set's tables are required; additions are not. */
export const MISSING_SEVERITY: Record<TableSet, "error" | "warning" | "info"> = {
  central: "error",
  beijing: "warning",
  district: "info",
};

function missingTableFindings(located: LocatedTable[], findings: Finding[]): void {
  const found = new Set<TableId>(located.map((l) => l.spec.id));
  if (located.length === 0) {
    findings.push({
      rule: "read.no-tables",
      severity: "error",
      message: "工作簿中未找到任何部门决算公开表（按表名识别，如“收入支出决算总表”）",
      cells: [],
    });
    return;
  }
  const beijingStyle = located.some((l) => l.spec.set !== "central");
  for (const spec of Object.values(SPEC_BY_ID)) {
    if (found.has(spec.id)) continue;
    if (spec.id === "generalBudgetExpenditure" && found.has("generalBudgetIncomeExpenditure")) continue;
    if (spec.id === "generalBudgetIncomeExpenditure") continue; // an alternative, never required
    let severity = MISSING_SEVERITY[spec.set];
    if (spec.set === "beijing" && !beijingStyle) severity = "info";
    findings.push({
      rule: "read.missing-table",
      severity,
      message: `未找到“${spec.name}”`,
      cells: [],
    });
  }
}

export function readFinalAccounts(sheets: Sheet[]): { accounts: FinalAccounts; findings: Finding[] } {
  const findings: Finding[] = [];
  const list = sheetsWithOrigin(Array.isArray(sheets) ? sheets : [], findings);
  const supplement = readSupplementSheet(list, findings);
  const accounts: FinalAccounts = { year: null, department: null, tables: [], supplement };
  const { located, read } = locateOrReport(list, findings);
  // Parse the 一般公共预算财政拨款支出决算表 before its Beijing stand-in.
  const ordered = [...located].sort(
    (a, b) => Number(a.spec.id === "generalBudgetIncomeExpenditure") - Number(b.spec.id === "generalBudgetIncomeExpenditure"),
  );
  for (const lt of ordered) {
    try {
      parseInto(accounts, lt, findings);
    } catch (e) {
      const reg = lt.regions[0];
      findings.push({
        rule: "read.table-failed",
        severity: "error",
        message: failureMessage(
          e,
          `读取“${lt.spec.name}”（工作表“${reg.grid.name}”${reg.grid.address(reg.titleRow, 0)}起）时程序出错，该表未读取（其余各表照常读取）。` +
            `请核对该表的表头和各行是否与标准格式一致；${WHAT_TO_DO}。`,
        ),
        cells: [reg.grid.ref(reg.titleRow, 0)],
      });
    }
  }
  accounts.tables = located.map((l) => l.table);
  for (const lt of located) {
    for (const reg of lt.regions) {
      accounts.year ??= reg.year;
      accounts.department ??= reg.department;
    }
  }
  try {
    // Shanghai prints department and year only in the heading above the tables
    const hints = workbookHints(read);
    accounts.hints = hints;
    accounts.year ??= hints.headingYear;
    accounts.department ??= hints.headingDepartment;
  } catch {
    // hints are optional: without them the department and year come from the tables' own lines
    findings.push({
      rule: "read.hints-failed",
      severity: "warning",
      message: `查找各表上方标题中的部门名称和年度时程序出错，已略过（各表数字不受影响）；${WHAT_TO_DO}。`,
      cells: [],
    });
  }
  missingTableFindings(located, findings);
  return { accounts, findings };
}
