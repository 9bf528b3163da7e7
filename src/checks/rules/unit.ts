/**
 * Unit plausibility: a table whose unit line disagrees with its figures (万元 amounts under "单位：元", or 元
 * amounts under "单位：万元") makes every sentence wrong by a factor of 10,000. The evidence, as data:
 * - decimals: 元 amounts are kept to the 分 (2 decimals); most figures with 3–6 decimals are 万元;
 * - the prior year: a total about 10,000 times smaller (or larger) than its 补充信息 上年数;
 * - per-unit sizes: 公务用车运行维护费 per vehicle, 因公出国（境）and 公务接待 per person, far outside
 *   any plausible size in the stated unit but plausible in the other.
 * One finding for the workbook, naming the tables, the likely unit and the evidence.
 */
import { Dec, UNIT_LABEL, TEN_THOUSAND, type Unit, formatAmount, formatFixed } from "../../core";
import type { CountKey, FinalAccounts, Figure, Finding, PriorYearKey, TableId, ThreePublicKind } from "../../tables/model";
import { CellFigure, figureFen } from "../../tables/figures";
import { isFigure } from "../declare";
import { TABLE_NAMES } from "../labels";

export const UNIT_RULE_ID = "plausibility.unit";

/** A total compared with its 上年数: where it is read, and the 补充信息 key of the prior-year figure. */
interface PriorPair {
  table: TableId;
  label: string;
  current: (a: FinalAccounts) => Figure | undefined;
  prior: PriorYearKey;
}

const PRIOR_PAIRS: PriorPair[] = [
  { table: "incomeExpenditureSummary", label: "收、支总计", current: (a) => a.incomeExpenditureSummary?.incomeGrandTotal, prior: "grandTotal" },
  { table: "incomeExpenditureSummary", label: "本年收入合计", current: (a) => a.incomeExpenditureSummary?.incomeTotal, prior: "incomeTotal" },
  { table: "incomeExpenditureSummary", label: "本年支出合计", current: (a) => a.incomeExpenditureSummary?.expenditureTotal, prior: "expenditureTotal" },
  { table: "appropriationSummary", label: "财政拨款收、支总计", current: (a) => a.appropriationSummary?.incomeGrandTotal, prior: "appropriationGrandTotal" },
  { table: "generalBudgetExpenditure", label: "一般公共预算财政拨款支出", current: (a) => a.generalBudgetExpenditure?.total.total, prior: "generalBudgetExpenditure" },
];

/** A year-on-year change beyond this factor (either way) is a unit, not a budget: 万元 is ×10,000. */
const PRIOR_FACTOR = new Dec(1000);

/** An amount per vehicle or per person, with the range (元) it plausibly falls in. */
interface PerUnit {
  label: string;
  amount: ThreePublicKind;
  count: CountKey;
  countUnit: string;
  min: Dec;
  max: Dec;
}

const PER_UNIT: PerUnit[] = [
  { label: "公务用车运行维护费", amount: "vehicleOperation", count: "vehiclesHeld", countUnit: "辆", min: new Dec(500), max: new Dec(500_000) },
  { label: "因公出国（境）费", amount: "overseasTravel", count: "overseasPersons", countUnit: "人次", min: new Dec(500), max: new Dec(1_000_000) },
  { label: "公务接待费", amount: "officialReception", count: "receptionPersons", countUnit: "人次", min: new Dec(5), max: new Dec(20_000) },
];

/** Decimals: at least this many non-zero figures, and at least this share with 3 to 6 decimals. */
const DECIMALS_MIN_FIGURES = 3;
const DECIMALS_SHARE = new Dec(0.5);

interface Evidence {
  table: TableId;
  /** The unit the figures look like. */
  likely: Unit;
  text: string;
}

const yuan = (v: Dec) => formatAmount(v, { unit: "yuan", decimals: 2 });
const other = (u: Unit): Unit => (u === "yuan" ? "wanYuan" : "yuan");

/** What the decimals evidence counts over one table: non-zero 元 figures, and those with 3 to 6 decimals. */
interface DecimalsTally {
  count: number;
  fine: Figure[];
}

/** Counts one figure read in 元: a figure in whole fen (figureFen) has at most 2 decimals, so its Decimal is not made. */
function tallyFigure(f: Figure, t: DecimalsTally): void {
  if (f.sourceUnit !== "yuan") return;
  const fen = figureFen(f);
  if (fen === fen) {
    if (fen !== 0) t.count++;
    return;
  }
  if (f.value.isZero()) return;
  t.count++;
  const places = f.value.decimalPlaces();
  if (places > 2 && places <= 6) t.fine.push(f);
}

/**
 * Tallies every figure of one table of the model, in model order (arrays in order, records by key). A plain
 * walk with the tally passed along (no callback per figure): the 支出决算表 of a large department holds
 * hundreds of thousands of figures. Records are walked with for…in, which sees what Object.keys sees on
 * the model's plain objects (CellFigures, whose state is under symbols, are tallied before).
 */
function tallyFigures(node: unknown, t: DecimalsTally): void {
  if (typeof node !== "object" || node === null) return;
  if (node instanceof CellFigure) tallyFigure(node, t);
  else if (Array.isArray(node)) for (let i = 0; i < node.length; i++) tallyFigures(node[i], t);
  else if (node instanceof Dec) return;
  else if (isFigure(node)) tallyFigure(node, t);
  else {
    const record = node as Record<string, unknown>;
    for (const key in record) {
      if (!Object.prototype.hasOwnProperty.call(record, key)) continue;
      const v = record[key];
      if (v instanceof CellFigure) tallyFigure(v, t);
      else if (typeof v === "object" && v !== null) tallyFigures(v, t);
    }
  }
}

function unitOf(a: FinalAccounts, table: TableId): Unit | undefined {
  return a.tables.find((t) => t.id === table)?.unit;
}

function decimalsEvidence(a: FinalAccounts): Evidence[] {
  const out: Evidence[] = [];
  for (const t of a.tables) {
    if (t.unit !== "yuan") continue;
    const tally: DecimalsTally = { count: 0, fine: [] };
    tallyFigures(a[t.id as keyof FinalAccounts], tally);
    const { count, fine } = tally;
    if (count < DECIMALS_MIN_FIGURES) continue;
    if (new Dec(fine.length).lt(DECIMALS_SHARE.times(count))) continue;
    out.push({
      table: t.id,
      likely: "wanYuan",
      text: `${fine.length} 个金额有三位以上小数（如 ${fine[0].cells[0]} 的 ${fine[0].value.toString()}），元的金额只到分`,
    });
  }
  return out;
}

function priorEvidence(a: FinalAccounts): Evidence[] {
  const out: Evidence[] = [];
  for (const p of PRIOR_PAIRS) {
    const cur = p.current(a);
    const prior = a.supplement.priorYear[p.prior];
    const unit = unitOf(a, p.table);
    if (!cur || !prior || !unit || cur.value.lte(0) || prior.value.lte(0)) continue;
    if (out.some((e) => e.table === p.table)) continue; // one line of evidence per table
    const ratio = cur.value.div(prior.value);
    const smaller = unit === "yuan" && ratio.lt(new Dec(1).div(PRIOR_FACTOR));
    const larger = unit === "wanYuan" && ratio.gt(PRIOR_FACTOR);
    if (!smaller && !larger) continue;
    const times = formatFixed(smaller ? new Dec(1).div(ratio) : ratio, 0, true);
    out.push({
      table: p.table,
      likely: other(unit),
      text: `${p.label}${yuan(cur.value)}是补充信息中上年数${yuan(prior.value)}的${smaller ? `约 1/${times}` : `约 ${times} 倍`}（${cur.cells[0] ?? ""}、${prior.cells[0] ?? ""}）`,
    });
  }
  return out;
}

function perUnitEvidence(a: FinalAccounts): Evidence[] {
  const tp = a.threePublicTable;
  const unit = unitOf(a, "threePublicTable");
  if (!tp || !unit) return [];
  for (const p of PER_UNIT) {
    const amount = tp.actual[p.amount];
    const count = a.supplement.counts[p.count];
    if (!amount || !count || amount.value.lte(0) || count.value.lte(0)) continue;
    const each = amount.value.div(count.value);
    const inOther = unit === "yuan" ? each.times(TEN_THOUSAND) : each.div(TEN_THOUSAND);
    const outside = each.lt(p.min) || each.gt(p.max);
    if (!outside || inOther.lt(p.min) || inOther.gt(p.max)) continue;
    return [
      {
        table: "threePublicTable",
        likely: other(unit),
        text: `${p.label}按${UNIT_LABEL[unit]}计每${p.countUnit}仅${yuan(each)}（${count.value.toString()}${p.countUnit}），按${UNIT_LABEL[other(unit)]}计为${yuan(inOther)}，后者才合常理`,
      },
    ];
  }
  return [];
}

/** One finding when the figures of one or more tables look like another unit than their unit line says. */
export function checkUnitPlausibility(a: FinalAccounts): Finding[] {
  const evidence = [...priorEvidence(a), ...perUnitEvidence(a), ...decimalsEvidence(a)];
  if (evidence.length === 0) return [];
  const likely = evidence[0].likely;
  const stated = other(likely);
  const used = evidence.filter((e) => e.likely === likely);
  const named = [...new Set(used.map((e) => e.table))];
  const alsoStated = a.tables.filter((t) => t.unit === stated && !named.includes(t.id)).map((t) => TABLE_NAMES[t.id]);
  const tables = named.map((t) => TABLE_NAMES[t]).join("、");
  const cells = [...new Set(used.flatMap((e) => a.tables.filter((t) => t.id === e.table).map((t) => `${t.sheet}!${t.range.split(":")[0]}`)))];
  const rest = alsoStated.length > 0 ? `；同样标注“单位：${UNIT_LABEL[stated]}”的${alsoStated.join("、")}也请一并核对` : "";
  return [
    {
      rule: UNIT_RULE_ID,
      severity: "error",
      message:
        `单位可能有误：${tables}标注“单位：${UNIT_LABEL[stated]}”，但金额看起来是以${UNIT_LABEL[likely]}填写的` +
        `（${used.map((e) => e.text).join("；")}）。请核对表头的单位行，改为“单位：${UNIT_LABEL[likely]}”或改正金额后再生成说明${rest}`,
      cells,
      expected: UNIT_LABEL[likely],
      actual: UNIT_LABEL[stated],
    },
  ];
}
