import { describe, expectTypeOf, it } from "vitest";
import type { Allocation, AllocationCandidate, AllocationResult, AllocationStatus } from "../../src/allocate/types.js";
import type { EditionId } from "../../src/vocabulary/codes.js";
import type { CallEdition } from "../../src/editions/schema.js";
import type { ScoreInput } from "../../src/scoring/types.js";
import { allocate, decisionRecord } from "../../src/index.js";
import { exampleCall2022 } from "../../src/examples/index.js";

describe("allocation types", () => {
  it("returns a Result of plain data with literal statuses and string amounts", () => {
    const r = allocate([], { edition: "2022" });
    if (r.success) {
      expectTypeOf(r.data).toEqualTypeOf<AllocationResult>();
      expectTypeOf(r.data.totalGranted).toEqualTypeOf<string>();
      expectTypeOf(r.data.weightsOfficial).toEqualTypeOf<false>();
      expectTypeOf<Allocation["status"]>().toEqualTypeOf<AllocationStatus>();
      expectTypeOf<AllocationStatus>().toEqualTypeOf<"granted" | "reserve" | "rejected">();
      expectTypeOf<Allocation["rank"]>().toEqualTypeOf<number | null>();
    }
  });

  it("takes the built-in example call's candidates as they are", () => {
    expectTypeOf(exampleCall2022.candidates).toExtend<readonly AllocationCandidate[]>();
    expectTypeOf<{ reviewers: [{ reviewer: "A"; scores: { feasibility: 3 } }] }>().toExtend<ScoreInput>();
  });

  it("refuses unknown options and money as numbers in the result", () => {
    // @ts-expect-error: not a strategy
    allocate([], { strategy: "lottery" });
    // @ts-expect-error: not a criterion
    allocate([], { scoreModel: { weights: { colour: "1" } } });
    expectTypeOf(decisionRecord).parameter(2).toEqualTypeOf<EditionId | CallEdition>();
  });
});
