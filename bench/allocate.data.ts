// The synthetic data of the allocation benchmark, shared by allocate.bench.ts and the process that
// times one size (allocate.child.ts).
// Only the example data and types come from the package: the hand-written baseline loads this too.
import { exampleCall2022 } from "../src/examples/index.js";
import type { AllocationCandidate, AssessedCandidate, Assessment } from "../src/index.js";

/** The options of every benchmark allocation: the 2022 call and appropriation, whole euros, English reasons. */
export const ALLOCATE_OPTIONS = { edition: "2022", appropriation: "10000000.00", unit: "euro", locale: "en" } as const;

/** Integer cents as an amount string (synthetic data only; the library never sees a float). */
function cents(n: number): string {
  return `${Math.trunc(n / 100)}.${String(n % 100).padStart(2, "0")}`;
}

/** A deterministic pseudo-random sequence (mulberry32), so every run measures the same data. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** n assessed candidates: four in five eligible, grants of 10 000–1 500 000 €, scores on a 1–5 scale, many ties. */
export function assessed(n: number): AssessedCandidate[] {
  const next = random(n);
  return Array.from({ length: n }, (_, i) => {
    const eligible = Math.round(next() * 1_500_000_00) + 10_000_00;
    const maxGrant = Math.trunc((eligible * 85) / 100);
    const requested = Math.min(maxGrant, Math.round(next() * maxGrant) + 1_000_00);
    const status = next() < 0.8 ? "eligible" : "ineligible";
    const assessment: Assessment = {
      id: null,
      edition: "2022",
      status,
      locale: "en",
      findings: [],
      issues: [],
      notices: [],
      budget: {
        totalCosts: cents(eligible),
        eligibleCosts: cents(eligible),
        conditionalCosts: "0.00",
        ineligibleCosts: "0.00",
        vat: "0.00",
        rate: "0.85",
        maxGrant: cents(maxGrant),
        requestedGrant: cents(requested),
        ownShare: cents(eligible - requested),
        parties: [],
      },
    };
    return { id: `S-${String(i).padStart(6, "0")}`, assessment, score: `${1 + Math.floor(next() * 40) / 10}` };
  });
}

/** n application candidates: the example call's applications and reviewer scores, repeated under new ids. */
export function applications(n: number): AllocationCandidate[] {
  const source = exampleCall2022.candidates;
  return Array.from({ length: n }, (_, i) => {
    const c = source[i % source.length]!;
    return { id: `A-${String(i).padStart(6, "0")}`, application: c.application, score: c.score };
  });
}
