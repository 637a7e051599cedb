// The maximum grant (avustuksen enimmäismäärä), 893/2019 4 §.
import { cite } from "./cite.js";
import { defineRule } from "./defineRule.js";

/**
 * `grant.withinMaximum`: the grant applied for must be more than zero. The maximum is `rate` (85 %)
 * × the eligible VAT-free costs rounded **down** to the cent, so the ceiling is never exceeded by
 * rounding: 85 % of 120 000,01 € is 102 000,00 €. 893/2019 4 § caps the grant that is *awarded*, not
 * what may be asked for, and the ministry decides the amount (688/2001 11 §): a request above the
 * maximum passes, and the finding says the maximum, the excess and that the grant can be at most the
 * maximum. Conditional costs count; the values also give the maximum without them.
 */
export const grantWithinMaximum = defineRule({
  id: "grant.withinMaximum",
  family: "grant",
  citation: "893/2019 4 §",
  reads: ["money.maxGrantRate", "money.vatEligible", "money.costCategories"],
  verdicts: {
    pass: { outcome: "pass", messageCode: "grant.withinMaximum.pass" },
    overRequested: { outcome: "pass", messageCode: "grant.withinMaximum.overRequested" },
    nothingRequested: { outcome: "fail", messageCode: "grant.withinMaximum.nothingRequested" },
  },
  decide: ({ facts: { budget } }) =>
    budget.nothingRequested ? "nothingRequested" : budget.excess === null ? "pass" : "overRequested",
  explain(ctx, verdict) {
    const b = ctx.facts.budget;
    const s = b.summary;
    const citation = cite("893/2019 4 §", ctx.edition.money.maxGrantRate.citation);
    const values = {
      requestedGrant: s.requestedGrant,
      maxGrant: s.maxGrant,
      rate: s.rate,
      eligibleCosts: s.eligibleCosts,
      excess: b.excess,
      maxGrantWithoutConditional: b.maxGrantWithoutConditional,
    };
    const params = { requested: s.requestedGrant, maximum: s.maxGrant, rate: s.rate, eligible: s.eligibleCosts };
    if (verdict !== "overRequested") return { verdict, citation, values, params };
    // The ministry reduces the grant to the maximum: the excess is what it would not award.
    return { verdict, citation: cite(citation, "688/2001 11 §"), values, params: { ...params, excess: b.excess! } };
  },
});
