/** The supplementary sheet (补充信息): layout, builder and reader. See docs/supplementary-sheet.md. */
export { emptySupplement } from "./empty";
export { type BuildSupplementOptions, buildSupplementSheet } from "./build";
export { readSupplement } from "./read";
export {
  SUPPLEMENT_SHEET_NAME,
  SUPPLEMENT_HEADINGS,
  SUPPLEMENT_TITLE,
  BLOCK_TITLES,
  COL as SUPPLEMENT_COLUMNS,
  PRIOR_YEAR_LABELS,
  COUNT_LABELS as SUPPLEMENT_COUNT_LABELS,
  AMOUNT_LABELS as SUPPLEMENT_AMOUNT_LABELS,
  TEXT_LABELS as SUPPLEMENT_TEXT_LABELS,
  VEHICLE_KIND_KEYS,
  BASE_KEY_SET,
  type SupplementKeySet,
  type SupplementKind,
} from "./layout";
