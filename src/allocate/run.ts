import { canonical } from "../money/arithmetic.js";
import { Dec } from "../money/decimal.js";
import { type Result, ok } from "../vocabulary/result.js";
import type { AllocationIssue } from "../scoring/issue.js";
import { classify, usableId } from "./classify.js";
import type { Candidates, Entry } from "./entry.js";
import { fundProRata } from "./proRata.js";
import { compareText, rank } from "./rank.js";
import { fundRanked } from "./ranked.js";
import { reason, worded } from "./reason.js";
import { type Settings, minScoreText, readSettings } from "./settings.js";
import type { AllocateOptions, Allocation, AllocationResult } from "./types.js";

/**
 * The allocation pipeline of `allocate` and `allocateAssessed`: settle the options, decide who
 * competes (each candidate classified as soon as it is taken, so nothing of it but its entry
 * outlives its turn), rank them (one sort), fund them (one pass, or one proportional split), and
 * report every candidate in a stable order, with every reason worded in the allocation's language.
 * `named` holds the editions to choose from when the options name none.
 */
export function runAllocation(
  named: readonly string[],
  options: AllocateOptions,
  candidates: Candidates,
): Result<AllocationResult, AllocationIssue> {
  const settings = readSettings(options, named);
  if (!settings.success) return settings;
  const s = settings.data;
  const duplicates = duplicateIds(candidates.ids);
  const entries = candidates.ids.map((_, i) => classify(candidates.take(i, s), s, duplicates));

  const scored = entries.filter((e) => e.competing && e.score !== null);
  const unscored = entries.filter((e) => e.competing && e.score === null).sort(byId);
  const ranked = rank(scored);
  const competing = s.strategy === "ranked" ? ranked : [...ranked, ...unscored];

  let exhaustedAtRank: number | null = null;
  let proRata: AllocationResult["proRata"] = null;
  let rest:
    | "allocation.remainderNoCompetitor"
    | "allocation.remainderAllFunded"
    | "allocation.remainderUnfunded"
    | "allocation.remainderRounding";
  if (s.strategy === "ranked") {
    const outcome = fundRanked(competing, s.appropriation, s.unit, s.partial);
    exhaustedAtRank = outcome.exhaustedAtRank;
    rest = outcome.anyReserve ? "allocation.remainderUnfunded" : "allocation.remainderAllFunded";
  } else {
    const outcome = fundProRata(competing, s.appropriation, s.unit);
    proRata = { requestedTotal: outcome.requestedTotal, distributed: outcome.distributed, factor: outcome.factor };
    rest = outcome.fits ? "allocation.remainderAllFunded" : "allocation.remainderRounding";
  }
  // Nobody competed: saying that every ranked application was funded would be true of no one.
  if (competing.length === 0) rest = "allocation.remainderNoCompetitor";
  // Only competitors are granted anything.
  const total = competing.reduce((sum, e) => (e.amount === null ? sum : sum.plus(e.amount)), new Dec(0));
  const remaining = canonical(new Dec(s.appropriation).minus(total));
  const remainder =
    remaining === "0.00"
      ? reason("allocation.remainderNone", {})
      : rest === "allocation.remainderRounding"
        ? reason(rest, { remaining, unit: s.unit })
        : reason(rest, { remaining });

  // Ranked first in rank order, then everyone unranked by id; equal ids (duplicates, unusable ids)
  // by their content, so the order never depends on the order of the input.
  // The content of each is written once, and only when its id is shared.
  const content = new Map<Allocation, string>();
  const contentOf = (a: Allocation) => content.get(a) ?? content.set(a, JSON.stringify(a)).get(a)!;
  const unranked = entries
    .filter((e) => e.rank === null)
    .map((e) => toAllocation(e, s))
    .sort((a, b) => compareText(a.id, b.id) || compareText(contentOf(a), contentOf(b)));
  const counts = { granted: 0, reserve: 0, rejected: 0 };
  for (const e of entries) counts[e.status]++;

  return ok({
    edition: s.edition.id,
    strategy: s.strategy,
    partial: s.strategy === "ranked" ? s.partial : null,
    unit: s.unit,
    include: s.include,
    minScore: minScoreText(s.minScore),
    appropriation: s.appropriation,
    allocations: [...ranked.map((e) => toAllocation(e, s)), ...unranked],
    totalGranted: canonical(total),
    remaining,
    counts,
    exhaustedAtRank,
    proRata,
    scoring: s.scoring,
    weightsOfficial: false,
    notes: [...s.notes, remainder].map((n) => worded(n, s.locale)),
  });
}

/** The usable ids used more than once, with their counts; usually none. */
export function duplicateIds(ids: readonly unknown[]): Map<string, number> {
  const seen = new Set<string>();
  const duplicates = new Map<string, number>();
  for (const id of ids) {
    if (!usableId(id)) continue;
    if (!seen.has(id)) seen.add(id);
    else duplicates.set(id, (duplicates.get(id) ?? 1) + 1);
  }
  return duplicates;
}

function byId(a: Entry, b: Entry): number {
  return compareText(a.id, b.id);
}

/**
 * What the candidate got, with its reasons worded in the allocation's language in the order a
 * reader wants them: the funding outcome, what was found on the way, the tie.
 */
function toAllocation(e: Entry, s: Settings): Allocation {
  const reasons = [...(e.outcome === null ? [] : [e.outcome]), ...e.reasons, ...(e.tied === null ? [] : [e.tied])];
  return {
    id: e.id,
    status: e.status,
    amount: e.amount ?? "0.00",
    rank: e.rank,
    score: e.score,
    assessmentStatus: e.assessmentStatus,
    requestedGrant: e.requestedGrant,
    maxGrant: e.maxGrant,
    eligibleCosts: e.eligibleCosts,
    grantable: e.grantable,
    excludedReviewers: e.excludedReviewers,
    reasons: reasons.map((r) => worded(r, s.locale)),
  };
}
