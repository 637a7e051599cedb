import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseApplication } from "../../src/application/parse.js";
import type { Application } from "../../src/application/schema.js";
import { BUDGET_CATEGORIES, EDITION_IDS } from "../../src/vocabulary/codes.js";
import { getEdition } from "../../src/editions/registry.js";
import { budgetFacts } from "../../src/rules/budget.js";
import { editionFacts } from "../../src/rules/facts.js";
import { amount, amountToCents, centsToAmount } from "../helpers/money.js";
import { application2022 } from "../helpers/application2022.js";

// The budget facts against an oracle in BigInt cents: every sum, the maximum grant (85 % rounded
// down to the cent, 893/2019 4 §), the own share (all costs and VAT less the grant that can be
// awarded) and the excess, for budgets of every size, from
// everyday amounts to sums beyond 2^53 cents, where a double could no longer hold every cent.

/** Small amounts (every real budget), or any amount up to MAX_AMOUNT. */
const anyAmount = fc.oneof(amount(0n, 50_000_000_00n), amount(0n, 50_000_000_00n), amount());

const line = fc.record({
  category: fc.constantFrom(...BUDGET_CATEGORIES),
  amount: anyAmount,
  vat: fc.oneof(fc.constant("0.00"), anyAmount),
  solelyForProject: fc.option(fc.boolean(), { nil: undefined }),
  necessary: fc.option(fc.boolean(), { nil: undefined }),
  actualCosts: fc.option(fc.boolean(), { nil: undefined }),
});

function application(lines: unknown[], requestedGrant: string): Application {
  const r = parseApplication({ ...application2022(), budget: { lines, requestedGrant } });
  if (!r.success) throw new Error(JSON.stringify(r.issues));
  return r.data;
}

const sum = (xs: readonly string[]) => xs.reduce((s, x) => s + amountToCents(x), 0n);

describe("budget facts equal the integer-cent oracle", () => {
  it("for any budget and edition", () => {
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 12 }),
        anyAmount,
        fc.constantFrom(...EDITION_IDS),
        (lines, requested, id) => {
          const edition = getEdition(id);
          const app = application(lines, requested);
          const facts = budgetFacts(app, editionFacts(edition));
          const counted = app.budget.lines.filter((l) => amountToCents(l.amount) !== 0n);
          const treatment = (l: (typeof counted)[number]) => {
            const t = edition.money.costCategories[l.category].value.treatment;
            if (t === "ineligible") return t;
            const flag =
              l.category === "services"
                ? l.solelyForProject
                : l.category === "softwareLicences"
                  ? l.necessary
                  : l.category === "internalCharges"
                    ? l.actualCosts
                    : undefined;
            return flag === false ? "excluded" : t;
          };
          const of = (...ts: string[]) => counted.filter((l) => ts.includes(treatment(l))).map((l) => l.amount);
          const eligible = sum(of("eligible", "conditional"));
          const conditional = sum(of("conditional"));
          const [num, den] = [
            BigInt(edition.money.maxGrantRate.value.replace(".", "")),
            10n ** BigInt(edition.money.maxGrantRate.value.split(".")[1]?.length ?? 0),
          ];
          const maxGrant = (eligible * num) / den; // non-negative: BigInt division rounds down
          const asked = amountToCents(requested);
          const total = sum(counted.map((l) => l.amount));
          const vat = sum(app.budget.lines.map((l) => l.vat));
          // biome-ignore lint/complexity/useMathMinMax: BigInt cents, which Math.min does not take
          const awardable = asked < maxGrant ? asked : maxGrant;
          // The columns by party have a property test of their own (budget.parties.property.test.ts).
          const { parties: _, ...summary } = facts.summary;
          expect(summary).toEqual({
            totalCosts: centsToAmount(total),
            eligibleCosts: centsToAmount(eligible),
            conditionalCosts: centsToAmount(conditional),
            ineligibleCosts: centsToAmount(sum(of("ineligible", "excluded"))),
            vat: centsToAmount(vat),
            rate: edition.money.maxGrantRate.value,
            maxGrant: centsToAmount(maxGrant),
            requestedGrant: requested,
            ownShare: centsToAmount(total + vat - awardable),
          });
          // The maximum is at most 85 % of the costs, so the own share is never negative.
          expect(amountToCents(facts.summary.ownShare) >= 0n).toBe(true);
          expect(facts.nothingRequested).toBe(asked === 0n);
          expect(facts.excess).toBe(asked > maxGrant ? centsToAmount(asked - maxGrant) : null);
          expect(facts.maxGrantWithoutConditional).toBe(
            conditional === 0n ? null : centsToAmount(((eligible - conditional) * num) / den),
          );
          // The lines the costs rules report: every non-zero line that is not plainly eligible, in order.
          const notPlain = app.budget.lines
            .map((l, index) => ({ index, category: l.category, amount: l.amount, treatment: treatment(l) }))
            .filter((l) => amountToCents(l.amount) !== 0n && l.treatment !== "eligible");
          // Each carries its amount read once, exactly.
          expect(facts.notPlain.map(({ value, ...l }) => ({ ...l, value: value.toFixed(2) }))).toEqual(
            notPlain.map((l) => ({ ...l, value: l.amount })),
          );
        },
      ),
    );
  });

  it("beyond 2^53 cents, as exactly as below", () => {
    const huge = "99999999999999.99";
    const app = application(
      [
        { category: "staff", amount: huge },
        { category: "travel", amount: huge },
      ],
      "1000.00",
    );
    const facts = budgetFacts(app, editionFacts(getEdition("2022")));
    expect(facts.summary.eligibleCosts).toBe("199999999999999.98");
    expect(facts.summary.maxGrant).toBe("169999999999999.98");
    expect(facts.excess).toBeNull();
  });

  it.each([
    // 85 % of 100 000 000 000 099,99 € is 85 000 000 000 084,9915 €: the maximum rounds down.
    [
      "asks exactly the maximum",
      "85000000000084.99",
      { excess: null, nothingRequested: false, ownShare: "215000000000014.98" },
    ],
    [
      "asks a cent more",
      "85000000000085.00",
      { excess: "0.01", nothingRequested: false, ownShare: "215000000000014.98" },
    ],
    ["asks nothing", "0.00", { excess: null, nothingRequested: true, ownShare: "300000000000099.97" }],
  ] as const)("beyond 2^53 cents, with a conditional cost: %s", (_, requested, expected) => {
    const app = application(
      [
        { category: "staff", amount: "99999999999999.99", vat: "99999999999999.99" },
        { category: "softwareLicences", amount: "100.00" },
        { category: "equipment", amount: "99999999999999.99" },
      ],
      requested,
    );
    const facts = budgetFacts(app, editionFacts(getEdition("2022")));
    expect(facts.summary).toMatchObject({
      totalCosts: "200000000000099.98",
      eligibleCosts: "100000000000099.99",
      conditionalCosts: "100.00",
      ineligibleCosts: "99999999999999.99",
      vat: "99999999999999.99",
      maxGrant: "85000000000084.99",
      ownShare: expected.ownShare,
    });
    expect(facts.excess).toBe(expected.excess);
    expect(facts.nothingRequested).toBe(expected.nothingRequested);
    // 85 % of the costs without the licence: 84 999 999 999 999,9915 €, rounded down.
    expect(facts.maxGrantWithoutConditional).toBe("84999999999999.99");
    expect(facts.notPlain.map((l) => [l.index, l.treatment])).toEqual([
      [1, "conditional"],
      [2, "ineligible"],
    ]);
  });

  it.each([
    // Each line alone fits in a double; their sum does not, and a double would lose its last cent.
    ["two eligible lines", "60000000000000.01", "staff", "60000000000000.00", "120000000000000.01"],
    // Only the ineligible costs are large: the eligible costs and their 85 % stay below 2^53 cents.
    ["a small eligible and a large ineligible line", "1.00", "equipment", "90071992547409.91", "90071992547410.91"],
  ])("when only the total leaves the safe range: %s", (_, first, category, second, total) => {
    const app = application(
      [
        { category: "staff", amount: first },
        { category, amount: second },
      ],
      "1.00",
    );
    expect(budgetFacts(app, editionFacts(getEdition("2022"))).summary.totalCosts).toBe(total);
  });
});
