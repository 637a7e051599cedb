import { describe, expect, it } from "vitest";
import { judge } from "./fixtures.js";
import { type Application2022, application2022 } from "../helpers/application2022.js";

type Line = Application2022["budget"]["lines"][number];

const budget = (lines: Line[], requestedGrant: string | number = "1.00") =>
  application2022((a) => {
    a.budget = { lines, requestedGrant };
  });
const staff: Line = { category: "staff", amount: "100000.00" };

describe("costs.ineligibleExcluded (893/2019 5 § 2 mom.)", () => {
  it.each<[string, Line[], string, string, string]>([
    ["staff only", [staff], "costs.ineligibleExcluded.none", "0.00", "100000.00"],
    [
      "equipment",
      [staff, { category: "equipment", amount: "10000.00" }],
      "costs.ineligibleExcluded.pass",
      "10000.00",
      "100000.00",
    ],
    [
      "a tangible investment",
      [staff, { category: "tangibleInvestment", amount: "2500.50" }],
      "costs.ineligibleExcluded.pass",
      "2500.50",
      "100000.00",
    ],
    [
      "both",
      [{ category: "equipment", amount: "0.01" }, staff, { category: "tangibleInvestment", amount: "0.02" }],
      "costs.ineligibleExcluded.pass",
      "0.03",
      "100000.00",
    ],
  ])("%s: passes, leaving %s out", (_, lines, code, excluded, eligible) => {
    const { finding, assessment } = judge(budget(lines), "costs.ineligibleExcluded");
    expect(finding.outcome).toBe("pass");
    expect(finding.citation).toBe("893/2019 5 § 2 mom.");
    expect(finding.messageCode).toBe(code);
    expect(finding.values["excluded"]).toBe(excluded);
    expect(assessment.budget?.ineligibleCosts).toBe(excluded);
    expect(assessment.budget?.eligibleCosts).toBe(eligible);
    expect(assessment.status).toBe("eligible");
  });

  it("says how much was left out, and why, in Finnish amounts", () => {
    const { finding } = judge(
      budget([staff, { category: "equipment", amount: "10000.00" }]),
      "costs.ineligibleExcluded",
    );
    expect(finding.message).toBe(
      "Kustannuksia 10\u00a0000,00\u00a0€ (laitteistot) ei voida hyväksyä, joten ne on jätetty avustuksen laskentaperusteen ulkopuolelle; hakemus ei hylkäänny niiden vuoksi.",
    );
    expect(finding.values["lines"]).toEqual([
      { index: 1, category: "equipment", amount: "10000.00", treatment: "ineligible" },
    ]);
  });

  it("keeps equipment out of the maximum grant", () => {
    const { assessment } = judge(
      budget([staff, { category: "equipment", amount: "50000.00" }], "85000.00"),
      "grant.withinMaximum",
    );
    expect(assessment.budget).toMatchObject({
      totalCosts: "150000.00",
      eligibleCosts: "100000.00",
      maxGrant: "85000.00",
    });
    expect(assessment.status).toBe("eligible");
  });
});

describe.each([
  ["softwareLicences", "necessary", "893/2019 5 § 3 mom."],
  ["internalCharges", "actualCosts", "893/2019 5 § 4 mom."],
] as const)("costs.%s (%s, %s)", (category, flag, citation) => {
  const rule = `costs.${category}`;
  it.each([
    ["none", [staff], "pass", `costs.${category}.none`, "100000.00", "0.00", "eligible"],
    [
      "declared true",
      [staff, { category, amount: "5000.00", [flag]: true }],
      "review",
      `costs.${category}.review`,
      "105000.00",
      "5000.00",
      "needsReview",
    ],
    [
      "unanswered",
      [staff, { category, amount: "5000.00" }],
      "review",
      `costs.${category}.review`,
      "105000.00",
      "5000.00",
      "needsReview",
    ],
    [
      "declared false",
      [staff, { category, amount: "5000.00", [flag]: false }],
      "pass",
      `costs.${category}.excluded`,
      "100000.00",
      "0.00",
      "eligible",
    ],
    [
      "one of each",
      [staff, { category, amount: "5000.00", [flag]: false }, { category, amount: "700.00", [flag]: true }],
      "review",
      `costs.${category}.review`,
      "100700.00",
      "700.00",
      "needsReview",
    ],
  ])("%s: %s", (_, lines, outcome, code, eligible, conditional, status) => {
    const { finding, assessment } = judge(budget(lines as Line[]), rule);
    expect(finding.outcome).toBe(outcome);
    expect(finding.citation).toBe(citation);
    expect(finding.messageCode).toBe(code);
    expect(assessment.budget?.eligibleCosts).toBe(eligible);
    expect(assessment.budget?.conditionalCosts).toBe(conditional);
    expect(assessment.status).toBe(status);
  });

  it("counts a line declared not to meet the condition as ineligible", () => {
    const { assessment, finding } = judge(budget([staff, { category, amount: "5000.00", [flag]: false }]), rule);
    expect(assessment.budget).toMatchObject({
      totalCosts: "105000.00",
      eligibleCosts: "100000.00",
      ineligibleCosts: "5000.00",
    });
    expect(finding.values).toMatchObject({ amount: "0.00", excluded: "5000.00" });
  });
});

describe("costs.softwareLicences messages", () => {
  it("asks a human to judge necessity, giving the amount", () => {
    const input = budget([staff, { category: "softwareLicences", amount: "5000.00", necessary: true }]);
    expect(judge(input, "costs.softwareLicences").finding.message).toBe(
      "Ohjelmistolisenssejä ja muita aineettomia investointeja on 5\u00a0000,00\u00a0€. Ne hyväksytään vain siltä osin kuin ne ovat välttämättömiä hankkeelle; käsittelijän on arvioitava tämä.",
    );
    expect(judge(input, "costs.softwareLicences", { locale: "en" }).finding.message).toBe(
      "Software licences and other intangible investments come to €5,000.00. They are accepted only insofar as they are necessary for the project; a case handler must judge this.",
    );
  });
});

describe("costs.vatExcluded (893/2019 4 §)", () => {
  it("passes and shows the VAT left out of the base", () => {
    const { finding, assessment } = judge(
      budget([staff, { category: "services", amount: "30000.00", vat: "7200.00" }], "110500.00"),
      "costs.vatExcluded",
    );
    expect(finding.outcome).toBe("pass");
    expect(finding.citation).toBe("893/2019 4 §");
    expect(finding.values).toEqual({ vat: "7200.00" });
    expect(finding.message).toBe(
      "Arvonlisävero 7\u00a0200,00\u00a0€ ei ole hyväksyttävä kustannus, eikä sitä lasketa avustuksen perusteeseen.",
    );
    expect(assessment.budget).toMatchObject({ vat: "7200.00", eligibleCosts: "130000.00", maxGrant: "110500.00" });
    expect(assessment.status).toBe("eligible");
  });

  it("sums VAT on ineligible lines too", () => {
    const { assessment } = judge(
      budget([staff, { category: "equipment", amount: "1000.00", vat: "240.00" }]),
      "costs.vatExcluded",
    );
    expect(assessment.budget?.vat).toBe("240.00");
  });

  it("says so when there is no VAT", () => {
    expect(judge(budget([staff]), "costs.vatExcluded").finding.messageCode).toBe("costs.vatExcluded.none");
  });
});

describe("costs.hasEligibleCosts", () => {
  it.each([
    ["staff", [staff], "pass", "eligible"],
    ["equipment only", [{ category: "equipment", amount: "10000.00" }], "fail", "ineligible"],
    ["no lines", [], "fail", "ineligible"],
    ["a zero line", [{ category: "staff", amount: "0" }], "fail", "ineligible"],
    [
      "licences declared unnecessary",
      [{ category: "softwareLicences", amount: "900.00", necessary: false }],
      "fail",
      "ineligible",
    ],
  ])("%s: %s", (_, lines, outcome, status) => {
    const { finding, assessment } = judge(budget(lines as Line[]), "costs.hasEligibleCosts");
    expect(finding.outcome).toBe(outcome);
    expect(finding.citation).toBe("893/2019 4 §");
    expect(assessment.status).toBe(status);
  });

  it("explains a budget without eligible costs", () => {
    const { finding } = judge(budget([{ category: "equipment", amount: "10000.00" }]), "costs.hasEligibleCosts", {
      locale: "sv",
    });
    expect(finding.message).toBe(
      "Projektet har inga godtagbara kostnader (kostnader totalt 10\u00a0000,00\u00a0€), så inget understöd kan beviljas.",
    );
  });
});

describe("costs.services (893/2019 5 § 1 mom. 4 kohta)", () => {
  const services = (amount: string, solelyForProject?: boolean): Line => ({
    category: "services",
    amount,
    ...(solelyForProject === undefined ? {} : { solelyForProject }),
  });
  const CITATION = "893/2019 5 § 1 mom. 4 kohta";

  it.each<[string, Line[], string, string, string, string]>([
    ["no services", [staff], "costs.services.none", "0.00", "0.00", "100000.00"],
    ["unanswered", [staff, services("20000.00")], "costs.services.counted", "20000.00", "0.00", "120000.00"],
    ["declared true", [staff, services("20000.00", true)], "costs.services.counted", "20000.00", "0.00", "120000.00"],
    [
      "declared false",
      [staff, services("20000.00", false)],
      "costs.services.excluded",
      "0.00",
      "20000.00",
      "100000.00",
    ],
    [
      "one of each",
      [staff, services("20000.00", false), services("5000.00", true)],
      "costs.services.excluded",
      "5000.00",
      "20000.00",
      "105000.00",
    ],
    ["a zero line", [staff, services("0.00")], "costs.services.none", "0.00", "0.00", "100000.00"],
  ])("%s: passes with %s", (_, lines, code, counted, excluded, eligible) => {
    const { finding, assessment } = judge(budget(lines), "costs.services");
    expect(finding.outcome).toBe("pass");
    expect(finding.citation).toBe(CITATION);
    expect(finding.messageCode).toBe(code);
    expect(finding.values).toMatchObject({ amount: counted, excluded });
    expect(assessment.budget?.eligibleCosts).toBe(eligible);
    expect(assessment.budget?.ineligibleCosts).toBe(excluded);
    // Services are not a conditional category: nothing goes to review because of them.
    expect(assessment.budget?.conditionalCosts).toBe("0.00");
    expect(assessment.status).toBe("eligible");
  });

  it("lists the lines left out", () => {
    const { finding } = judge(budget([staff, services("20000.00", false)]), "costs.services");
    expect(finding.values["lines"]).toEqual([
      { index: 1, category: "services", amount: "20000.00", treatment: "excluded" },
    ]);
  });

  it.each([
    [
      "fi",
      "Ostettuja tai käyttöluvalla hankittuja palveluja on 20\u00a0000,00\u00a0€. Ne hyväksytään, kun niitä on käytetty yksinomaan hanketta varten; ehto tarkistetaan toteutuneista kustannuksista avustusta maksettaessa.",
    ],
    [
      "sv",
      "Köpta eller licensierade tjänster uppgår till 20\u00a0000,00\u00a0€. De godtas när de har använts uteslutande för projektet; villkoret kontrolleras mot de faktiska kostnaderna när understödet betalas.",
    ],
    [
      "en",
      "Purchased or licensed services come to €20,000.00. They are accepted when used solely for the project; the condition is checked against the costs actually incurred when the grant is paid.",
    ],
  ] as const)("states the condition of the services that count (%s)", (locale, message) => {
    const { finding } = judge(budget([staff, services("20000.00")]), "costs.services", { locale });
    expect(finding.message).toBe(message);
  });

  it.each([
    [
      "fi",
      "Palvelut, 20\u00a0000,00\u00a0€, on jätetty pois hyväksyttävistä kustannuksista, koska niitä ei ilmoitettu käytettävän yksinomaan hanketta varten. Muut palvelut, 5\u00a0000,00\u00a0€, hyväksytään sillä ehdolla, että niitä käytetään yksinomaan hanketta varten.",
    ],
    [
      "sv",
      "Tjänsterna, 20\u00a0000,00\u00a0€, har lämnats utanför de godtagbara kostnaderna eftersom de inte uppgavs användas uteslutande för projektet. Övriga tjänster, 5\u00a0000,00\u00a0€, godtas på villkor att de används uteslutande för projektet.",
    ],
    [
      "en",
      "The services of €20,000.00 were left out of the eligible costs because they were stated not to be used solely for the project. The other services, €5,000.00, are accepted on condition that they are used solely for the project.",
    ],
  ] as const)("says which services were left out and why (%s)", (locale, message) => {
    const lines = [staff, services("20000.00", false), services("5000.00")];
    expect(judge(budget(lines), "costs.services", { locale }).finding.message).toBe(message);
  });
});
