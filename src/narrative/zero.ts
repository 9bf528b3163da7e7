/**
 * The one rule for wording chosen by what a figure is: zero, not zero, or unknown.
 *
 * Many sentences depend on a figure being zero — "本年度无此项支出", "未购置公务用车", a kind left out of
 * a list (不涉及的不列), a section that says there was nothing — or on two figures being equal
 * ("持平"). A figure that could not be read (`unreadable`, src/tables/model.ts) holds 0 only as a
 * placeholder: it is neither zero nor non-zero but unknown. Unknown always takes the not-zero path,
 * where every run built from the figure is a gap (Ctx.amount, Ctx.compare …), so the text shows
 * 【待填写：…】 instead of stating anything about it. Sections ask these questions here, never
 * `value.isZero()` on a figure (test/narrative.unreadable-wording.test.ts holds them to it).
 */
import type { Dec } from "../core";
import type { Unreadable } from "../tables/model";

/** A figure or operand: an exact value, possibly unreadable. */
export interface Valued {
  value: Dec;
  unreadable?: Unreadable;
}

export type ZeroAnswer = "zero" | "nonzero" | "unknown";

/** Zero, not zero, or unknown (the figure could not be read). */
export function zeroAnswer(x: Valued): ZeroAnswer {
  if (x.unreadable) return "unknown";
  return x.value.isZero() ? "zero" : "nonzero";
}

/** Read and zero: only then may a sentence say so (无此项支出, 未购置, or drop the line). */
export function isKnownZero(x: Valued | undefined): boolean {
  return x !== undefined && zeroAnswer(x) === "zero";
}

/** Present and not known to be zero (read and not zero, or unreadable): the line is written, with its gaps. */
export function mayBeNonZero(x: Valued | undefined): boolean {
  return x !== undefined && zeroAnswer(x) !== "zero";
}

/** Absent (not given) or read as zero: e.g. a budget that is not there or is 0. Unreadable is neither. */
export function isAbsentOrZero(x: Valued | undefined): boolean {
  return x === undefined || zeroAnswer(x) === "zero";
}

/** Both read and equal (never true when either could not be read). */
export function isKnownEqual(a: Valued | undefined, b: Valued | undefined): boolean {
  return a !== undefined && b !== undefined && !a.unreadable && !b.unreadable && a.value.equals(b.value);
}
