// Scores are aggregated with integers when the digits allow and with decimal.js otherwise; these
// properties show that the integer path gives exactly the text decimal.js gives, halfway cases,
// long decimals and huge values included.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fixedScoreText, integerMean, integerWeights } from "../../src/allocate/integerScore.js";
import { aggregateScore, scoreText, scoringModel } from "../../src/allocate/score.js";
import type { ScoringModel } from "../../src/allocate/types.js";
import { getEdition } from "../../src/editions/registry.js";
import { Dec } from "../../src/money/decimal.js";

function model(weights: Record<string, string> = {}): ScoringModel {
  const m = scoringModel(getEdition("2022"), { weights });
  if (!m.success) throw new Error(JSON.stringify(m.issues));
  return m.data;
}

const CODES = model().criteria.map((c) => c.code);

/** The specification: each complete reviewer's weighted mean, then their mean, in decimal.js. */
function decimalScore(rows: readonly (readonly (number | string)[])[], m: ScoringModel): string {
  const weightSum = m.criteria.reduce((s, c) => s.plus(c.weight), new Dec(0));
  let sum = new Dec(0);
  for (const row of rows) {
    let weighted = new Dec(0);
    m.criteria.forEach((c, i) => {
      weighted = weighted.plus(new Dec(row[i]!).times(c.weight));
    });
    sum = sum.plus(weighted.dividedBy(weightSum));
  }
  return scoreText(sum.dividedBy(rows.length));
}

const digits = (min: number, max: number) => fc.stringMatching(new RegExp(`^[0-9]{${min},${max}}$`));
/** A decimal string: often short, sometimes with many digits or a minus sign. */
const decimalText = fc
  .tuple(fc.boolean(), digits(1, 18), fc.option(digits(1, 18), { nil: undefined }))
  .map(
    ([negative, whole, fraction]) => `${negative ? "-" : ""}${whole}${fraction === undefined ? "" : `.${fraction}`}`,
  );
const scoreValue = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 10 }) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 100 }).map((n) => n / 4) },
  {
    weight: 2,
    arbitrary: fc
      .integer({ min: 0, max: 1000 })
      .map((n) => `${Math.trunc(n / 100)}.${String(n % 100).padStart(2, "0")}`),
  },
  { weight: 1, arbitrary: decimalText },
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e25, max: 1e25 }) },
);
const weight = fc.oneof(
  fc.constantFrom("1", "2", "0.5", "0", "3"),
  fc
    .tuple(digits(1, 6), fc.option(digits(1, 15), { nil: undefined }))
    .map(([w, f]) => (f === undefined ? w : `${w}.${f}`)),
);
const weights = fc
  .array(weight, { minLength: CODES.length, maxLength: CODES.length })
  .map((ws) => Object.fromEntries(CODES.map((c, i) => [c, ws[i]!])));
const row = fc.array(scoreValue, { minLength: CODES.length, maxLength: CODES.length });
const record = (values: readonly (number | string)[]) => Object.fromEntries(CODES.map((c, i) => [c, values[i]!]));

describe("a score given as one number", () => {
  it("is written from its digits exactly as decimal.js rounds it, or left to decimal.js", () => {
    fc.assert(
      fc.property(fc.oneof(scoreValue, decimalText, fc.integer()), (v) => {
        const text = fixedScoreText(v);
        if (text !== null) expect(text).toBe(scoreText(new Dec(v)));
        expect(aggregateScore(v, model())).toEqual({
          kind: "scored",
          score: scoreText(new Dec(v)),
          reviewers: null,
          excludedReviewers: [],
        });
      }),
    );
  });

  it.each([
    [4, "4.0000"],
    [-0, "0.0000"],
    ["-0.00", "0.0000"],
    ["007.50", "7.5000"],
    ["-2.5", "-2.5000"],
    ["0.5", "0.5000"],
    ["0.0", "0.0000"],
    ["10.25", "10.2500"],
    ["12.3456", "12.3456"],
    ["00.5", "0.5000"],
    [3.25, "3.2500"],
    ["3.14159", null],
    [1e-7, null],
    [1e21, null],
  ])("%s → %s", (v, expected) => {
    expect(fixedScoreText(v)).toBe(expected);
  });
});

describe("reviewers' scores aggregated with integers", () => {
  it("give exactly the decimal.js result", () => {
    fc.assert(
      fc.property(weights, fc.array(row, { minLength: 1, maxLength: 6 }), (w, rows) => {
        const m = scoringModel(getEdition("2022"), { weights: w });
        fc.pre(m.success);
        if (!m.success) return;
        const r = aggregateScore({ reviewers: rows.map(record) }, m.data);
        expect(r).toEqual({
          kind: "scored",
          score: decimalScore(rows, m.data),
          reviewers: rows.length,
          excludedReviewers: [],
        });
      }),
    );
  });

  it("leave a mean exactly halfway between two four-decimal values to decimal.js", () => {
    // One reviewer, equal weights: the mean is s/5, halfway when s = (2t + 1) × 0.00025.
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.integer({ min: 1, max: 4 }), (t, k) => {
        const s = new Dec(2 * t + 1).times("0.00025").toString();
        const rows = Array.from({ length: k }, () => [s, 0, 0, 0, 0]);
        const w = integerWeights(model());
        expect(w).not.toBeNull();
        expect(integerMean(rows, w!)).toBeNull();
        expect(aggregateScore({ reviewers: rows.map(record) }, model())).toMatchObject({
          score: decimalScore(rows, model()),
        });
      }),
    );
  });

  it("give up rather than lose a digit", () => {
    const w = integerWeights(model())!;
    expect(integerMean([["9007199254740991", 0, 0, 0, 0]], w)).toBeNull();
    // Each term is a safe integer; their sum, 2^53, is not.
    expect(integerMean([["4503599627370496", "4503599627370496", 0, 0, 0]], w)).toBeNull();
    // A sum that passes 2^53 loses a unit, even if a later term brings it back: 101 / 5, not 100 / 5.
    const back = ["9007199254740991", "2", "-9007199254740892", 0, 0];
    expect(integerMean([back], w)).toBeNull();
    expect(aggregateScore({ reviewers: [record(back)] }, model())).toMatchObject({ score: "20.2000" });
    expect(integerMean([["0.1234567890123456", 0, 0, 0, 0]], w)).toBeNull();
    expect(integerMean([[1e-7, 0, 0, 0, 0]], w)).toBeNull();
    expect(integerMean([[4, 4, 4, 4, 5]], w)).toBe("4.2000");
    expect(integerMean([["-1", 0, 0, 0, "-0.0001"]], w)).toBe("-0.2000");
    expect(integerMean([["0.00001", 0, 0, 0, 0]], w)).toBe("0.0000");
  });

  it("read the weights as integers over one power of ten, or not at all", () => {
    expect(integerWeights(model({ reuseAndDissemination: "0.25" }))).toEqual({
      scaled: [100, 100, 100, 25, 100],
      sum: 425,
    });
    const odd = (ws: string[]): ScoringModel => ({
      ...model(),
      criteria: model().criteria.map((c, i) => ({ ...c, weight: ws[i]! })),
    });
    expect(integerWeights(odd(["0", "0", "0", "0", "0"]))).toBeNull();
    expect(integerWeights(odd(["-1", "1", "1", "1", "1"]))).toBeNull();
    expect(integerWeights(odd(["1e2", "1", "1", "1", "1"]))).toBeNull();
    expect(integerWeights(odd(["9007199254740992", "1", "1", "1", "1"]))).toBeNull();
    expect(integerWeights(odd(["4503599627370496", "4503599627370496", "1", "1", "1"]))).toBeNull();
  });
});
