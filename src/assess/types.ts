import type { ParseIssue } from "../application/parse.js";
import type { EditionId } from "../vocabulary/codes.js";
import type { Locale } from "../vocabulary/locale.js";
import type { Instant } from "../time/instant.js";
import type { Rule } from "../rules/defineRule.js";
import type { AlandPolicy, BudgetSummary, FindingOf } from "../rules/finding.js";
import type { RULES } from "../rules/registry.js";
import type { Notice } from "../rules/notices.js";

export type { AlandPolicy, BudgetSummary, FindingOf, JsonValue, Outcome, PartyBudget } from "../rules/finding.js";
export type { RuleId } from "../rules/registry.js";
export type { Notice, NoticeCode, NoticeOf } from "../rules/notices.js";

/** Every finding a rule can give, one per verdict. */
type FindingsOfRule<R> =
  R extends Rule<infer Id, infer V>
    ? { [K in keyof V & string]: FindingOf<Id, V[K]["outcome"], V[K]["messageCode"]> }[keyof V & string]
    : never;

/**
 * The conclusion of one rule on one application. Plain, JSON-serialisable data. A union derived
 * from the rules' definitions: checking `rule` narrows the outcomes and message codes to that rule's,
 * and checking `messageCode` types `params`.
 *
 * @example
 * ```ts
 * for (const f of assess(application).findings) {
 *   if (f.rule === "grant.withinMaximum" && f.messageCode === "grant.withinMaximum.fail") f.params.excess; // a string
 * }
 * ```
 */
export type Finding = FindingsOfRule<(typeof RULES)[number]>;

/**
 * The verdict on an application:
 * - `invalid`: the input did not parse; `issues` says why;
 * - `ineligible`: at least one finding failed;
 * - `needsReview`: none failed, but some need a human or an answer;
 * - `eligible`: every finding passed.
 */
export type AssessmentStatus = "invalid" | "ineligible" | "needsReview" | "eligible";

/** Options of `assess` and `assessApplication`. Every option is checked at run time too. */
export interface AssessOptions {
  /** Assess under this edition instead of the application's own (for cross-year comparisons). */
  readonly edition?: EditionId;
  /** The language of the messages; Finnish by default. */
  readonly locale?: Locale;
  /**
   * The instant to assess the deadline at when the application has no `submittedAt`, e.g. the
   * moment a portal validates a draft: an ISO 8601 instant with an offset. The library never reads
   * the clock, so without either the deadline finding is `missing`.
   */
  readonly at?: Instant;
  /** How to treat municipalities of Åland; `"review"` by default. */
  readonly alandMunicipalities?: AlandPolicy;
}

/** What every assessment says, whatever its status. */
interface AssessmentOf {
  /** The caller's id of the application, if it had one. */
  readonly id: string | null;
  /**
   * The edition whose rules were applied. When the input is `invalid`, the edition asked for in
   * the options or the input, if it names one; otherwise the latest edition.
   */
  readonly edition: EditionId;
  /** The language of the messages. */
  readonly locale: Locale;
}

/** The assessment of an input that parsed: a verdict, one finding per rule and the money. */
export interface ParsedAssessment extends AssessmentOf {
  /** The verdict. */
  readonly status: "eligible" | "ineligible" | "needsReview";
  /** One finding per rule evaluated, in a stable order. */
  readonly findings: readonly Finding[];
  /** Empty: the input parsed. */
  readonly issues: readonly ParseIssue[];
  /** The money. */
  readonly budget: BudgetSummary;
  /**
   * Cited advice beside the findings (for example that a purchase reaches the national procurement
   * threshold, hankintalaki 1397/2016 25 §), in a stable order. A notice decides nothing: the status
   * is the findings' alone.
   */
  readonly notices: readonly Notice[];
}

/** The assessment of an input, or options, that did not parse: the coded issues and nothing else. */
export interface InvalidAssessment extends AssessmentOf {
  /** The verdict. */
  readonly status: "invalid";
  /** Empty: no rule was applied. */
  readonly findings: readonly Finding[];
  /** Why the input or the options did not parse. */
  readonly issues: readonly ParseIssue[];
  /** None: the input did not parse. */
  readonly budget: null;
  /** Empty: no rule was applied. */
  readonly notices: readonly Notice[];
}

/**
 * The assessment of one application under one edition. Plain, JSON-serialisable data,
 * discriminated on `status`: after `status !== "invalid"` the `budget` is there.
 *
 * @example
 * ```ts
 * const a = assess(application);
 * if (a.status === "eligible") a.budget.maxGrant; // a string, never null
 * ```
 */
export type Assessment = ParsedAssessment | InvalidAssessment;
