import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatAmount } from "../../src/money/format.js";
import { signedAmount } from "../helpers/money.js";

describe("formatAmount properties", () => {
  it("fi and sv: undoing the formatting gives back the amount, and digits are grouped by three", () => {
    fc.assert(
      fc.property(signedAmount(), fc.constantFrom("fi" as const, "sv" as const), (a, locale) => {
        const text = formatAmount(a, locale);
        expect(text).toMatch(/^−?\d{1,3}(\u00a0\d{3})*,\d{2}\u00a0€$/);
        expect(text.replace("\u00a0€", "").replaceAll("\u00a0", "").replace(",", ".").replace("−", "-")).toBe(a);
      }),
    );
  });

  it("en: undoing the formatting gives back the amount, and digits are grouped by three", () => {
    fc.assert(
      fc.property(signedAmount(), (a) => {
        const text = formatAmount(a, "en");
        expect(text).toMatch(/^−?€\d{1,3}(,\d{3})*\.\d{2}$/);
        expect(text.replace("€", "").replaceAll(",", "").replace("−", "-")).toBe(a);
      }),
    );
  });
});
