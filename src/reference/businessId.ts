import { type Result, fail, ok } from "../vocabulary/result.js";

/** A Finnish business ID (Y-tunnus) in its canonical form `1234567-8`. */
export type BusinessId = string;

/** Why a value is not a business ID. Each code has a message in the catalogue. */
export type BusinessIdIssueCode = "businessId.format" | "businessId.checkDigit";

/** A coded reason why a value is not a valid business ID. */
export interface BusinessIdIssue {
  /** The stable code. */
  readonly code: BusinessIdIssueCode;
  /** The offending input, as text (at most 40 characters). */
  readonly input: string;
}

// The weights of the Y-tunnus check digit (Verohallinto / PRH): modulus 11 over seven digits.
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2] as const;

/**
 * The check digit of seven business-ID digits, or `null` when none exists (remainder 1:
 * such numbers are never issued).
 *
 * @example
 * ```ts
 * businessIdCheckDigit("0201256"); //=> 6
 * ```
 */
export function businessIdCheckDigit(digits: string): number | null {
  let sum = 0;
  for (let i = 0; i < 7; i++) sum += Number(digits[i]) * WEIGHTS[i]!;
  const remainder = sum % 11;
  if (remainder === 0) return 0;
  if (remainder === 1) return null;
  return 11 - remainder;
}

/**
 * Reads a business ID (Y-tunnus), checks its check digit and returns the canonical form.
 * Old six-digit IDs get their leading zero. Never throws.
 *
 * @example
 * ```ts
 * parseBusinessId("0201256-6"); //=> { success: true, data: "0201256-6" }
 * parseBusinessId("201256-6");  //=> { success: true, data: "0201256-6" }
 * parseBusinessId("0201256-5"); //=> { success: false, issues: [{ code: "businessId.checkDigit", input: "0201256-5" }] }
 * ```
 */
export function parseBusinessId(input: unknown): Result<BusinessId, BusinessIdIssue> {
  if (typeof input !== "string") return fail({ code: "businessId.format", input: typeof input });
  const m = /^(\d{6,7})-(\d)$/.exec(input.trim());
  if (!m) return fail({ code: "businessId.format", input: input.slice(0, 40) });
  const digits = m[1]!.padStart(7, "0");
  if (businessIdCheckDigit(digits) !== Number(m[2])) return fail({ code: "businessId.checkDigit", input });
  return ok(`${digits}-${m[2]}`);
}
