import type { Amount } from "../money/amount.js";
import { canonical } from "../money/arithmetic.js";
import { Dec } from "../money/decimal.js";
import { type RoundingUnit, roundDec } from "../money/rounding.js";
import type { Entry } from "./entry.js";
import { reason } from "./reason.js";
import type { PartialPolicy } from "./types.js";

/** What the ranked pass leaves behind. */
export interface RankedOutcome {
  /** The rank of the first application not funded in full, or `null` when every one was. */
  readonly exhaustedAtRank: number | null;
  /** Whether any ranked application went to the reserve. */
  readonly anyReserve: boolean;
}

/**
 * Funds the ranked applications in rank order, in one pass: each gets its whole grantable amount
 * while that fits in what is left. At the first one that does not fit (the rank where the
 * appropriation is exhausted), `partial` grants it what is left, rounded down to the unit, and
 * stops; `skip` grants it nothing and tries the later, possibly cheaper, ones. Everyone unfunded is
 * reserve (varalla). The sum of the grants never exceeds the appropriation: each grant is at most
 * what is left before it.
 *
 * Under `partial` the grant at rank k is min(grantable_k, what is left after ranks 1…k−1, rounded
 * down), which never falls when the appropriation rises; under `skip` a larger appropriation can
 * fund an expensive application that a smaller one skipped, and so leave less for later ranks.
 */
export function fundRanked(
  ranked: readonly Entry[],
  appropriation: Amount,
  unit: RoundingUnit,
  policy: PartialPolicy,
): RankedOutcome {
  const step = new Dec(unit === "cent" ? "0.01" : "1");
  let remaining = new Dec(appropriation);
  // What is left, as the reasons quote it: rewritten at each grant.
  let remainingText = appropriation;
  let exhaustedAtRank: number | null = null;
  let stopped = false;
  let anyReserve = false;
  for (const e of ranked) {
    const rank = e.rank!;
    const grantable = e.grantable!;
    if (!stopped && remaining.greaterThanOrEqualTo(e.grantableValue!)) {
      grant(e, grantable);
      remaining = remaining.minus(e.grantableValue!);
      remainingText = canonical(remaining);
      e.outcome = reason("allocation.granted", { rank, amount: grantable, score: e.score! });
      continue;
    }
    exhaustedAtRank ??= rank;
    // Nothing more can be granted once less than one unit is left, whatever the policy.
    if (stopped || remaining.lessThan(step)) {
      reserve(e);
      anyReserve = true;
      e.outcome = reason("allocation.exhausted", { rank, exhaustedAt: exhaustedAtRank });
      continue;
    }
    if (policy === "partial") {
      const rest = roundDec(remaining, unit, "down");
      grant(e, canonical(rest));
      remaining = remaining.minus(rest);
      remainingText = canonical(remaining);
      stopped = true;
      e.outcome = reason("allocation.partial", { rank, amount: e.amount!, grantable });
      continue;
    }
    reserve(e);
    anyReserve = true;
    e.outcome = reason("allocation.doesNotFit", { rank, grantable, remaining: remainingText });
  }
  return { exhaustedAtRank, anyReserve };
}

function grant(e: Entry, amount: Amount): void {
  e.status = "granted";
  e.amount = amount;
}

function reserve(e: Entry): void {
  e.status = "reserve";
  e.amount = null;
}
