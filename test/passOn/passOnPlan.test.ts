// The pass-on plan: how a joint project's grant is split among its parties under each recipient
// model (893/2019 3 §; 688/2001 7 § 3 mom., 27 §), every line cited and worded in fi, sv and en, the
// note on a non-municipal party that becomes a contracting entity (1397/2016 5 § 1 mom. 5 k.), and
// the coded issues of input that cannot be planned.
import { describe, expect, it } from "vitest";
import { assess } from "../../src/assess/assess.js";
import { passOnPlan } from "../../src/passOn/passOnPlan.js";
import { application2022 } from "../helpers/application2022.js";
import { type PartyRow, assessed, municipality } from "./fixtures.js";

const LOHJA: PartyRow = {
  key: "444",
  role: "applicant",
  type: "municipality",
  name: "Lohja",
  eligibleCosts: "60000.00",
};
const ESPOO = municipality("049", "Espoo", "30000.00");
const KUNTALIITTO: PartyRow = {
  key: "0123456-2",
  role: "participant",
  type: "association",
  name: "Kuntaliitto",
  eligibleCosts: "10000.00",
};
const PARTIES = [LOHJA, ESPOO, KUNTALIITTO];

const planOf = (...args: Parameters<typeof passOnPlan>) => {
  const r = passOnPlan(...args);
  if (!r.success) throw new Error(JSON.stringify(r.issues));
  return r.data;
};

describe("passOnPlan: the administrator model (2022)", () => {
  const plan = planOf(assessed(PARTIES), "85000.00");

  it("the administrator keeps its share and passes the others on, in proportion to eligible costs", () => {
    expect(plan.recipients).toEqual({
      model: "administrator",
      source: "edition",
      certainty: "inferred",
      citation:
        "https://vm.fi/sv/-/finansministeriet-beviljade-2020-ars-understod-for-kommunernas-digitaliseringsprojekt-1",
    });
    expect(plan.shares.map((s) => [s.name, s.receipt, s.amount, s.citation])).toEqual([
      ["Lohja", "kept", "51000.00", "893/2019 3 § 2 mom."],
      ["Espoo", "passedOn", "25500.00", "688/2001 7 § 3 mom."],
      ["Kuntaliitto", "passedOn", "8500.00", "688/2001 7 § 3 mom."],
    ]);
    expect([plan.granted, plan.kept, plan.passedOn, plan.eligibleCosts]).toEqual([
      "85000.00",
      "51000.00",
      "34000.00",
      "100000.00",
    ]);
    expect(plan.citation).toBe("893/2019 3 § 2 mom.; 688/2001 7 § 3 mom.");
  });

  it.each([
    [
      "fi",
      "Lohja: hankehallinnoija pitää 51\u00a0000,00\u00a0€ omiin hyväksyttäviin kustannuksiinsa (60\u00a0000,00\u00a0€).",
      "Espoo: hankehallinnoija siirtää 25\u00a0500,00\u00a0€ sen hyväksyttäviin kustannuksiin (30\u00a0000,00\u00a0€) valtionavustuslain 7 §:n 3 momentin mukaisella sopimuksella.",
    ],
    [
      "sv",
      "Lohja: projektadministratören behåller 51\u00a0000,00\u00a0€ för sina egna godtagbara kostnader (60\u00a0000,00\u00a0€).",
      "Espoo: projektadministratören överför 25\u00a0500,00\u00a0€ för dess godtagbara kostnader (30\u00a0000,00\u00a0€) genom avtal enligt 7 § 3 mom. i statsunderstödslagen.",
    ],
    [
      "en",
      "Lohja: the administrator keeps €51,000.00 for its own eligible costs (€60,000.00).",
      "Espoo: the administrator passes on €25,500.00 for its eligible costs (€30,000.00) under an agreement of section 7(3) of the State Grants Act.",
    ],
  ] as const)("in %s, each line says who keeps or passes on what", (locale, kept, passed) => {
    const p = planOf(assessed(PARTIES), "85000.00", { locale });
    expect(p.locale).toBe(locale);
    expect(p.shares.map((s) => s.message).slice(0, 2)).toEqual([kept, passed]);
    expect(p.shares[1]!.messageCode).toBe("passOn.passedOnByAdministrator");
  });
});

describe("passOnPlan: the joint model (2020, 2021, or the caller's)", () => {
  it("municipalities receive; a joint authority's and an association's shares are passed on (893/2019 3 § 1 mom.)", () => {
    const authority: PartyRow = {
      key: "0201256-6",
      role: "participant",
      type: "jointAuthority",
      name: "Länsi-Uudenmaan tietohallintokuntayhtymä",
      eligibleCosts: "0.00",
    };
    const plan = planOf(assessed([...PARTIES, authority], { edition: "2021" }), "85000.00", { locale: "en" });
    expect(plan.recipients).toMatchObject({ model: "joint", source: "edition", certainty: "inferred" });
    expect(plan.shares.map((s) => [s.name, s.receipt, s.amount, s.citation])).toEqual([
      ["Lohja", "received", "51000.00", "893/2019 3 § 1 mom.; 688/2001 27 §"],
      ["Espoo", "received", "25500.00", "893/2019 3 § 1 mom.; 688/2001 27 §"],
      ["Kuntaliitto", "passedOn", "8500.00", "688/2001 7 § 3 mom."],
      ["Länsi-Uudenmaan tietohallintokuntayhtymä", "passedOn", "0.00", "688/2001 7 § 3 mom."],
    ]);
    expect([plan.kept, plan.passedOn]).toEqual(["76500.00", "8500.00"]);
    expect(plan.citation).toBe("893/2019 3 § 1 mom.; 688/2001 27 §; 688/2001 7 § 3 mom.");
  });

  it.each([
    [
      "fi",
      "Espoo: saa 25\u00a0500,00\u00a0€ hyväksyttäviin kustannuksiinsa (30\u00a0000,00\u00a0€) avustuksen saajana yhdessä muiden kanssa; saajat vastaavat avustuksen palauttamisesta ja takaisinperinnästä yhteisvastuullisesti.",
      "Kuntaliitto: ei ole avustuksen saaja; saajat siirtävät sille 8\u00a0500,00\u00a0€ sen hyväksyttäviin kustannuksiin (10\u00a0000,00\u00a0€) valtionavustuslain 7 §:n 3 momentin mukaisella sopimuksella.",
    ],
    [
      "sv",
      "Espoo: får 25\u00a0500,00\u00a0€ för sina godtagbara kostnader (30\u00a0000,00\u00a0€) som understödstagare tillsammans med de andra; mottagarna har solidariskt ansvar för återbetalning och återkrav.",
      "Kuntaliitto: är inte understödstagare; mottagarna överför 8\u00a0500,00\u00a0€ för dess godtagbara kostnader (10\u00a0000,00\u00a0€) genom avtal enligt 7 § 3 mom. i statsunderstödslagen.",
    ],
    [
      "en",
      "Espoo: receives €25,500.00 for its eligible costs (€30,000.00) as a recipient together with the others; the recipients are jointly and severally liable for its return and recovery.",
      "Kuntaliitto: is not a recipient; the recipients pass on €8,500.00 for its eligible costs (€10,000.00) under an agreement of section 7(3) of the State Grants Act.",
    ],
  ] as const)("in %s, a recipient's line and a passed-on line", (locale, received, passed) => {
    const plan = planOf(assessed(PARTIES), "85000.00", { locale, recipientModel: "joint" });
    expect(plan.recipients).toEqual({
      model: "joint",
      source: "option",
      certainty: "sourced",
      citation: "893/2019 3 § 1 mom.; 688/2001 27 §",
    });
    expect(plan.shares.map((s) => s.message).slice(1)).toEqual([received, passed]);
  });

  it("an unnamed key's share is passed on in either model: it is not a party named in the application", () => {
    const unnamed: PartyRow = { key: "999", role: "unnamed", type: null, name: "999", eligibleCosts: "10000.00" };
    for (const recipientModel of ["joint", "administrator"] as const) {
      const plan = planOf(assessed([LOHJA, unnamed]), "10000.00", { recipientModel });
      expect(plan.shares[1]).toMatchObject({ receipt: "passedOn", amount: "1428.57", contractingEntity: [] });
    }
  });
});

describe("passOnPlan: exact to the cent, ties to the party named first", () => {
  it("three equal parties share 100,00 €: the odd cent goes to the first", () => {
    const three = [
      { ...LOHJA, eligibleCosts: "1.00" },
      municipality("049", "Espoo", "1.00"),
      municipality("091", "Helsinki", "1.00"),
    ];
    expect(planOf(assessed(three, { maxGrant: "100.00" }), "100.00").shares.map((s) => s.amount)).toEqual([
      "33.34",
      "33.33",
      "33.33",
    ]);
    // Named in another order, the cent follows the party named first.
    const reordered = [three[0]!, three[2]!, three[1]!];
    expect(planOf(assessed(reordered, { maxGrant: "100.00" }), "100.00").shares.map((s) => [s.name, s.amount])).toEqual(
      [
        ["Lohja", "33.34"],
        ["Helsinki", "33.33"],
        ["Espoo", "33.33"],
      ],
    );
  });

  it("a grant of nothing gives every party nothing; any amount up to the maximum is accepted", () => {
    expect(planOf(assessed(PARTIES), "0.00").shares.map((s) => s.amount)).toEqual(["0.00", "0.00", "0.00"]);
    expect(planOf(assessed(PARTIES), "0.01").shares.map((s) => s.amount)).toEqual(["0.01", "0.00", "0.00"]);
  });
});

describe("passOnPlan: a non-municipal party that becomes a contracting entity (1397/2016 5 § 1 mom. 5 k.)", () => {
  const company: PartyRow = {
    key: "0737546-2",
    role: "participant",
    type: "company",
    name: "Data Oy",
    eligibleCosts: "80000.00",
  };

  it("gets a note when the grant would pay more than half of its procurement", () => {
    const a = assessed([LOHJA, company], { notices: [{ line: 2, party: "0737546-2", amount: "60000.00" }] });
    // 85 % of every eligible cost: 51 000,00 € of the 60 000,00 € procurement.
    const plan = planOf(a, "119000.00", { locale: "en" });
    expect(plan.shares[1]!.contractingEntity).toEqual([
      {
        line: 2,
        value: "60000.00",
        fromGrant: "51000.00",
        citation: "1397/2016 5 § 1 mom. 5 kohta",
        messageCode: "passOn.contractingEntity",
        params: { name: "Data Oy", line: 2, value: "60000.00", fromGrant: "51000.00" },
        message:
          "Data Oy would receive €51,000.00 from the grant of the €60,000.00 procurement on budget line 3, more than half, so it becomes a contracting entity itself for that procurement.",
      },
    ]);
    const fi = planOf(a, "119000.00").shares[1]!.contractingEntity[0]!.message;
    expect(fi).toBe(
      "Data Oy saisi avustuksesta 51\u00a0000,00\u00a0€ budjettirivin 3 hankinnan arvosta 60\u00a0000,00\u00a0€ eli yli puolet, joten siitä tulee tässä hankinnassa itse hankintayksikkö.",
    );
    const sv = planOf(a, "119000.00", { locale: "sv" }).shares[1]!.contractingEntity[0]!.message;
    expect(sv).toBe(
      "Data Oy skulle få 51\u00a0000,00\u00a0€ av understödet för upphandlingen på budgetrad 3, värd 60\u00a0000,00\u00a0€, alltså mer än hälften, så den blir själv upphandlande enhet i den upphandlingen.",
    );
  });

  it("gets none at exactly half, none for a municipality's procurement, none for another party's", () => {
    const notices = [
      { line: 0, party: "0737546-2", amount: "60000.00" },
      { line: 1, party: "444", amount: "60000.00" },
    ];
    // The grant is 70 000,00 € of 140 000,00 €: exactly half of each cost.
    const half = planOf(assessed([LOHJA, company], { notices }), "70000.00");
    expect(half.shares.map((s) => s.contractingEntity)).toEqual([[], []]);
    const more = planOf(assessed([LOHJA, company], { notices }), "70000.02");
    expect(more.shares.map((s) => s.contractingEntity.map((n) => n.line))).toEqual([[], [0]]);
  });
});

describe("passOnPlan: what cannot be planned is a coded issue in the caller's language, never a throw", () => {
  const codeOf = (r: ReturnType<typeof passOnPlan>) => (r.success ? null : r.issues[0]!.code);

  it("a grant above the maximum, or one that is not an amount", () => {
    const over = passOnPlan(assessed(PARTIES), "85000.01", { locale: "en" });
    expect(over).toEqual({
      success: false,
      issues: [
        {
          code: "passOn.exceedsMaximum",
          params: { granted: "85000.01", maxGrant: "85000.00" },
          message: "The granted amount €85,000.01 exceeds the project's maximum grant of €85,000.00 (893/2019 4 §).",
        },
      ],
    });
    const sv = passOnPlan(assessed(PARTIES), "1,5" as never, { locale: "sv" });
    expect(!sv.success && sv.issues[0]).toEqual({
      code: "passOn.invalidGranted",
      params: { input: "1,5" },
      message:
        'Det beviljade beloppet ”1,5” är inte ett belopp: ange det som decimaltal i en sträng, t.ex. "85000.00".',
    });
    expect(codeOf(passOnPlan(assessed(PARTIES), "-1.00"))).toBe("passOn.invalidGranted");
  });

  it.each([
    [
      "fi",
      'Hakukierroksen 2019-2 lähteet eivät kerro, saako avustuksen hankehallinnoija vai kunnat yhdessä: anna malli (recipientModel: "administrator" tai "joint").',
    ],
    [
      "sv",
      'Källorna för omgången 2019-2 säger inte om understödet går till projektadministratören eller till kommunerna gemensamt: ange modellen (recipientModel: "administrator" eller "joint").',
    ],
    [
      "en",
      'The sources of the 2019-2 call do not say whether the grant goes to the administrator or to the municipalities jointly: give the model (recipientModel: "administrator" or "joint").',
    ],
  ] as const)("in %s, an edition whose model is not known needs the caller's model", (locale, message) => {
    const a = assessed(PARTIES, { edition: "2019-2" });
    expect(passOnPlan(a, "100.00", { locale })).toEqual({
      success: false,
      issues: [{ code: "passOn.recipientModelMissing", params: { edition: "2019-2" }, message }],
    });
    expect(planOf(a, "100.00", { recipientModel: "administrator" }).recipients.source).toBe("option");
  });

  it("options that are not options", () => {
    expect(passOnPlan(assessed(PARTIES), "1.00", { locale: "de" as never })).toEqual({
      success: false,
      issues: [
        {
          code: "passOn.invalidOption",
          params: { option: "locale", expected: '"fi" | "sv" | "en"' },
          message: 'Valinta locale on virheellinen: odotettiin "fi" | "sv" | "en".',
        },
      ],
    });
    const model = passOnPlan(assessed(PARTIES), "1.00", { locale: "en", recipientModel: "both" as never });
    expect(!model.success && model.issues[0]!.message).toBe(
      'The option recipientModel is invalid: expected "administrator" | "joint".',
    );
    expect(codeOf(passOnPlan(assessed(PARTIES), "1.00", 5 as never))).toBe("passOn.invalidOption");
    // An inherited key is never an option.
    const polluted = Object.create({ recipientModel: "joint" });
    expect(passOnPlan(assessed(PARTIES), "1.00", polluted).success && "administrator").toBe("administrator");
  });

  it("anything but a parsed assessment with its parties", () => {
    const good = assessed(PARTIES);
    const broken = [
      null,
      "assessment",
      { ...good, status: "invalid", budget: null },
      { ...good, edition: "2023" },
      { ...good, budget: { ...good.budget, parties: [] } },
      { ...good, budget: { ...good.budget, parties: [{ ...LOHJA, eligibleCosts: "1" }] } },
      { ...good, budget: { ...good.budget, parties: [{ ...LOHJA, role: "lead" }] } },
      // Parties whose eligible costs do not add up to the project's.
      { ...good, budget: { ...good.budget, parties: [LOHJA] } },
      new Proxy(good, {
        get() {
          throw new Error("hostile");
        },
      }),
    ];
    for (const a of broken)
      expect(codeOf(passOnPlan(a as never, "1.00", { locale: "en" }))).toBe("passOn.notAnAssessment");
  });
});

describe("passOnPlan on real assessments (assess with per-party budget lines)", () => {
  it("a line's party bears it; the joint authority's members receive under the joint model", () => {
    const application = application2022((a) => {
      a.applicant = {
        type: "jointAuthority",
        businessId: "0201256-6",
        name: "Länsi-Uudenmaan tietohallintokuntayhtymä",
        onBehalfOf: ["444", "049"],
      };
      a.participants = [{ type: "association", name: "Kuntaliitto", businessId: "0123456-2" }];
      a.budget.lines = [
        { category: "staff", amount: "20000.00" },
        { category: "staff", amount: "40000.00", party: "444" },
        { category: "staff", amount: "30000.00", party: "049" },
        { category: "services", amount: "10000.00", party: "0123456-2", solelyForProject: true },
      ];
      a.budget.requestedGrant = "85000.00";
    });
    const a = assess(application, { at: "2022-04-01T12:00:00+03:00" });
    const administrator = planOf(a, "85000.00");
    expect(administrator.shares.map((s) => [s.name, s.role, s.receipt, s.amount])).toEqual([
      ["Länsi-Uudenmaan tietohallintokuntayhtymä", "applicant", "kept", "17000.00"],
      ["Kuntaliitto", "participant", "passedOn", "8500.00"],
      ["Lohja", "onBehalfOf", "passedOn", "34000.00"],
      ["Espoo", "onBehalfOf", "passedOn", "25500.00"],
    ]);
    const joint = planOf(a, "85000.00", { recipientModel: "joint" });
    expect(joint.shares.map((s) => s.receipt)).toEqual(["passedOn", "passedOn", "received", "received"]);
    expect([joint.kept, joint.passedOn]).toEqual(["59500.00", "25500.00"]);
  });
});

describe("passOnPlan reads the procurement notices of a real assessment (1397/2016 5 § 1 mom. 5 kohta)", () => {
  const application = (services: string) =>
    application2022((a) => {
      a.participants = [
        { type: "municipality", code: "049", name: "Espoo" },
        { type: "company", name: "Data Oy", businessId: "0737546-2" },
      ];
      a.budget.lines = [
        { category: "staff", amount: "40000.00" },
        { category: "services", amount: services, party: "0737546-2", solelyForProject: true },
      ];
    });

  it("a company bearing a 60 000,00 € procurement the grant pays 85 % of becomes a contracting entity", () => {
    const a = assess(application("60000.00"), { at: "2022-04-01T12:00:00+03:00" });
    expect(a.status !== "invalid" && a.notices.map((n) => n.code)).toEqual(["procurement.nationalThreshold"]);
    const plan = planOf(a, "85000.00", { locale: "sv" });
    expect(plan.shares.map((s) => [s.name, s.amount, s.contractingEntity.map((n) => [n.line, n.fromGrant])])).toEqual([
      ["Lohja", "34000.00", []],
      ["Espoo", "0.00", []],
      ["Data Oy", "51000.00", [[1, "51000.00"]]],
    ]);
    // Half the grant pays exactly half of the procurement: no contracting entity then.
    expect(planOf(a, "50000.00").shares[2]!.contractingEntity).toEqual([]);
  });

  it("a procurement under the national threshold gives no notice and no note", () => {
    const a = assess(application("59999.99"), { at: "2022-04-01T12:00:00+03:00" });
    expect(a.status !== "invalid" && a.notices).toEqual([]);
    expect(planOf(a, "50000.00").shares[2]!.contractingEntity).toEqual([]);
  });
});
