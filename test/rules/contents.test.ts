import { describe, expect, it } from "vitest";
import { assess } from "../../src/assess/assess.js";
import { editions, getEdition } from "../../src/editions/registry.js";
import { ruleCatalogue } from "../../src/rules/catalogue.js";
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
      "contents.operationalChange": "https://vm.fi/kuntien-digikannustinavustukset-2022",
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
      "Hakemuksesta puuttuu kohta ”Tulosten hyödyntämistä ja levittämistä koskeva suunnitelma” (project.disseminationPlan), tai se on tyhjä.",
    );
    expect(judge(input, "contents.disseminationPlan", { locale: "en" }).finding.message).toBe(
      'The application lacks "Plan for using and disseminating the results" (project.disseminationPlan), or it is blank.',
    );
  });
});

describe("contents.operationalChange (the 2020, 2021 and 2022 call texts)", () => {
  const without = (value: string | undefined) =>
    application2022((a) => {
      if (value === undefined) delete a.project.operationalChange;
      else a.project.operationalChange = value;
    });

  it.each([
    ["2020", "https://vm.fi/kuntien-digikannustinavustukset-2020"],
    ["2021", "https://vm.fi/fi/kuntien-digikannustinavustukset-2021"],
    ["2022", "https://vm.fi/kuntien-digikannustinavustukset-2022"],
  ] as const)("%s: present passes, absent or blank is missing, citing the call page", (edition, citation) => {
    expect(
      judge(without("Muutos johdetaan vaiheittain."), "contents.operationalChange", { edition }).finding.outcome,
    ).toBe("pass");
    for (const value of [undefined, "", "  \n"]) {
      const { finding } = judge(without(value), "contents.operationalChange", { edition });
      expect(finding.outcome).toBe("missing");
      expect(finding.citation).toBe(citation);
      expect(finding.values).toMatchObject({
        content: "operationalChange",
        field: "project.operationalChange",
        given: false,
      });
    }
    expect(getEdition(edition).requiredContents.operationalChange?.certainty).toBe("sourced");
  });

  it("is not asked in the 2019 calls, whose call texts do not ask for it", () => {
    for (const edition of ["2019-1", "2019-2"] as const) {
      const a = assess(without(undefined), { edition });
      expect(a.findings.some((f) => f.rule === "contents.operationalChange")).toBe(false);
    }
  });

  it("makes a 2022 application without it needsReview", () => {
    const { assessment } = judge(without(undefined), "contents.operationalChange");
    expect(assessment.status).toBe("needsReview");
  });

  it.each([
    [
      "fi",
      "Hakemuksesta puuttuu kohta ”Miten toiminnan muutokset toteutetaan” (project.operationalChange), tai se on tyhjä.",
    ],
    [
      "sv",
      "Ansökan saknar ”Hur verksamhetsförändringen genomförs” (project.operationalChange), eller så är avsnittet tomt.",
    ],
    [
      "en",
      'The application lacks "How the changes in operations are carried out" (project.operationalChange), or it is blank.',
    ],
  ] as const)("names it in the reader's language (%s)", (locale, message) => {
    expect(judge(without(" "), "contents.operationalChange", { locale }).finding.message).toBe(message);
  });

  it("rests on the call text and the budget item 28.90.32 in the rules reference", () => {
    expect(ruleCatalogue.find((r) => r.id === "contents.operationalChange")?.citation).toBe(
      "hakuilmoitus; TA 28.90.32",
    );
  });
});

describe("the contents in the statute's own words (893/2019 6 § 2 mom.)", () => {
  it.each([
    ["measures", "Tavoitteiden saavuttamiseksi suunnitellut toimenpiteet"],
    ["results", "Tavoiteltavat tulokset"],
    ["schedule", "Toteuttamisen aikataulu"],
    [
      "funding",
      "Kokonaisrahoitus, arvio osallistujatahojen rahoitusosuuksista sekä arvonlisäverottomat kokonaiskustannukset",
    ],
    ["relatedProjects", "Suhde muihin kohdealueen keskeisiin hankkeisiin ja niiden toteutukseen"],
  ] as const)("%s: ”%s”", (code, title) => {
    for (const edition of editions) expect(edition.requiredContents[code]?.value.title.fi).toBe(title);
  });
});
