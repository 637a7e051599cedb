import type { Application } from "../application/schema.js";
import type { BudgetSummary } from "../assess/types.js";
import type { BudgetCategory, CostTreatment } from "../editions/codes.js";
import type { Amount } from "../money/amount.js";
import { canonical } from "../money/arithmetic.js";
import { fromCents, toCents } from "../money/cents.js";
import { Dec } from "../money/decimal.js";
import { applyRateToCents, roundDec } from "../money/rounding.js";
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
  let eligible = 0;
  let conditional = 0;
  let ineligible = 0;
  let vat = 0;
  const notPlain: LineFact[] = [];
  const lines = app.budget.lines;
  for (let index = 0; index < lines.length; index++) {
    // Each field read once: lines come in many shapes (optional fields), so each read is a slow one.
    const line = lines[index]!;
    const { amount, vat: lineVat, category } = line;
    // An amount beyond the safe integers of cents is NaN here, and so is every sum it enters.
    if (lineVat !== ZERO) vat += toCents(lineVat) ?? Number.NaN;
    if (amount === ZERO) continue;
    const cents = toCents(amount) ?? Number.NaN;
    const treatment = treatmentOf(line, category, ef);
    if (treatment !== "eligible") notPlain.push({ index, category, amount, treatment });
    if (treatment === "eligible" || treatment === "conditional") eligible += cents;
    else ineligible += cents;
    if (treatment === "conditional") conditional += cents;
  }
  const requested = app.budget.requestedGrant;
  const asked = toCents(requested) ?? Number.NaN;
  // No amount is negative, so a safe total means every partial sum was exact. Lines of zero are
  // left out above, so the conditional costs are zero exactly when there are none.
  const max = applyRateToCents(eligible, ef.rateText, DOWN_TO_CENT);
  const maxWithout = conditional === 0 ? 0 : applyRateToCents(eligible - conditional, ef.rateText, DOWN_TO_CENT);
  if (
    max === null ||
    maxWithout === null ||
    !Number.isSafeInteger(eligible + ineligible) ||
    !Number.isSafeInteger(vat) ||
    !Number.isSafeInteger(eligible - asked)
  ) {
    return budgetInDecimals(app, ef, notPlain);
  }
  const eligibleCosts = fromCents(eligible);
  return {
    summary: {
      totalCosts: ineligible === 0 ? eligibleCosts : fromCents(eligible + ineligible),
      eligibleCosts,
      conditionalCosts: fromCents(conditional),
      ineligibleCosts: fromCents(ineligible),
      vat: fromCents(vat),
      rate: ef.rateText,
      maxGrant: fromCents(max),
      requestedGrant: requested,
      ownShare: fromCents(eligible - asked),
    },
    notPlain,
    nothingRequested: asked === 0,
    excess: asked > max ? fromCents(asked - max) : null,
    maxGrantWithoutConditional: conditional === 0 ? null : fromCents(maxWithout),
  };
}

/** The same facts in decimals, for sums beyond the safe integers of cents; `notPlain` as found above. */
function budgetInDecimals(app: Application, ef: EditionFacts, notPlain: readonly LineFact[]): BudgetFacts {
  let total = new Dec(0);
  let vat = new Dec(0);
  for (const line of app.budget.lines) {
    total = total.plus(line.amount);
    vat = vat.plus(line.vat);
  }
  // Every line that is not plainly eligible is conditional (and eligible) or left out.
  let conditional = new Dec(0);
  let ineligible = new Dec(0);
  for (const l of notPlain) {
    if (l.treatment === "conditional") conditional = conditional.plus(l.amount);
    else ineligible = ineligible.plus(l.amount);
  }
  const eligible = total.minus(ineligible);
  const max = roundDec(eligible.times(ef.rateText), "cent", "down");
  const requested = new Dec(app.budget.requestedGrant);
  return {
    summary: {
      totalCosts: canonical(total),
      eligibleCosts: canonical(eligible),
      conditionalCosts: canonical(conditional),
      ineligibleCosts: canonical(ineligible),
      vat: canonical(vat),
      rate: ef.rateText,
      maxGrant: canonical(max),
      requestedGrant: app.budget.requestedGrant,
      ownShare: canonical(eligible.minus(requested)),
    },
    notPlain,
    nothingRequested: requested.isZero(),
    excess: requested.greaterThan(max) ? canonical(requested.minus(max)) : null,
    maxGrantWithoutConditional: conditional.isZero()
      ? null
      : canonical(roundDec(eligible.minus(conditional).times(ef.rateText), "cent", "down")),
  };
}
