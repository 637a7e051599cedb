import { describe, expect, it } from "vitest";
import { MAX_AMOUNT } from "../../src/money/amount.js";
import { formatAmount } from "../../src/money/format.js";
import type { Locale } from "../../src/vocabulary/locale.js";

// U+00A0 no-break space and U+2212 minus sign, spelled out so the expectations cannot be misread.
const NBSP = "\u00a0";
const MINUS = "\u2212";

describe("formatAmount", () => {
  it.each<[string, Locale, string]>([
    ["85000.00", "fi", `85${NBSP}000,00${NBSP}€`],
    ["85000.00", "sv", `85${NBSP}000,00${NBSP}€`],
    ["85000.00", "en", "€85,000.00"],
    ["0.05", "fi", `0,05${NBSP}€`],
    ["0.05", "sv", `0,05${NBSP}€`],
    ["0.05", "en", "€0.05"],
    ["0.00", "fi", `0,00${NBSP}€`],
    ["0.00", "en", "€0.00"],
    ["100.00", "fi", `100,00${NBSP}€`],
    ["999.99", "en", "€999.99"],
    ["1000.00", "fi", `1${NBSP}000,00${NBSP}€`],
    ["1000.00", "en", "€1,000.00"],
    ["1234567.89", "fi", `1${NBSP}234${NBSP}567,89${NBSP}€`],
    ["1234567.89", "en", "€1,234,567.89"],
    ["10000000.00", "sv", `10${NBSP}000${NBSP}000,00${NBSP}€`],
    [MAX_AMOUNT, "fi", `99${NBSP}999${NBSP}999${NBSP}999${NBSP}999,99${NBSP}€`],
    [MAX_AMOUNT, "en", "€99,999,999,999,999.99"],
    // A negative amount takes the minus sign U+2212 before the digits (fi, sv) or the euro sign (en).
    ["-15.00", "fi", `${MINUS}15,00${NBSP}€`],
    ["-1234.50", "sv", `${MINUS}1${NBSP}234,50${NBSP}€`],
    ["-15.00", "en", `${MINUS}€15.00`],
    ["-0.05", "en", `${MINUS}€0.05`],
    // A short form is padded to two decimals.
    ["5.5", "en", "€5.50"],
    ["5.5", "fi", `5,50${NBSP}€`],
    ["1234567", "en", "€1,234,567.00"],
  ])("formatAmount(%s, %s) is %j", (amount, locale, expected) => {
    expect(formatAmount(amount, locale)).toBe(expected);
  });

  it("never puts an ordinary space inside a Finnish or Swedish amount, so it cannot break across lines", () => {
    for (const locale of ["fi", "sv"] as const) expect(formatAmount("1234567.89", locale)).not.toContain(" ");
  });
});
