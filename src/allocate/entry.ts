import type { Assessment, AssessmentStatus } from "../assess/types.js";
import type { Amount } from "../money/amount.js";
import type { Dec } from "../money/decimal.js";
import type { ExcludedReviewer } from "../scoring/types.js";
import type { AllocationIssue } from "../scoring/issue.js";
import { issue } from "../scoring/catalogueIssue.js";
import type { Locale } from "../vocabulary/locale.js";
import { readList } from "../vocabulary/read.js";
import { type Result, fail, ok } from "../vocabulary/result.js";
import type { Reason } from "./reason.js";
import type { Settings } from "./settings.js";
import type { AllocationStatus } from "./types.js";

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
  readonly rejection: readonly Reason[] | null;
  /** The score as given. */
  readonly score: unknown;
  /** Whether the candidate itself was not an object. */
  readonly malformed: boolean;
}

/** A candidate that is not an object, or whose getter threw: rejected as such. */
export const MALFORMED: Prepared = Object.freeze({
  id: undefined,
  assessment: null,
  rejection: null,
  score: undefined,
  malformed: true,
});

/**
 * The most candidates one allocation takes: ten times the 100 000 of the benchmarks, and far above
 * any call (the 2022 call had a few hundred applications). Checked before any work is done.
 */
export const MAX_CANDIDATES = 1_000_000;

/**
 * The candidates of {@link allocate} or {@link allocateAssessed}, each read once into a plain list,
 * or why they cannot be: not an array (a revoked proxy included), or longer than
 * {@link MAX_CANDIDATES}. A hole in a sparse list, or an element whose read throws, is `undefined`:
 * a candidate rejected as malformed.
 */
export function readCandidateList(candidates: unknown, locale: Locale): Result<unknown[], AllocationIssue> {
  const read = readList(candidates, MAX_CANDIDATES);
  if (read.kind === "notAList") return fail(issue("allocation.notAList", {}, locale));
  if (read.kind === "tooLong") {
    return fail(issue("allocation.tooManyCandidates", { count: read.length, limit: MAX_CANDIDATES }, locale));
  }
  return ok(read.items);
}

/**
 * The candidates as a caller hands them to the pipeline: every id first (to find the ones used
 * twice), then each candidate once the settings are known, classified before the next is taken.
 */
export interface Candidates {
  /** Each candidate's id as given; `undefined` for one that is not an object. */
  readonly ids: readonly unknown[];
  /** Candidate `i`, ready for the pipeline. */
  readonly take: (i: number, settings: Settings) => Prepared;
}

/** One candidate inside the pipeline: mutable, private, turned into an `Allocation` at the end. */
export interface Entry {
  id: string;
  status: AllocationStatus;
  /** The grant, a canonical amount; `null` when nothing is granted. */
  amount: Amount | null;
  rank: number | null;
  /** The score as the report shows it (four decimals). */
  score: string | null;
  /** The same score as an exact decimal, read once, for ranking. */
  scoreValue: Dec | null;
  assessmentStatus: AssessmentStatus | null;
  requestedGrant: Amount | null;
  maxGrant: Amount | null;
  eligibleCosts: Amount | null;
  /** The grantable amount, a canonical amount. */
  grantable: Amount | null;
  /** The same grantable amount as an exact decimal, read once, for ranking and funding. */
  grantableValue: Dec | null;
  excludedReviewers: readonly ExcludedReviewer[];
  /** Whether it competes for the money (eligible, grantable, scored as needed). */
  competing: boolean;
  /**
   * Why: what was found on the way (the score, the cap, the rounding), or, for a rejected
   * candidate, the reasons to reject put in front of them.
   */
  reasons: Reason[];
  /** The reason for the funding outcome (granted, reserve), once it is known; shown first. */
  outcome: Reason | null;
  /** That the score was shared, and how the tie was broken; shown last. */
  tied: Reason | null;
}
