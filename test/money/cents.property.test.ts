import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addAmounts, compareAmounts, subtractAmounts, sumAmounts } from "../../src/money/arithmetic.js";
import { centsRate, fromCents, toCents } from "../../src/money/cents.js";
import { amountToCents, centsToAmount, signedAmount } from "../helpers/money.js";

const SAFE = BigInt(Number.MAX_SAFE_INTEGER);

// The integer-cent fast path must agree with the exact oracle wherever it answers, and must refuse
// (null) exactly where a double could not hold the cents.
describe("integer cents", () => {
  it.each([
    ["0.00", 0],
    ["0.05", 5],
    ["-0.10", -10],
    ["85000.05", 8_500_005],
    ["90071992547409.91", Number.MAX_SAFE_INTEGER],
    ["-90071992547409.91", -Number.MAX_SAFE_INTEGER],
    ["90071992547409.92", null],
    ["99999999999999.99", null],
    ["1.5", null],
    ["1", null],
    ["01.00", null],
    ["-.50", null],
    [".50", null],
    ["1.000", null],
    ["1,00", null],
    ["1e3.00", null],
    ["+1.00", null],
    ["", null],
  ])("toCents(%j) is %j", (text, expected) => {
    expect(toCents(text)).toBe(expected);
  });

  it("toCents agrees with the exact oracle for every canonical amount, and refuses only unsafe ones", () => {
    fc.assert(
      fc.property(signedAmount(), (a) => {
        const exact = amountToCents(a);
        const fast = toCents(a);
        if (exact > SAFE || exact < -SAFE) expect(fast).toBeNull();
        else expect(fast).toBe(Number(exact));
      }),
    );
  });

  it("fromCents is the inverse of toCents on safe integers", () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (c) => {
        const text = fromCents(c);
        expect(text).toBe(centsToAmount(BigInt(c)).replace(/^-0\.00$/, "0.00"));
        expect(toCents(text)).toBe(c === 0 ? 0 : c);
      }),
    );
  });

  it("fromCents never writes a negative zero", () => {
    expect(fromCents(-0)).toBe("0.00");
  });

  it.each([
    ["0.85", { numerator: 85, denominator: 100 }],
    ["1", { numerator: 1, denominator: 1 }],
    ["0.5", { numerator: 5, denominator: 10 }],
    ["0.123456", { numerator: 123456, denominator: 1_000_000 }],
    ["0.1234567", null],
    ["-0.85", null],
    ["85%", null],
  ])("centsRate(%j) is %j", (text, expected) => {
    expect(centsRate(text)).toEqual(expected);
  });
});

describe("the arithmetic across the safe-integer boundary (integer cents → decimals)", () => {
  const MAX_SAFE = "90071992547409.91"; // Number.MAX_SAFE_INTEGER cents
  it.each([
    ["addAmounts", () => addAmounts(MAX_SAFE, "0.01"), "90071992547409.92"],
    ["addAmounts", () => addAmounts(MAX_SAFE, "0.02"), "90071992547409.93"],
    ["subtractAmounts", () => subtractAmounts(`-${MAX_SAFE}`, "0.01"), "-90071992547409.92"],
    ["sumAmounts", () => sumAmounts([MAX_SAFE, "0.01", "0.01", "-0.02"]), MAX_SAFE],
    ["sumAmounts", () => sumAmounts(["99999999999999.99", "99999999999999.99", "0.01"]), "199999999999999.99"],
    ["compareAmounts", () => compareAmounts("90071992547409.93", "90071992547409.92"), 1],
  ])("%s is exact there", (_, run, expected) => {
    expect(run()).toBe(expected);
  });
});
