import { canonical } from "../money/arithmetic.js";
import { Dec } from "../money/decimal.js";
import { type Result, ok } from "../result.js";
import { classify, usableId } from "./classify.js";
import type { Entry, Prepared } from "./entry.js";
import { fundProRata } from "./proRata.js";
import { rank } from "./rank.js";
import { fundRanked } from "./ranked.js";
import { reason } from "./reason.js";
import { type Settings, minScoreText, readSettings } from "./settings.js";
import type { AllocateOptions, Allocation, AllocationIssue, AllocationReason, AllocationResult } from "./types.js";

/**
 * The allocation pipeline shared by `allocate` and `allocateAssessed`: settle the options, decide
 * who competes, rank them (one sort), fund them (one pass, or one proportional split), and report
 * every candidate in a stable order. `named` is the edition each valid application names;
 * `prepare` turns the candidates into what the pipeline takes once the edition is known.
 */
export function runAllocation(
  named: readonly string[],
  options: AllocateOptions,
  prepare: (settings: Settings) => readonly Prepared[],
): Result<AllocationResult, AllocationIssue> {
  const settings = readSettings(options, named);
  if (!settings.success) return settings;
  const s = settings.data;
  const { locale } = s;
  const prepared = prepare(s);

  const idCounts = new Map<string, number>();
  for (const c of prepared) if (!c.malformed && usableId(c.id)) idCounts.set(c.id, (idCounts.get(c.id) ?? 0) + 1);
  const entries = prepared.map((c) => classify(c, s, idCounts));

  const scored: Entry[] = [];
  const unscored: Entry[] = [];
  for (const e of entries) if (e.competing) (e.score === null ? unscored : scored).push(e);
  const ranked = rank(scored, locale);
  unscored.sort(byId);

  const notes: AllocationReason[] = [...s.notes];
  let exhaustedAtRank: number | null = null;
  let proRata: AllocationResult["proRata"] = null;
  let remainderNote: "allocation.remainderAllFunded" | "allocation.remainderUnfunded" | "allocation.remainderRounding";
  if (s.strategy === "ranked") {
    const outcome = fundRanked(ranked, s.appropriation, s.unit, s.partial, locale);
    exhaustedAtRank = outcome.exhaustedAtRank;
    remainderNote = outcome.anyReserve ? "allocation.remainderUnfunded" : "allocation.remainderAllFunded";
  } else {
    const outcome = fundProRata([...ranked, ...unscored], s.appropriation, s.unit, locale);
    proRata = { requestedTotal: outcome.requestedTotal, distributed: outcome.distributed, factor: outcome.factor };
    remainderNote = outcome.fits ? "allocation.remainderAllFunded" : "allocation.remainderRounding";
  }

  let total = new Dec(0);
  const counts = { granted: 0, reserve: 0, rejected: 0 };
  for (const e of entries) {
    if (e.amount !== null) total = total.plus(e.amount);
    counts[e.status]++;
  }
  const remaining = s.appropriation.minus(total);
  if (remaining.isZero()) notes.push(reason("allocation.remainderNone", {}, locale));
  else if (remainderNote === "allocation.remainderRounding") notes.push(reason(remainderNote, { remaining: canonical(remaining), unit: s.unit }, locale));
  else notes.push(reason(remainderNote, { remaining: canonical(remaining) }, locale));

  // Ranked first in rank order, then everyone unranked by id; equal ids (duplicates, unusable ids)
  // by their content, so the order never depends on the order of the input.
  const unranked = entries.filter((e) => e.rank === null).map(toAllocation);
  unranked.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : byContent(a, b)));
  const allocations = [...ranked.map(toAllocation), ...unranked];

  return ok({
    edition: s.edition.id,
    strategy: s.strategy,
    partial: s.strategy === "ranked" ? s.partial : null,
    unit: s.unit,
    include: s.include,
    minScore: minScoreText(s.minScore),
    appropriation: canonical(s.appropriation),
    allocations,
    totalGranted: canonical(total),
    remaining: canonical(remaining),
    counts,
    exhaustedAtRank,
    proRata,
    scoring: s.scoring,
    weightsOfficial: false,
    notes,
  });
}

function byId(a: Entry, b: Entry): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function byContent(a: Allocation, b: Allocation): number {
  const x = JSON.stringify(a);
  const y = JSON.stringify(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

function toAllocation(e: Entry): Allocation {
  return {
    id: e.id,
    status: e.status,
    amount: e.amount === null ? "0.00" : canonical(e.amount),
    rank: e.rank,
    score: e.score,
    assessmentStatus: e.assessmentStatus,
    requestedGrant: e.requestedGrant,
    maxGrant: e.maxGrant,
    eligibleCosts: e.eligibleCosts,
    grantable: e.grantableText,
    excludedReviewers: e.excludedReviewers,
    reasons: [...e.outcome, ...e.details],
  };
}
