import type { ParseIssue } from "../application/parse.js";
import type { EditionId } from "../vocabulary/codes.js";
import type { Locale } from "../vocabulary/locale.js";
import type { Instant } from "../time/instant.js";
import type { AlandPolicy, BudgetSummary, Finding } from "../rules/finding.js";

export type { AlandPolicy, BudgetSummary, Finding, JsonValue, Outcome } from "../rules/finding.js";

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

/** The assessment of one application under one edition. Plain, JSON-serialisable data. */
export interface Assessment {
  /** The caller's id of the application, if it had one. */
  readonly id: string | null;
  /**
   * The edition whose rules were applied. When the input is `invalid`, the edition asked for in
   * the options or the input, if it names one; otherwise the latest edition.
   */
  readonly edition: EditionId;
  /** The verdict. */
  readonly status: AssessmentStatus;
  /** The language of the messages. */
  readonly locale: Locale;
  /** One finding per rule evaluated, in a stable order; empty when `invalid`. */
  readonly findings: readonly Finding[];
  /** Why the input did not parse; empty unless `invalid`. */
  readonly issues: readonly ParseIssue[];
  /** The money, or `null` when `invalid`. */
  readonly budget: BudgetSummary | null;
}
