import { describe, expectTypeOf, it } from "vitest";
import type { Application } from "../../src/application/schema.js";
import { assess, assessApplication } from "../../src/assess/assess.js";
import { summariseBudget } from "../../src/assess/summariseBudget.js";
import type { AlandPolicy, AssessOptions, Assessment, BudgetSummary, Finding } from "../../src/assess/types.js";
import type { EditionId } from "../../src/vocabulary/codes.js";
import type { CallEdition } from "../../src/editions/schema.js";
import type { MessageCode } from "../../src/messages/catalogue.js";
import type { Locale } from "../../src/vocabulary/locale.js";
import type { RuleInfo } from "../../src/rules/types.js";
import { ruleCatalogue, rulesFor } from "../../src/rules/catalogue.js";

describe("the assessment's public types", () => {
  it("has literal unions for status and outcome", () => {
    expectTypeOf<Assessment["status"]>().toEqualTypeOf<"invalid" | "ineligible" | "needsReview" | "eligible">();
    expectTypeOf<Finding["outcome"]>().toEqualTypeOf<"pass" | "fail" | "review" | "missing">();
    // Issue #15 narrowed the codes to the rules' own (once every message code): a subset now.
    expectTypeOf<Finding["messageCode"]>().toExtend<MessageCode>();
    expectTypeOf<Assessment["budget"]>().toEqualTypeOf<BudgetSummary | null>();
    expectTypeOf<Assessment["edition"]>().toEqualTypeOf<EditionId>();
    expectTypeOf<BudgetSummary["maxGrant"]>().toEqualTypeOf<string>();
  });

  it("types the options", () => {
    expectTypeOf<NonNullable<AssessOptions["edition"]>>().toEqualTypeOf<EditionId>();
    expectTypeOf<NonNullable<AssessOptions["locale"]>>().toEqualTypeOf<Locale>();
    expectTypeOf<NonNullable<AssessOptions["alandMunicipalities"]>>().toEqualTypeOf<AlandPolicy>();
    expectTypeOf<AlandPolicy>().toEqualTypeOf<"allow" | "review" | "deny">();
    // @ts-expect-error: there was no 2023 call
    assess({}, { edition: "2023" });
    // @ts-expect-error: no German messages
    assess({}, { locale: "de" });
    // @ts-expect-error: the Åland policy is one of three
    assess({}, { alandMunicipalities: "maybe" });
  });

  it("takes unknown input and gives an Assessment", () => {
    expectTypeOf(assess).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(assess).returns.toEqualTypeOf<Assessment>();
    expectTypeOf(assessApplication).parameters.toEqualTypeOf<
      [Application, CallEdition, (Omit<AssessOptions, "edition"> | undefined)?]
    >();
    expectTypeOf(summariseBudget).returns.toEqualTypeOf<BudgetSummary>();
    expectTypeOf(ruleCatalogue).toEqualTypeOf<readonly RuleInfo[]>();
    expectTypeOf(rulesFor).returns.toEqualTypeOf<readonly RuleInfo[]>();
  });
});
