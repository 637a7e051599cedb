// Tests written to kill mutants of src/allocate/score.ts and the score branch of classify.ts that
// survived `npm run mutation` (docs/quality.md): which weights and scores are read, the coded issues
// of bad weights with their exact parameters, how reviewers are named and left out, and the reason
// an unscored application gets, with its parameters. The ministry published no weights (893/2019
// 2 § names the criteria only), so every weight here is the caller's assumption.
import { describe, expect, it } from "vitest";
import {
  type AllocationIssue,
  type CallEdition,
  aggregateScore,
  allocate,
  getEdition,
  scoringModel,
} from "../../src/index.js";
import { APPLICATION } from "../package/consumers.js";

const edition = getEdition("2022");
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

describe("scoringModel: weights (score.ts)", () => {
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

  it("the same issue stops an allocation", () => {
    const r = allocate([{ id: "A", application: APPLICATION, score: 4 }], { scoreModel: { weights: "2" } as never });
    expect(issuesOf(r)).toEqual([
      ["allocation.invalidOption", { option: "scoreModel.weights", expected: "{ [criterion]: decimal string }" }],
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

describe("aggregateScore: which scores are read (score.ts)", () => {
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

describe("aggregateScore: reviewers' means, exact to four decimals (score.ts, integerScore.ts)", () => {
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

describe("the reason of an unscored application, with its parameters (classify.ts)", () => {
  const RANKED = { edition: "2022", appropriation: "150000.00", locale: "en" } as const;
  const reasonsOf = (score: unknown, options: object = RANKED) => {
    const r = allocate([{ id: "A", application: APPLICATION, score: score as never }], options);
    if (!r.success) throw new Error(JSON.stringify(r.issues));
    const a = r.data.allocations[0]!;
    return [a.status, ...a.reasons.map((x) => [x.code, x.params])];
  };

  it("ranking needs a score: none, a bad one, no complete reviewer, or no criteria to score", () => {
    expect(reasonsOf(undefined)).toEqual(["rejected", ["allocation.noScore", {}], expect.anything()]);
    expect(reasonsOf("abc")).toEqual(["rejected", ["allocation.invalidScore", {}], expect.anything()]);
    expect(reasonsOf({ reviewers: [{ reviewer: "Aino", scores: { societalAndEconomicImpact: 5 } }] })).toEqual([
      "rejected",
      ["allocation.noCompleteReviewer", { reviewers: 1 }],
      ["allocation.reviewerExcluded", { reviewer: "Aino", blank: CODES.slice(1) }],
      expect.anything(),
    ]);
    expect(reasonsOf({ reviewers: [all(4)] }, { ...RANKED, edition: withoutCriteria() })).toEqual([
      "rejected",
      ["allocation.noCriteria", { edition: "2022" }],
      expect.anything(),
    ]);
  });

  it("pro rata with a minimum score needs a score too", () => {
    expect(reasonsOf(undefined, { ...RANKED, strategy: "proRata", minScore: "3" })).toEqual([
      "rejected",
      ["allocation.noScore", {}],
      expect.anything(),
    ]);
  });

  it.each([[null], [undefined]])(
    "pro rata without a minimum score funds an application scored %j and says nothing of it",
    (score) => {
      expect(reasonsOf(score, { ...RANKED, strategy: "proRata" })).toEqual([
        "granted",
        ["allocation.grantedInFull", { amount: "100000.00", requestedTotal: "100000.00", appropriation: "150000.00" }],
        [
          "allocation.withinMaximum",
          { requested: "100000.00", maxGrant: "102000.42", grantable: "100000.00", rate: "0.85" },
        ],
      ]);
    },
  );

  it("a rejected application lists no excluded reviewers unless some were left out", () => {
    const r = allocate([{ id: "A", application: { edition: "2022" }, score: 4 }], RANKED);
    expect(r.success && r.data.allocations[0]!.excludedReviewers).toEqual([]);
  });
});
