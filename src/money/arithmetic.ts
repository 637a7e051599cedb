import type { Amount } from "./amount.js";
import { fromCents, toCents } from "./cents.js";
import { Dec } from "./decimal.js";

// Exact arithmetic on canonical amounts. Sums and differences of two-decimal values are exact and
// need no rounding; operations that can create more decimals live in rounding.ts. Each function
// first tries integer cents (cents.ts), which answers below 2^53 cents (some 90 000 billion euros),
// and otherwise computes in decimals: the two paths give the same text.

/**
 * The exact sum of amounts; `"0.00"` for none.
 *
 * @example
 * ```ts
 * sumAmounts(["0.10", "0.20"]); //=> "0.30"
 * ```
 */
export function sumAmounts(amounts: readonly Amount[]): Amount {
  let cents = 0;
  for (const a of amounts) {
    const c = toCents(a);
    cents += c ?? Number.NaN;
    // Each step is exact while it stays a safe integer; one that does not may have lost a cent.
    if (!Number.isSafeInteger(cents)) return sumInDecimals(amounts);
  }
  return fromCents(cents);
}

function sumInDecimals(amounts: readonly Amount[]): Amount {
  let total = new Dec(0);
  for (const a of amounts) total = total.plus(a);
  return canonical(total);
}

/**
 * `a + b`, exact.
 *
 * @example
 * ```ts
 * addAmounts("1.05", "2.95"); //=> "4.00"
 * ```
 */
export function addAmounts(a: Amount, b: Amount): Amount {
  const x = toCents(a);
  const y = toCents(b);
  if (x !== null && y !== null && Number.isSafeInteger(x + y)) return fromCents(x + y);
  return canonical(new Dec(a).plus(b));
}

/**
 * `a − b`, exact (may be negative).
 *
 * @example
 * ```ts
 * subtractAmounts("100.00", "85.00"); //=> "15.00"
 * ```
 */
export function subtractAmounts(a: Amount, b: Amount): Amount {
  const x = toCents(a);
  const y = toCents(b);
  if (x !== null && y !== null && Number.isSafeInteger(x - y)) return fromCents(x - y);
  return canonical(new Dec(a).minus(b));
}

/**
 * Compares two amounts: −1, 0 or 1.
 *
 * @example
 * ```ts
 * compareAmounts("10.00", "9.99"); //=> 1
 * ```
 */
export function compareAmounts(a: Amount, b: Amount): -1 | 0 | 1 {
  const x = toCents(a);
  const y = toCents(b);
  if (x !== null && y !== null) return x < y ? -1 : x > y ? 1 : 0;
  return new Dec(a).comparedTo(b) as -1 | 0 | 1;
}

/**
 * The smaller of two amounts.
 *
 * @example
 * ```ts
 * minAmount("102000.00", "85000.00"); //=> "85000.00"
 * ```
 */
export function minAmount(a: Amount, b: Amount): Amount {
  return compareAmounts(a, b) <= 0 ? canonical(new Dec(a)) : canonical(new Dec(b));
}

/**
 * The larger of two amounts.
 *
 * @example
 * ```ts
 * maxAmount("0.00", "-5.00"); //=> "0.00"
 * ```
 */
export function maxAmount(a: Amount, b: Amount): Amount {
  return compareAmounts(a, b) >= 0 ? canonical(new Dec(a)) : canonical(new Dec(b));
}

/**
 * Whether an amount is zero.
 *
 * @example
 * ```ts
 * isZeroAmount("0.00"); //=> true
 * ```
 */
export function isZeroAmount(a: Amount): boolean {
  const cents = toCents(a);
  return cents !== null ? cents === 0 : new Dec(a).isZero();
}

/** Two-decimal text of an exact value; zero never carries a minus sign. */
export function canonical(value: Dec): Amount {
  return value.isZero() ? "0.00" : value.toFixed(2);
}
