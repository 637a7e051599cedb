import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseApplication } from "../../src/application/parse.js";
import { BUDGET_CATEGORIES, EDITION_IDS } from "../../src/vocabulary/codes.js";
import { getEdition } from "../../src/editions/registry.js";
import { budgetFacts } from "../../src/rules/budget.js";
import { editionFacts } from "../../src/rules/facts.js";
import { amount, amountToCents } from "../helpers/money.js";
import { application2022 } from "../helpers/application2022.js";

// The per-party figures (893/2019 6 § 2 mom. 4–5 k.) against the summary: for any consortium and
// any spread of its lines over the parties, every column sums exactly to the summary's figure, no
// party gets a negative amount, and within one split more eligible costs never get a smaller share.

const anyAmount = fc.oneof(amount(0n, 1_000_000_00n), amount(0n, 50_000_000_00n), amount());

/** Keys the generated parties may have, and two that no party has. */
const KEYS = ["444", "049", "092", "235", "0201256-6", "0123456-2", "999", "1234567-1"] as const;

const party = fc.oneof(
  fc.record({
    type: fc.constant("municipality"),
    code: fc.constantFrom("444", "049", "092", "235"),
    financing: fc.option(anyAmount, { nil: undefined }),
  }),
  fc.record({
    type: fc.constant("jointAuthority"),
    businessId: fc.constant("0201256-6"),
    name: fc.constant("Kuntayhtymä"),
    onBehalfOf: fc.option(fc.uniqueArray(fc.constantFrom("049", "092", "235", "245"), { maxLength: 4 }), {
      nil: undefined,
    }),
    financing: fc.option(anyAmount, { nil: undefined }),
  }),
  fc.record({
    type: fc.constantFrom("association", "company", "other"),
    name: fc.constant("Kumppani"),
    businessId: fc.option(fc.constant("0123456-2"), { nil: undefined }),
    financing: fc.option(anyAmount, { nil: undefined }),
  }),
);

const line = fc.record({
  category: fc.constantFrom(...BUDGET_CATEGORIES),
  amount: anyAmount,
  vat: fc.oneof(fc.constant("0.00"), anyAmount),
  party: fc.option(fc.constantFrom(...KEYS), { nil: undefined }),
  solelyForProject: fc.option(fc.boolean(), { nil: undefined }),
});

const COLUMNS = ["totalCosts", "eligibleCosts", "ineligibleCosts", "vat"] as const;

describe("BudgetSummary.parties", () => {
  it("sums exactly to the summary in every column, never negative, and a larger cost never gets a smaller share", () => {
    fc.assert(
      fc.property(
        party,
        fc.array(party, { maxLength: 6 }),
        fc.array(line, { maxLength: 12 }),
        fc.constantFrom(...EDITION_IDS),
        (applicant, participants, lines, id) => {
          const r = parseApplication({
            ...application2022(),
            applicant,
            participants,
            budget: { lines, requestedGrant: "0.00" },
          });
          if (!r.success) throw new Error(JSON.stringify(r.issues));
          const { summary } = budgetFacts(r.data, editionFacts(getEdition(id)));
          const parties = summary.parties;
          const total = (column: (typeof COLUMNS)[number] | "maxGrantShare") =>
            parties.reduce((s, p) => s + amountToCents(p[column]), 0n);
          for (const c of COLUMNS) expect(total(c), c).toBe(amountToCents(summary[c]));
          expect(total("maxGrantShare")).toBe(amountToCents(summary.maxGrant));
          for (const p of parties) {
            for (const c of [...COLUMNS, "maxGrantShare"] as const) expect(amountToCents(p[c]) >= 0n, c).toBe(true);
            expect(amountToCents(p.totalCosts)).toBe(amountToCents(p.eligibleCosts) + amountToCents(p.ineligibleCosts));
          }
          // Weakly monotone within the split: more eligible costs, at least as large a share; equal
          // costs, the party named first at least as large.
          parties.forEach((a, i) => {
            parties.forEach((b, j) => {
              const [ea, eb] = [amountToCents(a.eligibleCosts), amountToCents(b.eligibleCosts)];
              if (ea > eb || (ea === eb && i < j)) {
                expect(amountToCents(a.maxGrantShare) >= amountToCents(b.maxGrantShare)).toBe(true);
              }
            });
          });
          // The party order: the applicant, the participants, the joint authorities' members, the unnamed keys.
          const rank = { applicant: 0, participant: 1, onBehalfOf: 2, unnamed: 3 } as const;
          const ranks = parties.map((p) => rank[p.role]);
          expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
          expect(parties.filter((p) => p.role === "applicant")).toHaveLength(1);
          expect(parties.filter((p) => p.role === "participant")).toHaveLength(participants.length);
        },
      ),
    );
  });
});
