import { describe, expect, it } from "vitest";
import {
  addAmounts,
  compareAmounts,
  isZeroAmount,
  maxAmount,
  minAmount,
  subtractAmounts,
  sumAmounts,
} from "../../src/money/arithmetic.js";

describe("sumAmounts", () => {
  it.each<[string[], string]>([
    [[], "0.00"],
    [["85000.00"], "85000.00"],
    [["0.10", "0.20"], "0.30"],
    [["0.10", "0.20", "0.30", "0.40"], "1.00"],
    [["-5.00", "5.00"], "0.00"],
    [["-5.00", "2.50"], "-2.50"],
    [["99999999999999.99", "0.01"], "100000000000000.00"],
    [["99999999999999.99", "99999999999999.99", "99999999999999.99"], "299999999999999.97"],
  ])("sumAmounts(%j) is %s", (amounts, expected) => {
    expect(sumAmounts(amounts)).toBe(expected);
  });

  it("adds 49 applications' requests without float drift", () => {
    // 49 applications were received in the 2022 call; 0.10 € is the classic float trap.
    expect(sumAmounts(Array.from({ length: 49 }, () => "120000.10"))).toBe("5880004.90");
  });

  it("does not mutate its input", () => {
    const amounts = Object.freeze(["1.00", "2.00"]);
    sumAmounts(amounts);
    expect(amounts).toEqual(["1.00", "2.00"]);
  });
});

describe("addAmounts and subtractAmounts", () => {
  it.each<[string, string, string]>([
    ["1.05", "2.95", "4.00"],
    ["0.10", "0.20", "0.30"],
    ["0.00", "0.00", "0.00"],
    ["-1.00", "1.00", "0.00"],
    ["-1.00", "-0.01", "-1.01"],
    ["99999999999999.99", "0.01", "100000000000000.00"],
  ])("%s + %s = %s", (a, b, expected) => {
    expect(addAmounts(a, b)).toBe(expected);
  });

  it.each<[string, string, string]>([
    ["100.00", "85.00", "15.00"],
    ["85.00", "100.00", "-15.00"],
    ["0.10", "0.10", "0.00"],
    ["0.30", "0.10", "0.20"],
    ["0.00", "0.01", "-0.01"],
    ["-5.00", "-5.00", "0.00"],
  ])("%s − %s = %s", (a, b, expected) => {
    expect(subtractAmounts(a, b)).toBe(expected);
  });
});

describe("compareAmounts", () => {
  it.each<[string, string, -1 | 0 | 1]>([
    ["10.00", "9.99", 1],
    ["9.99", "10.00", -1],
    ["5.00", "5.00", 0],
    ["5.00", "5", 0],
    ["-1.00", "0.00", -1],
    ["-1.00", "-2.00", 1],
    ["100000000000000.00", "99999999999999.99", 1],
    // As text "9.99" > "10.00"; the comparison is numeric.
    ["9.99", "100.00", -1],
  ])("compareAmounts(%s, %s) is %i", (a, b, expected) => {
    expect(compareAmounts(a, b)).toBe(expected);
  });
});

describe("minAmount and maxAmount", () => {
  it.each<[string, string, string, string]>([
    ["102000.00", "85000.00", "85000.00", "102000.00"],
    ["85000.00", "102000.00", "85000.00", "102000.00"],
    ["0.00", "-5.00", "-5.00", "0.00"],
    ["7.50", "7.50", "7.50", "7.50"],
    ["9.99", "10.00", "9.99", "10.00"],
  ])("of %s and %s: min %s, max %s", (a, b, min, max) => {
    expect(minAmount(a, b)).toBe(min);
    expect(maxAmount(a, b)).toBe(max);
  });

  it("returns canonical text even for a non-canonical argument", () => {
    expect(minAmount("5", "7.00")).toBe("5.00");
    expect(maxAmount("5", "-0.00")).toBe("5.00");
  });
});

describe("isZeroAmount", () => {
  it.each<[string, boolean]>([
    ["0.00", true],
    ["-0.00", true],
    ["0.01", false],
    ["-0.01", false],
  ])("isZeroAmount(%s) is %s", (a, expected) => {
    expect(isZeroAmount(a)).toBe(expected);
  });
});

describe("amounts beyond 2^53 cents (90 071 992 547 409,91 €), where a double would lose a cent", () => {
  const MAX_SAFE = "90071992547409.91"; // Number.MAX_SAFE_INTEGER cents
  it.each([
    ["addAmounts", () => addAmounts(MAX_SAFE, "0.01"), "90071992547409.92"],
    ["addAmounts", () => addAmounts(MAX_SAFE, "0.02"), "90071992547409.93"],
    ["subtractAmounts", () => subtractAmounts(`-${MAX_SAFE}`, "0.01"), "-90071992547409.92"],
    ["sumAmounts", () => sumAmounts([MAX_SAFE, "0.01", "0.01", "-0.02"]), MAX_SAFE],
    ["sumAmounts", () => sumAmounts(["99999999999999.99", "99999999999999.99", "0.01"]), "199999999999999.99"],
    ["compareAmounts", () => compareAmounts("90071992547409.93", "90071992547409.92"), 1],
  ])("%s is exact", (_, run, expected) => {
    expect(run()).toBe(expected);
  });
});
