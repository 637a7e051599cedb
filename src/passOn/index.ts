export { passOnPlan } from "./passOnPlan.js";
export type {
  ContractingEntityNote,
  PassOnIssue,
  PassOnOptions,
  PassOnPlan,
  PassOnShare,
  Receipt,
} from "./types.js";
