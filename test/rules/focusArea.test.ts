import { describe, expect, it } from "vitest";
import { getEdition } from "../../src/editions/registry.js";
import { ruleCatalogue } from "../../src/rules/catalogue.js";
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
      "Painopiste digitalSecurity ei kuulu haun 2022 painopisteisiin. Valitse yksi näistä: ”Tietoaineistojen laatu” (dataQuality), ”Osaamisen kehittäminen ja varmistaminen” (competence).",
    );
  });

  it("asks for a focus area when there is none", () => {
    const { finding } = judge(withFocus(undefined), "focusArea.oneOfEdition", { locale: "en" });
    expect(finding.message).toBe(
      'The project\'s focus area (project.focusArea) is missing. Choose one of: "Quality of data sets" (dataQuality), "Developing and ensuring competence" (competence).',
    );
  });

  it("renders any language from the params alone", () => {
    const { finding } = judge(withFocus("competence"), "focusArea.oneOfEdition", { locale: "fi" });
    expect(finding.params).toEqual({
      focusArea: "competence",
      titleFi: "Osaamisen kehittäminen ja varmistaminen",
      titleSv: "Att utveckla och säkerställa kompetens",
      titleEn: "Developing and ensuring competence",
    });
  });

  it("rests on the call text and the budget item 28.90.32, not on 893/2019 6 § 1 mom.", () => {
    const rule = ruleCatalogue.find((r) => r.id === "focusArea.oneOfEdition")!;
    expect(rule.citation).toBe("hakuilmoitus; TA 28.90.32");
  });

  it.each([
    [
      "fi",
      "Painopiste on ”Osaamisen kehittäminen ja varmistaminen” (competence), joka kuuluu tämän haun painopisteisiin.",
    ],
    [
      "sv",
      "Tyngdpunkten är ”Att utveckla och säkerställa kompetens” (competence), som hör till denna ansökningsomgångs tyngdpunkter.",
    ],
    ["en", 'The focus area is "Developing and ensuring competence" (competence), one of this call\'s focus areas.'],
  ] as const)("words the 2022 focus b in the call's own title (%s)", (locale, message) => {
    const { finding } = judge(withFocus("competence"), "focusArea.oneOfEdition", { locale });
    expect(finding.outcome).toBe("pass");
    expect(finding.citation).toBe("https://vm.fi/kuntien-digikannustinavustukset-2022");
    expect(finding.message).toBe(message);
  });

  it("takes the 2020 services of culture, youth, sports and leisure as examples of the municipality's services", () => {
    const { finding } = judge(withFocus("leisureServices"), "focusArea.oneOfEdition", { edition: "2020" });
    expect(finding.outcome).toBe("pass");
    expect(finding.citation).toBe("https://vm.fi/kuntien-digikannustinavustukset-2020");
    expect((finding.params as Record<string, unknown>)["titleFi"]).toBe(
      "Kunnan järjestämien palvelujen digitalisaatio",
    );
    const node = getEdition("2020").focusAreas.leisureServices!;
    expect(node.value.description.fi).toContain("esimerkiksi kulttuuri-, nuoriso-, liikuntatoimen ja vapaa-ajan");
    expect(getEdition("2020").focusAreas.participation!.value.title.fi).toBe("Osallistuminen ja vaikuttaminen");
    expect(getEdition("2020").focusAreas.electronicMeetings!.value.title.fi).toContain(
      "sähköinen päätöksentekomenettely",
    );
  });
});
