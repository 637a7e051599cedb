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
export { parseFinalReport, type ParseReportOptions } from "./report.js";
export { type FinalReport, type FinalReportInput, type ReportCost, finalReportSchema } from "./reportSchema.js";
export { assessReport } from "./assessReport.js";
export { settle } from "./settle.js";
export {
  type AssessReportOptions,
  type LineTreatment,
  REPORT_RULES,
  type ReportAssessment,
  type ReportDeadline,
  type ReportFinding,
  type ReportRuleId,
  type ReportStatus,
  type SettleIssue,
  type SettleOptions,
  type Settlement,
  type SettlementOutcome,
  type SettlementParty,
  type TreatedLine,
} from "./reportTypes.js";
export { assessChange } from "./change.js";
export { termsDifferences } from "./changeDiff.js";
export { type ChangeApplication, type ChangeApplicationInput, changeApplicationSchema } from "./changeSchema.js";
export {
  type AssessChangeOptions,
  CHANGE_PARTS,
  type ChangeAssessment,
  type ChangeFinding,
  type ChangePart,
  type ChangePartKind,
  type ChangeProposal,
  type ChangeStatus,
  type TermsDifference,
} from "./changeTypes.js";
export { RECOVERY_GROUNDS, recover } from "./recover.js";
export { REFERENCE_RATES, type ReferenceRate } from "./rates.js";
export type {
  DayCount,
  InterestPiece,
  RecoverOptions,
  RecoveredPayment,
  Recovery,
  RecoveryFinding,
  RecoveryGroundCode,
  RecoveryGroundInput,
  RecoveryIssue,
  RecoveryLiability,
  RecoveryLimits,
  RecoveryWaiver,
} from "./recoverTypes.js";
