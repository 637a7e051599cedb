// Which reasons a decision gives, in which order, with which rule, citation and parameters; which
// hand-made assessments are refused; and the reason of an unscored application (classify.ts).
import { describe, expect, it } from "vitest";
import { exampleCall2022 } from "../../src/examples/index.js";
import {
  type AllocationReason,
  type CallEdition,
  allocate,
  allocateAssessed,
  assess,
  getEdition,
} from "../../src/index.js";
import { asking } from "./fixtures.js";

// "late" is the one sent the next morning: 16.41 on the closing day only needs review (the time of day is inferred).
const candidate = (scenario: string) => {
  const c = exampleCall2022.candidates.filter((x) => x.scenario === scenario).at(scenario === "late" ? -1 : 0)!;
  return { id: c.id, application: c.application, score: c.score };
};

const brief = (reasons: readonly AllocationReason[]) => reasons.map((r) => [r.code, r.rule ?? null, r.params]);

const RANKED = { edition: "2022", appropriation: "10000000.00", strategy: "ranked", locale: "en" } as const;

function allocationsOf(r: ReturnType<typeof allocate>) {
  if (!r.success) throw new Error(JSON.stringify(r.issues));
  return new Map(r.data.allocations.map((a) => [a.id, a]));
}

describe("why a candidate is rejected", () => {
  // Allocated inside each test: what a describe block computes runs before Stryker switches a mutant on.
  const allocated = () =>
    allocationsOf(
      allocate(
        [
          candidate("clean"),
          candidate("late"),
          candidate("singleMunicipality"),
          candidate("softwareLicences"),
          { id: "bad", application: { edition: "2022" }, score: 3 },
        ],
        RANKED,
      ),
    );
  const get = (scenario: string) => allocated().get(candidate(scenario).id)!;

  it("an ineligible application: notEligible with the count, then each failed finding with its rule and citation", () => {
    const late = get("late");
    expect(late.status).toBe("rejected");
    expect(late.reasons.map((r) => [r.code, r.rule ?? null])).toEqual([
      ["allocation.notEligible", null],
      ["deadline.submittedInTime.fail", "deadline.submittedInTime"],
    ]);
    expect(late.reasons[0]!.params).toEqual({ edition: "2022", failed: 1 });
    expect(late.reasons[1]!.citation).toContain("893/2019 6 § 1 mom.");
    expect(brief(get("singleMunicipality").reasons)).toEqual([
      ["allocation.notEligible", null, { edition: "2022", failed: 1 }],
      [
        "consortium.minMunicipalities.fail",
        "consortium.minMunicipalities",
        {
          count: 1,
          minimum: 2,
          year: 2022,
          municipalities: ["272 Kokkola (Karleby)"],
          jointOnly: true,
          jointAuthority: false,
        },
      ],
    ]);
  });

  it("an application that needs review (not included by default): needsReview, then each open finding", () => {
    expect(get("softwareLicences").reasons.map((r) => [r.code, r.rule ?? null, r.citation ?? null])).toEqual([
      ["allocation.needsReview", null, null],
      ["costs.softwareLicences.review", "costs.softwareLicences", "893/2019 5 § 3 mom."],
    ]);
    expect(get("softwareLicences").reasons[0]!.params).toEqual({ open: 1 });
  });

  it("an invalid application: invalidApplication with the count, then each issue", () => {
    expect(brief(allocated().get("bad")!.reasons).map(([code, , params]) => [code, params])).toEqual([
      ["allocation.invalidApplication", { issues: 3 }],
      ["application.required", { field: "applicant", path: ["applicant"] }],
      ["application.required", { field: "project", path: ["project"] }],
      ["application.required", { field: "budget", path: ["budget"] }],
    ]);
  });

  it("a granted one: granted, how its score was made, and the maximum with its citation", () => {
    const clean = get("clean");
    expect(clean.status).toBe("granted");
    expect(brief(clean.reasons)).toEqual([
      ["allocation.granted", null, { rank: 1, amount: "238240.00", score: "4.8000" }],
      ["allocation.scored", null, { score: "4.8000", reviewers: 2 }],
      [
        "allocation.withinMaximum",
        null,
        { requested: "238240.00", maxGrant: "253130.00", grantable: "238240.00", rate: "0.85" },
      ],
    ]);
    expect(clean.reasons[2]!.citation).toBe("893/2019 4 §");
  });

  it("with include: eligibleAndReview, the application that needs review competes", () => {
    const r = allocationsOf(allocate([candidate("softwareLicences")], { ...RANKED, include: "eligibleAndReview" }));
    expect(r.get(candidate("softwareLicences").id)!.status).toBe("granted");
  });
});

describe("reasons are re-rendered in the allocation's language", () => {
  it("a finding assessed in Finnish reads in Swedish when the allocation is in Swedish", () => {
    const late = candidate("late");
    const fi = assess(late.application, { locale: "fi" });
    const sv = assess(late.application, { locale: "sv" });
    const r = allocateAssessed([{ id: late.id, assessment: fi, score: 4 }], { ...RANKED, locale: "sv" });
    if (!r.success) throw new Error("allocation failed");
    const failed = sv.findings.find((f) => f.outcome === "fail")!;
    expect(r.data.allocations[0]!.reasons[1]).toEqual({
      code: failed.messageCode,
      message: failed.message,
      params: failed.params,
      citation: failed.citation,
      rule: failed.rule,
    });
  });

  it("a code the catalogue does not know keeps the text it came with", () => {
    const a = assess(candidate("late").application, { locale: "en" });
    const odd = {
      ...a,
      findings: a.findings.map((f) =>
        f.outcome === "fail" ? { ...f, messageCode: "custom.code", message: "Kept as given." } : f,
      ),
    };
    const r = allocateAssessed([{ id: "X", assessment: odd as typeof a, score: 4 }], RANKED);
    if (!r.success) throw new Error("allocation failed");
    expect(r.data.allocations[0]!.reasons[1]).toMatchObject({ code: "custom.code", message: "Kept as given." });
  });
});

describe("hand-made assessments that cannot be read are refused", () => {
  const good = assess(asking("100000.00"), { locale: "en" });
  const budget = good.budget!;
  const cases: [string, unknown][] = [
    ["a string", "x"],
    ["an unknown status", { ...good, status: "weird" }],
    ["an edition that is not a string", { ...good, edition: 2022 }],
    ["findings that are not a list", { ...good, findings: {} }],
    ["issues that are not a list", { ...good, issues: null }],
    ["no budget though not invalid", { ...good, budget: null }],
    ["a requested grant that is not an amount", { ...good, budget: { ...budget, requestedGrant: "85000" } }],
    ["no maximum grant", { ...good, budget: { ...budget, maxGrant: undefined } }],
    ["eligible costs as a number", { ...good, budget: { ...budget, eligibleCosts: 5 } }],
  ];
  it.each(cases)("%s", (_, assessment) => {
    const r = allocateAssessed([{ id: "X", assessment: assessment as typeof good, score: 4 }], RANKED);
    if (!r.success) throw new Error("allocation failed");
    expect(brief(r.data.allocations[0]!.reasons)).toEqual([["allocation.invalidCandidate", null, {}]]);
  });

  it("while the real assessment is granted", () => {
    const r = allocateAssessed([{ id: "X", assessment: good, score: 4 }], RANKED);
    expect(r.success && r.data.allocations[0]!.status).toBe("granted");
  });
});

describe("ids, rounding and scores", () => {
  it("an id of 200 characters is usable, one of 201 or an empty one is not", () => {
    const ok = "x".repeat(200);
    const r = allocate(
      [ok, "y".repeat(201), ""].map((id) => ({ id, application: asking("100000.00"), score: 4 })),
      { ...RANKED, appropriation: "150000.00" },
    );
    if (!r.success) throw new Error("allocation failed");
    expect(r.data.allocations.map((a) => [a.id.length, a.status, a.reasons[0]!.code])).toEqual([
      [200, "granted", "allocation.granted"],
      [0, "rejected", "allocation.invalidId"],
      [0, "rejected", "allocation.invalidId"],
    ]);
  });

  it("rounding to whole euros says so", () => {
    const app = asking("1000.50");
    const a = allocationsOf(
      allocate([{ id: "A", application: app, score: 4 }], { ...RANKED, appropriation: "5000.00", unit: "euro" }),
    ).get("A")!;
    expect([a.status, a.amount, a.grantable]).toEqual(["granted", "1000.00", "1000.00"]);
    expect(brief(a.reasons).at(-1)).toEqual([
      "allocation.roundedDown",
      null,
      { from: "1000.50", to: "1000.00", unit: "euro" },
    ]);
    const cents = allocationsOf(
      allocate([{ id: "A", application: app, score: 4 }], { ...RANKED, appropriation: "5000.00", unit: "cent" }),
    ).get("A")!;
    expect([cents.amount, cents.reasons.some((r) => r.code === "allocation.roundedDown")]).toEqual(["1000.50", false]);
  });

  it("pro rata without a minimum score: a bad score does not exclude, but is reported", () => {
    const r = allocationsOf(
      allocate(
        [
          { id: "A", application: asking("100000.00"), score: "abc" as unknown as number },
          { id: "B", application: asking("100000.00") },
        ],
        { edition: "2022", appropriation: "150000.00", strategy: "proRata", unit: "cent", locale: "en" },
      ),
    );
    expect(r.get("A")!.reasons.map((x) => x.code)).toEqual([
      "allocation.proRata",
      "allocation.invalidScore",
      "allocation.withinMaximum",
    ]);
    expect(r.get("B")!.reasons.map((x) => x.code)).toEqual(["allocation.proRata", "allocation.withinMaximum"]);
    expect([r.get("A")!.amount, r.get("B")!.amount]).toEqual(["75000.00", "75000.00"]);
  });

  it("a reviewer with a blank criterion is left out and named", () => {
    const reviewers = [
      {
        societalAndEconomicImpact: 5,
        generalSignificance: null,
        changeInWaysOfWorking: 4,
        reuseAndDissemination: 4,
        nationalServicesAndInteroperability: 4,
      },
      {
        societalAndEconomicImpact: 3,
        generalSignificance: 3,
        changeInWaysOfWorking: 3,
        reuseAndDissemination: 3,
        nationalServicesAndInteroperability: 3,
      },
    ];
    const a = allocationsOf(
      allocate([{ id: "A", application: asking("100000.00"), score: { reviewers } }], {
        ...RANKED,
        appropriation: "150000.00",
      }),
    ).get("A")!;
    expect(a.score).toBe("3.0000");
    expect(a.excludedReviewers).toEqual([{ reviewer: "#1", blank: ["generalSignificance"] }]);
    expect(brief(a.reasons).slice(1, 3)).toEqual([
      ["allocation.scored", null, { score: "3.0000", reviewers: 1 }],
      ["allocation.reviewerExcluded", null, { reviewer: "#1", blank: ["generalSignificance"] }],
    ]);
  });
});

const edition = getEdition("2022");

const CODES = [
  "societalAndEconomicImpact",
  "generalSignificance",
  "changeInWaysOfWorking",
  "reuseAndDissemination",
  "nationalServicesAndInteroperability",
];

const all = (value: number | string | null) => Object.fromEntries(CODES.map((c) => [c, value]));

/** The 2022 edition as an object, with no evaluation criteria at all. */
const withoutCriteria = (): CallEdition => ({ ...edition, criteria: {} });

describe("the reason of an unscored application, with its parameters", () => {
  const RANKED = { edition: "2022", appropriation: "150000.00", locale: "en" } as const;
  const reasonsOf = (score: unknown, options: object = RANKED) => {
    const r = allocate([{ id: "A", application: asking("100000.00"), score: score as never }], options);
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
