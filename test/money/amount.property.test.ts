import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isAmount, parseAmount } from "../../src/money/amount.js";
import { MAX_CENTS, amount, centsToAmount, cents, signedAmount } from "../helpers/money.js";

// 2^46 €: from here up a double is coarser than a cent.
const EXACT_NUMBER_CENTS = 2n ** 46n * 100n - 1n;

describe("parseAmount properties", () => {
  it("reads every canonical amount as itself", () => {
    fc.assert(
      fc.property(amount(), (a) => {
        expect(parseAmount(a)).toEqual({ success: true, data: a });
      }),
    );
  });

  it("reads every signed canonical amount as itself when negatives are allowed", () => {
    fc.assert(
      fc.property(signedAmount(), (a) => {
        expect(parseAmount(a, { allowNegative: true })).toEqual({ success: true, data: a });
      }),
    );
  });

  it("reads short forms (no decimals, one decimal) as the canonical amount", () => {
    fc.assert(
      fc.property(amount(), (a) => {
        const short = a.replace(/\.00$/, "").replace(/(\.\d)0$/, "$1");
        expect(parseAmount(short)).toEqual({ success: true, data: a });
      }),
    );
  });

  it("reads a JSON number below 2^46 euros as exactly the cents it was written with", () => {
    fc.assert(
      fc.property(cents(-EXACT_NUMBER_CENTS, EXACT_NUMBER_CENTS), (c) => {
        const written = centsToAmount(c);
        expect(parseAmount(JSON.parse(written), { allowNegative: true })).toEqual({ success: true, data: written });
      }),
    );
  });

  it("never reads a JSON number as an amount other than the one written: above 2^46 € it may refuse it as imprecise", () => {
    fc.assert(
      fc.property(cents(EXACT_NUMBER_CENTS - 1000n, MAX_CENTS), (c) => {
        const written = centsToAmount(c);
        const r = parseAmount(JSON.parse(written));
        if (r.success) expect(r.data).toBe(written);
        else expect(r.issues).toEqual([{ code: "money.imprecise", input: r.issues[0]!.input }]);
      }),
    );
  });

  it("refuses a third decimal, whatever it is", () => {
    fc.assert(
      fc.property(amount(), fc.integer({ min: 0, max: 9 }), (a, digit) => {
        const r = parseAmount(`${a}${digit}`);
        expect(r).toEqual({ success: false, issues: [{ code: "money.tooManyDecimals", input: `${a}${digit}` }] });
      }),
    );
  });

  it("never throws, and returns plain JSON: a canonical amount or one coded issue", () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.double(), fc.string()), fc.boolean(), (input, allowNegative) => {
        const r = parseAmount(input, { allowNegative });
        expect(JSON.parse(JSON.stringify(r))).toEqual(r);
        if (r.success) expect(isAmount(r.data)).toBe(true);
        else expect(r.issues).toHaveLength(1);
      }),
    );
  });
});
