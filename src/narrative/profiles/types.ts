/**
 * A region profile (地区口径) as data: which sections the document has and in what order, the
 * sentence templates of each section family, the writing conventions, the table set, the rules
 * (不涉及的不列), the 名词解释, the budget-comparison style and how to recognise the region in a
 * workbook. The engine (src/narrative/generate.ts) only reads this; adding a region adds a file.
 */
import type { Unit } from "../../core";
import type { TableId } from "../../tables/model";
import type { SupplementKeySet } from "../../tables/supplement";
import type { Term } from "../templates/terms";
import type { SectionKind } from "../sections/library";
import type { TemplateFamilies } from "../templates";

/** How a line is compared with its 年初预算: "比年初预算增加…，增长…%" or "完成年初预算的…%". */
export type BudgetStyle = "change" | "completion";

/** Lowest 功能分类 level explained line by line: 款 (Beijing) or 项 (central ministries, Shanghai). */
export type DetailLevel = "section" | "item";

/** How figures are written in the running text. */
export interface Conventions {
  /** Unit of amounts in the text; tables in 元 or 万元 are converted exactly. */
  amountUnit: Unit;
  amountDecimals: number;
  /** Thousands separators in running text ("2,940.05万元") or not ("2940.05万元"). */
  thousands: boolean;
  percentDecimals: number;
  /** Percentages that round to a whole number are written bare ("347%", "0%"). */
  bareWhole: boolean;
  /** An exact zero amount, "{unit}" standing for the unit label: "0{unit}" → "0万元". */
  zeroAmount: string;
  /** A percentage that rounds to zero, e.g. "0%"; null = the decimals as usual ("0.00%"). */
  zeroPercent: string | null;
  /** How the prior year is named in comparisons (for the proofreader): "比上年" or "与2023年度相比". */
  priorYearWording: "比上年" | "与上年度相比";
  /** One comparison style per document for lines with a 年初预算. */
  budgetStyle: BudgetStyle;
  detailLevel: DetailLevel;
  /** 不涉及的不列: kinds (收入/支出种类, 经济分类) that are zero are left out of lists. */
  omitZeroKinds: boolean;
}

/** One entry of the document outline: a section kind from the library (src/narrative/sections/library.ts). */
export interface SectionSpec {
  kind: SectionKind;
}

/** What in a workbook points to this region; every match is shown as the reason. */
export interface DetectRule {
  /** Department or table-title patterns (e.g. /上海市/). */
  names: RegExp[];
  /** A name match's description in the reason, e.g. "上海市". */
  nameLabel: string;
  /** Table titles only this region prints (e.g. Shanghai's "国有资本经营预算财政拨款收入支出决算表"). */
  titles?: RegExp[];
  /** Tables whose presence points to the region (e.g. Beijing's 政府采购情况表). */
  tablesPresent?: TableId[];
  /** Tables of this set that the region never prints. */
  tablesAbsent?: TableId[];
}

/** A chart the document carries (the charts module reads this; optional). */
export interface ChartSpec {
  id: string;
  /** The section it follows. */
  after: string;
}

export interface RegionProfile {
  id: string;
  /** Chinese name shown to the user, e.g. "北京市（区级部门）". */
  name: string;
  /** Older ids that keep working (yuan-1dp, wanyuan-2dp). */
  aliases: string[];
  conventions: Conventions;
  /** The document outline, in order. */
  sections: SectionSpec[];
  /** Sentence templates by family; each section kind names the family it reads. */
  templates: TemplateFamilies;
  /** The region's table set: only these are reported when absent. */
  tables: TableId[];
  /** 名词解释, in order (our own words). */
  terms: Term[];
  detect: DetectRule;
  /** Higher wins when two regions match equally (the default region has the lowest). */
  priority: number;
  /** The 补充信息 rows this region's template needs (default: the Beijing/central rows). */
  supplementKeys?: SupplementKeySet;
  /** Charts the document carries (filled in by the charts module; optional). */
  charts?: ChartSpec[];
}
