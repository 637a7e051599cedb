import { type Result, fail, ok } from "../vocabulary/result.js";
import { Dec } from "./decimal.js";

/**
 * A euro amount as it crosses the public API: a decimal string with exactly two decimals,
 * such as `"85000.00"`. Never a `number`, never a `Decimal`.
 */
export type Amount = string;

/** Why a value is not an amount. Each code has a message in the catalogue. */
export type MoneyIssueCode =
  | "money.notAnAmount"
  | "money.notFinite"
  | "money.exponent"
  | "money.tooManyDecimals"
  | "money.imprecise"
  | "money.negative"
  | "money.tooLarge";

/** A coded reason why a value could not be read as an amount. */
export interface MoneyIssue {
  /** The stable code. */
  readonly code: MoneyIssueCode;
  /** The offending input as text, cut to its first 40 characters, or its type when it is not a string or a number. */
  readonly input: string;
}

/** Options of {@link parseAmount}. */
export interface ParseAmountOptions {
  /** Accept negative amounts (corrections); by default an amount must not be negative. */
  readonly allowNegative?: boolean;
}

/**
 * The largest amount accepted: 10^14 − 0.01 €, far above any appropriation. As a string it is
 * exact; a JSON number this large cannot carry every cent (see `money.imprecise`).
 */
export const MAX_AMOUNT: Amount = "99999999999999.99";

/** A plain decimal: an optional minus sign, whole digits without a leading zero, optional decimals. */
const DECIMAL_STRING = /^(-?)(0|[1-9]\d*)(?:\.(\d+))?$/;
/** Exponent notation, as JSON numbers print below 1e-6 and from 1e21; it hides how many decimals there are. */
const EXPONENT = /^-?[\d.]+e[+-]?\d+$/i;
/** MAX_AMOUNT is 10^14 − 0.01 €: with at most two decimals, every amount of 14 whole digits or fewer is within it. */
const MAX_WHOLE_DIGITS = 14;

/**
 * Reads an amount from a decimal string or a finite JSON number with at most two decimals.
 * A number must say its cents exactly: one in exponent form, or one so large that a double cannot
 * tell neighbouring cents apart, is refused (give such amounts as strings). Never throws: `options`
 * that are not an object are ignored, as is an `allowNegative` that is not `true`. An issue echoes
 * at most the first 40 characters of the input.
 *
 * @example
 * ```ts
 * parseAmount("120000");   //=> { success: true, data: "120000.00" }
 * parseAmount(1999.5);     //=> { success: true, data: "1999.50" }
 * parseAmount("0.005");    //=> { success: false, issues: [{ code: "money.tooManyDecimals", input: "0.005" }] }
 * ```
 */
export function parseAmount(input: unknown, options: ParseAmountOptions = {}): Result<Amount, MoneyIssue> {
  if (typeof input === "number" && !Number.isFinite(input))
    return fail({ code: "money.notFinite", input: String(input) });
  if (typeof input !== "number" && typeof input !== "string")
    return fail({ code: "money.notAnAmount", input: describe(input) });
  // A number is read as JavaScript prints it: the shortest text that gives back the same double.
  const text = String(input);
  // What an issue echoes of the input: enough to find it, never the whole of a huge one.
  const echo = text.slice(0, 40);
  const match = DECIMAL_STRING.exec(text);
  if (!match) {
    if (EXPONENT.test(text)) return fail({ code: "money.exponent", input: echo });
    return fail({ code: "money.notAnAmount", input: echo });
  }
  const [, sign, whole = "", decimals = ""] = match;
  if (decimals.length > 2) return fail({ code: "money.tooManyDecimals", input: echo });
  // `-0` and `-0.00` are zero, not a negative amount.
  const zero = whole === "0" && !/[1-9]/.test(decimals);
  if (sign && !zero && !allowsNegative(options)) return fail({ code: "money.negative", input: echo });
  if (whole.length > MAX_WHOLE_DIGITS) return fail({ code: "money.tooLarge", input: echo });
  // From 2^46 (about 70 000 billion euros) a double is coarser than a cent, so a number and its
  // neighbouring cent can be the same double, and the cents it was written with are lost.
  if (typeof input === "number" && !carriesItsCents(input, text)) return fail({ code: "money.imprecise", input: echo });
  return ok(zero ? "0.00" : `${sign}${whole}.${decimals.padEnd(2, "0")}`);
}

/** Whether no other two-decimal amount next to `text` reads as the same double. */
function carriesItsCents(input: number, text: string): boolean {
  const value = new Dec(text);
  return Number(value.plus("0.01").toFixed(2)) !== input && Number(value.minus("0.01").toFixed(2)) !== input;
}

/** Whether the options allow a negative amount, read without throwing. */
function allowsNegative(options: unknown): boolean {
  try {
    return typeof options === "object" && options !== null && Boolean((options as ParseAmountOptions).allowNegative);
  } catch {
    // A getter or proxy that throws: the option is not given.
    return false;
  }
}

/** A short printable description of a non-amount input, for the issue. */
function describe(input: unknown): string {
  if (input === null) return "null";
  try {
    if (Array.isArray(input)) return "array";
  } catch {
    // A revoked proxy cannot even tell whether it is an array.
  }
  return typeof input;
}

/**
 * Whether a string is already a canonical amount (`"85000.00"`, two decimals, no sign of zero).
 *
 * @example
 * ```ts
 * isAmount("85000.00"); //=> true
 * isAmount("85000");    //=> false
 * ```
 */
export function isAmount(value: unknown): value is Amount {
  return typeof value === "string" && /^-?(0|[1-9]\d*)\.\d{2}$/.test(value) && value !== "-0.00";
}
