/**
 * The figures behind each chart, read from the final accounts. A chart whose figures are not all
 * there returns what is missing instead: it is left out, never drawn with a stand-in value.
 */
import {
  type Dec,
  type Unit,
  UNIT_LABEL,
  formatAmount,
  formatPercent,
  fromYuan,
  formatFixed,
  share,
  sum,
} from "../core";
import { EXPENDITURE_KIND_LABELS, INCOME_KIND_LABELS, TABLE_NAMES, generalBudgetTree } from "../tables";
import type { Figure, FinalAccounts, ThreePublicKind } from "../tables/model";
import type { ChartId, ChartSeries, ChartValue } from "./model";

/** The number format of the profile (the same settings the text uses). */
export interface ChartFormat {
  amountUnit: Unit;
  amountDecimals: number;
  percentDecimals: number;
  bareWhole: boolean;
  /** The year of the accounts, for "2023年" / "2022年" category labels; null: "本年" / "上年". */
  year: number | null;
}

export interface ChartData {
  categories: string[];
  series: ChartSeries[];
}

/** What a chart lacks, in Chinese, and the supplementary-sheet key to fill where there is one. */
export interface MissingData {
  missing: string;
  key?: string;
}

/** One figure as a chart value: exact, in the profile's unit, rounded once. */
export function chartValue(yuan: Dec, cells: string[], f: ChartFormat): ChartValue {
  return {
    value: formatFixed(fromYuan(yuan, f.amountUnit), f.amountDecimals, false),
    label: formatAmount(yuan, { unit: f.amountUnit, decimals: f.amountDecimals, withUnit: false }),
    cells,
  };
}

function fig(f: Figure, fmt: ChartFormat): ChartValue {
  return chartValue(f.value, f.cells, fmt);
}

/** The chart is left out when a figure it needs could not be read (a formula without a result …). */
function unreadable(figs: readonly (Figure | undefined)[]): MissingData | null {
  const bad = figs.find((x) => x?.unreadable);
  if (!bad) return null;
  const where = bad.cells.slice(0, 3).join("、");
  const why = bad.unreadable === "uncalculated" ? "公式没有计算结果" : "单元格不是有效金额";
  return { missing: `图表所需的金额无法读取（${why}${where ? `：${where}` : ""}）` };
}

function yearLabels(f: ChartFormat): [string, string] {
  return f.year !== null ? [`${f.year - 1}年`, `${f.year}年`] : ["上年", "本年"];
}

/** Parts of a whole with each part's share of `total` as the text prints it; zero parts are left out. */
function pie(
  name: string,
  parts: { label: string; value: Dec; cells: string[] }[],
  total: Figure,
  f: ChartFormat,
): ChartData | MissingData {
  if (!total.value.isPositive() || total.value.isZero())
    return { missing: `${name}合计不大于0，无法绘制构成图` };
  const negative = parts.find((p) => p.value.isNegative() && !p.value.isZero());
  if (negative) return { missing: `“${negative.label}”为负数，无法绘制构成图` };
  const shown = parts.filter((p) => !p.value.isZero());
  return {
    categories: shown.map((p) => p.label),
    series: [
      {
        name,
        values: shown.map((p) => ({
          ...chartValue(p.value, p.cells, f),
          share: formatPercent(share(p.value, total.value)!, {
            decimals: f.percentDecimals,
            bareWhole: f.bareWhole,
          }),
        })),
      },
    ],
  };
}

function priorChange(
  current: Figure | undefined,
  prior: Figure | undefined,
  name: string,
  key: string,
  table: string,
  f: ChartFormat,
): ChartData | MissingData {
  if (!current) return { missing: `未识别到${table}` };
  if (!prior) return { missing: `缺少${name}的上年数（补充信息表“上年数”部分）`, key };
  const bad = unreadable([current, prior]);
  if (bad) return bad;
  return { categories: yearLabels(f), series: [{ name, values: [fig(prior, f), fig(current, f)] }] };
}

const THREE_PUBLIC_PARTS: readonly [ThreePublicKind, string][] = [
  ["overseasTravel", "因公出国（境）费"],
  ["officialReception", "公务接待费"],
  ["vehiclePurchase", "公务用车购置费"],
  ["vehicleOperation", "公务用车运行维护费"],
];

/** The categories and series of chart `id`, or what is missing. */
export function chartData(id: ChartId, a: FinalAccounts, f: ChartFormat): ChartData | MissingData {
  const s = a.incomeExpenditureSummary;
  const prior = a.supplement.priorYear;
  switch (id) {
    case "grand-total-change":
      return priorChange(
        s?.incomeGrandTotal,
        prior.grandTotal,
        "收、支总计",
        "priorYear:grandTotal",
        TABLE_NAMES.incomeExpenditureSummary,
        f,
      );
    case "appropriation-total-change":
      return priorChange(
        a.appropriationSummary?.incomeGrandTotal,
        prior.appropriationGrandTotal,
        "财政拨款收、支总计",
        "priorYear:appropriationGrandTotal",
        TABLE_NAMES.appropriationSummary,
        f,
      );
    case "income-structure": {
      if (!s) return { missing: `未识别到${TABLE_NAMES.incomeExpenditureSummary}` };
      const badIncome = unreadable([s.incomeTotal, ...Object.values(s.income)]);
      if (badIncome) return badIncome;
      const approp = (["generalBudget", "governmentFund", "stateCapital"] as const).flatMap((k) => {
        const v = s.income[k];
        return v ? [v] : [];
      });
      const parts = (Object.keys(INCOME_KIND_LABELS) as (keyof typeof INCOME_KIND_LABELS)[]).flatMap((k) => {
        const label = INCOME_KIND_LABELS[k];
        if (k === "appropriation") {
          if (approp.length === 0) return [];
          return [{ label, value: sum(approp.map((x) => x.value)), cells: approp.flatMap((x) => x.cells) }];
        }
        const v = s.income[k];
        return v ? [{ label, value: v.value, cells: v.cells }] : [];
      });
      return pie("本年收入", parts, s.incomeTotal, f);
    }
    case "expenditure-structure": {
      const t = a.expenditureTable;
      if (!t || !t.total.total) return { missing: `未识别到${TABLE_NAMES.expenditureTable}` };
      const badExpenditure = unreadable(Object.values(t.total));
      if (badExpenditure) return badExpenditure;
      const parts = (
        Object.keys(EXPENDITURE_KIND_LABELS) as (keyof typeof EXPENDITURE_KIND_LABELS)[]
      ).flatMap((k) => {
        const v = t.total[k];
        return v ? [{ label: EXPENDITURE_KIND_LABELS[k], value: v.value, cells: v.cells }] : [];
      });
      return pie("本年支出", parts, t.total.total, f);
    }
    case "general-budget-by-class": {
      const t = a.generalBudgetExpenditure;
      if (!t) return { missing: `未识别到${TABLE_NAMES.generalBudgetExpenditure}` };
      const rows = t.rows.filter((r) => r.level === "class" && r.amounts.total);
      if (rows.length === 0) return { missing: `${TABLE_NAMES.generalBudgetExpenditure}中没有“类”级科目` };
      const badClass = unreadable(rows.map((r) => r.amounts.total));
      if (badClass) return badClass;
      return {
        categories: rows.map((r) => r.name),
        series: [{ name: "决算数", values: rows.map((r) => fig(r.amounts.total!, f)) }],
      };
    }
    case "budget-vs-actual-by-class": {
      const t = a.generalBudgetExpenditure;
      if (!t) return { missing: `未识别到${TABLE_NAMES.generalBudgetExpenditure}` };
      const rows = t.rows.filter((r) => r.level === "class" && r.amounts.total);
      if (rows.length === 0) return { missing: `${TABLE_NAMES.generalBudgetExpenditure}中没有“类”级科目` };
      // The tree gives each 类 its budget from the table, the 补充信息 sheet, or the sum of its 款/项.
      const tree = generalBudgetTree(a);
      const budgets = rows.map((r) => tree?.byCode[r.code]?.initialBudget);
      const lacking = rows.findIndex((_, i) => budgets[i] === undefined);
      if (lacking >= 0) {
        const r = rows[lacking];
        return {
          missing: `缺少“${r.name}”（${r.code}）的年初预算数（补充信息表“年初预算数”部分）`,
          key: `functional:${r.code}`,
        };
      }
      const badBudget = unreadable([...budgets, ...rows.map((r) => r.amounts.total)]);
      if (badBudget) return badBudget;
      return {
        categories: rows.map((r) => r.name),
        series: [
          { name: "年初预算数", values: budgets.map((b) => fig(b!, f)) },
          { name: "决算数", values: rows.map((r) => fig(r.amounts.total!, f)) },
        ],
      };
    }
    case "three-public-budget-vs-actual": {
      const t = a.threePublicTable;
      if (!t) return { missing: `未识别到${TABLE_NAMES.threePublicTable}` };
      const budget: Figure[] = [];
      const actual: Figure[] = [];
      for (const [k, label] of THREE_PUBLIC_PARTS) {
        const b = t.budget[k] ?? a.supplement.initialBudgets[`threePublic:${k}`];
        const v = t.actual[k];
        if (!v) return { missing: `${TABLE_NAMES.threePublicTable}中缺少${label}的决算数` };
        if (!b)
          return {
            missing: `缺少${label}的年初预算数（补充信息表“年初预算数”部分）`,
            key: `threePublic:${k}`,
          };
        budget.push(b);
        actual.push(v);
      }
      const badThreePublic = unreadable([...budget, ...actual]);
      if (badThreePublic) return badThreePublic;
      return {
        categories: THREE_PUBLIC_PARTS.map(([, label]) => label),
        series: [
          { name: "年初预算数", values: budget.map((b) => fig(b, f)) },
          { name: "决算数", values: actual.map((v) => fig(v, f)) },
        ],
      };
    }
  }
}

export function unitLabel(f: ChartFormat): string {
  return UNIT_LABEL[f.amountUnit];
}
