// The hand-written baselines the library is measured against: the eight rules of the 2022 call as
// a plain programmer would write them for that one call, with its facts as constants, decimal.js
// for money and no library import. They answer less than the library (no citations, no messages,
// no per-rule findings); the benchmark shows what the library's answers cost beside that.
import Decimal from "decimal.js";

/** The 2022 call's closing instant, 25.4.2022 at 16.15 Finnish summer time. */
const CLOSES_AT = Date.parse("2022-04-25T16:15:00+03:00");
/** The 293 mainland municipalities of 2022 by code (Statistics Finland), as a checker would paste them in. */
const MAINLAND = new Set(
  `
  005 009 010 016 018 019 020 046 047 049 050 051 052 061 069 071 072 074 075 077 078 079 081 082 086 090 091
  092 097 098 102 103 105 106 108 109 111 139 140 142 143 145 146 148 149 151 152 153 165 167 169 171 172 176
  177 178 179 181 182 186 202 204 205 208 211 213 214 216 217 218 224 226 230 231 232 233 235 236 239 240 241
  244 245 249 250 256 257 260 261 263 265 271 272 273 275 276 280 284 285 286 287 288 290 291 297 300 301 304
  305 309 312 316 317 320 322 398 399 400 402 403 405 407 408 410 416 418 420 421 422 423 425 426 430 433 434
  435 436 440 441 444 445 475 480 481 483 484 489 491 494 495 498 499 500 503 504 505 507 508 529 531 535 536
  538 541 543 545 560 561 562 563 564 576 577 578 580 581 583 584 588 592 593 595 598 599 601 604 607 608 609
  611 614 615 616 619 620 623 624 625 626 630 631 635 636 638 678 680 681 683 684 686 687 689 691 694 697 698
  700 702 704 707 710 729 732 734 738 739 740 742 743 746 747 748 749 751 753 755 758 759 761 762 765 768 777
  778 781 783 785 790 791 831 832 833 834 837 844 845 846 848 849 850 851 853 854 857 858 859 886 887 889 890
  892 893 895 905 908 915 918 921 922 924 925 927 931 934 935 936 946 976 977 980 981 989 992
`
    .trim()
    .split(/\s+/),
);
/** The 16 municipalities of Åland: whether they may take part was never settled, so a human decides. */
const ALAND = new Set("035 043 060 062 065 076 170 295 318 417 438 478 736 766 771 941".split(" "));
/** Who may apply: a municipality or a joint municipal authority; others only as partners. */
const APPLICANT_TYPES = new Set(["municipality", "jointAuthority"]);
/** The 2022 call's two perspectives. */
const FOCUS_AREAS = new Set(["dataQuality", "competence"]);
/** The grant must be used by the end of September 2024. */
const LATEST_END = "2024-09-30";
/** 893/2019 4 §: at most 85 % of the eligible costs, VAT excluded. */
const RATE = new Decimal("0.85");
/** 893/2019 5 §: the categories that count, and the flag that keeps a conditional one out when `false`. */
const COUNTED: Record<string, string | null> = {
  staff: null,
  travel: null,
  rent: null,
  services: null,
  materials: null,
  otherOperating: null,
  softwareLicences: "necessary",
  internalCharges: "actualCosts",
};
/** 893/2019 5 § 2 mom.: categories that never count. */
const NOT_COUNTED = new Set(["equipment", "tangibleInvestment"]);
/** 893/2019 6 § 2 mom.: the contents given as text. */
const TEXTS = ["objectives", "measures", "results", "disseminationPlan", "schedule", "organisation", "relatedProjects"];
/** The 2022 criteria, each scored by every reviewer. */
const CRITERIA = [
  "societalAndEconomicImpact",
  "generalSignificance",
  "changeInWaysOfWorking",
  "reuseAndDissemination",
  "nationalServicesAndInteroperability",
];

const AMOUNT = /^(0|[1-9]\d*)(\.\d{1,2})?$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})$/;
const MUNICIPALITY_CODE = /^\d{3}$/;

/** The answer of the hand-written check: the status, what did not pass, the maximum and the requested grant. */
export interface HandCheck {
  readonly status: "eligible" | "needsReview" | "ineligible";
  readonly notPassed: readonly string[];
  readonly maxGrant: Decimal;
  readonly requested: Decimal;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

/** Reads a municipality party's code, or throws when the party is malformed. */
function municipalityCode(party: unknown): string | null {
  if (!isObject(party) || typeof party.type !== "string") throw new Error("party");
  if (party.type !== "municipality") return null;
  if (typeof party.code !== "string" || !MUNICIPALITY_CODE.test(party.code)) throw new Error("code");
  return party.code;
}

/** The eight rules on a 2022 application as sent (JSON); `null` when a field it reads is malformed. */
export function checkApplication(input: unknown): HandCheck | null {
  try {
    return check(input);
  } catch {
    return null;
  }
}

function check(input: unknown): HandCheck {
  if (!isObject(input) || !isObject(input.applicant) || !Array.isArray(input.participants)) throw new Error("shape");
  const { applicant, participants, project, budget } = input;
  if (!isObject(project) || !isObject(project.declarations) || !isObject(budget) || !Array.isArray(budget.lines)) {
    throw new Error("shape");
  }
  const failed: string[] = [];
  const review: string[] = [];

  // Joint project: a municipality or joint authority applies, with at least two distinct
  // municipalities of the 2022 register, counting those a joint authority acts for.
  const codes = new Set<string>();
  const own = municipalityCode(applicant);
  if (own) codes.add(own);
  if (applicant.type === "jointAuthority" && applicant.onBehalfOf !== undefined) {
    if (!Array.isArray(applicant.onBehalfOf)) throw new Error("onBehalfOf");
    for (const code of applicant.onBehalfOf) {
      if (typeof code !== "string" || !MUNICIPALITY_CODE.test(code)) throw new Error("code");
      codes.add(code);
    }
  }
  for (const p of participants) {
    const code = municipalityCode(p);
    if (code) codes.add(code);
  }
  let mainland = 0;
  let aland = 0;
  for (const code of codes) {
    if (MAINLAND.has(code)) mainland++;
    else if (ALAND.has(code)) aland++;
  }
  if (aland > 0) review.push("aland");
  if (!APPLICANT_TYPES.has(applicant.type as string) || mainland + aland < 2) failed.push("jointProject");

  // Deadline.
  if (typeof input.submittedAt !== "string" || !INSTANT.test(input.submittedAt)) throw new Error("submittedAt");
  const submitted = Date.parse(input.submittedAt);
  if (Number.isNaN(submitted)) throw new Error("submittedAt");
  if (submitted > CLOSES_AT) failed.push("deadline");

  // Focus area.
  if (typeof project.focusArea !== "string") throw new Error("focusArea");
  if (!FOCUS_AREAS.has(project.focusArea)) failed.push("focusArea");

  // Exclusions.
  const { socialAndHealthCare, digitisationOnly } = project.declarations;
  if (typeof socialAndHealthCare !== "boolean" || typeof digitisationOnly !== "boolean")
    throw new Error("declarations");
  if (socialAndHealthCare) failed.push("socialAndHealthCare");
  if (digitisationOnly) failed.push("digitisationOnly");

  // Cap: the grant applied for is at most 85 % of the VAT-free eligible costs, rounded down to the cent.
  let eligible = new Decimal(0);
  for (const line of budget.lines) {
    if (!isObject(line) || typeof line.category !== "string") throw new Error("line");
    if (typeof line.amount !== "string" || !AMOUNT.test(line.amount)) throw new Error("amount");
    if (line.vat !== undefined && (typeof line.vat !== "string" || !AMOUNT.test(line.vat))) throw new Error("vat");
    const flag = COUNTED[line.category];
    if (flag === undefined) {
      if (!NOT_COUNTED.has(line.category)) throw new Error("category");
      continue;
    }
    if (flag !== null) {
      if (line[flag] === false) continue;
      review.push(line.category);
    }
    eligible = eligible.plus(line.amount);
  }
  if (typeof budget.requestedGrant !== "string" || !AMOUNT.test(budget.requestedGrant)) throw new Error("requested");
  const requested = new Decimal(budget.requestedGrant);
  const maxGrant = eligible.times(RATE).toDecimalPlaces(2, Decimal.ROUND_DOWN);
  if (requested.greaterThan(maxGrant)) failed.push("cap");

  // End of use.
  if (typeof project.end !== "string" || !DATE.test(project.end)) throw new Error("end");
  if (project.end > LATEST_END) failed.push("endOfUse");

  // Contents present.
  for (const field of TEXTS) {
    const text = project[field];
    if (text !== undefined && typeof text !== "string") throw new Error(field);
    if (text === undefined || text.trim() === "") review.push(field);
  }

  const status = failed.length > 0 ? "ineligible" : review.length > 0 ? "needsReview" : "eligible";
  return { status, notPassed: failed.concat(review), maxGrant, requested };
}

/** A candidate as the allocation benchmark loads it: an application as sent and the reviewers' scores. */
export interface HandCandidate {
  readonly id: string;
  readonly application: unknown;
  readonly score?: unknown;
}

/** One line of the hand-written allocation. */
export interface HandAllocation {
  readonly id: string;
  readonly status: "granted" | "reserve" | "rejected";
  readonly amount: string;
}

/** The mean of every criterion of the reviewers who scored them all; `null` when none did. */
function meanScore(score: unknown): number | null {
  if (!isObject(score) || !Array.isArray(score.reviewers)) return null;
  let sum = 0;
  let count = 0;
  for (const reviewer of score.reviewers) {
    if (!isObject(reviewer)) continue;
    const scores = isObject(reviewer.scores) ? reviewer.scores : reviewer;
    let own = 0;
    let complete = true;
    for (const c of CRITERIA) {
      const v = scores[c];
      if (typeof v !== "number" || !Number.isFinite(v)) complete = false;
      else own += v;
    }
    if (complete) {
      sum += own;
      count += CRITERIA.length;
    }
  }
  return count === 0 ? null : sum / count;
}

interface Competitor {
  readonly id: string;
  readonly score: number;
  readonly grantable: Decimal;
}

/**
 * Shares the appropriation out by hand: the eight rules on each application, the eligible ones
 * scored by the mean of their reviewers' criteria, sorted (score down, then the smaller grant,
 * then the id) and funded greedily with whole euros, skipping any that no longer fits.
 */
export function allocateByHand(candidates: readonly HandCandidate[], appropriation: string): HandAllocation[] {
  const out: HandAllocation[] = [];
  const competing: Competitor[] = [];
  for (const c of candidates) {
    const checked = checkApplication(c.application);
    const score = meanScore(c.score);
    if (checked === null || checked.status !== "eligible" || score === null) {
      out.push({ id: c.id, status: "rejected", amount: "0.00" });
      continue;
    }
    const capped = Decimal.min(checked.requested, checked.maxGrant);
    const grantable = capped.toDecimalPlaces(0, Decimal.ROUND_DOWN);
    if (grantable.isZero()) out.push({ id: c.id, status: "rejected", amount: "0.00" });
    else competing.push({ id: c.id, score, grantable });
  }
  competing.sort(
    (a, b) => b.score - a.score || a.grantable.comparedTo(b.grantable) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  let left = new Decimal(appropriation);
  for (const c of competing) {
    if (c.grantable.lessThanOrEqualTo(left)) {
      left = left.minus(c.grantable);
      out.push({ id: c.id, status: "granted", amount: c.grantable.toFixed(2) });
    } else {
      out.push({ id: c.id, status: "reserve", amount: "0.00" });
    }
  }
  return out;
}
