import * as z from "zod/mini";

/** The call editions this library encodes, oldest first. */
export const EDITION_IDS = Object.freeze(["2019-1", "2019-2", "2020", "2021", "2022"] as const);
/** The id of a call edition (hakukierros): `"2019-1"`, `"2019-2"`, `"2020"`, `"2021"` or `"2022"`. */
export type EditionId = (typeof EDITION_IDS)[number];
/** The zod schema of an {@link EditionId}. */
export const editionIdSchema = z.enum(EDITION_IDS);

/**
 * How sure we are of a value: `sourced` was read at the cited source; `inferred` is reasoned from
 * sourced facts and is a documented assumption; `notFound` means the value is unknown (it is `null`).
 */
export const CERTAINTIES = Object.freeze(["sourced", "inferred", "notFound"] as const);
/** How sure we are of a value. */
export type Certainty = (typeof CERTAINTIES)[number];

/** The years for which a municipality register (kuntaluettelo) is shipped. */
export const REGISTER_YEARS = Object.freeze([2019, 2020, 2021, 2022] as const);
/** A year with a municipality register. */
export type RegisterYear = (typeof REGISTER_YEARS)[number];

/** Focus areas (painopisteet) of every edition, by stable code. Each edition names its own subset. */
export const FOCUS_AREA_CODES = Object.freeze([
  // 2019-1 (tiedolla johtaminen)
  "knowledgeManagement",
  "dataUtilisation",
  "financialAdministrationAutomation",
  // 2019-2 (yhteishankkeet)
  "customerOrientedProcesses",
  "sharedDataDefinitions",
  "statutoryEServices",
  "strategicProcesses",
  "automationAndAi",
  // 2020
  "electronicDecisionMaking",
  "electronicMeetings",
  "participation",
  "remoteWork",
  "leisureServices",
  // 2021
  "builtEnvironmentServices",
  "digitalSecurity",
  // 2022
  "dataQuality",
  "competence",
] as const);
/** The stable code of a focus area. */
export type FocusAreaCode = (typeof FOCUS_AREA_CODES)[number];
/** The zod schema of a {@link FocusAreaCode}. */
export const focusAreaCodeSchema = z.enum(FOCUS_AREA_CODES);

/** Kinds of project a call excluded (rajaukset), by stable code. */
export const EXCLUSION_CODES = Object.freeze([
  "socialAndHealthCare",
  "digitisationOnly",
  "builtEnvironment",
  "archiving",
  "caseManagement",
] as const);
/** The stable code of an exclusion. */
export type ExclusionCode = (typeof EXCLUSION_CODES)[number];
/** The zod schema of an {@link ExclusionCode}. */
export const exclusionCodeSchema = z.enum(EXCLUSION_CODES);

/** Budget line categories; 893/2019 5 § decides how each is treated. */
export const BUDGET_CATEGORIES = Object.freeze([
  "staff",
  "travel",
  "rent",
  "services",
  "materials",
  "otherOperating",
  "softwareLicences",
  "internalCharges",
  "equipment",
  "tangibleInvestment",
] as const);
/** A budget line category. */
export type BudgetCategory = (typeof BUDGET_CATEGORIES)[number];
/** The zod schema of a {@link BudgetCategory}. */
export const budgetCategorySchema = z.enum(BUDGET_CATEGORIES);

/** How a cost category counts toward the eligible costs. */
export const COST_TREATMENTS = Object.freeze(["eligible", "ineligible", "conditional"] as const);
/** How a cost category counts: eligible, ineligible, or eligible only on a condition a human checks. */
export type CostTreatment = (typeof COST_TREATMENTS)[number];

/**
 * Application contents, by stable code: those 893/2019 6 § 2 mom. requires in every call, and
 * `operationalChange`, which the 2020–2022 call texts add (how the changes in operations are carried out).
 */
export const CONTENT_CODES = Object.freeze([
  "objectives",
  "measures",
  "results",
  "disseminationPlan",
  "schedule",
  "organisation",
  "parties",
  "funding",
  "relatedProjects",
  "operationalChange",
] as const);
/** The stable code of a required application content. */
export type ContentCode = (typeof CONTENT_CODES)[number];

/** Evaluation criteria (arviointikriteerit), by stable code. */
export const CRITERION_CODES = Object.freeze([
  "societalAndEconomicImpact",
  "generalSignificance",
  "changeInWaysOfWorking",
  "reuseAndDissemination",
  "nationalServicesAndInteroperability",
  "feasibility",
] as const);
/** The stable code of an evaluation criterion. */
export type CriterionCode = (typeof CRITERION_CODES)[number];
/** The zod schema of a {@link CriterionCode}. */
export const criterionCodeSchema = z.enum(CRITERION_CODES);

/** Conditions of use of the grant (893/2019 7 §), by stable code. */
export const CONDITION_CODES = Object.freeze(["shareExperiences", "reusableResults", "separateAccounting"] as const);
/** The stable code of a condition of use. */
export type ConditionCode = (typeof CONDITION_CODES)[number];

/** Party types that may be the lead applicant (hakija) and administrator (hankehallinnoija). */
export const APPLICANT_TYPES = Object.freeze(["municipality", "jointAuthority"] as const);
/** Party types in an application. */
export const PARTY_TYPES = Object.freeze([
  "municipality",
  "jointAuthority",
  "association",
  "company",
  "other",
] as const);
/** A party type: municipality (kunta), joint municipal authority (kuntayhtymä), association, company, other. */
export type PartyType = (typeof PARTY_TYPES)[number];
/** The zod schema of a {@link PartyType}. */
export const partyTypeSchema = z.enum(PARTY_TYPES);
