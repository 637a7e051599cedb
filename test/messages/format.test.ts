import { describe, expect, it } from "vitest";
import { formatPercent } from "../../src/messages/format.js";
import type { Locale } from "../../src/vocabulary/locale.js";

describe("formatPercent", () => {
  it.each<[string, Locale, string]>([
    ["0.85", "fi", "85\u00a0%"],
    ["0.85", "sv", "85\u00a0%"],
    ["0.85", "en", "85%"],
    ["0.8333", "fi", "83,33\u00a0%"],
    ["0.8333", "en", "83.33%"],
    ["0.855", "sv", "85,5\u00a0%"],
    ["0.8505", "fi", "85,05\u00a0%"],
    ["0.8500", "en", "85%"],
    ["1", "fi", "100\u00a0%"],
    ["0.05", "en", "5%"],
    ["0.005", "fi", "0,5\u00a0%"],
    ["0", "en", "0%"],
    ["12.5", "en", "1250%"],
  ])("%s in %s is %s", (rate, locale, expected) => {
    expect(formatPercent(rate, locale)).toBe(expected);
  });
});
