import type { Locale } from "../messages/types.js";
import type { Amount } from "../money/amount.js";
import type { RoundingUnit } from "../money/rounding.js";
import type { Entry } from "./entry.js";
import type { Ledger } from "./ledger.js";
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
 * `grantables` are the entries' grantable amounts in the ledger's units.
 */
export function fundRanked<M>(
  ranked: readonly Entry[],
  grantables: readonly M[],
  appropriation: M,
  ledger: Ledger<M>,
  unit: RoundingUnit,
  policy: PartialPolicy,
  locale: Locale,
): RankedOutcome {
  const step = ledger.of(unit === "cent" ? "0.01" : "1.00");
  let remaining = appropriation;
  // What is left, as text: it changes only when something is granted, so it is written once per grant.
  let remainingText: Amount | null = null;
  let exhaustedAtRank: number | null = null;
  let stopped = false;
  let anyReserve = false;
  for (let i = 0; i < ranked.length; i++) {
    const e = ranked[i]!;
    const rank = e.rank!;
    const grantable = grantables[i]!;
    if (!stopped && ledger.compare(grantable, remaining) <= 0) {
      grant(e, e.grantableText!);
      remaining = ledger.minus(remaining, grantable);
      remainingText = null;
      e.outcome = reason("allocation.granted", { rank, amount: e.grantableText!, score: e.score! }, locale);
      continue;
    }
    exhaustedAtRank ??= rank;
    // Nothing more can be granted once less than one unit is left, whatever the policy.
    if (stopped || ledger.compare(remaining, step) < 0) {
      reserve(e);
      anyReserve = true;
      e.outcome = reason("allocation.exhausted", { rank, exhaustedAt: exhaustedAtRank }, locale);
      continue;
    }
    if (policy === "partial") {
      const rest = ledger.floor(remaining, unit);
      grant(e, ledger.text(rest));
      remaining = ledger.minus(remaining, rest);
      stopped = true;
      e.outcome = reason("allocation.partial", { rank, amount: e.amount!, grantable: e.grantableText! }, locale);
      continue;
    }
    reserve(e);
    anyReserve = true;
    remainingText ??= ledger.text(remaining);
    e.outcome = reason(
      "allocation.doesNotFit",
      { rank, grantable: e.grantableText!, remaining: remainingText },
      locale,
    );
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
