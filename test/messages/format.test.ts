import { describe, expect, it } from "vitest";
import { commaList, formatPercent, rememberedPerLocale } from "../../src/messages/format.js";
import type { Locale } from "../../src/messages/types.js";

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
    // The remembered text is the same.
    expect(formatPercent(rate, locale)).toBe(expected);
  });

  it("keeps each language's text apart for the same rate", () => {
    expect([formatPercent("0.9", "en"), formatPercent("0.9", "fi"), formatPercent("0.9", "en")]).toEqual([
      "90%",
      "90\u00a0%",
      "90%",
    ]);
  });
});

describe("commaList", () => {
  it.each<[string[], string]>([
    [[], ""],
    [["091 Helsinki"], "091 Helsinki"],
    [
      ["444 Lohja (Lojo)", "049 Espoo (Esbo)", "091 Helsinki (Helsingfors)"],
      "444 Lohja (Lojo), 049 Espoo (Esbo), 091 Helsinki (Helsingfors)",
    ],
    [["", "x"], ", x"],
  ])('%j is %j, as join(", ") writes it', (items, expected) => {
    expect(commaList(items)).toBe(expected);
    expect(commaList(items)).toBe(items.join(", "));
  });
});

describe("rememberedPerLocale", () => {
  it("formats each key once per language, and answers again from its table", () => {
    const calls: string[] = [];
    const format = rememberedPerLocale((key, locale) => {
      calls.push(`${key}/${locale}`);
      return `${key}:${locale}`;
    });
    expect([format("a", "fi"), format("a", "fi"), format("a", "en"), format("b", "fi"), format("a", "en")]).toEqual([
      "a:fi",
      "a:fi",
      "a:en",
      "b:fi",
      "a:en",
    ]);
    expect(calls).toEqual(["a/fi", "a/en", "b/fi"]);
  });

  it("stays bounded: past 64 texts of a language it starts its table anew, with the same answers", () => {
    let calls = 0;
    const format = rememberedPerLocale((key) => {
      calls++;
      return key.toUpperCase();
    });
    for (let i = 0; i < 65; i++) format(`k${i}`, "sv");
    expect(calls).toBe(65);
    // The 65th text cleared the full table, so the first is formatted again, with the same text.
    expect(format("k0", "sv")).toBe("K0");
    expect(calls).toBe(66);
    expect(format("k64", "sv")).toBe("K64");
    expect(calls).toBe(66);
  });
});
