import { describe, expect, it } from "vitest";
import { assess } from "../../src/assess/assess.js";
import type { Assessment } from "../../src/assess/types.js";
import { exampleCall2022 } from "../../src/examples/index.js";
import { allocateAssessed } from "../../src/allocate/allocateAssessed.js";
import type { AllocateOptions, AllocationResult, AssessedCandidate } from "../../src/allocate/types.js";
import { INVALID_CANDIDATE, allocations, asking, assessment, brief, eligible, failing } from "./fixtures.js";

// Four eligible applications competing for 1 M€, checked by hand:
//   A score 4.5, requested 600 000.00, maximum 595 000.50 (85 % of 700 000.59, rounded down)
//   B score 4.0, requested 300 000.00, maximum 340 000.00
//   C score 3.5, requested 200 000.00, maximum 250 000.00
//   D score 3.0, requested  90 000.00
const four: AssessedCandidate[] = [
  eligible("C", 3.5, "200000.00", "250000.00"),
  eligible("A", 4.5, "600000.00", "595000.50"),
  eligible("D", 3, "90000.00"),
  eligible("B", "4.0", "300000.00", "340000.00"),
];

function run(candidates: readonly AssessedCandidate[], options: AllocateOptions): AllocationResult {
  const r = allocateAssessed(candidates, { edition: "2022", locale: "en", ...options });
  if (!r.success) throw new Error(JSON.stringify(r.issues));
  return r.data;
}

const table = (r: AllocationResult) => r.allocations.map((a) => [a.id, a.status, a.amount, a.rank]);

describe("allocateAssessed, ranked", () => {
  it("skips the application that does not fit and funds the cheaper one after it (cents)", () => {
    const r = run(four, { appropriation: "1000000.00", strategy: "ranked", partial: "skip" });
    expect(table(r)).toEqual([
      ["A", "granted", "595000.50", 1],
      ["B", "granted", "300000.00", 2],
      ["C", "reserve", "0.00", 3],
      ["D", "granted", "90000.00", 4],
    ]);
    expect([r.totalGranted, r.remaining, r.exhaustedAtRank]).toEqual(["985000.50", "14999.50", 3]);
    const c = r.allocations[2]!;
    expect(c.reasons[0]).toMatchObject({
      code: "allocation.doesNotFit",
      params: { rank: 3, grantable: "200000.00", remaining: "104999.50" },
    });
    expect(c.reasons[0]!.message).toBe(
      "Reserve: at rank 3 €104,999.50 of the appropriation remained, less than the €200,000.00 it can be granted; it was skipped and later applications were tried.",
    );
    expect(r.notes.at(-1)).toMatchObject({ code: "allocation.remainderUnfunded", params: { remaining: "14999.50" } });
  });

  it("partly funds the application where the money runs out, then stops (cents)", () => {
    const r = run(four, { appropriation: "1000000.00", partial: "partial" });
    expect(table(r)).toEqual([
      ["A", "granted", "595000.50", 1],
      ["B", "granted", "300000.00", 2],
      ["C", "granted", "104999.50", 3],
      ["D", "reserve", "0.00", 4],
    ]);
    expect([r.totalGranted, r.remaining, r.exhaustedAtRank]).toEqual(["1000000.00", "0.00", 3]);
    expect(r.allocations[2]!.reasons[0]!.message).toBe(
      "The appropriation was exhausted at rank 3: granted the remaining €104,999.50 of the €200,000.00 it could have been granted.",
    );
    expect(r.allocations[3]!.reasons[0]!.message).toBe(
      "Reserve: the appropriation was exhausted at rank 3 (this application is at rank 4).",
    );
  });

  it("rounds every grant down to whole euros first (the 2022 grants were whole euros)", () => {
    const skip = run(four, { appropriation: "1000000.00", unit: "euro" });
    expect(table(skip).map((row) => row[2])).toEqual(["595000.00", "300000.00", "0.00", "90000.00"]);
    expect([skip.totalGranted, skip.remaining]).toEqual(["985000.00", "15000.00"]);
    const a = skip.allocations[0]!;
    expect(a.grantable).toBe("595000.00");
    expect(a.reasons.map((x) => x.code)).toEqual([
      "allocation.granted",
      "allocation.withinMaximum",
      "allocation.roundedDown",
    ]);
    expect(a.reasons.find((x) => x.code === "allocation.withinMaximum")).toMatchObject({ citation: "893/2019 4 §" });

    const partial = run(four, { appropriation: "1000000.00", unit: "euro", partial: "partial" });
    expect(table(partial).map((row) => row[2])).toEqual(["595000.00", "300000.00", "105000.00", "0.00"]);
    expect([partial.totalGranted, partial.remaining]).toEqual(["1000000.00", "0.00"]);
  });

  it("never grants more than requested nor more than the maximum", () => {
    const r = run(four, { appropriation: "10000000.00" });
    expect(table(r).map((row) => row[2])).toEqual(["595000.50", "300000.00", "200000.00", "90000.00"]);
    expect(r.exhaustedAtRank).toBeNull();
    expect(r.notes.at(-1)).toMatchObject({
      code: "allocation.remainderAllFunded",
      params: { remaining: "8814999.50" },
    });
  });

  it("breaks ties by the smaller grantable amount, then by id, and says so", () => {
    const r = run(
      [
        eligible("z", 4, "100.00"),
        eligible("b", 4, "50.00"),
        eligible("a", 4, "100.00"),
        eligible("top", 5, "1000.00"),
      ],
      { appropriation: "1150.00" },
    );
    expect(table(r)).toEqual([
      ["top", "granted", "1000.00", 1],
      ["b", "granted", "50.00", 2],
      ["a", "granted", "100.00", 3],
      ["z", "reserve", "0.00", 4],
    ]);
    const tie = r.allocations[1]!.reasons.find((x) => x.code === "allocation.tied");
    expect(tie?.params).toEqual({ score: "4.0000", count: 3 });
    expect(r.allocations[0]!.reasons.some((x) => x.code === "allocation.tied")).toBe(false);
  });

  it("gives the reasons in reading order: the outcome, what was found on the way, the tie", () => {
    const r = run([eligible("a", 4, "100.50"), eligible("b", 4, "200.00"), eligible("c", 3, "0.40")], {
      appropriation: "150.00",
      unit: "euro",
    });
    const codes = (id: string) => r.allocations.find((a) => a.id === id)!.reasons.map((x) => x.code);
    expect(codes("a")).toEqual([
      "allocation.granted",
      "allocation.withinMaximum",
      "allocation.roundedDown",
      "allocation.tied",
    ]);
    expect(codes("b")).toEqual(["allocation.doesNotFit", "allocation.withinMaximum", "allocation.tied"]);
    // Nothing to grant once rounded down: the rejection comes first, then how the amount was found.
    expect(codes("c")).toEqual(["allocation.nothingToGrant", "allocation.withinMaximum", "allocation.roundedDown"]);
  });

  it("ranks on scores rounded to four decimals, so 1/3 and 0.33333 tie", () => {
    const r = run([eligible("b", "0.33333", "10.00"), eligible("a", "0.333331", "10.00")], { appropriation: "10.00" });
    expect(r.allocations.map((a) => [a.id, a.score])).toEqual([
      ["a", "0.3333"],
      ["b", "0.3333"],
    ]);
  });

  it("applies a minimum score", () => {
    const r = run(four, { appropriation: "10000000.00", minScore: "3.5" });
    expect(table(r)).toEqual([
      ["A", "granted", "595000.50", 1],
      ["B", "granted", "300000.00", 2],
      ["C", "granted", "200000.00", 3],
      ["D", "rejected", "0.00", null],
    ]);
    expect(r.allocations[3]!.reasons[0]).toMatchObject({
      code: "allocation.belowMinScore",
      params: { score: "3.0000", minScore: "3.5" },
    });
    expect(r.minScore).toBe("3.5");
  });

  it("hands out nothing from an empty appropriation", () => {
    const r = run(four, { appropriation: "0.00" });
    expect(r.allocations.map((a) => a.status)).toEqual(["reserve", "reserve", "reserve", "reserve"]);
    expect([r.totalGranted, r.remaining, r.exhaustedAtRank]).toEqual(["0.00", "0.00", 1]);
  });
});

describe("allocateAssessed, proRata", () => {
  it("splits the appropriation by the largest-remainder method, to the cent", () => {
    const r = run(four, { appropriation: "1000000.00", strategy: "proRata" });
    expect(table(r)).toEqual([
      ["A", "granted", "502109.91", 1],
      ["B", "granted", "253164.45", 2],
      ["C", "granted", "168776.30", 3],
      ["D", "granted", "75949.34", 4],
    ]);
    expect(r.proRata).toEqual({ requestedTotal: "1185000.50", distributed: "1000000.00", factor: "0.843882" });
    expect([r.totalGranted, r.remaining, r.partial]).toEqual(["1000000.00", "0.00", null]);
    expect(r.allocations[0]!.reasons[0]!.code).toBe("allocation.proRata");
  });

  it("splits whole euros and keeps the cents of the appropriation as the remainder", () => {
    const r = run(four, { appropriation: "1000000.75", strategy: "proRata", unit: "euro" });
    expect(table(r).map((row) => row[2])).toEqual(["502110.00", "253165.00", "168776.00", "75949.00"]);
    expect([r.totalGranted, r.remaining]).toEqual(["1000000.00", "0.75"]);
    expect(r.proRata).toEqual({ requestedTotal: "1185000.00", distributed: "1000000.00", factor: "0.843882" });
    expect(r.notes.at(-1)).toMatchObject({
      code: "allocation.remainderRounding",
      params: { remaining: "0.75", unit: "euro" },
    });
  });

  it("grants every request in full when they fit", () => {
    const r = run(four, { appropriation: "2000000.00", strategy: "proRata" });
    expect(r.totalGranted).toBe("1185000.50");
    expect(r.proRata?.factor).toBe("1.000000");
    expect(r.allocations.every((a) => a.reasons[0]!.code === "allocation.grantedInFull")).toBe(true);
  });

  it("funds unscored eligible applications when no minimum score is set", () => {
    const r = run([{ id: "x", assessment: assessment("eligible", { requested: "10.00", maxGrant: "10.00" }) }], {
      appropriation: "5.00",
      strategy: "proRata",
    });
    expect(table(r)).toEqual([["x", "granted", "5.00", null]]);
  });
});

describe("allocateAssessed, who competes", () => {
  const mixed: AssessedCandidate[] = [
    eligible("ok", 3, "100.00"),
    {
      id: "bad",
      score: 5,
      assessment: assessment(
        "ineligible",
        { requested: "100.00", maxGrant: "100.00" },
        {
          findings: [failing("consortium.minMunicipalities", "893/2019 3 §")],
        },
      ),
    },
    { id: "review", score: 5, assessment: assessment("needsReview", { requested: "100.00", maxGrant: "100.00" }) },
    { id: "invalid", score: 5, assessment: assessment("invalid", { requested: "0.00", maxGrant: "0.00" }) },
    {
      id: "old",
      score: 5,
      assessment: assessment("eligible", { requested: "100.00", maxGrant: "100.00" }, { edition: "2021" }),
    },
    eligible("dup", 5, "100.00"),
    eligible("dup", 4, "100.00"),
    { id: "noscore", assessment: assessment("eligible", { requested: "100.00", maxGrant: "100.00" }) },
    eligible("zero", 5, "0.00", "85.00"),
  ];

  it("ranks only eligible applications and gives a reason for every rejection", () => {
    const r = run(mixed, { appropriation: "1000.00" });
    expect(table(r)).toEqual([
      ["ok", "granted", "100.00", 1],
      ["bad", "rejected", "0.00", null],
      ["dup", "rejected", "0.00", null],
      ["dup", "rejected", "0.00", null],
      ["invalid", "rejected", "0.00", null],
      ["noscore", "rejected", "0.00", null],
      ["old", "rejected", "0.00", null],
      ["review", "rejected", "0.00", null],
      ["zero", "rejected", "0.00", null],
    ]);
    const by = (id: string) => r.allocations.find((a) => a.id === id)!;
    expect(by("bad").reasons.map((x) => [x.code, x.rule, x.citation])).toEqual([
      ["allocation.notEligible", undefined, undefined],
      ["consortium.minMunicipalities", "consortium.minMunicipalities", "893/2019 3 §"],
    ]);
    expect(by("bad").requestedGrant).toBe("100.00");
    expect(by("review").reasons[0]!.code).toBe("allocation.needsReview");
    expect(by("invalid").reasons[0]!.code).toBe("allocation.invalidApplication");
    expect(by("old").reasons[0]!.message).toBe(
      "The application is to the 2021 call, not to the 2022 call being allocated.",
    );
    expect(by("dup").reasons[0]!.params).toEqual({ id: "dup", count: 2 });
    expect(by("noscore").reasons[0]!.code).toBe("allocation.noScore");
    expect(by("zero").reasons[0]!.code).toBe("allocation.nothingToGrant");
    expect(r.counts).toEqual({ granted: 1, reserve: 0, rejected: 8 });
  });

  it("ranks applications that need review when asked to", () => {
    const r = run(mixed, { appropriation: "1000.00", include: "eligibleAndReview" });
    expect(r.allocations.find((a) => a.id === "review")).toMatchObject({
      status: "granted",
      rank: 1,
      amount: "100.00",
    });
  });

  it("rejects candidates that are not objects or have no usable id, without throwing", () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error("boom");
        },
      },
    );
    const r = run(
      [null, 42, { id: "", assessment: {} }, hostile, { id: "x", assessment: { status: "eligible" } }] as never,
      {
        appropriation: "10.00",
      },
    );
    expect(r.allocations.map((a) => [a.id, a.status, a.reasons[0]!.code])).toEqual([
      ["", "rejected", "allocation.invalidCandidate"],
      ["", "rejected", "allocation.invalidCandidate"],
      ["", "rejected", "allocation.invalidCandidate"],
      ["", "rejected", "allocation.invalidId"],
      ["x", "rejected", "allocation.invalidCandidate"],
    ]);
  });
});

describe("allocateAssessed, the result", () => {
  it("says the weights are not official and where the appropriation came from", () => {
    const r = run(four, {});
    expect(r.appropriation).toBe("10000000.00");
    expect(r.weightsOfficial).toBe(false);
    expect(r.scoring.official).toBe(false);
    expect(r.notes.map((n) => n.code)).toEqual([
      "allocation.appropriationFromEdition",
      "allocation.weightsNotOfficial",
      "allocation.remainderAllFunded",
    ]);
    expect(r.notes[1]!.citation).toBe("893/2019 2 §");
  });

  it("is plain JSON data and leaves the input untouched", () => {
    const input = structuredClone(four);
    const r = run(four, { appropriation: "1000000.00" });
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
    expect(four).toEqual(input);
  });

  it("speaks Finnish by default and Swedish when asked", () => {
    const fi = allocateAssessed(four, { edition: "2022", appropriation: "1000000.00" });
    const sv = allocateAssessed(four, { edition: "2022", appropriation: "1000000.00", locale: "sv" });
    expect(fi.success && fi.data.allocations[0]!.reasons[0]!.message).toBe(
      "Myönnetään 595\u00a0000,50\u00a0€ sijalla 1 (pisteet 4.5000).",
    );
    expect(sv.success && sv.data.allocations[0]!.reasons[0]!.message).toBe(
      "Beviljas 595\u00a0000,50\u00a0€ på plats 1 (poäng 4.5000).",
    );
  });
});

describe("allocateAssessed, bad options", () => {
  it.each([
    [{ strategy: "lottery" }, "allocation.invalidOption"],
    [{ partial: "half" }, "allocation.invalidOption"],
    [{ unit: "mark" }, "allocation.invalidOption"],
    [{ include: "all" }, "allocation.invalidOption"],
    [{ locale: "de" }, "allocation.invalidOption"],
    [{ appropriation: "8M" }, "allocation.invalidAppropriation"],
    [{ appropriation: "-1.00" }, "allocation.invalidAppropriation"],
    [{ minScore: "high" }, "allocation.invalidMinScore"],
    [{ edition: "2023" }, "allocation.unknownEdition"],
    [{ scoreModel: { weights: { reuseAndDissemination: "-1" } } }, "allocation.invalidWeight"],
    [{ scoreModel: { weights: { reuseAndDissemination: 2 } } }, "allocation.invalidWeight"],
    [{ scoreModel: { weights: { feasibility: "1" } } }, "allocation.weightNotInEdition"],
  ])("%j fails with %s", (options, code) => {
    const r = allocateAssessed(four, { edition: "2022", ...(options as AllocateOptions) });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.issues[0]!.code).toBe(code);
  });

  it("fails when the candidates are not a list, or no edition can be told", () => {
    const notList = allocateAssessed("x" as never, { locale: "en" });
    expect(!notList.success && notList.issues[0]!.message).toBe("The candidates must be an array.");
    const none = allocateAssessed([], {});
    expect(!none.success && none.issues[0]!.code).toBe("allocation.noEdition");
  });

  it("fails with a coded issue, never an exception, when reading the options throws", () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error("boom");
        },
      },
    );
    const r = allocateAssessed(four, hostile as AllocateOptions);
    expect(!r.success && r.issues[0]!.code).toBe("allocation.invalidOption");
  });

  it("says that a 2019 call's default appropriation is the pool both 2019 calls shared", () => {
    const c = [
      {
        id: "x",
        score: 1,
        assessment: assessment("eligible", { requested: "10.00", maxGrant: "10.00" }, { edition: "2019-1" }),
      },
    ];
    const r = allocateAssessed(c, { locale: "en" });
    expect(r.success && r.data.appropriation).toBe("30000000.00");
    expect(r.success && r.data.notes.map((n) => n.code)).toContain("allocation.sharedAppropriation");
    const split = allocateAssessed(c, { appropriation: "20000000.00" });
    expect(split.success && split.data.notes.map((n) => n.code)).not.toContain("allocation.sharedAppropriation");
  });

  it("takes the edition most applications name, and rejects the others", () => {
    const r = allocateAssessed([
      ...four,
      {
        id: "old",
        score: 5,
        assessment: assessment("eligible", { requested: "1.00", maxGrant: "1.00" }, { edition: "2021" }),
      },
    ]);
    expect(r.success && r.data.edition).toBe("2022");
    const tie = allocateAssessed([
      four[0]!,
      {
        id: "old",
        score: 5,
        assessment: assessment("eligible", { requested: "1.00", maxGrant: "1.00" }, { edition: "2021" }),
      },
    ]);
    expect(!tie.success && tie.issues[0]).toMatchObject({
      code: "allocation.ambiguousEdition",
      params: { editions: ["2021", "2022"] },
    });
  });
});

const scenario = (name: string) => exampleCall2022.candidates.find((c) => c.scenario === name)!.application;

const good = (): Assessment => assess(asking("100000.00"), { locale: "en" });

describe("allocateAssessed: what is not an assessed candidate", () => {
  it("without an edition option, only valid assessments with an edition name it; nothing else is counted", () => {
    const invalid2021 = { ...good(), status: "invalid", edition: "2021", budget: null };
    const numbered = { ...good(), edition: 2022 };
    const r = allocateAssessed(
      [
        null,
        5,
        [],
        { id: "N", assessment: null },
        { id: "I", assessment: invalid2021 },
        { id: "E", assessment: numbered },
        { id: "A", assessment: good(), score: 4 },
      ] as never,
      { appropriation: "150000.00" },
    );
    if (!r.success) throw new Error(JSON.stringify(r.issues));
    expect(r.data.edition).toBe("2022");
    expect(r.data.allocations.map((a) => [a.id, a.status, a.reasons[0]!.code])).toEqual([
      ["A", "granted", "allocation.granted"],
      ["", "rejected", "allocation.invalidCandidate"],
      ["", "rejected", "allocation.invalidCandidate"],
      ["", "rejected", "allocation.invalidCandidate"],
      ["E", "rejected", "allocation.invalidCandidate"],
      ["I", "rejected", "allocation.invalidApplication"],
      ["N", "rejected", "allocation.invalidCandidate"],
    ]);
  });

  it("an assessment whose findings cannot be read rejects only its candidate, under its id", () => {
    const broken = Object.defineProperty({ ...good() }, "findings", {
      enumerable: true,
      get(): never {
        throw new Error("boom");
      },
    });
    const r = allocateAssessed(
      [
        { id: "X", assessment: broken, score: 4 },
        { id: "A", assessment: good(), score: 4 },
      ],
      { edition: "2022", appropriation: "150000.00", locale: "en" },
    );
    expect(allocations(r).map((a) => [a.id, a.status, a.assessmentStatus, ...brief(a.reasons).slice(0, 1)])).toEqual([
      ["A", "granted", "eligible", ["allocation.granted", { rank: 1, amount: "100000.00", score: "4.0000" }]],
      ["X", "rejected", null, INVALID_CANDIDATE],
    ]);
  });

  it("two candidates under one id are both duplicates, even when one has no readable assessment", () => {
    const r = allocateAssessed(
      [
        { id: "D", assessment: "not an assessment" },
        { id: "D", assessment: good(), score: 4 },
      ] as never,
      { edition: "2022", appropriation: "150000.00" },
    );
    expect(allocations(r).map((a) => brief(a.reasons))).toEqual([
      [["allocation.duplicateId", { id: "D", count: 2 }]],
      [["allocation.duplicateId", { id: "D", count: 2 }]],
    ]);
  });

  it("an invalid assessment: invalidApplication with the count, then its issues re-rendered, without citation or rule", () => {
    const invalid = assess({ edition: "2022" }, { locale: "en" });
    const [a] = allocations(
      allocateAssessed([{ id: "I", assessment: invalid, score: 4 }], { edition: "2022", locale: "sv" }),
    );
    expect(a!.reasons).toStrictEqual([
      {
        code: "allocation.invalidApplication",
        message: "Ansökan är inte giltig (fel: 3), så den kunde inte bedömas.",
        params: { issues: 3 },
      },
      { code: "application.required", message: "Fältet applicant saknas.", params: { field: "applicant" } },
      { code: "application.required", message: "Fältet project saknas.", params: { field: "project" } },
      { code: "application.required", message: "Fältet budget saknas.", params: { field: "budget" } },
    ]);
    expect([a!.assessmentStatus, a!.excludedReviewers, a!.grantable]).toEqual(["invalid", [], null]);
  });

  it("an application needing review: needsReview with the open count, then each review and missing finding, no passes", () => {
    const missing = assess(scenario("missingContents"), { locale: "en" });
    const review = assess(scenario("softwareLicences"), { locale: "en" }).findings.find((f) => f.outcome === "review")!;
    const both = { ...missing, findings: missing.findings.map((f) => (f.rule === review.rule ? review : f)) };
    const [a] = allocations(
      allocateAssessed([{ id: "R", assessment: both, score: 4 }], { edition: "2022", locale: "en" }),
    );
    expect(a!.status).toBe("rejected");
    expect(a!.reasons.map((r) => [r.code, r.params, r.rule ?? null, r.citation ?? null])).toEqual([
      ["allocation.needsReview", { open: 2 }, null, null],
      [review.messageCode, review.params, "costs.softwareLicences", "893/2019 5 § 3 mom."],
      [
        "contents.missing",
        missing.findings.find((f) => f.outcome === "missing")!.params,
        "contents.disseminationPlan",
        missing.findings.find((f) => f.outcome === "missing")!.citation,
      ],
    ]);
  });
});

describe("the keys of a reason: citation and rule only when there is one", () => {
  it("an allocation's own reasons have no rule; only a cited one has a citation; a finding has both", () => {
    const late = assess(scenario("late"), { locale: "en" });
    const r = allocateAssessed(
      [
        { id: "A", assessment: good(), score: 4 },
        { id: "L", assessment: late, score: 4 },
      ],
      { edition: "2022", appropriation: "150000.00", locale: "en" },
    );
    if (!r.success) throw new Error(JSON.stringify(r.issues));
    const [granted, rejected] = r.data.allocations;
    expect(granted!.reasons.map((x) => Object.keys(x))).toEqual([
      ["code", "message", "params"],
      ["code", "message", "params", "citation"],
    ]);
    expect(rejected!.reasons.map((x) => Object.keys(x))).toEqual([
      ["code", "message", "params"],
      ["code", "message", "params", "citation", "rule"],
    ]);
    expect(r.data.notes.map((n) => [n.code, Object.keys(n)])).toEqual([
      ["allocation.weightsNotOfficial", ["code", "message", "params", "citation"]],
      ["allocation.remainderAllFunded", ["code", "message", "params"]],
    ]);
  });
});
