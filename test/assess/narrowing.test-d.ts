import { describe, expectTypeOf, it } from "vitest";
import { assess } from "../../src/assess/assess.js";
import type {
  Assessment,
  BudgetSummary,
  Finding,
  InvalidAssessment,
  ParsedAssessment,
  RuleId,
} from "../../src/assess/types.js";
import type { ParseIssue } from "../../src/application/parse.js";
import type { ParamsOf } from "../../src/messages/catalogue.js";
import { defineRule } from "../../src/rules/defineRule.js";
import type { RULES } from "../../src/rules/registry.js";

declare const a: Assessment;
declare const f: Finding;

describe("Assessment is discriminated on status (issue #15)", () => {
  it("has the budget whenever the input parsed, and none when it did not", () => {
    expectTypeOf<Assessment>().toEqualTypeOf<ParsedAssessment | InvalidAssessment>();
    if (a.status === "eligible") expectTypeOf(a.budget).toEqualTypeOf<BudgetSummary>();
    if (a.status !== "invalid") {
      expectTypeOf(a.budget).toEqualTypeOf<BudgetSummary>();
      expectTypeOf(a.budget.maxGrant).toEqualTypeOf<string>();
    } else {
      expectTypeOf(a.budget).toEqualTypeOf<null>();
      expectTypeOf(a.issues).toEqualTypeOf<readonly ParseIssue[]>();
    }
    const r = assess({});
    // @ts-expect-error: before narrowing, the budget may be null
    r.budget.maxGrant;
  });

  it("keeps the union of statuses and the nullable budget before narrowing", () => {
    expectTypeOf<Assessment["status"]>().toEqualTypeOf<"invalid" | "ineligible" | "needsReview" | "eligible">();
    expectTypeOf<Assessment["budget"]>().toEqualTypeOf<BudgetSummary | null>();
  });
});

describe("Finding.rule is a rule id of the library", () => {
  it("derives the ids from the rule definitions, families and codes included", () => {
    expectTypeOf<Finding["rule"]>().toEqualTypeOf<RuleId>();
    expectTypeOf<RuleId>().toEqualTypeOf<(typeof RULES)[number]["info"]["id"]>();
    expectTypeOf<"grant.withinMaximum">().toExtend<RuleId>();
    expectTypeOf<"exclusion.archiving">().toExtend<RuleId>();
    expectTypeOf<"contents.objectives">().toExtend<RuleId>();
    expectTypeOf<"exclusion.archive">().not.toExtend<RuleId>();
    expectTypeOf<string>().not.toExtend<RuleId>();
  });

  it("rejects a mistyped rule id", () => {
    // @ts-expect-error: a misspelt rule id no longer compiles
    f.rule === "grant.withinMaximun";
  });

  it("keeps the id of a rule defined with defineRule", () => {
    const rule = defineRule({
      id: "period.example",
      family: "period",
      citation: "688/2001 11 §",
      reads: [],
      verdicts: { pass: { outcome: "pass", messageCode: "period.startBeforeEnd.pass" } },
      decide: () => "pass",
      explain: (_, verdict) => ({ verdict, values: {}, params: { start: "2022-01-01", end: "2022-12-31" } }),
    });
    expectTypeOf(rule.info.id).toEqualTypeOf<"period.example">();
  });
});

describe("a finding's params are typed by its message code", () => {
  it("narrows the params on the message code", () => {
    // An over-request passes with its excess (issue 10): the code of that verdict is overRequested.
    if (f.messageCode === "grant.withinMaximum.overRequested") {
      expectTypeOf(f.params).toEqualTypeOf<ParamsOf<"grant.withinMaximum.overRequested">>();
      expectTypeOf(f.params.excess).toEqualTypeOf<string>();
      expectTypeOf(f.rule).toEqualTypeOf<"grant.withinMaximum">();
      expectTypeOf(f.outcome).toEqualTypeOf<"pass">();
    }
  });

  it("narrows the outcomes and codes on the rule", () => {
    if (f.rule === "grant.withinMaximum") {
      expectTypeOf(f.messageCode).toEqualTypeOf<
        "grant.withinMaximum.pass" | "grant.withinMaximum.overRequested" | "grant.withinMaximum.nothingRequested"
      >();
      expectTypeOf(f.outcome).toEqualTypeOf<"pass" | "fail">();
    }
  });

  it("refuses a parameter the message does not take", () => {
    if (f.messageCode === "grant.withinMaximum.pass") {
      // @ts-expect-error: only the over-request's verdict says the excess
      f.params.excess;
    }
  });

  it("refuses a message code that no rule gives", () => {
    // @ts-expect-error: an issue code, not a finding's
    f.messageCode === "application.required";
  });
});
