import { CRITERION_CODES, type CriterionCode } from "../vocabulary/codes.js";
import { type Locale, isLocale } from "../vocabulary/locale.js";
import { editions } from "../editions/registry.js";
import { type CallEdition, callEditionSchema } from "../editions/schema.js";
import { Dec } from "../money/decimal.js";
import { type Result, fail, ok } from "../vocabulary/result.js";
import { issue } from "./catalogueIssue.js";
import type { AllocationIssue } from "./issue.js";
import type { ExcludedReviewer, ScoreModelOptions, ScoreOutcome, ScoringCriterion, ScoringModel } from "./types.js";

/**
 * Scores carry four decimals, rounded half up once at the end of the aggregation, so ranking
 * compares exact decimals and never depends on floating-point error.
 */
export const SCORE_DECIMALS = 4;

const WEIGHT = /^\d{1,15}(\.\d{1,15})?$/;
const DECIMAL = /^-?\d{1,30}(\.\d{1,30})?$/;

/**
 * The weights an edition's evaluation criteria (arviointikriteerit) are scored with. The ministry
 * published **no weights or points** for any call (893/2019 2 § names what is assessed, not how
 * much each counts), so every weight is an assumption: by default all weigh `"1"` (equal weights),
 * and `weights` overrides some. The model always says `official: false`.
 * Never throws: a weight that is not a non-negative decimal string, a criterion the edition does
 * not have, or all weights zero give a coded issue.
 *
 * @example
 * ```ts
 * const m = scoringModel(getEdition("2022"), { weights: { reuseAndDissemination: "2" } });
 * m.success && m.data.criteria.map((c) => `${c.code} ${c.weight}`);
 * //=> ["societalAndEconomicImpact 1", "generalSignificance 1", "changeInWaysOfWorking 1",
 * //    "reuseAndDissemination 2", "nationalServicesAndInteroperability 1"]
 * m.success && m.data.official; //=> false
 * scoringModel(getEdition("2022"), { weights: { feasibility: "2" } }).success;
 * //=> false (issue "allocation.weightNotInEdition": 2022 published no feasibility criterion)
 * ```
 */
export function scoringModel(
  edition: CallEdition,
  options: ScoreModelOptions = {},
  locale: Locale = "fi",
): Result<ScoringModel, AllocationIssue> {
  // Guards for untyped callers: a language that is not one is Finnish, an edition must be one.
  const language: Locale = isLocale(locale) ? locale : "fi";
  const e = asEdition(edition);
  if (e === null) {
    const expected = "an edition id or a CallEdition";
    return fail(issue("allocation.invalidOption", { option: "edition", expected }, language));
  }
  try {
    return modelOf(e, options ?? {}, language);
  } catch {
    // Options whose getters or proxies throw: not options to read.
    const expected = "{ weights: { [criterion]: decimal string } }";
    return fail(issue("allocation.invalidOption", { option: "scoreModel", expected }, language));
  }
}

/** A registered edition, or an edition object that passes the schema; `null` for anything else. */
function asEdition(edition: unknown): CallEdition | null {
  if (editions.includes(edition as CallEdition)) return edition as CallEdition;
  try {
    const parsed = callEditionSchema.safeParse(edition);
    return parsed.success ? parsed.data : null;
  } catch {
    // A getter or proxy that throws is no edition.
    return null;
  }
}

function modelOf(
  edition: CallEdition,
  options: ScoreModelOptions,
  locale: Locale,
): Result<ScoringModel, AllocationIssue> {
  const own = edition.criteria as Partial<Record<CriterionCode, CallEdition["criteria"][CriterionCode]>>;
  const weights: unknown = typeof options === "object" ? (options.weights ?? {}) : null;
  if (typeof weights !== "object" || weights === null || Array.isArray(weights)) {
    return fail(
      issue(
        "allocation.invalidOption",
        { option: "scoreModel.weights", expected: "{ [criterion]: decimal string }" },
        locale,
      ),
    );
  }
  const given = weights as Record<string, unknown>;
  const issues: AllocationIssue[] = [];
  for (const key of Object.keys(given).sort()) {
    if (!(CRITERION_CODES as readonly string[]).includes(key) || !Object.hasOwn(own, key)) {
      issues.push(issue("allocation.weightNotInEdition", { criterion: key.slice(0, 60), edition: edition.id }, locale));
      continue;
    }
    const w = given[key];
    if (typeof w !== "string" || !WEIGHT.test(w)) {
      issues.push(issue("allocation.invalidWeight", { criterion: key, input: String(w).slice(0, 40) }, locale));
    }
  }
  if (issues.length > 0) return { success: false, issues };
  const criteria: ScoringCriterion[] = [];
  let allZero = true;
  for (const code of CRITERION_CODES) {
    const node = own[code];
    if (!node) continue;
    // A weight given is written canonically ("1.50" → "1.5"); the default is "1".
    const weight = Object.hasOwn(given, code) ? new Dec(given[code] as string).toString() : "1";
    // Weights are never negative, so they add up to zero only when each is zero.
    if (weight !== "0") allZero = false;
    criteria.push({ code, weight, title: node.value.title, citation: node.citation });
  }
  if (criteria.length > 0 && allZero) return fail(issue("allocation.zeroWeights", {}, locale));
  return ok({ edition: edition.id, criteria, official: false });
}

/**
 * The score of one application under a scoring model. A score given as one number or decimal
 * string is taken as is. Reviewers' scores are aggregated the way a panel would: each reviewer's
 * weighted mean over the edition's criteria, then the plain mean of those means. A reviewer who
 * left any criterion blank (or scored it with something that is not a finite number) is left out
 * and listed in `excludedReviewers`, rather than counted as zero. Criteria the edition does not
 * have are ignored. Arithmetic is exact; the result is rounded half up to four decimals.
 * Never throws: a score that cannot be read (a getter or proxy that throws) is `allocation.invalidScore`,
 * and so is any score under a model that {@link scoringModel} did not give.
 *
 * @example
 * ```ts
 * // model: the five 2022 criteria, equal weights
 * aggregateScore({ reviewers: [
 *   { reviewer: "Aino", scores: { societalAndEconomicImpact: 4, generalSignificance: 4, changeInWaysOfWorking: 4,
 *     reuseAndDissemination: 4, nationalServicesAndInteroperability: 5 } },                // mean 4.2
 *   { reviewer: "Bertil", scores: { societalAndEconomicImpact: 5 } },                     // left out
 *   { reviewer: "Chen", scores: { societalAndEconomicImpact: 3, generalSignificance: 3, changeInWaysOfWorking: 3,
 *     reuseAndDissemination: 3, nationalServicesAndInteroperability: 3 } },                // mean 3
 * ] }, model);
 * //=> { kind: "scored", score: "3.6000", reviewers: 2, excludedReviewers: [{ reviewer: "Bertil",
 * //     blank: ["generalSignificance", "changeInWaysOfWorking", "reuseAndDissemination", "nationalServicesAndInteroperability"] }] }
 * aggregateScore("4.25", model); //=> { kind: "scored", score: "4.2500", reviewers: null, excludedReviewers: [] }
 * ```
 */
export function aggregateScore(score: unknown, model: ScoringModel): ScoreOutcome {
  try {
    return aggregate(score, model);
  } catch {
    // A getter or proxy that throws, or a model that is not one.
    return unscored("allocation.invalidScore", 0, []);
  }
}

function aggregate(score: unknown, model: ScoringModel): ScoreOutcome {
  if (score === undefined || score === null) return unscored("allocation.noScore", 0, []);
  if (isDecimal(score)) {
    return { kind: "scored", score: scoreText(new Dec(score)), reviewers: null, excludedReviewers: [] };
  }
  if (
    typeof score !== "object" ||
    Array.isArray(score) ||
    !Array.isArray((score as { reviewers?: unknown }).reviewers)
  ) {
    return unscored("allocation.invalidScore", 0, []);
  }
  const reviewers = (score as { reviewers: readonly unknown[] }).reviewers;
  if (reviewers.length === 0) return unscored("allocation.noScore", 0, []);
  if (model.criteria.length === 0) return unscored("allocation.noCriteria", reviewers.length, []);
  const excluded: ExcludedReviewer[] = [];
  // The complete reviewers' scores, in the model's criteria order.
  const complete: unknown[][] = [];
  const criteria = model.criteria;
  for (let i = 0; i < reviewers.length; i++) {
    // A hole in a sparse list is no reviewer (as forEach skips it).
    if (!(i in reviewers)) continue;
    const r = reviewers[i];
    const row = typeof r === "object" && r !== null ? (r as { reviewer?: unknown; scores?: unknown }) : {};
    // `{ reviewer, scores }`, or a bare record of scores per criterion (named by position).
    const named = Object.hasOwn(row, "scores") && typeof row.scores === "object" && row.scores !== null;
    const scores = (named ? row.scores : row) as Record<string, unknown>;
    // A row of the criteria's length, and a list of blanks only for a reviewer who left one.
    const values: unknown[] = new Array(criteria.length);
    let blank: CriterionCode[] | null = null;
    for (let k = 0; k < criteria.length; k++) {
      const code = criteria[k]!.code;
      const value = Object.hasOwn(scores, code) ? scores[code] : undefined;
      if (isDecimal(value)) values[k] = value;
      else if (blank === null) blank = [code];
      else blank.push(code);
    }
    if (blank === null) complete.push(values);
    else
      excluded.push({ reviewer: typeof row.reviewer === "string" ? row.reviewer.slice(0, 200) : `#${i + 1}`, blank });
  }
  if (complete.length === 0) return unscored("allocation.noCompleteReviewer", reviewers.length, excluded);
  return { kind: "scored", score: mean(complete, model), reviewers: complete.length, excludedReviewers: excluded };
}

/**
 * The mean of the reviewers' weighted means, Σ_r Σ_c w_c·s_rc / (k·Σ_c w_c) for k reviewers,
 * exact; four decimals, half up. Each criterion's scores are added first, so each weight multiplies once.
 */
function mean(rows: readonly (readonly unknown[])[], model: ScoringModel): string {
  let weighted = new Dec(0);
  let weightSum = new Dec(0);
  model.criteria.forEach((c, k) => {
    let sum = new Dec(0);
    for (const row of rows) sum = sum.plus(row[k] as number | string);
    weighted = weighted.plus(sum.times(c.weight));
    weightSum = weightSum.plus(c.weight);
  });
  return scoreText(weighted.dividedBy(weightSum.times(rows.length)));
}

function unscored(
  code: Extract<ScoreOutcome, { kind: "unscored" }>["code"],
  reviewers: number,
  excludedReviewers: readonly ExcludedReviewer[],
): ScoreOutcome {
  return { kind: "unscored", code, reviewers, excludedReviewers };
}

/** A finite number or a plain decimal string as an exact decimal; `null` for anything else. */
export function readDecimal(value: unknown): Dec | null {
  return isDecimal(value) ? new Dec(value) : null;
}

/** Whether a value is a finite number or a plain decimal string (a score decimal.js reads exactly). */
function isDecimal(value: unknown): value is number | string {
  return typeof value === "number" ? Number.isFinite(value) : typeof value === "string" && DECIMAL.test(value);
}

/** Four decimals, rounded half up (the everyday rule); zero never carries a minus sign. */
export function scoreText(value: Dec): string {
  const text = value.toFixed(SCORE_DECIMALS, Dec.ROUND_HALF_UP);
  // A small negative score rounds to zero, which is written without a sign.
  return text.startsWith("-") && new Dec(text).isZero() ? text.slice(1) : text;
}
