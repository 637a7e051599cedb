import type { Application } from "../application/schema.js";
import type { BudgetSummary } from "./finding.js";
import type { BudgetCategory, CostTreatment } from "../vocabulary/codes.js";
import type { Amount } from "../money/amount.js";
import { canonical } from "../money/arithmetic.js";
import { Dec } from "../money/decimal.js";
import { roundDec } from "../money/rounding.js";

/**
 * How one budget line counted: by its category's treatment in the edition, except that a line
 * whose condition (see {@link CONDITION_FLAGS}) the applicant answered `false` is `excluded`.
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
  /** The same amount, exact, read once for every sum the costs rules make of it. */
  readonly value: Dec;
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
 * The flag on a line that states its category's condition (893/2019 5 § 1 mom. 4 k., 3–4 mom.):
 * `false` keeps the line out of the eligible costs; `true` or no answer counts it (a conditional
 * category's line then goes to a human; a services line is checked at settlement).
 */
export const CONDITION_FLAGS: Partial<Record<BudgetCategory, "solelyForProject" | "necessary" | "actualCosts">> = {
  services: "solelyForProject",
  softwareLicences: "necessary",
  internalCharges: "actualCosts",
};

type Line = Application["budget"]["lines"][number];

/** What the budget reads of an edition: how each category counts and the maximum grant rate (893/2019 4–5 §). */
export interface BudgetRules {
  /** How each budget category counts. */
  readonly treatments: Readonly<Record<BudgetCategory, CostTreatment>>;
  /** The maximum grant rate as the edition writes it, e.g. `"0.85"`. */
  readonly rateText: string;
  /** The same rate, exact. */
  readonly rate: Dec;
}

/** The treatment of a line: its category's, except a line whose condition was answered `false`. */
function treatmentOf(line: Line, ef: BudgetRules): LineTreatment {
  const treatment = ef.treatments[line.category];
  if (treatment === "ineligible") return treatment;
  const flag = CONDITION_FLAGS[line.category];
  return flag && line[flag] === false ? "excluded" : treatment;
}

/** 893/2019 4 §: the grant is "at most" `rate` × the eligible costs, so it is rounded down to the cent. */
function maxGrantOf(eligible: Dec, rate: Dec): Dec {
  return roundDec(eligible.times(rate), "cent", "down");
}

/**
 * The applicants' own financing: the total costs, VAT and ineligible costs included, less the
 * grant that can be awarded, the request at most the maximum (893/2019 4 §). A request is never
 * negative and the maximum is at most 85 % of the costs, so the share is never negative.
 */
function ownShareOf(total: Dec, requested: Dec, maxGrant: Dec): Dec {
  return total.minus(Dec.min(requested, maxGrant));
}

/**
 * Sums the budget by treatment and computes the maximum grant: `rate` × eligible VAT-free costs,
 * rounded down to the cent (893/2019 4 §). VAT never counts (893/2019 4 §). Exact, in decimals.
 */
export function budgetFacts(app: Application, ef: BudgetRules): BudgetFacts {
  let eligible = new Dec(0);
  let conditional = new Dec(0);
  let ineligible = new Dec(0);
  let vat = new Dec(0);
  const notPlain: LineFact[] = [];
  app.budget.lines.forEach((line, index) => {
    // Amounts are canonical once parsed: a line without VAT adds none.
    if (line.vat !== "0.00") vat = vat.plus(line.vat);
    const amount = new Dec(line.amount);
    // A line of zero costs nothing, whatever its category: it is neither counted nor reported.
    if (amount.isZero()) return;
    const treatment = treatmentOf(line, ef);
    if (treatment !== "eligible") {
      notPlain.push({ index, category: line.category, amount: line.amount, value: amount, treatment });
    }
    if (treatment === "eligible" || treatment === "conditional") eligible = eligible.plus(amount);
    else ineligible = ineligible.plus(amount);
    if (treatment === "conditional") conditional = conditional.plus(amount);
  });
  const requested = new Dec(app.budget.requestedGrant);
  const rate = ef.rate;
  const maxGrant = maxGrantOf(eligible, rate);
  return {
    summary: {
      totalCosts: canonical(eligible.plus(ineligible)),
      eligibleCosts: canonical(eligible),
      conditionalCosts: canonical(conditional),
      ineligibleCosts: canonical(ineligible),
      vat: canonical(vat),
      rate: ef.rateText,
      maxGrant: canonical(maxGrant),
      requestedGrant: app.budget.requestedGrant,
      ownShare: canonical(ownShareOf(eligible.plus(ineligible).plus(vat), requested, maxGrant)),
    },
    notPlain,
    nothingRequested: requested.isZero(),
    excess: requested.greaterThan(maxGrant) ? canonical(requested.minus(maxGrant)) : null,
    maxGrantWithoutConditional: conditional.isZero() ? null : canonical(maxGrantOf(eligible.minus(conditional), rate)),
  };
}
