import type { LocalizedText } from "../editions/cited.js";
import type { CriterionCode, EditionId } from "../vocabulary/codes.js";

/** One reviewer's (arvioija) scores per evaluation criterion: a finite number or decimal string; blank when absent or `null`. */
export type CriterionScores = { readonly [C in CriterionCode]?: number | string | null };

/** One reviewer's scores with the reviewer's name, which is reported when the reviewer is left out. */
export interface NamedReviewerScores {
  /** Who scored, as the caller names them. */
  readonly reviewer: string;
  /** A score per criterion; a criterion left out (or `null`) is blank. */
  readonly scores: CriterionScores;
}

/**
 * The score of an application: one number or decimal string (already aggregated), or the scores
 * of several reviewers to aggregate with the scoring model. A reviewer is either named
 * (`{ reviewer, scores }`) or a bare record of scores (named `#1`, `#2`, … by position), the form
 * of the built-in example call.
 */
export type ScoreInput = number | string | { readonly reviewers: readonly (NamedReviewerScores | CriterionScores)[] };

/**
 * The scoring model's options. The ministry published **no weights or points** for the criteria
 * (not found for any call): weights are an explicit assumption of the caller.
 */
export interface ScoreModelOptions {
  /**
   * A weight per criterion as a non-negative decimal string (`"2"`, `"0.5"`). A criterion of the
   * edition left out weighs `"1"`, so `{}` (the default) is equal weights. Not official.
   */
  readonly weights?: Partial<Record<CriterionCode, string>>;
}

/** One criterion in a resolved scoring model. */
export interface ScoringCriterion {
  /** The criterion's code. */
  readonly code: CriterionCode;
  /** Its weight, a canonical decimal string (`"1"`, `"2.5"`). */
  readonly weight: string;
  /** Its title, from the edition. */
  readonly title: LocalizedText;
  /** Where the criterion comes from (893/2019 2 § or the call page). */
  readonly citation: string;
}

/** The weights an edition's criteria are scored with. Plain data. */
export interface ScoringModel {
  /** The edition whose criteria these are. */
  readonly edition: EditionId;
  /** The edition's criteria in code order, each with its weight. */
  readonly criteria: readonly ScoringCriterion[];
  /** Always `false`: the ministry published no weights or points. */
  readonly official: false;
}

/** A reviewer whose scores were left out because a criterion was blank or not a finite number. */
export interface ExcludedReviewer {
  /** The reviewer's name as given. */
  readonly reviewer: string;
  /** The criteria of the edition the reviewer left blank or scored with something not a number. */
  readonly blank: readonly CriterionCode[];
}

/** The score of one application after aggregation. */
export type ScoreOutcome =
  | {
      /** A score was found. */
      readonly kind: "scored";
      /** The score with {@link SCORE_DECIMALS} decimals, rounded half up: `"3.6667"`. */
      readonly score: string;
      /** How many complete reviewers it is the mean of; `null` when the score was given as one number. */
      readonly reviewers: number | null;
      /** Reviewers left out for a blank criterion. */
      readonly excludedReviewers: readonly ExcludedReviewer[];
    }
  | {
      /** No score could be found. */
      readonly kind: "unscored";
      /** Why. */
      readonly code:
        | "allocation.noScore"
        | "allocation.invalidScore"
        | "allocation.noCompleteReviewer"
        | "allocation.noCriteria";
      /** How many reviewers there were (for `allocation.noCompleteReviewer`). */
      readonly reviewers: number;
      /** Reviewers left out for a blank criterion. */
      readonly excludedReviewers: readonly ExcludedReviewer[];
    };
