// Every rule, in the order its finding appears in an assessment.
import type { CallEdition } from "../editions/schema.js";
import { applicantMunicipalityExists, applicantType } from "./applicant.js";
import { consortiumMembers, consortiumMinMunicipalities, consortiumPartners } from "./consortium.js";
import { contentRules } from "./contents.js";
import {
  costsHasEligibleCosts,
  costsIneligibleExcluded,
  costsInternalCharges,
  costsServices,
  costsSoftwareLicences,
  costsVatExcluded,
} from "./costs.js";
import { deadlineSubmittedInTime } from "./deadline.js";
import { exclusionRules } from "./exclusion.js";
import { focusAreaOneOfEdition } from "./focusArea.js";
import { grantWithinMaximum } from "./grant.js";
import { periodEndsByLatestEnd, periodStartBeforeEnd } from "./period.js";
import type { Rule } from "./defineRule.js";

/** Every rule of the library, grouped by family in the order of `RULE_FAMILIES`. */
export const RULES = [
  applicantType,
  applicantMunicipalityExists,
  consortiumMinMunicipalities,
  consortiumMembers,
  consortiumPartners,
  deadlineSubmittedInTime,
  focusAreaOneOfEdition,
  ...exclusionRules,
  costsServices,
  costsIneligibleExcluded,
  costsSoftwareLicences,
  costsInternalCharges,
  costsVatExcluded,
  costsHasEligibleCosts,
  grantWithinMaximum,
  periodStartBeforeEnd,
  periodEndsByLatestEnd,
  ...contentRules,
] as const;

/** The id of a rule of the library, `family.name`, e.g. `"grant.withinMaximum"` or `"exclusion.archiving"`. */
export type RuleId = (typeof RULES)[number]["info"]["id"];

/** Whether the dotted path names a value in the edition (`"exclusions.archiving"`). */
function has(edition: CallEdition, path: string): boolean {
  let node: unknown = edition;
  for (const key of path.split(".")) {
    if (typeof node !== "object" || node === null || !Object.hasOwn(node, key)) return false;
    node = (node as Record<string, unknown>)[key];
  }
  return node !== undefined;
}

const applicable = new WeakMap<CallEdition, readonly Rule[]>();

/** The rules an edition evaluates, in order; computed once per edition. */
export function rulesOf(edition: CallEdition): readonly Rule[] {
  const cached = applicable.get(edition);
  if (cached) return cached;
  const rules = RULES.filter((r) => r.info.appliesWhen === undefined || has(edition, r.info.appliesWhen));
  applicable.set(edition, rules);
  return rules;
}
