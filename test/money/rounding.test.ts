import { describe, expect, it } from "vitest";
import { compareAmounts } from "../../src/money/arithmetic.js";
import { type RoundingMode, type RoundingUnit, applyRate, ratio, roundAmount } from "../../src/money/rounding.js";
import { amountToCents, centsToAmount, floorDiv } from "../helpers/money.js";

const MODES: RoundingMode[] = ["down", "up", "halfUp", "halfEven"];

describe("roundAmount", () => {
  // Each row: the value, then the result in every mode: down, up, halfUp, halfEven.
  const euro: [string, string, string, string, string][] = [
    ["1234.56", "1234.00", "1235.00", "1235.00", "1235.00"],
    ["1234.49", "1234.00", "1235.00", "1234.00", "1234.00"],
    ["1234.50", "1234.00", "1235.00", "1235.00", "1234.00"],
    ["1235.50", "1235.00", "1236.00", "1236.00", "1236.00"],
    ["1234.00", "1234.00", "1234.00", "1234.00", "1234.00"],
    ["0.50", "0.00", "1.00", "1.00", "0.00"],
    ["1.50", "1.00", "2.00", "2.00", "2.00"],
    ["2.50", "2.00", "3.00", "3.00", "2.00"],
    ["0.01", "0.00", "1.00", "0.00", "0.00"],
    // Negative values: down is toward −∞, halfUp takes a half away from zero, and zero has no sign.
    ["-1234.56", "-1235.00", "-1234.00", "-1235.00", "-1235.00"],
    ["-1234.50", "-1235.00", "-1234.00", "-1235.00", "-1234.00"],
    ["-1235.50", "-1236.00", "-1235.00", "-1236.00", "-1236.00"],
    ["-0.40", "-1.00", "0.00", "0.00", "0.00"],
    ["-0.50", "-1.00", "0.00", "-1.00", "0.00"],
  ];
  describe.each(euro)("%s to the euro", (value, ...expected) => {
    it.each(MODES.map((mode, i) => [mode, expected[i]!] as const))("%s gives %s", (mode, result) => {
      expect(roundAmount(value, "euro", mode)).toBe(result);
    });
  });

  // A canonical amount is already whole cents, so to the cent every mode leaves it as it is; values
  // with more decimals (such as exact products) are rounded.
  const cent: [string, string, string, string, string][] = [
    ["1234.56", "1234.56", "1234.56", "1234.56", "1234.56"],
    ["-0.05", "-0.05", "-0.05", "-0.05", "-0.05"],
    ["0.125", "0.12", "0.13", "0.13", "0.12"],
    ["0.135", "0.13", "0.14", "0.14", "0.14"],
    ["0.121", "0.12", "0.13", "0.12", "0.12"],
    ["-0.125", "-0.13", "-0.12", "-0.13", "-0.12"],
    ["-0.001", "-0.01", "0.00", "0.00", "0.00"],
  ];
  describe.each(cent)("%s to the cent", (value, ...expected) => {
    it.each(MODES.map((mode, i) => [mode, expected[i]!] as const))("%s gives %s", (mode, result) => {
      expect(roundAmount(value, "cent", mode)).toBe(result);
    });
  });
});

describe("applyRate", () => {
  it.each<[string, string, RoundingUnit, RoundingMode, string]>([
    // 893/2019 4 §: at most 85 %, so the ceiling rounds down: 85 000.0085 → 85 000.00
    ["100000.01", "0.85", "cent", "down", "85000.00"],
    ["100000.01", "0.85", "cent", "up", "85000.01"],
    ["100000.01", "0.85", "cent", "halfUp", "85000.01"],
    ["100000.01", "0.85", "cent", "halfEven", "85000.01"],
    ["100000.00", "0.85", "cent", "down", "85000.00"],
    ["117647.06", "0.85", "cent", "down", "100000.00"],
    ["0.01", "0.85", "cent", "down", "0.00"],
    ["0.01", "0.85", "cent", "up", "0.01"],
    ["0.00", "0.85", "cent", "down", "0.00"],
    ["100000.01", "0.85", "euro", "down", "85000.00"],
    ["100000.99", "0.85", "euro", "up", "85001.00"],
    // exact halves of a cent and of a euro
    ["0.05", "0.5", "cent", "down", "0.02"],
    ["0.05", "0.5", "cent", "up", "0.03"],
    ["0.05", "0.5", "cent", "halfUp", "0.03"],
    ["0.05", "0.5", "cent", "halfEven", "0.02"],
    ["0.07", "0.5", "cent", "halfEven", "0.04"],
    ["5.00", "0.5", "euro", "halfUp", "3.00"],
    ["5.00", "0.5", "euro", "halfEven", "2.00"],
    ["3.00", "0.5", "euro", "halfEven", "2.00"],
    // negative amounts (corrections)
    ["-0.05", "0.5", "cent", "down", "-0.03"],
    ["-0.05", "0.5", "cent", "up", "-0.02"],
    ["-0.05", "0.5", "cent", "halfUp", "-0.03"],
    ["-0.05", "0.5", "cent", "halfEven", "-0.02"],
    ["-0.01", "0.5", "cent", "up", "0.00"],
    // rates of 1 and 0, and a rate with many decimals
    ["1234.56", "1", "cent", "down", "1234.56"],
    ["1234.56", "0", "cent", "down", "0.00"],
    ["100.00", "0.333333333333333333333", "cent", "halfUp", "33.33"],
    ["99999999999999.99", "0.85", "cent", "down", "84999999999999.99"],
  ])("applyRate(%s, %s, %s, %s) is %s", (amount, rate, unit, mode, expected) => {
    expect(applyRate(amount, rate, { unit, mode })).toBe(expected);
  });

  it.each(["100000.01", "117647.06", "0.01", "0.99", "1234567.89", "99999999999999.99"])(
    "85 %% of %s rounded down is the exact product floored to the cent, never above it",
    (cost) => {
      const granted = applyRate(cost, "0.85", { unit: "cent", mode: "down" });
      // Exact oracle in integer cents: floor(cost × 85 / 100).
      expect(granted).toBe(centsToAmount(floorDiv(amountToCents(cost) * 85n, 100n)));
      expect(amountToCents(granted) * 100n <= amountToCents(cost) * 85n).toBe(true);
      expect(compareAmounts(granted, cost)).toBeLessThanOrEqual(0);
    },
  );
});

describe("ratio", () => {
  it.each<[string, string, number, string]>([
    ["200000.00", "250000.00", 4, "0.8000"],
    ["1.00", "3.00", 4, "0.3333"],
    ["2.00", "3.00", 4, "0.6667"],
    ["1.00", "8.00", 2, "0.13"],
    ["3.00", "2.00", 1, "1.5"],
    ["1.00", "2.00", 0, "1"],
    ["0.00", "5.00", 2, "0.00"],
    ["5.00", "0.00", 4, "0.0000"],
    ["5.00", "0.00", 0, "0"],
    ["-1.00", "8.00", 2, "-0.13"],
    ["-0.01", "100.00", 2, "0.00"],
    ["8620000.00", "10000000.00", 3, "0.862"],
  ])("ratio(%s, %s, %i) is %s", (part, whole, decimals, expected) => {
    expect(ratio(part, whole, decimals)).toBe(expected);
  });
});
