/**
 * Types of the proofreader (校对): sentences, numeric claims found in a narrative text, the items
 * they speak of and the findings produced by the rules.
 */
import type { Dec, Unit } from "../core";
import type { Figure, Finding } from "../tables/model";

export type ProofRuleId =
  | "proof.amount-mismatch"
  | "proof.unit-mismatch"
  | "proof.change-mismatch"
  | "proof.change-too-large"
  | "proof.rate-mismatch"
  | "proof.share-mismatch"
  | "proof.execution-mismatch"
  | "proof.per-unit-mismatch"
  | "proof.count-mismatch"
  | "proof.direction"
  | "proof.bad-grouping"
  | "proof.missing-unit"
  | "proof.template-leftover"
  | "proof.stray-space"
  | "proof.decimals"
  | "proof.item-not-mentioned"
  | "proof.parts-sum"
  | "proof.grouping"
  | "proof.zero-base"
  | "proof.budget-sum"
  | "proof.item-name"
  | "proof.department-name"
  | "proof.restated";

/** A finding located in the text: `offset`/`length` point at the excerpt in the whole text. */
export interface ProofFinding extends Finding {
  rule: ProofRuleId;
  /** The whole sentence the finding is in. */
  sentence: string;
  /** The exact characters at fault. */
  excerpt: string;
  /** Character offset of the excerpt in the text (UTF-16 code units, as JavaScript strings index). */
  offset: number;
  length: number;
  /** Further places of the same finding (a convention broken in several places is one finding). */
  places?: { offset: number; length: number; excerpt: string }[];
}

/** How the text is meant to write numbers (the narrative profiles' settings). */
export interface ProofSettings {
  profile?: string;
  amountUnit?: Unit;
  amountDecimals?: number;
  percentDecimals?: number;
  bareWhole?: boolean;
}

export interface ResolvedProofSettings {
  profile: string;
  amountUnit: Unit;
  amountDecimals: number;
  percentDecimals: number;
  bareWhole: boolean;
}

/** Heading depth: 1 第二部分, 2 二、, 3 （二）, 4 1. / （1）. */
export type HeadingLevel = 1 | 2 | 3 | 4;

export interface Paragraph {
  index: number;
  text: string;
  offset: number;
  /** Set when the paragraph opens with a heading marker. */
  heading: HeadingLevel | null;
}

export interface Sentence {
  index: number;
  paragraph: number;
  text: string;
  offset: number;
  end: number;
}

export type UnitKind = "yuan" | "wanYuan" | "percent" | "count" | "other" | "none";

/** A number as written, with the unit that follows it. */
export interface NumberToken {
  /** Number and unit as written, e.g. "54.5 %". */
  text: string;
  offset: number;
  end: number;
  /** The digits as written, e.g. "353,18.18". */
  digits: string;
  /** The value read with separators removed. */
  value: Dec;
  decimals: number;
  unitKind: UnitKind;
  /** Unit text as written ("元", "万元", "%", "辆" …), "" when none. */
  unitText: string;
  /** White space between the number and its unit. */
  space: string;
  /** "ok" grouped in threes, "bad" separators misplaced, "none" ungrouped (≥ 4 integer digits), "short" no grouping needed. */
  grouping: "ok" | "bad" | "none" | "short";
}

export type ClaimRole =
  | "value" // the item's own amount
  | "change" // 增加/减少 X
  | "base" // 比上年/比年初预算 X
  | "budget" // 年初预算 X
  | "rate" // 增长/下降 R%
  | "share" // 占…的 R%
  | "execution" // 完成年初预算的 R%
  | "perUnit" // 车均/人均 X
  | "count" // 6辆
  | "other";

export type Relation = "priorYear" | "initialBudget";

export type ShareTotal = "incomeTotal" | "expenditureTotal" | "appropriationExpenditure" | "procurementTotal";

/** A numeric claim: a number with its role in the sentence. */
export interface Claim {
  token: NumberToken;
  sentence: number;
  role: ClaimRole;
  direction?: "up" | "down";
  relation?: Relation;
  shareTotal?: ShareTotal;
  /** The item it speaks of, once bound. */
  item?: string;
  /** For a bare share ("占X%"): the whole it is a share of, from the list it stands in. */
  whole?: string;
}

/** Figures an item has in the accounts. */
export interface ItemFigures {
  id: string;
  label: string;
  actual?: Figure;
  /** Other figures the same words may mean (项目支出: all funds or 财政拨款 only). */
  alternatives?: Figure[];
  priorYear?: Figure;
  budget?: Figure;
  /** Counts (vehicles, trips …) for count items. */
  count?: { value: Dec; cells: string[] };
  /** Items whose amounts add up to this one. */
  parts?: string[];
}

/** A mention of an item in a sentence. */
export interface Mention {
  item: string;
  offset: number;
  end: number;
}
