import type { Application } from "../application/schema.js";
import type { BudgetSummary } from "../assess/types.js";
import type { BudgetCategory, CostTreatment } from "../editions/codes.js";
import type { Amount } from "../money/amount.js";
import { canonical } from "../money/arithmetic.js";
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
  /** The maximum grant, exact. */
  readonly maxGrant: Dec;
  /** The grant applied for, exact. */
  readonly requested: Dec;
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

/**
 * Sums the budget by treatment and computes the maximum grant: `rate` × eligible VAT-free costs,
 * rounded down to the cent (893/2019 4 §: "at most", so the ceiling never rounds up). VAT never
 * counts (893/2019 4 §). Exact: every sum is a decimal, converted to text once.
 */
export function budgetFacts(app: Application, ef: EditionFacts): BudgetFacts {
  let total = new Dec(0);
  let eligible = new Dec(0);
  let conditional = new Dec(0);
  let ineligible = new Dec(0);
  let vat = new Dec(0);
  const notPlain: LineFact[] = [];
  const lines = app.budget.lines;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    // Most lines carry no VAT; skipping the zero saves a decimal parse per line.
    if (line.vat !== ZERO) vat = vat.plus(line.vat);
    if (line.amount === ZERO) continue;
    const amount = new Dec(line.amount);
    total = total.plus(amount);
    let treatment: LineTreatment = ef.treatments[line.category];
    if (treatment === "conditional") {
      const flag = CONDITION_FLAGS[line.category];
      if (flag && line[flag] === false) treatment = "excluded";
    }
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
    // With every line plainly eligible the total is the eligible sum: one decimal-to-text less.
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
  return { summary, notPlain, maxGrant, requested, maxGrantWithoutConditional };
}
