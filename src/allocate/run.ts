import type { Amount } from "../money/amount.js";
import { Dec } from "../money/decimal.js";
import { type Result, ok } from "../result.js";
import { classify, usableId } from "./classify.js";
import type { Candidates, Entry } from "./entry.js";
import { type Ledger, centLedger, centsFit, decimalLedger } from "./ledger.js";
import { fundProRata } from "./proRata.js";
import { rank } from "./rank.js";
import { fundRanked } from "./ranked.js";
import { reason } from "./reason.js";
import { type Settings, minScoreText, readSettings } from "./settings.js";
import type { AllocateOptions, Allocation, AllocationIssue, AllocationReason, AllocationResult } from "./types.js";

/**
 * The allocation pipeline shared by `allocate` and `allocateAssessed`: settle the options, decide
 * who competes, rank them (one sort), fund them (one pass, or one proportional split), and report
 * every candidate in a stable order. `named` is the edition each valid application names.
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
  const entries: Entry[] = [];
  for (let i = 0; i < candidates.ids.length; i++) entries.push(classify(candidates.take(i, s), s, duplicates));
  return report(entries, s);
}

/**
 * The rest of the pipeline, once every candidate is classified under the settings: rank the
 * competitors, fund them, and report every candidate in a stable order.
 */
export function report(entries: readonly Entry[], s: Settings): Result<AllocationResult, AllocationIssue> {
  const { locale } = s;
  const scored: Entry[] = [];
  const unscored: Entry[] = [];
  // Indexed loops: this function runs once per allocation, so its loops start unoptimised, where
  // `for…of` makes an iterator result per element.
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!;
    if (e.competing) (e.score === null ? unscored : scored).push(e);
  }
  const ranked = rank(scored, locale);
  unscored.sort(byId);

  const competing = s.strategy === "ranked" ? ranked : [...ranked, ...unscored];
  const accounts = centsFit(
    s.appropriation,
    competing.map((e) => e.grantableCents),
  )
    ? settle(competing, s, centLedger, (e) => e.grantableCents!)
    : settle(competing, s, decimalLedger, (e) => new Dec(e.grantableText!));

  const counts = { granted: 0, reserve: 0, rejected: 0 };
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!;
    if (e.status === "granted") counts.granted++;
    else if (e.status === "reserve") counts.reserve++;
    else counts.rejected++;
  }
  const notes: AllocationReason[] = [...s.notes];
  const { remaining, remainderNote } = accounts;
  if (remaining === "0.00") notes.push(reason("allocation.remainderNone", {}, locale));
  else if (remainderNote === "allocation.remainderRounding")
    notes.push(reason(remainderNote, { remaining, unit: s.unit }, locale));
  else notes.push(reason(remainderNote, { remaining }, locale));

  // Ranked first in rank order, then everyone unranked by id; equal ids (duplicates, unusable ids)
  // by their content, so the order never depends on the order of the input.
  const allocations: Allocation[] = [];
  const unranked: Allocation[] = [];
  for (let i = 0; i < ranked.length; i++) allocations.push(toAllocation(ranked[i]!));
  for (let i = 0; i < entries.length; i++) if (entries[i]!.rank === null) unranked.push(toAllocation(entries[i]!));
  unranked.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : byContent(a, b)));
  for (let i = 0; i < unranked.length; i++) allocations.push(unranked[i]!);

  return ok({
    edition: s.edition.id,
    strategy: s.strategy,
    partial: s.strategy === "ranked" ? s.partial : null,
    unit: s.unit,
    include: s.include,
    minScore: minScoreText(s.minScore),
    appropriation: s.appropriation,
    allocations,
    totalGranted: accounts.totalGranted,
    remaining,
    counts,
    exhaustedAtRank: accounts.exhaustedAtRank,
    proRata: accounts.proRata,
    scoring: s.scoring,
    weightsOfficial: false,
    notes,
  });
}

/** What funding the competitors leaves: the totals, as canonical amounts, and what to note about the rest. */
interface Accounts {
  readonly totalGranted: Amount;
  readonly remaining: Amount;
  readonly remainderNote:
    | "allocation.remainderAllFunded"
    | "allocation.remainderUnfunded"
    | "allocation.remainderRounding";
  readonly exhaustedAtRank: number | null;
  readonly proRata: AllocationResult["proRata"];
}

/** Funds the competitors with the strategy, keeping the accounts in the ledger's units. */
function settle<M>(
  competing: readonly Entry[],
  s: Settings,
  ledger: Ledger<M>,
  grantableOf: (e: Entry) => M,
): Accounts {
  const grantables = competing.map(grantableOf);
  const appropriation = ledger.of(s.appropriation);
  let exhaustedAtRank: number | null = null;
  let proRata: AllocationResult["proRata"] = null;
  let remainderNote: Accounts["remainderNote"];
  if (s.strategy === "ranked") {
    const outcome = fundRanked(competing, grantables, appropriation, ledger, s.unit, s.partial, s.locale);
    exhaustedAtRank = outcome.exhaustedAtRank;
    remainderNote = outcome.anyReserve ? "allocation.remainderUnfunded" : "allocation.remainderAllFunded";
  } else {
    const outcome = fundProRata(competing, grantables, appropriation, ledger, s.unit, s.locale);
    proRata = { requestedTotal: outcome.requestedTotal, distributed: outcome.distributed, factor: outcome.factor };
    remainderNote = outcome.fits ? "allocation.remainderAllFunded" : "allocation.remainderRounding";
  }
  // Only competitors are granted anything.
  let total = ledger.of("0.00");
  for (let i = 0; i < competing.length; i++) {
    const amount = competing[i]!.amount;
    if (amount !== null) total = ledger.plus(total, ledger.of(amount));
  }
  const remaining = ledger.minus(appropriation, total);
  return {
    totalGranted: ledger.text(total),
    remaining: ledger.text(remaining),
    remainderNote,
    exhaustedAtRank,
    proRata,
  };
}

/** The usable ids used more than once, with their counts; usually none. */
export function duplicateIds(ids: readonly unknown[]): Map<string, number> {
  const seen = new Set<string>();
  const duplicates = new Map<string, number>();
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i];
    if (!usableId(id)) continue;
    if (!seen.has(id)) seen.add(id);
    else duplicates.set(id, (duplicates.get(id) ?? 1) + 1);
  }
  return duplicates;
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
    amount: e.amount ?? "0.00",
    rank: e.rank,
    score: e.score,
    assessmentStatus: e.assessmentStatus,
    requestedGrant: e.requestedGrant,
    maxGrant: e.maxGrant,
    eligibleCosts: e.eligibleCosts,
    grantable: e.grantableText,
    excludedReviewers: e.excludedReviewers,
    reasons: reasonsOf(e),
  };
}

/**
 * The entry's reasons in the order a reader wants them: the outcome, what was found on the way,
 * the tie. A competitor's array has a slot at each end for them (see `compete` in classify.ts):
 * filled, or the tie's dropped, in place; the result keeps that array.
 */
function reasonsOf(e: Entry): AllocationReason[] {
  const { outcome, reasons, tied } = e;
  if (!e.competing) return reasons;
  if (tied !== null) reasons[reasons.length - 1] = tied;
  else reasons.length -= 1;
  if (outcome !== null) reasons[0] = outcome;
  // Every competitor is funded or put in reserve, so this does not happen; if it did, no hole is left.
  else reasons.shift();
  return reasons;
}
