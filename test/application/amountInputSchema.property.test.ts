import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { amountInputSchema } from "../../src/application/schema.js";
import { MAX_AMOUNT, parseAmount } from "../../src/money/amount.js";
import { MAX_CENTS, centsToAmount } from "../helpers/money.js";

// The schema skips parseAmount for inputs that are already canonical; it must agree with it everywhere.
describe("amountInputSchema agrees with parseAmount", () => {
  const agree = (input: string | number) => {
    const r = amountInputSchema.safeParse(input);
    const p = parseAmount(input);
    expect(r.success).toBe(p.success);
    if (r.success && p.success) expect(r.data).toBe(p.data);
  };

  it("on canonical amounts up to MAX_AMOUNT and beyond", () => {
    fc.assert(fc.property(fc.bigInt({ min: 0n, max: MAX_CENTS * 10n }), (c) => agree(centsToAmount(c))));
  });

  it("on near-canonical text", () => {
    const text = fc.stringMatching(/^-?0{0,2}\d{0,16}(\.\d{0,3})?$/);
    fc.assert(fc.property(text, agree));
  });

  it.each(["0.00", "-0.00", "00.10", "1.0", "1.000", MAX_AMOUNT, "100000000000000.00", "085000.00", "1e3", " 1.00"])(
    "on %j",
    (s) => agree(s),
  );
});
