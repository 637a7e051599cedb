import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { plusYears } from "../../src/award/calendar.js";
import { REFERENCE_RATES, type ReferenceRate } from "../../src/award/rates.js";
import { recover } from "../../src/award/recover.js";
import { plusDays } from "../../src/award/recoverInterest.js";
import type { RecoverOptions, Recovery } from "../../src/award/recoverTypes.js";
import type { Payment } from "../../src/award/types.js";
import { compareAmounts, subtractAmounts, sumAmounts } from "../../src/money/arithmetic.js";
import { terms2022 } from "./fixtures.js";

const terms = terms2022();
const DAY = 86_400_000;
const TZ = process.env["TZ"];
afterEach(() => {
  if (TZ === undefined) delete process.env["TZ"];
  else process.env["TZ"] = TZ;
});

/** A date from `min` to `max` (inclusive). */
const dateIn = (min: string, max: string) =>
  fc
    .integer({ min: Date.parse(`${min}T00:00:00Z`) / DAY, max: Date.parse(`${max}T00:00:00Z`) / DAY })
    .map((d) => new Date(d * DAY).toISOString().slice(0, 10));
const cents = (min: number, max: number) =>
  fc.integer({ min, max }).map((c) => `${Math.floor(c / 100)}.${String(c % 100).padStart(2, "0")}`);

/** Up to four payments after the decision (15.6.2022 of the standard terms) within the table, their sum ≤ the maximum. */
const payments = fc.array(fc.record({ on: dateIn("2022-06-15", "2025-12-31"), amount: cents(1, 2_500_000) }), {
  minLength: 1,
  maxLength: 4,
});
const lastOf = (ps: readonly Payment[]) =>
  ps
    .map((p) => p.on)
    .sort()
    .at(-1)!;

function ok(ps: readonly Payment[], amount: string | undefined, options: RecoverOptions): Recovery {
  const grounds = [{ ground: "21.2" as const, ...(amount === undefined ? {} : { amount }) }];
  const r = recover(terms, ps, grounds, options);
  if (!r.success) throw new Error(JSON.stringify(r.issues));
  return r.data;
}

/** A table of constant `rate` % from 2019 to 2049, for the ten-year bar. */
const constantTable = (rate: string): ReferenceRate[] =>
  Array.from({ length: 62 }, (_, k) => {
    const year = 2019 + Math.floor(k / 2);
    const [from, to] = k % 2 === 0 ? [`${year}-01-01`, `${year}-06-30`] : [`${year}-07-01`, `${year}-12-31`];
    return { from, to, rate, source: "test", certainty: "inferred", note: "test" };
  });

describe("recover: properties", () => {
  it("charges no interest when the amount is returned on the day it was paid", () => {
    fc.assert(
      fc.property(dateIn("2019-01-01", "2026-06-30"), cents(1, 10_000_000), (on, amount) => {
        const r = ok([{ on, amount }], undefined, { at: on, dueOn: on });
        expect([r.interest, r.lateInterestTotal, r.total]).toEqual(["0.00", "0.00", r.principal]);
      }),
      { numRuns: 200 },
    );
  });

  it("the total is the sum of its parts, each payment's part at most its amount, the principal at most what was paid", () => {
    fc.assert(
      fc.property(
        payments,
        fc.nat(400),
        fc.nat(200),
        fc.option(cents(1, 1_000_000), { nil: undefined }),
        (ps, a, d, amount) => {
          const last = lastOf(ps);
          const paid = sumAmounts(ps.map((p) => p.amount));
          const part = amount !== undefined && compareAmounts(amount, paid) <= 0 ? amount : undefined;
          const dueOn = plusDays(last, d);
          const at = [plusDays(last, a), "2026-06-30"].sort()[0]!;
          const r = ok(ps, part, { at, ...(dueOn <= "2026-06-30" ? { dueOn } : {}) });
          expect(compareAmounts(r.principal, paid)).toBeLessThanOrEqual(0);
          expect(sumAmounts(r.payments.map((p) => p.recovered))).toBe(r.principal);
          for (const p of r.payments) {
            expect(compareAmounts(p.recovered, p.paid)).toBeLessThanOrEqual(0);
            expect(sumAmounts(p.interest.map((x) => x.amount))).toBe(p.interestTotal);
          }
          expect(sumAmounts(r.payments.map((p) => p.interestTotal))).toBe(r.interest);
          expect(sumAmounts(r.lateInterest.map((x) => x.amount))).toBe(r.lateInterestTotal);
          expect(sumAmounts([r.principal, r.interest, r.lateInterestTotal])).toBe(r.total);
          expect(subtractAmounts(r.total, r.waived)).toBe(r.due);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("grows with the days, and strictly by a day on 10 000 € or more", () => {
    fc.assert(
      fc.property(dateIn("2019-01-01", "2026-06-29"), cents(1_000_000, 10_000_000), fc.nat(2000), (on, amount, k) => {
        const at = [plusDays(on, k), "2026-06-29"].sort()[0]!;
        const r1 = ok([{ on, amount }], undefined, { at });
        const r2 = ok([{ on, amount }], undefined, { at: plusDays(at, 1) });
        expect(compareAmounts(r2.interest, r1.interest)).toBe(1);
      }),
      { numRuns: 200 },
    );
  });

  it("grows with the rate", () => {
    fc.assert(
      fc.property(payments, fc.nat(2000), fc.integer({ min: 0, max: 80 }), (ps, a, step) => {
        const at = [plusDays(lastOf(ps), a), "2026-06-30"].sort()[0]!;
        const higher = REFERENCE_RATES.map((r) => ({ ...r, rate: (Number(r.rate) + step / 10).toFixed(1) }));
        const low = ok(ps, undefined, { at });
        const high = ok(ps, undefined, { at, rates: higher });
        expect(compareAmounts(high.interest, low.interest)).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 200 },
    );
  });

  it("recovers on the tenth anniversary of the last payment and nothing one day after", () => {
    fc.assert(
      fc.property(payments, (ps) => {
        const bar = plusYears(lastOf(ps), 10);
        const rates = constantTable("2.5");
        const on = ok(ps, undefined, { at: bar, rates });
        expect(on.outcome).toBe("recover");
        const after = ok(ps, undefined, { at: plusDays(bar, 1), rates });
        expect(after.outcome).toBe("barred");
        expect([after.principal, after.interest, after.lateInterestTotal, after.total, after.due]).toEqual([
          "0.00",
          "0.00",
          "0.00",
          "0.00",
          "0.00",
        ]);
      }),
      { numRuns: 100 },
    );
  });

  it("is the same under UTC, Pacific/Kiritimati (UTC+14) and America/Los_Angeles", () => {
    fc.assert(
      fc.property(payments, fc.nat(1500), fc.nat(300), (ps, a, d) => {
        const last = lastOf(ps);
        const at = [plusDays(last, a), "2026-06-30"].sort()[0]!;
        const dueOn = [plusDays(last, d), at].sort()[0]!;
        const results = ["UTC", "Pacific/Kiritimati", "America/Los_Angeles"].map((zone) => {
          process.env["TZ"] = zone;
          return JSON.stringify(recover(terms, ps, [{ ground: "21.2" }], { at, dueOn, dayCount: "actual/actual" }));
        });
        expect(results[1]).toBe(results[0]);
        expect(results[2]).toBe(results[0]);
      }),
      { numRuns: 100 },
    );
  });
});
