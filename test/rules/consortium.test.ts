import { describe, expect, it } from "vitest";
import { judge } from "./fixtures.js";
import { application2022 } from "../helpers/application2022.js";

const m = (code: string) => ({ type: "municipality" as const, code });
const ja = (onBehalfOf?: string[]) => ({
  type: "jointAuthority" as const,
  businessId: "9990008-3",
  name: "Kuntayhtymä",
  ...(onBehalfOf ? { onBehalfOf } : {}),
});

describe("consortium.minMunicipalities", () => {
  it.each([
    ["two municipalities", "2022", "pass", 2, m("444"), [m("049")]],
    ["a single municipality", "2022", "fail", 1, m("444"), []],
    ["a single municipality with partners only", "2022", "fail", 1, m("444"), [{ type: "company", name: "Data Oy" }]],
    ["the same municipality twice", "2022", "fail", 1, m("444"), [m("444")]],
    ["a municipality and a merged-away one (Honkajoki 099)", "2022", "review", 1, m("444"), [m("099")]],
    ["a municipality and an unknown code", "2022", "review", 1, m("444"), [m("998")]],
    ["Honkajoki 099 beside its successor Kankaanpää 214", "2022", "fail", 1, m("214"), [m("099")]],
    ["a single municipality and Valtimo 911 in 2020", "2020", "review", 1, m("444"), [m("911")]],
    ["a municipality and Honkajoki 099 in 2020", "2020", "pass", 2, m("444"), [m("099")]],
    ["a single municipality in 2019-1", "2019-1", "pass", 1, m("444"), []],
    ["a joint authority for a single municipality in 2019-1", "2019-1", "fail", 1, ja(["297"]), []],
    ["a joint authority for two municipalities in 2019-1", "2019-1", "pass", 2, ja(["297", "749"]), []],
    ["a joint authority for one, also a participant, in 2019-1", "2019-1", "fail", 1, ja(["297"]), [m("297")]],
    ["a joint authority on behalf of two", "2022", "pass", 2, ja(["297", "749"]), []],
    [
      "a joint authority on behalf of one, with that one also a participant",
      "2022",
      "fail",
      1,
      ja(["297"]),
      [m("297")],
    ],
    [
      "a joint authority with a municipality participant and on behalf of another",
      "2022",
      "pass",
      2,
      ja(["297"]),
      [m("749")],
    ],
    ["a joint authority listing no municipalities", "2022", "missing", 1, ja(), [m("444")]],
    ["a joint authority with an empty list", "2022", "missing", 0, ja([]), []],
  ] as const)("%s under %s: %s", (_, edition, outcome, count, applicant, participants) => {
    const input = application2022((a) => {
      a.applicant = applicant;
      a.participants = [...participants];
    });
    const { finding, assessment } = judge(input, "consortium.minMunicipalities", { edition });
    expect(finding.outcome).toBe(outcome);
    expect(finding.values["municipalities"]).toBe(count);
    if (outcome === "fail") expect(assessment.status).toBe("ineligible");
    if (outcome === "review" && edition === "2022") expect(assessment.status).toBe("needsReview");
  });

  it("cites the statute and the page that states the minimum", () => {
    const { finding } = judge(application2022(), "consortium.minMunicipalities");
    expect(finding.citation).toBe(
      "893/2019 3 §; https://kuntaliitto.fi/ajankohtaista/2020/valtiovarainministerion-syksyn-digikannustinhaku-kutsuu-kuntia-digikehitystyohon",
    );
    expect(finding.values).toEqual({
      municipalities: 2,
      minimum: 2,
      jointOnly: true,
      jointAuthority: false,
      counted: ["444", "049"],
      aland: [],
      correctable: [],
      registerYear: 2022,
    });
  });

  it("a single municipality is eligible in 2019-1 and not in 2022", () => {
    const single = application2022((a) => {
      a.participants = [];
    });
    const in2022 = judge(single, "consortium.minMunicipalities");
    expect(in2022.finding.outcome).toBe("fail");
    expect(in2022.finding.message).toBe(
      "Hankkeen kuntia vuoden 2022 kuntaluettelossa on vain 1 (444 Lohja (Lojo)), mutta vähimmäismäärä on 2: haku rahoitti vain usean kunnan yhteishankkeita.",
    );
    const in2019 = judge(single, "consortium.minMunicipalities", { edition: "2019-1" });
    expect(in2019.finding.outcome).toBe("pass");
    expect(in2019.finding.values).toMatchObject({ minimum: 1, jointOnly: false });
  });

  it("a joint authority needs two municipalities in 2019-1 too (893/2019 3 § 2 mom.)", () => {
    const input = application2022((a) => {
      a.applicant = ja(["297"]);
      a.participants = [];
    });
    const options = { edition: "2019-1" } as const;
    const { finding, assessment } = judge(input, "consortium.minMunicipalities", options);
    expect(assessment.status).toBe("ineligible");
    expect(finding.citation).toBe("893/2019 3 § 2 mom.; 893/2019 3 §");
    expect(finding.values).toMatchObject({ municipalities: 1, minimum: 2, jointOnly: false, jointAuthority: true });
    expect(finding.message).toBe(
      "Hankkeen kuntia vuoden 2019 kuntaluettelossa on vain 1 (297 Kuopio), mutta vähimmäismäärä on 2: kuntayhtymälle avustus voidaan myöntää vain, jos hankkeen toteuttamiseen sitoutuu useampi kunta (893/2019 3 § 2 mom.).",
    );
    expect(judge(input, "consortium.minMunicipalities", { ...options, locale: "sv" }).finding.message).toBe(
      "Projektet har bara 1 kommun i kommunförteckningen för 2019 (297 Kuopio), men minimiantalet är 2: understöd kan beviljas en samkommun bara om flera kommuner förbinder sig att genomföra projektet (893/2019 3 § 2 mom.).",
    );
    expect(judge(input, "consortium.minMunicipalities", { ...options, locale: "en" }).finding.message).toBe(
      "The project has only 1 municipality in the 2019 register (297 Kuopio), but the minimum is 2: a joint municipal authority can receive the grant only if several municipalities commit to carrying out the project (893/2019 3 § 2 mom.).",
    );
  });

  it("is review when only a code to correct leaves the number short, naming it", () => {
    const input = application2022((a) => {
      a.participants = [m("099")];
    });
    const { finding, assessment } = judge(input, "consortium.minMunicipalities");
    expect(assessment.status).toBe("needsReview");
    expect(finding.messageCode).toBe("consortium.minMunicipalities.correctable");
    expect(finding.citation).toBe(
      "893/2019 3 §; https://kuntaliitto.fi/ajankohtaista/2020/valtiovarainministerion-syksyn-digikannustinhaku-kutsuu-kuntia-digikehitystyohon; hallintolaki 434/2003 22 §",
    );
    expect(finding.values).toMatchObject({ municipalities: 1, minimum: 2, correctable: ["099"] });
    expect(finding.message).toBe(
      "Hankkeen kuntia vuoden 2022 kuntaluettelossa on 1, ja vähimmäismäärä 2 täyttyy vain, jos kuntaluettelosta puuttuvat kuntanumerot (099 Honkajoki) korjataan. Virheellinen kuntanumero on korjattavissa oleva puute: käsittelijä pyytää hakijaa korjaamaan sen (hallintolain 22 §).",
    );
    expect(judge(input, "consortium.minMunicipalities", { locale: "sv" }).finding.message).toBe(
      "Projektet har 1 kommun i kommunförteckningen för 2022, och minimiantalet 2 uppnås bara om de kommunnummer som saknas i förteckningen (099 Honkajoki) rättas. Ett felaktigt kommunnummer är en brist som kan avhjälpas: handläggaren uppmanar sökanden att rätta det (22 § i förvaltningslagen).",
    );
    expect(judge(input, "consortium.minMunicipalities", { locale: "en" }).finding.message).toBe(
      "The project has 1 municipality in the 2022 register, and the minimum of 2 is met only if the codes missing from the register (099 Honkajoki) are corrected. A wrong municipality code is a deficiency that can be remedied: the case handler asks the applicant to correct it (Administrative Procedure Act, section 22).",
    );
  });

  describe("Åland", () => {
    const withAland = application2022((a) => {
      a.participants = [m("478")];
    });
    it.each([
      [undefined, "review", 1],
      ["review", "review", 1],
      ["allow", "pass", 2],
      ["deny", "fail", 1],
    ] as const)("alandMunicipalities %s: %s", (policy, outcome, count) => {
      const { finding } = judge(
        withAland,
        "consortium.minMunicipalities",
        policy ? { alandMunicipalities: policy } : {},
      );
      expect(finding.outcome).toBe(outcome);
      expect(finding.values["municipalities"]).toBe(count);
    });

    it("counts mainland municipalities first: two of them pass whatever Åland is", () => {
      const input = application2022((a) => {
        a.participants = [m("049"), m("478")];
      });
      expect(judge(input, "consortium.minMunicipalities").finding.outcome).toBe("pass");
    });
  });
});

describe("consortium.members", () => {
  it.each([
    ["valid codes", "2022", "pass", "consortium.members.pass", [m("049")]],
    ["Honkajoki 099 in 2020", "2020", "pass", "consortium.members.pass", [m("099")]],
    ["Honkajoki 099 in 2021", "2021", "review", "consortium.members.review", [m("099")]],
    ["Honkajoki 099 in 2022", "2022", "review", "consortium.members.review", [m("099")]],
    ["Valtimo 911 in 2019-1", "2019-1", "pass", "consortium.members.pass", [m("911")]],
    ["Valtimo 911 in 2020", "2020", "review", "consortium.members.review", [m("911")]],
    ["an unknown code", "2022", "review", "consortium.members.review", [m("998")]],
    [
      "an unknown code in a joint authority's list",
      "2022",
      "review",
      "consortium.members.review",
      [ja(["049", "997"])],
    ],
    ["a merged code with Åland denied", "2022", "fail", "consortium.members.fail", [m("099"), m("478")]],
    ["a duplicate", "2022", "pass", "consortium.members.pass", [m("049"), m("049")]],
    ["Åland's Maarianhamina", "2022", "review", "consortium.members.review", [m("478")]],
  ] as const)("%s under %s: %s", (name, edition, outcome, code, participants) => {
    const input = application2022((a) => {
      a.participants = [...participants];
    });
    const options = name.includes("denied") ? ({ edition, alandMunicipalities: "deny" } as const) : { edition };
    const { finding } = judge(input, "consortium.members", options);
    expect(finding.outcome).toBe(outcome);
    expect(finding.messageCode).toBe(code);
  });

  it("gives per-member reasons with the code and the year", () => {
    const input = application2022((a) => {
      a.participants = [m("049"), m("099"), m("998"), m("049"), m("478")];
    });
    const { finding } = judge(input, "consortium.members", { locale: "en" });
    expect(finding.outcome).toBe("review");
    expect(finding.citation).toBe("893/2019 3 §; https://vm.fi/usein-kysyttya; hallintolaki 434/2003 22 §");
    expect(finding.values["members"]).toEqual([
      { code: "444", path: "applicant", role: "applicant", status: "valid", reason: "valid", duplicate: false },
      { code: "049", path: "participants[0]", role: "participant", status: "valid", reason: "valid", duplicate: false },
      {
        code: "099",
        path: "participants[1]",
        role: "participant",
        status: "dissolved",
        reason: "dissolved",
        duplicate: false,
      },
      {
        code: "998",
        path: "participants[2]",
        role: "participant",
        status: "unknown",
        reason: "unknown",
        duplicate: false,
      },
      {
        code: "049",
        path: "participants[3]",
        role: "participant",
        status: "valid",
        reason: "duplicate",
        duplicate: true,
      },
      {
        code: "478",
        path: "participants[4]",
        role: "participant",
        status: "aland",
        reason: "aland.review",
        duplicate: false,
      },
    ]);
    expect(finding.message).toBe(
      "The 2022 municipality register has no code 998. 099 Honkajoki is not in the 2022 register: it was merged into 214 Kankaanpää on 1 January 2021. Whether the municipalities of Åland (478 Maarianhamina (Mariehamn)) may take part was not settled in any call, so a case handler must decide. A wrong municipality code is a deficiency that can be remedied: the case handler asks the applicant to correct it (Administrative Procedure Act, section 22). Municipalities named twice count once: 049 Espoo (Esbo).",
    );
  });

  it("names the municipalities a joint authority acts for by their path, as applicant or participant", () => {
    const authority = (onBehalfOf: string[]) => ({
      type: "jointAuthority" as const,
      businessId: "0201256-6",
      name: "Kuntayhtymä",
      onBehalfOf,
    });
    const input = application2022((a) => {
      a.applicant = authority(["444", "049"]);
      a.participants = [m("091"), authority(["092", "444"])];
    });
    const { finding } = judge(input, "consortium.members");
    expect(
      (finding.values["members"] as { path: string; duplicate: boolean }[]).map((x) => [x.path, x.duplicate]),
    ).toEqual([
      ["applicant.onBehalfOf[0]", false],
      ["applicant.onBehalfOf[1]", false],
      ["participants[0]", false],
      ["participants[1].onBehalfOf[0]", false],
      ["participants[1].onBehalfOf[1]", true],
    ]);
  });

  it("Valtimo 911 merged into Nurmes on 1.1.2020", () => {
    const input = application2022((a) => {
      a.participants = [m("911")];
    });
    const { finding } = judge(input, "consortium.members", { edition: "2020" });
    expect(finding.message).toBe(
      "911 Valtimo ei ole vuoden 2020 kuntaluettelossa: se liitettiin kuntaan 541 Nurmes 1.1.2020. Virheellinen kuntanumero on korjattavissa oleva puute: käsittelijä pyytää hakijaa korjaamaan sen (hallintolain 22 §).",
    );
    expect(judge(input, "consortium.members", { edition: "2020", locale: "sv" }).finding.message).toBe(
      "911 Valtimo finns inte i kommunförteckningen för 2020: den slogs samman med 541 Nurmes 1.1.2020. Ett felaktigt kommunnummer är en brist som kan avhjälpas: handläggaren uppmanar sökanden att rätta det (22 § i förvaltningslagen).",
    );
  });

  it.each([
    ["allow", "pass"],
    ["deny", "fail"],
  ] as const)("an Åland municipality with alandMunicipalities %s: %s", (policy, outcome) => {
    const input = application2022((a) => {
      a.participants = [m("049"), m("478")];
    });
    const { finding, assessment } = judge(input, "consortium.members", { alandMunicipalities: policy });
    expect(finding.outcome).toBe(outcome);
    expect(assessment.status).toBe(outcome === "pass" ? "eligible" : "ineligible");
  });
});

describe("consortium.partners", () => {
  it("names associations and companies as partners and passes", () => {
    const { finding } = judge(application2022(), "consortium.partners", { locale: "sv" });
    expect(finding.outcome).toBe("pass");
    expect(finding.citation).toBe("893/2019 3 §; https://vm.fi/usein-kysyttya");
    expect(finding.values["partners"]).toEqual([
      { path: "participants[2]", type: "association", name: "Kuntaliitto" },
      { path: "participants[3]", type: "company", name: "Data Oy" },
    ]);
    expect(finding.message).toBe(
      "Partnerna (Kuntaliitto, Data Oy) kan delta i projektet men kan inte söka eller få understöd.",
    );
  });

  it("passes without partners", () => {
    const input = application2022((a) => {
      a.participants = [m("049")];
    });
    const { finding } = judge(input, "consortium.partners");
    expect(finding.outcome).toBe("pass");
    expect(finding.messageCode).toBe("consortium.partners.none");
  });
});
