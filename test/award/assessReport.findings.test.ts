// Every finding of assessReport whole (rule, outcome, citation, values, message code and parameters),
// for a complete report, one with every gap, and one whose costs all fall outside the terms.
import { describe, expect, it } from "vitest";
import { assessReport, parseFinalReport } from "../../src/index.js";
import { report2022, terms2022 } from "./reportFixtures.js";

const strip = (r: ReturnType<typeof assessReport>) => r.findings.map(({ message: _, ...f }) => f);
const TEXT = "893/2019 9 §";
const COSTS = "893/2019 9 §; 688/2001 11 § 3 mom. 1 k. ja 4 k.";
const DEADLINE = "893/2019 9 §; 688/2001 29 § 1 mom.";

describe("assessReport's findings, whole", () => {
  it("for a complete report given in time", () => {
    expect(strip(assessReport(terms2022(), report2022(), { locale: "en" }))).toEqual([
      ...["results", "waysOfWorking", "usability", "implementation"].map((item) => ({
        rule: `report.${item}`,
        outcome: "pass",
        citation: TEXT,
        values: { given: true },
        messageCode: "report.text.pass",
        params: { item },
      })),
      {
        rule: "report.costs",
        outcome: "pass",
        citation: COSTS,
        values: { lines: 3, excludedLines: [], accepted: "100000.00", excluded: "0.00" },
        messageCode: "report.costs.pass",
        params: { count: 3, accepted: "100000.00", excluded: "0.00" },
      },
      {
        rule: "report.auditorStatement",
        outcome: "pass",
        citation: TEXT,
        values: { present: true, auditor: "KPMG Oy Ab", date: "2024-11-20" },
        messageCode: "report.auditorStatement.pass",
        params: { auditor: "KPMG Oy Ab", date: "2024-11-20" },
      },
      {
        rule: "report.separateAccounting",
        outcome: "pass",
        citation: "893/2019 7 § 3 k.",
        values: { kept: true },
        messageCode: "report.separateAccounting.pass",
        params: {},
      },
      {
        rule: "report.dissemination",
        outcome: "pass",
        citation: "893/2019 7 § 1–2 k.",
        values: { count: 1 },
        messageCode: "report.dissemination.pass",
        params: { count: 1 },
      },
      {
        rule: "report.deadline",
        outcome: "pass",
        citation: DEADLINE,
        values: { submittedOn: "2024-11-29", lapsesAfter: "2024-12-30", source: "decision" },
        messageCode: "report.deadline.pass",
        params: { submittedOn: "2024-11-29", lapsesAfter: "2024-12-30" },
      },
    ]);
  });

  it("for a draft with every gap", () => {
    const report = report2022({
      submittedOn: null,
      results: "",
      waysOfWorking: "",
      usability: "",
      implementation: "",
      costs: [],
      auditorStatement: { present: false, auditor: "KPMG Oy Ab", date: "2024-11-20" },
      separateAccounting: false,
      dissemination: [],
    });
    const r = assessReport(terms2022(), report, { locale: "en" });
    expect([r.status, r.issues]).toEqual(["needsReview", []]);
    expect(strip(r).slice(4)).toEqual([
      {
        rule: "report.costs",
        outcome: "missing",
        citation: COSTS,
        values: { lines: 0 },
        messageCode: "report.costs.missing",
        params: {},
      },
      {
        rule: "report.auditorStatement",
        outcome: "missing",
        citation: TEXT,
        values: { present: false, auditor: "KPMG Oy Ab", date: "2024-11-20" },
        messageCode: "report.auditorStatement.missing",
        params: {},
      },
      {
        rule: "report.separateAccounting",
        outcome: "review",
        citation: "893/2019 7 § 3 k.",
        values: { kept: false },
        messageCode: "report.separateAccounting.review",
        params: {},
      },
      {
        rule: "report.dissemination",
        outcome: "missing",
        citation: "893/2019 7 § 1–2 k.",
        values: { count: 0 },
        messageCode: "report.dissemination.missing",
        params: {},
      },
      {
        rule: "report.deadline",
        outcome: "missing",
        citation: DEADLINE,
        values: { lapsesAfter: "2024-12-30", source: "decision" },
        messageCode: "report.deadline.missing",
        params: { lapsesAfter: "2024-12-30" },
      },
    ]);
    expect(strip(r)[0]).toEqual({
      rule: "report.results",
      outcome: "missing",
      citation: TEXT,
      values: { given: false },
      messageCode: "report.text.missing",
      params: { item: "results" },
    });
  });

  it("for costs that all fall outside the terms, and for some", () => {
    const costs = [
      { category: "equipment" as const, amount: "5.00", date: "2023-01-01" },
      { category: "staff" as const, amount: "7.00", date: "2021-01-01" },
    ];
    const all = assessReport(terms2022(), report2022({ costs }), { locale: "en" });
    expect(strip(all)[4]).toEqual({
      rule: "report.costs",
      outcome: "fail",
      citation: COSTS,
      values: { lines: 2, excludedLines: [0, 1], accepted: "0.00", excluded: "12.00" },
      messageCode: "report.costs.fail",
      params: { count: 2, accepted: "0.00", excluded: "12.00" },
    });
    const some = assessReport(
      terms2022(),
      report2022({ costs: [...costs, { category: "staff", amount: "1.00", date: "2023-01-01" }] }),
    );
    expect([strip(some)[4]!.outcome, strip(some)[4]!.messageCode]).toEqual(["review", "report.costs.review"]);
  });

  it("answers an invalid input with nothing but its issues", () => {
    const r = assessReport(terms2022(), report2022(), { locale: "en", at: "1.1.2025" });
    expect(r).toEqual({
      id: null,
      edition: null,
      locale: "en",
      status: "invalid",
      findings: [],
      lines: [],
      deadline: null,
      issues: [
        {
          path: ["options", "at"],
          code: "report.invalidOption",
          params: { option: "at", expected: "YYYY-MM-DD" },
          message: "The option at is invalid: expected YYYY-MM-DD.",
        },
      ],
    });
  });

  it("reports, in Finnish, options whose reading throws", () => {
    const options = {
      get locale(): never {
        throw new Error("boom");
      },
    };
    const parsed = parseFinalReport(report2022(), options);
    expect(assessReport(terms2022(), report2022(), options).issues).toEqual(!parsed.success && parsed.issues);
    expect(!parsed.success && parsed.issues).toEqual([
      {
        path: ["options", "locale"],
        code: "report.invalidOption",
        params: { option: "locale", expected: '"fi" | "sv" | "en"' },
        message: 'Valinta locale on virheellinen: odotettiin "fi" | "sv" | "en".',
      },
    ]);
  });
});
