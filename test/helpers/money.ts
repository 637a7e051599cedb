import * as fc from "fast-check";

// Money in tests is generated as integer cents and written as decimal strings by these helpers,
// never through floats, so a generator cannot hide the rounding errors the kernel must avoid.

/** The largest amount the kernel accepts, in cents (`MAX_AMOUNT`, 99 999 999 999 999.99 €). */
export const MAX_CENTS = 9_999_999_999_999_999n;

/** Integer cents as a canonical amount: `8500000n` → `"85000.00"`, `-5n` → `"-0.05"`. */
export function centsToAmount(cents: bigint): string {
  const negative = cents < 0n;
  const digits = (negative ? -cents : cents).toString().padStart(3, "0");
  return `${negative ? "-" : ""}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/** A canonical amount as integer cents: `"85000.00"` → `8500000n`. */
export function amountToCents(amount: string): bigint {
  const negative = amount.startsWith("-");
  const [whole = "0", cents = ""] = (negative ? amount.slice(1) : amount).split(".");
  const value = BigInt(whole) * 100n + BigInt(cents.padEnd(2, "0"));
  return negative ? -value : value;
}

/** Cents between `min` and `max` (inclusive), biased by fast-check toward the edges. */
export function cents(min = 0n, max = MAX_CENTS): fc.Arbitrary<bigint> {
  return fc.bigInt({ min, max });
}

/** A canonical amount between `min` and `max` cents. */
export function amount(min = 0n, max = MAX_CENTS): fc.Arbitrary<string> {
  return cents(min, max).map(centsToAmount);
}

/** A canonical amount that may be negative, within ±MAX_AMOUNT. */
export function signedAmount(): fc.Arbitrary<string> {
  return amount(-MAX_CENTS, MAX_CENTS);
}

/** `a / b` rounded toward −∞, for bigints of any sign (BigInt division truncates toward zero). */
export function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
}

/** `n / d` (d > 0) rounded to an integer by a named mode, exactly: the oracle for the kernel's rounding. */
export function divRound(n: bigint, d: bigint, mode: "down" | "up" | "halfUp" | "halfEven"): bigint {
  const floor = floorDiv(n, d);
  const rest = n - floor * d; // 0 ≤ rest < d
  if (rest === 0n) return floor;
  if (mode === "down") return floor;
  if (mode === "up") return floor + 1n;
  const twice = 2n * rest;
  if (twice < d) return floor;
  if (twice > d) return floor + 1n;
  // An exact half: away from zero, or to the even neighbour.
  if (mode === "halfUp") return n < 0n ? floor : floor + 1n;
  return floor % 2n === 0n ? floor : floor + 1n;
}
