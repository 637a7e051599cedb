import { describe, expect, it } from "vitest";
import { judge } from "./fixtures.js";
import { type Application2022, application2022 } from "../helpers/application2022.js";

describe("applicant.type (2022)", () => {
  it.each<[string, Application2022["applicant"], string, string, string]>([
    ["municipality", { type: "municipality", code: "444" }, "pass", "eligible", "893/2019 3 §"],
    [
      "jointAuthority",
      { type: "jointAuthority", businessId: "9990008-3", name: "Kuntayhtymä", onBehalfOf: ["444", "049"] },
      "pass",
      "eligible",
      "893/2019 3 §",
    ],
    [
      "association",
      { type: "association", name: "Kuntaliitto" },
      "fail",
      "ineligible",
      "893/2019 3 §; https://vm.fi/usein-kysyttya",
    ],
    [
      "company",
      { type: "company", name: "Kunnan IT Oy" },
      "fail",
      "ineligible",
      "893/2019 3 §; https://vm.fi/usein-kysyttya",
    ],
    ["other", { type: "other", name: "Yliopisto" }, "fail", "ineligible", "893/2019 3 §; https://vm.fi/usein-kysyttya"],
  ])("a lead applicant of type %s: %s", (_, applicant, outcome, status, citation) => {
    const input = application2022((a) => {
      a.applicant = applicant;
      // Keep two municipalities in the project whoever leads it.
      a.participants = [
        { type: "municipality", code: "444" },
        { type: "municipality", code: "049" },
      ];
    });
    const { assessment, finding } = judge(input, "applicant.type");
    expect(finding.outcome).toBe(outcome);
    expect(finding.citation).toBe(citation);
    expect(assessment.status).toBe(status);
    expect(finding.values).toMatchObject({
      applicantType: applicant.type,
      allowed: ["municipality", "jointAuthority"],
    });
  });

  it("explains in every language that a company cannot apply but may be a partner", () => {
    const input = application2022((a) => {
      a.applicant = { type: "company", name: "Kunnan IT Oy" };
    });
    expect(judge(input, "applicant.type", { locale: "fi" }).finding.message).toBe(
      "Hakijana on yritys, joka ei voi hakea avustusta: hakijan ja hankehallinnoijan on oltava kunta tai kuntayhtymä. Yritykset, yhdistykset ja muut tahot voivat osallistua hankkeeseen kumppaneina.",
    );
    expect(judge(input, "applicant.type", { locale: "sv" }).finding.message).toContain(
      "ett företag och kan inte söka understöd",
    );
    expect(judge(input, "applicant.type", { locale: "en" }).finding.message).toContain(
      "a company, which cannot apply for the grant: the applicant and administrator must be a municipality or a joint municipal authority",
    );
  });
});

describe("applicant.municipalityExists", () => {
  it.each([
    ["Lohja 444 in 2022", "444", "2022", "pass"],
    ["Maarianhamina 478 (Åland) in 2022", "478", "2022", "pass"],
    ["Honkajoki 099 in 2020", "099", "2020", "pass"],
    ["Honkajoki 099 in 2021", "099", "2021", "review"],
    ["Honkajoki 099 in 2022", "099", "2022", "review"],
    ["Valtimo 911 in 2019-1", "911", "2019-1", "pass"],
    ["Valtimo 911 in 2020", "911", "2020", "review"],
    ["an unknown code 999 in 2022", "999", "2022", "review"],
  ] as const)("%s: %s", (_, code, edition, outcome) => {
    const input = application2022((a) => {
      a.applicant = { type: "municipality", code };
    });
    const { finding } = judge(input, "applicant.municipalityExists", { edition });
    expect(finding.outcome).toBe(outcome);
    // hallintolaki 22 §: the official asks for a wrong code to be corrected.
    expect(finding.citation).toBe(outcome === "review" ? "893/2019 3 §; hallintolaki 434/2003 22 §" : "893/2019 3 §");
    expect(finding.values).toMatchObject({ code });
  });

  it("names the successor when a merged-away municipality applies, and asks for a correction", () => {
    const input = application2022((a) => {
      a.applicant = { type: "municipality", code: "099" };
    });
    const { finding, assessment } = judge(input, "applicant.municipalityExists");
    expect(assessment.status).toBe("needsReview");
    expect(finding.messageCode).toBe("applicant.municipalityExists.correctable");
    expect(finding.values).toMatchObject({ status: "dissolved", mergedInto: "214 Kankaanpää" });
    expect(finding.message).toBe(
      "Hakijan kuntanumeroa 099 ei ole vuoden 2022 kuntaluettelossa. 099 Honkajoki liitettiin kuntaan 214 Kankaanpää 1.1.2021. Virheellinen kuntanumero on korjattavissa oleva puute: käsittelijä pyytää hakijaa korjaamaan sen (hallintolain 22 §).",
    );
    expect(judge(input, "applicant.municipalityExists", { locale: "sv" }).finding.message).toBe(
      "Sökandens kommunnummer 099 finns inte i kommunförteckningen för 2022. 099 Honkajoki slogs samman med 214 Kankaanpää 1.1.2021. Ett felaktigt kommunnummer är en brist som kan avhjälpas: handläggaren uppmanar sökanden att rätta det (22 § i förvaltningslagen).",
    );
    expect(judge(input, "applicant.municipalityExists", { locale: "en" }).finding.message).toBe(
      "The applicant's municipality code 099 is not in the 2022 municipality register. 099 Honkajoki was merged into 214 Kankaanpää on 1 January 2021. A wrong municipality code is a deficiency that can be remedied: the case handler asks the applicant to correct it (Administrative Procedure Act, section 22).",
    );
    expect(finding.params).toMatchObject({
      code: "099",
      year: 2022,
      former: "099 Honkajoki",
      mergedInto: "214 Kankaanpää",
      mergedOn: "2021-01-01",
    });
  });

  it("has no municipality code to check for a joint authority", () => {
    const input = application2022((a) => {
      a.applicant = {
        type: "jointAuthority",
        businessId: "9990008-3",
        name: "Savon kuntayhtymä",
        onBehalfOf: ["297", "749"],
      };
    });
    const { finding } = judge(input, "applicant.municipalityExists", { locale: "en" });
    expect(finding.outcome).toBe("pass");
    expect(finding.message).toBe(
      "The applicant is the joint municipal authority Savon kuntayhtymä (business ID 9990008-3), so there is no municipality code to check.",
    );
  });

  it("base application is eligible", () => {
    expect(judge(application2022(), "applicant.municipalityExists").assessment.status).toBe("eligible");
  });
});
