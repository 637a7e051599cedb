import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addAmounts,
  compareAmounts,
  maxAmount,
  minAmount,
  subtractAmounts,
  sumAmounts,
} from "../../src/money/arithmetic.js";
import { amountToCents, centsToAmount, signedAmount } from "../helpers/money.js";

// The money laws (after dinero.js): exact decimal arithmetic must behave like integer cents.
describe("money laws", () => {
  it("addition is commutative", () => {
    fc.assert(fc.property(signedAmount(), signedAmount(), (a, b) => addAmounts(a, b) === addAmounts(b, a)));
  });

  it("addition is associative", () => {
    fc.assert(
      fc.property(signedAmount(), signedAmount(), signedAmount(), (a, b, c) => {
        expect(addAmounts(addAmounts(a, b), c)).toBe(addAmounts(a, addAmounts(b, c)));
      }),
    );
  });

  it('"0.00" is the identity', () => {
    fc.assert(fc.property(signedAmount(), (a) => addAmounts(a, "0.00") === a && addAmounts("0.00", a) === a));
  });

  it("subtraction is the inverse: a + b − b = a, and a + (0 − a) = 0", () => {
    fc.assert(
      fc.property(signedAmount(), signedAmount(), (a, b) => {
        expect(subtractAmounts(addAmounts(a, b), b)).toBe(a);
        expect(addAmounts(a, subtractAmounts("0.00", a))).toBe("0.00");
      }),
    );
  });

  it("agrees with integer-cent arithmetic", () => {
    fc.assert(
      fc.property(signedAmount(), signedAmount(), (a, b) => {
        expect(addAmounts(a, b)).toBe(centsToAmount(amountToCents(a) + amountToCents(b)));
        expect(subtractAmounts(a, b)).toBe(centsToAmount(amountToCents(a) - amountToCents(b)));
        const ca = amountToCents(a);
        const cb = amountToCents(b);
        expect(compareAmounts(a, b)).toBe(ca < cb ? -1 : ca > cb ? 1 : 0);
      }),
    );
  });

  it("the sum does not depend on the order of the amounts and equals repeated addition", () => {
    const amountsAndPermutation = fc
      .array(signedAmount(), { maxLength: 30 })
      .chain((xs) =>
        fc.tuple(fc.constant(xs), fc.shuffledSubarray(xs, { minLength: xs.length, maxLength: xs.length })),
      );
    fc.assert(
      fc.property(amountsAndPermutation, ([xs, permuted]) => {
        expect(sumAmounts(permuted)).toBe(sumAmounts(xs));
        expect(sumAmounts(xs)).toBe(xs.reduce(addAmounts, "0.00"));
        expect(sumAmounts(xs)).toBe(centsToAmount(xs.reduce((s, x) => s + amountToCents(x), 0n)));
      }),
    );
  });

  it("min and max pick one of the two, in order, and add up to the same total", () => {
    fc.assert(
      fc.property(signedAmount(), signedAmount(), (a, b) => {
        const lo = minAmount(a, b);
        const hi = maxAmount(a, b);
        expect([a, b]).toContain(lo);
        expect([a, b]).toContain(hi);
        expect(compareAmounts(lo, hi)).toBeLessThanOrEqual(0);
        expect(addAmounts(lo, hi)).toBe(addAmounts(a, b));
      }),
    );
  });
});
