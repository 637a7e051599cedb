import type { ApplicationInput } from "../application/schema.js";
import type { CriterionCode, EditionId } from "../vocabulary/codes.js";

/**
 * What an example application exercises. `clean` ones pass every rule of their edition; the others
 * carry one problem each, named after it (`late`: sent after the deadline; `singleMunicipality`:
 * only one municipality in a joint-only call; `mergedMunicipality`: a code that no longer exists;
 * `softwareLicences`, `internalCharges`, `alandMember`: a human must decide).
 */
export type Scenario =
  | "clean"
  | "late"
  | "singleMunicipality"
  | "socialAndHealthCare"
  | "digitisationOnly"
  | "equipmentInRequest"
  | "tangibleInvestment"
  | "overRequest"
  | "missingContents"
  | "blankContents"
  | "mergedMunicipality"
  | "associationApplicant"
  | "projectTooLong"
  | "wrongFocusArea"
  | "softwareLicences"
  | "internalCharges"
  | "alandMember";

/**
 * One reviewer's scores (arvosanat), an integer 1–5 per evaluation criterion of the edition;
 * `null` where the reviewer left the criterion blank.
 */
export type ReviewerScores = { readonly [C in CriterionCode]?: number | null };

/** One application of the example call, with its reviewers' scores. */
export interface ExampleCandidate {
  /** The registry id, `"EX-2022-01"` …, in the order the applications were sent. */
  readonly id: string;
  /** What the example exercises. */
  readonly scenario: Scenario;
  /** The application, as a caller would send it. */
  readonly application: ApplicationInput;
  /** The reviewers' scores, two or three reviewers. */
  readonly score: { readonly reviewers: readonly ReviewerScores[] };
}

/** An example call: its edition and its candidates. */
export interface ExampleCall {
  /** The edition applied to. */
  readonly edition: EditionId;
  /** The applications with their scores. */
  readonly candidates: readonly ExampleCandidate[];
}

/** One example application of an edition, with what it exercises. */
export interface ExampleApplication {
  /**
   * What the example exercises: a {@link Scenario}, `excludedInEdition` (a kind of project only
   * this edition excluded) or `crossEdition` (passes here and fails under another edition).
   */
  readonly scenario: Scenario | "excludedInEdition" | "crossEdition";
  /** One line on what the example shows. */
  readonly note: string;
  /** The application, as a caller would send it. */
  readonly application: ApplicationInput;
}
