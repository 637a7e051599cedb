import { describe, expect, it } from "vitest";
import { assess } from "../../src/assess/assess.js";
import { judge } from "./fixtures.js";
import { application2022 } from "../helpers/application2022.js";

const TEXTS = [
  "objectives",
  "measures",
  "results",
  "disseminationPlan",
  "schedule",
  "organisation",
  "relatedProjects",
] as const;

describe("contents.* (893/2019 6 § 2 mom.)", () => {
  it.each(TEXTS)("contents.%s: present passes, absent or blank is missing", (field) => {
    expect(judge(application2022(), `contents.${field}`).finding.outcome).toBe("pass");
    for (const value of [undefined, "", "   ", "\n\t "]) {
      const input = application2022((a) => {
        if (value === undefined) delete a.project[field];
        else a.project[field] = value;
      });
      const { finding, assessment } = judge(input, `contents.${field}`);
      expect(finding.outcome).toBe("missing");
      expect(finding.citation).toMatch(/^893\/2019 6 § 2 mom\. [1-6] kohta$/);
      expect(finding.values).toMatchObject({ content: field, field: `project.${field}`, given: false });
      expect(assessment.status).toBe("needsReview");
    }
  });

  it("cites the item of 6 § 2 mom. each content comes from", () => {
    const a = assess(application2022());
    const cites = Object.fromEntries(
      a.findings.filter((f) => f.rule.startsWith("contents.")).map((f) => [f.rule, f.citation]),
    );
    expect(cites).toEqual({
      "contents.objectives": "893/2019 6 § 2 mom. 1 kohta",
      "contents.measures": "893/2019 6 § 2 mom. 1 kohta",
      "contents.results": "893/2019 6 § 2 mom. 1 kohta",
      "contents.disseminationPlan": "893/2019 6 § 2 mom. 2 kohta",
      "contents.schedule": "893/2019 6 § 2 mom. 3 kohta",
      "contents.organisation": "893/2019 6 § 2 mom. 3 kohta",
      "contents.parties": "893/2019 6 § 2 mom. 4 kohta",
      "contents.funding": "893/2019 6 § 2 mom. 5 kohta",
      "contents.relatedProjects": "893/2019 6 § 2 mom. 6 kohta",
    });
  });

  it("passes the structured contents (parties, funding), which parsing requires", () => {
    const { finding } = judge(application2022(), "contents.parties", { locale: "en" });
    expect(finding.outcome).toBe("pass");
    expect(finding.messageCode).toBe("contents.structured");
    expect(finding.values).toEqual({ content: "parties", field: "applicant, participants" });
  });

  it("names the missing content in the reader's language", () => {
    const input = application2022((a) => {
      a.project.disseminationPlan = " ";
    });
    expect(judge(input, "contents.disseminationPlan").finding.message).toBe(
      "Hakemuksesta puuttuu kohta ”Suunnitelma tulosten hyödyntämisestä ja levittämisestä” (project.disseminationPlan), tai se on tyhjä.",
    );
    expect(judge(input, "contents.disseminationPlan", { locale: "en" }).finding.message).toBe(
      'The application lacks "Plan for using and disseminating the results" (project.disseminationPlan), or it is blank.',
    );
  });
});
