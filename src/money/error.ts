import { Dec } from "./decimal.js";

/**
 * Why a money helper refused its arguments: `money.notAnAmount` when an amount (or a rate) is not a
 * decimal string, `money.invalidArgument` for any other argument outside the helper's type (a
 * rounding mode, a unit, a count of decimals, a list, a split that cannot be made).
 */
export type MoneyErrorCode = "money.notAnAmount" | "money.invalidArgument";

/**
 * The error every money helper throws on misuse, and the only one: the helpers take values the
 * types already promise (amounts as decimal strings, named rounding modes), so a value outside
 * them is a programming error, reported the way date-fns reports an invalid date to its helpers,
 * as a `RangeError`, here with a stable `code` from the message catalogue. Untrusted input goes
 * through {@link parseAmount} first, which never throws.
 *
 * @example
 * ```ts
 * try {
 *   addAmounts("x", "1.00");
 * } catch (e) {
 *   // e instanceof MoneyError, e instanceof RangeError, e.code === "money.notAnAmount"
 * }
 * ```
 */
export class MoneyError extends RangeError {
  /** The stable code, with a message in the catalogue (`formatMessage(code, { input }, locale)`). */
  readonly code: MoneyErrorCode;
  /** The offending argument as text (at most 40 characters), or its type when it is not a string. */
  readonly input: string;
  constructor(code: MoneyErrorCode, helper: string, input: unknown, detail: string) {
    const text = describeArgument(input);
    // The detail names the argument where it says `{text}`, else the argument follows it.
    super(
      `${helper}: ${detail.includes("{text}") ? detail.replace("{text}", text) : `${detail} (${JSON.stringify(text)})`}`,
    );
    this.name = "MoneyError";
    this.code = code;
    this.input = text;
  }
}

/** An argument as text for an error: a string cut to 40 characters, else its type. */
function describeArgument(value: unknown): string {
  if (typeof value === "string") return value.slice(0, 40);
  if (value === null) return "null";
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  try {
    return Array.isArray(value) ? "array" : typeof value;
  } catch {
    // A revoked proxy cannot even tell whether it is an array.
    return typeof value;
  }
}

/** A decimal as the helpers take amounts and rates: an optional minus sign, digits, optional decimals. */
const DECIMAL = /^-?\d+(?:\.\d+)?$/;

/** An amount (or a rate) argument of `helper`, checked; {@link MoneyError} when it is not a decimal string. */
export function decimalText(value: unknown, helper: string): string {
  if (typeof value !== "string" || !DECIMAL.test(value)) {
    throw new MoneyError("money.notAnAmount", helper, value, "not an amount");
  }
  return value;
}

/** An amount (or a rate) argument of `helper` as an exact value; {@link MoneyError} when it is not a decimal string. */
export function decimalArgument(value: unknown, helper: string): Dec {
  return new Dec(decimalText(value, helper));
}

/** A list argument of `helper`; {@link MoneyError} when it is not an array (a revoked proxy included). */
export function listArgument(value: unknown, helper: string): readonly unknown[] {
  let isList = false;
  try {
    isList = Array.isArray(value);
  } catch {
    // A revoked proxy: not a list the helper can read.
  }
  if (!isList) throw new MoneyError("money.invalidArgument", helper, value, "not an array");
  return value as readonly unknown[];
}

/** Reads a part of an argument of `helper` (a length, an element, a field); one that throws on reading is a {@link MoneyError}. */
export function readArgument<T>(read: () => T, helper: string, argument: unknown): T {
  try {
    return read();
  } catch (e) {
    if (e instanceof MoneyError) throw e;
    // A getter or proxy that throws: not an argument the helper can read.
    throw new MoneyError("money.invalidArgument", helper, argument, "cannot be read");
  }
}

/** A choice argument of `helper` (a rounding mode, a unit, a locale); {@link MoneyError} when it is not one of `allowed`. */
export function choiceArgument<T extends string>(value: unknown, allowed: readonly T[], helper: string): T {
  if (!(allowed as readonly unknown[]).includes(value)) {
    throw new MoneyError("money.invalidArgument", helper, value, `not one of ${allowed.join(", ")}`);
  }
  return value as T;
}
