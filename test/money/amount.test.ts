import { describe, expect, it } from "vitest";
import { parseAmount } from "../../src/money/amount.js";

describe("parseAmount", () => {
  it.each([
    ["120000", "120000.00"],
    [1999.5, "1999.50"],
    ["0.10", "0.10"],
    [-0, "0.00"],
  ])("reads %s as %s", (input, expected) => {
    expect(parseAmount(input)).toEqual({ success: true, data: expected });
  });

  it.each([
    ["0.005", "money.tooManyDecimals"],
    [0.1 + 0.2, "money.tooManyDecimals"],
    [1e21, "money.exponent"],
    ["1e3", "money.exponent"],
    [Number.NaN, "money.notFinite"],
    ["-1.00", "money.negative"],
    ["1 000", "money.notAnAmount"],
    [null, "money.notAnAmount"],
  ])("rejects %s with %s", (input, code) => {
    const r = parseAmount(input);
    expect(r.success).toBe(false);
    if (!r.success) expect(r.issues[0]?.code).toBe(code);
  });
});
