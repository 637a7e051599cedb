import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseApplication } from "../../src/application/parse.js";
import { amountInputSchema } from "../../src/application/schema.js";
import { MAX_AMOUNT, parseAmount } from "../../src/money/amount.js";
import { MAX_CENTS, centsToAmount } from "../helpers/money.js";
import { application2022 } from "../helpers/application2022.js";

// The input contract reads every amount with the money kernel's parseAmount and nothing else: the
// parsed application holds parseAmount's canonical text, and an amount it refuses is reported
// with parseAmount's code and input, at the amount's path.
describe("the amounts of an application are read by parseAmount", () => {
  const agree = (input: string | number) => {
    const expected = parseAmount(input);
    const r = parseApplication(
      application2022((a) => {
        a.budget.requestedGrant = input;
        a.budget.lines[0]!.vat = input;
      }),
    );
    if (expected.success) {
      expect(r.success && [r.data.budget.requestedGrant, r.data.budget.lines[0]!.vat]).toEqual([
        expected.data,
        expected.data,
      ]);
    } else {
      const { code, input: printed } = expected.issues[0]!;
      expect(r.success ? [] : r.issues.map((i) => [i.path, i.code, i.params])).toEqual([
        [["budget", "lines", 0, "vat"], code, { field: "budget.lines[0].vat", input: printed }],
        [["budget", "requestedGrant"], code, { field: "budget.requestedGrant", input: printed }],
      ]);
    }
  };

  it("on canonical amounts up to MAX_AMOUNT and beyond", () => {
    fc.assert(fc.property(fc.bigInt({ min: 0n, max: MAX_CENTS * 10n }), (c) => agree(centsToAmount(c))));
  });

  it("on near-canonical text", () => {
    fc.assert(fc.property(fc.stringMatching(/^-?0{0,2}\d{0,16}(\.\d{0,3})?$/), agree));
  });

  it("on JSON numbers (finite: JSON has no others)", () => {
    const number = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer());
    fc.assert(fc.property(number, agree));
  });

  it.each(["0.00", "-0.00", "00.10", "1.0", "1.000", MAX_AMOUNT, "100000000000000.00", "085000.00", "1e3", " 1.00"])(
    "on %j",
    (s) => agree(s),
  );

  it("keeps the parsed text of the input's budget line amounts", () => {
    const r = parseApplication(application2022((a) => (a.budget.lines[0]!.amount = 120000.5)));
    expect(r.success && r.data.budget.lines[0]!.amount).toBe("120000.50");
    expect(amountInputSchema.safeParse("120000.5")).toEqual({ success: true, data: "120000.50" });
  });

  it("refuses text longer than 64 characters before reading it", () => {
    const r = parseApplication(application2022((a) => (a.budget.requestedGrant = "1".repeat(65))));
    expect(r.success ? [] : r.issues.map((i) => [i.path, i.code])).toEqual([
      [["budget", "requestedGrant"], "application.tooLong"],
    ]);
  });
});
