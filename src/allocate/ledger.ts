import type { Amount } from "../money/amount.js";
import { canonical } from "../money/arithmetic.js";
import { fromCents, toCents } from "../money/cents.js";
import { Dec } from "../money/decimal.js";
import { type RoundingUnit, roundDec } from "../money/rounding.js";

/**
 * The exact arithmetic one allocation keeps its accounts in: whole cents in a double (exact up to
 * 2^53 − 1 cents, about 90 000 billion euros) when every amount allows, else decimal.js. Both give
 * the same amounts to the cent (test/allocate/ledger.property.test.ts); cents only save time.
 * Internal.
 */
export interface Ledger<M> {
  /** An amount in the ledger's units. */
  readonly of: (amount: Amount) => M;
  /** Back to a canonical amount. */
  readonly text: (value: M) => Amount;
  readonly plus: (a: M, b: M) => M;
  readonly minus: (a: M, b: M) => M;
  /** Negative, zero or positive as `a` is below, equal to or above `b`. */
  readonly compare: (a: M, b: M) => number;
  /** Rounded down (toward −∞) to the unit, so a grant never exceeds what is left. */
  readonly floor: (value: M, unit: RoundingUnit) => M;
  readonly isZero: (value: M) => boolean;
}

/** Whole cents: only for amounts that {@link centsFit} has checked. */
export const centLedger: Ledger<number> = {
  of: (amount) => toCents(amount) ?? Number.NaN,
  text: fromCents,
  plus: (a, b) => a + b,
  minus: (a, b) => a - b,
  compare: (a, b) => a - b,
  // The remainder toward −∞, in integers: exact where a division by 100 would round.
  floor: (value, unit) => (unit === "cent" ? value : value - (((value % 100) + 100) % 100)),
  isZero: (value) => value === 0,
};

/** decimal.js: any amount. */
export const decimalLedger: Ledger<Dec> = {
  of: (amount) => new Dec(amount),
  text: canonical,
  plus: (a, b) => a.plus(b),
  minus: (a, b) => a.minus(b),
  compare: (a, b) => a.comparedTo(b),
  floor: (value, unit) => roundDec(value, unit, "down"),
  isZero: (value) => value.isZero(),
};

/**
 * Whether whole cents can keep the accounts of an allocation: the appropriation, every grantable
 * amount and their sum are safe integers of cents. Every grant is at most its grantable amount and
 * every total at most the larger of the appropriation and that sum, so nothing later leaves the
 * safe range.
 */
export function centsFit(appropriation: Amount, grantables: readonly (number | null)[]): boolean {
  if (toCents(appropriation) === null) return false;
  let sum = 0;
  for (let i = 0; i < grantables.length; i++) {
    const g = grantables[i]!;
    if (g === null) return false;
    sum += g;
    // A true sum above 2^53 − 1 is at least 2^53 once rounded, so the test never misses one.
    if (!Number.isSafeInteger(sum)) return false;
  }
  return true;
}

/**
 * The grantable amount of a capped request: rounded down to the unit (a canonical amount is
 * already whole cents; only whole euros need rounding), in whole cents as well when they are a
 * safe integer.
 */
export function grantableAmount(
  capped: Amount,
  unit: RoundingUnit,
): { readonly text: Amount; readonly cents: number | null } {
  const cents = toCents(capped);
  const down = cents === null ? Number.NaN : centLedger.floor(cents, unit);
  // A negative amount near the edge rounds down past the safe integers (−90 071 992 547 409,01 €
  // to whole euros): decimal.js then, as for any amount whose cents are not safe.
  if (!Number.isSafeInteger(down)) return { text: canonical(decimalLedger.floor(new Dec(capped), unit)), cents: null };
  return { text: down === cents ? capped : fromCents(down), cents: down };
}
