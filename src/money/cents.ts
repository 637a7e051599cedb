import type { Amount } from "./amount.js";

// Integer cents: the fast path of the exact arithmetic on canonical amounts. A double holds every
// integer up to 2^53 − 1 (Number.MAX_SAFE_INTEGER) exactly, so sums, differences and products of
// cents are exact as long as each result is still a safe integer. Every function here returns
// `null` when it cannot promise that, and the caller then takes the decimal.js path: results never
// depend on which path ran (a property test compares them).

/**
 * An amount in whole cents, or `null` when it is not canonical (`-?digits.dd`) or its cents are
 * not a safe integer (above 90 071 992 547 409,91 €).
 *
 * @example
 * ```ts
 * toCents("85000.05"); //=> 8500005
 * toCents("-0.10");    //=> -10
 * toCents("1.5");      //=> null
 * ```
 */
export function toCents(amount: Amount): number | null {
  const n = amount.length;
  // The shape is checked by hand: this runs for every amount of every assessment.
  if (n < 4 || amount.charCodeAt(n - 3) !== 46 /* . */) return null;
  const start = amount.charCodeAt(0) === 45 /* - */ ? 1 : 0;
  if (n - 3 === start) return null;
  // No leading zero except a lone one ("0.05"), as in canonical text.
  if (amount.charCodeAt(start) === 48 && n - 3 - start > 1) return null;
  // Up to 15 digits the value is accumulated exactly (below 10^15 < 2^53); a longer one is read
  // by Number, which may round, and a rounded result is at least 2^53 and fails the safe test.
  let cents = 0;
  for (let i = start; i < n; i++) {
    if (i === n - 3) continue;
    const c = amount.charCodeAt(i);
    if (c < 48 || c > 57) return null;
    cents = cents * 10 + (c - 48);
  }
  if (n - 1 - start > 15) cents = Number(amount.slice(start, n - 3) + amount.slice(n - 2));
  if (!Number.isSafeInteger(cents)) return null;
  return start === 1 ? 0 - cents : cents; // 0 − 0 is +0: "-0.00" gives no negative zero
}

/**
 * The canonical amount of a safe integer of cents; zero never carries a minus sign.
 *
 * @example
 * ```ts
 * fromCents(8500005); //=> "85000.05"
 * fromCents(-10);     //=> "-0.10"
 * ```
 */
export function fromCents(cents: number): Amount {
  // Zero is the commonest amount (no VAT, no ineligible costs): one shared text, not a new one each time.
  if (cents === 0) return "0.00";
  const abs = cents < 0 ? -cents : cents;
  // Exact on integers: the remainder first, then a division that leaves none.
  const rest = abs % 100;
  const whole = (abs - rest) / 100;
  return `${cents < 0 ? "-" : ""}${whole}.${rest < 10 ? "0" : ""}${rest}`;
}

/** A rate as an exact fraction of integers: `"0.85"` → 85/100. */
export interface CentsRate {
  /** The numerator. */
  readonly numerator: number;
  /** The denominator, a power of ten. */
  readonly denominator: number;
}

/**
 * A non-negative decimal rate as a fraction of safe integers, or `null` when it has more than six
 * decimals or is not a plain decimal.
 *
 * @example
 * ```ts
 * centsRate("0.85"); //=> { numerator: 85, denominator: 100 }
 * ```
 */
export function centsRate(rate: string): CentsRate | null {
  // An application meets the same rate in every rule: remember the few there are (bounded, and
  // invisible to callers, as the fraction depends on the text alone).
  const known = rates.get(rate);
  if (known !== undefined) return known;
  const m = /^(\d{1,6})(?:\.(\d{1,6}))?$/.exec(rate);
  const decimals = m?.[2] ?? "";
  const fraction = m ? Object.freeze({ numerator: Number(m[1] + decimals), denominator: 10 ** decimals.length }) : null;
  if (rates.size > 64) rates.clear();
  rates.set(rate, fraction);
  return fraction;
}
const rates = new Map<string, CentsRate | null>();
