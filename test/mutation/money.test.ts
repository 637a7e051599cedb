// Tests written to kill mutants that survived `npm run mutation` on src/money/ (docs/quality.md).
// Each names the mutant it kills as file:line and the change Stryker made.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_AMOUNT, formatAmount, isAmount, parseAmount, splitLargestRemainder } from "../../src/index.js";

const code = (r: ReturnType<typeof parseAmount>) => (r.success ? r.data : r.issues[0]!.code);

describe("parseAmount: exponent notation in a string", () => {
  // amount.ts:64, the exponent pattern /^-?[\d.]+e[+-]?\d+$/i with its `^` or `$` dropped, or `\d+` made `\d`.
  it.each([
    ["1e10", "money.exponent"],
    ["1E+12", "money.exponent"],
    ["-2e3", "money.exponent"],
    ["x1e5", "money.notAnAmount"],
    ["1e5x", "money.notAnAmount"],
    ["EUR 100.00", "money.notAnAmount"],
    ["100.00 €", "money.notAnAmount"],
  ])("%j is %s", (input, expected) => {
    expect(code(parseAmount(input, { allowNegative: true }))).toBe(expected);
  });
});

describe("parseAmount: a string keeps every cent however large", () => {
  // amount.ts:76, `typeof input === "number" && !carriesItsCents(…)` made `true && …`: the double
  // precision check is for JSON numbers only; a decimal string is exact up to MAX_AMOUNT.
  it.each([MAX_AMOUNT, "70368744177664.01", "-70368744177664.01"])("%s", (input) => {
    expect(parseAmount(input, { allowNegative: true })).toEqual({ success: true, data: input });
  });
  it("while a JSON number that large is refused as imprecise", () => {
    expect(code(parseAmount(Number("70368744177664.01")))).toBe("money.imprecise");
  });
});

describe("isAmount", () => {
  // amount.ts:104, `typeof value === "string" && …` made `true && …`: a number that prints with two
  // decimals is still not an Amount, which is always a string.
  it.each([1.25, 10.5, 0])("the number %s is not an amount", (value) => {
    expect(isAmount(value)).toBe(false);
  });
});

describe("formatAmount pads the cents to two digits", () => {
  // format.ts:24 and format.ts:25, `cents.padEnd(2, "0")` made `cents.padEnd(2, "")`.
  it.each([
    ["5.5", "en", "€5.50"],
    ["5.5", "fi", "5,50\u00a0€"],
    ["1234567", "en", "€1,234,567.00"],
  ] as const)("formatAmount(%j, %s) is %j", (amount, locale, expected) => {
    expect(formatAmount(amount, locale)).toBe(expected);
  });
});

describe("splitLargestRemainder", () => {
  // split.ts:56, the key tie-break `a.key > b.key ? 1 : 0` made `false ? 1 : 0`: with equal
  // remainders the unit must go to the smaller key whatever the order of the shares.
  it("gives the left-over cent to the smallest key, in any order", () => {
    const shares = (keys: string[]) => keys.map((key) => ({ key, weight: "1.00" }));
    expect(splitLargestRemainder("1.00", shares(["b", "a", "c"]), "cent")).toEqual(["0.33", "0.34", "0.33"]);
    expect(splitLargestRemainder("1.00", shares(["c", "b", "a"]), "cent")).toEqual(["0.33", "0.33", "0.34"]);
  });

  // decimal.ts:8, the private Decimal's precision of 60 digits (`{}` gives decimal.js's 20): up to
  // MAX_AMOUNT, total × weight has 32 digits; rounded to 20, near-equal remainders change places and
  // a cent moves to the wrong part.
  it("ranks remainders that differ only beyond the 20th digit exactly", () => {
    const weights = ["13850881502115.62", "13850881502127.19", "13850881502095.34", "13850881502095.41"];
    const shares = weights.map((weight, i) => ({ key: `k${i}`, weight }));
    const expected = ["23084802138114.08", "23084802138133.37", "23084802138080.29", "23084802138080.40"];
    expect(splitLargestRemainder("92339208552408.14", shares, "cent")).toEqual(expected);
    expect(
      referenceSplit(
        9233920855240814n,
        weights.map((w) => BigInt(w.replace(".", ""))),
      ).map(toAmount),
    ).toEqual(expected);
  });

  it("equals an exact integer computation for amounts up to MAX_AMOUNT", () => {
    const cents = fc.bigInt({ min: 0n, max: 9_999_999_999_999_999n });
    fc.assert(
      fc.property(cents, fc.array(cents, { minLength: 1, maxLength: 6 }), (total, weights) => {
        fc.pre(weights.some((w) => w > 0n));
        const shares = weights.map((w, i) => ({ key: `k${i}`, weight: toAmount(w) }));
        const expected = referenceSplit(total, weights).map(toAmount);
        expect(splitLargestRemainder(toAmount(total), shares, "cent")).toEqual(expected);
      }),
    );
  });
});

/** Cents as an amount string: 12345n → "123.45". */
function toAmount(cents: bigint): string {
  return `${cents / 100n}.${(cents % 100n).toString().padStart(2, "0")}`;
}

/** Largest remainder in exact integers: floors, then one cent each to the largest remainders, ties to the smaller key (k0 < k1 < …). */
function referenceSplit(total: bigint, weights: readonly bigint[]): bigint[] {
  const sum = weights.reduce((a, b) => a + b, 0n);
  const parts = weights.map((w) => (total * w) / sum);
  const remainders = weights.map((w, i) => total * w - parts[i]! * sum);
  let left = total - parts.reduce((a, b) => a + b, 0n);
  const order = weights
    .map((_, i) => i)
    .sort((a, b) =>
      remainders[b]! > remainders[a]! ? 1 : remainders[b]! < remainders[a]! ? -1 : `k${a}` < `k${b}` ? -1 : 1,
    );
  for (const i of order) {
    if (left === 0n) break;
    parts[i]! += 1n;
    left -= 1n;
  }
  return parts;
}
