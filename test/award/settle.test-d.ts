import { describe, expectTypeOf, it } from "vitest";
import type {
  Amount,
  DecisionTerms,
  FinalReport,
  FinalReportInput,
  LineTreatment,
  Outcome,
  ParseIssue,
  Payment,
  ReportAssessment,
  ReportRuleId,
  ReportStatus,
  Result,
  SettleIssue,
  Settlement,
  SettlementOutcome,
} from "../../src/index.js";
import { assessReport, parseFinalReport, settle } from "../../src/index.js";

describe("the final report and the settlement (issue #12)", () => {
  it("parses a report as an application is parsed: amounts in, decimal strings out", () => {
    expectTypeOf(parseFinalReport).returns.toEqualTypeOf<Result<FinalReport, ParseIssue>>();
    expectTypeOf<FinalReportInput["income"]>().toEqualTypeOf<string | number | undefined>();
    expectTypeOf<FinalReport["income"]>().toEqualTypeOf<string>();
    expectTypeOf<FinalReport["submittedOn"]>().toEqualTypeOf<string | null>();
    expectTypeOf<FinalReport["auditorStatement"]>().toEqualTypeOf<{
      present: boolean;
      auditor: string | null;
      date: string | null;
    }>();
  });

  it("assesses a report under typed terms, with findings of the report's own checks", () => {
    expectTypeOf(assessReport).parameter(0).toEqualTypeOf<DecisionTerms>();
    expectTypeOf(assessReport).returns.toEqualTypeOf<ReportAssessment>();
    expectTypeOf<ReportStatus>().toEqualTypeOf<"invalid" | "deficient" | "needsReview" | "acceptable">();
    expectTypeOf<ReportAssessment["findings"][number]["rule"]>().toEqualTypeOf<ReportRuleId>();
    expectTypeOf<ReportAssessment["findings"][number]["outcome"]>().toEqualTypeOf<Outcome>();
    expectTypeOf<ReportRuleId>().toExtend<`report.${string}`>();
  });

  it("settles into a result whose amounts are decimal strings and whose outcome is a literal", () => {
    expectTypeOf(settle).parameter(2).toEqualTypeOf<readonly Payment[]>();
    expectTypeOf(settle).returns.toEqualTypeOf<Result<Settlement, SettleIssue>>();
    expectTypeOf<Settlement["finalGrant"]>().toEqualTypeOf<Amount>();
    expectTypeOf<Settlement["outcome"]>().toEqualTypeOf<SettlementOutcome>();
    expectTypeOf<SettlementOutcome>().toEqualTypeOf<"pay" | "return" | "leftUnreclaimed" | "even">();
    expectTypeOf<Settlement["limitedBy"]>().toEqualTypeOf<"maximum" | "rate" | "otherAid">();
    expectTypeOf<Settlement["lines"][number]["treatment"]>().toEqualTypeOf<LineTreatment>();
    expectTypeOf<Settlement["rounding"]>().toEqualTypeOf<{
      readonly unit: "cent" | "euro";
      readonly mode: "down" | "up" | "halfUp" | "halfEven";
    }>();
  });
});
