import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { paymentsDue } from "../../src/award/payments.js";
import { grantTimeline } from "../../src/award/timeline.js";
import type { DecisionTerms, GrantEvent } from "../../src/award/types.js";
import { addAmounts, compareAmounts } from "../../src/money/arithmetic.js";
import { terms2022 } from "./fixtures.js";

const base = terms2022();
const DAY = 86_400_000;
/** A calendar date from 2019 to 2040, leap days and month ends included. */
const date = fc
  .integer({ min: Date.UTC(2019, 0, 1) / DAY, max: Date.UTC(2040, 11, 31) / DAY })
  .map((d) => new Date(d * DAY).toISOString().slice(0, 10));
const cents = (max: number) =>
  fc.integer({ min: 0, max }).map((c) => `${Math.floor(c / 100)}.${String(c % 100).padStart(2, "0")}`);

/** Terms with any decision date, period, report deadline and instalments, and events after the decision. */
const world = fc
  .record({
    decidedOn: date,
    startAfter: fc.integer({ min: 0, max: 400 }),
    length: fc.integer({ min: 0, max: 1200 }),
    reportMonths: fc.option(fc.integer({ min: 1, max: 60 }), { nil: null }),
    instalments: fc.array(fc.record({ after: fc.integer({ min: 0, max: 1500 }), amount: cents(3_000_000) }), {
      maxLength: 3,
    }),
    advance: cents(1_000_000),
    events: fc.array(
      fc.record({
        kind: fc.constantFrom("payment", "reportReceived", "suspended", "resumed", "settled"),
        after: fc.integer({ min: 0, max: 5000 }),
        amount: cents(2_000_000),
      }),
      { maxLength: 6 },
    ),
    at: fc.integer({ min: -30, max: 6000 }),
  })
  .map((w) => {
    const plus = (days: number) =>
      new Date(Date.parse(`${w.decidedOn}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
    const start = plus(w.startAfter);
    const terms: DecisionTerms = {
      ...base,
      decidedOn: w.decidedOn,
      period: { start, end: plus(w.startAfter + w.length) },
      reportMonths: w.reportMonths,
      payment: {
        scheme: "instalments",
        instalments: w.instalments.map((i) => ({ due: plus(i.after), amount: i.amount })),
        advance: w.advance,
      },
    };
    const events = w.events.map((e): GrantEvent => {
      const on = plus(e.after);
      if (e.kind === "payment") return { kind: "payment", on, amount: e.amount };
      if (e.kind === "settled") return { kind: "settled", on, finalGrant: e.amount };
      return { kind: e.kind, on };
    });
    return { terms, events, at: plus(w.at) };
  });

describe("grantTimeline and paymentsDue: properties", () => {
  const tz = process.env["TZ"];
  afterEach(() => {
    if (tz === undefined) delete process.env["TZ"];
    else process.env["TZ"] = tz;
  });

  it("every duty's date is on or after its anchor", () => {
    fc.assert(
      fc.property(world, ({ terms, events, at }) => {
        const r = grantTimeline(terms, events, { at });
        if (!r.success) return; // payments above the maximum: refused, tested elsewhere
        for (const d of r.data.duties) {
          expect(d.date === null).toBe(d.anchor === null);
          if (d.date !== null && d.anchor !== null)
            expect(d.date >= d.anchor, `${d.code} ${d.date} < ${d.anchor}`).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("gives the same timeline and payments under the time zones of CI and at UTC+14 and UTC−8", () => {
    fc.assert(
      fc.property(world, ({ terms, events, at }) => {
        const results = ["UTC", "Pacific/Kiritimati", "America/Los_Angeles"].map((zone) => {
          process.env["TZ"] = zone;
          const payments = events.flatMap((e) => (e.kind === "payment" ? [{ on: e.on, amount: e.amount }] : []));
          return JSON.stringify([grantTimeline(terms, events, { at }), paymentsDue(terms, payments, { at })]);
        });
        expect(results[1]).toBe(results[0]);
        expect(results[2]).toBe(results[0]);
      }),
      { numRuns: 100 },
    );
  });

  it("never lets the payments exceed the maximum", () => {
    fc.assert(
      fc.property(world, fc.boolean(), ({ terms, events, at }, reportAccepted) => {
        const payments = events.flatMap((e) => (e.kind === "payment" ? [{ on: e.on, amount: e.amount }] : []));
        const r = paymentsDue(terms, payments, { at, reportAccepted });
        if (!r.success) return;
        expect(compareAmounts(addAmounts(r.data.paid, r.data.payable), terms.maximum)).toBeLessThanOrEqual(0);
        expect(r.data.lines.length === 0).toBe(r.data.reason !== null);
      }),
      { numRuns: 300 },
    );
  });
});
