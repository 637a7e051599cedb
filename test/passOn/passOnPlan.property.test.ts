// The laws of the pass-on plan (issue #11): the shares add up exactly to the grant; they depend on
// the parties' order only for ties (each share is its exact proportion rounded down, or one cent
// more); none is negative; a party's share grows with its costs. Money as integer cents, never floats.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { passOnPlan } from "../../src/passOn/passOnPlan.js";
import { amountToCents, centsToAmount } from "../helpers/money.js";
import { type PartyRow, assessed } from "./fixtures.js";

const partiesArb = fc
  .array(fc.bigInt({ min: 0n, max: 5_000_000_000n }), { minLength: 1, maxLength: 8 })
  .filter((costs) => costs.some((c) => c > 0n))
  .map((costs) =>
    costs.map(
      (c, i): PartyRow => ({
        key: String(100 + i),
        role: i === 0 ? "applicant" : "participant",
        type: i % 3 === 2 ? "company" : "municipality",
        name: `P${i}`,
        eligibleCosts: centsToAmount(c),
      }),
    ),
  );
/** Parties and a grant of at most 85 % of their costs. */
const caseArb = partiesArb.chain((parties) => {
  const total = parties.reduce((s, p) => s + amountToCents(p.eligibleCosts), 0n);
  return fc.record({
    parties: fc.constant(parties),
    granted: fc.bigInt({ min: 0n, max: (total * 85n) / 100n }),
    model: fc.constantFrom("administrator" as const, "joint" as const),
  });
});

const sharesOf = (parties: readonly PartyRow[], granted: bigint, recipientModel: "administrator" | "joint") => {
  const r = passOnPlan(assessed(parties), centsToAmount(granted), { recipientModel });
  if (!r.success) throw new Error(JSON.stringify(r.issues));
  return r.data;
};

describe("passOnPlan properties", () => {
  it("adds up exactly to the grant, kept + passed on included; no share is negative", () => {
    fc.assert(
      fc.property(caseArb, ({ parties, granted, model }) => {
        const plan = sharesOf(parties, granted, model);
        const cents = plan.shares.map((s) => amountToCents(s.amount));
        expect(cents.reduce((a, b) => a + b, 0n)).toBe(granted);
        expect(amountToCents(plan.kept) + amountToCents(plan.passedOn)).toBe(granted);
        expect(cents.every((c) => c >= 0n)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it("gives each party its exact proportion rounded down, or one cent more, whatever the order", () => {
    fc.assert(
      fc.property(caseArb, fc.infiniteStream(fc.nat()), ({ parties, granted, model }, seeds) => {
        const total = parties.reduce((s, p) => s + amountToCents(p.eligibleCosts), 0n);
        // A shuffle of the parties (Fisher–Yates over the stream), the applicant kept first.
        const order = parties.slice(1);
        for (let i = order.length - 1; i > 0; i--) {
          const j = seeds.next().value % (i + 1);
          [order[i], order[j]] = [order[j]!, order[i]!];
        }
        for (const list of [parties, [parties[0]!, ...order]]) {
          const plan = sharesOf(list, granted, model);
          plan.shares.forEach((s, i) => {
            const floor = (granted * amountToCents(list[i]!.eligibleCosts)) / total;
            const got = amountToCents(s.amount);
            expect(got === floor || got === floor + 1n).toBe(true);
          });
        }
      }),
      { numRuns: 150 },
    );
  });

  it("is the same plan for every order of the parties when no two remainders tie", () => {
    fc.assert(
      fc.property(caseArb, ({ parties, granted, model }) => {
        const total = parties.reduce((s, p) => s + amountToCents(p.eligibleCosts), 0n);
        const remainders = parties.map((p) => (granted * amountToCents(p.eligibleCosts)) % total);
        fc.pre(new Set(remainders).size === remainders.length);
        const forward = sharesOf(parties, granted, model).shares.map((s) => [s.key, s.amount] as const);
        const reversed = sharesOf([...parties].reverse(), granted, model).shares.map((s) => [s.key, s.amount] as const);
        expect(new Map(reversed)).toEqual(new Map(forward));
      }),
      { numRuns: 150 },
    );
  });

  it("gives a party no less when its costs grow and the others' and the grant stay", () => {
    fc.assert(
      fc.property(
        caseArb,
        fc.nat(),
        fc.bigInt({ min: 1n, max: 1_000_000_000n }),
        ({ parties, granted, model }, pick, more) => {
          const i = pick % parties.length;
          const grown = parties.map((p, j) =>
            j === i ? { ...p, eligibleCosts: centsToAmount(amountToCents(p.eligibleCosts) + more) } : p,
          );
          const before = amountToCents(sharesOf(parties, granted, model).shares[i]!.amount);
          const after = amountToCents(sharesOf(grown, granted, model).shares[i]!.amount);
          expect(after >= before).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("passOnPlan on anything", () => {
  it("never throws: whatever it is given, a plan or a coded issue", () => {
    const good = assessed([
      { key: "444", role: "applicant", type: "municipality", name: "Lohja", eligibleCosts: "100.00" },
    ]);
    const valueOr = <T>(value: T) => fc.oneof(fc.constant(value), fc.anything());
    fc.assert(
      fc.property(
        valueOr(good),
        valueOr("10.00"),
        valueOr({ locale: "sv", recipientModel: "joint" }),
        (assessment, granted, options) => {
          const r = passOnPlan(assessment as never, granted as never, options as never);
          expect(typeof r.success).toBe("boolean");
          if (!r.success) expect(r.issues[0]!.code).toMatch(/^passOn\./);
        },
      ),
      { numRuns: 300 },
    );
  });
});
