// The parts of a grant decision record that 688/2001 11 § and 34 § add beyond the amounts: the
// reduction of a grant below the request and why (893/2019 4 §, 688/2001 11 §), the report deadline
// the decision must state (893/2019 9 §; the caller's figure, no record without it), the decision
// date and the deciding official, the start of the period of use, and the rectification
// instructions under the wording of 688/2001 34 § in force on the decision date (952/2015 until
// 15.6.2022, 430/2022 from 16.6.2022). Each case is a table row: input, outcome, citation.
import { describe, expect, it } from "vitest";
import type { Allocation } from "../../src/allocate/types.js";
import { decisionRecord } from "../../src/decision/decision.js";
import { renderDecision } from "../../src/decision/renderDecision.js";
import { getEdition } from "../../src/editions/registry.js";
import { application2022 } from "../helpers/application2022.js";

const MONTHS = { reportingMonths: 2 };

/** A granted allocation with its own request, maximum, grantable amount and grant. */
const granted = (amounts: { requested: string; maxGrant: string; grantable: string; amount: string }): Allocation => ({
  id: "R",
  status: "granted",
  amount: amounts.amount,
  rank: 1,
  score: "4.0000",
  assessmentStatus: "eligible",
  requestedGrant: amounts.requested,
  maxGrant: amounts.maxGrant,
  eligibleCosts: "100000.00",
  grantable: amounts.grantable,
  excludedReviewers: [],
  reasons: [],
});

const candidate = { id: "R", application: application2022() };

function record(allocation: Allocation, options: Parameters<typeof decisionRecord>[3] = MONTHS, ed = "2022") {
  const r = decisionRecord(allocation, candidate, ed as never, options);
  if (!r.success) throw new Error(JSON.stringify(r.issues));
  return r.data;
}

describe("decisionRecord: a grant below the request says how much and why (893/2019 4 §; 688/2001 11 §)", () => {
  it.each([
    [
      "the request in full",
      { requested: "80000.00", maxGrant: "85000.00", grantable: "80000.00", amount: "80000.00" },
      null,
    ],
    [
      "over the maximum",
      { requested: "90000.00", maxGrant: "85000.00", grantable: "85000.00", amount: "85000.00" },
      ["maximum"],
    ],
    [
      "rounded to whole euros",
      { requested: "80000.50", maxGrant: "85000.00", grantable: "80000.00", amount: "80000.00" },
      ["unit"],
    ],
    [
      "cut by the appropriation",
      { requested: "80000.00", maxGrant: "85000.00", grantable: "80000.00", amount: "1000.00" },
      ["appropriation"],
    ],
    [
      "all three",
      { requested: "90000.00", maxGrant: "84999.99", grantable: "84999.00", amount: "500.00" },
      ["maximum", "unit", "appropriation"],
    ],
  ] as const)("%s", (_, amounts, reasons) => {
    const d = record(granted(amounts));
    if (reasons === null) return expect(d.reduction).toBeNull();
    expect(d.reduction).toEqual({
      requested: amounts.requested,
      granted: amounts.amount,
      maxGrant: amounts.maxGrant,
      grantable: amounts.grantable,
      reasons,
      citation: "893/2019 4 §; 688/2001 11 §",
    });
  });

  it("an allocation without its request or maximum states no reduction", () => {
    const a = { ...granted({ requested: "1.00", maxGrant: "1.00", grantable: "1.00", amount: "1.00" }) };
    expect(record({ ...a, requestedGrant: null }).reduction).toBeNull();
    expect(record({ ...a, maxGrant: null }).reduction).toBeNull();
    expect(record({ ...a, grantable: null }).reduction).toBeNull();
  });

  it.each([
    [
      "fi",
      "Haettu avustus oli 90\u00a0000,00\u00a0€; avustusta myönnetään 85\u00a0000,00\u00a0€.",
      "Avustus on rajattu enimmäismäärään 85\u00a0000,00\u00a0€, joka on 85\u00a0% hankkeen hyväksyttävistä kustannuksista (100\u00a0000,00\u00a0€); ministeriö päättää myönnettävän määrän. (893/2019 4 §; 688/2001 11 §)",
    ],
    [
      "sv",
      "Det sökta understödet var 90\u00a0000,00\u00a0€; understöd beviljas till ett belopp av 85\u00a0000,00\u00a0€.",
      "Understödet har begränsats till maximibeloppet 85\u00a0000,00\u00a0€, som är 85\u00a0% av projektets godtagbara kostnader (100\u00a0000,00\u00a0€); ministeriet beslutar om det belopp som beviljas. (893/2019 4 §; 688/2001 11 §)",
    ],
    [
      "en",
      "The grant requested was €90,000.00; €85,000.00 is granted.",
      "The grant is reduced to the maximum of €85,000.00, which is 85% of the project's eligible costs (€100,000.00); the ministry decides the amount granted. (893/2019 4 §; 688/2001 11 §)",
    ],
  ] as const)("in %s the text says the request, the grant and the maximum", (locale, reduced, why) => {
    const d = record(
      granted({ requested: "90000.00", maxGrant: "85000.00", grantable: "85000.00", amount: "85000.00" }),
    );
    const text = renderDecision(d, locale).split("\n");
    expect(text).toContain(reduced);
    expect(text).toContain(why);
  });
});

describe("decisionRecord: the report deadline the decision must state (893/2019 9 §)", () => {
  const a = granted({ requested: "1.00", maxGrant: "1.00", grantable: "1.00", amount: "1.00" });
  const issues = (options: unknown) => {
    const r = decisionRecord(a, candidate, "2022", options as never);
    return r.success ? [] : r.issues.map((i) => [i.code, i.params, i.message]);
  };

  it("is refused without it, as a coded issue, not a throw", () => {
    expect(issues({ locale: "en" })).toEqual([
      [
        "decision.reportingDeadlineMissing",
        { id: "R" },
        "The decision for application R needs the report deadline in months from the end of the project (reportingMonths): 893/2019 9 § has the decision set it, and the ministry's figure was not found.",
      ],
    ]);
    expect(issues(undefined).map(([code]) => code)).toEqual(["decision.reportingDeadlineMissing"]);
  });

  it.each([0, -1, 1.5, Number.NaN, "2"])("is refused for %j months", (months) => {
    expect(issues({ reportingMonths: months }).map(([code, params]) => [code, params])).toEqual([
      ["decision.invalidReportingDeadline", { input: String(months) }],
    ]);
  });

  it.each([
    [
      "fi",
      "Selvitys on annettava valtiovarainministeriölle 3 kuukauden kuluessa hankkeen päättymisestä. (893/2019 9 §)",
    ],
    [
      "sv",
      "Redogörelsen ska lämnas till finansministeriet inom 3 månader från det att projektet avslutades. (893/2019 9 §)",
    ],
    [
      "en",
      "The report must be filed with the Ministry of Finance within 3 months of the end of the project. (893/2019 9 §)",
    ],
  ] as const)("states it in %s", (locale, line) => {
    const d = record(a, { reportingMonths: 3 });
    expect(d.reporting.deadlineMonths).toBe(3);
    expect(renderDecision(d, locale).split("\n")).toContain(line);
  });
});

describe("decisionRecord: the decision date, the official and the period of use", () => {
  const a = granted({ requested: "1.00", maxGrant: "1.00", grantable: "1.00", amount: "1.00" });

  it("the date defaults to the edition's; the caller may give it, and the official, trimmed", () => {
    expect(record(a).decided).toEqual({ on: "2022-06-15", source: "edition", certainty: "sourced", by: null });
    expect(record(a, { ...MONTHS, decidedOn: "2022-06-20", decidedBy: "  Maija Meikäläinen " }).decided).toEqual({
      on: "2022-06-20",
      source: "option",
      certainty: "sourced",
      by: "Maija Meikäläinen",
    });
    expect(record(a, { ...MONTHS, decidedBy: " " }).decided.by).toBeNull();
    // 2019-2: the one decision seen is dated 12.5.2020; the others' date is an assumption.
    const app2019 = { id: "R", application: application2022((x) => (x.edition = "2019-2")) };
    const d2019 = decisionRecord(a, app2019, "2019-2", { ...MONTHS, recipientModel: "joint" });
    expect(d2019.success && [d2019.data.decided.on, d2019.data.decided.certainty]).toEqual(["2020-05-12", "inferred"]);
  });

  it("a date that is not one, or an edition without a known date and none given, is a coded issue", () => {
    const bad = decisionRecord(a, candidate, "2022", { ...MONTHS, decidedOn: "2022-02-30", locale: "en" });
    expect(!bad.success && [bad.issues[0]!.code, bad.issues[0]!.message]).toEqual([
      "decision.invalidDecisionDate",
      'The decision date "2022-02-30" is not a date of the form YYYY-MM-DD.',
    ]);
    const undated = {
      ...getEdition("2022"),
      decidedOn: { value: null, citation: "x", certainty: "notFound" as const, note: { fi: "x", sv: "x", en: "x" } },
    };
    const none = decisionRecord(a, candidate, undated, MONTHS);
    expect(!none.success && [none.issues[0]!.code, none.issues[0]!.params]).toEqual([
      "decision.noDecisionDate",
      { edition: "2022" },
    ]);
  });

  it("the period of use starts at the project's start in the application, else on the decision date", () => {
    expect([record(a).periodOfUse.from, record(a).periodOfUse.fromSource]).toEqual(["2022-08-01", "application"]);
    const noStart = { id: "R", application: application2022((x) => delete x.project.start) };
    const r = decisionRecord(a, noStart, "2022", MONTHS);
    expect(r.success && [r.data.periodOfUse.from, r.data.periodOfUse.fromSource]).toEqual([
      "2022-06-15",
      "decisionDate",
    ]);
  });

  it.each([
    ["fi", "Valtiovarainministeriö, 15.6.2022.", "Ratkaisija: Maija Meikäläinen"],
    ["sv", "Finansministeriet, 15.6.2022.", "Avgörare: Maija Meikäläinen"],
    ["en", "Ministry of Finance, 15 June 2022.", "Decided by: Maija Meikäläinen"],
  ] as const)("the text names the date and the official in %s", (locale, on, by) => {
    const text = renderDecision(record(a, { ...MONTHS, decidedBy: "Maija Meikäläinen" }), locale).split("\n");
    expect(text).toContain(on);
    expect(text).toContain(by);
  });
});

describe("decisionRecord: the rectification instructions follow 688/2001 34 § as worded on the decision date", () => {
  const a = granted({ requested: "1.00", maxGrant: "1.00", grantable: "1.00", amount: "1.00" });
  it.each([
    // 2019-1, 2020 and 2021 were decided long before 430/2022: the 952/2015 wording, sourced.
    ["2019-11-21", "952/2015", "sourced", "430/2022"],
    ["2021-06-23", "952/2015", "sourced", "430/2022"],
    ["2022-06-08", "952/2015", "sourced", "430/2022"],
    // Within the seven days a letter takes to count as received (hallintolaki 59 § 2 mom.): inferred.
    ["2022-06-09", "952/2015", "inferred", "430/2022"],
    ["2022-06-15", "952/2015", "inferred", "430/2022"],
    ["2022-06-16", "430/2022", "sourced", null],
    ["2023-01-02", "430/2022", "sourced", null],
  ] as const)("decided on %s: %s, %s", (decidedOn, wording, certainty, next) => {
    const r = record(a, { ...MONTHS, decidedOn }).rectification;
    expect([r.wording, r.certainty, r.next?.wording ?? null, r.days]).toEqual([wording, certainty, next, 30]);
    expect(r.citation).toBe(`688/2001 34 § 1 mom. (${wording}); hallintolaki 434/2003 49 c §`);
    expect(r.appealCitation).toBe(`688/2001 34 § 2 mom. (${wording})`);
  });

  it("the 2022 decision of 15.6.2022 says that the former wording is inferred, in fi and sv", () => {
    const d = record(a);
    expect(renderDecision(d, "fi")).toContain(
      "*Päätöksen päivämäärä on 15.6.2022. Valtionavustuslain 34 § oli voimassa lain 952/2015 mukaisena, ja lain 430/2022 mukainen sanamuoto tuli voimaan 16.6.2022.",
    );
    expect(renderDecision(d, "sv")).toContain(
      "*Beslutet är daterat 15.6.2022. 34 § i statsunderstödslagen gällde i den lydelse den fått genom lag 952/2015, och lydelsen enligt lag 430/2022 trädde i kraft 16.6.2022.",
    );
    expect(renderDecision(record(a, { ...MONTHS, decidedOn: "2021-06-23" }), "fi")).not.toContain(
      "Valtionavustuslain 34 § oli voimassa",
    );
  });
});
