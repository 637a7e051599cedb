import { describe, expect, it } from "vitest";
import { MAX_AMOUNT, type MoneyIssueCode, isAmount, parseAmount } from "../../src/money/amount.js";

describe("parseAmount", () => {
  it.each<[unknown, string]>([
    ["120000", "120000.00"],
    ["0", "0.00"],
    ["0.5", "0.50"],
    ["0.05", "0.05"],
    ["12.3", "12.30"],
    ["12.30", "12.30"],
    ["85000.00", "85000.00"],
    ["-0", "0.00"],
    ["-0.00", "0.00"],
    [MAX_AMOUNT, "99999999999999.99"],
    // A string keeps every cent however large; only a JSON number can be too coarse (money.imprecise).
    ["70368744177664.01", "70368744177664.01"],
    [1999.5, "1999.50"],
    [0.1, "0.10"],
    [100, "100.00"],
    [0, "0.00"],
    [-0, "0.00"],
    [1e-2, "0.01"],
    // Below 2^46 a double tells every cent apart, so a JSON number keeps the cents it was written with.
    [70368744177663.99, "70368744177663.99"],
    [12345678901234.57, "12345678901234.57"],
    // Larger doubles are coarser than a cent, but whole euros and halves are still exact.
    [99999999999999, "99999999999999.00"],
    [80000000000000.5, "80000000000000.50"],
  ])("reads %j as %s", (input, expected) => {
    expect(parseAmount(input)).toEqual({ success: true, data: expected });
  });

  it.each<[unknown, string]>([
    ["-1.00", "-1.00"],
    ["-0.01", "-0.01"],
    [-1.5, "-1.50"],
    ["-" + MAX_AMOUNT, "-99999999999999.99"],
    ["-70368744177664.01", "-70368744177664.01"],
    ["-0", "0.00"],
  ])("with allowNegative reads %j as %s", (input, expected) => {
    expect(parseAmount(input, { allowNegative: true })).toEqual({ success: true, data: expected });
  });

  it.each<[unknown, MoneyIssueCode, string]>([
    // more than two decimals, including binary noise of floats and trailing zeros
    ["0.005", "money.tooManyDecimals", "0.005"],
    ["1.000", "money.tooManyDecimals", "1.000"],
    [0.1 + 0.2, "money.tooManyDecimals", "0.30000000000000004"],
    [1e-6, "money.tooManyDecimals", "0.000001"],
    // exponent notation: in strings always, in numbers where JavaScript prints it (below 1e-6, from 1e21)
    ["1e3", "money.exponent", "1e3"],
    ["1E3", "money.exponent", "1E3"],
    ["1.5e-3", "money.exponent", "1.5e-3"],
    ["-1e3", "money.exponent", "-1e3"],
    ["1E+12", "money.exponent", "1E+12"],
    ["-2e3", "money.exponent", "-2e3"],
    [1e21, "money.exponent", "1e+21"],
    [1e-7, "money.exponent", "1e-7"],
    // not finite
    [Number.NaN, "money.notFinite", "NaN"],
    [Number.POSITIVE_INFINITY, "money.notFinite", "Infinity"],
    [Number.NEGATIVE_INFINITY, "money.notFinite", "-Infinity"],
    // negative without allowNegative
    ["-1.00", "money.negative", "-1.00"],
    ["-0.01", "money.negative", "-0.01"],
    [-1, "money.negative", "-1"],
    ["-100000000000000.00", "money.negative", "-100000000000000.00"],
    // beyond MAX_AMOUNT
    ["100000000000000.00", "money.tooLarge", "100000000000000.00"],
    ["100000000000000", "money.tooLarge", "100000000000000"],
    [1e20, "money.tooLarge", "100000000000000000000"],
    // a JSON number whose double cannot tell the written cents from the next cent
    [JSON.parse("99999999999999.99"), "money.imprecise", "99999999999999.98"],
    [JSON.parse("80000000000000.01"), "money.imprecise", "80000000000000.02"],
    [JSON.parse("70368744177664.01"), "money.imprecise", "70368744177664.02"],
    // forms a person might type, which the contract does not guess at
    ["007", "money.notAnAmount", "007"],
    ["00.50", "money.notAnAmount", "00.50"],
    ["+1", "money.notAnAmount", "+1"],
    [" 1.00", "money.notAnAmount", " 1.00"],
    ["1.00 ", "money.notAnAmount", "1.00 "],
    ["\t1", "money.notAnAmount", "\t1"],
    ["1 000", "money.notAnAmount", "1 000"],
    ["1\u00a0000,00", "money.notAnAmount", "1\u00a0000,00"],
    ["1,000", "money.notAnAmount", "1,000"],
    ["1,50", "money.notAnAmount", "1,50"],
    ["1.000,50", "money.notAnAmount", "1.000,50"],
    ["1_000", "money.notAnAmount", "1_000"],
    [".5", "money.notAnAmount", ".5"],
    ["5.", "money.notAnAmount", "5."],
    ["", "money.notAnAmount", ""],
    ["€5", "money.notAnAmount", "€5"],
    ["5 €", "money.notAnAmount", "5 €"],
    ["NaN", "money.notAnAmount", "NaN"],
    ["Infinity", "money.notAnAmount", "Infinity"],
    ["0x10", "money.notAnAmount", "0x10"],
    ["e3", "money.notAnAmount", "e3"],
    ["x1e5", "money.notAnAmount", "x1e5"],
    ["1e5x", "money.notAnAmount", "1e5x"],
    ["EUR 100.00", "money.notAnAmount", "EUR 100.00"],
    ["100.00 €", "money.notAnAmount", "100.00 €"],
    ["x".repeat(50), "money.notAnAmount", "x".repeat(40)],
    ["1".repeat(50), "money.tooLarge", "1".repeat(40)],
    // not a string or a number
    [null, "money.notAnAmount", "null"],
    [undefined, "money.notAnAmount", "undefined"],
    [true, "money.notAnAmount", "boolean"],
    [{}, "money.notAnAmount", "object"],
    [["1.00"], "money.notAnAmount", "array"],
  ])("rejects %j with %s", (input, code, printed) => {
    expect(parseAmount(input)).toEqual({ success: false, issues: [{ code, input: printed }] });
  });

  it("rejects a bigint as not an amount (JSON has none)", () => {
    expect(parseAmount(10n)).toEqual({ success: false, issues: [{ code: "money.notAnAmount", input: "bigint" }] });
  });

  it("reports a negative amount beyond MAX_AMOUNT as too large when negatives are allowed", () => {
    expect(parseAmount("-100000000000000.00", { allowNegative: true })).toEqual({
      success: false,
      issues: [{ code: "money.tooLarge", input: "-100000000000000.00" }],
    });
  });

  it("returns plain JSON data and leaves an object input untouched", () => {
    const input = Object.freeze({ valueOf: () => 5 });
    const r = parseAmount(input);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
    expect(r).toEqual({ success: false, issues: [{ code: "money.notAnAmount", input: "object" }] });
  });
});

describe("isAmount", () => {
  it.each<[unknown, boolean]>([
    ["85000.00", true],
    ["0.00", true],
    ["0.05", true],
    ["-5.00", true],
    [MAX_AMOUNT, true],
    ["-0.00", false],
    ["85000", false],
    ["85000.0", false],
    ["85000.000", false],
    ["085.00", false],
    ["+1.00", false],
    [" 1.00", false],
    ["1,00", false],
    // An amount is always a string, even where a number would print with two decimals.
    [85000, false],
    [1.25, false],
    [10.5, false],
    [0, false],
    [null, false],
  ])("isAmount(%j) is %s", (value, expected) => {
    expect(isAmount(value)).toBe(expected);
  });

  it("holds for every successful parse", () => {
    for (const input of ["0", "-0", "1.5", 2.25, "99999999999999.99"]) {
      const r = parseAmount(input);
      expect(r.success && isAmount(r.data)).toBe(true);
    }
  });
});
