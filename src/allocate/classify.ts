import type { Assessment, Finding } from "../assess/types.js";
import { type MessageCode, catalogue, formatMessage } from "../messages/catalogue.js";
import type { Locale } from "../messages/types.js";
import { isAmount } from "../money/amount.js";
import { Dec } from "../money/decimal.js";
import type { Entry, Prepared } from "./entry.js";
import { grantableAmount } from "./ledger.js";
import { compareFixed, scoreKey } from "./rank.js";
import { flat, reason, sharedReason, withSource } from "./reason.js";
import type { Settings } from "./settings.js";
import type { AllocationReason } from "./types.js";

const STATUSES = ["invalid", "ineligible", "needsReview", "eligible"];
const MAX_ID = 200;

/** A candidate's id when it is a usable one: a non-empty string of at most 200 characters. */
export function usableId(id: unknown): id is string {
  return typeof id === "string" && id.length > 0 && id.length <= MAX_ID;
}

/**
 * Decides whether a candidate competes for the money, and if not, why: in this order, the
 * candidate and its id, a duplicate id, the application (invalid, another call), the assessment
 * (ineligible; needing review unless those are included), nothing grantable, the score (needed
 * to rank, or to meet a minimum score). Never throws: a candidate whose data cannot be read is
 * rejected as such. `duplicates` holds the ids used more than once, with their counts.
 */
export function classify(candidate: Prepared, settings: Settings, duplicates: ReadonlyMap<string, number>): Entry {
  const e = blank(usableId(candidate.id) ? candidate.id : "");
  try {
    return classifyInto(e, candidate, settings, duplicates);
  } catch {
    // A getter or proxy in the candidate that throws: report it rather than throwing ourselves.
    return reject(blank(e.id), [reason("allocation.invalidCandidate", {}, settings.locale)]);
  }
}

function classifyInto(e: Entry, c: Prepared, s: Settings, duplicates: ReadonlyMap<string, number>): Entry {
  const { locale } = s;
  if (c.malformed) return reject(e, [reason("allocation.invalidCandidate", {}, locale)]);
  if (!usableId(c.id)) return reject(e, [reason("allocation.invalidId", {}, locale)]);
  const count = duplicates.size === 0 ? 1 : (duplicates.get(c.id) ?? 1);
  const a = c.assessment;
  if (a !== null) {
    if (!isAssessment(a)) return reject(e, [reason("allocation.invalidCandidate", {}, locale)]);
    readBudget(e, a);
  }
  // Ids key the result: with two candidates under one id, neither can be told apart, so neither is funded.
  if (count > 1) return reject(e, [reason("allocation.duplicateId", { id: c.id, count }, locale)]);
  if (c.rejection !== null) return reject(e, [...c.rejection]);
  if (a === null) return reject(e, [reason("allocation.invalidCandidate", {}, locale)]);
  if (a.status === "invalid") {
    const issues = a.issues.map((i) => rendered(i.code, i.params, i.message, locale, {}));
    return reject(e, [reason("allocation.invalidApplication", { issues: issues.length }, locale), ...issues]);
  }
  if (a.edition !== s.edition.id) {
    return reject(e, [reason("allocation.otherEdition", { edition: a.edition, expected: s.edition.id }, locale)]);
  }
  if (a.status === "ineligible") {
    const failed = a.findings.filter((f) => f.outcome === "fail").map((f) => findingReason(f, locale));
    const why = sharedReason(
      "allocation.notEligible",
      { edition: a.edition, failed: failed.length },
      `notEligible ${a.edition} ${failed.length}`,
      locale,
      s.texts,
    );
    return reject(e, [why, ...failed]);
  }
  if (a.status === "needsReview" && s.include === "eligible") {
    const open = a.findings
      .filter((f) => f.outcome === "review" || f.outcome === "missing")
      .map((f) => findingReason(f, locale));
    return reject(e, [
      sharedReason("allocation.needsReview", { open: open.length }, `needsReview ${open.length}`, locale, s.texts),
      ...open,
    ]);
  }
  const budget = a.budget;
  if (budget === null) return reject(e, [reason("allocation.invalidCandidate", {}, locale)]);

  // 893/2019 4 §: at most the maximum grant, and never more than was applied for.
  const capped = compareFixed(budget.requestedGrant, budget.maxGrant) <= 0 ? budget.requestedGrant : budget.maxGrant;
  const grantable = grantableAmount(capped, s.unit);
  const rate = s.edition.money.maxGrantRate;
  const within = reason(
    "allocation.withinMaximum",
    { requested: budget.requestedGrant, maxGrant: budget.maxGrant, grantable: capped, rate: rate.value },
    locale,
    { citation: rate.citation },
  );
  const rounded =
    grantable.text === capped
      ? null
      : reason("allocation.roundedDown", { from: capped, to: grantable.text, unit: s.unit }, locale);
  if (grantable.text === "0.00" || grantable.text.startsWith("-")) {
    e.reasons = foundReasons(0, null, [], within, rounded);
    return reject(e, [
      reason(
        "allocation.nothingToGrant",
        { requested: budget.requestedGrant, maxGrant: budget.maxGrant, unit: s.unit },
        locale,
      ),
    ]);
  }
  e.grantableText = grantable.text;
  e.grantableCents = grantable.cents;

  const score = s.score(c.score);
  e.excludedReviewers = score.excludedReviewers;
  const excluded = score.excludedReviewers.map((r) =>
    reason("allocation.reviewerExcluded", { reviewer: r.reviewer, blank: [...r.blank] }, locale),
  );
  const needsScore = s.strategy === "ranked" || s.minScore !== null;
  if (score.kind === "unscored") {
    const why =
      score.code === "allocation.noCompleteReviewer"
        ? reason(score.code, { reviewers: score.reviewers }, locale)
        : score.code === "allocation.noCriteria"
          ? reason(score.code, { edition: s.edition.id }, locale)
          : reason(score.code, {}, locale);
    if (needsScore) {
      e.reasons = foundReasons(0, null, [], within, rounded);
      return reject(e, [why, ...excluded]);
    }
    // Pro rata without a minimum score: the score does not matter, but a bad one is still reported.
    const given = c.score !== undefined && c.score !== null;
    return compete(e, given ? why : null, given ? excluded : [], within, rounded);
  }
  e.score = score.score;
  e.scoreKey = scoreKey(score.score);
  // A score given as one number is shown as the allocation's score; one aggregated from reviewers is explained.
  const scored =
    score.reviewers === null
      ? null
      : sharedReason(
          "allocation.scored",
          { score: score.score, reviewers: score.reviewers },
          `scored ${score.score} ${score.reviewers}`,
          locale,
          s.texts,
        );
  if (s.minScore !== null && new Dec(score.score).lessThan(s.minScore)) {
    e.reasons = foundReasons(0, scored, excluded, within, rounded);
    return reject(e, [
      reason("allocation.belowMinScore", { score: score.score, minScore: s.minScore.toString() }, locale),
    ]);
  }
  return compete(e, scored, excluded, within, rounded);
}

/**
 * What was found on the way, in reading order: the score (or why there is none), the reviewers
 * left out, the cap, the rounding; in an array of its final length with `ends` free slots at each end.
 */
function foundReasons(
  ends: 0 | 1,
  lead: AllocationReason | null,
  excluded: readonly AllocationReason[],
  within: AllocationReason,
  rounded: AllocationReason | null,
): AllocationReason[] {
  const all: AllocationReason[] = new Array(
    2 * ends + (lead === null ? 0 : 1) + excluded.length + 1 + (rounded === null ? 0 : 1),
  );
  let k = ends;
  if (lead !== null) all[k++] = lead;
  for (let i = 0; i < excluded.length; i++) all[k++] = excluded[i]!;
  all[k++] = within;
  if (rounded !== null) all[k] = rounded;
  return all;
}

/**
 * Makes the entry a competitor. Its reasons are written once, with a free slot at each end: the
 * first for the funding outcome, the last for a tie (dropped when there is none; see `reasonsOf`
 * in run.ts). So no array grows by `unshift`, nor is copied into the result.
 */
function compete(
  e: Entry,
  lead: AllocationReason | null,
  excluded: readonly AllocationReason[],
  within: AllocationReason,
  rounded: AllocationReason | null,
): Entry {
  e.reasons = foundReasons(1, lead, excluded, within, rounded);
  e.competing = true;
  return e;
}

function blank(id: string): Entry {
  return {
    id,
    status: "rejected",
    amount: null,
    rank: null,
    score: null,
    assessmentStatus: null,
    requestedGrant: null,
    maxGrant: null,
    eligibleCosts: null,
    grantableText: null,
    grantableCents: null,
    scoreKey: Number.NaN,
    excludedReviewers: [],
    competing: false,
    reasons: [],
    outcome: null,
    tied: null,
  };
}

/** Rejects the entry for the given reasons (a fresh array), put before what was found on the way. */
function reject(e: Entry, reasons: AllocationReason[]): Entry {
  e.status = "rejected";
  e.competing = false;
  // `concat` makes an array of the joint length; `push` would leave room for a dozen more.
  e.reasons = e.reasons.length === 0 ? reasons : reasons.concat(e.reasons);
  return e;
}

/** The assessment's verdict and money, copied for the reader whatever the outcome. */
function readBudget(e: Entry, a: Assessment): void {
  e.assessmentStatus = a.status;
  if (a.budget === null) return;
  e.requestedGrant = a.budget.requestedGrant;
  e.maxGrant = a.budget.maxGrant;
  e.eligibleCosts = a.budget.eligibleCosts;
}

/** Enough of the `Assessment` contract to allocate on: a verdict, findings, issues and amounts. */
function isAssessment(a: unknown): a is Assessment {
  if (typeof a !== "object" || a === null) return false;
  const x = a as Partial<Record<keyof Assessment, unknown>>;
  if (!STATUSES.includes(x.status as string) || typeof x.edition !== "string") return false;
  if (!Array.isArray(x.findings) || !Array.isArray(x.issues)) return false;
  if (x.budget === null) return x.status === "invalid";
  const b = x.budget as Record<string, unknown> | undefined;
  return typeof b === "object" && isAmount(b.requestedGrant) && isAmount(b.maxGrant) && isAmount(b.eligibleCosts);
}

/**
 * A finding of `assess` as a reason, worded in the allocation's language from its code and
 * parameters (`allocate`'s own assessments carry no message), with its rule and citation.
 */
function findingReason(f: Finding, locale: Locale): AllocationReason {
  return rendered(f.messageCode, f.params, f.message, locale, { citation: f.citation, rule: f.rule });
}

/**
 * A coded message rendered in the locale; the given text when the code is not in the catalogue or
 * its parameters do not fit it.
 */
function rendered(
  code: MessageCode,
  params: AllocationReason["params"],
  message: string,
  locale: Locale,
  source: { readonly citation?: string; readonly rule?: string },
): AllocationReason {
  let text = message;
  if (Object.hasOwn(catalogue, code)) {
    try {
      text = formatMessage(code, params as never, locale);
    } catch {
      // Parameters that do not fit the code: keep the text the assessment gave.
    }
  }
  // A copy: the result must share no writable object with the caller's assessment.
  const copy: Record<string, unknown> = {};
  for (const k of Object.keys(params)) {
    const v = params[k];
    // An own "__proto__" key (JSON.parse makes one) stays a plain property, as Object.fromEntries keeps it.
    const value = Array.isArray(v) ? [...v] : v;
    if (k === "__proto__")
      Object.defineProperty(copy, k, { value, enumerable: true, writable: true, configurable: true });
    else copy[k] = value;
  }
  return withSource(code, flat(text), copy as AllocationReason["params"], source);
}
