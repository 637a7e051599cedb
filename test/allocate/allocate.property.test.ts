import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allocateAssessed } from "../../src/allocate/allocateAssessed.js";
import type { AllocateOptions, AllocationResult, AssessedCandidate } from "../../src/allocate/types.js";
import type { AssessmentStatus } from "../../src/assess/types.js";
import { addAmounts, compareAmounts, minAmount, roundAmount, sumAmounts } from "../../src/money/index.js";
import { assessment, cents } from "./fixtures.js";

// Amounts are generated as integer cents and formatted as strings: never floats.
const amount = (max: number) => fc.integer({ min: 0, max }).map(cents);

const candidateArb = fc.record({
  id: fc.string({ minLength: 1, maxLength: 4 }),
  status: fc.constantFrom<AssessmentStatus>("eligible", "eligible", "eligible", "ineligible", "needsReview", "invalid"),
  requested: amount(200_000_000),
  maxGrant: amount(200_000_000),
  // Few distinct scores, so ties are common.
  score: fc.oneof(
    fc.integer({ min: 0, max: 10 }),
    fc.integer({ min: 0, max: 50 }).map((n) => `${Math.trunc(n / 10)}.${n % 10}`),
  ),
});

type Row = typeof candidateArb extends fc.Arbitrary<infer T> ? T : never;

function toCandidate(r: Row): AssessedCandidate {
  return {
    id: r.id,
    score: r.score,
    assessment: assessment(r.status, { requested: r.requested, maxGrant: r.maxGrant }),
  };
}

const uniqueRows = fc.uniqueArray(candidateArb, { selector: (r) => r.id, maxLength: 25 });
const optionsArb = fc.record({
  appropriation: amount(500_000_000),
  strategy: fc.constantFrom("ranked" as const, "proRata" as const),
  partial: fc.constantFrom("skip" as const, "partial" as const),
  unit: fc.constantFrom("cent" as const, "euro" as const),
});

function run(candidates: readonly AssessedCandidate[], options: AllocateOptions): AllocationResult {
  const r = allocateAssessed(candidates, { edition: "2022", locale: "en", ...options });
  if (!r.success) throw new Error(JSON.stringify(r.issues));
  return r.data;
}

describe("allocation invariants", () => {
  it("never grants more than the appropriation, and granted + remaining = appropriation exactly", () => {
    fc.assert(
      fc.property(uniqueRows, optionsArb, (rows, options) => {
        const r = run(rows.map(toCandidate), options);
        expect(compareAmounts(r.totalGranted, r.appropriation)).toBeLessThanOrEqual(0);
        expect(addAmounts(r.totalGranted, r.remaining)).toBe(r.appropriation);
        expect(sumAmounts(r.allocations.map((a) => a.amount))).toBe(r.totalGranted);
      }),
    );
  });

  it("never grants more than requested nor more than the maximum grant, and only whole units", () => {
    fc.assert(
      fc.property(uniqueRows, optionsArb, (rows, options) => {
        const r = run(rows.map(toCandidate), options);
        for (const a of r.allocations) {
          const row = rows.find((x) => x.id === a.id)!;
          expect(compareAmounts(a.amount, row.requested)).toBeLessThanOrEqual(0);
          expect(compareAmounts(a.amount, row.maxGrant)).toBeLessThanOrEqual(0);
          expect(roundAmount(a.amount, options.unit, "down")).toBe(a.amount);
          expect(a.status === "granted").toBe(a.amount !== "0.00");
        }
      }),
    );
  });

  it("says the grant was reduced to the maximum exactly when an eligible request exceeds it", () => {
    fc.assert(
      fc.property(uniqueRows, optionsArb, (rows, options) => {
        const r = run(rows.map(toCandidate), options);
        for (const a of r.allocations) {
          const row = rows.find((x) => x.id === a.id)!;
          const reduced = a.reasons.find((x) => x.code === "allocation.reducedToMaximum");
          const over = row.status === "eligible" && compareAmounts(row.requested, row.maxGrant) > 0;
          // Reasons found on the way are kept unless the candidate is rejected before the money is read.
          if (reduced !== undefined) expect(over).toBe(true);
          if (over && a.reasons.some((x) => x.code === "allocation.withinMaximum")) expect(reduced).toBeDefined();
        }
      }),
    );
  });

  it("gives ineligible, invalid and unreviewed applications nothing, and never ranks them", () => {
    fc.assert(
      fc.property(uniqueRows, optionsArb, (rows, options) => {
        const r = run(rows.map(toCandidate), options);
        for (const a of r.allocations) {
          if (rows.find((x) => x.id === a.id)!.status === "eligible") continue;
          expect([a.status, a.amount, a.rank]).toEqual(["rejected", "0.00", null]);
        }
      }),
    );
  });

  it("does not depend on the order of the candidates, duplicates included", () => {
    const rows = fc.array(candidateArb, { maxLength: 25 });
    const shuffled = rows.chain((xs) =>
      fc.tuple(fc.constant(xs), fc.shuffledSubarray(xs, { minLength: xs.length, maxLength: xs.length })),
    );
    fc.assert(
      fc.property(shuffled, optionsArb, ([xs, ys], options) => {
        expect(run(ys.map(toCandidate), options)).toEqual(run(xs.map(toCandidate), options));
      }),
    );
  });

  it("proRata: the grants add up exactly to the amount distributed", () => {
    fc.assert(
      fc.property(uniqueRows, optionsArb, (rows, options) => {
        const r = run(rows.map(toCandidate), { ...options, strategy: "proRata" });
        const p = r.proRata!;
        expect(r.totalGranted).toBe(p.distributed);
        const floor = roundAmount(r.appropriation, options.unit, "down");
        expect(p.distributed).toBe(minAmount(p.requestedTotal, floor));
      }),
    );
  });

  it("ranked with partial funding: raising the appropriation never lowers any grant", () => {
    fc.assert(
      fc.property(uniqueRows, optionsArb, amount(100_000_000), (rows, options, raise) => {
        const candidates = rows.map(toCandidate);
        const base = { ...options, strategy: "ranked" as const, partial: "partial" as const };
        const low = run(candidates, base);
        const high = run(candidates, { ...base, appropriation: addAmounts(options.appropriation, raise) });
        const higher = new Map(high.allocations.map((a) => [a.id, a.amount]));
        for (const a of low.allocations) expect(compareAmounts(a.amount, higher.get(a.id)!)).toBeLessThanOrEqual(0);
      }),
    );
  });
});
