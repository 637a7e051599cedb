import type { Scenario, ScenarioResult } from "digikannustin/testing";
import { expectTypeOf, test } from "vitest";
import type { ParseIssue } from "../../src/application/parse.js";
import type { Assessment } from "../../src/assess/types.js";
import { type CrossEditionOutcome, compareAcrossEditions } from "../../src/diff/compareAcrossEditions.js";
import { diffEditions } from "../../src/diff/diffEditions.js";
import type { ChangeKind } from "../../src/diff/types.js";

test("compareAcrossEditions keys its results by the editions asked for", () => {
  const r = compareAcrossEditions({}, ["2021", "2022"]);
  expectTypeOf(r.byEdition["2022"]).toEqualTypeOf<Assessment>();
  expectTypeOf(r.byEdition).not.toHaveProperty("2019-1");
  expectTypeOf(r.changedRules[0]!.outcomes).toEqualTypeOf<Readonly<Record<"2021" | "2022", CrossEditionOutcome>>>();
  // @ts-expect-error: not an edition id
  compareAcrossEditions({}, ["2023"]);
});

test("compareAcrossEditions reports what it did not use as parse issues", () => {
  expectTypeOf(compareAcrossEditions({}, ["2022"]).issues).toEqualTypeOf<readonly ParseIssue[]>();
});

test("diffEditions takes edition ids and gives plain changes", () => {
  expectTypeOf(diffEditions("2021", "2022")[0]!.kind).toEqualTypeOf<ChangeKind>();
  // @ts-expect-error: not an edition id
  diffEditions("2023", "2022");
});

test("the testing subpath exports its types", () => {
  expectTypeOf<Scenario["expected"]["status"]>().toEqualTypeOf<"invalid" | "ineligible" | "needsReview" | "eligible">();
  expectTypeOf<ScenarioResult["passed"]>().toEqualTypeOf<boolean>();
});
