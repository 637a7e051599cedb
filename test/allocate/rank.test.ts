import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareFixed } from "../../src/allocate/rank.js";
import { compareAmounts } from "../../src/money/index.js";
import { cents } from "./fixtures.js";

describe("compareFixed", () => {
  it.each([
    ["85000.00", "9999.99", 1],
    ["0.10", "0.09", 1],
    ["100.00", "100.00", 0],
    ["-1.2500", "0.0000", -1],
    ["-10.0000", "-9.0000", -1],
    ["-0.5000", "-0.4000", -1],
  ])("compares %s with %s as %i", (a, b, expected) => {
    expect(Math.sign(compareFixed(a, b)) + 0).toBe(expected);
    expect(Math.sign(compareFixed(b, a)) + 0).toBe(-expected + 0);
  });

  it("orders canonical amounts as the money kernel does", () => {
    const signed = fc.integer({ min: -10_000_000, max: 10_000_000 }).map((n) => (n < 0 ? `-${cents(-n)}` : cents(n)));
    fc.assert(
      fc.property(signed, signed, (a, b) => {
        expect(Math.sign(compareFixed(a, b)) + 0).toBe(compareAmounts(a, b));
      }),
    );
  });
});
