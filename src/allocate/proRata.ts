import type { Amount } from "../money/amount.js";
import { canonical } from "../money/arithmetic.js";
import { Dec } from "../money/decimal.js";
import { type RoundingUnit, ratio, roundDec } from "../money/rounding.js";
import { splitLargestRemainder } from "../money/split.js";
import type { Entry } from "./entry.js";
import { reason } from "./reason.js";

/** What the pro-rata split leaves behind. */
export interface ProRataOutcome {
  /** The sum of the grantable amounts. */
  readonly requestedTotal: Amount;
  /** The amount distributed: the sum when it fits, else the appropriation rounded down to the unit. */
  readonly distributed: Amount;
  /** distributed / requestedTotal, six decimals (for readers; the split itself is exact). */
  readonly factor: string;
  /** Whether every grantable amount fitted. */
  readonly fits: boolean;
}

/** Decimals of the reported pro-rata factor. */
const FACTOR_DECIMALS = 6;

/**
 * Scales every competing application by one factor. When the grantable amounts fit in the
 * appropriation, each gets its whole grantable amount. Otherwise the appropriation, rounded down
 * to the unit, is split in proportion to the grantable amounts by the largest-remainder method, so
 * the grants add up exactly to the amount distributed.
 *
 * No grant exceeds its grantable amount g (a whole number of units): with D < S distributed of the
 * total S, the exact share D·g/S is below g, so its floor is at most g − 1 units, and the split
 * adds at most one unit to a floor.
 */
export function fundProRata(competing: readonly Entry[], appropriation: Amount, unit: RoundingUnit): ProRataOutcome {
  const total = competing.reduce((sum, e) => sum.plus(e.grantableValue!), new Dec(0));
  const requestedTotal = canonical(total);
  if (total.lessThanOrEqualTo(appropriation)) {
    for (const e of competing) {
      e.status = "granted";
      e.amount = e.grantable;
      e.outcome = reason("allocation.grantedInFull", { amount: e.grantable!, requestedTotal, appropriation });
    }
    return { requestedTotal, distributed: requestedTotal, factor: new Dec(1).toFixed(FACTOR_DECIMALS), fits: true };
  }
  const distributed = canonical(roundDec(new Dec(appropriation), unit, "down"));
  const factor = ratio(distributed, requestedTotal, FACTOR_DECIMALS);
  const parts = splitLargestRemainder(
    distributed,
    competing.map((e) => ({ key: e.id, weight: e.grantable! })),
    unit,
  );
  competing.forEach((e, i) => {
    const amount = parts[i]!;
    const grantable = e.grantable!;
    if (amount === "0.00") {
      e.status = "reserve";
      e.amount = null;
      e.outcome = reason("allocation.proRataZero", { grantable, factor });
      return;
    }
    e.status = "granted";
    e.amount = amount;
    e.outcome = reason("allocation.proRata", { amount, grantable, distributed, requestedTotal, factor });
  });
  return { requestedTotal, distributed, factor, fits: false };
}
