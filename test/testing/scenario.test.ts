import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assertScenario, parseScenario, runScenario, runScenarios } from "../../src/testing/scenario.js";

const eligible = JSON.parse(
  readFileSync(new URL("../scenarios/2022/eligible-two-municipalities.json", import.meta.url), "utf8"),
);
const single = JSON.parse(readFileSync(new URL("../scenarios/2022/single-municipality.json", import.meta.url), "utf8"));

function thrown(fn: () => unknown): Error & { actual?: unknown; expected?: unknown } {
  try {
    fn();
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected a throw");
}

describe("parseScenario", () => {
  it("accepts a scenario file and rejects a malformed one with paths", () => {
    expect(parseScenario(eligible).success).toBe(true);
    const r = parseScenario({
      name: "x",
      description: "y",
      input: {},
      expected: { status: "approved", failingRules: "none" },
    });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.issues.map((i) => i.path.join("."))).toEqual(["expected.status", "expected.failingRules"]);
    expect(
      parseScenario({ name: "x", description: "y", expected: { status: "invalid", failingRules: [] } }).success,
    ).toBe(false);
    expect(
      parseScenario({ ...eligible, expected: { ...eligible.expected, budget: { maxGrant: 102000 } } }).success,
    ).toBe(false);
    expect(parseScenario(null).success).toBe(false);
  });
});

describe("runScenario", () => {
  it("passes a scenario whose expectations hold", () => {
    const r = runScenario(eligible);
    expect(r).toMatchObject({
      name: "2022: Helsinki and Espoo, data quality, 85 % of the eligible costs",
      passed: true,
      mismatches: [],
    });
    expect(r.assessment?.budget?.maxGrant).toBe("102000.00");
  });

  it("names every mismatch: status, failing rules and budget figures as exact strings", () => {
    const wrong = {
      ...single,
      expected: {
        status: "eligible",
        failingRules: ["grant.withinMaximum"],
        budget: { maxGrant: "102000.01", eligibleCosts: "120000.00" },
      },
    };
    expect(runScenario(wrong).mismatches).toEqual([
      { field: "status", expected: "eligible", actual: "ineligible" },
      { field: "failingRules", expected: ["grant.withinMaximum"], actual: ["consortium.minMunicipalities"] },
      { field: "budget.maxGrant", expected: "102000.01", actual: "102000.00" },
    ]);
  });

  it("checks review and missing rules only when the scenario lists them", () => {
    const noDeadline = {
      ...eligible,
      input: { ...eligible.input, submittedAt: undefined },
      expected: { status: "needsReview", failingRules: [] },
    };
    expect(runScenario(noDeadline).passed).toBe(true);
    const r = runScenario({
      ...noDeadline,
      expected: { ...noDeadline.expected, reviewRules: ["deadline.submittedInTime"], missingRules: [] },
    });
    expect(r.mismatches).toEqual([
      { field: "reviewRules", expected: ["deadline.submittedInTime"], actual: [] },
      { field: "missingRules", expected: [], actual: ["deadline.submittedInTime"] },
    ]);
  });

  it("compares failing rules as a set, in any order", () => {
    const r = runScenario({
      ...single,
      expected: {
        status: "ineligible",
        failingRules: ["consortium.minMunicipalities", "consortium.minMunicipalities"],
      },
    });
    expect(r.passed).toBe(true);
  });

  it("assesses under the scenario's edition when it names one, with its options", () => {
    // The 2022 application of a single municipality, assessed under 2019-1, when one could apply alone.
    expect(
      runScenario({ ...single, edition: "2019-1", expected: { status: "ineligible", failingRules: [] } }).mismatches,
    ).toEqual([
      {
        field: "failingRules",
        expected: [],
        actual: ["deadline.submittedInTime", "focusArea.oneOfEdition", "period.endsByLatestEnd"],
      },
    ]);
    const draft = {
      ...eligible,
      input: { ...eligible.input, submittedAt: undefined },
      options: { at: "2022-04-25T16:15:01+03:00" },
    };
    // 16.15.01 on the closing day: the 2022 time of day is inferred, so review rather than late.
    expect(runScenario(draft).mismatches[0]).toEqual({ field: "status", expected: "eligible", actual: "needsReview" });
  });

  it("expects no budget when the input must not parse", () => {
    const r = runScenario({ ...eligible, expected: { status: "invalid", failingRules: [], budget: null } });
    expect(r.mismatches.map((m) => m.field)).toEqual(["status", "budget"]);
  });

  it("reports a value that is not a scenario instead of throwing", () => {
    const r = runScenario({ name: "broken", input: {} });
    expect(r).toMatchObject({ name: "broken", passed: false, assessment: null });
    expect(r.mismatches[0]?.field).toBe("scenario");
    expect(runScenario(42).name).toBe("(unnamed scenario)");
    expect(runScenarios([eligible, single, 42]).map((x) => x.passed)).toEqual([true, true, false]);
  });
});

describe("assertScenario", () => {
  it("returns the result when the scenario holds", () => {
    expect(assertScenario(single).passed).toBe(true);
  });

  it("throws an AssertionError listing the mismatches and the findings that did not pass", () => {
    const error = thrown(() => assertScenario({ ...single, expected: { status: "eligible", failingRules: [] } }));
    expect(error.name).toBe("AssertionError");
    expect(error.message.split("\n").slice(0, 5)).toEqual([
      'Scenario "2022: a single municipality is not enough" does not hold:',
      '  status: expected "eligible", got "ineligible"',
      '  failingRules: expected [], got ["consortium.minMunicipalities"]',
      "  findings that did not pass:",
      expect.stringMatching(/^ {4}fail consortium\.minMunicipalities: /),
    ]);
    expect(error.expected).toEqual({ failingRules: [], status: "eligible" });
    expect(error.actual).toEqual({ failingRules: ["consortium.minMunicipalities"], status: "ineligible" });
  });
});
