import { describe, expect, it } from "vitest";
import { compareAcrossEditions } from "../../src/diff/compareAcrossEditions.js";
import { assess } from "../../src/assess/assess.js";
import { application2022 } from "../helpers/application2022.js";

// Kerava alone, knowledge-based management, sent within the 2019-1 call: the project of 2019-1.
const kerava = application2022((a) => {
  a.id = "kerava-2019";
  a.edition = "2019-1";
  a.submittedAt = "2019-09-19T12:00:00+03:00";
  a.applicant = { type: "municipality", code: "245", name: "Kerava" };
  a.participants = [];
  a.project.name = "Digipalvelujen saavutettavuus";
  a.project.focusArea = "knowledgeManagement";
  a.project.declarations = {
    socialAndHealthCare: false,
    builtEnvironment: false,
    caseManagement: false,
    archiving: false,
    digitisationOnly: false,
    employerSanctions: false,
  };
  a.project.start = "2020-01-01";
  a.project.end = "2021-06-30";
  a.budget.lines = [{ category: "staff", amount: "117647.06" }];
  a.budget.requestedGrant = "100000.00";
});

describe("compareAcrossEditions", () => {
  it("assesses the application under each edition", () => {
    const r = compareAcrossEditions(kerava, ["2019-1", "2019-2"]);
    expect(r.byEdition["2019-1"]).toEqual(assess(kerava, { edition: "2019-1" }));
    expect(r.byEdition["2019-2"]).toEqual(assess(kerava, { edition: "2019-2" }));
    expect(r.byEdition["2019-1"].status).toBe("eligible");
    expect(Object.keys(r.byEdition).sort()).toEqual(["2019-1", "2019-2"]);
  });

  it("lists a single municipality as passing in 2019-1 and failing from 2019-2 on", () => {
    const r = compareAcrossEditions(kerava, ["2019-1", "2019-2", "2020"], { locale: "en" });
    const rule = r.changedRules.find((c) => c.rule === "consortium.minMunicipalities");
    expect(rule).toEqual({
      rule: "consortium.minMunicipalities",
      outcomes: { "2019-1": "pass", "2019-2": "fail", "2020": "fail" },
      summary: "consortium.minMunicipalities: passed in 2019-1, failed from 2019-2 on",
    });
    const fi = compareAcrossEditions(kerava, ["2019-1", "2019-2", "2020"]).changedRules.find(
      (c) => c.rule === "consortium.minMunicipalities",
    );
    expect(fi?.summary).toBe("consortium.minMunicipalities: hyväksytty 2019-1, hylätty 2019-2 alkaen");
  });

  it("counts a rule evaluated in only some editions as changed, with notEvaluated", () => {
    const r = compareAcrossEditions(kerava, ["2019-1", "2019-2", "2020", "2021"], { locale: "en" });
    const built = r.changedRules.find((c) => c.rule === "exclusion.builtEnvironment");
    expect(built?.outcomes).toEqual({
      "2019-1": "notEvaluated",
      "2019-2": "pass",
      "2020": "pass",
      "2021": "notEvaluated",
    });
    expect(built?.summary).toBe(
      "exclusion.builtEnvironment: not evaluated in 2019-1, passed in 2019-2–2020, not evaluated in 2021",
    );
    const caseManagement = r.changedRules.find((c) => c.rule === "exclusion.caseManagement");
    expect(caseManagement?.summary).toBe(
      "exclusion.caseManagement: not evaluated in 2019-1, passed in 2019-2, not evaluated from 2020 on",
    );
  });

  it("leaves out rules with the same outcome everywhere, and lists rules in the order first met", () => {
    const r = compareAcrossEditions(kerava, ["2019-1", "2019-2"]);
    const rules = r.changedRules.map((c) => c.rule);
    expect(rules).not.toContain("applicant.type");
    expect(rules).not.toContain("grant.withinMaximum");
    // knowledgeManagement is a focus area of both 2019 calls, and 19.9.2019 is before both deadlines.
    expect(rules).not.toContain("focusArea.oneOfEdition");
    expect(rules).toEqual([
      "consortium.minMunicipalities",
      "exclusion.socialAndHealthCare",
      "exclusion.builtEnvironment",
      "exclusion.archiving",
      "exclusion.caseManagement",
    ]);
  });

  it("finds nothing changed for one edition, each id once, and reports unknown ids as edition.unknown", () => {
    expect(compareAcrossEditions(kerava, ["2019-1"]).changedRules).toEqual([]);
    expect(compareAcrossEditions(kerava, ["2019-1"]).issues).toEqual([]);
    const r = compareAcrossEditions(kerava, ["2019-1", "2019-1", "2023" as "2022"], { locale: "en" });
    expect(Object.keys(r.byEdition)).toEqual(["2019-1"]);
    expect(r.issues).toEqual([
      {
        path: ["editionIds", 2],
        code: "edition.unknown",
        params: { input: "2023", valid: ["2019-1", "2019-2", "2020", "2021", "2022"] },
        message: '"2023" is not a call edition. Call editions: 2019-1, 2019-2, 2020, 2021, 2022.',
      },
    ]);
    expect(compareAcrossEditions(kerava, []).changedRules).toEqual([]);
  });

  it("never throws: an invalid input is invalid in every edition, with no rule changed", () => {
    const r = compareAcrossEditions({ edition: "2022" }, ["2021", "2022"]);
    expect([r.byEdition["2021"].status, r.byEdition["2022"].status]).toEqual(["invalid", "invalid"]);
    expect(r.changedRules).toEqual([]);
    expect(() => compareAcrossEditions(kerava, ["2021", "2022"], { locale: "xx" as "fi" })).not.toThrow();
  });

  it("does not change its input", () => {
    const copy = structuredClone(kerava);
    compareAcrossEditions(kerava, ["2019-1", "2022"]);
    expect(kerava).toEqual(copy);
  });
});
