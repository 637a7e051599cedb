import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseApplication } from "../../src/application/parse.js";
import type { Application } from "../../src/application/schema.js";
import { BUDGET_CATEGORIES, EDITION_IDS } from "../../src/editions/codes.js";
import { getEdition } from "../../src/editions/registry.js";
import { budgetFacts, budgetFactsInCents, budgetFactsInDecimals } from "../../src/rules/budget.js";
import { editionFacts } from "../../src/rules/facts.js";
import { amount } from "../helpers/money.js";
import { BASE_2022 } from "./fixtures.js";

// The budget is summed in integer cents when a double can hold every value exactly, else in
// decimals. Whichever path runs, the facts must be the same text: the cents path is an
// optimisation, never a second rule.

/** Small amounts (every real budget), or any amount up to MAX_AMOUNT (the decimal fallback). */
const anyAmount = fc.oneof(amount(0n, 50_000_000_00n), amount(0n, 50_000_000_00n), amount());

const line = fc.record({
  category: fc.constantFrom(...BUDGET_CATEGORIES),
  amount: anyAmount,
  vat: fc.oneof(fc.constant("0.00"), anyAmount),
  necessary: fc.option(fc.boolean(), { nil: undefined }),
  actualCosts: fc.option(fc.boolean(), { nil: undefined }),
});

function application(lines: unknown[], requestedGrant: string): Application {
  const r = parseApplication({ ...BASE_2022, budget: { lines, requestedGrant } });
  if (!r.success) throw new Error(JSON.stringify(r.issues));
  return r.data;
}

describe("budget facts: the integer-cent path equals the decimal path", () => {
  it("for any budget and edition, when the cents path answers", () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), anyAmount, fc.constantFrom(...EDITION_IDS), (lines, requested, id) => {
        const app = application(lines, requested);
        const ef = editionFacts(getEdition(id));
        const exact = budgetFactsInDecimals(app, ef);
        const fast = budgetFactsInCents(app, ef);
        if (fast !== null) expect(fast).toEqual(exact);
        expect(budgetFacts(app, ef)).toEqual(exact);
      }),
    );
  });

  it("falls back to decimals beyond 2^53 cents, with the same result", () => {
    const huge = "99999999999999.99";
    const app = application(
      [
        { category: "staff", amount: huge },
        { category: "travel", amount: huge },
      ],
      "1000.00",
    );
    const ef = editionFacts(getEdition("2022"));
    expect(budgetFactsInCents(app, ef)).toBeNull();
    const facts = budgetFacts(app, ef);
    expect(facts.summary.eligibleCosts).toBe("199999999999999.98");
    expect(facts.summary.maxGrant).toBe("169999999999999.98");
    expect(facts.excess).toBeNull();
  });

  it("refuses a sum that only leaves the safe range in its total", () => {
    // Each line alone fits in a double; their sum does not.
    const app = application(
      [
        { category: "staff", amount: "60000000000000.00" },
        { category: "staff", amount: "60000000000000.00" },
      ],
      "1.00",
    );
    const ef = editionFacts(getEdition("2022"));
    expect(budgetFactsInCents(app, ef)).toBeNull();
    expect(budgetFacts(app, ef).summary.totalCosts).toBe("120000000000000.00");
  });
});
