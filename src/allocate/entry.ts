import type { Assessment, AssessmentStatus } from "../assess/types.js";
import type { Amount } from "../money/amount.js";
import type { Dec } from "../money/decimal.js";
import type { AllocationReason, AllocationStatus, ExcludedReviewer } from "./types.js";

/**
 * A candidate as the allocation pipeline receives it, from {@link allocate} (after parsing and
 * assessing) or from {@link allocateAssessed}. Internal.
 */
export interface Prepared {
  /** The id as given; checked by the pipeline. */
  readonly id: unknown;
  /** The assessment, or `null` when there is none. */
  readonly assessment: Assessment | null;
  /** Reasons to reject found before the pipeline (unparseable application, other edition), else `null`. */
  readonly rejection: readonly AllocationReason[] | null;
  /** The score as given. */
  readonly score: unknown;
  /** Whether the candidate itself was not an object. */
  readonly malformed: boolean;
}

/** One candidate inside the pipeline: mutable, private, turned into an `Allocation` at the end. */
export interface Entry {
  id: string;
  status: AllocationStatus;
  amount: Dec | null;
  rank: number | null;
  score: string | null;
  assessmentStatus: AssessmentStatus | null;
  requestedGrant: Amount | null;
  maxGrant: Amount | null;
  eligibleCosts: Amount | null;
  grantable: Dec | null;
  /** The grantable amount as a canonical amount string, for sorting. */
  grantableText: Amount | null;
  excludedReviewers: readonly ExcludedReviewer[];
  /** Whether it competes for the money (eligible, grantable, scored as needed). */
  competing: boolean;
  /** The reasons for the outcome, shown first. */
  outcome: AllocationReason[];
  /** What was found on the way: the score, the cap, the rounding. */
  details: AllocationReason[];
}
