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
