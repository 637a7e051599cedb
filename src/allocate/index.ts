export { allocate } from "./allocate.js";
export { allocateAssessed } from "./allocateAssessed.js";
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
  PartialPolicy,
} from "./types.js";
