import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type RoundingMode, applyRate, roundAmount } from "../../src/money/rounding.js";
import { amount, amountToCents, centsToAmount, divRound, signedAmount } from "../helpers/money.js";

const mode = fc.constantFrom<RoundingMode>("down", "up", "halfUp", "halfEven");
// A rate with up to four decimals, 0–100 %, as text and as ten-thousandths.
const rate = fc
  .integer({ min: 0, max: 10_000 })
  .map((n) => ({ text: (n / 10_000).toFixed(4), tenThousandths: BigInt(n) }));

describe("rounding properties", () => {
  it("the 85 % ceiling rounded down never exceeds amount × 0.85 and is within one cent of it", () => {
    fc.assert(
      fc.property(amount(), (cost) => {
        const granted = amountToCents(applyRate(cost, "0.85", { unit: "cent", mode: "down" }));
        const exactTimes100 = amountToCents(cost) * 85n; // amount × 0.85, in hundredths of a cent
        expect(granted * 100n <= exactTimes100).toBe(true);
        expect(exactTimes100 - granted * 100n < 100n).toBe(true);
      }),
    );
  });

  it("applyRate equals the exact product rounded by the named mode, to the cent and to the euro", () => {
    fc.assert(
      fc.property(signedAmount(), rate, mode, (a, r, m) => {
        const product = amountToCents(a) * r.tenThousandths; // in 1/10 000 cent
        expect(applyRate(a, r.text, { unit: "cent", mode: m })).toBe(centsToAmount(divRound(product, 10_000n, m)));
        expect(applyRate(a, r.text, { unit: "euro", mode: m })).toBe(
          centsToAmount(divRound(product, 1_000_000n, m) * 100n),
        );
      }),
    );
  });

  it("roundAmount to the euro equals the cents rounded by the named mode", () => {
    fc.assert(
      fc.property(signedAmount(), mode, (a, m) => {
        expect(roundAmount(a, "euro", m)).toBe(centsToAmount(divRound(amountToCents(a), 100n, m) * 100n));
      }),
    );
  });

  it("down ≤ halfEven, halfUp ≤ up, and up − down is at most one unit", () => {
    fc.assert(
      fc.property(signedAmount(), (a) => {
        const [down, halfUp, halfEven, up] = (["down", "halfUp", "halfEven", "up"] as const).map((m) =>
          amountToCents(roundAmount(a, "euro", m)),
        ) as [bigint, bigint, bigint, bigint];
        expect(down <= halfUp && down <= halfEven && halfUp <= up && halfEven <= up).toBe(true);
        expect(up - down <= 100n).toBe(true);
      }),
    );
  });
});
