// readRates on its own: the checks of a caller's table of reference rates (korkolaki 633/1982 12 §), field by field.
import { describe, expect, it } from "vitest";
import { readRates } from "../../src/award/rates.js";

const half = (from: string, to: string, extra: Record<string, unknown> = {}) => ({
  from,
  to,
  rate: "2.5",
  source: "Suomen Pankki",
  certainty: "sourced",
  ...extra,
});
const first = half("2024-01-01", "2024-06-30");

describe("readRates: the first fault, with its index and field", () => {
  it.each([
    ["not a list", {}, { index: null, field: "rates" }],
    ["an empty list", [], { index: null, field: "rates" }],
    ["a half-year not an object", [first, "x"], { index: 1, field: "rates" }],
    ["a from that starts no half-year", [half("2024-07-02", "2024-12-31")], { index: 0, field: "from" }],
    ["a from in the middle of a year", [half("2024-03-01", "2024-12-31")], { index: 0, field: "from" }],
    ["a to that ends another half-year", [half("2024-01-01", "2024-12-31")], { index: 0, field: "to" }],
    ["a source as a number", [half("2024-01-01", "2024-06-30", { source: 5 })], { index: 0, field: "source" }],
    ["a source of 1 001 characters", [{ ...first, source: "s".repeat(1001) }], { index: 0, field: "source" }],
    ["a note of 1 001 characters", [{ ...first, note: "n".repeat(1001) }], { index: 0, field: "note" }],
    ["a half-year skipped", [first, half("2025-01-01", "2025-06-30")], { index: 1, field: "order" }],
    ["half-years out of order", [half("2024-07-01", "2024-12-31"), first], { index: 1, field: "order" }],
  ] as const)("%s", (_, input, fault) => {
    expect(readRates(input)).toEqual({ fault });
  });

  it.each([
    ["0", true],
    ["12", true],
    ["2.5", true],
    ["12.3456", true],
    ["123", false],
    ["1.23456", false],
    ["1.", false],
    [".5", false],
    ["-1", false],
    ["x1", false],
    ["1x", false],
    ["1.x", false],
  ] as const)("a rate of %s percent is read: %s", (rate, read) => {
    expect("rates" in readRates([{ ...first, rate }])).toBe(read);
  });
});

describe("readRates: a table read", () => {
  it("takes a source and a note of 1 000 characters, keeps the note and adds none where none was given", () => {
    const note = "n".repeat(1000);
    const source = "s".repeat(1000);
    const second = half("2024-07-01", "2024-12-31", { source, certainty: "inferred", note });
    expect(readRates([first, second])).toStrictEqual({
      rates: [
        { from: "2024-01-01", to: "2024-06-30", rate: "2.5", source: "Suomen Pankki", certainty: "sourced" },
        { from: "2024-07-01", to: "2024-12-31", rate: "2.5", source, certainty: "inferred", note },
      ],
    });
  });
  it("follows 31.12. with 1.1. of the next year, a year before 1000 written with four digits", () => {
    const r = readRates([half("0098-07-01", "0098-12-31"), half("0099-01-01", "0099-06-30")]);
    expect("rates" in r && r.rates.map((x) => x.from)).toEqual(["0098-07-01", "0099-01-01"]);
  });
});
