// The allocation keeps its accounts in whole cents when every amount allows and in decimal.js
// otherwise; these properties show that both give the same allocation, to the cent and word for
// word, including amounts at and above 2^53 − 1 cents (90 071 992 547 409,91 €).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allocateAssessed } from "../../src/allocate/allocateAssessed.js";
import type { Entry } from "../../src/allocate/entry.js";
import { centLedger, centsFit, decimalLedger, grantableAmount } from "../../src/allocate/ledger.js";
import { fundProRata } from "../../src/allocate/proRata.js";
import { fundRanked } from "../../src/allocate/ranked.js";
import type { AllocationResult, AssessedCandidate } from "../../src/allocate/types.js";
import { canonical } from "../../src/money/arithmetic.js";
import { toCents } from "../../src/money/cents.js";
import { Dec } from "../../src/money/decimal.js";
import { roundDec } from "../../src/money/rounding.js";
import { assessment } from "./fixtures.js";

const LIMIT = BigInt(Number.MAX_SAFE_INTEGER); // cents
const MAX_CENTS = 9_999_999_999_999_999n; // MAX_AMOUNT, 99 999 999 999 999,99 €

/** Cents as a canonical amount, in BigInt: exact at any size. */
function text(cents: bigint): string {
  const abs = cents < 0n ? -cents : cents;
  const rest = String(abs % 100n).padStart(2, "0");
  return cents === 0n ? "0.00" : `${cents < 0n ? "-" : ""}${abs / 100n}.${rest}`;
}

/** Mostly everyday amounts, often ones at the edge of the safe range, sometimes beyond it. */
const cents = fc.oneof(
  { weight: 4, arbitrary: fc.bigInt({ min: 0n, max: 200_000_000n }) },
  { weight: 2, arbitrary: fc.bigInt({ min: LIMIT - 10_000n, max: LIMIT + 10_000n }) },
  { weight: 1, arbitrary: fc.bigInt({ min: 0n, max: MAX_CENTS }) },
);
const signed = fc.tuple(cents, fc.boolean()).map(([c, negative]) => (negative ? -c : c));
const unit = fc.constantFrom("cent" as const, "euro" as const);

describe("the cent ledger and the decimal ledger", () => {
  it("agree on every operation wherever the cents are safe integers", () => {
    fc.assert(
      fc.property(signed, signed, unit, (x, y, u) => {
        const a = text(x);
        const b = text(y);
        const [ca, cb] = [toCents(a), toCents(b)];
        if (ca === null || cb === null) {
          expect(x > LIMIT || x < -LIMIT || y > LIMIT || y < -LIMIT).toBe(true);
          return;
        }
        const [da, db] = [decimalLedger.of(a), decimalLedger.of(b)];
        expect(centLedger.text(ca)).toBe(a);
        expect(Math.sign(centLedger.compare(ca, cb))).toBe(Math.sign(decimalLedger.compare(da, db)));
        expect(centLedger.text(centLedger.floor(ca, u))).toBe(decimalLedger.text(decimalLedger.floor(da, u)));
        expect(centLedger.isZero(ca)).toBe(decimalLedger.isZero(da));
        const sum = centLedger.plus(ca, cb);
        const difference = centLedger.minus(ca, cb);
        if (Number.isSafeInteger(sum))
          expect(centLedger.text(sum)).toBe(decimalLedger.text(decimalLedger.plus(da, db)));
        if (Number.isSafeInteger(difference))
          expect(centLedger.text(difference)).toBe(decimalLedger.text(decimalLedger.minus(da, db)));
      }),
    );
  });

  it("round a capped request down to the unit as decimal.js does, in cents only when they are safe", () => {
    // Safe cents that round down to whole euros past the safe integers: the text by decimal.js, no cents.
    expect(grantableAmount("-90071992547409.01", "euro")).toEqual({ text: "-90071992547410.00", cents: null });
    expect(grantableAmount("-90071992547409.00", "euro")).toEqual({
      text: "-90071992547409.00",
      cents: -9007199254740900,
    });
    expect(grantableAmount("90071992547409.91", "euro")).toEqual({
      text: "90071992547409.00",
      cents: 9007199254740900,
    });
    fc.assert(
      fc.property(signed, unit, (c, u) => {
        const capped = text(c);
        const g = grantableAmount(capped, u);
        expect(g.text).toBe(canonical(roundDec(new Dec(capped), u, "down")));
        expect(g.cents).toBe(toCents(g.text) === null || toCents(capped) === null ? null : toCents(g.text));
      }),
    );
  });

  it("keeps the accounts in cents only when the appropriation, each grantable amount and their sum are safe", () => {
    expect(centsFit("90071992547409.91", [])).toBe(true);
    expect(centsFit("90071992547409.92", [])).toBe(false);
    expect(centsFit("100.00", [Number.MAX_SAFE_INTEGER])).toBe(true);
    expect(centsFit("100.00", [Number.MAX_SAFE_INTEGER, 1])).toBe(false);
    expect(centsFit("100.00", [100, null])).toBe(false);
    fc.assert(
      fc.property(cents, fc.array(cents, { maxLength: 6 }), (appropriation, grantables) => {
        const safe = grantables.map((g) => (g <= LIMIT ? Number(g) : null));
        const sum = grantables.reduce((s, g) => s + g, 0n);
        const expected = appropriation <= LIMIT && grantables.every((g) => g <= LIMIT) && sum <= LIMIT;
        expect(centsFit(text(appropriation), safe)).toBe(expected);
      }),
    );
  });
});

/** Competing entries in rank order, as the pipeline hands them to the funding step. */
function ranked(grantables: readonly bigint[]): Entry[] {
  return grantables.map((g, i) => ({
    id: `C-${String(i).padStart(3, "0")}`,
    status: "rejected",
    amount: null,
    rank: i + 1,
    score: "3.0000",
    assessmentStatus: "eligible",
    requestedGrant: text(g),
    maxGrant: text(g),
    eligibleCosts: text(g),
    grantableText: text(g),
    grantableCents: toCents(text(g)),
    scoreKey: 30_000,
    excludedReviewers: [],
    competing: true,
    reasons: [],
    outcome: null,
    tied: null,
  }));
}

const positive = cents.filter((c) => c > 0n);
// Grantable amounts whose sum stays safe, so the cent ledger may keep the accounts.
const safeGrantables = fc.array(fc.bigInt({ min: 1n, max: LIMIT / 40n }), { maxLength: 30 });

describe("funding in cents gives what funding in decimals gives", () => {
  it("ranked, skipping or granting part", () => {
    fc.assert(
      fc.property(
        safeGrantables,
        cents,
        unit,
        fc.constantFrom("skip" as const, "partial" as const),
        (gs, appropriation, u, policy) => {
          const a = text(appropriation);
          fc.pre(
            centsFit(
              a,
              ranked(gs).map((e) => e.grantableCents),
            ),
          );
          const inCents = ranked(gs);
          const inDecimals = ranked(gs);
          const c = fundRanked(
            inCents,
            inCents.map((e) => e.grantableCents!),
            centLedger.of(a),
            centLedger,
            u,
            policy,
            "fi",
          );
          const d = fundRanked(
            inDecimals,
            inDecimals.map((e) => new Dec(e.grantableText!)),
            new Dec(a),
            decimalLedger,
            u,
            policy,
            "fi",
          );
          expect(c).toEqual(d);
          expect(inCents).toEqual(inDecimals);
        },
      ),
    );
  });

  it("pro rata, in full or by the largest remainders", () => {
    fc.assert(
      fc.property(safeGrantables, cents, unit, (gs, appropriation, u) => {
        const a = text(appropriation);
        fc.pre(
          centsFit(
            a,
            ranked(gs).map((e) => e.grantableCents),
          ),
        );
        const inCents = ranked(gs);
        const inDecimals = ranked(gs);
        const c = fundProRata(
          inCents,
          inCents.map((e) => e.grantableCents!),
          centLedger.of(a),
          centLedger,
          u,
          "sv",
        );
        const d = fundProRata(
          inDecimals,
          inDecimals.map((e) => new Dec(e.grantableText!)),
          new Dec(a),
          decimalLedger,
          u,
          "sv",
        );
        expect(c).toEqual(d);
        expect(inCents).toEqual(inDecimals);
      }),
    );
  });

  it("a whole ranked allocation is the same when one amount beyond the safe range sends it to decimal.js", () => {
    // The extra candidate has the lowest score, so it is ranked last and cannot change anyone
    // ranked before it; its grantable amount is beyond 2^53 − 1 cents, so with it every account is
    // kept in decimal.js, and without it in cents.
    const row = fc.record({ requested: positive, maxGrant: positive, score: fc.integer({ min: 0, max: 8 }) });
    const huge: AssessedCandidate = {
      id: "Z-huge",
      score: "-1",
      assessment: assessment("eligible", { requested: "99999999999999.00", maxGrant: "99999999999999.00" }),
    };
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 20 }),
        cents,
        unit,
        fc.constantFrom("skip" as const, "partial" as const),
        (rows, appropriation, u, partial) => {
          const candidates: AssessedCandidate[] = rows.map((r, i) => ({
            id: `R-${i}`,
            score: `${r.score / 2}`,
            assessment: assessment("eligible", { requested: text(r.requested), maxGrant: text(r.maxGrant) }),
          }));
          const options = {
            edition: "2022",
            appropriation: text(appropriation),
            unit: u,
            partial,
            locale: "en",
          } as const;
          const plain = allocateAssessed(candidates, options);
          const withHuge = allocateAssessed([...candidates, huge], options);
          if (!plain.success || !withHuge.success) throw new Error("the allocation failed");
          const others = (r: AllocationResult) => r.allocations.filter((a) => a.id !== huge.id);
          expect(others(withHuge.data)).toEqual(others(plain.data));
        },
      ),
    );
  });
});
