export { decisionTerms, type DecisionTermsOptions } from "./terms.js";
export { type ParseTermsOptions, type TermsIssue, parseDecisionTerms } from "./parseTerms.js";
export { decisionTermsSchema, grantEventSchema } from "./schema.js";
export {
  type Duty,
  type DutyCode,
  type DutyStatus,
  type GrantState,
  type GrantTimeline,
  type TimelineOptions,
  grantTimeline,
} from "./timeline.js";
export { type PaymentDue, type PaymentsDue, type PaymentsDueOptions, paymentsDue } from "./payments.js";
export type { DecisionTerms, GrantEvent, Instalment, Payment, PaymentScheme, TermsParty } from "./types.js";
