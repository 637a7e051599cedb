import { describe, expect, it } from "vitest";
import { formatAmount } from "../../src/money/format.js";

// Issue #15: an untyped caller's unknown locale was formatted the Finnish way without a word.
describe("formatAmount with a locale it does not know", () => {
  it.each([["de"], ["FI"], [""], [undefined], [null]])("refuses %j with a MoneyError naming the valid ones", (l) => {
    const message = `formatAmount: unknown locale "${String(l)}"; valid locales: fi, sv, en.`;
    expect(() => formatAmount("85000.00", l as never)).toThrow(RangeError);
    expect(() => formatAmount("85000.00", l as never)).toThrow(
      expect.objectContaining({ name: "MoneyError", code: "money.invalidArgument", message }),
    );
  });
});
