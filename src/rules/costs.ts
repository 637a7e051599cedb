// Eligible costs (hyväksyttävät kustannukset), 893/2019 4–5 §.
import type { BudgetCategory } from "../editions/codes.js";
import type { Amount } from "../money/amount.js";
import { sumAmounts } from "../money/arithmetic.js";
import { cite } from "./cite.js";
import { PASSED, finding } from "./finding.js";
import type { Rule, RuleContext } from "./types.js";

/** The budget lines of the given treatments, as a finding's values. */
function linesOf(ctx: RuleContext, test: (category: BudgetCategory, treatment: string) => boolean) {
  const lines: { index: number; category: BudgetCategory; amount: Amount; treatment: string }[] = [];
  for (const l of ctx.facts.budget.notPlain) {
    if (test(l.category, l.treatment))
      lines.push({ index: l.index, category: l.category, amount: l.amount, treatment: l.treatment });
  }
  return lines;
}

// Module-level, so that no assessment allocates the tests.
const isIneligible = (_: BudgetCategory, treatment: string) => treatment === "ineligible";

/**
 * `costs.ineligibleExcluded`: costs of tangible investments and of acquiring equipment are never
 * eligible (893/2019 5 § 2 mom.). Such lines are kept out of the eligible costs. The outcome is
 * `pass` either way: the application stays eligible with those costs left out, and the finding
 * says how much was left out.
 */
export const costsIneligibleExcluded: Rule = {
  info: {
    id: "costs.ineligibleExcluded",
    family: "costs",
    citation: "893/2019 5 § 2 mom.",
    facts: ["money.costCategories"],
    outcomes: ["pass"],
  },
  evaluate(ctx) {
    const id = "costs.ineligibleExcluded";
    // Always a pass: inside allocate (not `complete`) nothing need be made.
    if (!ctx.complete) return PASSED;
    const lines = linesOf(ctx, isIneligible);
    const citation = cite("893/2019 5 § 2 mom.", ctx.edition.money.costCategories.equipment.citation);
    if (lines.length === 0)
      return finding(ctx, id, "pass", citation, { excluded: "0.00", lines }, "costs.ineligibleExcluded.none", {});
    const excluded = sumAmounts(lines.map((l) => l.amount));
    const categories = [...new Set(lines.map((l) => l.category))];
    const values = { excluded, lines };
    return finding(ctx, id, "pass", citation, values, "costs.ineligibleExcluded.pass", {
      amount: excluded,
      lines: lines.length,
      categories,
    });
  },
};

/**
 * The rule of a conditional category: `review` while any line of it counts (a human must confirm
 * the condition), `pass` when there is none or when every line was declared not to meet the
 * condition (those lines are left out).
 */
function conditionalRule(category: "softwareLicences" | "internalCharges", provision: string): Rule {
  const id = `costs.${category}`;
  const ofCategory = (c: BudgetCategory) => c === category;
  // The message codes, built once: a code built per call would be a new string to hash at each lookup.
  const codes = {
    review: `costs.${category}.review`,
    excluded: `costs.${category}.excluded`,
    none: `costs.${category}.none`,
  } as const;
  return {
    info: {
      id,
      family: "costs",
      citation: provision,
      facts: [`money.costCategories.${category}`],
      outcomes: ["pass", "review"],
    },
    evaluate(ctx) {
      const node = ctx.edition.money.costCategories[category];
      const citation = cite(provision, node.citation);
      if (
        !ctx.complete &&
        !ctx.facts.budget.notPlain.some((l) => l.category === category && l.treatment === "conditional")
      )
        return PASSED;
      const lines = linesOf(ctx, ofCategory);
      if (lines.length === 0) {
        const params = { amount: "0.00", excluded: "0.00", lines: 0, excludedLines: 0 };
        return finding(ctx, id, "pass", citation, { amount: "0.00", excluded: "0.00", lines }, codes.none, params);
      }
      // One pass: the lines that count (to review) and those declared not to meet the condition.
      const counted: Amount[] = [];
      const excludedLines: Amount[] = [];
      for (const l of lines) (l.treatment === "conditional" ? counted : excludedLines).push(l.amount);
      const amount = sumAmounts(counted);
      const excluded = sumAmounts(excludedLines);
      const values = { amount, excluded, lines };
      const params = { amount, excluded, lines: counted.length, excludedLines: excludedLines.length };
      if (counted.length > 0) return finding(ctx, id, "review", citation, values, codes.review, params);
      if (excludedLines.length > 0) return finding(ctx, id, "pass", citation, values, codes.excluded, params);
      return finding(ctx, id, "pass", citation, values, codes.none, params);
    },
  };
}

/**
 * `costs.softwareLicences`: software licences and other intangible investments are eligible only
 * insofar as they are necessary for the project (893/2019 5 § 3 mom.). A line marked
 * `necessary: false` is left out; any other licence line counts and goes to review.
 */
export const costsSoftwareLicences: Rule = conditionalRule("softwareLicences", "893/2019 5 § 3 mom.");

/**
 * `costs.internalCharges`: costs charged by the municipality's or joint authority's own units must
 * rest on actual expenditure in the accounts (893/2019 5 § 4 mom.). A line marked
 * `actualCosts: false` is left out; any other goes to review.
 */
export const costsInternalCharges: Rule = conditionalRule("internalCharges", "893/2019 5 § 4 mom.");

/** `costs.vatExcluded`: VAT is never an eligible cost (893/2019 4 §). Always passes and shows the VAT left out. */
export const costsVatExcluded: Rule = {
  info: {
    id: "costs.vatExcluded",
    family: "costs",
    citation: "893/2019 4 §",
    facts: ["money.vatEligible"],
    outcomes: ["pass"],
  },
  evaluate(ctx) {
    if (!ctx.complete) return PASSED;
    const vat = ctx.facts.budget.summary.vat;
    const citation = cite("893/2019 4 §", ctx.edition.money.vatEligible.citation);
    const code = vat === "0.00" ? "costs.vatExcluded.none" : "costs.vatExcluded.pass";
    return finding(ctx, "costs.vatExcluded", "pass", citation, { vat }, code, { vat });
  },
};

/** `costs.hasEligibleCosts`: there must be eligible VAT-free costs to compute a grant from (893/2019 4 §). */
export const costsHasEligibleCosts: Rule = {
  info: {
    id: "costs.hasEligibleCosts",
    family: "costs",
    citation: "893/2019 4 §",
    facts: ["money.costCategories"],
    outcomes: ["pass", "fail"],
  },
  evaluate(ctx) {
    const s = ctx.facts.budget.summary;
    if (!ctx.complete && s.eligibleCosts !== "0.00") return PASSED;
    const values = { eligibleCosts: s.eligibleCosts, totalCosts: s.totalCosts };
    const params = { eligible: s.eligibleCosts, total: s.totalCosts };
    if (s.eligibleCosts !== "0.00")
      return finding(
        ctx,
        "costs.hasEligibleCosts",
        "pass",
        "893/2019 4 §",
        values,
        "costs.hasEligibleCosts.pass",
        params,
      );
    return finding(
      ctx,
      "costs.hasEligibleCosts",
      "fail",
      "893/2019 4 §",
      values,
      "costs.hasEligibleCosts.fail",
      params,
    );
  },
};
