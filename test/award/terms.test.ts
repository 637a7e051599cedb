import { describe, expect, it } from "vitest";
import { assess } from "../../src/assess/assess.js";
import { decisionTerms } from "../../src/award/terms.js";
import { application2022 } from "../helpers/application2022.js";
import { assessment2022, granted, terms2022 } from "./fixtures.js";
import { assessed, municipality } from "../passOn/fixtures.js";

const base = { reportMonths: 2, payment: { scheme: "afterReport" }, income: "reducesCosts" } as const;

describe("decisionTerms: built from an assessment and its allocation entry", () => {
  it("takes the maximum, costs, rate and categories from the assessment and the edition; the period from the application", () => {
    const t = terms2022();
    expect(t).toMatchObject({
      id: "T-2022-1",
      edition: "2022",
      decidedOn: "2022-06-15", // the edition's, sourced
      maximum: "102000.00",
      eligibleCosts: "120000.01",
      rate: "0.85",
      income: "reducesCosts",
      period: { start: "2022-08-01", end: "2024-09-30" },
      conditions: ["shareExperiences", "reusableResults", "separateAccounting"],
      reportMonths: 2,
      payment: { scheme: "afterReport", instalments: [], advance: "0.00" },
    });
    expect(t.categories).not.toContain("equipment");
    expect(t.recipients.model).toBe("administrator");
    expect(t.recipients.parties[0]).toMatchObject({
      key: "444",
      role: "applicant",
      share: "102000.00",
      receipt: "kept",
    });
  });

  it("shares the maximum among the parties as the pass-on plan does, and under the caller's model", () => {
    const a = assessed([
      { key: "444", role: "applicant", type: "municipality", name: "Lohja", eligibleCosts: "60000.00" },
      municipality("049", "Espoo", "40000.00"),
    ]);
    const entry = { ...granted, amount: "85000.00", eligibleCosts: "100000.00" };
    const r = decisionTerms(a, entry, { ...base, recipientModel: "joint" });
    expect(r.success && r.data.recipients).toEqual({
      model: "joint",
      parties: [
        {
          key: "444",
          role: "applicant",
          type: "municipality",
          name: "Lohja",
          eligibleCosts: "60000.00",
          share: "51000.00",
          receipt: "received",
        },
        {
          key: "049",
          role: "participant",
          type: "municipality",
          name: "Espoo",
          eligibleCosts: "40000.00",
          share: "34000.00",
          receipt: "received",
        },
      ],
    });
  });

  it("takes the period and the decision date from the options where given", () => {
    const r = decisionTerms(assessment2022(), granted, {
      ...base,
      start: "2022-09-01",
      end: "2024-06-30",
      decidedOn: "2022-06-20",
    });
    expect(r.success && [r.data.period, r.data.decidedOn]).toEqual([
      { start: "2022-09-01", end: "2024-06-30" },
      "2022-06-20",
    ]);
  });

  it("falls back to the decision date and the edition's last day without project dates", () => {
    const a = assess(
      application2022((x) => {
        delete x.project.start;
        delete x.project.end;
      }),
      { at: "2022-04-25T15:30:00+03:00" },
    );
    const r = decisionTerms(a, granted, base);
    expect(r.success && r.data.period).toEqual({ start: "2022-06-15", end: "2024-09-30" });
  });

  it("never guesses a decision date that is not sourced (2019-2: inferred)", () => {
    const a = assessed(
      [{ key: "444", role: "applicant", type: "municipality", name: "Lohja", eligibleCosts: "100000.00" }],
      { edition: "2019-2" },
    );
    const r = decisionTerms(a, { ...granted, amount: "85000.00" }, { ...base, recipientModel: "administrator" });
    expect(r.success ? null : r.issues[0]).toMatchObject({
      code: "terms.noDecisionDate",
      message: "Haun 2019-2 päätöspäivää ei tiedetä: anna decidedOn.",
    });
    expect(
      decisionTerms(
        a,
        { ...granted, amount: "85000.00" },
        { ...base, recipientModel: "administrator", decidedOn: "2020-05-12" },
      ).success,
    ).toBe(true);
  });

  it.each([
    [
      "an entry that granted nothing",
      { ...granted, status: "rejected" as const, amount: "0.00" },
      base,
      "terms.notGranted",
    ],
    ["another application's entry", { ...granted, id: "OTHER" }, base, "terms.otherApplication"],
    ["an amount above the maximum grant", { ...granted, amount: "102000.01" }, base, "passOn.exceedsMaximum"],
    ["a report deadline of 0 months", granted, { ...base, reportMonths: 0 }, "application.invalid"],
    ["no payment scheme", granted, { ...base, payment: undefined }, "terms.invalidOption"],
    [
      "an advance above the maximum",
      granted,
      { ...base, payment: { scheme: "afterReport", advance: "200000.00" } },
      "terms.advanceAboveMaximum",
    ],
    ["an unknown recipient model", granted, { ...base, recipientModel: "shared" }, "terms.invalidOption"],
  ] as const)("refuses %s with a code", (_, entry, options, code) => {
    const r = decisionTerms(assessment2022(), entry as never, options as never);
    expect(r.success ? null : r.issues[0]!.code).toBe(code);
  });

  it("never throws on what is not an assessment", () => {
    for (const a of [null, {}, { status: "invalid", budget: null }, assess({})])
      expect(decisionTerms(a as never, granted, base).success).toBe(false);
    expect(decisionTerms(assessment2022(), granted, null as never).success).toBe(false);
  });
});
