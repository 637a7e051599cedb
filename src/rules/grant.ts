// The maximum grant (avustuksen enimmäismäärä), 893/2019 4 §.
import { cite } from "./cite.js";
import { PASSED, finding } from "./finding.js";
import type { Rule } from "./types.js";

/**
 * `grant.withinMaximum`: the grant applied for must be more than zero and at most the maximum,
 * `rate` (85 %) × the eligible VAT-free costs rounded **down** to the cent, so the ceiling is never
 * exceeded by rounding: 85 % of 120 000,01 € is 102 000,00 €. The finding says the maximum, and the
 * excess when over. Conditional costs count; the values also give the maximum without them.
 */
export const grantWithinMaximum: Rule = {
  info: {
    id: "grant.withinMaximum",
    family: "grant",
    citation: "893/2019 4 §",
    facts: ["money.maxGrantRate", "money.vatEligible", "money.costCategories"],
    outcomes: ["pass", "fail"],
  },
  evaluate(ctx) {
    const id = "grant.withinMaximum";
    const b = ctx.facts.budget;
    if (!ctx.complete && !b.nothingRequested && b.excess === null) return PASSED;
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
    if (b.nothingRequested)
      return finding(ctx, id, "fail", citation, values, "grant.withinMaximum.nothingRequested", params);
    if (b.excess === null) return finding(ctx, id, "pass", citation, values, "grant.withinMaximum.pass", params);
    return finding(ctx, id, "fail", citation, values, "grant.withinMaximum.fail", { ...params, excess: b.excess });
  },
};
