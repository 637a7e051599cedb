import { describe, expectTypeOf, it } from "vitest";
import type {
  Amount,
  Assessment,
  DecisionOptions,
  DecisionRecord,
  PartyBudget,
  PassOnIssue,
  PassOnOptions,
  PassOnPlan,
  PassOnShare,
  RecipientModel,
  Result,
} from "../../src/index.js";
import { getEdition, passOnPlan } from "../../src/index.js";

describe("the recipient model and the pass-on plan (issue #11)", () => {
  it("types the recipient model and each edition's node, which may be unknown", () => {
    expectTypeOf<RecipientModel>().toEqualTypeOf<"administrator" | "joint">();
    expectTypeOf(getEdition("2022").recipients.value).toEqualTypeOf<RecipientModel | null>();
  });

  it("takes an assessment, an amount and options, and answers with a result", () => {
    expectTypeOf(passOnPlan).parameter(0).toEqualTypeOf<Assessment>();
    expectTypeOf(passOnPlan).parameter(1).toEqualTypeOf<Amount>();
    expectTypeOf<PassOnOptions["recipientModel"]>().toEqualTypeOf<RecipientModel | undefined>();
    expectTypeOf(passOnPlan).returns.toEqualTypeOf<Result<PassOnPlan, PassOnIssue>>();
  });

  it("gives each share its party's key, role and kind, and its amount as a decimal string", () => {
    expectTypeOf<PassOnShare["key"]>().toEqualTypeOf<PartyBudget["key"]>();
    expectTypeOf<PassOnShare["role"]>().toEqualTypeOf<PartyBudget["role"]>();
    expectTypeOf<PassOnShare["amount"]>().toEqualTypeOf<Amount>();
    expectTypeOf<PassOnShare["receipt"]>().toEqualTypeOf<"kept" | "received" | "passedOn">();
    expectTypeOf<PassOnPlan["recipients"]["model"]>().toEqualTypeOf<RecipientModel>();
  });

  it("gives the decision record its recipients under a model, its shares and the agreement", () => {
    expectTypeOf<DecisionOptions["recipientModel"]>().toEqualTypeOf<RecipientModel | undefined>();
    expectTypeOf<DecisionRecord["recipients"]["model"]>().toEqualTypeOf<RecipientModel>();
    expectTypeOf<DecisionRecord["recipients"]["liabilityCitation"]>().toEqualTypeOf<string | null>();
    expectTypeOf<NonNullable<DecisionRecord["agreement"]>["by"]>().toEqualTypeOf<"administrator" | "recipients">();
  });
});
