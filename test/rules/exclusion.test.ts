import { describe, expect, it } from "vitest";
import { assess } from "../../src/assess/assess.js";
import { judge } from "./fixtures.js";
import { application2022 } from "../helpers/application2022.js";

const declaring = (declarations: Record<string, boolean | null>) =>
  application2022((a) => {
    a.project.declarations = declarations;
  });

describe("exclusion.* (2022: social and health care, solely digitising material)", () => {
  it.each([
    ["exclusion.socialAndHealthCare", { socialAndHealthCare: true, digitisationOnly: false }, "fail", "ineligible"],
    ["exclusion.socialAndHealthCare", { socialAndHealthCare: false, digitisationOnly: false }, "pass", "eligible"],
    ["exclusion.socialAndHealthCare", { socialAndHealthCare: null, digitisationOnly: false }, "missing", "needsReview"],
    ["exclusion.socialAndHealthCare", { digitisationOnly: false }, "missing", "needsReview"],
    ["exclusion.digitisationOnly", { socialAndHealthCare: false, digitisationOnly: true }, "fail", "ineligible"],
    ["exclusion.digitisationOnly", { socialAndHealthCare: false }, "missing", "needsReview"],
  ])("%s with %j: %s", (rule, declarations, outcome, status) => {
    const { finding, assessment } = judge(declaring(declarations), rule);
    expect(finding.outcome).toBe(outcome);
    expect(finding.citation).toBe("https://vm.fi/kuntien-digikannustinavustukset-2022");
    expect(assessment.status).toBe(status);
  });

  it("says what the project was declared to be", () => {
    const { finding } = judge(
      declaring({ socialAndHealthCare: true, digitisationOnly: false }),
      "exclusion.socialAndHealthCare",
    );
    expect(finding.message).toBe(
      "Hakemuksen mukaan hanke kuuluu rajattuihin hankkeisiin: ”Sosiaali- ja terveydenhuollon kehittämishankkeet”. Haku ei rahoittanut tällaisia hankkeita.",
    );
    expect(finding.values).toEqual({ exclusion: "socialAndHealthCare", declared: true });
  });

  it("asks for the missing answer by its field", () => {
    const { finding } = judge(declaring({ socialAndHealthCare: false }), "exclusion.digitisationOnly", {
      locale: "en",
    });
    expect(finding.message).toBe(
      'The application does not say whether the project is of the excluded kind "Solely digitising material". Answer in project.declarations.digitisationOnly.',
    );
  });

  it("ignores a declaration of an exclusion the edition does not have", () => {
    const a = assess(declaring({ socialAndHealthCare: false, digitisationOnly: false, builtEnvironment: true }));
    expect(a.status).toBe("eligible");
    expect(a.findings.some((f) => f.rule === "exclusion.builtEnvironment")).toBe(false);
  });
});

describe("exclusion.* across editions", () => {
  const builtEnvironment = declaring({
    socialAndHealthCare: false,
    digitisationOnly: false,
    builtEnvironment: true,
    archiving: false,
    caseManagement: false,
  });

  it("built environment is an exclusion in 2020 and not in 2021", () => {
    const in2020 = assess(builtEnvironment, { edition: "2020" });
    expect(in2020.findings.find((f) => f.rule === "exclusion.builtEnvironment")?.outcome).toBe("fail");
    const in2021 = assess(builtEnvironment, { edition: "2021" });
    expect(in2021.findings.some((f) => f.rule === "exclusion.builtEnvironment")).toBe(false);
  });

  it.each([
    ["2019-1", []],
    [
      "2019-2",
      [
        "exclusion.socialAndHealthCare",
        "exclusion.builtEnvironment",
        "exclusion.archiving",
        "exclusion.caseManagement",
      ],
    ],
    ["2020", ["exclusion.socialAndHealthCare", "exclusion.builtEnvironment", "exclusion.archiving"]],
    ["2021", ["exclusion.socialAndHealthCare", "exclusion.digitisationOnly"]],
    ["2022", ["exclusion.socialAndHealthCare", "exclusion.digitisationOnly"]],
  ] as const)("%s evaluates %j", (edition, rules) => {
    const a = assess(builtEnvironment, { edition });
    expect(a.findings.filter((f) => f.rule.startsWith("exclusion.")).map((f) => f.rule)).toEqual(rules);
  });
});
