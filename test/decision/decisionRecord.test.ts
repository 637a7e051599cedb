// Every field of a grant decision record (decisionRecord, 688/2001 11 §; 893/2019 3–9 §) for a
// hand-built granted allocation: the parties with their names from the register of the call's year
// or as given, the cost categories with their treatment and condition, the period of use with its
// note, the conditions of use of an edition object that lacks some, and the coded issues with
// their exact parameters. Written against the mutants of decision.ts that survived toMatchObject.
import { describe, expect, it } from "vitest";
import { allocate } from "../../src/allocate/allocate.js";
import type { AllocationIssue } from "../../src/scoring/issue.js";
import { decisionRecord, decisionRecords } from "../../src/decision/decision.js";
import type { Allocation, AllocationResult } from "../../src/allocate/types.js";
import { getEdition } from "../../src/editions/registry.js";
import { application2022 } from "../helpers/application2022.js";

/** The report deadline a decision must state (893/2019 9 §); the ministry's figure was not found. */
const MONTHS = { reportingMonths: 2 };

const edition = getEdition("2022");

/** A granted allocation as `allocate` would return it; only id, status, amount and eligible costs are read. */
const grant = (id: string, amount: string, eligibleCosts: string | null): Allocation => ({
  id,
  status: "granted",
  amount,
  rank: 1,
  score: "4.0000",
  assessmentStatus: "eligible",
  requestedGrant: amount,
  maxGrant: amount,
  eligibleCosts,
  grantable: amount,
  excludedReviewers: [],
  reasons: [],
});

/** Lahti applies (under a name of its own), with an unknown code, a named non-register code, a company and an association. */
function mixedApplication() {
  return application2022((a) => {
    a.applicant = { type: "municipality", code: "398", name: "Lahden kaupunki" };
    a.participants = [
      { type: "municipality", code: "999" },
      { type: "municipality", code: "998", name: "Testikunta" },
      { type: "company", name: "Firma Oy", businessId: "0737546-2" },
      { type: "association", name: "Yhdistys ry" },
    ];
    a.project.name = "Tietoaltaat";
    delete a.project.focusArea;
    a.budget.lines = [{ category: "staff", amount: "100000.00" }];
    a.budget.requestedGrant = "80000.00";
  });
}

// Every record is drawn inside its test: what a describe block computes runs before Stryker switches
// a mutant on, so it would prove nothing.
const mixed = () => record(grant("M", "80000.00", "100000.00"), mixedApplication());

function record(
  allocation: Allocation,
  application: unknown,
  ed: Parameters<typeof decisionRecord>[2] = "2022",
  options: Parameters<typeof decisionRecord>[3] = MONTHS,
) {
  const r = decisionRecord(allocation, { id: allocation.id, application }, ed, options);
  if (!r.success) throw new Error(JSON.stringify(r.issues));
  return r.data;
}

describe("decisionRecord: the parties", () => {
  it("the recipient is the applicant as administrator, named as in the register of the call's year, not as given", () => {
    const d = mixed();
    expect(d.recipients).toEqual({
      model: "administrator",
      source: "edition",
      certainty: "inferred",
      modelCitation:
        "https://vm.fi/sv/-/finansministeriet-beviljade-2020-ars-understod-for-kommunernas-digitaliseringsprojekt-1",
      parties: [
        { type: "municipality", code: "398", businessId: null, name: { fi: "Lahti", sv: "Lahtis", en: "Lahti" } },
      ],
      citation: "893/2019 3 § 2 mom.",
      liabilityCitation: null,
    });
  });

  it("co-implementers: a code not in the register by the name given, else by the code; others by name and business ID", () => {
    const d = mixed();
    expect(d.coImplementers).toEqual({
      parties: [
        { type: "municipality", code: "999", businessId: null, name: { fi: "999", sv: "999", en: "999" } },
        {
          type: "municipality",
          code: "998",
          businessId: null,
          name: { fi: "Testikunta", sv: "Testikunta", en: "Testikunta" },
        },
        {
          type: "company",
          code: null,
          businessId: "0737546-2",
          name: { fi: "Firma Oy", sv: "Firma Oy", en: "Firma Oy" },
        },
        {
          type: "association",
          code: null,
          businessId: null,
          name: { fi: "Yhdistys ry", sv: "Yhdistys ry", en: "Yhdistys ry" },
        },
      ],
      citation: "893/2019 3 § 2 mom.",
    });
  });

  it("a municipality known in the register by its Finnish and Swedish names (Porvoo, Borgå)", () => {
    const app = application2022((a) => (a.participants = [{ type: "municipality", code: "638" }]));
    expect(record(grant("P", "1000.00", "2000.00"), app).coImplementers.parties[0]!.name).toEqual({
      fi: "Porvoo",
      sv: "Borgå",
      en: "Porvoo",
    });
  });
});

describe("decisionRecord: purpose, amounts and costs", () => {
  it("the purpose without a focus area, the call and the edition", () => {
    const d = mixed();
    expect(d.purpose).toEqual({ project: "Tietoaltaat", focusArea: null, citation: "688/2001 11 §" });
    expect([d.official, d.id, d.edition]).toEqual([false, "M", "2022"]);
    expect(d.call).toEqual({
      title: edition.title.value,
      citation: "https://vm.fi/kuntien-digikannustinavustukset-2022",
    });
  });

  it("the purpose with the focus area the application emphasises, titled and cited from the edition", () => {
    const withFocus = record(grant("F", "1000.00", "2000.00"), application2022());
    expect(withFocus.purpose.focusArea).toEqual({
      code: "dataQuality",
      title: { fi: "Tietoaineistojen laatu", sv: "Informationsmaterialets kvalitet", en: "Quality of data sets" },
      citation: "https://vm.fi/kuntien-digikannustinavustukset-2022",
    });
  });

  it("a focus area the edition object does not list is left out", () => {
    const noFocusAreas = { ...edition, focusAreas: {} };
    expect(record(grant("F", "1000.00", "2000.00"), application2022(), noFocusAreas).purpose.focusArea).toBeNull();
  });

  it("the maximum amount and the share of the eligible costs, four decimals half up", () => {
    const d = mixed();
    expect(d.maximumAmount).toEqual({ amount: "80000.00", citation: "688/2001 11 §; 893/2019 4 §" });
    expect(d.maximumShare).toEqual({
      rate: "0.85",
      eligibleCosts: "100000.00",
      grantedShare: "0.8000",
      citation: "893/2019 4 §",
      actualCostsCitation: "893/2019 4 §; 688/2001 12 § 1 mom.",
    });
    expect(d.reduction).toBeNull();
    // 2 / 3 = 0.66666… → 0.6667
    expect(record(grant("T", "2.00", "3.00"), application2022()).maximumShare.grantedShare).toBe("0.6667");
  });

  it("the cost categories in the order of the budget, each with its treatment, condition (or null) and provision", () => {
    const d = mixed();
    const brief = (cs: typeof d.costs.eligible) =>
      cs.map((c) => [c.category, c.treatment, c.condition?.en ?? null, c.citation]);
    expect(brief(d.costs.eligible)).toEqual([
      ["staff", "eligible", null, "893/2019 5 § 1 mom. 1 kohta"],
      ["travel", "eligible", null, "893/2019 5 § 1 mom. 2 kohta"],
      ["rent", "eligible", null, "893/2019 5 § 1 mom. 3 kohta"],
      ["services", "eligible", "The services are used solely for the project.", "893/2019 5 § 1 mom. 4 kohta"],
      ["materials", "eligible", null, "893/2019 5 § 1 mom. 5 kohta"],
      ["otherOperating", "eligible", null, "893/2019 5 § 1 mom. 5 kohta"],
      [
        "softwareLicences",
        "conditional",
        "Eligible only insofar as they are necessary to carry out the development project.",
        "893/2019 5 § 3 mom.",
      ],
      [
        "internalCharges",
        "conditional",
        "The costs must be based on actual expenditure in the accounts.",
        "893/2019 5 § 4 mom.",
      ],
    ]);
    expect(d.costs.eligible[0]).toEqual({
      category: "staff",
      treatment: "eligible",
      title: { fi: "Henkilöstökustannukset", sv: "Personalkostnader", en: "Staff costs" },
      condition: null,
      citation: "893/2019 5 § 1 mom. 1 kohta",
    });
    expect(d.costs.ineligible).toEqual([
      {
        category: "equipment",
        treatment: "ineligible",
        title: edition.money.costCategories.equipment.value.title,
        condition: null,
        citation: "893/2019 5 § 2 mom.",
      },
      {
        category: "tangibleInvestment",
        treatment: "ineligible",
        title: edition.money.costCategories.tangibleInvestment.value.title,
        condition: null,
        citation: "893/2019 5 § 2 mom.",
      },
    ]);
    expect([d.costs.vatEligible, d.costs.vatCitation]).toEqual([false, "893/2019 4 §"]);
  });
});

describe("decisionRecord: period of use, reporting, conditions, legal basis, rectification", () => {
  it("the period of use ends 30.9.2024, known from the decision release, with the edition's note", () => {
    const d = mixed();
    const end = edition.period.latestEnd;
    expect(d.periodOfUse).toEqual({
      from: "2022-08-01",
      fromSource: "application",
      until: "2024-09-30",
      citation: end.citation,
      certainty: "inferred",
      note: end.note?.fi,
    });
    expect(d.periodOfUse.note).toMatch(/^Tiedetään päätöstiedotteesta: hankkeet on toteutettava syyskuun 2024 loppuun/);
  });

  it("gives the period's note in the record's language", () => {
    const end = edition.period.latestEnd;
    const inLanguage = (locale: "sv" | "en") =>
      decisionRecord(grant("N", "1000.00", "2000.00"), { id: "N", application: application2022() }, "2022", {
        ...MONTHS,
        locale,
      });
    const inSv = inLanguage("sv");
    const inEn = inLanguage("en");
    expect(inSv.success && inSv.data.periodOfUse.note).toBe(end.note?.sv);
    expect(inEn.success && inEn.data.periodOfUse.note).toMatch(
      /^Known from the decision release: projects must be carried out before the end of September 2024/,
    );
  });

  it("a period of use published with the call (2019-1) says so in its note", () => {
    const d2019 = record(
      grant("N", "1000.00", "2000.00"),
      application2022((a) => (a.edition = "2019-1")),
      "2019-1",
      // The 2019-1 sources do not say who received a joint project's grant: the caller says.
      { ...MONTHS, recipientModel: "administrator" },
    );
    expect(d2019.periodOfUse.note).toMatch(/^Julkaistiin haun yhteydessä/);
    expect(d2019.edition).toBe("2019-1");
  });

  it("the final report, with an auditor's statement, filed by the administrator (893/2019 9 §)", () => {
    const d = mixed();
    expect(d.reporting).toEqual({
      finalReport: edition.reporting.finalReport.value,
      auditorStatement: true,
      filedBy: "administrator",
      deadlineMonths: 2,
      citation: "893/2019 9 §",
    });
  });

  it("the conditions of use of the edition, in code order; those an edition object lacks are left out", () => {
    const d = mixed();
    expect(d.conditionsOfUse).toEqual(
      (["shareExperiences", "reusableResults", "separateAccounting"] as const).map((code) => ({
        code,
        title: edition.conditionsOfUse[code]!.value.title,
        citation: "893/2019 7 §",
      })),
    );
    const fewer = { ...edition, conditionsOfUse: { reusableResults: edition.conditionsOfUse.reusableResults! } };
    expect(
      record(grant("C", "1000.00", "2000.00"), application2022(), fewer).conditionsOfUse.map((c) => c.code),
    ).toEqual(["reusableResults"]);
  });

  it("the acts and the budget item, and a request for rectification within 30 days (688/2001 34 §)", () => {
    const d = mixed();
    expect(d.legalBasis).toEqual({
      acts: ["893/2019", "688/2001"],
      citation: "https://finlex.fi/fi/laki/ajantasa/2019/20190893",
      budgetItem: "28.90.32",
      budgetItemCitation: edition.budgetItem.citation,
    });
    expect(d.rectification).toEqual({
      days: 30,
      citation: "688/2001 34 § 1 mom. (952/2015); hallintolaki 434/2003 49 c §",
      contentsCitation: "hallintolaki 434/2003 49 d §",
      notificationCitation: "hallintolaki 434/2003 59 § 2 mom.",
      appealCitation: "688/2001 34 § 2 mom. (952/2015)",
      wording: "952/2015",
      certainty: "inferred",
      next: { wording: "430/2022", from: "2022-06-16" },
    });
  });
});

describe("decisionRecord: the issues, with their parameters", () => {
  const issues = (r: ReturnType<typeof decisionRecord>) =>
    r.success ? [] : r.issues.map((i) => [i.code, i.params, i.message]);

  it("an allocation that cannot be read: invalidApplication with an empty id, in the chosen language", () => {
    expect(
      issues(
        decisionRecord(null as never, { id: "A", application: application2022() }, "2022", {
          locale: "sv",
          reportingMonths: 2,
        }),
      ),
    ).toEqual([["decision.invalidApplication", { id: "" }, "Ansökan  är inte giltig, så inget beslut kan upprättas."]]);
  });

  it("an unknown edition id is quoted to 40 characters", () => {
    const long = `20${"9".repeat(60)}`;
    const r = issues(
      decisionRecord(grant("A", "1.00", "2.00"), { id: "A", application: application2022() }, long as never, MONTHS),
    );
    expect(r.map(([code, params]) => [code, params])).toEqual([
      ["allocation.unknownEdition", { edition: long.slice(0, 40) }],
    ]);
  });

  it("another candidate's id is quoted to 200 characters", () => {
    const other = "B".repeat(250);
    const r = issues(
      decisionRecord(grant("A", "1.00", "2.00"), { id: other, application: application2022() }, "2022", {
        locale: "en",
        reportingMonths: 2,
      }),
    );
    expect(r).toEqual([
      [
        "decision.otherCandidate",
        { id: "A", candidate: "B".repeat(200) },
        `The allocation is for application A, but the candidate given is ${"B".repeat(200)}.`,
      ],
    ]);
  });
});

describe("decisionRecords", () => {
  const allocations = [
    grant("A", "1000.00", "2000.00"),
    grant("B", "500.00", "1000.00"),
    { ...grant("C", "0.00", "1000.00"), status: "reserve" as const },
  ];
  const result = { edition: "2022", allocations } as unknown as AllocationResult;

  it("leaves out a granted allocation whose candidate cannot be drawn up (invalid application), keeping the others in order", () => {
    const candidates = [
      { id: "B", application: application2022() },
      { id: "A", application: { edition: "2022" } },
      { id: "C", application: application2022() },
    ];
    const records = decisionRecords(result, candidates, MONTHS);
    expect(records.map((d) => [d.id, d.maximumAmount.amount, d.maximumShare.grantedShare])).toEqual([
      ["B", "500.00", "0.5000"],
    ]);
  });

  it("matches candidates by id whatever their order, and skips values that are not candidates", () => {
    const candidates = [
      7,
      "A",
      { id: "B", application: application2022() },
      { id: "A", application: application2022() },
    ] as never[];
    expect(decisionRecords(result, candidates, MONTHS).map((d) => d.id)).toEqual(["A", "B"]);
  });
});

/** Helsinki (091) applies: the recipient of its record. */
const candidates = [
  { id: "A", application: application2022((a) => (a.applicant = { type: "municipality", code: "091" })), score: 4 },
];

const issuesOf = (r: { success: boolean; issues?: readonly AllocationIssue[] }) =>
  r.success ? [] : r.issues!.map((i) => [i.code, i.params]);

describe("decision records are drawn only for a grant of the same application", () => {
  // Allocated inside each test: what a describe block computes runs before Stryker switches a mutant on.
  const allocated = () => {
    const r = allocate(candidates, { edition: "2022", appropriation: "150000.00" });
    if (!r.success) throw new Error("allocation failed");
    return r.data;
  };
  const granted = allocated().allocations[0]!;
  const candidate = candidates[0]!;

  it("draws one for the grant, from an edition id or an edition object", () => {
    expect(decisionRecord(granted, candidate, "2022", MONTHS).success).toBe(true);
    expect(decisionRecord(granted, candidate, getEdition("2022"), MONTHS).success).toBe(true);
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
    expect(issuesOf(decisionRecord(allocation, c, edition as never, MONTHS))).toEqual([expected]);
  });

  it("decisionRecords: one per grant, none from a non-list, and a candidate that is not an object is skipped", () => {
    const r = { data: allocated() };
    expect(decisionRecords(r.data, candidates, MONTHS).map((d) => d.recipients.parties[0]?.code)).toEqual(["091"]);
    expect(decisionRecords(null as never, candidates, MONTHS)).toEqual([]);
    expect(decisionRecords(r.data, null as never, MONTHS)).toEqual([]);
    expect(decisionRecords(r.data, [null as never, ...candidates], MONTHS)).toHaveLength(1);
    expect(
      decisionRecords({ ...r.data, allocations: [{ ...granted, status: "reserve" }] }, candidates, MONTHS),
    ).toEqual([]);
  });
});
