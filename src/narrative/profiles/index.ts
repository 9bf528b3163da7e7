/** Region profiles: data, registry, conventions and the automatic choice. */
export type {
  BudgetStyle,
  Conventions,
  DetailLevel,
  DetectRule,
  RegionProfile,
  SectionSpec,
} from "./types";
export { REGION_PROFILES, PROFILE_ALIASES, profileById, profileCharts, profileConventions } from "./registry";
export { type ProfileChoice, chooseProfile } from "./choose";
export { validateProfile } from "./validate";
