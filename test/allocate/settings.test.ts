// The options of an allocation and their defaults (settings.ts), and how the edition and the quoted
// bad options are reported.
import { describe, expect, it } from "vitest";
import { type AllocateOptions, type AllocationIssue, allocate, formatMessage, getEdition } from "../../src/index.js";
import { application2022 } from "../helpers/application2022.js";
import { asking, run2022 as run } from "./fixtures.js";

const candidates = [{ id: "A", application: asking("100000.00"), score: 4 }];

const issuesOf = (r: { success: boolean; issues?: readonly AllocationIssue[] }) =>
  r.success ? [] : r.issues!.map((i) => [i.code, i.params]);

describe("allocation options", () => {
  it("a scoring model's issue stops the allocation", () => {
    const r = allocate(candidates, { scoreModel: { weights: "2" } as never });
    expect(issuesOf(r)).toEqual([
      ["allocation.invalidOption", { option: "scoreModel.weights", expected: "{ [criterion]: decimal string }" }],
    ]);
  });

  it("defaults: ranked, skip, whole cents, eligible only, no minimum score", () => {
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

  it("every bad option is reported with what was expected, in order", () => {
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

  it("the issues are in the chosen language", () => {
    const r = allocate(candidates, { edition: "2022", locale: "sv", strategy: "x" } as never);
    const params = { option: "strategy", expected: '"ranked" | "proRata"' };
    expect(r.success ? null : r.issues[0]!.message).toBe(formatMessage("allocation.invalidOption", params, "sv"));
  });

  it.each([[null], [[]], ["ranked"]])("options that are not an object (%j) are refused", (options) => {
    expect(issuesOf(allocate(candidates, options as never))).toEqual([
      ["allocation.invalidOption", { option: "options", expected: "an object" }],
    ]);
  });

  it("the edition: an unknown id, a look-alike object, and a registered edition object", () => {
    expect(issuesOf(allocate(candidates, { edition: "2023" } as never))).toEqual([
      ["allocation.unknownEdition", { edition: "2023" }],
    ]);
    expect(issuesOf(allocate(candidates, { edition: { id: "2022" } } as never))).toEqual([
      ["allocation.invalidOption", { option: "edition", expected: "an edition id or a CallEdition" }],
    ]);
    const r = allocate(candidates, { edition: getEdition("2022"), appropriation: "150000.00" });
    expect(r.success && r.data.allocations[0]!.status).toBe("granted");
  });

  it("a 2019 call defaults to the 30 M€ pool it shared, and says so with its citation", () => {
    const r = allocate([{ id: "A", application: application2022((a) => (a.edition = "2019-1")), score: 4 }], {
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

describe("options", () => {
  const one = [{ id: "A", application: asking("100000.00"), score: 4 }];
  const issues = (options: object) => {
    const r = allocate(one, options as AllocateOptions);
    return r.success ? [] : r.issues.map((i) => [i.code, i.params]);
  };

  it("an edition that is neither an id nor an object is named by its type", () => {
    expect(issues({ edition: null })).toEqual([["allocation.unknownEdition", { edition: "null" }]]);
    expect(issues({ edition: 2023 })).toEqual([["allocation.unknownEdition", { edition: "number" }]]);
  });

  it("an edition object that is not the registered one is checked and used", () => {
    const d = run(one, { edition: { ...getEdition("2022") }, appropriation: "150000.00" });
    expect([d.edition, d.allocations[0]!.status]).toEqual(["2022", "granted"]);
  });

  it("the defaults may also be given by name", () => {
    const d = run(one, {
      strategy: "ranked",
      partial: "skip",
      unit: "cent",
      include: "eligible",
      appropriation: "150000.00",
    });
    expect([d.strategy, d.partial, d.unit, d.include]).toEqual(["ranked", "skip", "cent", "eligible"]);
  });

  it("a bad minimum score and appropriation are quoted to 40 characters", () => {
    expect(issues({ edition: "2022", minScore: "a".repeat(50), appropriation: "b".repeat(50) })).toEqual([
      ["allocation.invalidMinScore", { input: "a".repeat(40) }],
      ["allocation.invalidAppropriation", { input: "b".repeat(40) }],
    ]);
  });

  it("the edition's appropriation, when none is given, is noted with the call page it comes from", () => {
    const d = run(one, {});
    expect(d.appropriation).toBe("10000000.00");
    expect(d.notes[0]).toEqual({
      code: "allocation.appropriationFromEdition",
      message: "The appropriation of the 2022 call, €10,000,000.00, was allocated.",
      params: { edition: "2022", amount: "10000000.00" },
      citation: "https://vm.fi/kuntien-digikannustinavustukset-2022",
    });
  });
});
