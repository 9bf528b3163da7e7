/** Identities within one table, in the order the tables are published. */
import type { Figure, ThreePublic, ThreePublicKind } from "../../tables/model";
import { type IdentitySpec, identityRule } from "../declare";
import { codedTableRules, economicTableRules } from "../families";
import {
  APPROPRIATION_COLUMNS,
  EXPENDITURE_COLUMNS,
  GENERAL_BUDGET_COLUMNS,
  GOVERNMENT_FUND_COLUMNS,
  INCOME_COLUMNS,
  STATE_CAPITAL_COLUMNS,
  THREE_PUBLIC_KINDS,
  TABLE_NAMES,
  rowLabel,
} from "../labels";
import type { Identity, Rule } from "../rule";

const S = "incomeExpenditureSummary";
const A = "appropriationSummary";

/** 收入支出决算总表 and 财政拨款收入支出决算总表: the totals as the documents define them. */
export const SUMMARY_SPECS: IdentitySpec[] = [
  {
    id: "summary.income-total",
    describe: `${TABLE_NAMES.incomeExpenditureSummary}：本年收入合计 = 一至八项收入之和`,
    left: { path: `${S}.incomeTotal`, label: "本年收入合计" },
    right: { paths: [`${S}.income.*`], label: "各项收入之和" },
  },
  {
    id: "summary.income-grand-total",
    describe: `${TABLE_NAMES.incomeExpenditureSummary}：收入总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余`,
    left: { path: `${S}.incomeGrandTotal`, label: "收入总计" },
    right: {
      paths: [`${S}.incomeTotal`, `${S}.nonAppropriationBalanceUsed`, `${S}.openingBalance`],
      label: "本年收入合计、使用非财政拨款结余与年初结转和结余之和",
    },
  },
  {
    id: "summary.expenditure-total",
    describe: `${TABLE_NAMES.incomeExpenditureSummary}：本年支出合计 = 各类支出之和`,
    left: { path: `${S}.expenditureTotal`, label: "本年支出合计" },
    right: { paths: [`${S}.expenditureByClass.*.amounts.total`], label: "各类支出之和" },
  },
  {
    id: "summary.expenditure-grand-total",
    describe: `${TABLE_NAMES.incomeExpenditureSummary}：支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余`,
    left: { path: `${S}.expenditureGrandTotal`, label: "支出总计" },
    right: {
      paths: [`${S}.expenditureTotal`, `${S}.balanceDistribution`, `${S}.closingBalance`],
      label: "本年支出合计、结余分配与年末结转和结余之和",
    },
  },
  {
    id: "summary.grand-totals-equal",
    describe: `${TABLE_NAMES.incomeExpenditureSummary}：收入总计 = 支出总计`,
    left: { path: `${S}.incomeGrandTotal`, label: "收入总计" },
    right: { paths: [`${S}.expenditureGrandTotal`], label: "支出总计" },
  },
  {
    id: "appropriation.income-total",
    describe: `${TABLE_NAMES.appropriationSummary}：本年收入合计 = 三项财政拨款收入之和`,
    left: { path: `${A}.incomeTotal`, label: "本年收入合计" },
    right: { paths: [`${A}.income.*`], label: "各项财政拨款收入之和" },
  },
  {
    id: "appropriation.income-grand-total",
    describe: `${TABLE_NAMES.appropriationSummary}：收入总计 = 本年收入合计 + 年初财政拨款结转和结余`,
    left: { path: `${A}.incomeGrandTotal`, label: "收入总计" },
    right: {
      paths: [`${A}.incomeTotal`, `${A}.openingBalance.total`],
      label: "本年收入合计与年初财政拨款结转和结余之和",
    },
  },
  {
    id: "appropriation.expenditure-grand-total",
    describe: `${TABLE_NAMES.appropriationSummary}：支出总计 = 本年支出合计 + 年末财政拨款结转和结余`,
    left: { path: `${A}.expenditureGrandTotal`, label: "支出总计" },
    right: {
      paths: [`${A}.expenditureTotal.total`, `${A}.closingBalance.total`],
      label: "本年支出合计与年末财政拨款结转和结余之和",
    },
  },
  {
    id: "appropriation.grand-totals-equal",
    describe: `${TABLE_NAMES.appropriationSummary}：收入总计 = 支出总计`,
    left: { path: `${A}.incomeGrandTotal`, label: "收入总计" },
    right: { paths: [`${A}.expenditureGrandTotal`], label: "支出总计" },
  },
  ...(["generalBudget", "governmentFund", "stateCapital"] as const).map(
    (fund): IdentitySpec => ({
      id: `appropriation.fund-balance.${fund}`,
      severity: "warning",
      describe: `${TABLE_NAMES.appropriationSummary}：${APPROPRIATION_COLUMNS[fund]}年末结转和结余 = 年初结转和结余 + 本年收入 − 本年支出`,
      left: { path: `${A}.closingBalance.${fund}`, label: `${APPROPRIATION_COLUMNS[fund]}年末结转和结余` },
      right: {
        paths: [`${A}.openingBalance.${fund}`, `${A}.income.${fund}`],
        less: [`${A}.expenditureTotal.${fund}`],
        label: "年初结转和结余加本年收入减本年支出",
      },
    }),
  ),
];

/** 财政拨款收入支出决算总表 expenditure half: 合计 column = Σ funds per row; 本年支出合计 = Σ 类 per column. */
function appropriationExpenditureRules(): Rule[] {
  const funds = ["generalBudget", "governmentFund", "stateCapital"] as const;
  const columns = ["total", ...funds] as const;
  return [
    {
      id: "appropriation.row-total",
      severity: "error",
      describe: `${TABLE_NAMES.appropriationSummary}：每类支出的合计 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算财政拨款`,
      needs: [A],
      identities: (a) => {
        const t = a.appropriationSummary;
        if (!t) return [];
        const lines = [
          ...t.expenditureByClass.map((l) => ({ label: rowLabel({ code: l.code ?? "", name: l.name }), amounts: l.amounts })),
          { label: "本年支出合计", amounts: t.expenditureTotal },
          { label: "年末财政拨款结转和结余", amounts: t.closingBalance },
          { label: "年初财政拨款结转和结余", amounts: t.openingBalance },
        ];
        return lines.flatMap((l) => {
          const parts = funds.map((f) => l.amounts[f]).filter((f): f is Figure => f !== undefined);
          if (!l.amounts.total || parts.length === 0) return [];
          return [
            {
              left: { label: `${l.label} 合计`, figures: [l.amounts.total], table: A },
              right: { label: "各项财政拨款之和", figures: parts },
              relation: "=",
            } satisfies Identity,
          ];
        });
      },
    },
    {
      id: "appropriation.expenditure-total",
      severity: "error",
      describe: `${TABLE_NAMES.appropriationSummary}：本年支出合计 = 各类支出之和（各列）`,
      needs: [A],
      identities: (a) => {
        const t = a.appropriationSummary;
        if (!t || t.expenditureByClass.length === 0) return [];
        return columns.flatMap((c) => {
          const total = t.expenditureTotal[c];
          const parts = t.expenditureByClass.map((l) => l.amounts[c]).filter((f): f is Figure => f !== undefined);
          if (!total || parts.length === 0) return [];
          return [
            {
              left: { label: `本年支出合计 ${APPROPRIATION_COLUMNS[c]}`, figures: [total], table: A },
              right: { label: "各类支出之和", figures: parts },
              relation: "=",
            } satisfies Identity,
          ];
        });
      },
    },
  ];
}

/** "三公"经费: 合计 = 出国 + 用车 + 接待; 用车 = 购置 + 运行 — for 预算数 and 决算数. */
function threePublicRules(): Rule[] {
  const groups = [
    { key: "budget", label: "预算数" },
    { key: "actual", label: "决算数" },
  ] as const;
  const T = "threePublicTable";
  const get = (t: ThreePublic, g: "budget" | "actual", k: ThreePublicKind) => t[g][k];
  return [
    {
      id: "threePublic.total",
      severity: "error",
      describe: `${TABLE_NAMES.threePublicTable}：合计 = 因公出国（境）费 + 公务用车购置及运行维护费 + 公务接待费`,
      needs: [T],
      identities: (a) => {
        const t = a.threePublicTable;
        if (!t) return [];
        return groups.flatMap((g) => {
          const total = get(t, g.key, "total");
          const vehicles = get(t, g.key, "officialVehicles");
          const vehicleParts = vehicles
            ? [vehicles]
            : [get(t, g.key, "vehiclePurchase"), get(t, g.key, "vehicleOperation")];
          const parts = [get(t, g.key, "overseasTravel"), ...vehicleParts, get(t, g.key, "officialReception")].filter(
            (f): f is Figure => f !== undefined,
          );
          if (!total || parts.length === 0) return [];
          return [
            {
              left: { label: `${g.label}${THREE_PUBLIC_KINDS.total}`, figures: [total], table: T },
              right: { label: "因公出国（境）费、公务用车购置及运行维护费与公务接待费之和", figures: parts },
              relation: "=",
            } satisfies Identity,
          ];
        });
      },
    },
    {
      id: "threePublic.vehicles",
      severity: "error",
      describe: `${TABLE_NAMES.threePublicTable}：公务用车购置及运行维护费 = 公务用车购置费 + 公务用车运行维护费`,
      needs: [T],
      identities: (a) => {
        const t = a.threePublicTable;
        if (!t) return [];
        return groups.flatMap((g) => {
          const total = get(t, g.key, "officialVehicles");
          const parts = [get(t, g.key, "vehiclePurchase"), get(t, g.key, "vehicleOperation")].filter(
            (f): f is Figure => f !== undefined,
          );
          if (!total || parts.length === 0) return [];
          return [
            {
              left: { label: `${g.label}${THREE_PUBLIC_KINDS.officialVehicles}`, figures: [total], table: T },
              right: { label: "公务用车购置费与公务用车运行维护费之和", figures: parts },
              relation: "=",
            } satisfies Identity,
          ];
        });
      },
    },
  ];
}

const P = "procurementTable";

export const PROCUREMENT_SPECS: IdentitySpec[] = [
  {
    id: "procurement.total",
    describe: `${TABLE_NAMES.procurementTable}：政府采购支出总额 = 货物 + 工程 + 服务`,
    left: { path: `${P}.total`, label: "政府采购支出总额" },
    right: { paths: [`${P}.goods`, `${P}.works`, `${P}.services`], label: "货物、工程与服务采购之和" },
  },
  {
    id: "procurement.micro-within-sme",
    describe: `${TABLE_NAMES.procurementTable}：授予小微企业合同金额 ≤ 授予中小企业合同金额`,
    left: { path: `${P}.microSmallContracts`, label: "授予小微企业合同金额" },
    right: { paths: [`${P}.smeContracts`], label: "授予中小企业合同金额" },
    relation: "<=",
  },
  {
    id: "procurement.sme-within-total",
    severity: "warning",
    describe: `${TABLE_NAMES.procurementTable}：授予中小企业合同金额 ≤ 政府采购支出总额`,
    left: { path: `${P}.smeContracts`, label: "授予中小企业合同金额" },
    right: { paths: [`${P}.total`], label: "政府采购支出总额" },
    relation: "<=",
  },
  {
    id: "purchasedServices.total",
    describe: `${TABLE_NAMES.purchasedServicesTable}：合计 = 各项之和`,
    left: { path: "purchasedServicesTable.total", label: "合计" },
    right: { paths: ["purchasedServicesTable.rows.*.amount"], label: "各项之和" },
  },
  {
    id: "governmentFund.closing-balance",
    severity: "warning",
    describe: `${TABLE_NAMES.governmentFundTable}：年末结转和结余 = 年初结转和结余 + 本年收入 − 本年支出`,
    left: { path: "governmentFundTable.total.closingBalance", label: "合计 年末结转和结余" },
    right: {
      paths: ["governmentFundTable.total.openingBalance", "governmentFundTable.total.income"],
      less: ["governmentFundTable.total.total"],
      label: "年初结转和结余加本年收入减本年支出",
    },
  },
];

export const WITHIN_TABLE_RULES: Rule[] = [
  ...SUMMARY_SPECS.map(identityRule),
  ...appropriationExpenditureRules(),
  ...codedTableRules({
    table: "incomeTable",
    prefix: "incomeTable",
    name: TABLE_NAMES.incomeTable,
    columns: INCOME_COLUMNS,
    amountColumns: Object.keys(INCOME_COLUMNS) as (keyof typeof INCOME_COLUMNS)[],
    rowTotal: {
      total: "total",
      parts: ["appropriation", "superiorSubsidy", "serviceIncome", "businessIncome", "affiliateRemittance", "otherIncome"],
      partsLabel: "各项收入之和",
    },
  }),
  ...codedTableRules({
    table: "expenditureTable",
    prefix: "expenditureTable",
    name: TABLE_NAMES.expenditureTable,
    columns: EXPENDITURE_COLUMNS,
    amountColumns: Object.keys(EXPENDITURE_COLUMNS) as (keyof typeof EXPENDITURE_COLUMNS)[],
    rowTotal: {
      total: "total",
      parts: ["basic", "project", "remittanceToSuperior", "businessExpenditure", "affiliateSubsidy"],
      partsLabel: "各项支出之和",
    },
  }),
  ...codedTableRules({
    table: "generalBudgetExpenditure",
    prefix: "generalBudget",
    name: TABLE_NAMES.generalBudgetExpenditure,
    columns: GENERAL_BUDGET_COLUMNS,
    amountColumns: ["total", "basic", "project", "initialBudget", "adjustedBudget"],
    rowTotal: { total: "total", parts: ["basic", "project"], partsLabel: "基本支出与项目支出之和" },
  }),
  ...economicTableRules("basicExpenditureByEconomic", "basicEconomic", TABLE_NAMES.basicExpenditureByEconomic),
  ...economicTableRules("projectExpenditureByEconomic", "projectEconomic", TABLE_NAMES.projectExpenditureByEconomic),
  ...codedTableRules({
    table: "governmentFundTable",
    prefix: "governmentFund",
    name: TABLE_NAMES.governmentFundTable,
    columns: GOVERNMENT_FUND_COLUMNS,
    amountColumns: Object.keys(GOVERNMENT_FUND_COLUMNS) as (keyof typeof GOVERNMENT_FUND_COLUMNS)[],
    rowTotal: { total: "total", parts: ["basic", "project"], partsLabel: "基本支出与项目支出之和" },
  }),
  ...economicTableRules(
    "governmentFundBasicExpenditure",
    "governmentFundBasic",
    TABLE_NAMES.governmentFundBasicExpenditure,
  ),
  ...codedTableRules({
    table: "stateCapitalTable",
    prefix: "stateCapital",
    name: TABLE_NAMES.stateCapitalTable,
    columns: STATE_CAPITAL_COLUMNS,
    amountColumns: ["total", "basic", "project"],
    rowTotal: { total: "total", parts: ["basic", "project"], partsLabel: "基本支出与项目支出之和" },
  }),
  ...threePublicRules(),
  ...PROCUREMENT_SPECS.map(identityRule),
];
