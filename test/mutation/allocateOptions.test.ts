// Tests written to kill mutants that survived `npm run mutation` in src/allocate/settings.ts (the
// options and their defaults) and src/allocate/decision.ts (when a decision record is refused).
import { describe, expect, it } from "vitest";
import {
  type AllocationIssue,
  allocate,
  decisionRecord,
  decisionRecords,
  formatMessage,
  getEdition,
} from "../../src/index.js";
import { APPLICATION } from "../package/consumers.js";

const candidates = [{ id: "A", application: APPLICATION, score: 4 }];
const issuesOf = (r: { success: boolean; issues?: readonly AllocationIssue[] }) =>
  r.success ? [] : r.issues!.map((i) => [i.code, i.params]);

describe("allocation options (settings.ts)", () => {
  it("defaults: ranked, skip, whole cents, eligible only, no minimum score (lines 83-86)", () => {
    const r = allocate(candidates, { edition: "2022", appropriation: "150000.00" });
    if (!r.success) throw new Error("allocation failed");
    expect([r.data.strategy, r.data.partial, r.data.unit, r.data.include, r.data.minScore]).toEqual([
      "ranked",
      "skip",
      "cent",
      "eligible",
      null,
    ]);
  });

  it("every bad option is reported with what was expected, in order (lines 65, 81, 90, 98)", () => {
    const r = allocate(candidates, {
      edition: "2022",
      strategy: "x",
      partial: "y",
      unit: "z",
      include: "w",
      locale: "de",
      minScore: "abc",
      appropriation: "-5",
    } as never);
    expect(issuesOf(r)).toEqual([
      ["allocation.invalidOption", { option: "locale", expected: '"fi" | "sv" | "en"' }],
      ["allocation.invalidOption", { option: "strategy", expected: '"ranked" | "proRata"' }],
      ["allocation.invalidOption", { option: "partial", expected: '"skip" | "partial"' }],
      ["allocation.invalidOption", { option: "unit", expected: '"cent" | "euro"' }],
      ["allocation.invalidOption", { option: "include", expected: '"eligible" | "eligibleAndReview"' }],
      ["allocation.invalidMinScore", { input: "abc" }],
      ["allocation.invalidAppropriation", { input: "-5" }],
    ]);
  });

  it("the issues are in the chosen language (line 51)", () => {
    const r = allocate(candidates, { edition: "2022", locale: "sv", strategy: "x" } as never);
    const params = { option: "strategy", expected: '"ranked" | "proRata"' };
    expect(r.success ? null : r.issues[0]!.message).toBe(formatMessage("allocation.invalidOption", params, "sv"));
  });

  it.each([[null], [[]], ["ranked"]])("options that are not an object (%j) are refused (lines 75-76)", (options) => {
    expect(issuesOf(allocate(candidates, options as never))).toEqual([
      ["allocation.invalidOption", { option: "options", expected: "an object" }],
    ]);
  });

  it("the edition: an unknown id, a look-alike object, and a registered edition object (lines 122-142)", () => {
    expect(issuesOf(allocate(candidates, { edition: "2023" } as never))).toEqual([
      ["allocation.unknownEdition", { edition: "2023" }],
    ]);
    expect(issuesOf(allocate(candidates, { edition: { id: "2022" } } as never))).toEqual([
      ["allocation.invalidOption", { option: "edition", expected: "an edition id or a CallEdition" }],
    ]);
    const r = allocate(candidates, { edition: getEdition("2022"), appropriation: "150000.00" });
    expect(r.success && r.data.allocations[0]!.status).toBe("granted");
  });

  it("a 2019 call defaults to the 30 M€ pool it shared, and says so with its citation (lines 109-115)", () => {
    const r = allocate([{ id: "A", application: { ...APPLICATION, edition: "2019-1" }, score: 4 }], {
      edition: "2019-1",
      locale: "en",
    });
    if (!r.success) throw new Error("allocation failed");
    expect(r.data.appropriation).toBe("30000000.00");
    const notes = r.data.notes;
    expect(notes.map((n) => [n.code, n.params])).toEqual(
      expect.arrayContaining([
        ["allocation.appropriationFromEdition", { edition: "2019-1", amount: "30000000.00" }],
        ["allocation.sharedAppropriation", { edition: "2019-1", amount: "30000000.00", sharedWith: ["2019-2"] }],
        [
          "allocation.weightsNotOfficial",
          { weights: ["societalAndEconomicImpact 1", "generalSignificance 1", "feasibility 1"] },
        ],
      ]),
    );
    expect(notes.find((n) => n.code === "allocation.sharedAppropriation")!.citation).toContain("budjetti.vm.fi");
    expect(notes.find((n) => n.code === "allocation.weightsNotOfficial")!.citation).toBe("893/2019 2 §");
  });
});

describe("decision records are drawn only for a grant of the same application (decision.ts:138-253)", () => {
  // Allocated inside each test: what a describe block computes runs before Stryker switches a mutant on.
  const allocated = () => {
    const r = allocate(candidates, { edition: "2022", appropriation: "150000.00" });
    if (!r.success) throw new Error("allocation failed");
    return r.data;
  };
  const granted = allocated().allocations[0]!;
  const candidate = candidates[0]!;

  it("draws one for the grant, from an edition id or an edition object", () => {
    expect(decisionRecord(granted, candidate, "2022").success).toBe(true);
    expect(decisionRecord(granted, candidate, getEdition("2022")).success).toBe(true);
  });

  it.each([
    [
      "not granted",
      { ...granted, status: "reserve" as const },
      candidate,
      "2022",
      ["decision.notGranted", { id: "A", status: "reserve" }],
    ],
    [
      "another candidate",
      granted,
      { ...candidate, id: "B" },
      "2022",
      ["decision.otherCandidate", { id: "A", candidate: "B" }],
    ],
    [
      "an invalid application",
      granted,
      { ...candidate, application: {} },
      "2022",
      ["decision.invalidApplication", { id: "A" }],
    ],
    ["another edition", granted, candidate, "2021", ["decision.otherEdition", { edition: "2022", expected: "2021" }]],
    ["an unknown edition", granted, candidate, "2099", ["allocation.unknownEdition", { edition: "2099" }]],
    [
      "no eligible costs",
      { ...granted, eligibleCosts: null },
      candidate,
      "2022",
      ["decision.invalidApplication", { id: "A" }],
    ],
  ] as const)("refuses %s", (_, allocation, c, edition, expected) => {
    expect(issuesOf(decisionRecord(allocation, c, edition as never))).toEqual([expected]);
  });

  it("decisionRecords: one per grant, none from a non-list, and a candidate that is not an object is skipped", () => {
    const r = { data: allocated() };
    expect(decisionRecords(r.data, candidates).map((d) => d.recipient.party.code)).toEqual(["091"]);
    expect(decisionRecords(null as never, candidates)).toEqual([]);
    expect(decisionRecords(r.data, null as never)).toEqual([]);
    expect(decisionRecords(r.data, [null as never, ...candidates])).toHaveLength(1);
    expect(decisionRecords({ ...r.data, allocations: [{ ...granted, status: "reserve" }] }, candidates)).toEqual([]);
  });
});
