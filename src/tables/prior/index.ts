/**
 * Prior-year figures from last year's tables: derive them (with the cells they came from), merge them
 * under the 补充信息 sheet's values, split a workbook that holds both years, and check one year
 * against the other (src/checks/year-on-year).
 */
export { derivePriorYear, type PriorYearFigures } from "./derive";
export { mergePriorYear } from "./merge";
export { splitByYear, type SplitSheets } from "./split";
export { externalRef, fromSource, type PriorSource } from "./source";
export { readWithPrior, priorSourceLabel, type PriorRead } from "./read";
