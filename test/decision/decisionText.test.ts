// The draft decision text (renderDecision) pinned word for word for hand-built records in Finnish,
// Swedish and English: every section in order, each part followed by its provision in parentheses
// (688/2001 11 §), amounts and dates in the reader's format, and the optional parts (co-implementers,
// focus area, conditional costs, ineligible costs, VAT, auditor's statement, conditions of use)
// present or left out. Kills the mutants of renderDecision.ts that a substring check lets through.
import { describe, expect, it } from "vitest";
import type { DecisionRecord } from "../../src/decision/decision.js";
import { renderDecision } from "../../src/decision/renderDecision.js";

const text = (fi: string, sv: string, en: string) => ({ fi, sv, en });

/** A hand-built record with every optional part present. */
const FULL: DecisionRecord = {
  official: false,
  id: "H-7",
  edition: "2022",
  call: { title: text("Kutsu", "Utlysning", "Call"), citation: "https://vm.fi/call" },
  recipient: {
    party: { type: "municipality", code: "398", businessId: null, name: text("Lahti", "Lahtis", "Lahti") },
    role: "administrator",
    citation: "893/2019 3 § 2 mom.",
    agreementCitation: "688/2001 7 § 3 mom.",
  },
  coImplementers: {
    parties: [
      { type: "municipality", code: "999", businessId: null, name: text("999", "999", "999") },
      { type: "company", code: null, businessId: "0737546-2", name: text("Firma Oy", "Firma Ab", "Firma Ltd") },
      { type: "association", code: null, businessId: null, name: text("Yhdistys ry", "Förening rf", "Association") },
    ],
    citation: "893/2019 3 § 2 mom.",
  },
  purpose: {
    project: "Tietoaltaat",
    focusArea: {
      code: "dataQuality",
      title: text("Tiedon laatu", "Datakvalitet", "Data quality"),
      citation: "https://vm.fi/focus",
    },
    citation: "688/2001 11 §",
  },
  maximumAmount: { amount: "1234567.80", citation: "688/2001 11 §; 893/2019 4 §" },
  maximumShare: { rate: "0.85", eligibleCosts: "1500000.00", grantedShare: "0.8231", citation: "893/2019 4 §" },
  costs: {
    eligible: [
      {
        category: "staff",
        treatment: "eligible",
        title: text("Palkat", "Löner", "Pay"),
        condition: null,
        citation: "5 § 1",
      },
      {
        category: "softwareLicences",
        treatment: "conditional",
        title: text("Lisenssit", "Licenser", "Licences"),
        condition: text("Välttämättömät", "Nödvändiga", "Necessary"),
        citation: "5 § 3",
      },
    ],
    ineligible: [
      {
        category: "equipment",
        treatment: "ineligible",
        title: text("Laitteet", "Utrustning", "Equipment"),
        condition: null,
        citation: "5 § 2",
      },
    ],
    vatEligible: false,
    vatCitation: "893/2019 4 §",
  },
  periodOfUse: { until: "2024-09-30", citation: "https://vm.fi/period", certainty: "sourced", note: null },
  reporting: {
    finalReport: text("Loppuraportti.", "Slutrapport.", "Final report."),
    auditorStatement: true,
    filedBy: "administrator",
    citation: "893/2019 9 §",
  },
  conditionsOfUse: [
    {
      code: "shareExperiences",
      title: text("Jaa kokemukset.", "Dela erfarenheter.", "Share experiences."),
      citation: "893/2019 7 §",
    },
    {
      code: "reusableResults",
      title: text("Tulokset uudelleen.", "Återanvändbara.", "Reusable results."),
      citation: "893/2019 7 § 2",
    },
  ],
  legalBasis: {
    acts: ["893/2019", "688/2001"],
    citation: "https://vm.fi/law",
    budgetItem: "28.90.32",
    budgetItemCitation: "https://budjetti.vm.fi",
  },
  rectification: { days: 30, citation: "688/2001 34 §" },
};

/** The same record with every optional part absent or empty. */
const BARE: DecisionRecord = {
  ...FULL,
  id: "H-8",
  coImplementers: { parties: [], citation: "893/2019 3 § 2 mom." },
  purpose: { project: "Pieni", focusArea: null, citation: "688/2001 11 §" },
  costs: { eligible: [FULL.costs.eligible[0]!], ineligible: [], vatEligible: true, vatCitation: "vat?" },
  reporting: { ...FULL.reporting, auditorStatement: false },
  conditionsOfUse: [],
  rectification: { days: 14, citation: "688/2001 34 §" },
};

const lines = (text: string) => text.split("\n");

describe("renderDecision: a record with every part", () => {
  it("in Finnish", async () => {
    await expect(renderDecision(FULL, "fi")).toMatchFileSnapshot("./__snapshots__/decision.full.fi.md");
    expect(lines(renderDecision(FULL, "fi"))).toEqual([
      "# Avustuspäätöksen luonnos: Kutsu",
      "",
      "*Luonnos on laadittu julkaistuista säännöistä; se ei ole valtiovarainministeriön päätös.*",
      "",
      "Hakemus: H-7",
      "",
      "## Avustuksen saaja (hankehallinnoija)",
      "",
      "Lahti (398) (893/2019 3 § 2 mom.)",
      "",
      "Hankehallinnoija tekee muiden hankkeen toteuttajien kanssa valtionavustuslain edellyttämän sopimuksen. (688/2001 7 § 3 mom.)",
      "",
      "## Muut toteuttajat (osatoteuttajat)",
      "",
      "- kunta 999",
      "- Firma Oy (0737546-2)",
      "- Yhdistys ry",
      "",
      "## Käyttötarkoitus",
      "",
      "Tietoaltaat (688/2001 11 §)",
      "",
      "Painopiste: Tiedon laatu (https://vm.fi/focus)",
      "",
      "## Avustuksen enimmäismäärä",
      "",
      "1\u00a0234\u00a0567,80\u00a0€ (688/2001 11 §; 893/2019 4 §)",
      "",
      "## Enimmäisosuus hyväksyttävistä kustannuksista",
      "",
      "Avustus on enintään 85\u00a0% hankkeen hyväksyttävistä arvonlisäverottomista kustannuksista. (893/2019 4 §)",
      "",
      "Myönnetty avustus on 82,31\u00a0% hakemuksen hyväksyttävistä kustannuksista (1\u00a0500\u00a0000,00\u00a0€).",
      "",
      "## Hyväksyttävät kustannukset",
      "",
      "- Palkat (5 § 1)",
      "- Lisenssit: Välttämättömät (5 § 3)",
      "",
      "Arvonlisävero ei ole hyväksyttävä kustannus. (893/2019 4 §)",
      "",
      "## Kustannukset, jotka eivät ole hyväksyttäviä",
      "",
      "- Laitteet (5 § 2)",
      "",
      "## Käyttöaika",
      "",
      "Avustus on käytettävä ja hanke toteutettava viimeistään 30.9.2024. (https://vm.fi/period)",
      "",
      "## Selvitysvelvollisuus",
      "",
      "Loppuraportti. (893/2019 9 §)",
      "",
      "Selvitykseen liitetään tilintarkastajan lausunto avustuksen käytöstä.",
      "",
      "## Käytön ehdot",
      "",
      "- Jaa kokemukset. (893/2019 7 §)",
      "- Tulokset uudelleen. (893/2019 7 § 2)",
      "",
      "## Sovelletut säännökset",
      "",
      "893/2019, 688/2001 (https://vm.fi/law)",
      "",
      "28.90.32 (https://budjetti.vm.fi)",
      "",
      "## Oikaisuvaatimus",
      "",
      "Päätökseen tyytymätön voi hakea siihen oikaisua valtiovarainministeriöltä 30 päivän kuluessa tiedoksisaannista. (688/2001 34 §)",
      "",
    ]);
  });

  it("in Swedish", async () => {
    await expect(renderDecision(FULL, "sv")).toMatchFileSnapshot("./__snapshots__/decision.full.sv.md");
    expect(lines(renderDecision(FULL, "sv"))).toEqual([
      "# Utkast till beslut om statsunderstöd: Utlysning",
      "",
      "*Utkastet bygger på publicerade regler; det är inte finansministeriets beslut.*",
      "",
      "Ansökan: H-7",
      "",
      "## Understödstagare (projektadministratör)",
      "",
      "Lahtis (398) (893/2019 3 § 2 mom.)",
      "",
      "Projektadministratören ingår med de andra aktörerna som deltar i genomförandet ett avtal enligt statsunderstödslagen. (688/2001 7 § 3 mom.)",
      "",
      "## Övriga genomförare (delgenomförare)",
      "",
      "- kommun 999",
      "- Firma Ab (0737546-2)",
      "- Förening rf",
      "",
      "## Ändamål",
      "",
      "Tietoaltaat (688/2001 11 §)",
      "",
      "Tyngdpunkt: Datakvalitet (https://vm.fi/focus)",
      "",
      "## Understödets maximibelopp",
      "",
      "1\u00a0234\u00a0567,80\u00a0€ (688/2001 11 §; 893/2019 4 §)",
      "",
      "## Maximal andel av de godtagbara kostnaderna",
      "",
      "Understödet uppgår till högst 85\u00a0% av projektets godtagbara kostnader utan mervärdesskatt. (893/2019 4 §)",
      "",
      "Det beviljade understödet är 82,31\u00a0% av ansökans godtagbara kostnader (1\u00a0500\u00a0000,00\u00a0€).",
      "",
      "## Godtagbara kostnader",
      "",
      "- Löner (5 § 1)",
      "- Licenser: Nödvändiga (5 § 3)",
      "",
      "Mervärdesskatt är inte en godtagbar kostnad. (893/2019 4 §)",
      "",
      "## Kostnader som inte är godtagbara",
      "",
      "- Utrustning (5 § 2)",
      "",
      "## Användningstid",
      "",
      "Understödet ska användas och projektet genomföras senast 30.9.2024. (https://vm.fi/period)",
      "",
      "## Redovisningsskyldighet",
      "",
      "Slutrapport. (893/2019 9 §)",
      "",
      "Till redogörelsen fogas revisorns utlåtande om användningen av understödet.",
      "",
      "## Villkor för användningen",
      "",
      "- Dela erfarenheter. (893/2019 7 §)",
      "- Återanvändbara. (893/2019 7 § 2)",
      "",
      "## Tillämpade bestämmelser",
      "",
      "893/2019, 688/2001 (https://vm.fi/law)",
      "",
      "28.90.32 (https://budjetti.vm.fi)",
      "",
      "## Begäran om omprövning",
      "",
      "Den som är missnöjd med beslutet kan begära omprövning hos finansministeriet inom 30 dagar från delfåendet. (688/2001 34 §)",
      "",
    ]);
  });

  it("in English", async () => {
    await expect(renderDecision(FULL, "en")).toMatchFileSnapshot("./__snapshots__/decision.full.en.md");
    expect(lines(renderDecision(FULL, "en"))).toEqual([
      "# Draft grant decision: Call",
      "",
      "*This draft is built from the published rules; it is not a decision of the Ministry of Finance.*",
      "",
      "Application: H-7",
      "",
      "## Recipient (administrator, hankehallinnoija)",
      "",
      "Lahti (398) (893/2019 3 § 2 mom.)",
      "",
      "The administrator makes an agreement with the other implementers, as the State Grants Act requires. (688/2001 7 § 3 mom.)",
      "",
      "## Co-implementers (osatoteuttajat)",
      "",
      "- municipality 999",
      "- Firma Ltd (0737546-2)",
      "- Association",
      "",
      "## Purpose",
      "",
      "Tietoaltaat (688/2001 11 §)",
      "",
      "Focus area: Data quality (https://vm.fi/focus)",
      "",
      "## Maximum amount",
      "",
      "€1,234,567.80 (688/2001 11 §; 893/2019 4 §)",
      "",
      "## Maximum share of eligible costs",
      "",
      "The grant is at most 85% of the project's eligible costs without VAT. (893/2019 4 §)",
      "",
      "The grant is 82.31% of the application's eligible costs (€1,500,000.00).",
      "",
      "## Eligible costs",
      "",
      "- Pay (5 § 1)",
      "- Licences: Necessary (5 § 3)",
      "",
      "VAT is not an eligible cost. (893/2019 4 §)",
      "",
      "## Costs that are not eligible",
      "",
      "- Equipment (5 § 2)",
      "",
      "## Period of use",
      "",
      "The grant must be used and the project carried out by 30 September 2024. (https://vm.fi/period)",
      "",
      "## Reporting duty",
      "",
      "Final report. (893/2019 9 §)",
      "",
      "An auditor's statement on the use of the grant is attached to the report.",
      "",
      "## Conditions of use",
      "",
      "- Share experiences. (893/2019 7 §)",
      "- Reusable results. (893/2019 7 § 2)",
      "",
      "## Legal basis",
      "",
      "893/2019, 688/2001 (https://vm.fi/law)",
      "",
      "28.90.32 (https://budjetti.vm.fi)",
      "",
      "## Request for rectification",
      "",
      "A party dissatisfied with the decision may request rectification from the Ministry of Finance within 30 days of being notified. (688/2001 34 §)",
      "",
    ]);
  });
});

describe("renderDecision: a record without the optional parts", () => {
  it("in Finnish: no co-implementers is said, no focus area, VAT, ineligible costs, auditor or conditions", async () => {
    await expect(renderDecision(BARE, "fi")).toMatchFileSnapshot("./__snapshots__/decision.bare.fi.md");
    expect(lines(renderDecision(BARE, "fi"))).toEqual([
      "# Avustuspäätöksen luonnos: Kutsu",
      "",
      "*Luonnos on laadittu julkaistuista säännöistä; se ei ole valtiovarainministeriön päätös.*",
      "",
      "Hakemus: H-8",
      "",
      "## Avustuksen saaja (hankehallinnoija)",
      "",
      "Lahti (398) (893/2019 3 § 2 mom.)",
      "",
      "Hankehallinnoija tekee muiden hankkeen toteuttajien kanssa valtionavustuslain edellyttämän sopimuksen. (688/2001 7 § 3 mom.)",
      "",
      "## Muut toteuttajat (osatoteuttajat)",
      "",
      "ei ole",
      "",
      "## Käyttötarkoitus",
      "",
      "Pieni (688/2001 11 §)",
      "",
      "## Avustuksen enimmäismäärä",
      "",
      "1\u00a0234\u00a0567,80\u00a0€ (688/2001 11 §; 893/2019 4 §)",
      "",
      "## Enimmäisosuus hyväksyttävistä kustannuksista",
      "",
      "Avustus on enintään 85\u00a0% hankkeen hyväksyttävistä arvonlisäverottomista kustannuksista. (893/2019 4 §)",
      "",
      "Myönnetty avustus on 82,31\u00a0% hakemuksen hyväksyttävistä kustannuksista (1\u00a0500\u00a0000,00\u00a0€).",
      "",
      "## Hyväksyttävät kustannukset",
      "",
      "- Palkat (5 § 1)",
      "",
      "## Käyttöaika",
      "",
      "Avustus on käytettävä ja hanke toteutettava viimeistään 30.9.2024. (https://vm.fi/period)",
      "",
      "## Selvitysvelvollisuus",
      "",
      "Loppuraportti. (893/2019 9 §)",
      "",
      "## Sovelletut säännökset",
      "",
      "893/2019, 688/2001 (https://vm.fi/law)",
      "",
      "28.90.32 (https://budjetti.vm.fi)",
      "",
      "## Oikaisuvaatimus",
      "",
      "Päätökseen tyytymätön voi hakea siihen oikaisua valtiovarainministeriöltä 14 päivän kuluessa tiedoksisaannista. (688/2001 34 §)",
      "",
    ]);
  });

  it.each([
    ["sv", "inga", "Ansökan: H-8"],
    ["en", "none", "Application: H-8"],
  ] as const)("in %s, the empty co-implementers read %j", (locale, none, application) => {
    const text = lines(renderDecision(BARE, locale));
    expect(text[4]).toBe(application);
    expect(text.slice(13, 16)).toEqual(["", none, ""]);
    expect(text).toHaveLength(lines(renderDecision(BARE, "fi")).length);
  });
});

describe("renderDecision: parties", () => {
  const withParties = (...parties: DecisionRecord["coImplementers"]["parties"]): DecisionRecord => ({
    ...BARE,
    coImplementers: { parties, citation: "893/2019 3 § 2 mom." },
  });
  const coImplementers = (record: DecisionRecord, locale: "fi" | "sv" | "en") => {
    const text = lines(renderDecision(record, locale));
    const start = text.indexOf("## Muut toteuttajat (osatoteuttajat)") + 2;
    return text.slice(start, text.indexOf("", start));
  };

  it("a municipality by its name and code; one known only by its code as 'kunta 123'", () => {
    const record = withParties(
      { type: "municipality", code: "111", businessId: null, name: { fi: "Heinola", sv: "Heinola", en: "Heinola" } },
      { type: "municipality", code: "123", businessId: null, name: { fi: "123", sv: "123", en: "123" } },
      {
        type: "jointAuthority",
        code: null,
        businessId: "0737546-2",
        name: { fi: "Kuntayhtymä", sv: "Samkommun", en: "Joint authority" },
      },
      { type: "other", code: null, businessId: null, name: { fi: "Muu", sv: "Annan", en: "Other" } },
    );
    expect(coImplementers(record, "fi")).toEqual([
      "- Heinola (111)",
      "- kunta 123",
      "- Kuntayhtymä (0737546-2)",
      "- Muu",
    ]);
  });
});
