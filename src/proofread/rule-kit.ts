/**
 * The shape of a proofreading rule, ESLint-like: an id, one severity (as defined in docs/proofread.md,
 * see SEVERITY_MEANING), a description and its messages as data ("{name}" placeholders), and an
 * evaluator over the bound text. Valid and invalid cases of every rule are in test/proofread-rules.test.ts.
 */
import type { FinalAccounts } from "../tables/model";
import type { BoundText } from "./bind";
import type { Conventions } from "./conventions";
import type { ProofFinding, ProofRuleId, ResolvedProofSettings } from "./model";
import type { ItemRegistry } from "./vocabulary";

export type Severity = ProofFinding["severity"];

/** The one definition of the severities (docs/proofread.md says the same, and a test holds them equal). */
export const SEVERITY_MEANING: Record<Severity, string> = {
  error: "文字与报表或与文字自身矛盾，超出四舍五入的范围",
  warning: "写法、四舍五入、名称或文风问题",
  info: "其余提示",
};

export interface RuleInput {
  bound: BoundText;
  reg: ItemRegistry;
  accounts: FinalAccounts;
  settings: ResolvedProofSettings;
  conventions: Conventions;
  /** No workbook: the text is checked against itself only. */
  textOnly: boolean;
  /** Offsets of numbers a value rule has already reported (their format is beside the point). */
  taken?: Set<number>;
}

export interface ProofRule {
  id: ProofRuleId;
  severity: Severity;
  /** What the rule checks, in Chinese. */
  describe: string;
  /** The rule's messages, by key; "{name}" is replaced by the finding's values. */
  messages: Record<string, string>;
  /** Findings of the "value" group are kept one per number, in the order of the rule list. */
  group: "value" | "direction" | "format" | "coverage";
  evaluate(input: RuleInput): ProofFinding[];
}

/** Fills a message template. */
export function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => (k in vars ? String(vars[k]) : `{${k}}`));
}

/** A finding of `rule` at a place of the text, its message taken from the rule's messages. */
export function report(
  rule: ProofRule,
  b: BoundText,
  at: { offset: number; end: number },
  key: string,
  vars: Record<string, string | number>,
  extra: { expected?: string; actual?: string; cells?: string[]; places?: { offset: number; end: number }[] } = {},
): ProofFinding {
  const template = rule.messages[key];
  if (template === undefined) throw new Error(`${rule.id}: no message “${key}”`);
  const s = b.sentences.find((x) => at.offset >= x.offset && at.offset < x.end);
  const f: ProofFinding = {
    rule: rule.id,
    severity: rule.severity,
    message: fill(template, vars),
    cells: [...new Set(extra.cells ?? [])],
    sentence: s?.text ?? b.text.slice(at.offset, at.end),
    excerpt: b.text.slice(at.offset, at.end),
    offset: at.offset,
    length: at.end - at.offset,
  };
  if (extra.expected !== undefined) f.expected = extra.expected;
  if (extra.actual !== undefined) f.actual = extra.actual;
  if (extra.places && extra.places.length > 1) {
    f.places = extra.places.map((p) => ({ offset: p.offset, length: p.end - p.offset, excerpt: b.text.slice(p.offset, p.end) }));
  }
  return f;
}
