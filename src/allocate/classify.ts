import type { Assessment, Finding } from "../assess/types.js";
import type { MessageCode } from "../messages/catalogue.js";
import type { MessageParams } from "../vocabulary/locale.js";
import { isAmount } from "../money/amount.js";
import { minAmount } from "../money/arithmetic.js";
import { Dec } from "../money/decimal.js";
import { roundAmount } from "../money/rounding.js";
import { aggregateScore } from "../scoring/score.js";
import type { Entry, Prepared } from "./entry.js";
import { type Reason, reason } from "./reason.js";
import type { Settings } from "./settings.js";

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
    return reject(blank(e.id), [reason("allocation.invalidCandidate", {})]);
  }
}

function classifyInto(e: Entry, c: Prepared, s: Settings, duplicates: ReadonlyMap<string, number>): Entry {
  if (c.malformed) return reject(e, [reason("allocation.invalidCandidate", {})]);
  if (!usableId(c.id)) return reject(e, [reason("allocation.invalidId", {})]);
  const count = duplicates.get(c.id) ?? 1;
  const a = c.assessment;
  if (a !== null) {
    if (!isAssessment(a)) return reject(e, [reason("allocation.invalidCandidate", {})]);
    readBudget(e, a);
  }
  // Ids key the result: with two candidates under one id, neither can be told apart, so neither is funded.
  if (count > 1) return reject(e, [reason("allocation.duplicateId", { id: c.id, count })]);
  if (c.rejection !== null) return reject(e, [...c.rejection]);
  if (a === null) return reject(e, [reason("allocation.invalidCandidate", {})]);
  if (a.status === "invalid") {
    const issues = a.issues.map((i) => given(i.code, i.params, i.message, {}));
    return reject(e, [reason("allocation.invalidApplication", { issues: issues.length }), ...issues]);
  }
  if (a.edition !== s.edition.id) {
    return reject(e, [reason("allocation.otherEdition", { edition: a.edition, expected: s.edition.id })]);
  }
  if (a.status === "ineligible") {
    const failed = a.findings.filter((f) => f.outcome === "fail").map(findingReason);
    return reject(e, [reason("allocation.notEligible", { edition: a.edition, failed: failed.length }), ...failed]);
  }
  if (a.status === "needsReview" && s.include === "eligible") {
    const open = a.findings.filter((f) => f.outcome === "review" || f.outcome === "missing").map(findingReason);
    return reject(e, [reason("allocation.needsReview", { open: open.length }), ...open]);
  }
  const budget = a.budget;
  if (budget === null) return reject(e, [reason("allocation.invalidCandidate", {})]);

  // 893/2019 4 §: at most the maximum grant, and never more than was applied for.
  const capped = minAmount(budget.requestedGrant, budget.maxGrant);
  const grantable = roundAmount(capped, s.unit, "down");
  const rate = s.edition.money.maxGrantRate;
  const within = reason(
    "allocation.withinMaximum",
    { requested: budget.requestedGrant, maxGrant: budget.maxGrant, grantable: capped, rate: rate.value },
    rate.citation,
  );
  const found: Reason[] = [within];
  // An over-request is not rejected: the ministry decides the amount (688/2001 11 §) and awards at most the maximum.
  const requested = new Dec(budget.requestedGrant);
  if (requested.greaterThan(budget.maxGrant)) {
    const excess = requested.minus(budget.maxGrant).toFixed(2);
    const params = { requested: budget.requestedGrant, maxGrant: budget.maxGrant, excess, rate: rate.value };
    found.push(reason("allocation.reducedToMaximum", params, "893/2019 4 §; 688/2001 11 §"));
  }
  if (grantable !== capped) found.push(reason("allocation.roundedDown", { from: capped, to: grantable, unit: s.unit }));
  const grantableValue = new Dec(grantable);
  if (!grantableValue.greaterThan(0)) {
    e.reasons = found;
    const params = { requested: budget.requestedGrant, maxGrant: budget.maxGrant, unit: s.unit };
    return reject(e, [reason("allocation.nothingToGrant", params)]);
  }
  e.grantable = grantable;
  e.grantableValue = grantableValue;

  const score = aggregateScore(c.score, s.scoring);
  e.excludedReviewers = score.excludedReviewers;
  const excluded = score.excludedReviewers.map((r) =>
    reason("allocation.reviewerExcluded", { reviewer: r.reviewer, blank: [...r.blank] }),
  );
  const needsScore = s.strategy === "ranked" || s.minScore !== null;
  if (score.kind === "unscored") {
    const why =
      score.code === "allocation.noCompleteReviewer"
        ? reason(score.code, { reviewers: score.reviewers })
        : score.code === "allocation.noCriteria"
          ? reason(score.code, { edition: s.edition.id })
          : reason(score.code, {});
    if (needsScore) {
      e.reasons = found;
      return reject(e, [why, ...excluded]);
    }
    // Pro rata without a minimum score: the score does not matter, but a bad one is still reported.
    const given = c.score !== undefined && c.score !== null;
    return compete(e, given ? [why, ...excluded, ...found] : found);
  }
  e.score = score.score;
  e.scoreValue = new Dec(score.score);
  // A score given as one number is shown as the allocation's score; one aggregated from reviewers is explained.
  const scored =
    score.reviewers === null ? [] : [reason("allocation.scored", { score: score.score, reviewers: score.reviewers })];
  if (s.minScore !== null && e.scoreValue.lessThan(s.minScore)) {
    e.reasons = [...scored, ...excluded, ...found];
    return reject(e, [reason("allocation.belowMinScore", { score: score.score, minScore: s.minScore.toString() })]);
  }
  return compete(e, [...scored, ...excluded, ...found]);
}

/** Makes the entry a competitor, with what was found on the way. */
function compete(e: Entry, found: Reason[]): Entry {
  e.reasons = found;
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
    scoreValue: null,
    assessmentStatus: null,
    requestedGrant: null,
    maxGrant: null,
    eligibleCosts: null,
    grantable: null,
    grantableValue: null,
    excludedReviewers: [],
    competing: false,
    reasons: [],
    outcome: null,
    tied: null,
  };
}

/** Rejects the entry for the given reasons, put before what was found on the way. */
function reject(e: Entry, reasons: Reason[]): Entry {
  e.status = "rejected";
  e.competing = false;
  e.reasons = [...reasons, ...e.reasons];
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

/** A finding of `assess` as a reason, with its rule and citation. */
function findingReason(f: Finding): Reason {
  return given(f.messageCode, f.params, f.message, { citation: f.citation, rule: f.rule });
}

/**
 * A coded finding or issue of an assessment as a reason, worded again in the allocation's
 * language from its code and parameters, or else with the text it came with. Its parameters are
 * copied: the result shares no writable object with the caller's assessment.
 */
function given(
  code: MessageCode,
  params: MessageParams,
  message: string,
  source: { readonly citation?: string; readonly rule?: string },
): Reason {
  const copy: Record<string, unknown> = {};
  for (const k of Object.keys(params)) {
    const v = params[k];
    // An own "__proto__" key (JSON.parse makes one) stays a plain property, as Object.fromEntries keeps it.
    const value = Array.isArray(v) ? [...v] : v;
    if (k === "__proto__")
      Object.defineProperty(copy, k, { value, enumerable: true, writable: true, configurable: true });
    else copy[k] = value;
  }
  return { code, params: copy as MessageParams, ...source, given: message };
}
