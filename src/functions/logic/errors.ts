/**
 * Errors as plain data, so the logic never touches the CustomFunctions global. functions.ts turns a
 * FnError into `new CustomFunctions.Error(CustomFunctions.ErrorCode[code], message)`, or returns
 * `original` unchanged when the error came in as an argument.
 */
export type FnErrorCode =
  | "invalidValue"
  | "divisionByZero"
  | "notAvailable"
  | "invalidNumber"
  | "invalidName"
  | "invalidReference"
  | "nullReference";

export interface FnError {
  readonly fnError: true;
  readonly code: FnErrorCode;
  readonly message?: string;
  /** An error value received as an argument: handed back to Excel as it came. */
  readonly original?: unknown;
}

export function fnError(code: FnErrorCode, message?: string): FnError {
  return { fnError: true, code, message };
}

export const invalidValue = (message: string): FnError => fnError("invalidValue", message);
export const divisionByZero = (message: string): FnError => fnError("divisionByZero", message);

export function isFnError(v: unknown): v is FnError {
  return typeof v === "object" && v !== null && (v as FnError).fnError === true;
}

/** Excel error texts → codes (for {error:"#N/A"} markers and CustomFunctions.Error-like objects). */
const CODE_BY_TEXT: Record<string, FnErrorCode> = {
  "#VALUE!": "invalidValue",
  "#DIV/0!": "divisionByZero",
  "#N/A": "notAvailable",
  "#NUM!": "invalidNumber",
  "#NAME?": "invalidName",
  "#REF!": "invalidReference",
  "#NULL!": "nullReference",
};

/** Excel.ErrorCellValue errorType → codes (arrives when the metadata allows rich values for `any`). */
const CODE_BY_ERROR_TYPE: Record<string, FnErrorCode> = {
  Value: "invalidValue",
  Div0: "divisionByZero",
  NotAvailable: "notAvailable",
  Num: "invalidNumber",
  Name: "invalidName",
  Ref: "invalidReference",
  Null: "nullReference",
};

/**
 * Recognises an error passed in as an argument: a CustomFunctions.Error (an object whose `code` is an
 * Excel error text such as "#N/A"), a JavaScript Error, a core CellError ({ error: "#REF!" }) or an
 * Excel.ErrorCellValue ({ type: "Error", errorType: "Div0" }). Returns it as a FnError, else null.
 */
export function asInputError(v: unknown): FnError | null {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return null;
  if (v instanceof Error) return { fnError: true, code: "invalidValue", original: v };
  const o = v as { code?: unknown; error?: unknown; type?: unknown; errorType?: unknown };
  if (typeof o.code === "string" && o.code.startsWith("#")) {
    return { fnError: true, code: CODE_BY_TEXT[o.code] ?? "invalidValue", original: v };
  }
  if (typeof o.error === "string" && o.error.startsWith("#")) {
    return fnError(CODE_BY_TEXT[o.error] ?? "invalidValue", `引用的单元格为错误值 ${o.error}`);
  }
  if (o.type === "Error") {
    const t = typeof o.errorType === "string" ? o.errorType : "";
    return fnError(CODE_BY_ERROR_TYPE[t] ?? "invalidValue", "引用的单元格为错误值");
  }
  return null;
}
