// Eligible costs (hyväksyttävät kustannukset), 893/2019 4–5 §.
import type { BudgetCategory } from "../editions/codes.js";
import { sumAmounts } from "../money/arithmetic.js";
import { cite } from "./cite.js";
import { type Rule, defineRule } from "./defineRule.js";
import type { RuleContext } from "./types.js";

/** The budget lines that did not simply count and pass the test, as a finding's values. */
function linesOf(ctx: RuleContext, test: (line: { category: BudgetCategory; treatment: string }) => boolean) {
  return ctx.facts.budget.notPlain
    .filter(test)
    .map((l) => ({ index: l.index, category: l.category, amount: l.amount, treatment: l.treatment }));
}

/** The lines of tangible investments and equipment, never eligible (893/2019 5 § 2 mom.). */
const ineligibleLines = (ctx: RuleContext) => linesOf(ctx, (l) => l.treatment === "ineligible");

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
  decide: (ctx) => (ineligibleLines(ctx).length > 0 ? "pass" : "none"),
  explain(ctx, verdict) {
    const lines = ineligibleLines(ctx);
    const excluded = sumAmounts(lines.map((l) => l.amount));
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
function conditionalRule(category: "softwareLicences" | "internalCharges", provision: string): Rule {
  /** The lines of the category that count (to review), and those declared not to meet the condition. */
  const partition = (ctx: RuleContext) => {
    const lines = linesOf(ctx, (l) => l.category === category);
    const counted = lines.filter((l) => l.treatment === "conditional");
    return { lines, counted, excluded: lines.filter((l) => l.treatment !== "conditional") };
  };
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
      const { counted, excluded } = partition(ctx);
      return counted.length > 0 ? "review" : excluded.length > 0 ? "excluded" : "none";
    },
    explain(ctx, verdict) {
      const { lines, counted, excluded } = partition(ctx);
      const amount = sumAmounts(counted.map((l) => l.amount));
      const excludedAmount = sumAmounts(excluded.map((l) => l.amount));
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
