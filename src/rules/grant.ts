// The maximum grant (avustuksen enimmäismäärä), 893/2019 4 §.
import { cite } from "./cite.js";
import { defineRule } from "./defineRule.js";

/**
 * `grant.withinMaximum`: the grant applied for must be more than zero and at most the maximum,
 * `rate` (85 %) × the eligible VAT-free costs rounded **down** to the cent, so the ceiling is never
 * exceeded by rounding: 85 % of 120 000,01 € is 102 000,00 €. The finding says the maximum, and the
 * excess when over. Conditional costs count; the values also give the maximum without them.
 */
export const grantWithinMaximum = defineRule({
  id: "grant.withinMaximum",
  family: "grant",
  citation: "893/2019 4 §",
  reads: ["money.maxGrantRate", "money.vatEligible", "money.costCategories"],
  verdicts: {
    pass: { outcome: "pass", messageCode: "grant.withinMaximum.pass" },
    fail: { outcome: "fail", messageCode: "grant.withinMaximum.fail" },
    nothingRequested: { outcome: "fail", messageCode: "grant.withinMaximum.nothingRequested" },
  },
  decide: ({ facts: { budget } }) =>
    budget.nothingRequested ? "nothingRequested" : budget.excess === null ? "pass" : "fail",
  explain(ctx, verdict) {
    const b = ctx.facts.budget;
    const s = b.summary;
    const citation = cite("893/2019 4 §", ctx.edition.money.maxGrantRate.citation);
    const values = {
      requestedGrant: s.requestedGrant,
      maxGrant: s.maxGrant,
      rate: s.rate,
      eligibleCosts: s.eligibleCosts,
      maxGrantWithoutConditional: b.maxGrantWithoutConditional,
    };
    const params = { requested: s.requestedGrant, maximum: s.maxGrant, rate: s.rate, eligible: s.eligibleCosts };
    if (verdict === "fail") return { verdict, citation, values, params: { ...params, excess: b.excess! } };
    return { verdict, citation, values, params };
  },
});
