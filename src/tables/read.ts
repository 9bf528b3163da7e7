/**
 * readFinalAccounts: every standard table in a workbook → FinalAccounts (元, every figure with its
 * cells) plus findings. Never throws on bad input: a broken table becomes a finding and the others
 * are still read.
 */
import type { CodedTable, FinalAccounts, Finding, Sheet, Supplement, TableId } from "./model";
import { type LocatedTable, isSupplementSheet, isSupplementSheetName, locateTablesOrReport } from "./detect";
import { parseCoded } from "./parse/coded";
import { parseEconomic } from "./parse/economic";
import { parseProcurement, parsePurchasedServices, parseThreePublic } from "./parse/other";
import { parseAppropriationSummary, parseIncomeExpenditureSummary } from "./parse/summary";
import { SPEC_BY_ID, type TableSet } from "./specs";
import { emptySupplement, readSupplement } from "./supplement";
import { workbookHints } from "./hints";

/** The supplementary sheet (补充信息), read by src/tables/supplement; empty when the workbook has none. */
function readSupplementSheet(sheets: Sheet[]): { supplement: Supplement; findings: Finding[] } {
  const sheet = sheets.find((s) => s && isSupplementSheetName(String(s.name))) ?? sheets.find((s) => s && isSupplementSheet(s));
  if (!sheet) return { supplement: emptySupplement(), findings: [] };
  return readSupplement(sheet);
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
  const list = Array.isArray(sheets) ? sheets : [];
  let supplement: Supplement;
  try {
    const s = readSupplementSheet(list);
    supplement = s.supplement;
    findings.push(...s.findings);
  } catch (e) {
    supplement = emptySupplement();
    findings.push({
      rule: "read.supplement-failed",
      severity: "error",
      message: `读取补充信息表时出错：${e instanceof Error ? e.message : String(e)}`,
      cells: [],
    });
  }
  const accounts: FinalAccounts = { year: null, department: null, tables: [], supplement };
  const located = locateTablesOrReport(list, findings);
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
        message: `读取“${lt.spec.name}”（${reg.grid.ref(reg.titleRow, 0)}）时出错，该表未读取：${e instanceof Error ? e.message : String(e)}`,
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
    const hints = workbookHints(list);
    accounts.hints = hints;
    accounts.year ??= hints.headingYear;
    accounts.department ??= hints.headingDepartment;
  } catch {
    // hints are optional: a sheet that cannot be scanned leaves them out
  }
  missingTableFindings(located, findings);
  return { accounts, findings };
}
