import { deepFreeze } from "../freeze.js";
// Every rule, in the order its finding appears in an assessment.
import type { CallEdition } from "../editions/schema.js";
import { applicantMunicipalityExists, applicantType } from "./applicant.js";
import { consortiumMembers, consortiumMinMunicipalities, consortiumPartners } from "./consortium.js";
import { contentRules } from "./contents.js";
import { costsHasEligibleCosts, costsIneligibleExcluded, costsInternalCharges, costsSoftwareLicences, costsVatExcluded } from "./costs.js";
import { deadlineSubmittedInTime } from "./deadline.js";
import { exclusionRules } from "./exclusion.js";
import { focusAreaOneOfEdition } from "./focusArea.js";
import { grantWithinMaximum } from "./grant.js";
import { periodEndsByLatestEnd, periodStartBeforeEnd } from "./period.js";
import type { Rule, RuleInfo } from "./types.js";

/** Every rule of the library, grouped by family in the order of `RULE_FAMILIES`. */
export const RULES: readonly Rule[] = [
  applicantType,
  applicantMunicipalityExists,
  consortiumMinMunicipalities,
  consortiumMembers,
  consortiumPartners,
  deadlineSubmittedInTime,
  focusAreaOneOfEdition,
  ...exclusionRules,
  costsIneligibleExcluded,
  costsSoftwareLicences,
  costsInternalCharges,
  costsVatExcluded,
  costsHasEligibleCosts,
  grantWithinMaximum,
  periodStartBeforeEnd,
  periodEndsByLatestEnd,
  ...contentRules,
];

/**
 * The rules reference: every rule's id, family, citation, title and plain-language description in
 * Finnish, Swedish and English, the edition facts it reads and the outcomes it can give. Plain
 * data, the source of the generated `docs/rules/*.md`.
 *
 * @example
 * ```ts
 * ruleCatalogue.find((r) => r.id === "grant.withinMaximum")?.citation; //=> "893/2019 4 §"
 * ruleCatalogue.filter((r) => r.family === "exclusion").length;        //=> 5
 * ```
 */
export const ruleCatalogue: readonly RuleInfo[] = deepFreeze(
  // Frozen, with the info objects the rules share: every caller in the process reads the same ones.
  RULES.map((r) => r.info),
);

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

/**
 * The rules an edition evaluates, in the order of their findings. The exclusion and contents rules
 * depend on the edition: `exclusion.builtEnvironment` is evaluated in 2020 and not in 2021.
 *
 * @example
 * ```ts
 * rulesFor(getEdition("2021")).some((r) => r.id === "exclusion.builtEnvironment"); //=> false
 * rulesFor(getEdition("2020")).some((r) => r.id === "exclusion.builtEnvironment"); //=> true
 * ```
 */
export function rulesFor(edition: CallEdition): readonly RuleInfo[] {
  return rulesOf(edition).map((r) => r.info);
}
