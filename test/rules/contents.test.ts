import { describe, expect, it } from "vitest";
import { assess } from "../../src/assess/assess.js";
import { editions, getEdition } from "../../src/editions/registry.js";
import { ruleCatalogue } from "../../src/rules/catalogue.js";
import { judge } from "./fixtures.js";
import { type Application2022, application2022, withoutShares } from "../helpers/application2022.js";

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

  it("passes the structured content parties, which parsing requires", () => {
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

// 893/2019 6 § 2 mom. 5 k.: "kokonaisrahoitus, arvio osallistujatahojen rahoitusosuuksista sekä
// arvonlisäverottomat kokonaiskustannukset". The standard application's costs with VAT are
// 120 000,01 € and it asks 102 000,00 €, so the shares must add up to 18 000,01 €.
describe("contents.funding (893/2019 6 § 2 mom. 5 k., issue #11)", () => {
  const withShares = (applicant: string, espoo?: string) =>
    application2022((a) => {
      a.applicant = { ...a.applicant, financing: applicant } as Application2022["applicant"];
      if (espoo !== undefined) a.participants[0] = { ...a.participants[0]!, financing: espoo } as never;
    });
  const unnamed = application2022((a) => {
    a.budget.lines = [
      { category: "staff", amount: "100000.00" },
      { category: "staff", amount: "20000.01", party: "092" },
      { category: "travel", amount: "0.00", party: "1234567-1" },
    ];
  });
  const CASES = {
    pass: [application2022(), "pass", "contents.funding.pass", "eligible"],
    missing: [withoutShares(application2022()), "missing", "contents.funding.missing", "needsReview"],
    unbalanced: [withShares("18000.00"), "review", "contents.funding.unbalanced", "needsReview"],
    unnamedParty: [unnamed, "review", "contents.funding.unnamedParty", "needsReview"],
  } as const;

  it.each([
    [
      "pass",
      "fi",
      "Osapuolten ilmoittamat rahoitusosuudet, yhteensä 18\u00a0000,01\u00a0€, vastaavat sitä, mitä haettu avustus jättää rahoitettavaksi: kustannukset arvonlisäveroineen 120\u00a0000,01\u00a0€ miinus haettu avustus 102\u00a0000,00\u00a0€.",
    ],
    [
      "pass",
      "sv",
      "Parternas uppskattade finansieringsandelar, sammanlagt 18\u00a0000,01\u00a0€, motsvarar det som det sökta understödet lämnar att finansiera: kostnaderna inklusive mervärdesskatt 120\u00a0000,01\u00a0€ minus det sökta understödet 102\u00a0000,00\u00a0€.",
    ],
    [
      "pass",
      "en",
      "The funding shares the parties state, €18,000.01 in all, match what the grant applied for leaves to finance: the costs with VAT, €120,000.01, less the grant applied for, €102,000.00.",
    ],
    [
      "missing",
      "fi",
      "Hakemuksesta puuttuu osa kohdasta ”Kokonaisrahoitus, arvio osallistujatahojen rahoitusosuuksista sekä arvonlisäverottomat kokonaiskustannukset”: yksikään osapuoli ei ilmoita omaa rahoitusosuuttaan (financing). Ilmoita jokaisen osallistujatahon arvioitu rahoitusosuus.",
    ],
    [
      "missing",
      "sv",
      "En del av ”Totalfinansiering, deltagarnas uppskattade finansieringsandelar och totalkostnader utan mervärdesskatt” saknas i ansökan: ingen part anger sin egen finansieringsandel (financing). Ange varje deltagares uppskattade finansieringsandel.",
    ],
    [
      "missing",
      "en",
      `Part of "Total funding, the participants' estimated funding shares and total costs without VAT" is missing: no party states its own funding share (financing). State each participant's estimated funding share.`,
    ],
    [
      "unbalanced",
      "fi",
      "Osapuolten ilmoittamat rahoitusosuudet, yhteensä 18\u00a0000,00\u00a0€, eivät vastaa sitä, mitä haettu avustus jättää rahoitettavaksi: kustannukset arvonlisäveroineen 120\u00a0000,01\u00a0€ miinus haettu avustus 102\u00a0000,00\u00a0€ jättää 18\u00a0000,01\u00a0€. Osuudet ovat 0,01\u00a0€ liian pienet. Osuudet ovat arvio, jonka korjaamista virkailija pyytää; ero ei ole hylkäysperuste.",
    ],
    [
      "unbalanced",
      "sv",
      "Parternas uppskattade finansieringsandelar, sammanlagt 18\u00a0000,00\u00a0€, motsvarar inte det som det sökta understödet lämnar att finansiera: kostnaderna inklusive mervärdesskatt 120\u00a0000,01\u00a0€ minus det sökta understödet 102\u00a0000,00\u00a0€ lämnar 18\u00a0000,01\u00a0€. Andelarna är 0,01\u00a0€ för små. Andelarna är en uppskattning som tjänstemannen ber att få rättad; skillnaden är inte ett skäl att avslå ansökan.",
    ],
    [
      "unbalanced",
      "en",
      "The funding shares the parties state, €18,000.00 in all, do not match what the grant applied for leaves to finance: the costs with VAT, €120,000.01, less the grant applied for, €102,000.00, leave €18,000.01. The shares are €0.01 too low. They are an estimate the official asks to be corrected; the difference is not a ground for rejection.",
    ],
    [
      "unnamedParty",
      "fi",
      "Budjettirivin budget.lines[1] kustannukset kantaa ”092”, mutta sillä tunnuksella ei ole osapuolta hakemuksessa (hakija, osallistujat tai kuntayhtymän jäsenkunnat); tuntemattomia tunnuksia on 2. Lisää osapuoli hakemukseen tai korjaa tunnus.",
    ],
    [
      "unnamedParty",
      "sv",
      "Kostnaderna på budgetraden budget.lines[1] bärs av ”092”, men ansökan har ingen part med den beteckningen (sökanden, deltagarna eller de kommuner en samkommun ansöker för); det finns 2 okända beteckningar. Lägg till parten i ansökan eller rätta beteckningen.",
    ],
    [
      "unnamedParty",
      "en",
      `Budget line budget.lines[1] is borne by "092", but no party of the application has that key (the applicant, the participants or the municipalities a joint authority applies for); 2 keys are unknown. Add the party to the application or correct the key.`,
    ],
  ] as const)("%s in %s: outcome, citation and message", (verdict, locale, message) => {
    const [input, outcome, messageCode, status] = CASES[verdict];
    const { finding, assessment } = judge(input, "contents.funding", { locale });
    expect([finding.outcome, finding.messageCode, finding.citation]).toEqual([
      outcome,
      messageCode,
      "893/2019 6 § 2 mom. 5 kohta",
    ]);
    expect(finding.message).toBe(message);
    expect(assessment.status).toBe(status);
  });

  it("gives the difference either way, and what is left to finance never below zero", () => {
    const over = judge(withShares("12000.01", "6000.50"), "contents.funding", { locale: "en" }).finding;
    expect([over.outcome, over.values["difference"], over.message]).toEqual([
      "review",
      "0.50",
      expect.stringContaining("The shares are €0.50 too high."),
    ]);
    // Asking more than every cost with VAT leaves nothing to finance: a share of 0 € adds up.
    const asksAll = application2022((a) => {
      a.applicant = { ...a.applicant, financing: "0.00" } as Application2022["applicant"];
      a.budget.requestedGrant = "130000.00";
    });
    const f = judge(asksAll, "contents.funding").finding;
    expect([f.outcome, f.values["toFinance"]]).toEqual(["pass", "0.00"]);
  });

  it("counts VAT and ineligible costs in what is left to finance, and sums every party's share", () => {
    const input = application2022((a) => {
      a.applicant = { ...a.applicant, financing: "30000.00" } as Application2022["applicant"];
      a.participants[1] = { ...a.participants[1]!, financing: "10000.00" } as never;
      a.participants[2] = { ...a.participants[2]!, financing: "4800.00" } as never;
      a.budget = {
        lines: [
          { category: "staff", amount: "100000.00" },
          { category: "services", amount: "20000.00", vat: "4800.00", party: "0123456-2" },
          { category: "equipment", amount: "10000.00", party: "0201256-6" },
        ],
        requestedGrant: "90000.00",
      };
    });
    // 100 000 + 20 000 + 4 800 + 10 000 − 90 000 = 44 800 €: Lohja, the joint authority and Kuntaliitto.
    const f = judge(input, "contents.funding").finding;
    expect([f.outcome, f.values["stated"], f.values["toFinance"]]).toEqual(["pass", "44800.00", "44800.00"]);
  });

  it("checks the shares before the keys: a line of an unknown party with shares that do not add up is unbalanced", () => {
    const input = application2022((a) => {
      a.applicant = { ...a.applicant, financing: "1.00" } as Application2022["applicant"];
      a.budget.lines = [{ category: "staff", amount: "120000.01", party: "092" }];
    });
    const f = judge(input, "contents.funding").finding;
    expect([f.outcome, f.messageCode, f.values["unnamed"]]).toEqual(["review", "contents.funding.unbalanced", ["092"]]);
  });
});
