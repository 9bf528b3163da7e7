export { type FnError, type FnErrorCode, fnError, isFnError, asInputError } from "./errors";
export { type Out, type Grid, type ArgSpec, toGrid, broadcast } from "./broadcast";
export {
  type Coerce,
  type ZeroBaseMode,
  isBlank,
  amountArg,
  decimalsArg,
  textArg,
  unitArg,
  zeroBaseArg,
} from "./coerce";
export {
  toExcelNumber,
  growthLogic,
  growthDecimal,
  changeLogic,
  shareLogic,
  sharesLogic,
  sharesDecimal,
  execRateLogic,
  perUnitLogic,
  toWanLogic,
  amountTextLogic,
  pctTextLogic,
  compareLogic,
  daxieLogic,
} from "./budget";
