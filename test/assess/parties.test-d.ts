import { describe, expectTypeOf, it } from "vitest";
import type {
  Amount,
  ApplicationInput,
  Assessment,
  BudgetLine,
  BudgetSummary,
  Notice,
  NoticeCode,
  Party,
  PartyBudget,
  PartyType,
} from "../../src/index.js";

describe("the per-party types (issue #11)", () => {
  it("gives the summary a list of parties, each with its key, role, kind and money", () => {
    expectTypeOf<BudgetSummary["parties"]>().toEqualTypeOf<readonly PartyBudget[]>();
    expectTypeOf<PartyBudget["key"]>().toEqualTypeOf<string | null>();
    expectTypeOf<PartyBudget["role"]>().toEqualTypeOf<"applicant" | "participant" | "onBehalfOf" | "unnamed">();
    expectTypeOf<PartyBudget["type"]>().toEqualTypeOf<PartyType | null>();
    expectTypeOf<PartyType>().toEqualTypeOf<"municipality" | "jointAuthority" | "association" | "company" | "other">();
    expectTypeOf<PartyBudget["name"]>().toEqualTypeOf<string>();
    expectTypeOf<PartyBudget["financing"]>().toEqualTypeOf<Amount | null>();
    expectTypeOf<PartyBudget["maxGrantShare"]>().toEqualTypeOf<Amount>();
    expectTypeOf<PartyBudget["eligibleCosts"]>().toEqualTypeOf<Amount>();
  });

  it("lets a line name its party and every party state its financing, both optional", () => {
    expectTypeOf<BudgetLine["party"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Party["financing"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<NonNullable<ApplicationInput["applicant"]["financing"]>>().toEqualTypeOf<string | number>();
    expectTypeOf<NonNullable<ApplicationInput["budget"]["lines"][number]["party"]>>().toEqualTypeOf<string>();
  });

  it("gives every assessment a list of notices, typed by their code", () => {
    expectTypeOf<Assessment["notices"]>().toEqualTypeOf<readonly Notice[]>();
    expectTypeOf<NoticeCode>().toEqualTypeOf<"procurement.nationalThreshold">();
    expectTypeOf<Notice["params"]["line"]>().toEqualTypeOf<number>();
    expectTypeOf<Notice["params"]["party"]>().toEqualTypeOf<string | null>();
    expectTypeOf<Notice["params"]["amount"]>().toEqualTypeOf<Amount>();
    expectTypeOf<Notice["params"]["contractingEntity"]>().toEqualTypeOf<boolean>();
    expectTypeOf<Notice["citation"]>().toEqualTypeOf<string>();
  });
});
