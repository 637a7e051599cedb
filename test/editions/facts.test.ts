import { describe, expect, it } from "vitest";
import { getEdition } from "../../src/editions/registry.js";
import { helsinkiInstant } from "../../src/time/instant.js";

// The year-to-year facts users write their own suites against.
describe("edition facts", () => {
  it("2022 closes on 25.4.2022 at an assumed 16.15 Finnish summer time", () => {
    const closes = getEdition("2022").window.closesAt;
    expect(closes.value).toBe("2022-04-25T16:15:00+03:00");
    expect(closes.certainty).toBe("inferred");
    expect(getEdition("2022").window.opensAt).toMatchObject({ value: null, certainty: "notFound" });
  });

  it.each([
    ["2019-1", "2019-08-01T00:00:00+03:00", "inferred", "2019-09-19T16:15:00+03:00", "sourced"],
    ["2019-2", "2019-11-13T00:00:00+02:00", "inferred", "2019-12-19T16:15:00+02:00", "inferred"],
    ["2020", "2020-06-25T00:00:00+03:00", "inferred", "2020-10-05T16:15:00+03:00", "inferred"],
    ["2021", "2021-02-18T00:00:00+02:00", "inferred", "2021-05-04T16:15:00+03:00", "sourced"],
  ] as const)("%s is open from %s (%s) to %s (%s)", (id, opens, opensCertainty, closes, closesCertainty) => {
    const w = getEdition(id).window;
    expect(w.opensAt).toMatchObject({ value: opens, certainty: opensCertainty });
    expect(w.closesAt).toMatchObject({ value: closes, certainty: closesCertainty });
  });

  it.each(["2019-1", "2019-2", "2020", "2021", "2022"] as const)(
    "%s writes its window with Helsinki's offset of the day",
    (id) => {
      const w = getEdition(id).window;
      for (const v of [w.opensAt.value, w.closesAt.value]) {
        if (v !== null) expect(helsinkiInstant(v.slice(0, 10), v.slice(11, 16))).toBe(v);
      }
    },
  );

  it.each([
    ["2019-1", []],
    ["2019-2", ["archiving", "builtEnvironment", "caseManagement", "socialAndHealthCare"]],
    ["2020", ["archiving", "builtEnvironment", "socialAndHealthCare"]],
    ["2021", ["digitisationOnly", "socialAndHealthCare"]],
    ["2022", ["digitisationOnly", "socialAndHealthCare"]],
  ] as const)("%s excludes exactly %j", (id, codes) => {
    expect(Object.keys(getEdition(id).exclusions).sort()).toEqual(codes);
  });

  it.each([
    ["2019-1", ["dataUtilisation", "financialAdministrationAutomation", "knowledgeManagement"]],
    [
      "2019-2",
      [
        "automationAndAi",
        "customerOrientedProcesses",
        "knowledgeManagement",
        "sharedDataDefinitions",
        "statutoryEServices",
        "strategicProcesses",
      ],
    ],
    ["2020", ["electronicDecisionMaking", "electronicMeetings", "leisureServices", "participation", "remoteWork"]],
    ["2021", ["builtEnvironmentServices", "digitalSecurity"]],
    ["2022", ["competence", "dataQuality"]],
  ] as const)("%s has the focus areas %j", (id, codes) => {
    expect(Object.keys(getEdition(id).focusAreas).sort()).toEqual(codes);
  });

  it.each([
    ["2019-1", false, 1],
    ["2019-2", true, 2],
    ["2020", true, 2],
    ["2021", true, 2],
    ["2022", true, 2],
  ] as const)("%s: joint projects only %s, at least %i municipalities", (id, jointOnly, min) => {
    const e = getEdition(id).eligibility;
    expect(e.jointOnly.value).toBe(jointOnly);
    expect(e.minMunicipalities.value).toBe(min);
    expect(e.applicantTypes.value).toEqual(["municipality", "jointAuthority"]);
    expect(e.partnerOnlyTypes.value).toEqual(["association", "company", "other"]);
    expect(e.alandMunicipalities).toMatchObject({ value: null, certainty: "notFound" });
  });

  it.each([
    ["2019-1", "2021-11-30", "sourced"],
    ["2019-2", "2021-11-30", "sourced"],
    // Known from the decision releases only, not from the call texts.
    ["2020", "2022-10-31", "inferred"],
    ["2021", "2023-10-31", "sourced"],
    ["2022", "2024-09-30", "inferred"],
  ] as const)("%s projects end by %s (%s)", (id, date, certainty) => {
    expect(getEdition(id).period.latestEnd).toMatchObject({ value: date, certainty });
  });

  it.each([
    // No source says who received a 2019 grant: unknown, never guessed.
    [
      "2019-1",
      null,
      "notFound",
      "https://kommuntorget.fi/it-och-information/understod-for-digitalisering-i-kommunerna/",
    ],
    [
      "2019-2",
      null,
      "notFound",
      "https://kommuntorget.fi/it-och-information/understod-for-kommunernas-digitaliseringsprojekt/",
    ],
    // "X and the other municipalities named in the application": the municipalities jointly.
    [
      "2020",
      "joint",
      "inferred",
      "https://vm.fi/sv/-/finansministeriet-beviljade-2020-ars-understod-for-kommunernas-digitaliseringsprojekt",
    ],
    [
      "2021",
      "joint",
      "inferred",
      "https://vm.fi/-/valtiovarainministerio-on-myontanyt-vuoden-2021-avustuksia-kuntien-digitalisaatiohankkeisiin?languageId=sv_SE",
    ],
    // A lead applicant (huvudsökare) named; Kuntaliitto, which cannot be a recipient, among those the money went to.
    [
      "2022",
      "administrator",
      "inferred",
      "https://vm.fi/sv/-/finansministeriet-beviljade-2020-ars-understod-for-kommunernas-digitaliseringsprojekt-1",
    ],
  ] as const)("%s: the recipient model is %s (%s), from the decision release", (id, value, certainty, citation) => {
    const node = getEdition(id).recipients;
    expect(node).toMatchObject({ value, certainty, citation });
    // Every inferred or unknown model says why, in each language.
    expect(Object.keys(node.note ?? {})).toEqual(["fi", "sv", "en"]);
  });

  it("the two 2019 calls share one 30 M€ pool and name each other", () => {
    expect(getEdition("2019-1").appropriation.value).toEqual({ amount: "30000000.00", sharedWith: ["2019-2"] });
    expect(getEdition("2019-2").appropriation.value).toEqual({ amount: "30000000.00", sharedWith: ["2019-1"] });
    for (const id of ["2020", "2021", "2022"] as const) {
      expect(getEdition(id).appropriation.value).toEqual({ amount: "10000000.00", sharedWith: [] });
    }
  });

  it("every call grants at most 85 % of the VAT-free eligible costs (893/2019 4 §)", () => {
    for (const id of ["2019-1", "2019-2", "2020", "2021", "2022"] as const) {
      const m = getEdition(id).money;
      expect(m.maxGrantRate).toMatchObject({ value: "0.85", citation: "893/2019 4 §", certainty: "sourced" });
      expect(m.vatEligible).toMatchObject({ value: false, citation: "893/2019 4 §" });
    }
  });

  it("treats the cost categories as 893/2019 5 § says", () => {
    const c = getEdition("2022").money.costCategories;
    const treatment = Object.fromEntries(Object.entries(c).map(([k, v]) => [k, v.value.treatment]));
    expect(treatment).toEqual({
      staff: "eligible",
      travel: "eligible",
      rent: "eligible",
      services: "eligible",
      materials: "eligible",
      otherOperating: "eligible",
      softwareLicences: "conditional",
      internalCharges: "conditional",
      equipment: "ineligible",
      tangibleInvestment: "ineligible",
    });
    expect(c.services.value.condition?.en).toBe("The services are used solely for the project.");
    expect(c.equipment.citation).toBe("893/2019 5 § 2 mom.");
    expect(c.softwareLicences.citation).toBe("893/2019 5 § 3 mom.");
    expect(c.internalCharges.citation).toBe("893/2019 5 § 4 mom.");
  });

  it.each([
    ["2019-1", ["feasibility", "generalSignificance", "societalAndEconomicImpact"]],
    ["2019-2", ["generalSignificance", "societalAndEconomicImpact"]],
    ["2020", ["changeInWaysOfWorking", "generalSignificance", "reuseAndDissemination", "societalAndEconomicImpact"]],
    [
      "2021",
      [
        "changeInWaysOfWorking",
        "generalSignificance",
        "nationalServicesAndInteroperability",
        "reuseAndDissemination",
        "societalAndEconomicImpact",
      ],
    ],
    [
      "2022",
      [
        "changeInWaysOfWorking",
        "generalSignificance",
        "nationalServicesAndInteroperability",
        "reuseAndDissemination",
        "societalAndEconomicImpact",
      ],
    ],
  ] as const)("%s is assessed on %j", (id, codes) => {
    expect(Object.keys(getEdition(id).criteria).sort()).toEqual(codes);
    expect(getEdition(id).criteria.societalAndEconomicImpact?.citation).toBe("893/2019 2 §");
  });

  it("publishes the statistics that were found and leaves the rest unknown", () => {
    const s = getEdition("2022").statistics;
    expect([s.applicationsReceived.value, s.grantsMade.value, s.totalGranted.value]).toEqual([49, 24, "8620000.00"]);
    expect(getEdition("2019-1").statistics.totalGranted).toMatchObject({ value: null, certainty: "notFound" });
    expect(getEdition("2019-2").statistics.grantsMade).toMatchObject({ value: null, certainty: "notFound" });
  });

  it("requires the application contents of 893/2019 6 § 2 mom. and the conditions of 7 §", () => {
    const e = getEdition("2022");
    expect(Object.keys(e.requiredContents)).toHaveLength(10);
    expect(e.requiredContents.disseminationPlan?.citation).toBe("893/2019 6 § 2 mom. 2 kohta");
    expect(e.requiredContents.operationalChange?.citation).toBe("https://vm.fi/kuntien-digikannustinavustukset-2022");
    expect(Object.keys(e.conditionsOfUse).sort()).toEqual([
      "reusableResults",
      "separateAccounting",
      "shareExperiences",
    ]);
    expect(e.reporting.auditorStatement).toMatchObject({ value: true, citation: "893/2019 9 §" });
  });

  it("uses the register of its year", () => {
    expect(["2019-1", "2019-2", "2020", "2021", "2022"].map((id) => getEdition(id as "2022").registerYear)).toEqual([
      2019, 2019, 2020, 2021, 2022,
    ]);
  });
});
