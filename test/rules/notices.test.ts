import { describe, expect, it } from "vitest";
import { assess } from "../../src/assess/assess.js";
import type { Locale } from "../../src/vocabulary/locale.js";
import { NATIONAL_PROCUREMENT_THRESHOLD } from "../../src/rules/notices.js";
import { application2022 } from "../helpers/application2022.js";

// Hankintalaki 1397/2016: municipalities and joint authorities are contracting entities (5 § 1 mom.
// 1 k.), and the national threshold for goods and services is 60 000 € without VAT (25 §). The
// library informs with a notice beside the findings; a notice never changes the status.
const lineOf = (amount: string, category = "services", party?: string) =>
  application2022((a) => {
    a.budget.lines = [
      { category: "staff", amount: "100000.00" },
      { category, amount, ...(party === undefined ? {} : { party }) } as (typeof a.budget.lines)[number],
    ];
    a.budget.requestedGrant = "85000.00";
  });

describe("procurement.nationalThreshold (1397/2016 25 §)", () => {
  it("is law data with its citation, in one place", () => {
    expect(NATIONAL_PROCUREMENT_THRESHOLD).toEqual({
      value: "60000.00",
      citation: "1397/2016 25 §",
      certainty: "sourced",
    });
  });

  it.each([
    [
      "fi",
      "Budjettirivi budget.lines[1] (palvelut, 60\u00a0000,00\u00a0€ ilman arvonlisäveroa) yltää hankintalain kansalliseen kynnysarvoon 60\u00a0000,00\u00a0€. Sen kantaja Lohja (kunta) on hankintayksikkö, joten hankinta on kilpailutettava hankintalain mukaan. Tämä on tiedoksi eikä vaikuta arvioon.",
    ],
    [
      "sv",
      "Budgetraden budget.lines[1] (tjänster, 60\u00a0000,00\u00a0€ utan mervärdesskatt) når upphandlingslagens nationella tröskelvärde 60\u00a0000,00\u00a0€. Den som bär kostnaden, Lohja (en kommun), är en upphandlande enhet, så upphandlingen ska konkurrensutsättas enligt upphandlingslagen. Detta är för kännedom och påverkar inte bedömningen.",
    ],
    [
      "en",
      "Budget line budget.lines[1] (services, €60,000.00 without VAT) reaches the national procurement threshold of €60,000.00 (Act on Public Procurement and Concession Contracts 1397/2016). The party that bears it, Lohja (a municipality), is a contracting entity, so the procurement must be put out to tender under that Act. This is for information and does not change the assessment.",
    ],
  ] as const)(
    "at 60 000,00 € a municipality's services line gets the notice, in %s; at 59 999,99 € none; the status is the same",
    (locale, message) => {
      const below = assess(lineOf("59999.99"), { locale: locale as Locale });
      const at = assess(lineOf("60000.00"), { locale: locale as Locale });
      expect(below.notices).toEqual([]);
      expect(at.notices).toEqual([
        {
          code: "procurement.nationalThreshold",
          citation: "1397/2016 25 §; 1397/2016 5 § 1 mom. 1 kohta",
          params: {
            line: 1,
            party: "444",
            partyName: "Lohja",
            partyType: "municipality",
            contractingEntity: true,
            category: "services",
            amount: "60000.00",
            threshold: "60000.00",
          },
          message,
        },
      ]);
      expect([below.status, at.status]).toEqual(["eligible", "eligible"]);
      expect(at.findings.map((f) => [f.rule, f.outcome])).toEqual(below.findings.map((f) => [f.rule, f.outcome]));
    },
  );

  it.each([
    [
      "fi",
      "Budjettirivi budget.lines[1] (ohjelmistolisenssit, 60\u00a0000,00\u00a0€ ilman arvonlisäveroa) yltää hankintalain kansalliseen kynnysarvoon 60\u00a0000,00\u00a0€. Sen kantaja Kuntaliitto (yhdistys) ei ole kunta eikä kuntayhtymä; siitä tulee hankintayksikkö, jos se saa hankinnan arvosta yli puolet tukena (1397/2016 5 § 1 mom. 5 kohta). Tämä on tiedoksi eikä vaikuta arvioon.",
    ],
    [
      "sv",
      "Budgetraden budget.lines[1] (programvarulicenser, 60\u00a0000,00\u00a0€ utan mervärdesskatt) når upphandlingslagens nationella tröskelvärde 60\u00a0000,00\u00a0€. Den som bär kostnaden, Kuntaliitto (en förening), är varken kommun eller samkommun; den blir en upphandlande enhet om den får mer än hälften av upphandlingens värde i stöd (1397/2016 5 § 1 mom. 5 punkten). Detta är för kännedom och påverkar inte bedömningen.",
    ],
    [
      "en",
      "Budget line budget.lines[1] (software licences, €60,000.00 without VAT) reaches the national procurement threshold of €60,000.00 (Act on Public Procurement and Concession Contracts 1397/2016). The party that bears it, Kuntaliitto (an association), is neither a municipality nor a joint municipal authority; it becomes a contracting entity if it receives more than half of the procurement's value as support (1397/2016 5 § 1 mom. 5 kohta). This is for information and does not change the assessment.",
    ],
  ] as const)("a partner's licence line cites 5 § 1 mom. 5 k. instead, in %s", (locale, message) => {
    const a = assess(lineOf("60000.00", "softwareLicences", "0123456-2"), { locale: locale as Locale });
    expect(a.notices.map((n) => [n.citation, n.params.party, n.params.contractingEntity, n.message])).toEqual([
      ["1397/2016 25 §; 1397/2016 5 § 1 mom. 5 kohta", "0123456-2", false, message],
    ]);
  });

  it("covers materials of a joint authority, and no staff, travel or equipment line however large", () => {
    const materials = assess(lineOf("75000.00", "materials", "0201256-6"), { locale: "en" });
    expect(materials.notices.map((n) => [n.params.line, n.params.partyType, n.params.contractingEntity])).toEqual([
      [1, "jointAuthority", true],
    ]);
    for (const category of ["staff", "travel", "equipment", "tangibleInvestment", "internalCharges"]) {
      expect(assess(lineOf("900000.00", category)).notices, category).toEqual([]);
    }
  });

  it("takes a line of a municipality code no party answers to for a municipality's, a business ID's for another body's", () => {
    const a = assess(
      application2022((x) => {
        x.budget.lines = [
          { category: "services", amount: "60000.00", party: "092" },
          { category: "materials", amount: "60000.00", party: "1234567-1" },
        ];
      }),
    );
    expect(a.notices.map((n) => [n.params.party, n.params.partyType, n.params.contractingEntity, n.citation])).toEqual([
      ["092", null, true, "1397/2016 25 §; 1397/2016 5 § 1 mom. 1 kohta"],
      ["1234567-1", null, false, "1397/2016 25 §; 1397/2016 5 § 1 mom. 5 kohta"],
    ]);
  });

  it("is empty on an invalid assessment", () => {
    expect(assess({ edition: "2022" }).notices).toEqual([]);
  });
});
