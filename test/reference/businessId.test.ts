import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type BusinessIdIssueCode, businessIdCheckDigit, parseBusinessId } from "../../src/reference/businessId.js";

/**
 * The Y-tunnus check digit, written out independently of the library as the oracle: digits
 * weighted 7, 9, 10, 5, 8, 4, 2; remainder mod 11 of 0 gives 0, of 1 no ID, else 11 − remainder.
 */
function oracle(digits: string): number | null {
  const weights = [7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 7; i++) sum += (digits.charCodeAt(i) - 48) * weights[i]!;
  const r = sum % 11;
  return r === 0 ? 0 : r === 1 ? null : 11 - r;
}

const sevenDigits = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 7, maxLength: 7 }).map((ds) => ds.join(""));

describe("businessIdCheckDigit", () => {
  it.each<[string, number | null]>([
    ["0201256", 6],
    ["1234567", 1],
    ["0000000", 0],
    // remainder 1: no check digit exists, such numbers are never issued
    ["0000006", null],
    ["0987656", null],
  ])("of %s is %s", (digits, expected) => {
    expect(businessIdCheckDigit(digits)).toBe(expected);
  });

  it("agrees with the oracle for any seven digits", () => {
    fc.assert(
      fc.property(sevenDigits, (digits) => {
        expect(businessIdCheckDigit(digits)).toBe(oracle(digits));
      }),
    );
  });
});

describe("parseBusinessId", () => {
  // Business IDs of six large cities; each check digit is recomputed by the oracle before parsing.
  it.each<[string, string]>([
    ["Helsinki", "0201256-6"],
    ["Espoo", "0101263-6"],
    ["Tampere", "0211675-2"],
    ["Vantaa", "0124610-9"],
    ["Turku", "0204819-8"],
    ["Oulu", "0187690-1"],
  ])("accepts the business ID of %s, %s", (_, id) => {
    expect(oracle(id.slice(0, 7))).toBe(Number(id.slice(8)));
    expect(parseBusinessId(id)).toEqual({ success: true, data: id });
  });

  it.each<[string, string]>([
    ["201256-6", "0201256-6"],
    ["101263-6", "0101263-6"],
    ["211675-2", "0211675-2"],
    [" 0201256-6 ", "0201256-6"],
  ])(
    "reads %j as %s (old six-digit IDs take their leading zero; surrounding spaces are dropped)",
    (input, expected) => {
      expect(parseBusinessId(input)).toEqual({ success: true, data: expected });
    },
  );

  it.each<[unknown, BusinessIdIssueCode, string]>([
    ["0201256-5", "businessId.checkDigit", "0201256-5"],
    ["0201256-7", "businessId.checkDigit", "0201256-7"],
    ["201256-5", "businessId.checkDigit", "201256-5"],
    // remainder 1: every check digit is wrong
    ["0000006-0", "businessId.checkDigit", "0000006-0"],
    ["0000006-1", "businessId.checkDigit", "0000006-1"],
    ["0987656-1", "businessId.checkDigit", "0987656-1"],
    // not the form 1234567-8
    ["02012566", "businessId.format", "02012566"],
    ["0201256 6", "businessId.format", "0201256 6"],
    ["0201256\u20136", "businessId.format", "0201256\u20136"],
    ["FI02012566", "businessId.format", "FI02012566"],
    ["0201256-66", "businessId.format", "0201256-66"],
    ["00201256-6", "businessId.format", "00201256-6"],
    ["20125-6", "businessId.format", "20125-6"],
    ["0201256-", "businessId.format", "0201256-"],
    ["O201256-6", "businessId.format", "O201256-6"],
    ["", "businessId.format", ""],
    ["9".repeat(60), "businessId.format", "9".repeat(40)],
    [2012566, "businessId.format", "number"],
    [null, "businessId.format", "object"],
    [undefined, "businessId.format", "undefined"],
  ])("rejects %j with %s", (input, code, printed) => {
    expect(parseBusinessId(input)).toEqual({ success: false, issues: [{ code, input: printed }] });
  });

  it("for any seven digits with a check digit, exactly that digit is accepted", () => {
    fc.assert(
      fc.property(sevenDigits, (digits) => {
        const check = oracle(digits);
        for (let d = 0; d <= 9; d++) {
          const r = parseBusinessId(`${digits}-${d}`);
          if (d === check) expect(r).toEqual({ success: true, data: `${digits}-${d}` });
          else
            expect(r).toEqual({ success: false, issues: [{ code: "businessId.checkDigit", input: `${digits}-${d}` }] });
        }
      }),
    );
  });

  it("a valid ID with any one digit changed, or two different neighbouring digits swapped, is refused", () => {
    const validId = sevenDigits
      .filter((digits) => oracle(digits) !== null)
      .map((digits) => `${digits}-${oracle(digits)}`);
    fc.assert(
      fc.property(validId, fc.integer({ min: 0, max: 6 }), fc.integer({ min: 1, max: 9 }), (id, position, delta) => {
        const digits = [...id.slice(0, 7)];
        const changed = [...digits];
        changed[position] = String((Number(digits[position]) + delta) % 10);
        expect(parseBusinessId(`${changed.join("")}-${id[8]}`).success).toBe(false);
        if (position < 6 && digits[position] !== digits[position + 1]) {
          const swapped = [...digits];
          [swapped[position], swapped[position + 1]] = [digits[position + 1]!, digits[position]!];
          expect(parseBusinessId(`${swapped.join("")}-${id[8]}`).success).toBe(false);
        }
      }),
    );
  });
});
