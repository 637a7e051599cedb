// The language of the texts civil servants read (issue #10 item 14–15): Swedish citations with
// "punkten" and the Swedish statute's numbering of 893/2019 5 §, municipality labels Swedish-first in
// Swedish texts, the statute's Swedish terms, and Finnish templates that do not say a thing twice.
import { describe, expect, it } from "vitest";
import { formatMessage } from "../../src/messages/catalogue.js";
import { swedishFirst } from "../../src/messages/rules/params.js";
import { getEdition } from "../../src/editions/registry.js";
import { citationIn } from "../../src/vocabulary/words.js";

describe("citationIn", () => {
  it.each([
    ["893/2019 5 § 1 mom. 4 kohta", "893/2019 5 § 1 mom. 4 punkten"],
    ["893/2019 6 § 2 mom. 3 kohta", "893/2019 6 § 2 mom. 3 punkten"],
    // The Finnish 5 § has four moments, the Swedish three: internal charges are the Swedish 3 mom.
    ["893/2019 5 § 4 mom.", "893/2019 5 § 3 mom."],
    ["893/2019 5 § 3 mom.", "893/2019 5 § 3 mom."],
    ["688/2001 6 § 1 ja 3 mom.", "688/2001 6 § 1 och 3 mom."],
    ["hallintolaki 434/2003 49 c §", "förvaltningslagen 434/2003 49 c §"],
    ["https://vm.fi/kuntien-digikannustinavustukset-2022", "https://vm.fi/kuntien-digikannustinavustukset-2022"],
  ])("%s is %s in Swedish", (fi, sv) => {
    expect(citationIn(fi, "sv")).toBe(sv);
  });

  it.each(["fi", "en"] as const)("leaves %s as written", (locale) => {
    expect(citationIn("893/2019 5 § 4 mom.; 893/2019 5 § 1 mom. 4 kohta", locale)).toBe(
      "893/2019 5 § 4 mom.; 893/2019 5 § 1 mom. 4 kohta",
    );
  });
});

describe("municipality labels in Swedish texts", () => {
  it.each([
    ["444 Lohja (Lojo)", "444 Lojo (Lohja)"],
    ["478 Maarianhamina (Mariehamn)", "478 Mariehamn (Maarianhamina)"],
    ["099 Honkajoki", "099 Honkajoki"],
    ["999", "999"],
  ])("%s reads %s", (label, sv) => {
    expect(swedishFirst(label)).toBe(sv);
  });

  it("the consortium's municipalities: Swedish-first in sv only", () => {
    const municipalities = ["444 Lohja (Lojo)"];
    const p = { count: 1, minimum: 2, year: 2022, municipalities, jointOnly: true, jointAuthority: false };
    expect(formatMessage("consortium.minMunicipalities.fail", p, "sv")).toBe(
      "Projektet har bara 1 kommun i kommunförteckningen för 2022 (444 Lojo (Lohja)), men minimiantalet är 2: ansökningsomgången finansierade bara samprojekt mellan flera kommuner.",
    );
    expect(formatMessage("consortium.minMunicipalities.fail", p, "en")).toContain("(444 Lohja (Lojo))");
  });

  it("the applicant's municipality: Swedish-first in sv, Finnish-first in fi", () => {
    const p = { municipality: "444 Lohja (Lojo)", year: 2022 };
    expect(formatMessage("applicant.municipalityExists.pass", p, "sv")).toBe(
      "Den sökande kommunen 444 Lojo (Lohja) finns i kommunförteckningen för 2022.",
    );
    expect(formatMessage("applicant.municipalityExists.pass", p, "fi")).toBe(
      "Hakijakunta 444 Lohja (Lojo) on vuoden 2022 kuntaluettelossa.",
    );
  });
});

describe("the statute's Swedish terms", () => {
  it("projektadministratör (893/2019 SV 3 §), never projektförvaltare", () => {
    const text = JSON.stringify(getEdition("2022"));
    expect(text).toContain("projektadministratör");
    expect(text).not.toContain("projektförvaltare");
    expect(
      formatMessage("applicant.type.fail", { type: "company", allowed: ["municipality"] } as never, "sv"),
    ).toContain("projektadministratören");
  });

  it("informationsmaterialets kvalitet, as the ministry's Swedish release of 16.6.2022 has it", () => {
    expect(getEdition("2022").focusAreas.dataQuality?.value.title.sv).toBe("Informationsmaterialets kvalitet");
  });
});

describe("Finnish templates say each thing once", () => {
  const within = (requested: string, maxGrant: string) =>
    formatMessage(
      "allocation.withinMaximum",
      { requested, maxGrant, grantable: requested < maxGrant ? requested : maxGrant, rate: "0.85" },
      "fi",
    );

  it.each([
    [
      "80000.00",
      "85000.00",
      "Avustus voi olla enintään haettu 80\u00a0000,00\u00a0€; enimmäismäärä 85\u00a0000,00\u00a0€ (85\u00a0% hyväksyttävistä kustannuksista) ei rajaa sitä.",
    ],
    [
      "85000.00",
      "85000.00",
      "Avustus voi olla enintään haettu 85\u00a0000,00\u00a0€, joka on sama kuin enimmäismäärä (85\u00a0% hyväksyttävistä kustannuksista).",
    ],
    [
      "90000.00",
      "85000.00",
      "Avustus voi olla enintään enimmäismäärä 85\u00a0000,00\u00a0€ (85\u00a0% hyväksyttävistä kustannuksista), vaikka haettiin 90\u00a0000,00\u00a0€.",
    ],
  ])("requested %s, maximum %s", (requested, maxGrant, text) => {
    const message = within(requested, maxGrant);
    expect(message).toBe(text);
    // No amount is stated twice.
    const amounts = message.match(/\d[\d\u00a0]*,\d\d/g) ?? [];
    expect(new Set(amounts).size).toBe(amounts.length);
  });
});

describe("the period of use is named once when the project ends on its last day", () => {
  it.each([
    ["2024-09-30", "Hanke päättyy avustuksen viimeisenä käyttöpäivänä 30.9.2024."],
    ["2024-06-30", "Hanke päättyy 30.6.2024; avustuksen viimeinen käyttöpäivä on 30.9.2024."],
  ])("ending %s", (end, text) => {
    expect(formatMessage("period.endsByLatestEnd.pass", { end, latestEnd: "2024-09-30" } as never, "fi")).toBe(text);
  });
});

describe("the VAT note says one thing once", () => {
  it.each([
    ["fi", "Budjetissa ei ole arvonlisäveroa, joten hyväksyttävistä kustannuksista ei vähennetä mitään."],
    ["sv", "Budgeten innehåller ingen mervärdesskatt, så ingenting dras av från de godtagbara kostnaderna."],
  ] as const)("in %s", (locale, text) => {
    expect(formatMessage("costs.vatExcluded.none", {} as never, locale)).toBe(text);
  });
});
