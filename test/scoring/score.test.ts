import { describe, expect, it } from "vitest";
import type { CallEdition } from "../../src/editions/schema.js";
import type { AllocationIssue } from "../../src/scoring/issue.js";
import { aggregateScore, scoringModel } from "../../src/scoring/score.js";
import type { ScoringModel } from "../../src/scoring/types.js";
import { getEdition } from "../../src/editions/registry.js";

const edition = getEdition("2022");

function model(weights: Record<string, string> = {}): ScoringModel {
  const m = scoringModel(edition, { weights }, "en");
  if (!m.success) throw new Error(JSON.stringify(m.issues));
  return m.data;
}

// The five criteria of the 2022 call, in code order.
const row = (a: number, b: number, c: number, d: number, e: number) => ({
  societalAndEconomicImpact: a,
  generalSignificance: b,
  changeInWaysOfWorking: c,
  reuseAndDissemination: d,
  nationalServicesAndInteroperability: e,
});

describe("scoringModel", () => {
  it("weighs the edition's criteria equally by default, and is never official", () => {
    const m = model();
    expect(m.criteria.map((c) => [c.code, c.weight])).toEqual([
      ["societalAndEconomicImpact", "1"],
      ["generalSignificance", "1"],
      ["changeInWaysOfWorking", "1"],
      ["reuseAndDissemination", "1"],
      ["nationalServicesAndInteroperability", "1"],
    ]);
    expect(m.official).toBe(false);
    expect(m.criteria[0]!.citation).toBe("893/2019 2 §");
  });

  it("overrides the weights named and keeps the others at 1", () => {
    expect(model({ societalAndEconomicImpact: "2.50" }).criteria.map((c) => c.weight)).toEqual([
      "2.5",
      "1",
      "1",
      "1",
      "1",
    ]);
  });

  it("refuses all-zero weights", () => {
    const zero = Object.fromEntries(model().criteria.map((c) => [c.code, "0"]));
    const m = scoringModel(edition, { weights: zero }, "en");
    expect(!m.success && m.issues[0]!.message).toBe(
      "Every weight is zero; at least one criterion needs a positive weight.",
    );
  });
});

describe("aggregateScore", () => {
  it("takes a number or decimal string as is, four decimals half up", () => {
    expect(aggregateScore(4, model())).toEqual({
      kind: "scored",
      score: "4.0000",
      reviewers: null,
      excludedReviewers: [],
    });
    expect(aggregateScore("3.14159", model())).toMatchObject({ score: "3.1416" });
    expect(aggregateScore("2.00005", model())).toMatchObject({ score: "2.0001" });
    expect(aggregateScore(-0.00001, model())).toMatchObject({ score: "0.0000" });
  });

  it("averages the complete reviewers' means and leaves out one who left a criterion blank", () => {
    const r = aggregateScore(
      {
        reviewers: [
          { reviewer: "Aino", scores: row(4, 4, 4, 4, 5) }, // 4.2
          { reviewer: "Bertil", scores: { ...row(5, 5, 5, 5, 5), reuseAndDissemination: null } }, // left out
          { reviewer: "Chen", scores: row(3, 3, 3, 3, 3) }, // 3
          { reviewer: "Dana", scores: row(3, 4, 3, 4, 3) }, // 3.4
        ],
      },
      model(),
    );
    // (4.2 + 3 + 3.4) / 3 = 3.5333…
    expect(r).toEqual({
      kind: "scored",
      score: "3.5333",
      reviewers: 3,
      excludedReviewers: [{ reviewer: "Bertil", blank: ["reuseAndDissemination"] }],
    });
  });

  it("gives the result shown in its TSDoc example", () => {
    const r = aggregateScore(
      {
        reviewers: [
          { reviewer: "Aino", scores: row(4, 4, 4, 4, 5) },
          { reviewer: "Bertil", scores: { societalAndEconomicImpact: 5 } },
          { reviewer: "Chen", scores: row(3, 3, 3, 3, 3) },
        ],
      },
      model(),
    );
    expect(r).toEqual({
      kind: "scored",
      score: "3.6000",
      reviewers: 2,
      excludedReviewers: [
        {
          reviewer: "Bertil",
          blank: [
            "generalSignificance",
            "changeInWaysOfWorking",
            "reuseAndDissemination",
            "nationalServicesAndInteroperability",
          ],
        },
      ],
    });
  });

  it("weighs each reviewer's criteria before averaging", () => {
    const r = aggregateScore(
      { reviewers: [{ reviewer: "A", scores: row(5, 1, 1, 1, 1) }] },
      model({ societalAndEconomicImpact: "3" }),
    );
    // (3·5 + 4·1) / 7 = 19/7 = 2.714285…
    expect(r).toMatchObject({ score: "2.7143", reviewers: 1 });
  });

  it("reads bare score records, as in the built-in example call, naming reviewers by position", () => {
    const r = aggregateScore(
      { reviewers: [row(4, 4, 4, 4, 4), { ...row(1, 1, 1, 1, 1), generalSignificance: null }] },
      model(),
    );
    expect(r).toEqual({
      kind: "scored",
      score: "4.0000",
      reviewers: 1,
      excludedReviewers: [{ reviewer: "#2", blank: ["generalSignificance"] }],
    });
  });

  it("skips the holes of a sparse list, and reads a reviewer whose scores are null as one who left every criterion blank", () => {
    const reviewers: unknown[] = [];
    reviewers[1] = { reviewer: "B", scores: row(3, 3, 3, 3, 4) };
    reviewers[3] = { reviewer: "D", scores: null };
    const all = [
      "societalAndEconomicImpact",
      "generalSignificance",
      "changeInWaysOfWorking",
      "reuseAndDissemination",
      "nationalServicesAndInteroperability",
    ];
    expect(aggregateScore({ reviewers }, model())).toEqual({
      kind: "scored",
      score: "3.2000",
      reviewers: 1,
      // Named as given, or by position among the list's places (a hole keeps its place).
      excludedReviewers: [{ reviewer: "D", blank: all }],
    });
    expect(aggregateScore({ reviewers: [null, row(5, 5, 5, 5, 5)] }, model())).toEqual({
      kind: "scored",
      score: "5.0000",
      reviewers: 1,
      excludedReviewers: [{ reviewer: "#1", blank: all }],
    });
  });

  it("treats a score that is not a finite number as blank, and ignores criteria of other calls", () => {
    const r = aggregateScore(
      {
        reviewers: [
          { reviewer: "A", scores: { ...row(2, 2, 2, 2, 2), feasibility: 5, changeInWaysOfWorking: Number.NaN } },
        ],
      },
      model(),
    );
    expect(r).toEqual({
      kind: "unscored",
      code: "allocation.noCompleteReviewer",
      reviewers: 1,
      excludedReviewers: [{ reviewer: "A", blank: ["changeInWaysOfWorking"] }],
    });
  });

  it.each([
    [undefined, "allocation.noScore"],
    [null, "allocation.noScore"],
    [{ reviewers: [] }, "allocation.noScore"],
    [Number.POSITIVE_INFINITY, "allocation.invalidScore"],
    ["4,5", "allocation.invalidScore"],
    [{ points: 3 }, "allocation.invalidScore"],
    [[4], "allocation.invalidScore"],
  ])("%j has no score: %s", (score, code) => {
    expect(aggregateScore(score, model())).toMatchObject({ kind: "unscored", code });
  });
});

const CODES = [
  "societalAndEconomicImpact",
  "generalSignificance",
  "changeInWaysOfWorking",
  "reuseAndDissemination",
  "nationalServicesAndInteroperability",
];

const all = (value: number | string | null) => Object.fromEntries(CODES.map((c) => [c, value]));

const issuesOf = (r: { success: boolean; issues?: readonly AllocationIssue[] }) =>
  r.success ? [] : r.issues!.map((i) => [i.code, i.params]);

function equalWeights() {
  const m = scoringModel(edition);
  if (!m.success) throw new Error(JSON.stringify(m.issues));
  return m.data;
}

/** The 2022 edition as an object, with no evaluation criteria at all. */
const withoutCriteria = (): CallEdition => ({ ...edition, criteria: {} });

describe("scoringModel: weights", () => {
  it.each([
    ["a string", "2"],
    ["a list", ["2"]],
  ])("weights given as %s are refused, in Finnish by default", (_, weights) => {
    const m = scoringModel(edition, { weights } as never);
    expect(m.success ? null : m.issues).toEqual([
      {
        code: "allocation.invalidOption",
        params: { option: "scoreModel.weights", expected: "{ [criterion]: decimal string }" },
        message: "Valinta scoreModel.weights on virheellinen: odotettiin { [criterion]: decimal string }.",
      },
    ]);
  });

  it("criteria the edition lacks are reported in code-unit order, each name cut to 60 characters", () => {
    const long = "x".repeat(100);
    const m = scoringModel(
      edition,
      { weights: { zeta: "1", [long]: "1", feasibility: "2", alpha: "1" } } as never,
      "en",
    );
    expect(issuesOf(m)).toEqual([
      ["allocation.weightNotInEdition", { criterion: "alpha", edition: "2022" }],
      ["allocation.weightNotInEdition", { criterion: "feasibility", edition: "2022" }],
      ["allocation.weightNotInEdition", { criterion: "x".repeat(60), edition: "2022" }],
      ["allocation.weightNotInEdition", { criterion: "zeta", edition: "2022" }],
    ]);
  });

  it("a weight must be a plain non-negative decimal string of at most 15 + 15 digits; the input is quoted to 40 characters", () => {
    const m = scoringModel(
      edition,
      {
        weights: {
          societalAndEconomicImpact: "1x",
          generalSignificance: "1234567890123456",
          changeInWaysOfWorking: 2,
          reuseAndDissemination: "9".repeat(50),
          nationalServicesAndInteroperability: "-1",
        },
      } as never,
      "en",
    );
    expect(issuesOf(m)).toEqual([
      ["allocation.invalidWeight", { criterion: "changeInWaysOfWorking", input: "2" }],
      ["allocation.invalidWeight", { criterion: "generalSignificance", input: "1234567890123456" }],
      ["allocation.invalidWeight", { criterion: "nationalServicesAndInteroperability", input: "-1" }],
      ["allocation.invalidWeight", { criterion: "reuseAndDissemination", input: "9".repeat(40) }],
      ["allocation.invalidWeight", { criterion: "societalAndEconomicImpact", input: "1x" }],
    ]);
  });

  it("weights of several digits on both sides of the point are read exactly", () => {
    const m = scoringModel(edition, {
      weights: {
        societalAndEconomicImpact: "123456789012345",
        generalSignificance: "10.125",
        changeInWaysOfWorking: "0",
      },
    });
    expect(m.success && m.data.criteria.map((c) => c.weight)).toEqual(["123456789012345", "10.125", "0", "1", "1"]);
  });

  it("an edition with no criteria has an empty model, not a zero-weight issue", () => {
    expect(scoringModel(withoutCriteria())).toEqual({
      success: true,
      data: { edition: "2022", criteria: [], official: false },
    });
  });
});

describe("aggregateScore: which scores are read", () => {
  it.each([
    ["12", "12.0000"],
    ["4", "4.0000"],
    ["-3", "-3.0000"],
    ["0012.5", "12.5000"],
    [`${"9".repeat(30)}.5`, `${"9".repeat(30)}.5000`],
    ["2.123456789", "2.1235"],
  ])("the decimal string %j is the score %j", (given, score) => {
    expect(aggregateScore(given, equalWeights())).toEqual({
      kind: "scored",
      score,
      reviewers: null,
      excludedReviewers: [],
    });
  });

  it.each([["abc"], ["4."], [".5"], ["1e3"], [" 4"], ["9".repeat(31)], [Number.NaN], [true], [[4]]])(
    "%j is not a score",
    (given) => {
      expect(aggregateScore(given, equalWeights())).toEqual({
        kind: "unscored",
        code: "allocation.invalidScore",
        reviewers: 0,
        excludedReviewers: [],
      });
    },
  );

  it("no reviewers is no score; reviewers under a model with no criteria cannot be scored", () => {
    expect(aggregateScore({ reviewers: [] }, equalWeights())).toEqual({
      kind: "unscored",
      code: "allocation.noScore",
      reviewers: 0,
      excludedReviewers: [],
    });
    const empty = { edition: "2022" as const, criteria: [], official: false as const };
    expect(aggregateScore({ reviewers: [all(4), all(5)] }, empty)).toEqual({
      kind: "unscored",
      code: "allocation.noCriteria",
      reviewers: 2,
      excludedReviewers: [],
    });
  });

  it("a reviewer who is null or not an object has every criterion blank; a long name is cut to 200 characters", () => {
    const name = "N".repeat(250);
    const r = aggregateScore(
      { reviewers: [null, 7, { reviewer: name, scores: { societalAndEconomicImpact: 5 } }, all(3)] },
      equalWeights(),
    );
    expect(r).toEqual({
      kind: "scored",
      score: "3.0000",
      reviewers: 1,
      excludedReviewers: [
        { reviewer: "#1", blank: CODES },
        { reviewer: "#2", blank: CODES },
        { reviewer: "N".repeat(200), blank: CODES.slice(1) },
      ],
    });
  });

  it("criteria scored with something not a number are blank; five-decimal means round half up", () => {
    const r = aggregateScore(
      { reviewers: [{ ...all("3.00005") }, { ...all(4), generalSignificance: "four" }] },
      equalWeights(),
    );
    expect(r).toEqual({
      kind: "scored",
      score: "3.0001",
      reviewers: 1,
      excludedReviewers: [{ reviewer: "#2", blank: ["generalSignificance"] }],
    });
  });
});

describe("aggregateScore: reviewers' means, exact to four decimals", () => {
  const row = (...values: (number | string)[]) => Object.fromEntries(CODES.map((c, i) => [c, values[i]!]));
  const scoreOf = (reviewers: object[], weights: Record<string, string> = {}) => {
    const m = scoringModel(edition, { weights });
    if (!m.success) throw new Error(JSON.stringify(m.issues));
    const r = aggregateScore({ reviewers }, m.data);
    return r.kind === "scored" ? r.score : r.code;
  };

  it("a criterion weighing 2 counts twice: (2·4 + 4·4) / 6 = 4 and (2·5 + 4·4) / 6 = 4.3333", () => {
    expect(scoreOf([row(4, 4, 4, 4, 4)], { societalAndEconomicImpact: "2" })).toBe("4.0000");
    expect(scoreOf([row(5, 4, 4, 4, 4)], { societalAndEconomicImpact: "2" })).toBe("4.3333");
    expect(scoreOf([row(5, 4, 4, 4, 4)], { societalAndEconomicImpact: "0.5" })).toBe("4.1111");
  });

  it("scores with different numbers of decimals are added exactly: (3.5 + 4·10) / 5 and (3.5 + 3.25 + 3) / 5", () => {
    expect(scoreOf([row("3.5", 10, 10, 10, 10)])).toBe("8.7000");
    expect(scoreOf([row("3.5", "3.25", 1, 1, 1)])).toBe("1.9500");
    expect(scoreOf([row(1, 1, 1, "3.25", "3.5")])).toBe("1.9500");
  });

  it("a mean that rounds to zero from below is written without a minus sign", () => {
    expect(scoreOf([row("-0.00001", "-0.00001", "-0.00001", "-0.00001", "-0.00001")])).toBe("0.0000");
    expect(scoreOf([row("-0.00005", "-0.00005", "-0.00005", "-0.00005", "-0.00005")])).toBe("-0.0001");
  });
});
