import type { Application } from "../application/schema.js";
import type { BudgetSummary } from "../assess/types.js";
import type { BudgetCategory, CostTreatment } from "../editions/codes.js";
import type { Amount } from "../money/amount.js";
import { canonical } from "../money/arithmetic.js";
import { fromCents, rateOfCentsDown, toCents } from "../money/cents.js";
import { Dec } from "../money/decimal.js";
import { roundDec } from "../money/rounding.js";
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

/** The treatment of a line: its category's, except a conditional line whose condition was answered `false`. */
function treatmentOf(line: Application["budget"]["lines"][number], ef: EditionFacts): LineTreatment {
  const treatment = ef.treatments[line.category];
  if (treatment !== "conditional") return treatment;
  const flag = CONDITION_FLAGS[line.category];
  return flag && line[flag] === false ? "excluded" : treatment;
}

/**
 * Sums the budget by treatment and computes the maximum grant: `rate` × eligible VAT-free costs,
 * rounded down to the cent (893/2019 4 §: "at most", so the ceiling never rounds up). VAT never
 * counts (893/2019 4 §). Exact: in integer cents while every value is a safe integer (every real
 * budget), else in decimals; both give the same text.
 */
export function budgetFacts(app: Application, ef: EditionFacts): BudgetFacts {
  return budgetFactsInCents(app, ef) ?? budgetFactsInDecimals(app, ef);
}

/** The integer-cent path; `null` as soon as a value would not be exact as a double. */
export function budgetFactsInCents(app: Application, ef: EditionFacts): BudgetFacts | null {
  if (ef.centsRate === null) return null;
  let total = 0;
  let eligible = 0;
  let conditional = 0;
  let ineligible = 0;
  let vat = 0;
  const notPlain: LineFact[] = [];
  const lines = app.budget.lines;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (line.vat !== ZERO) {
      const v = toCents(line.vat);
      if (v === null) return null;
      vat += v;
    }
    if (line.amount === ZERO) continue;
    const amount = toCents(line.amount);
    if (amount === null) return null;
    total += amount;
    const treatment = treatmentOf(line, ef);
    if (treatment === "eligible") {
      eligible += amount;
      continue;
    }
    notPlain.push({ index, category: line.category, amount: line.amount, treatment });
    if (treatment === "conditional") {
      eligible += amount;
      conditional += amount;
    } else {
      ineligible += amount;
    }
  }
  // Each sum only grows, so the final totals bound every intermediate one.
  if (!Number.isSafeInteger(total) || !Number.isSafeInteger(vat)) return null;
  const requested = toCents(app.budget.requestedGrant);
  // 893/2019 4 §: at most rate × eligible costs, rounded down so that the ceiling is never exceeded.
  const maxGrant = rateOfCentsDown(eligible, ef.centsRate);
  const withoutConditional = conditional === 0 ? null : rateOfCentsDown(eligible - conditional, ef.centsRate);
  if (requested === null || maxGrant === null || (conditional !== 0 && withoutConditional === null)) return null;
  const eligibleText = fromCents(eligible);
  const summary: BudgetSummary = {
    totalCosts: notPlain.length === 0 ? eligibleText : fromCents(total),
    eligibleCosts: eligibleText,
    conditionalCosts: fromCents(conditional),
    ineligibleCosts: fromCents(ineligible),
    vat: fromCents(vat),
    rate: ef.rateText,
    maxGrant: fromCents(maxGrant),
    requestedGrant: app.budget.requestedGrant,
    ownShare: fromCents(eligible - requested),
  };
  return {
    summary,
    notPlain,
    nothingRequested: requested === 0,
    excess: requested > maxGrant ? fromCents(requested - maxGrant) : null,
    maxGrantWithoutConditional: withoutConditional === null ? null : fromCents(withoutConditional),
  };
}

/** The decimal path, for budgets whose cents a double cannot hold (beyond 90 billion euros). */
export function budgetFactsInDecimals(app: Application, ef: EditionFacts): BudgetFacts {
  let total = new Dec(0);
  let eligible = new Dec(0);
  let conditional = new Dec(0);
  let ineligible = new Dec(0);
  let vat = new Dec(0);
  const notPlain: LineFact[] = [];
  const lines = app.budget.lines;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (line.vat !== ZERO) vat = vat.plus(line.vat);
    if (line.amount === ZERO) continue;
    const amount = new Dec(line.amount);
    total = total.plus(amount);
    const treatment = treatmentOf(line, ef);
    if (treatment === "eligible") {
      eligible = eligible.plus(amount);
      continue;
    }
    notPlain.push({ index, category: line.category, amount: line.amount, treatment });
    if (treatment === "conditional") {
      eligible = eligible.plus(amount);
      conditional = conditional.plus(amount);
    } else {
      ineligible = ineligible.plus(amount);
    }
  }
  const requested = new Dec(app.budget.requestedGrant);
  const maxGrant = roundDec(eligible.times(ef.rate), "cent", "down");
  const maxGrantWithoutConditional = conditional.isZero()
    ? null
    : canonical(roundDec(eligible.minus(conditional).times(ef.rate), "cent", "down"));
  const eligibleText = canonical(eligible);
  const summary: BudgetSummary = {
    totalCosts: notPlain.length === 0 ? eligibleText : canonical(total),
    eligibleCosts: eligibleText,
    conditionalCosts: canonical(conditional),
    ineligibleCosts: canonical(ineligible),
    vat: canonical(vat),
    rate: ef.rateText,
    maxGrant: canonical(maxGrant),
    requestedGrant: app.budget.requestedGrant,
    ownShare: canonical(eligible.minus(requested)),
  };
  return {
    summary,
    notPlain,
    nothingRequested: requested.isZero(),
    excess: requested.greaterThan(maxGrant) ? canonical(requested.minus(maxGrant)) : null,
    maxGrantWithoutConditional,
  };
}
