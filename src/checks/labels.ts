/** Chinese names used in check messages: tables, columns and coded rows. */
import type {
  AppropriationColumn,
  CodedRow,
  ExpenditureColumn,
  GeneralBudgetColumn,
  GovernmentFundColumn,
  IncomeColumn,
  StateCapitalColumn,
  ThreePublicKind,
} from "../tables/model";
import { EXPENDITURE_KIND_LABELS, INCOME_KIND_LABELS } from "../tables";

/** Table names come from the specs (src/tables), the one place they are spelled. */
export { TABLE_NAMES } from "../tables";

export const INCOME_COLUMNS: Record<IncomeColumn, string> = {
  total: "本年收入合计",
  ...INCOME_KIND_LABELS,
};

export const EXPENDITURE_COLUMNS: Record<ExpenditureColumn, string> = {
  total: "本年支出合计",
  ...EXPENDITURE_KIND_LABELS,
};

export const GENERAL_BUDGET_COLUMNS: Record<GeneralBudgetColumn, string> = {
  total: "合计",
  basic: "基本支出",
  project: "项目支出",
  initialBudget: "年初预算数",
  adjustedBudget: "全年预算数",
};

export const GOVERNMENT_FUND_COLUMNS: Record<GovernmentFundColumn, string> = {
  openingBalance: "年初结转和结余",
  income: "本年收入",
  total: "本年支出小计",
  basic: "基本支出",
  project: "项目支出",
  closingBalance: "年末结转和结余",
};

export const STATE_CAPITAL_COLUMNS: Record<StateCapitalColumn, string> = {
  total: "合计",
  basic: "基本支出",
  project: "项目支出",
};

export const APPROPRIATION_COLUMNS: Record<AppropriationColumn, string> = {
  total: "合计",
  generalBudget: "一般公共预算财政拨款",
  governmentFund: "政府性基金预算财政拨款",
  stateCapital: "国有资本经营预算财政拨款",
};

export const THREE_PUBLIC_KINDS: Record<ThreePublicKind, string> = {
  total: '"三公"经费合计',
  overseasTravel: "因公出国（境）费",
  officialVehicles: "公务用车购置及运行维护费",
  vehiclePurchase: "公务用车购置费",
  vehicleOperation: "公务用车运行维护费",
  officialReception: "公务接待费",
};

/** "2060101 行政运行" */
export function rowLabel(row: Pick<CodedRow<string>, "code" | "name">): string {
  return row.code ? `${row.code} ${row.name}` : row.name;
}
