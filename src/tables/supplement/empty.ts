import type { Supplement } from "../model";

/** A supplement with nothing in it: what the model holds when the workbook has no 补充信息 sheet. */
export function emptySupplement(): Supplement {
  return {
    present: false,
    sheet: null,
    priorYear: {},
    initialBudgets: {},
    counts: {},
    amounts: {},
    purposes: {},
    vehicleOperationBreakdown: [],
    assets: {},
    texts: {},
    keyProjects: [],
    reasons: {},
  };
}
