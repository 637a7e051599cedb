import type { Application } from "../application/schema.js";
import type { BudgetSummary } from "../assess/types.js";
import type { BudgetCategory, CostTreatment } from "../editions/codes.js";
import type { Amount } from "../money/amount.js";
import { addAmounts, compareAmounts, isZeroAmount, subtractAmounts, sumAmounts } from "../money/arithmetic.js";
import { fromCents, toCents } from "../money/cents.js";
import { applyRate, applyRateToCents } from "../money/rounding.js";
import type { EditionFacts } from "./facts.js";

/**
 * How one budget line counted: by its category's treatment in the edition, except that a
 * conditional line whose condition the applicant answered `false` is `excluded`.
 */
export type LineTreatment = CostTreatment | "excluded";

/** One budget line as the costs rules report it. */
export interface LineFact {
  /** The index of the line in `budget.lines`. */
  readonly index: number;
  /** Its category. */
  readonly category: BudgetCategory;
  /** Its VAT-free amount. */
  readonly amount: Amount;
  /** How it counted. */
  readonly treatment: LineTreatment;
}

/**
 * The money of an application under an edition: the public summary, and the exact values and
 * lines the costs and grant rules read. Built once per assessment.
 */
export interface BudgetFacts {
  /** The public summary, every amount a decimal string. */
  readonly summary: BudgetSummary;
  /** The lines that did not simply count: ineligible, conditional or excluded ones. */
  readonly notPlain: readonly LineFact[];
  /** Whether the grant applied for is zero. */
  readonly nothingRequested: boolean;
  /** How much the grant applied for exceeds the maximum grant; `null` when it does not. */
  readonly excess: Amount | null;
  /** The maximum grant if no conditional cost were accepted; `null` when there are none. */
  readonly maxGrantWithoutConditional: Amount | null;
}

/**
 * The flag on a line of a conditional category that states its condition (893/2019 5 § 3–4 mom.):
 * `false` keeps the line out of the eligible costs; `true` or no answer leaves it to a human.
 */
export const CONDITION_FLAGS: Partial<Record<BudgetCategory, "necessary" | "actualCosts">> = {
  softwareLicences: "necessary",
  internalCharges: "actualCosts",
};

const ZERO = "0.00";

type Line = Application["budget"]["lines"][number];

/** The treatment of a line of the category: the category's, except a conditional line whose condition was answered `false`. */
function treatmentOf(line: Line, category: BudgetCategory, ef: EditionFacts): LineTreatment {
  const treatment = ef.treatments[category];
  if (treatment !== "conditional") return treatment;
  const flag = CONDITION_FLAGS[category];
  return flag && line[flag] === false ? "excluded" : treatment;
}

/** 893/2019 4 §: "at most" 85 %, so the maximum is rounded down and rounding never raises it. */
const DOWN_TO_CENT = { unit: "cent", mode: "down" } as const;

/**
 * Sums the budget by treatment and computes the maximum grant: `rate` × eligible VAT-free costs,
 * rounded down to the cent (893/2019 4 §). VAT never counts (893/2019 4 §). Exact: in integer
 * cents in one pass over the lines, or in decimals when some sum would leave the safe integers
 * (beyond some 90 000 billion euros); a property test holds both to a BigInt oracle.
 */
export function budgetFacts(app: Application, ef: EditionFacts): BudgetFacts {
  return budgetInCents(app, ef) ?? budgetInDecimals(app, ef);
}

/** The budget facts in integer cents, or `null` when an amount or a sum is not a safe integer of cents. */
function budgetInCents(app: Application, ef: EditionFacts): BudgetFacts | null {
  let eligible = 0;
  let conditional = 0;
  let ineligible = 0;
  let vat = 0;
  let conditionalLines = 0;
  const notPlain: LineFact[] = [];
  const lines = app.budget.lines;
  for (let index = 0; index < lines.length; index++) {
    // Each field read once: lines come in many shapes (optional fields), so each read is a slow one.
    const line = lines[index]!;
    const { amount, vat: lineVat, category } = line;
    if (lineVat !== ZERO) {
      const c = toCents(lineVat);
      if (c === null) return null;
      vat += c;
    }
    if (amount === ZERO) continue;
    const c = toCents(amount);
    if (c === null) return null;
    const treatment = treatmentOf(line, category, ef);
    if (treatment === "eligible") {
      eligible += c;
      continue;
    }
    notPlain.push({ index, category, amount, treatment });
    if (treatment === "conditional") {
      eligible += c;
      conditional += c;
      conditionalLines++;
    } else {
      ineligible += c;
    }
  }
  const requested = app.budget.requestedGrant;
  const asked = toCents(requested);
  // The amounts are never negative, so every partial sum is at most its total: safe totals mean
  // every step was exact.
  if (asked === null || !Number.isSafeInteger(eligible + ineligible) || !Number.isSafeInteger(vat)) return null;
  const max = applyRateToCents(eligible, ef.rateText, DOWN_TO_CENT);
  const maxWithout = conditionalLines === 0 ? 0 : applyRateToCents(eligible - conditional, ef.rateText, DOWN_TO_CENT);
  if (max === null || maxWithout === null || !Number.isSafeInteger(eligible - asked)) return null;
  const eligibleCosts = fromCents(eligible);
  const maxGrant = fromCents(max);
  const summary: BudgetSummary = {
    totalCosts: ineligible === 0 ? eligibleCosts : fromCents(eligible + ineligible),
    eligibleCosts,
    conditionalCosts: fromCents(conditional),
    ineligibleCosts: fromCents(ineligible),
    vat: fromCents(vat),
    rate: ef.rateText,
    maxGrant,
    requestedGrant: requested,
    ownShare: fromCents(eligible - asked),
  };
  return {
    summary,
    notPlain,
    nothingRequested: asked === 0,
    excess: asked > max ? fromCents(asked - max) : null,
    maxGrantWithoutConditional: conditionalLines === 0 ? null : fromCents(maxWithout),
  };
}

/** The budget facts in decimals, for sums beyond the safe integers of cents. */
function budgetInDecimals(app: Application, ef: EditionFacts): BudgetFacts {
  const eligible: Amount[] = [];
  const conditional: Amount[] = [];
  const ineligible: Amount[] = [];
  const vat: Amount[] = [];
  const notPlain: LineFact[] = [];
  const lines = app.budget.lines;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (line.vat !== ZERO) vat.push(line.vat);
    if (line.amount === ZERO) continue;
    const treatment = treatmentOf(line, line.category, ef);
    if (treatment === "eligible") {
      eligible.push(line.amount);
      continue;
    }
    notPlain.push({ index, category: line.category, amount: line.amount, treatment });
    if (treatment === "conditional") {
      eligible.push(line.amount);
      conditional.push(line.amount);
    } else {
      ineligible.push(line.amount);
    }
  }
  const eligibleCosts = sumAmounts(eligible);
  const conditionalCosts = sumAmounts(conditional);
  const ineligibleCosts = sumAmounts(ineligible);
  const maxGrant = applyRate(eligibleCosts, ef.rateText, DOWN_TO_CENT);
  const requested = app.budget.requestedGrant;
  const summary: BudgetSummary = {
    // Every line is eligible (conditional ones too) or ineligible (excluded ones too), never both.
    totalCosts: ineligible.length === 0 ? eligibleCosts : addAmounts(eligibleCosts, ineligibleCosts),
    eligibleCosts,
    conditionalCosts,
    ineligibleCosts,
    vat: sumAmounts(vat),
    rate: ef.rateText,
    maxGrant,
    requestedGrant: requested,
    ownShare: subtractAmounts(eligibleCosts, requested),
  };
  return {
    summary,
    notPlain,
    nothingRequested: isZeroAmount(requested),
    excess: compareAmounts(requested, maxGrant) > 0 ? subtractAmounts(requested, maxGrant) : null,
    maxGrantWithoutConditional:
      conditional.length === 0 ? null : applyRate(subtractAmounts(eligibleCosts, conditionalCosts), ef.rateText, DOWN_TO_CENT),
  };
}
