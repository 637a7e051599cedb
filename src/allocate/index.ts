export { allocate } from "./allocate.js";
export { allocateAssessed } from "./allocateAssessed.js";
export { SCORE_DECIMALS, aggregateScore, scoringModel } from "./score.js";
export {
  type DecisionCostCategory,
  type DecisionParty,
  type DecisionRecord,
  decisionRecord,
  decisionRecords,
} from "./decision.js";
export { renderDecision } from "./renderDecision.js";
export type {
  AllocateOptions,
  Allocation,
  AllocationCandidate,
  AllocationIssue,
  AllocationReason,
  AllocationResult,
  AllocationStatus,
  AllocationStrategy,
  AssessedCandidate,
  CompetingPool,
  CriterionScores,
  ExcludedReviewer,
  NamedReviewerScores,
  PartialPolicy,
  ScoreInput,
  ScoreModelOptions,
  ScoreOutcome,
  ScoringCriterion,
  ScoringModel,
} from "./types.js";
