import { describe, expect, it } from "vitest";
import { aggregateScore, scoringModel } from "../../src/allocate/score.js";
import type { ScoringModel } from "../../src/allocate/types.js";
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
