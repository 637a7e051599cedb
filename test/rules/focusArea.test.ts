import { describe, expect, it } from "vitest";
import { judge } from "./fixtures.js";
import { type Application2022, application2022 } from "../helpers/application2022.js";

const withFocus = (focusArea: Application2022["project"]["focusArea"]) =>
  application2022((a) => {
    if (focusArea === undefined) delete a.project.focusArea;
    else a.project.focusArea = focusArea;
  });

describe("focusArea.oneOfEdition", () => {
  it.each([
    ["dataQuality", "2022", "pass", "eligible"],
    ["competence", "2022", "pass", "eligible"],
    ["digitalSecurity", "2022", "fail", "ineligible"],
    ["builtEnvironmentServices", "2022", "fail", "ineligible"],
    ["knowledgeManagement", "2022", "fail", "ineligible"],
    [undefined, "2022", "missing", "needsReview"],
    ["digitalSecurity", "2021", "pass", undefined],
    ["dataQuality", "2021", "fail", undefined],
  ] as const)("%s under %s: %s", (focusArea, edition, outcome, status) => {
    const { finding, assessment } = judge(withFocus(focusArea), "focusArea.oneOfEdition", { edition });
    expect(finding.outcome).toBe(outcome);
    expect(finding.values["focusArea"]).toBe(focusArea ?? null);
    if (status) expect(assessment.status).toBe(status);
  });

  it("cites the 2022 call page and lists the edition's own focus areas when failing", () => {
    const { finding } = judge(withFocus("digitalSecurity"), "focusArea.oneOfEdition");
    expect(finding.citation).toBe("https://vm.fi/kuntien-digikannustinavustukset-2022");
    expect(finding.values["allowed"]).toEqual(["dataQuality", "competence"]);
    expect(finding.message).toBe(
      "Painopiste digitalSecurity ei kuulu haun 2022 painopisteisiin. Valitse yksi näistä: ”Tietoaineistojen laatu” (dataQuality), ”Osaaminen” (competence).",
    );
  });

  it("asks for a focus area when there is none", () => {
    const { finding } = judge(withFocus(undefined), "focusArea.oneOfEdition", { locale: "en" });
    expect(finding.message).toBe(
      'The project\'s focus area (project.focusArea) is missing. Choose one of: "Quality of data sets" (dataQuality), "Competence" (competence).',
    );
  });

  it("renders any language from the params alone", () => {
    const { finding } = judge(withFocus("competence"), "focusArea.oneOfEdition", { locale: "fi" });
    expect(finding.params).toEqual({
      focusArea: "competence",
      titleFi: "Osaaminen",
      titleSv: "Kompetens",
      titleEn: "Competence",
    });
  });
});
