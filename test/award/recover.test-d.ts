import { describe, expectTypeOf, it } from "vitest";
import {
  type DayCount,
  REFERENCE_RATES,
  type Recovery,
  type RecoveryFinding,
  type RecoveryGroundCode,
  type RecoveryIssue,
  type ReferenceRate,
  recover,
} from "../../src/index.js";
import type { Result } from "../../src/vocabulary/result.js";

describe("recover: public types", () => {
  it("returns a result that never throws, with literal outcomes", () => {
    expectTypeOf(recover).returns.toEqualTypeOf<Result<Recovery, RecoveryIssue>>();
    expectTypeOf<Recovery["outcome"]>().toEqualTypeOf<"recover" | "review" | "barred">();
    expectTypeOf<RecoveryFinding["outcome"]>().toEqualTypeOf<"fail" | "review" | "pass" | "missing">();
    expectTypeOf<Recovery["principal"]>().toEqualTypeOf<string>();
    expectTypeOf<DayCount>().toEqualTypeOf<"actual/365" | "actual/actual" | "actual/360">();
  });
  it("takes the grounds by their provision's number and the rates as cited data", () => {
    expectTypeOf<"21.2">().toMatchTypeOf<RecoveryGroundCode>();
    expectTypeOf<"23.1">().not.toMatchTypeOf<RecoveryGroundCode>();
    expectTypeOf(REFERENCE_RATES).toEqualTypeOf<readonly ReferenceRate[]>();
    expectTypeOf<ReferenceRate["certainty"]>().toEqualTypeOf<"sourced" | "inferred">();
  });
});
