import { describe, expectTypeOf, it } from "vitest";
import type {
  Amount,
  DecisionTerms,
  Duty,
  GrantEvent,
  GrantState,
  GrantTimeline,
  Payment,
  PaymentScheme,
  PaymentsDue,
  Result,
  TermsIssue,
} from "../../src/index.js";
import { decisionTerms, grantTimeline, parseDecisionTerms, paymentsDue } from "../../src/index.js";

describe("the types of issue #12 (after the award 1)", () => {
  it("types the terms as plain data with decimal strings and calendar dates", () => {
    expectTypeOf<DecisionTerms["maximum"]>().toEqualTypeOf<Amount>();
    expectTypeOf<DecisionTerms["reportMonths"]>().toEqualTypeOf<number | null>();
    expectTypeOf<DecisionTerms["income"]>().toEqualTypeOf<"reducesCosts" | "noEffect">();
    expectTypeOf<PaymentScheme>().toEqualTypeOf<"instalments" | "afterReport">();
    expectTypeOf<DecisionTerms["payment"]["scheme"]>().toEqualTypeOf<PaymentScheme>();
    expectTypeOf<Payment>().toEqualTypeOf<{ readonly on: string; readonly amount: string }>();
  });

  it("discriminates the events on kind", () => {
    expectTypeOf<GrantEvent["kind"]>().toEqualTypeOf<
      "payment" | "reportReceived" | "suspended" | "resumed" | "settled" | "changeDecided" | "recoveryDecided"
    >();
    expectTypeOf<Extract<GrantEvent, { kind: "settled" }>["finalGrant"]>().toEqualTypeOf<Amount>();
  });

  it("returns results that never throw", () => {
    expectTypeOf(parseDecisionTerms).returns.toEqualTypeOf<Result<DecisionTerms, TermsIssue>>();
    expectTypeOf(decisionTerms).returns.toEqualTypeOf<Result<DecisionTerms, TermsIssue>>();
    expectTypeOf(grantTimeline).returns.toEqualTypeOf<Result<GrantTimeline, TermsIssue>>();
    expectTypeOf(paymentsDue).returns.toEqualTypeOf<Result<PaymentsDue, TermsIssue>>();
    expectTypeOf<GrantState>().toEqualTypeOf<
      "awarded" | "inUse" | "reported" | "settled" | "closed" | "suspended" | "recovering"
    >();
    expectTypeOf<Duty["date"]>().toEqualTypeOf<string | null>();
  });

  it("requires the day: no clock", () => {
    // @ts-expect-error `at` is required
    grantTimeline({} as DecisionTerms, [], {});
    // @ts-expect-error the report deadline, the scheme and the income effect are required
    decisionTerms({} as never, {} as never, {});
  });
});
