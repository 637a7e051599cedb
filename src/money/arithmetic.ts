import type { Amount } from "./amount.js";
import { Dec } from "./decimal.js";

// Exact arithmetic on amounts in decimals. Sums and differences of two-decimal values are exact and
// need no rounding; operations that can create more decimals live in rounding.ts.

/**
 * The exact sum of amounts; `"0.00"` for none.
 *
 * @example
 * ```ts
 * sumAmounts(["0.10", "0.20"]); //=> "0.30"
 * ```
 */
export function sumAmounts(amounts: readonly Amount[]): Amount {
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
  return canonical(Dec.min(a, b));
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
  return canonical(Dec.max(a, b));
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
  return new Dec(a).isZero();
}

/** Two-decimal text of an exact value; zero never carries a minus sign. */
export function canonical(value: Dec): Amount {
  return value.isZero() ? "0.00" : value.toFixed(2);
}
