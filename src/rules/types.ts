import type { Application } from "../application/schema.js";
import type { AlandPolicy, Outcome } from "./finding.js";
import type { LocalizedText } from "../editions/cited.js";
import type { CallEdition } from "../editions/schema.js";
import type { ApplicationFacts, EditionFacts } from "./facts.js";

/** The rule families, in the order their findings appear in an assessment. */
export const RULE_FAMILIES = Object.freeze([
  "applicant",
  "consortium",
  "deadline",
  "focusArea",
  "exclusion",
  "costs",
  "grant",
  "period",
  "contents",
] as const);
/** A rule family: the part of the call a rule checks, and the module it lives in (`src/rules/<family>.ts`). */
export type RuleFamily = (typeof RULE_FAMILIES)[number];

/**
 * What every rule reads: the parsed application, the edition, the Åland policy, and the facts
 * computed once per assessment (the budget, the municipalities) and once per edition (focus areas,
 * closing instant), so that no rule recomputes what another did.
 */
export interface RuleContext {
  /** The parsed application. */
  readonly app: Application;
  /** The edition whose rules apply. */
  readonly edition: CallEdition;
  /** How Åland's municipalities are treated. */
  readonly aland: AlandPolicy;
  /** Facts of the edition, computed once per edition. */
  readonly editionFacts: EditionFacts;
  /** Facts of the application under the edition, computed once per assessment. */
  readonly facts: ApplicationFacts;
}

/**
 * What a rule is, apart from its words: its id, family, provision, the edition facts it reads and
 * the outcomes it can give. Its title and description are kept apart ({@link RuleText}), so that
 * a bundle that only assesses does not carry the texts of the rules reference.
 */
export interface RuleSpec {
  /** The stable id, `family.name`, e.g. `"consortium.minMunicipalities"`. */
  readonly id: string;
  /** The family it belongs to. */
  readonly family: RuleFamily;
  /** The provision the rule rests on, e.g. `"893/2019 4 §"`; findings may cite the edition's page too. */
  readonly citation: string;
  /** Paths into the edition the rule reads, e.g. `"eligibility.minMunicipalities"`. */
  readonly facts: readonly string[];
  /** The outcomes the rule can give. */
  readonly outcomes: readonly Outcome[];
  /**
   * A path into the edition that must exist for the rule to be evaluated, e.g.
   * `"exclusions.archiving"`; absent when every edition evaluates the rule.
   */
  readonly appliesWhen?: string;
}

/** A rule's words for the rules reference: a short title and a plain-language description, in fi, sv and en. */
export interface RuleText {
  /** A short title. */
  readonly title: LocalizedText;
  /** What the rule checks, in plain language. */
  readonly description: LocalizedText;
}

/** The texts of a family's rules, by rule id. */
export type RuleTexts = { readonly [id: string]: RuleText };

/**
 * What the rules reference (`docs/rules/*.md`) says about a rule: what it is (id, family,
 * provision, facts, outcomes) and its words (title, description). Plain data: the
 * implementation is kept apart so that the catalogue can be read, serialised and rendered.
 */
export interface RuleInfo extends RuleSpec, RuleText {}
