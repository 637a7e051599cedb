import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assessChange } from "../../../src/award/change.js";
import type { DecisionTerms } from "../../../src/award/types.js";
import { compareAmounts, sumAmounts } from "../../../src/money/arithmetic.js";
import { applyRate } from "../../../src/money/rounding.js";
import { BUDGET_CATEGORIES, type EditionId } from "../../../src/vocabulary/codes.js";
import { application2022 } from "../../helpers/application2022.js";
import { terms2022 } from "../fixtures.js";

const terms = terms2022();
const at = "2024-06-03";
const keys = [null, ...terms.recipients.parties.flatMap((p) => (p.key === null ? [] : [p.key])), "091"];
const cents = (c: number) => `${Math.floor(c / 100)}.${String(c % 100).padStart(2, "0")}`;
const toCents = (a: string) => Math.round(Number(a) * 100);

/** Lines whose amounts either split the decided eligible costs exactly or are arbitrary. */
const lines = fc
  .record({
    exact: fc.boolean(),
    parts: fc.array(
      fc.record({
        weight: fc.integer({ min: 0, max: 1_000 }),
        amount: fc.integer({ min: 0, max: 15_000_000 }),
        category: fc.constantFrom(...BUDGET_CATEGORIES),
        party: fc.constantFrom(...keys),
      }),
      { minLength: 1, maxLength: 6 },
    ),
  })
  .map(({ exact, parts }) => {
    if (!exact) return parts.map((p) => ({ category: p.category, party: p.party, amount: cents(p.amount) }));
    // Split the total in cents by the weights, the remainder to the first line.
    const total = toCents(terms.eligibleCosts);
    const weights = parts.reduce((s, p) => s + p.weight, 0) || 1;
    const amounts = parts.map((p) => Math.floor((total * p.weight) / weights));
    amounts[0]! += total - amounts.reduce((s, a) => s + a, 0);
    return parts.map((p, i) => ({ category: p.category, party: p.party, amount: cents(amounts[i]!) }));
  });

describe("a reallocation", () => {
  it("that is not rejected keeps the total and never raises the grant", () => {
    fc.assert(
      fc.property(lines, (ls) => {
        const r = assessChange(terms, { reallocation: { lines: ls } }, { at });
        expect(r.status).not.toBe("invalid");
        const t = r.terms as DecisionTerms;
        if (r.parts[0]!.proposal === "reject") {
          expect(t).toEqual(terms);
          return;
        }
        expect(sumAmounts(ls.map((l) => l.amount))).toBe(terms.eligibleCosts);
        expect(t.eligibleCosts).toBe(terms.eligibleCosts);
        expect(compareAmounts(t.maximum, terms.maximum)).toBeLessThanOrEqual(0);
        const share = applyRate(t.eligibleCosts, t.rate, { unit: "cent", mode: "down" });
        expect(compareAmounts(t.maximum, share)).toBeLessThanOrEqual(0);
        // The maximum is shared out to the cent, and each party bears what its lines say.
        expect(sumAmounts(t.recipients.parties.map((p) => p.share))).toBe(t.maximum);
        expect(sumAmounts(t.recipients.parties.map((p) => p.eligibleCosts))).toBe(t.eligibleCosts);
      }),
      { numRuns: 200 },
    );
  });

  it("that counts only the terms' categories and parties and keeps the total is approved", () => {
    fc.assert(
      fc.property(lines, (ls) => {
        const named = ls.every((l) => l.party !== "091" && terms.categories.includes(l.category));
        const same = sumAmounts(ls.map((l) => l.amount)) === terms.eligibleCosts;
        const r = assessChange(terms, { reallocation: { lines: ls } }, { at });
        expect(r.parts[0]!.proposal).toBe(named && same ? "approve" : "reject");
      }),
      { numRuns: 200 },
    );
  });
});

/** The edition's minimum of municipalities (893/2019 3 §; the calls): one in 2019-1, two otherwise. */
const MINIMUM: Record<EditionId, number> = { "2019-1": 1, "2019-2": 2, "2020": 2, "2021": 2, "2022": 2 };
const OTHERS = ["049", "091", "092"] as const;

describe("a consortium change", () => {
  it("that leaves fewer municipalities than the edition's minimum fails; one that leaves enough passes the minimum", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...(Object.keys(MINIMUM) as EditionId[])),
        fc.subarray([...OTHERS]),
        fc.boolean(),
        (edition, others, withPartner) => {
          const app = application2022((a) => {
            a.edition = edition;
            a.participants = [
              ...others.map((code) => ({ type: "municipality" as const, code, name: code })),
              ...(withPartner ? [{ type: "association" as const, name: "Kuntaliitto", businessId: "0123456-2" }] : []),
            ];
          });
          const r = assessChange({ ...terms, edition }, { consortium: { application: app } }, { at });
          const min = r.parts[0]!.findings.find((f) => f.rule === "consortium.minMunicipalities")!;
          const count = 1 + others.length;
          expect(min.values["minimum"]).toBe(MINIMUM[edition]);
          if (count < MINIMUM[edition]) {
            expect(min.outcome).toBe("fail");
            expect(r.parts[0]!.proposal).toBe("reject");
            expect(r.terms).toEqual({ ...terms, edition });
          } else expect(min.outcome).toBe("pass");
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("assessChange on hostile input", () => {
  it("never throws, whatever the terms, the change and the options", () => {
    const change = fc.oneof(
      fc.anything(),
      fc.record({ extension: fc.anything() }),
      fc.record({ reallocation: fc.record({ lines: fc.array(fc.anything(), { maxLength: 3 }) }) }),
      fc.record({ consortium: fc.record({ application: fc.anything() }) }),
    );
    fc.assert(
      fc.property(fc.oneof(fc.constant(terms), fc.anything()), change, fc.anything(), (t, c, o) => {
        const r = assessChange(t as never, c as never, o as never);
        expect(["invalid", "approvable", "needsReview", "rejected"]).toContain(r.status);
        expect(JSON.parse(JSON.stringify(r))).toEqual(r);
      }),
      { numRuns: 300 },
    );
  });
});
