export { SCORE_DECIMALS, aggregateScore, scoringModel } from "./score.js";
export type {
  CriterionScores,
  ExcludedReviewer,
  NamedReviewerScores,
  ScoreInput,
  ScoreModelOptions,
  ScoreOutcome,
  ScoringCriterion,
  ScoringModel,
} from "./types.js";
