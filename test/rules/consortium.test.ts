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
    ["a municipality and a merged-away one (Honkajoki 099)", "2022", "fail", 1, m("444"), [m("099")]],
    ["a municipality and Honkajoki 099 in 2020", "2020", "pass", 2, m("444"), [m("099")]],
    ["a single municipality in 2019-1", "2019-1", "pass", 1, m("444"), []],
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
      counted: ["444", "049"],
      aland: [],
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
    ["Honkajoki 099 in 2021", "2021", "fail", "consortium.members.fail", [m("099")]],
    ["Honkajoki 099 in 2022", "2022", "fail", "consortium.members.fail", [m("099")]],
    ["Valtimo 911 in 2019-1", "2019-1", "pass", "consortium.members.pass", [m("911")]],
    ["Valtimo 911 in 2020", "2020", "fail", "consortium.members.fail", [m("911")]],
    ["an unknown code", "2022", "fail", "consortium.members.fail", [m("998")]],
    ["an unknown code in a joint authority's list", "2022", "fail", "consortium.members.fail", [ja(["049", "997"])]],
    ["a duplicate", "2022", "pass", "consortium.members.pass", [m("049"), m("049")]],
    ["Åland's Maarianhamina", "2022", "review", "consortium.members.review", [m("478")]],
  ] as const)("%s under %s: %s", (_, edition, outcome, code, participants) => {
    const input = application2022((a) => {
      a.participants = [...participants];
    });
    const { finding } = judge(input, "consortium.members", { edition });
    expect(finding.outcome).toBe(outcome);
    expect(finding.messageCode).toBe(code);
  });

  it("gives per-member reasons with the code and the year", () => {
    const input = application2022((a) => {
      a.participants = [m("049"), m("099"), m("998"), m("049"), m("478")];
    });
    const { finding } = judge(input, "consortium.members", { locale: "en" });
    expect(finding.outcome).toBe("fail");
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
      "The 2022 municipality register has no code 998. 099 Honkajoki is not in the 2022 register: it was merged into 214 Kankaanpää on 1 January 2021. Whether the municipalities of Åland (478 Maarianhamina (Mariehamn)) may take part was not settled in any call, so a case handler must decide. Municipalities named twice count once: 049 Espoo (Esbo).",
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
      "911 Valtimo ei ole vuoden 2020 kuntaluettelossa: se liitettiin kuntaan 541 Nurmes 1.1.2020.",
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
