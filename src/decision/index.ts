export {
  type DecisionCostCategory,
  type DecisionParty,
  type DecisionRecord,
  decisionRecord,
  decisionRecords,
} from "./decision.js";
export { renderDecision } from "./renderDecision.js";
