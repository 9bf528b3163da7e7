/**
 * The library of section kinds a region profile can name, in any order. A builder is pure over the
 * context (accounts, settings, profile) and returns its section, or null when the region prints
 * nothing for it (a table the region does not have).
 */
import type { Ctx } from "../context";
import type { Section } from "../model";
import type { TemplateFamilies } from "../templates";
import {
  appropriationSection,
  basicInfoSection,
  economicSection,
  generalBudgetSection,
  governmentFundSection,
  overallSection,
  part2Heading,
  stateCapitalSection,
} from "./part2";
import {
  agencyCostSection,
  assetsSection,
  feesSection,
  part3Heading,
  part4Section,
  procurementSection,
  purchasedServicesSection,
  termsSection,
  threePublicSection,
} from "./part3";
import { SHANGHAI_SECTIONS } from "./shanghai";

export type SectionBuilder = (ctx: Ctx) => Section | null;

export const SECTION_KINDS = {
  // Beijing / central form (templates: part2, part3)
  part2Heading,
  basicInfo: basicInfoSection,
  overall: overallSection,
  appropriation: appropriationSection,
  generalBudget: generalBudgetSection,
  governmentFund: governmentFundSection,
  stateCapital: stateCapitalSection,
  economic: economicSection,
  part3Heading,
  threePublic: threePublicSection,
  agencyOperatingCost: agencyCostSection,
  procurement: procurementSection,
  purchasedServices: purchasedServicesSection,
  assets: assetsSection,
  fees: feesSection,
  terms: termsSection,
  part4Performance: part4Section,
  // Shanghai form (templates: shanghai)
  ...SHANGHAI_SECTIONS,
} satisfies Record<string, SectionBuilder>;

export type SectionKind = keyof typeof SECTION_KINDS;

/** The template families each kind reads (a profile naming the kind must carry them). */
export function familiesOf(kind: SectionKind): (keyof TemplateFamilies)[] {
  if (kind.startsWith("sh")) return ["shanghai"];
  return kind === "basicInfo" ||
    kind === "overall" ||
    kind === "appropriation" ||
    kind === "generalBudget" ||
    kind === "governmentFund" ||
    kind === "stateCapital" ||
    kind === "economic" ||
    kind === "part2Heading"
    ? ["part2"]
    : ["part2", "part3"];
}
