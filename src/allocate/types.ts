import type { AssessOptions, Assessment, AssessmentStatus } from "../assess/types.js";
import type { EditionId } from "../vocabulary/codes.js";
import type { CallEdition } from "../editions/schema.js";
import type { MessageCode } from "../messages/catalogue.js";
import type { Locale, MessageParams } from "../vocabulary/locale.js";
import type { Amount } from "../money/amount.js";
import type { RoundingUnit } from "../money/rounding.js";
import type { ExcludedReviewer, ScoreInput, ScoreModelOptions, ScoringModel } from "../scoring/types.js";

export type { AllocationIssue } from "../scoring/issue.js";

/**
 * How an appropriation (määräraha) is shared out:
 * - `ranked`: in rank order, each application up to its grantable amount, until the money runs out;
 * - `proRata`: every eligible application gets the same share of its grantable amount.
 */
export type AllocationStrategy = "ranked" | "proRata";

/**
 * What `ranked` does at an application that does not fit in what is left of the appropriation:
 * - `skip`: grant it nothing (it goes to the reserve) and try the next, possibly cheaper, ones;
 * - `partial`: grant it what is left (rounded down to the unit) and stop: everyone after it is reserve.
 */
export type PartialPolicy = "skip" | "partial";

/**
 * Which assessed applications compete for the money:
 * - `eligible`: only those whose assessment is `eligible` (a case handler replaying a call resolved
 *   every review first);
 * - `eligibleAndReview`: also those whose assessment is `needsReview` (a what-if before reviews).
 */
export type CompetingPool = "eligible" | "eligibleAndReview";

/** What an application got: a grant, a place in the reserve (ranked eligible but not funded), or a rejection. */
export type AllocationStatus = "granted" | "reserve" | "rejected";

/** A reason in an allocation: coded, with parameters, in the chosen language, citing its provision. */
export interface AllocationReason {
  /** The message code, so callers can render their own text. */
  readonly code: MessageCode;
  /** The message in the chosen language. */
  readonly message: string;
  /** The message parameters. */
  readonly params: MessageParams;
  /** The provision or call page the reason rests on, e.g. `"893/2019 4 §"`. */
  readonly citation?: string;
  /** The assessment rule id, when the reason is a finding of `assess` (e.g. `"consortium.minMunicipalities"`). */
  readonly rule?: string;
}

/** What one candidate got, and why. Plain, JSON-serialisable data. */
export interface Allocation {
  /** The candidate's id. */
  readonly id: string;
  /** Granted, in reserve, or rejected. */
  readonly status: AllocationStatus;
  /** The grant, a decimal string; `"0.00"` when nothing is granted. */
  readonly amount: Amount;
  /** The place in the funding order (1 = first), or `null` when not ranked. */
  readonly rank: number | null;
  /** The score (four decimals), or `null` when there is none. */
  readonly score: string | null;
  /** The status of the application's assessment, or `null` when it was never assessed. */
  readonly assessmentStatus: AssessmentStatus | null;
  /** The grant applied for, or `null` when unknown. */
  readonly requestedGrant: Amount | null;
  /** The maximum grant, 85 % of the eligible costs (893/2019 4 §), or `null` when unknown. */
  readonly maxGrant: Amount | null;
  /** The eligible VAT-free costs (893/2019 5 §), or `null` when unknown. */
  readonly eligibleCosts: Amount | null;
  /** The most that could be granted: min(requested, maximum) rounded down to the unit; `null` when unknown. */
  readonly grantable: Amount | null;
  /** Reviewers left out of the score for a blank criterion. */
  readonly excludedReviewers: readonly ExcludedReviewer[];
  /** Why this status and this amount, in order. */
  readonly reasons: readonly AllocationReason[];
}

/** The allocation of an appropriation over a call's applications. Plain, JSON-serialisable data. */
export interface AllocationResult {
  /** The call edition allocated. */
  readonly edition: EditionId;
  /** The strategy used. */
  readonly strategy: AllocationStrategy;
  /** For `ranked`: what happened at the application where the money ran out; `null` for `proRata`. */
  readonly partial: PartialPolicy | null;
  /** The unit every grant was rounded down to. */
  readonly unit: RoundingUnit;
  /** Which assessment statuses competed. */
  readonly include: CompetingPool;
  /** The minimum score, or `null` when none was set. */
  readonly minScore: string | null;
  /** The appropriation shared out. */
  readonly appropriation: Amount;
  /** One entry per candidate: the ranked in rank order, then the unranked by id. */
  readonly allocations: readonly Allocation[];
  /** The sum of the grants. */
  readonly totalGranted: Amount;
  /** What was left: `totalGranted + remaining = appropriation`, exactly. */
  readonly remaining: Amount;
  /** How many candidates were granted, put in reserve, and rejected. */
  readonly counts: { readonly granted: number; readonly reserve: number; readonly rejected: number };
  /** For `ranked`: the rank at which the money ran out, or `null` when it did not. */
  readonly exhaustedAtRank: number | null;
  /**
   * For `proRata`: the sum of the grantable amounts, the amount distributed (the appropriation
   * rounded down to the unit, or the sum when it fits) and the factor; `null` for `ranked`.
   */
  readonly proRata: { readonly requestedTotal: Amount; readonly distributed: Amount; readonly factor: string } | null;
  /** The weights the scores were aggregated with. */
  readonly scoring: ScoringModel;
  /** Always `false`: no weights or points were ever published by the ministry. */
  readonly weightsOfficial: false;
  /** Notes on the whole allocation: the weights, the appropriation, why anything remained. */
  readonly notes: readonly AllocationReason[];
}

/** Options of {@link allocate} and {@link allocateAssessed}. */
export interface AllocateOptions {
  /** The call edition to allocate: an id or an edition object. Default: the one the applications name. */
  readonly edition?: EditionId | CallEdition;
  /**
   * The appropriation to share out, euros as a decimal string (or a number with at most two
   * decimals). Default: the edition's appropriation; for a 2019 call that is the whole 30 M€ the
   * two 2019 calls shared, so pass that call's share.
   */
  readonly appropriation?: Amount | number;
  /** `ranked` (default) or `proRata`. */
  readonly strategy?: AllocationStrategy;
  /** For `ranked`: `skip` (default) or `partial`. */
  readonly partial?: PartialPolicy;
  /** The unit grants are rounded down to: `cent` (default) or `euro` (the 2022 grants were whole euros). */
  readonly unit?: RoundingUnit;
  /** `eligible` (default) or `eligibleAndReview`. */
  readonly include?: CompetingPool;
  /** The least score an application needs to compete, a decimal string or number. Default: none. */
  readonly minScore?: string | number;
  /** The criteria weights (not official). Default: equal weights. */
  readonly scoreModel?: ScoreModelOptions;
  /**
   * For {@link allocate}: options passed on to `assess` for every application (the instant to judge
   * the deadline at when an application has no `submittedAt`, the Åland policy).
   */
  readonly assess?: Omit<AssessOptions, "edition" | "locale">;
  /** The language of the messages; Finnish by default. */
  readonly locale?: Locale;
}

/** A candidate for {@link allocate}: an application as sent, and its score. */
export interface AllocationCandidate {
  /** A unique id of the caller's own. */
  readonly id: string;
  /** The application as sent (the input contract of `parseApplication`). */
  readonly application: unknown;
  /** Its score: a number or decimal string, or reviewers' scores. Needed for `ranked`. */
  readonly score?: ScoreInput;
}

/** A candidate for {@link allocateAssessed}: an application already assessed by `assess`. */
export interface AssessedCandidate {
  /** A unique id of the caller's own. */
  readonly id: string;
  /** The application's assessment. */
  readonly assessment: Assessment;
  /** Its score: a number or decimal string, or reviewers' scores. Needed for `ranked`. */
  readonly score?: ScoreInput;
}
