/** Region profiles: data, registry, conventions and the automatic choice. */
export type {
  BudgetStyle,
  ChartSpec,
  Conventions,
  DetailLevel,
  DetectRule,
  RegionProfile,
  SectionSpec,
} from "./types";
export { REGION_PROFILES, PROFILE_ALIASES, profileById, profileConventions } from "./registry";
export { type ProfileChoice, chooseProfile } from "./choose";
export { validateProfile } from "./validate";
