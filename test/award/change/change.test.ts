import { describe, expect, it } from "vitest";
import { assessChange } from "../../../src/award/change.js";
import type { ChangeApplicationInput } from "../../../src/award/changeSchema.js";
import { APPROPRIATION_USE } from "../../../src/editions/appropriationUse.js";
import { editionIds } from "../../../src/editions/registry.js";
import type { Locale } from "../../../src/vocabulary/locale.js";
import { application2022 } from "../../helpers/application2022.js";
import { terms2022 } from "../fixtures.js";

// The standard terms: Lohja's 2022 grant of 102 000,00 € on 120 000,01 € of staff costs, in use
// 1.8.2022–30.9.2024; Espoo, the joint authority and two partners take part with no costs of their own.
const terms = terms2022();
const at = "2024-06-03";
const LOCALES: readonly Locale[] = ["fi", "sv", "en"];

const finding = (change: ChangeApplicationInput, rule: string, locale: Locale = "en", when = at) => {
  const r = assessChange(terms, change, { at: when, locale });
  const f = r.parts.flatMap((p) => p.findings).find((x) => x.rule === rule);
  if (!f) throw new Error(`${rule}: ${JSON.stringify(r)}`);
  return f;
};

describe("the appropriation's last year of use (siirtomääräraha 3 v)", () => {
  it("is the budget year + 2 for every edition, cited with 423/1988 and the budget", () => {
    expect(Object.keys(APPROPRIATION_USE).sort()).toEqual([...editionIds].sort());
    expect(Object.fromEntries(editionIds.map((id) => [id, APPROPRIATION_USE[id].value.lastYear]))).toEqual({
      "2019-1": 2021,
      "2019-2": 2021,
      "2020": 2022,
      "2021": 2023,
      "2022": 2024,
    });
    for (const id of editionIds) {
      const use = APPROPRIATION_USE[id];
      expect(use.value.lastYear - use.value.budgetYear).toBe(2);
      expect(use.citation).toMatch(/^423\/1988 7 § 2 mom\.; https:\/\/budjetti\.vm\.fi\//);
    }
  });

  it("is sourced for 2019 and 2021 and inferred for 2020 and 2022", () => {
    const certainty = Object.fromEntries(editionIds.map((id) => [id, APPROPRIATION_USE[id].certainty]));
    expect(certainty).toEqual({
      "2019-1": "sourced",
      "2019-2": "sourced",
      "2020": "inferred",
      "2021": "sourced",
      "2022": "inferred",
    });
  });
});

describe("assessChange: extension of the period of use", () => {
  const cases: [string, string, string, string, Record<Locale, string>][] = [
    [
      "a later end within 2024 passes",
      "2024-12-31",
      "change.extension.later",
      "pass",
      {
        fi: "Käyttöaikaa jatketaan 30.9.2024 alkaen 31.12.2024 asti.",
        sv: "Användningstiden förlängs från 30.9.2024 till 31.12.2024.",
        en: "The period of use is extended from 30 September 2024 to 31 December 2024.",
      },
    ],
    [
      "the current end itself fails",
      "2024-09-30",
      "change.extension.later",
      "fail",
      {
        fi: "Haettu uusi päättymispäivä 30.9.2024 ei ole nykyisen käyttöajan päättymisen (30.9.2024) jälkeen.",
        sv: "Det sökta nya slutdatumet 30.9.2024 infaller inte efter att den nuvarande användningstiden slutar (30.9.2024).",
        en: "The new end asked for, 30 September 2024, is not after the current end of the period of use (30 September 2024).",
      },
    ],
    [
      "31.12.2024 is the last day of the 2022 appropriation",
      "2024-12-31",
      "change.extension.appropriation",
      "pass",
      {
        fi: "Uusi päättymispäivä 31.12.2024 on vuonna 2024 tai ennen; vuoden 2022 siirtomääräraha (3 v) on silloin vielä käytettävissä.",
        sv: "Det nya slutdatumet 31.12.2024 infaller senast år 2024; reservationsanslaget (3 år) för 2022 kan då ännu användas.",
        en: "The new end 31 December 2024 is in 2024 or before; the 2022 transferable appropriation (3 v) can still be used then.",
      },
    ],
    [
      "1.1.2025 is past it: review",
      "2025-01-01",
      "change.extension.appropriation",
      "review",
      {
        fi: "Uusi päättymispäivä 1.1.2025 on vuoden 2024 jälkeen; vuoden 2022 siirtomäärärahaa (3 v) voidaan käyttää vain vuoden 2024 loppuun. Ministeriö harkitsee, miten jatko rahoitetaan.",
        sv: "Det nya slutdatumet 1.1.2025 infaller efter år 2024; reservationsanslaget (3 år) för 2022 kan användas endast till utgången av 2024. Ministeriet prövar hur förlängningen finansieras.",
        en: "The new end 1 January 2025 is after 2024; the 2022 transferable appropriation (3 v) can be used only until the end of 2024. The ministry judges how the extension is financed.",
      },
    ],
  ];
  it.each(cases)("%s", (_, end, rule, outcome, messages) => {
    for (const locale of LOCALES) {
      const f = finding({ extension: { end } }, rule, locale);
      expect(f.outcome).toBe(outcome);
      expect(f.message).toBe(messages[locale]);
    }
    const f = finding({ extension: { end } }, rule);
    expect(f.citation).toBe(
      rule === "change.extension.later" ? "688/2001 11 § 3 mom. 4 k.; 14 §" : APPROPRIATION_USE["2022"].citation,
    );
  });

  it("flags an extension asked after the period ended, read on the Helsinki day of an instant", () => {
    // 30.9.2024 23:30 in Helsinki is still the last day of use; 1.10.2024 00:30 is not.
    const on = (when: string) =>
      assessChange(terms, { extension: { end: "2024-12-31" } }, { at: when }).parts[0]!.findings.map((f) => f.rule);
    expect(on("2024-09-30T23:30:00+03:00")).not.toContain("change.extension.notified");
    const late = finding(
      { extension: { end: "2024-12-31" } },
      "change.extension.notified",
      "sv",
      "2024-09-30T21:30:00Z",
    );
    expect(late.outcome).toBe("review");
    expect(late.citation).toBe("688/2001 14 §");
    expect(late.message).toBe(
      "Förlängningen söks 1.10.2024, efter att användningstiden slutat 30.9.2024; en ändring ska anmälas utan dröjsmål.",
    );
  });

  it("amends only the end; a rejected extension leaves the terms as they were", () => {
    const ok = assessChange(terms, { extension: { end: "2024-12-31" } }, { at });
    expect(ok.status).toBe("approvable");
    expect(ok.terms).toEqual({ ...terms, period: { start: "2022-08-01", end: "2024-12-31" } });
    expect(ok.differences).toEqual([{ path: "period.end", before: "2024-09-30", after: "2024-12-31" }]);
    const no = assessChange(terms, { extension: { end: "2024-01-31" } }, { at });
    expect(no.status).toBe("rejected");
    expect(no.terms).toEqual(terms);
    expect(no.differences).toEqual([]);
  });
});

describe("assessChange: budget reallocation", () => {
  const lines = (services: string) => [
    { category: "staff" as const, amount: "100000.01" },
    { category: "services" as const, party: "049", amount: services },
  ];
  it.each([
    ["the same total passes", "20000.00", "pass", "The budget total of €120,000.01 is unchanged."],
    [
      "a larger total fails",
      "20000.01",
      "fail",
      "The new budget total of €120,000.02 differs from the decision's eligible costs of €120,000.01.",
    ],
    [
      "a smaller total fails",
      "19999.99",
      "fail",
      "The new budget total of €120,000.00 differs from the decision's eligible costs of €120,000.01.",
    ],
  ])("%s", (_, services, outcome, message) => {
    const f = finding(
      { reallocation: { lines: [...lines("0.00").slice(0, 1), ...lines(services).slice(1)] } },
      "change.reallocation.total",
    );
    expect(f.outcome).toBe(outcome);
    expect(f.citation).toBe("688/2001 11 § 3 mom. 1 k.; 14 §");
    expect(f.message).toBe(message);
  });

  it("fails a category the terms do not count, in fi, sv and en (893/2019 5 §)", () => {
    const change = {
      reallocation: {
        lines: [
          { category: "staff" as const, amount: "100000.01" },
          { category: "equipment" as const, amount: "20000.00" },
        ],
      },
    };
    const messages = {
      fi: "Kustannuslajit, joita päätös ei hyväksy: laitteistot.",
      sv: "Kostnadsslag som beslutet inte godtar: utrustning.",
      en: "Cost categories the decision does not count: equipment.",
    };
    for (const locale of LOCALES) {
      const f = finding(change, "change.reallocation.categories", locale);
      expect([f.outcome, f.citation]).toEqual(["fail", "893/2019 5 §; 688/2001 11 § 3 mom. 1 k."]);
      expect(f.message).toBe(messages[locale]);
    }
  });

  it("fails a party the terms do not name, in fi, sv and en", () => {
    const change = {
      reallocation: {
        lines: [
          { category: "staff" as const, amount: "100000.01" },
          { category: "staff" as const, party: "091", amount: "20000.00" },
        ],
      },
    };
    const messages = {
      fi: "Tahot, joita päätöksessä ei ole: 091.",
      sv: "Aktörer som inte finns i beslutet: 091.",
      en: "Parties the decision does not name: 091.",
    };
    for (const locale of LOCALES) {
      const f = finding(change, "change.reallocation.parties", locale);
      expect([f.outcome, f.citation]).toEqual(["fail", "893/2019 3 §; 688/2001 7 § 3 mom."]);
      expect(f.message).toBe(messages[locale]);
    }
  });

  it("moves costs and the shares of the maximum between parties, the grant unchanged", () => {
    const r = assessChange(terms, { reallocation: { lines: lines("20000.00") } }, { at, locale: "en" });
    expect(r.status).toBe("approvable");
    expect(r.terms?.maximum).toBe("102000.00");
    expect(r.terms?.recipients.parties.slice(0, 2).map((p) => [p.key, p.eligibleCosts, p.share])).toEqual([
      ["444", "100000.01", "85000.00"],
      ["049", "20000.00", "17000.00"],
    ]);
    expect(r.differences.map((d) => d.path)).toEqual([
      "recipients.parties.444.eligibleCosts",
      "recipients.parties.444.share",
      "recipients.parties.049.eligibleCosts",
      "recipients.parties.049.share",
    ]);
    const grant = r.parts[0]!.findings.find((f) => f.rule === "change.reallocation.grant")!;
    expect(grant.message).toBe("The maximum grant of €102,000.00 is unchanged.");
  });

  it("never raises the grant above the share of the new costs: a lower total lowers it, for review", () => {
    // 85 % of 100 000,01 € rounded down to the cent is 85 000,00 €, below the decided 102 000,00 €.
    const r = assessChange(terms, { reallocation: { lines: lines("0.00") } }, { at, locale: "fi" });
    const grant = r.parts[0]!.findings.find((f) => f.rule === "change.reallocation.grant")!;
    expect([grant.outcome, grant.citation]).toEqual(["review", "893/2019 4 §; 688/2001 11 § 3 mom. 2 k."]);
    expect(grant.values).toEqual({ maximum: "102000.00", amended: "85000.00" });
    expect(grant.message).toBe(
      "Uusien kustannusten osuutena avustus olisi enintään 85\u00a0000,00\u00a0€, vähemmän kuin päätetty 102\u00a0000,00\u00a0€.",
    );
    // The total changed, so the part is rejected and the terms stay.
    expect(r.parts[0]!.proposal).toBe("reject");
    expect(r.terms).toEqual(terms);
  });
});

describe("assessChange: content and consortium changes run the edition's own rules", () => {
  it("a content change reports the focus-area and exclusion findings as assess gives them", () => {
    const r = assessChange(terms, { content: { application: application2022() } }, { at });
    expect(r.parts[0]!.findings.map((f) => f.rule)).toEqual([
      "focusArea.oneOfEdition",
      "exclusion.socialAndHealthCare",
      "exclusion.digitisationOnly",
      "exclusion.employerSanctions",
    ]);
    expect(r.status).toBe("approvable");
  });

  it("a consortium change runs the applicant and consortium rules with the 2022 register", () => {
    const r = assessChange(terms, { consortium: { application: application2022() } }, { at, locale: "sv" });
    const rules = r.parts[0]!.findings.map((f) => f.rule);
    expect(rules).toEqual([
      "applicant.type",
      "applicant.municipalityExists",
      "consortium.minMunicipalities",
      "consortium.members",
      "consortium.partners",
    ]);
    expect(r.parts[0]!.findings[2]!.values["registerYear"]).toBe(2022);
  });

  it("a joint authority alone with one municipality fails the 2022 minimum of two", () => {
    const app = application2022((a) => {
      a.participants = a.participants.filter((p) => (p as { type: string }).type !== "municipality");
    });
    const r = assessChange(terms, { consortium: { application: app } }, { at });
    const min = r.parts[0]!.findings.find((f) => f.rule === "consortium.minMunicipalities")!;
    expect(min.outcome).not.toBe("pass");
  });
});

describe("assessChange: inputs it cannot read", () => {
  it.each([
    ["not an object", "x", "change.notAnObject", []],
    ["no part", {}, "change.noParts", []],
    ["an unknown part", { rename: {} }, "application.invalid", []],
    ["a bad date", { extension: { end: "2024-02-30" } }, "time.impossibleDate", ["extension", "end"]],
  ])("%s gives invalid with %s", (_, change, code, path) => {
    const r = assessChange(terms, change as never, { at });
    expect(r.status).toBe("invalid");
    expect(r.terms).toBeNull();
    expect(r.issues[0]?.code).toBe(code);
    if ((path as string[]).length) expect(r.issues[0]?.path).toEqual(path);
  });

  it("gives the changed application's own issues under the part's path", () => {
    const app = application2022((a) => {
      a.project.focusArea = "nothing" as never;
    });
    const r = assessChange(terms, { content: { application: app } }, { at, locale: "en" });
    expect(r.status).toBe("invalid");
    expect(r.issues[0]?.path).toEqual(["content", "application", "project", "focusArea"]);
    expect(r.issues[0]?.code).toBe("application.valueNotAllowed");
  });

  it("checks the options and the terms", () => {
    expect(assessChange(terms, { extension: { end: "2024-12-31" } }, { at: "soon" }).issues[0]?.path).toEqual([
      "options",
      "at",
    ]);
    expect(
      assessChange(terms, { extension: { end: "2024-12-31" } }, { at, locale: "de" as never }).issues[0]?.code,
    ).toBe("change.invalidOption");
    expect(assessChange({ ...terms, rate: "0.90" }, { extension: { end: "2024-12-31" } }, { at }).issues[0]?.code).toBe(
      "terms.rateAboveMaximum",
    );
    const amended = assessChange(terms, { extension: { end: "9999-12-31" } }, { at });
    expect(amended.status).toBe("invalid");
    expect(amended.issues[0]?.path).toEqual(["period", "end"]);
  });

  it("never throws on a throwing getter and never mutates its inputs", () => {
    const hostile = {
      get extension(): never {
        throw new Error("boom");
      },
    };
    expect(assessChange(terms, hostile as never, { at }).status).toBe("invalid");
    const change = { extension: { end: "2024-12-31" } };
    const frozen = structuredClone(terms);
    assessChange(terms, change, { at });
    expect(terms).toEqual(frozen);
    expect(change).toEqual({ extension: { end: "2024-12-31" } });
  });
});
