import type { Amount } from "./amount.js";
import { Dec } from "./decimal.js";
import { decimalArgument as amountOf, listArgument, readArgument } from "./error.js";

// Exact arithmetic on amounts in decimals. Sums and differences of two-decimal values are exact and
// need no rounding; operations that can create more decimals live in rounding.ts. Every helper
// throws a MoneyError (and nothing else) for an argument that is not an amount.

/**
 * The exact sum of amounts; `"0.00"` for none.
 *
 * @throws {MoneyError} `money.notAnAmount` when an argument is not a decimal string.
 *
 * @example
 * ```ts
 * sumAmounts(["0.10", "0.20"]); //=> "0.30"
 * ```
 */
export function sumAmounts(amounts: readonly Amount[]): Amount {
  const list = listArgument(amounts, "sumAmounts");
  let total = new Dec(0);
  // By index, so a hole in a sparse list is met (and refused) where it stands.
  const length = readArgument(() => list.length, "sumAmounts", amounts);
  for (let i = 0; i < length; i++) {
    total = total.plus(
      amountOf(
        readArgument(() => list[i], "sumAmounts", amounts),
        "sumAmounts",
      ),
    );
  }
  return canonical(total);
}

/**
 * `a + b`, exact.
 *
 * @throws {MoneyError} `money.notAnAmount` when an argument is not a decimal string.
 *
 * @example
 * ```ts
 * addAmounts("1.05", "2.95"); //=> "4.00"
 * ```
 */
export function addAmounts(a: Amount, b: Amount): Amount {
  return canonical(amountOf(a, "addAmounts").plus(amountOf(b, "addAmounts")));
}

/**
 * `a − b`, exact (may be negative).
 *
 * @throws {MoneyError} `money.notAnAmount` when an argument is not a decimal string.
 *
 * @example
 * ```ts
 * subtractAmounts("100.00", "85.00"); //=> "15.00"
 * ```
 */
export function subtractAmounts(a: Amount, b: Amount): Amount {
  return canonical(amountOf(a, "subtractAmounts").minus(amountOf(b, "subtractAmounts")));
}

/**
 * Compares two amounts: −1, 0 or 1.
 *
 * @throws {MoneyError} `money.notAnAmount` when an argument is not a decimal string.
 *
 * @example
 * ```ts
 * compareAmounts("10.00", "9.99"); //=> 1
 * ```
 */
export function compareAmounts(a: Amount, b: Amount): -1 | 0 | 1 {
  return amountOf(a, "compareAmounts").comparedTo(amountOf(b, "compareAmounts")) as -1 | 0 | 1;
}

/**
 * The smaller of two amounts.
 *
 * @throws {MoneyError} `money.notAnAmount` when an argument is not a decimal string.
 *
 * @example
 * ```ts
 * minAmount("102000.00", "85000.00"); //=> "85000.00"
 * ```
 */
export function minAmount(a: Amount, b: Amount): Amount {
  return canonical(Dec.min(amountOf(a, "minAmount"), amountOf(b, "minAmount")));
}

/**
 * The larger of two amounts.
 *
 * @throws {MoneyError} `money.notAnAmount` when an argument is not a decimal string.
 *
 * @example
 * ```ts
 * maxAmount("0.00", "-5.00"); //=> "0.00"
 * ```
 */
export function maxAmount(a: Amount, b: Amount): Amount {
  return canonical(Dec.max(amountOf(a, "maxAmount"), amountOf(b, "maxAmount")));
}

/**
 * Whether an amount is zero.
 *
 * @throws {MoneyError} `money.notAnAmount` when an argument is not a decimal string.
 *
 * @example
 * ```ts
 * isZeroAmount("0.00"); //=> true
 * ```
 */
export function isZeroAmount(a: Amount): boolean {
  return amountOf(a, "isZeroAmount").isZero();
}

/** Two-decimal text of an exact value; zero never carries a minus sign. */
export function canonical(value: Dec): Amount {
  return value.isZero() ? "0.00" : value.toFixed(2);
}
