/** Public face of the table reader: detection, parsing, and the table specs as data. */
export * from "./model";
export { detectTables, isSupplementSheet, isSupplementSheetName } from "./detect";
export { readFinalAccounts, MISSING_SEVERITY } from "./read";
export { CellFigure, figureFen, figureIsZero } from "./figures";
export {
  TABLE_SPECS,
  SPEC_BY_ID,
  TABLE_NAMES,
  NAME_VARIANTS,
  matchTitle,
  type TableSpec,
  type TableSet,
  type TableKind,
} from "./specs";
export { labelKey, titleKey, INCOME_KIND_LABELS, EXPENDITURE_KIND_LABELS } from "./labels";
export { parseSetHeading, workbookHints } from "./hints";
export {
  buildFunctionalTree,
  generalBudgetTree,
  treeLeaves,
  treePath,
  type BudgetSource,
  type FunctionalNode,
  type FunctionalTree,
  type TreeOptions,
} from "./tree";
export {
  ECONOMIC_CLASS_NAMES,
  ECONOMIC_SECTION_NAMES,
  FUNCTIONAL_CLASS_NAMES,
  economicCodeName,
  isKnownEconomicCode,
  functionalClassName,
} from "./codes";
