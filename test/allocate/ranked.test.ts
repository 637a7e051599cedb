import { describe, expect, it } from "vitest";
import { allocateAssessed } from "../../src/allocate/allocateAssessed.js";
import type { AllocateOptions, AllocationResult, AssessedCandidate } from "../../src/allocate/types.js";
import { eligible } from "./fixtures.js";

function run(candidates: readonly AssessedCandidate[], options: AllocateOptions): AllocationResult {
  const r = allocateAssessed(candidates, { edition: "2022", locale: "en", ...options });
  if (!r.success) throw new Error(JSON.stringify(r.issues));
  return r.data;
}

// 100 € for five applications: A fits (40 left); B does not; C fits (10 left); D and E do not.
const five: AssessedCandidate[] = [
  eligible("A", 5, "60.00"),
  eligible("B", 4, "50.00"),
  eligible("C", 3, "30.00"),
  eligible("D", 2, "20.00"),
  eligible("E", 1, "15.00"),
];

describe("ranked, skipping what does not fit", () => {
  it("says at each skipped rank what was left there, after every grant before it", () => {
    const r = run(five, { appropriation: "100.00" });
    const skipped = r.allocations
      .filter((a) => a.status === "reserve")
      .map((a) => [a.id, a.reasons[0]!.params.remaining, a.reasons[0]!.message]);
    expect(skipped).toEqual([
      [
        "B",
        "40.00",
        "Reserve: at rank 2 €40.00 of the appropriation remained, less than the €50.00 it can be granted; it was skipped and later applications were tried.",
      ],
      [
        "D",
        "10.00",
        "Reserve: at rank 4 €10.00 of the appropriation remained, less than the €20.00 it can be granted; it was skipped and later applications were tried.",
      ],
      [
        "E",
        "10.00",
        "Reserve: at rank 5 €10.00 of the appropriation remained, less than the €15.00 it can be granted; it was skipped and later applications were tried.",
      ],
    ]);
    expect([r.totalGranted, r.remaining, r.exhaustedAtRank]).toEqual(["90.00", "10.00", 2]);
  });

  it("puts everyone in reserve once less than one unit is left", () => {
    const r = run(five, { appropriation: "90.50", unit: "euro" });
    expect(r.allocations.map((a) => [a.id, a.status, a.reasons[0]!.code])).toEqual([
      ["A", "granted", "allocation.granted"],
      ["B", "reserve", "allocation.doesNotFit"],
      ["C", "granted", "allocation.granted"],
      ["D", "reserve", "allocation.exhausted"],
      ["E", "reserve", "allocation.exhausted"],
    ]);
    expect(r.allocations[3]!.reasons[0]!.params).toEqual({ rank: 4, exhaustedAt: 2 });
    expect(r.remaining).toBe("0.50");
  });
});
