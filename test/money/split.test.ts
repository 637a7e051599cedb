import { describe, expect, it } from "vitest";
import { type SplitShare, splitLargestRemainder } from "../../src/money/split.js";

const shares = (...weights: [string, string][]): SplitShare[] => weights.map(([key, weight]) => ({ key, weight }));

describe("splitLargestRemainder", () => {
  it.each<[string, string, SplitShare[], "cent" | "euro", string[]]>([
    // 10 000 cents / 3 = 3 333 1/3 each: one cent left, equal remainders, so the smallest key gets it.
    [
      "three equal shares",
      "100.00",
      shares(["a", "1.00"], ["b", "1.00"], ["c", "1.00"]),
      "cent",
      ["33.34", "33.33", "33.33"],
    ],
    [
      "the tie goes by key, not by position",
      "100.00",
      shares(["c", "1.00"], ["b", "1.00"], ["a", "1.00"]),
      "cent",
      ["33.33", "33.33", "33.34"],
    ],
    [
      "the tie goes to the smallest key wherever it stands",
      "1.00",
      shares(["b", "1.00"], ["a", "1.00"], ["c", "1.00"]),
      "cent",
      ["0.33", "0.34", "0.33"],
    ],
    [
      "the 10 M€ appropriation 1:1:1",
      "10000000.00",
      shares(["a", "1.00"], ["b", "1.00"], ["c", "1.00"]),
      "cent",
      ["3333333.34", "3333333.33", "3333333.33"],
    ],
    // 100 / 3 = 33 1/3 and 66 2/3: the larger remainder (2/3) wins over the smaller key.
    [
      "the largest remainder wins before the key",
      "1.00",
      shares(["a", "1.00"], ["b", "2.00"]),
      "cent",
      ["0.33", "0.67"],
    ],
    // 100 × 10/12 = 83 1/3, 100 × 1/12 = 8 1/3 twice: all remainders are exactly 1/3, a tie.
    [
      "equal remainders of different sizes tie exactly (key a)",
      "1.00",
      shares(["a", "10.00"], ["b", "1.00"], ["c", "1.00"]),
      "cent",
      ["0.84", "0.08", "0.08"],
    ],
    [
      "equal remainders of different sizes tie exactly (key b)",
      "1.00",
      shares(["z", "10.00"], ["b", "1.00"], ["c", "1.00"]),
      "cent",
      ["0.83", "0.09", "0.08"],
    ],
    // Exact proportions need no leftover: 10 M€ × 120/250, 80/250, 50/250.
    [
      "exact proportions",
      "10000000.00",
      shares(["a", "120000.00"], ["b", "80000.00"], ["c", "50000.00"]),
      "cent",
      ["4800000.00", "3200000.00", "2000000.00"],
    ],
    // 8.62 M€ granted in 2022 over requests 1 : 2 : 4 = 1 231 428.571…, 2 462 857.142…, 4 925 714.285…
    [
      "8.62 M€ over 1:2:4",
      "8620000.00",
      shares(["a", "100000.00"], ["b", "200000.00"], ["c", "400000.00"]),
      "cent",
      ["1231428.57", "2462857.14", "4925714.29"],
    ],
    [
      "a zero weight gets nothing",
      "10.00",
      shares(["a", "0.00"], ["b", "1.00"], ["c", "1.00"]),
      "cent",
      ["0.00", "5.00", "5.00"],
    ],
    // 3 cents over 0 : 1 : 1 = 0, 1.5, 1.5: the zero share has remainder 0 and never gets the leftover.
    [
      "a zero weight never gets a leftover unit",
      "0.03",
      shares(["a", "0.00"], ["b", "1.00"], ["c", "1.00"]),
      "cent",
      ["0.00", "0.02", "0.01"],
    ],
    ["all weights zero and total zero", "0.00", shares(["a", "0.00"], ["b", "0.00"]), "cent", ["0.00", "0.00"]],
    ["no shares and total zero", "0.00", [], "cent", []],
    ["one share takes everything", "12345.67", shares(["a", "0.01"]), "cent", ["12345.67"]],
    ["a zero total", "0.00", shares(["a", "1.00"], ["b", "2.00"]), "cent", ["0.00", "0.00"]],
    // To the euro: 100 € / 3 = 33 1/3 € each.
    ["whole euros", "100.00", shares(["a", "1.00"], ["b", "1.00"], ["c", "1.00"]), "euro", ["34.00", "33.00", "33.00"]],
    ["whole euros 1:2", "10.00", shares(["a", "1.00"], ["b", "2.00"]), "euro", ["3.00", "7.00"]],
    // A negative total (a correction) splits the same way: −33 1/3 floors to −34, the leftover units go up.
    [
      "a negative total",
      "-1.00",
      shares(["a", "1.00"], ["b", "1.00"], ["c", "1.00"]),
      "cent",
      ["-0.33", "-0.33", "-0.34"],
    ],
  ])("%s: %s", (_, total, input, unit, expected) => {
    expect(splitLargestRemainder(total, input, unit)).toEqual(expected);
  });

  it.each<[string, string, SplitShare[], "cent" | "euro", RegExp]>([
    [
      "a total that is not whole euros",
      "100.50",
      shares(["a", "1.00"]),
      "euro",
      /100\.50 is not a whole number of euros/,
    ],
    [
      "a total that is not whole cents",
      "0.005",
      shares(["a", "1.00"]),
      "cent",
      /0\.005 is not a whole number of cents/,
    ],
    ["a non-zero total over zero weights", "1.00", shares(["a", "0.00"], ["b", "0.00"]), "cent", /zero weights/],
    ["a non-zero total over no shares", "1.00", [], "cent", /zero weights/],
    ["a negative weight", "1.00", shares(["a", "-1.00"], ["b", "2.00"]), "cent", /negative/],
  ])("throws a MoneyError (a RangeError) for %s", (_, total, input, unit, message) => {
    expect(() => splitLargestRemainder(total, input, unit)).toThrow(RangeError);
    expect(() => splitLargestRemainder(total, input, unit)).toThrow(
      expect.objectContaining({ name: "MoneyError", code: "money.invalidArgument" }),
    );
    expect(() => splitLargestRemainder(total, input, unit)).toThrow(message);
  });

  it("does not mutate the shares", () => {
    const input = Object.freeze(shares(["b", "1.00"], ["a", "1.00"]).map((s) => Object.freeze(s)));
    expect(splitLargestRemainder("0.01", input, "cent")).toEqual(["0.00", "0.01"]);
    expect(input).toEqual(shares(["b", "1.00"], ["a", "1.00"]));
  });
});
