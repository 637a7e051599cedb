// decisionTerms' refusals in full (path, code, params, message) and where each value of the terms comes from.
import { describe, expect, it } from "vitest";
import type { Assessment } from "../../src/assess/types.js";
import { decisionTerms } from "../../src/award/terms.js";
import { assessment2022, granted } from "./fixtures.js";

const base = { reportMonths: 2, payment: { scheme: "afterReport" }, income: "reducesCosts", locale: "en" } as const;
const NOT_AN_ASSESSMENT = {
  path: [],
  code: "terms.notAnAssessment",
  params: {},
  message: "Decision terms need the assessment of a parsed application (assess) and its allocation entry (allocate).",
};
const a = assessment2022();
const long = (c: string) => c.repeat(250);

type Refusal = readonly [string, () => unknown, unknown, unknown, unknown];

describe("decisionTerms: every refusal in full, in the caller's language", () => {
  const refusals: readonly Refusal[] = [
    ["what is not an assessment", () => null, granted, base, NOT_AN_ASSESSMENT],
    ["an invalid assessment with a budget", () => ({ ...a, status: "invalid" }), granted, base, NOT_AN_ASSESSMENT],
    ["an assessment without a budget", () => ({ ...a, budget: null }), granted, base, NOT_AN_ASSESSMENT],
    ["an edition the registry does not know", () => ({ ...a, edition: "1999" }), granted, base, NOT_AN_ASSESSMENT],
    [
      "options that are not an object (in Finnish: no locale can be read)",
      () => a,
      granted,
      null,
      {
        path: ["options"],
        code: "terms.invalidOption",
        params: { option: "options", expected: "{ reportMonths, payment, income }" },
        message: "Valinta options on virheellinen: odotettiin { reportMonths, payment, income }.",
      },
    ],
    [
      "an entry that granted nothing",
      () => a,
      { ...granted, status: "rejected", amount: "0.00" },
      base,
      {
        path: [],
        code: "terms.notGranted",
        params: { id: "T-2022-1", status: "rejected" },
        message: "Application T-2022-1 was granted nothing (status rejected), so there are no decision terms.",
      },
    ],
    [
      "another application's entry, both ids cut to 200 characters",
      () => ({ ...a, id: long("A") }),
      { ...granted, id: long("B") },
      base,
      {
        path: [],
        code: "terms.otherApplication",
        params: { id: "B".repeat(200), assessment: "A".repeat(200) },
        message: `The allocation entry ${"B".repeat(200)} is not for the assessed application ${"A".repeat(200)}.`,
      },
    ],
    [
      "an unknown recipient model",
      () => a,
      granted,
      { ...base, recipientModel: "shared" },
      {
        path: ["options", "recipientModel"],
        code: "terms.invalidOption",
        params: { option: "recipientModel", expected: '"administrator" | "joint"' },
        message: 'The option recipientModel is invalid: expected "administrator" | "joint".',
      },
    ],
    [
      "no payment scheme",
      () => a,
      granted,
      { ...base, payment: undefined },
      {
        path: ["options", "payment"],
        code: "terms.invalidOption",
        params: { option: "payment", expected: "{ scheme, instalments?, advance? }" },
        message: "The option payment is invalid: expected { scheme, instalments?, advance? }.",
      },
    ],
    [
      "an amount above the maximum grant (the pass-on plan's issue, at the root)",
      () => a,
      { ...granted, amount: "102000.01" },
      base,
      {
        path: [],
        code: "passOn.exceedsMaximum",
        params: { granted: "102000.01", maxGrant: "102000.00" },
        message: "The granted amount €102,000.01 exceeds the project's maximum grant of €102,000.00 (893/2019 4 §).",
      },
    ],
    [
      "an advance above the maximum (688/2001 12 § 3 mom.)",
      () => a,
      granted,
      { ...base, payment: { scheme: "afterReport", advance: "200000.00" } },
      {
        path: ["payment", "advance"],
        code: "terms.advanceAboveMaximum",
        params: { sum: "200000.00", maximum: "102000.00" },
        message: "The advance €200,000.00 is more than the maximum €102,000.00.",
      },
    ],
  ];
  it.each(refusals)("refuses %s", (_, assessment, entry, options, issue) => {
    const r = decisionTerms(assessment() as never, entry as never, options as never);
    expect(r).toEqual({ success: false, issues: [issue] });
  });

  it("asks for the decision date where the edition's is not sourced (2019-2: inferred)", () => {
    const r = decisionTerms({ ...a, edition: "2019-2" }, granted, { ...base, recipientModel: "administrator" });
    expect(r).toEqual({
      success: false,
      issues: [
        {
          path: ["decidedOn"],
          code: "terms.noDecisionDate",
          params: { edition: "2019-2" },
          message: "The decision date of the 2019-2 call is not known: give decidedOn.",
        },
      ],
    });
  });
});

describe("decisionTerms: where the values come from (688/2001 11 § 3 mom.)", () => {
  it("takes an assessment without an application id with any entry", () => {
    const r = decisionTerms({ ...a, id: null }, { ...granted, id: "X" }, base);
    expect(r.success && r.data.id).toBeNull();
  });

  it.each([
    ["the entry's eligible costs where it states them", { ...granted, eligibleCosts: "125000.00" }, "125000.00"],
    ["the assessment's where it does not", { ...granted, eligibleCosts: undefined }, "120000.01"],
  ])("takes %s", (_, entry, eligibleCosts) => {
    const r = decisionTerms(a, entry as never, base);
    expect(r.success && r.data.eligibleCosts).toBe(eligibleCosts);
  });

  const period = (findings: Assessment["findings"]) => {
    const r = decisionTerms({ ...a, findings }, granted, base);
    return r.success && r.data.period;
  };
  it("starts on the decision date when the assessment has no period finding", () => {
    expect(period(a.findings.filter((f) => f.rule !== "period.startBeforeEnd"))).toEqual({
      start: "2022-06-15",
      end: "2024-09-30",
    });
  });

  it("reads only dates written as text from the period finding", () => {
    const findings = a.findings.map((f) =>
      f.rule === "period.startBeforeEnd" ? { ...f, values: { ...f.values, start: 20220801 } } : f,
    );
    expect(period(findings)).toEqual({ start: "2022-06-15", end: "2024-09-30" });
  });
});
