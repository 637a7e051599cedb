import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sumAmounts } from "../../src/money/arithmetic.js";
import { type SplitShare, splitLargestRemainder } from "../../src/money/split.js";
import { MAX_CENTS, amountToCents, centsToAmount, floorDiv } from "../helpers/money.js";

type Unit = "cent" | "euro";
const UNIT_CENTS: Record<Unit, bigint> = { cent: 1n, euro: 100n };

/**
 * A split problem. Weights are drawn either small (so that equal remainders, the tie case, are
 * common) or large (requests of up to 10 M€); keys are unique, as the contract requires.
 */
const randomProblem = fc.record({
  unit: fc.constantFrom<Unit>("cent", "euro"),
  totalUnits: fc.oneof(fc.bigInt({ min: 0n, max: 50n }), fc.bigInt({ min: 0n, max: 10n ** 15n })),
  shares: fc.uniqueArray(
    fc.record({
      key: fc.string({ minLength: 1, maxLength: 3 }),
      weightCents: fc.oneof(fc.bigInt({ min: 0n, max: 6n }), fc.bigInt({ min: 0n, max: 1_000_000_000n })),
    }),
    { minLength: 1, maxLength: 12, selector: (s) => s.key },
  ),
});

function gcd(a: bigint, b: bigint): bigint {
  return b === 0n ? a : gcd(b, a % b);
}

/**
 * A split problem built to tie: weights k·d + b of very different sizes, and a total that makes
 * `total × weight mod weightSum` the same for all of them, so that only the keys decide.
 */
const tiedProblem = fc
  .record({
    unit: fc.constantFrom<Unit>("cent", "euro"),
    d: fc.integer({ min: 2, max: 9 }),
    b: fc.integer({ min: 1, max: 8 }),
    ks: fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 2, maxLength: 8 }),
    t: fc.integer({ min: 1, max: 7 }),
  })
  .map(({ unit, d, b, ks, t }) => {
    const weights = ks.map((k) => BigInt(k * d + (b % d)));
    const weightSum = weights.reduce((s, w) => s + w, 0n);
    const totalUnits = weightSum === 0n ? 0n : (BigInt(t) * weightSum) / gcd(weightSum, BigInt(d));
    return {
      unit,
      totalUnits,
      shares: weights.map((weightCents, i) => ({ key: `k${(i * 7) % ks.length}${i}`, weightCents })),
    };
  });

const problem = fc.oneof(randomProblem, tiedProblem).filter((p) => p.shares.some((s) => s.weightCents > 0n));

type Problem = typeof problem extends fc.Arbitrary<infer T> ? T : never;

function run(p: Problem, order = p.shares) {
  const total = centsToAmount(p.totalUnits * UNIT_CENTS[p.unit]);
  const shares: SplitShare[] = order.map((s) => ({ key: s.key, weight: centsToAmount(s.weightCents) }));
  const parts = splitLargestRemainder(total, shares, p.unit);
  return { total, byKey: new Map(order.map((s, i) => [s.key, parts[i]!])), parts };
}

describe("splitLargestRemainder properties", () => {
  it("the parts add up exactly to the total", () => {
    fc.assert(
      fc.property(problem, (p) => {
        const { total, parts } = run(p);
        expect(sumAmounts(parts)).toBe(total);
      }),
    );
  });

  it("each part is its exact share rounded down, or one unit more (so within one unit of it)", () => {
    fc.assert(
      fc.property(problem, (p) => {
        const { byKey } = run(p);
        const weightSum = p.shares.reduce((s, x) => s + x.weightCents, 0n);
        for (const s of p.shares) {
          const units = amountToCents(byKey.get(s.key)!) / UNIT_CENTS[p.unit];
          const floor = floorDiv(p.totalUnits * s.weightCents, weightSum);
          expect(units === floor || units === floor + 1n).toBe(true);
        }
      }),
    );
  });

  it("the leftover units go to the largest remainders, and among equal remainders to the smaller key", () => {
    fc.assert(
      fc.property(problem, (p) => {
        const { byKey } = run(p);
        const weightSum = p.shares.reduce((s, x) => s + x.weightCents, 0n);
        // Exact remainders as numerators over weightSum, and whether each share got a leftover unit.
        const got = p.shares.map((s) => {
          const numerator = p.totalUnits * s.weightCents;
          const floor = floorDiv(numerator, weightSum);
          const extra = amountToCents(byKey.get(s.key)!) / UNIT_CENTS[p.unit] - floor;
          return { key: s.key, remainder: numerator - floor * weightSum, extra };
        });
        for (const i of got) {
          for (const j of got) {
            const iFirst = i.remainder > j.remainder || (i.remainder === j.remainder && i.key < j.key);
            if (iFirst) expect(i.extra >= j.extra).toBe(true);
          }
        }
      }),
    );
  });

  it("does not depend on the order of the shares (compared by key)", () => {
    const withPermutation = problem.chain((p) =>
      fc.tuple(
        fc.constant(p),
        fc.shuffledSubarray(p.shares, { minLength: p.shares.length, maxLength: p.shares.length }),
      ),
    );
    fc.assert(
      fc.property(withPermutation, ([p, permuted]) => {
        expect(run(p, permuted).byKey).toEqual(run(p).byKey);
      }),
    );
  });

  it("a zero weight gets a zero part", () => {
    fc.assert(
      fc.property(problem, (p) => {
        const { byKey } = run(p);
        for (const s of p.shares) if (s.weightCents === 0n) expect(byKey.get(s.key)).toBe("0.00");
      }),
    );
  });

  it("equals an exact integer computation for totals and weights up to MAX_AMOUNT", () => {
    const cents = fc.bigInt({ min: 0n, max: MAX_CENTS });
    fc.assert(
      fc.property(cents, fc.array(cents, { minLength: 1, maxLength: 6 }), (total, weights) => {
        fc.pre(weights.some((w) => w > 0n));
        const shares = weights.map((w, i) => ({ key: `k${i}`, weight: centsToAmount(w) }));
        const expected = referenceSplit(total, weights).map(centsToAmount);
        expect(splitLargestRemainder(centsToAmount(total), shares, "cent")).toEqual(expected);
      }),
    );
  });

  // Up to MAX_AMOUNT, total × weight has 32 digits: rounded to decimal.js's default 20 digits,
  // remainders that differ only beyond the 20th digit would change places and move a cent.
  it("ranks remainders that differ only beyond the 20th digit exactly", () => {
    const weights = ["13850881502115.62", "13850881502127.19", "13850881502095.34", "13850881502095.41"];
    const shares = weights.map((weight, i) => ({ key: `k${i}`, weight }));
    const expected = ["23084802138114.08", "23084802138133.37", "23084802138080.29", "23084802138080.40"];
    expect(splitLargestRemainder("92339208552408.14", shares, "cent")).toEqual(expected);
    expect(referenceSplit(9233920855240814n, weights.map(amountToCents)).map(centsToAmount)).toEqual(expected);
  });
});

/** Largest remainder in exact integers: floors, then one cent each to the largest remainders, ties to the smaller key (k0 < k1 < …). */
function referenceSplit(total: bigint, weights: readonly bigint[]): bigint[] {
  const sum = weights.reduce((a, b) => a + b, 0n);
  const parts = weights.map((w) => (total * w) / sum);
  const remainders = weights.map((w, i) => total * w - parts[i]! * sum);
  let left = total - parts.reduce((a, b) => a + b, 0n);
  const order = weights
    .map((_, i) => i)
    .sort((a, b) =>
      remainders[b]! > remainders[a]! ? 1 : remainders[b]! < remainders[a]! ? -1 : `k${a}` < `k${b}` ? -1 : 1,
    );
  for (const i of order) {
    if (left === 0n) break;
    parts[i]! += 1n;
    left -= 1n;
  }
  return parts;
}
