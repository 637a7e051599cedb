export {
  type DecisionCostCategory,
  type DecisionOptions,
  type DecisionParty,
  type DecisionRecord,
  type DecisionShare,
  type Section34Wording,
  decisionRecord,
  decisionRecords,
} from "./decision.js";
export { renderDecision } from "./renderDecision.js";
