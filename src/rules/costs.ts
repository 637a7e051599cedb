// Eligible costs (hyväksyttävät kustannukset), 893/2019 4–5 §.
import type { Amount } from "../money/amount.js";
import { canonical } from "../money/arithmetic.js";
import { Dec } from "../money/decimal.js";
import type { BudgetFacts } from "./budget.js";
import { cite } from "./cite.js";
import { defineRule } from "./defineRule.js";

type Line = BudgetFacts["notPlain"][number];

/** Budget lines as a finding's values. */
function shown(lines: readonly Line[]) {
  return lines.map((l) => ({ index: l.index, category: l.category, amount: l.amount, treatment: l.treatment }));
}

/** The exact sum of the lines' amounts; `"0.00"` for none. */
function sumOf(lines: readonly Line[]): Amount {
  let total = new Dec(0);
  for (const l of lines) total = total.plus(l.value);
  return canonical(total);
}

/** Tangible investments and equipment are never eligible (893/2019 5 § 2 mom.). */
const isIneligible = (l: Line) => l.treatment === "ineligible";

/** A line of a conditional category counts until the applicant states it does not meet the condition. */
const isConditional = (l: Line) => l.treatment === "conditional";

/** Whether a line, of the budget or of the budget facts, is of purchased services (893/2019 5 § 1 mom. 4 k.). */
const isServices = (l: { readonly category: string }) => l.category === "services";

/**
 * `costs.services`: purchased or licensed research, know-how, consulting and similar services
 * count only when used solely for the project (893/2019 5 § 1 mom. 4 k.). A line marked
 * `solelyForProject: false` is left out; any other counts, and the finding states the condition,
 * which is checked against the costs actually incurred when the grant is paid. Always `pass`.
 */
export const costsServices = defineRule({
  id: "costs.services",
  family: "costs",
  citation: "893/2019 5 § 1 mom. 4 kohta",
  reads: ["money.costCategories.services"],
  verdicts: {
    none: { outcome: "pass", messageCode: "costs.services.none" },
    counted: { outcome: "pass", messageCode: "costs.services.counted" },
    excluded: { outcome: "pass", messageCode: "costs.services.excluded" },
  },
  decide(ctx) {
    if (ctx.facts.budget.notPlain.some(isServices)) return "excluded";
    return ctx.app.budget.lines.some((l) => isServices(l) && l.amount !== "0.00") ? "counted" : "none";
  },
  explain(ctx, verdict) {
    const excluded = ctx.facts.budget.notPlain.filter(isServices);
    // The services that count: every line not declared `solelyForProject: false`.
    let counted = new Dec(0);
    for (const l of ctx.app.budget.lines) {
      if (isServices(l) && l.solelyForProject !== false) counted = counted.plus(l.amount);
    }
    const amount = canonical(counted);
    const excludedAmount = sumOf(excluded);
    const citation = cite("893/2019 5 § 1 mom. 4 kohta", ctx.edition.money.costCategories.services.citation);
    const values = { amount, excluded: excludedAmount, lines: shown(excluded) };
    return { verdict, citation, values, params: { amount, excluded: excludedAmount, excludedLines: excluded.length } };
  },
});

/**
 * `costs.ineligibleExcluded`: costs of tangible investments and of acquiring equipment are never
 * eligible (893/2019 5 § 2 mom.). Such lines are kept out of the eligible costs. The outcome is
 * `pass` either way: the application stays eligible with those costs left out, and the finding
 * says how much was left out.
 */
export const costsIneligibleExcluded = defineRule({
  id: "costs.ineligibleExcluded",
  family: "costs",
  citation: "893/2019 5 § 2 mom.",
  reads: ["money.costCategories"],
  verdicts: {
    pass: { outcome: "pass", messageCode: "costs.ineligibleExcluded.pass" },
    none: { outcome: "pass", messageCode: "costs.ineligibleExcluded.none" },
  },
  decide: (ctx) => (ctx.facts.budget.notPlain.some(isIneligible) ? "pass" : "none"),
  explain(ctx, verdict) {
    const ineligible = ctx.facts.budget.notPlain.filter(isIneligible);
    const lines = shown(ineligible);
    const excluded = sumOf(ineligible);
    const citation = cite("893/2019 5 § 2 mom.", ctx.edition.money.costCategories.equipment.citation);
    const values = { excluded, lines };
    if (verdict === "none") return { verdict, citation, values, params: {} };
    const categories = [...new Set(lines.map((l) => l.category))];
    return { verdict, citation, values, params: { amount: excluded, lines: lines.length, categories } };
  },
});

/**
 * The rule of a conditional category: `review` while any line of it counts (a human must confirm
 * the condition), `pass` when there is none or when every line was declared not to meet the
 * condition (those lines are left out).
 */
function conditionalRule(category: "softwareLicences" | "internalCharges", provision: string) {
  const ofCategory = (l: Line) => l.category === category;
  return defineRule({
    id: `costs.${category}`,
    family: "costs",
    citation: provision,
    reads: [`money.costCategories.${category}`],
    verdicts: {
      none: { outcome: "pass", messageCode: `costs.${category}.none` },
      excluded: { outcome: "pass", messageCode: `costs.${category}.excluded` },
      review: { outcome: "review", messageCode: `costs.${category}.review` },
    },
    decide(ctx) {
      const lines = ctx.facts.budget.notPlain.filter(ofCategory);
      return lines.some(isConditional) ? "review" : lines.length > 0 ? "excluded" : "none";
    },
    explain(ctx, verdict) {
      // The lines that count (to review), and those declared not to meet the condition (left out).
      const ofIt = ctx.facts.budget.notPlain.filter(ofCategory);
      const counted = ofIt.filter(isConditional);
      const excluded = ofIt.filter((l) => !isConditional(l));
      const lines = shown(ofIt);
      const amount = sumOf(counted);
      const excludedAmount = sumOf(excluded);
      const params = { amount, excluded: excludedAmount, lines: counted.length, excludedLines: excluded.length };
      const citation = cite(provision, ctx.edition.money.costCategories[category].citation);
      return { verdict, citation, values: { amount, excluded: excludedAmount, lines }, params };
    },
  });
}

/**
 * `costs.softwareLicences`: software licences and other intangible investments are eligible only
 * insofar as they are necessary for the project (893/2019 5 § 3 mom.). A line marked
 * `necessary: false` is left out; any other licence line counts and goes to review.
 */
export const costsSoftwareLicences = conditionalRule("softwareLicences", "893/2019 5 § 3 mom.");

/**
 * `costs.internalCharges`: costs charged by the municipality's or joint authority's own units must
 * rest on actual expenditure in the accounts (893/2019 5 § 4 mom.). A line marked
 * `actualCosts: false` is left out; any other goes to review.
 */
export const costsInternalCharges = conditionalRule("internalCharges", "893/2019 5 § 4 mom.");

/** `costs.vatExcluded`: VAT is never an eligible cost (893/2019 4 §). Always passes and shows the VAT left out. */
export const costsVatExcluded = defineRule({
  id: "costs.vatExcluded",
  family: "costs",
  citation: "893/2019 4 §",
  reads: ["money.vatEligible"],
  verdicts: {
    pass: { outcome: "pass", messageCode: "costs.vatExcluded.pass" },
    none: { outcome: "pass", messageCode: "costs.vatExcluded.none" },
  },
  decide: (ctx) => (ctx.facts.budget.summary.vat === "0.00" ? "none" : "pass"),
  explain(ctx, verdict) {
    const vat = ctx.facts.budget.summary.vat;
    const citation = cite("893/2019 4 §", ctx.edition.money.vatEligible.citation);
    return { verdict, citation, values: { vat }, params: { vat } };
  },
});

/** `costs.hasEligibleCosts`: there must be eligible VAT-free costs to compute a grant from (893/2019 4 §). */
export const costsHasEligibleCosts = defineRule({
  id: "costs.hasEligibleCosts",
  family: "costs",
  citation: "893/2019 4 §",
  reads: ["money.costCategories"],
  verdicts: {
    pass: { outcome: "pass", messageCode: "costs.hasEligibleCosts.pass" },
    fail: { outcome: "fail", messageCode: "costs.hasEligibleCosts.fail" },
  },
  decide: (ctx) => (ctx.facts.budget.summary.eligibleCosts !== "0.00" ? "pass" : "fail"),
  explain(ctx, verdict) {
    const { eligibleCosts, totalCosts } = ctx.facts.budget.summary;
    const values = { eligibleCosts, totalCosts };
    return { verdict, values, params: { eligible: eligibleCosts, total: totalCosts } };
  },
});
