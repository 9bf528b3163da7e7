export { Dec, ZERO, ONE, HUNDRED, TEN_THOUSAND, roundHalfUp, decimalFromNumber, isDecimal, sum } from "./decimal";
export {
  type CellValue,
  type CellError,
  isCellError,
  isUncalculated,
  toCellValue,
  EXCEL_ERROR_TEXTS,
  UNCALCULATED,
} from "./cell";
export { toHalfWidth, stripSpaces, normalizeLabel } from "./text";
export { type ParseResult, parseAmount, parseAmountText } from "./parse";
export { type Unit, UNIT_LABEL, toYuan, fromYuan, parseUnitLabel } from "./units";
export {
  type AmountFormat,
  type PercentFormat,
  groupThousands,
  groupDecimalText,
  formatFixed,
  formatAmount,
  ratioToPercent,
  formatPercent,
} from "./format";
export {
  type Direction,
  change,
  growthRate,
  share,
  executionRate,
  perUnit,
  direction,
  DIRECTION_WORDS,
} from "./measures";
export {
  type CellPosition,
  columnLetters,
  columnIndex,
  parseA1,
  toA1,
  offsetA1,
  cellRef,
  rangeA1,
  splitRef,
  excelRef,
} from "./address";
export { chineseUppercase } from "./uppercase";
export { wholeFen, amountFen } from "./fen";
