// Tests written to kill mutants of src/allocate/allocate.ts, allocateAssessed.ts and classify.ts
// that survived `npm run mutation` (docs/quality.md): what a candidate that is not one becomes,
// which editions count when none is given, the issues of the options passed on to `assess`, and the
// reasons of an invalid or unreviewed assessment, with their exact codes, parameters and keys.
// Every allocation runs inside its test: what a describe block computes runs before Stryker switches
// a mutant on, so it would prove nothing.
import { describe, expect, it } from "vitest";
import { exampleCall2022 } from "../../src/examples/index.js";
import { type AllocationReason, type Assessment, allocate, allocateAssessed, assess } from "../../src/index.js";
import { APPLICATION } from "../package/consumers.js";

const brief = (reasons: readonly AllocationReason[]) => reasons.map((r) => [r.code, r.params]);
const scenario = (name: string) => exampleCall2022.candidates.find((c) => c.scenario === name)!.application;
const good = (): Assessment => assess(APPLICATION, { locale: "en" });
const INVALID_CANDIDATE = ["allocation.invalidCandidate", {}];

function allocations<T>(
  r: { success: true; data: { allocations: readonly T[] } } | { success: false; issues: unknown },
): readonly T[] {
  if (!r.success) throw new Error(JSON.stringify(r.issues));
  return r.data.allocations;
}

describe("allocate: what is not a candidate list or not a candidate (allocate.ts)", () => {
  it("a candidate list that is not an array is an issue in the chosen language", () => {
    const r = allocate("A" as never, { locale: "en" });
    expect(r.success ? null : r.issues).toEqual([
      { code: "allocation.notAList", params: {}, message: "The candidates must be an array." },
    ]);
  });

  it("an options object whose getter throws gives allocation.failed, in its language when that can be read", () => {
    const throwing = {
      locale: "en",
      get strategy(): never {
        throw new Error("boom");
      },
    };
    const r = allocate([{ id: "A", application: APPLICATION, score: 4 }], throwing as never);
    expect(r.success ? null : r.issues).toEqual([
      {
        code: "allocation.failed",
        params: {},
        message: "The allocation could not be made because of an internal error of the library; please report it.",
      },
    ]);
  });

  it("a number, an array, null and a candidate whose application getter throws are each rejected as no candidate", () => {
    const throwing = {
      id: "T",
      score: 4,
      get application(): never {
        throw new Error("boom");
      },
    };
    const r = allocate([5, [], null, throwing, { id: "A", application: APPLICATION, score: 4 }] as never, {
      edition: "2022",
      appropriation: "150000.00",
      locale: "en",
    });
    const all = allocations(r);
    expect(all.map((a) => [a.id, a.status, ...brief(a.reasons)])).toEqual([
      ["A", "granted", ["allocation.granted", { rank: 1, amount: "100000.00", score: "4.0000" }], expect.anything()],
      ["", "rejected", INVALID_CANDIDATE],
      ["", "rejected", INVALID_CANDIDATE],
      ["", "rejected", INVALID_CANDIDATE],
      ["", "rejected", INVALID_CANDIDATE],
    ]);
    expect(all[1]!.reasons[0]!.message).toBe("The candidate is not an object with an id and an application.");
  });

  it("an invalid application is rejected with its parse issues in the allocation's language", () => {
    const r = allocate([{ id: "B", application: { edition: "2022" }, score: 3 }], { edition: "2022", locale: "en" });
    expect(allocations(r)[0]!.reasons.map((x) => [x.code, x.message, x.params])).toEqual([
      [
        "allocation.invalidApplication",
        "The application is not valid (issues: 3), so it could not be assessed.",
        { issues: 3 },
      ],
      ["application.required", "The field applicant is missing.", { field: "applicant", path: ["applicant"] }],
      ["application.required", "The field project is missing.", { field: "project", path: ["project"] }],
      ["application.required", "The field budget is missing.", { field: "budget", path: ["budget"] }],
    ]);
  });

  it("without an edition option, only applications that parse name the edition", () => {
    const r = allocate(
      [
        { id: "X", application: { edition: "2021" } },
        { id: "Y", application: { edition: "2021" } },
        { id: "A", application: APPLICATION, score: 4 },
      ],
      { appropriation: "150000.00" },
    );
    expect(r.success && [r.data.edition, r.data.counts]).toEqual(["2022", { granted: 1, reserve: 0, rejected: 2 }]);
  });

  it("the options for assess are checked, and their issues returned as allocation issues", () => {
    const r = allocate([{ id: "A", application: APPLICATION, score: 4 }], { assess: { at: "yesterday" } as never });
    expect(r.success ? null : r.issues).toEqual([
      {
        code: "time.notAnInstant",
        params: { field: "options.at", input: "yesterday" },
        message:
          'options.at: ”yesterday” ei ole ajanhetki: käytä ISO 8601 -muotoa aikavyöhykkeen kanssa, esim. "2022-04-25T15:30:00+03:00".',
      },
    ]);
  });

  it("an edition among the options for assess is ignored: the allocation's edition decides", () => {
    const r = allocate([{ id: "A", application: APPLICATION, score: 4 }], {
      appropriation: "150000.00",
      assess: { edition: "2099" } as never,
    });
    expect(r.success && r.data.allocations[0]!.status).toBe("granted");
  });
});

describe("allocateAssessed: what is not an assessed candidate (allocateAssessed.ts)", () => {
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

describe("the keys of a reason: citation and rule only when there is one (reason.ts, classify.ts)", () => {
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
