import { describe, expect, it } from "vitest";
import { allocate } from "../../src/allocate/allocate.js";
import type { AllocationCandidate } from "../../src/allocate/types.js";
import { assess } from "../../src/assess/assess.js";
import { decisionTerms } from "../../src/award/terms.js";
import { decisionRecord } from "../../src/decision/decision.js";
import { renderDecision } from "../../src/decision/renderDecision.js";
import { application2022 } from "../helpers/application2022.js";

// The decision record with the decision's terms (issue #12): the payment scheme and the effect of
// income the caller's decision fixes, stated in the record and the same terms `decisionTerms` builds.
const candidate: AllocationCandidate = {
  id: "T",
  application: application2022((a) => {
    a.applicant = { type: "municipality", code: "398" };
    a.participants = [{ type: "municipality", code: "111" }];
    a.budget.lines = [{ category: "staff", amount: "200000.00" }];
    a.budget.requestedGrant = "170000.00";
  }),
  score: 4,
};
const r = allocate([candidate], { appropriation: "1000000.00", unit: "euro" });
if (!r.success) throw new Error("allocation failed");
const allocation = r.data.allocations[0]!;
const instalments = {
  scheme: "instalments",
  instalments: [
    { due: "2023-01-31", amount: "100000.00" },
    { due: "2024-01-31", amount: "70000.00" },
  ],
} as const;

describe("decisionRecord with the decision's payment scheme and income", () => {
  const record = decisionRecord(allocation, candidate, "2022", {
    reportingMonths: 2,
    payment: instalments,
    income: "reducesCosts",
  });
  if (!record.success) throw new Error(JSON.stringify(record.issues));

  it("carries the terms decisionTerms builds from the same assessment, date, deadline and period", () => {
    const assessment = assess(candidate.application);
    const terms = decisionTerms(
      assessment,
      { ...allocation, id: assessment.id ?? "" },
      {
        decidedOn: record.data.decided.on,
        reportMonths: 2,
        payment: instalments,
        income: "reducesCosts",
        start: record.data.periodOfUse.from,
        end: record.data.periodOfUse.until,
      },
    );
    expect(terms.success && terms.data).toEqual(record.data.terms);
    expect(record.data.terms?.maximum).toBe(record.data.maximumAmount.amount);
  });

  it.each([
    ["fi", "31.1.2023: 100 000,00 €", "vähennetään hankkeen hyväksyttävistä kustannuksista"],
    ["sv", "31.1.2023: 100 000,00 €", "dras intäkter av projektet av"],
    ["en", "31 January 2023: €100,000.00", "income is deducted from its eligible costs"],
  ] as const)("states the instalments and the effect of income (%s)", (locale, instalment, income) => {
    const text = renderDecision(record.data, locale).replace(/[\u00a0\u202f]/g, " ");
    expect(text).toContain(`- ${instalment}`);
    expect(text).toContain(income);
    expect(text).toContain("688/2001 12 § 1 mom.");
  });

  it.each(["fi", "sv"] as const)("renders the whole record with its terms the same every time (%s)", async (locale) => {
    await expect(renderDecision(record.data, locale)).toMatchFileSnapshot(
      `__snapshots__/decision-with-terms.${locale}.md`,
    );
  });

  it("states payment after the report, an advance and income without effect", () => {
    const after = decisionRecord(allocation, candidate, "2022", {
      reportingMonths: 2,
      payment: { scheme: "afterReport", advance: "20000.00" },
      income: "noEffect",
      locale: "en",
    });
    if (!after.success) throw new Error(JSON.stringify(after.issues));
    const text = renderDecision(after.data, "en");
    expect(text).toContain("on the realised costs once an acceptable report on its use has been presented");
    expect(text).toContain("An advance of at most €20,000.00 may be paid. (688/2001 12 § 3 mom.)");
    expect(text).toContain("the project's income does not affect the amount of the grant");
  });

  it("without them, states what the law allows and carries no terms", () => {
    const plain = decisionRecord(allocation, candidate, "2022", { reportingMonths: 2, locale: "en" });
    expect(plain.success && plain.data.terms).toBeNull();
  });

  it("refuses a payment scheme without the effect of income, with the terms' coded issue", () => {
    const half = decisionRecord(allocation, candidate, "2022", { reportingMonths: 2, payment: instalments });
    expect(half.success).toBe(false);
    expect(half.success ? [] : half.issues.map((i) => i.code)).not.toContain("decision.invalidApplication");
  });

  it("refuses instalments above the grant, as the terms do", () => {
    const over = decisionRecord(allocation, candidate, "2022", {
      reportingMonths: 2,
      payment: { scheme: "instalments", instalments: [{ due: "2023-01-31", amount: "999999.00" }] },
      income: "noEffect",
    });
    expect(over.success).toBe(false);
  });
});
