// 决算说明 generation: FinalAccounts → Narrative (sections → paragraphs → runs with provenance).
export type {
  Computation,
  FigureSource,
  TextRun,
  FigureRun,
  GapRun,
  UserTextRun,
  Run,
  Paragraph,
  Section,
  NarrativeWarning,
  Narrative,
} from "./model";
export { paragraphText } from "./model";
export { generateNarrative, NUMERIC_SECTION_IDS } from "./generate";
export {
  type ProfileId,
  type BudgetStyle,
  type DetailLevel,
  type NarrativeSettings,
  PROFILES,
  PROFILE_IDS,
  isProfileId,
  resolveSettings,
  DEFAULT_PROFILE,
} from "./settings";
export {
  type ChartSpec,
  type Conventions,
  type ProfileChoice,
  type RegionProfile,
  REGION_PROFILES,
  chooseProfile,
  profileById,
  profileConventions,
  validateProfile,
} from "./profiles";
export { SECTION_KINDS, type SectionKind } from "./sections/library";
export { type Term, DEFAULT_TERMS } from "./templates/terms";
export { ECONOMIC_DESCRIPTIONS } from "./templates/economic";
export { type SlotValue, type Slots, fill, joinRuns } from "./template";
export { type PlainSection, narrativeToPlain, sectionParagraphs } from "./plain";
