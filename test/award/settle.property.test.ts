// The laws of the settlement (issue #12): the final grant never exceeds the decided maximum nor the
// rate × the accepted costs; when overpaid, the excess + the final grant = paid; the settlement is
// monotone in the accepted costs; every amount is exact to the cent and the parties' shares add up to
// the grant. Money as integer cents, never floats. CI runs this file under three time zones too.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { DecisionTerms } from "../../src/award/types.js";
import { BUDGET_CATEGORIES, type FinalReportInput, type Settlement, settle } from "../../src/index.js";
import { amountToCents, centsToAmount } from "../helpers/money.js";
import { terms2022 } from "./reportFixtures.js";

const CENT = /^(0|[1-9]\d*)\.\d{2}$/;
const day = fc
  .integer({ min: Date.UTC(2022, 0, 1), max: Date.UTC(2025, 11, 31) })
  .map((ms) => new Date(ms - (ms % 86_400_000)).toISOString().slice(0, 10));
const lineArb = fc.record({
  category: fc.constantFrom(...BUDGET_CATEGORIES),
  amount: fc.bigInt({ min: 0n, max: 10_000_000n }).map(centsToAmount),
  vat: fc.bigInt({ min: 0n, max: 2_000_000n }).map(centsToAmount),
  date: day,
  party: fc.constantFrom(undefined, "444", "049", "091"),
});
const termsArb = fc.record({
  maximum: fc.bigInt({ min: 0n, max: 20_000_000n }).map(centsToAmount),
  rate: fc.constantFrom("0.85", "0.80", "0.5", "0.333"),
  income: fc.constantFrom("reducesCosts" as const, "noEffect" as const),
  decidedOn: fc.constantFrom("2018-06-01", "2020-12-11", "2022-06-15"),
});
const caseArb = fc.record({
  // Eligible costs of 1 M€ keep every generated maximum within rate × eligible costs, as parseDecisionTerms asks.
  terms: termsArb.map((t) => terms2022({ ...t, eligibleCosts: "1000000.00" })),
  costs: fc.array(lineArb, { maxLength: 12 }),
  income: fc.bigInt({ min: 0n, max: 5_000_000n }).map(centsToAmount),
  otherPublicAid: fc.bigInt({ min: 0n, max: 5_000_000n }).map(centsToAmount),
  payments: fc.array(fc.bigInt({ min: 0n, max: 10_000_000n }).map(centsToAmount), { maxLength: 4 }),
  leaveUnreclaimed: fc.boolean(),
});

type Case = {
  terms: DecisionTerms;
  costs: FinalReportInput["costs"];
  income: string;
  otherPublicAid: string;
  payments: string[];
  leaveUnreclaimed: boolean;
};
function run(c: Case): Settlement {
  const report = { costs: c.costs, income: c.income, otherPublicAid: c.otherPublicAid };
  const payments = c.payments.map((amount) => ({ on: "2022-09-01", amount }));
  const s = settle(c.terms, report, payments, { leaveUnreclaimed: c.leaveUnreclaimed });
  if (!s.success) throw new Error(JSON.stringify(s.issues));
  return s.data;
}
const cents = amountToCents;

describe("settle properties", () => {
  it("never exceeds the maximum nor the rate × the accepted costs (the rate's product rounded down)", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const s = run(c);
        expect(cents(s.finalGrant) <= cents(c.terms.maximum)).toBe(true);
        // finalGrant ≤ rate × accepted ⇔ finalGrant × 1000 ≤ rate × 1000 × accepted (rates have ≤ 3 decimals).
        const rate = BigInt(Math.round(Number(c.terms.rate) * 1000));
        expect(cents(s.finalGrant) * 1000n <= rate * cents(s.acceptedCosts)).toBe(true);
        expect(cents(s.finalGrant) + cents(c.otherPublicAid) <= cents(s.acceptedCosts) || s.finalGrant === "0.00").toBe(
          true,
        );
      }),
    );
  });

  it("balances: paid = final grant + excess − balance, and the excess is returned or left unreclaimed", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const s = run(c);
        const paid = c.payments.reduce((sum, p) => sum + cents(p), 0n);
        expect(cents(s.paid)).toBe(paid);
        if (paid > cents(s.finalGrant)) {
          expect(cents(s.excess) + cents(s.finalGrant)).toBe(paid);
          expect(cents(s.toReturn) + cents(s.unreclaimed)).toBe(cents(s.excess));
          expect(s.toPay).toBe("0.00");
          if (cents(s.unreclaimed) > 0n) {
            expect(c.leaveUnreclaimed && cents(s.excess) <= cents(s.threshold)).toBe(true);
          }
        } else {
          expect(cents(s.toPay) + paid).toBe(cents(s.finalGrant));
          expect([s.excess, s.toReturn, s.unreclaimed]).toEqual(["0.00", "0.00", "0.00"]);
        }
      }),
    );
  });

  it("is monotone in the accepted costs: one more accepted cost never lowers the final grant", () => {
    const accepted = fc.record({
      category: fc.constantFrom("staff", "services", "travel"),
      amount: fc.bigInt({ min: 0n, max: 10_000_000n }).map(centsToAmount),
      date: fc.constantFrom("2022-06-15", "2023-07-01", "2024-09-30"),
    });
    fc.assert(
      fc.property(caseArb, accepted, (c, extra) => {
        const before = run(c);
        const after = run({ ...c, costs: [...(c.costs ?? []), extra] });
        expect(cents(after.acceptedCosts)).toBe(cents(before.acceptedCosts) + cents(extra.amount));
        expect(cents(after.finalGrant) >= cents(before.finalGrant)).toBe(true);
      }),
    );
  });

  it("writes every amount exact to the cent, and the parties' shares add up to the final grant", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const s = run(c);
        const amounts = [
          s.acceptedCosts,
          s.excludedCosts,
          s.incomeDeducted,
          s.byRate,
          s.byOtherAid,
          s.finalGrant,
          s.paid,
          s.toPay,
          s.excess,
          s.toReturn,
          s.unreclaimed,
          ...s.parties.flatMap((p) => [p.acceptedCosts, p.share]),
        ];
        for (const a of amounts) expect(a).toMatch(CENT);
        expect(s.parties.reduce((sum, p) => sum + cents(p.share), 0n)).toBe(cents(s.finalGrant));
        expect(s.parties.reduce((sum, p) => sum + cents(p.acceptedCosts), 0n)).toBe(cents(s.acceptedCosts));
        expect(cents(s.acceptedCosts) + cents(s.excludedCosts)).toBe(
          (c.costs ?? []).reduce((sum, l) => sum + cents(l.amount as string), 0n),
        );
      }),
    );
  });
});
