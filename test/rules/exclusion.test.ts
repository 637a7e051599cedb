import { describe, expect, it } from "vitest";
import { assess } from "../../src/assess/assess.js";
import { getEdition } from "../../src/editions/registry.js";
import { ruleCatalogue } from "../../src/rules/catalogue.js";
import { judge } from "./fixtures.js";
import { application2022 } from "../helpers/application2022.js";

// The exclusion declarations replace the builder's; the employer sanctions stay declared `false`.
const declaring = (declarations: Record<string, boolean | null>) =>
  application2022((a) => {
    a.project.declarations = { employerSanctions: false, ...declarations };
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
      "Hakija on ilmoittanut hankkeen kuuluvan rajattuihin hankkeisiin: ”Sosiaali- ja terveydenhuollon kehittämishankkeet”. Avustusta ei voinut hakea sosiaali- ja terveydenhuollon kehittämishankkeisiin.",
    );
    expect(finding.values).toEqual({ exclusion: "socialAndHealthCare", declared: true });
  });

  it.each([
    [
      "fi",
      "Hakija on ilmoittanut, ettei hanke kuulu rajattuihin hankkeisiin: ”Sosiaali- ja terveydenhuollon kehittämishankkeet”.",
    ],
    [
      "sv",
      "Sökanden har uppgett att projektet inte hör till de uteslutna projekten: ”Utvecklingsprojekt inom social- och hälsovården”.",
    ],
    [
      "en",
      'The applicant declared the project not to be of the excluded kind "Social and health care development projects".',
    ],
  ] as const)("passes on the applicant's declaration, and says so (%s)", (locale, message) => {
    const { finding } = judge(
      declaring({ socialAndHealthCare: false, digitisationOnly: false }),
      "exclusion.socialAndHealthCare",
      { locale },
    );
    expect(finding.outcome).toBe("pass");
    expect(finding.message).toBe(message);
  });

  it.each([
    [
      "sv",
      "Sökanden har uppgett att projektet hör till de uteslutna projekten: ”Enbart digitalisering av material”. Projekt som enbart består av att digitalisera material finansierades inte.",
    ],
    [
      "en",
      'The applicant declared the project to be of the excluded kind "Solely digitising material". Projects that consist solely of digitising material were not funded.',
    ],
  ] as const)("fails on the applicant's declaration, in the call's words (%s)", (locale, message) => {
    const { finding } = judge(
      declaring({ socialAndHealthCare: false, digitisationOnly: true }),
      "exclusion.digitisationOnly",
      { locale },
    );
    expect(finding.outcome).toBe("fail");
    expect(finding.message).toBe(message);
  });

  it("rests on the call text and the budget item 28.90.32; the 2022 wording is inferred from the seed", () => {
    expect(ruleCatalogue.find((r) => r.id === "exclusion.socialAndHealthCare")?.citation).toBe(
      "hakuilmoitus; TA 28.90.32",
    );
    const node = getEdition("2022").exclusions.socialAndHealthCare!;
    expect(node.certainty).toBe("inferred");
    expect(getEdition("2021").exclusions.socialAndHealthCare!.certainty).toBe("sourced");
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
    ["2019-1", ["exclusion.employerSanctions"]],
    [
      "2019-2",
      [
        "exclusion.socialAndHealthCare",
        "exclusion.builtEnvironment",
        "exclusion.archiving",
        "exclusion.caseManagement",
        "exclusion.employerSanctions",
      ],
    ],
    [
      "2020",
      [
        "exclusion.socialAndHealthCare",
        "exclusion.builtEnvironment",
        "exclusion.archiving",
        "exclusion.employerSanctions",
      ],
    ],
    ["2021", ["exclusion.socialAndHealthCare", "exclusion.digitisationOnly", "exclusion.employerSanctions"]],
    ["2022", ["exclusion.socialAndHealthCare", "exclusion.digitisationOnly", "exclusion.employerSanctions"]],
  ] as const)("%s evaluates %j", (edition, rules) => {
    const a = assess(builtEnvironment, { edition });
    expect(a.findings.filter((f) => f.rule.startsWith("exclusion.")).map((f) => f.rule)).toEqual(rules);
  });
});

describe("exclusion.employerSanctions (688/2001 7 § 2 mom., every edition)", () => {
  const sanctions = (declared: boolean | null | undefined) =>
    application2022((a) => {
      if (declared === undefined) delete a.project.declarations.employerSanctions;
      else a.project.declarations.employerSanctions = declared;
    });
  const CITATION = "688/2001 7 § 2 mom.; 893/2019 5 § 1 mom. 1 kohta";

  it.each([
    ["2019-1", false, "pass", "eligible"],
    ["2019-2", false, "pass", "eligible"],
    ["2020", true, "review", "needsReview"],
    ["2021", null, "missing", "needsReview"],
    ["2022", false, "pass", "eligible"],
    ["2022", true, "review", "needsReview"],
    ["2022", null, "missing", "needsReview"],
    ["2022", undefined, "missing", "needsReview"],
  ] as const)("%s, declared %s: %s", (edition, declared, outcome, status) => {
    const { finding, assessment } = judge(sanctions(declared), "exclusion.employerSanctions", { edition });
    expect(finding.outcome).toBe(outcome);
    expect(finding.citation).toBe(CITATION);
    expect(finding.values).toEqual({ declared: declared ?? null });
    // Under 2022 the standard application is clean; under the others other rules speak too.
    if (edition === "2022") expect(assessment.status).toBe(status);
  });

  it.each([
    [
      "pass",
      false,
      {
        fi: "Hakija on ilmoittanut, ettei sitä tai sen edustajaa ole avustuksen myöntövuonna tai kahtena sitä edeltäneenä vuonna tuomittu valtionavustuslain 7 §:n 2 momentissa tarkoitetusta rikoksesta eikä sille ole määrätty siinä tarkoitettua seuraamusmaksua.",
        sv: "Sökanden har uppgett att varken sökanden eller dess företrädare under beviljandeåret eller de två föregående åren har dömts för ett brott som avses i 7 § 2 mom. i statsunderstödslagen och att sökanden inte har ålagts en påföljdsavgift som avses där.",
        en: "The applicant declared that neither it nor its representative was convicted, in the grant year or the two years before, of an offence referred to in 688/2001 7 § 2 mom., and that it was not ordered to pay the sanction fee referred to there.",
      },
    ],
    [
      "review",
      true,
      {
        fi: "Hakija on ilmoittanut, että se tai sen edustaja on avustuksen myöntövuonna tai kahtena sitä edeltäneenä vuonna tuomittu valtionavustuslain 7 §:n 2 momentissa tarkoitetusta rikoksesta tai sille on määrätty siinä tarkoitettu seuraamusmaksu. Koska avustusta voidaan käyttää palkkakustannuksiin, sen voi myöntää vain erityisen painavasta syystä; käsittelijä arvioi, onko sellainen.",
        sv: "Sökanden har uppgett att sökanden eller dess företrädare under beviljandeåret eller de två föregående åren har dömts för ett brott som avses i 7 § 2 mom. i statsunderstödslagen eller att sökanden har ålagts en påföljdsavgift som avses där. Eftersom understödet kan användas till lönekostnader kan det beviljas endast av synnerligen vägande skäl; handläggaren bedömer om sådana finns.",
        en: "The applicant declared that it or its representative was convicted, in the grant year or the two years before, of an offence referred to in 688/2001 7 § 2 mom., or that it was ordered to pay the sanction fee referred to there. As the grant may pay salary costs, it can be granted only for an especially weighty reason; a case handler judges whether there is one.",
      },
    ],
    [
      "missing",
      null,
      {
        fi: "Hakemus ei kerro, onko hakija tai sen edustaja avustuksen myöntövuonna tai kahtena sitä edeltäneenä vuonna tuomittu valtionavustuslain 7 §:n 2 momentissa tarkoitetusta rikoksesta tai hakijalle määrätty siinä tarkoitettu seuraamusmaksu. Vastaa kohtaan project.declarations.employerSanctions.",
        sv: "Ansökan anger inte om sökanden eller dess företrädare under beviljandeåret eller de två föregående åren har dömts för ett brott som avses i 7 § 2 mom. i statsunderstödslagen eller sökanden ålagts en påföljdsavgift som avses där. Svara i project.declarations.employerSanctions.",
        en: "The application does not say whether the applicant or its representative was convicted, in the grant year or the two years before, of an offence referred to in 688/2001 7 § 2 mom., or the applicant ordered to pay the sanction fee referred to there. Answer in project.declarations.employerSanctions.",
      },
    ],
  ] as const)("words %s in every language", (outcome, declared, messages) => {
    for (const locale of ["fi", "sv", "en"] as const) {
      const { finding } = judge(sanctions(declared), "exclusion.employerSanctions", { locale });
      expect(finding.outcome).toBe(outcome);
      expect(finding.message).toBe(messages[locale]);
    }
  });

  it("is in the rules reference with its provision and outcomes", () => {
    const rule = ruleCatalogue.find((r) => r.id === "exclusion.employerSanctions")!;
    expect(rule.citation).toBe("688/2001 7 § 2 mom.");
    expect(rule.outcomes).toEqual(["pass", "review", "missing"]);
    expect(rule.appliesWhen).toBeUndefined();
    expect(rule.description.fi).toContain("erityisen painavasta syystä");
  });
});
