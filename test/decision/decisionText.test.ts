// The draft decision text (renderDecision) of hand-built records, pinned word for word in file
// snapshots (__snapshots__/decision.<case>.<locale>.md) in Finnish, Swedish and English: every section
// in order, each part followed by its provision in parentheses (688/2001 11 §), amounts and dates in
// the reader's format, and the optional parts (co-implementers, focus area, conditional costs,
// ineligible costs, VAT, auditor's statement, conditions of use) present or left out. Beside the
// snapshots, the parts that matter most are asserted by name: the recipient, the amount, the purpose.
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
  recipients: {
    model: "administrator",
    source: "edition",
    certainty: "inferred",
    modelCitation: "https://vm.fi/release",
    parties: [{ type: "municipality", code: "398", businessId: null, name: text("Lahti", "Lahtis", "Lahti") }],
    citation: "893/2019 3 § 2 mom.",
    liabilityCitation: null,
  },
  coImplementers: {
    parties: [
      { type: "municipality", code: "999", businessId: null, name: text("999", "999", "999") },
      { type: "company", code: null, businessId: "0737546-2", name: text("Firma Oy", "Firma Ab", "Firma Ltd") },
      { type: "association", code: null, businessId: null, name: text("Yhdistys ry", "Förening rf", "Association") },
    ],
    citation: "893/2019 3 § 2 mom.",
  },
  shares: {
    parties: [
      {
        key: "398",
        role: "applicant",
        type: "municipality",
        name: text("Lahti", "Lahtis", "Lahti"),
        eligibleCosts: "1000000.00",
        amount: "823045.20",
        receipt: "kept",
        citation: "893/2019 3 § 2 mom.",
        contractingEntity: [],
      },
      {
        key: "0737546-2",
        role: "participant",
        type: "company",
        name: text("Firma Oy", "Firma Ab", "Firma Ltd"),
        eligibleCosts: "500000.00",
        amount: "411522.60",
        receipt: "passedOn",
        citation: "688/2001 7 § 3 mom.",
        contractingEntity: [
          { line: 3, value: "200000.00", fromGrant: "164609.04", citation: "1397/2016 5 § 1 mom. 5 kohta" },
        ],
      },
    ],
    citation: "893/2019 3 § 2 mom.; 688/2001 7 § 3 mom.",
  },
  agreement: { by: "administrator", citation: "688/2001 7 § 3 mom.", supervisionCitation: "688/2001 15–16 §" },
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
  reduction: {
    requested: "1300000.55",
    granted: "1234567.80",
    maxGrant: "1275000.00",
    grantable: "1275000.00",
    reasons: ["maximum", "unit", "appropriation"],
    citation: "893/2019 4 §; 688/2001 11 §",
  },
  maximumShare: {
    rate: "0.85",
    eligibleCosts: "1500000.00",
    grantedShare: "0.8231",
    citation: "893/2019 4 §",
    actualCostsCitation: "893/2019 4 §; 688/2001 12 § 1 mom.",
  },
  income: {
    citation: "688/2001 11 § 3 mom. 3 kohta",
    certainty: "inferred",
    otherPublicAidCitation: "688/2001 6 § 1 ja 3 mom.",
  },
  payment: { citation: "688/2001 12 §" },
  terms: null,
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
  periodOfUse: {
    from: "2022-08-01",
    fromSource: "application",
    until: "2024-09-30",
    citation: "https://vm.fi/period",
    certainty: "sourced",
    note: null,
  },
  reporting: {
    finalReport: text("Loppuraportti.", "Slutrapport.", "Final report."),
    auditorStatement: true,
    filedBy: "administrator",
    deadlineMonths: 3,
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
  decided: { on: "2022-06-15", source: "edition", certainty: "sourced", by: "Maija Meikäläinen" },
  rectification: {
    days: 30,
    citation: "688/2001 34 § 1 mom. (952/2015); hallintolaki 434/2003 49 c §",
    contentsCitation: "hallintolaki 434/2003 49 d §",
    notificationCitation: "hallintolaki 434/2003 59 § 2 mom.",
    appealCitation: "688/2001 34 § 2 mom. (952/2015)",
    wording: "952/2015",
    certainty: "inferred",
    next: { wording: "430/2022", from: "2022-06-16" },
  },
};

/** The same record with every optional part absent or empty. */
const BARE: DecisionRecord = {
  ...FULL,
  id: "H-8",
  coImplementers: { parties: [], citation: "893/2019 3 § 2 mom." },
  shares: { parties: [{ ...FULL.shares.parties[0]!, amount: "1234567.80" }], citation: FULL.shares.citation },
  agreement: null,
  purpose: { project: "Pieni", focusArea: null, citation: "688/2001 11 §" },
  costs: { eligible: [FULL.costs.eligible[0]!], ineligible: [], vatEligible: true, vatCitation: "vat?" },
  reporting: { ...FULL.reporting, auditorStatement: false },
  conditionsOfUse: [],
  reduction: null,
  decided: { on: "2023-01-02", source: "option", certainty: "sourced", by: null },
  rectification: {
    ...FULL.rectification,
    days: 14,
    citation: "688/2001 34 § 1 mom. (430/2022); hallintolaki 434/2003 49 c §",
    appealCitation: "688/2001 34 § 2 mom. (430/2022)",
    wording: "430/2022",
    certainty: "sourced",
    next: null,
  },
};

const lines = (text: string) => text.split("\n");

describe("renderDecision: a record with every part", () => {
  it.each(["fi", "sv", "en"] as const)("in %s, every section in order", async (locale) => {
    await expect(renderDecision(FULL, locale)).toMatchFileSnapshot(`./__snapshots__/decision.full.${locale}.md`);
  });

  it.each([
    ["fi", "Lahti (398) (893/2019 3 § 2 mom.)", "1\u00a0234\u00a0567,80\u00a0€ (688/2001 11 §; 893/2019 4 §)"],
    ["sv", "Lahtis (398) (893/2019 3 § 2 mom.)", "1\u00a0234\u00a0567,80\u00a0€ (688/2001 11 §; 893/2019 4 §)"],
    ["en", "Lahti (398) (893/2019 3 § 2 mom.)", "€1,234,567.80 (688/2001 11 §; 893/2019 4 §)"],
  ] as const)(
    "in %s, names the recipient in the reader's language and the amount in the reader's format",
    (locale, recipient, amount) => {
      const text = lines(renderDecision(FULL, locale));
      expect(text[8]).toBe(recipient);
      expect(text).toContain(amount);
      expect(text).toContain("Tietoaltaat (688/2001 11 §)");
    },
  );
});

describe("renderDecision: a record without the optional parts", () => {
  it("in Finnish: no co-implementers is said, no focus area, VAT, ineligible costs, auditor or conditions", async () => {
    const text = renderDecision(BARE, "fi");
    await expect(text).toMatchFileSnapshot("./__snapshots__/decision.bare.fi.md");
    expect(text).toContain("## Muut toteuttajat (osatoteuttajat)\n\nei ole\n");
    expect(text).toContain("Pieni (688/2001 11 §)");
    for (const absent of ["Painopiste", "Arvonlisävero", "eivät ole hyväksyttäviä", "tilintarkastajan", "Käytön ehdot"])
      expect(text).not.toContain(absent);
    expect(text).toContain("14 päivän kuluessa");
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
