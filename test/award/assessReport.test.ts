import { describe, expect, it } from "vitest";
import { LOCALES, REPORT_RULES, assessReport, parseFinalReport } from "../../src/index.js";
import { report2022, terms2022 } from "./reportFixtures.js";

const outcomes = (r: ReturnType<typeof assessReport>) => Object.fromEntries(r.findings.map((f) => [f.rule, f.outcome]));

describe("assessReport", () => {
  it("passes a complete report given in time, one finding per check in a stable order", () => {
    const r = assessReport(terms2022(), report2022(), { locale: "en" });
    expect(r.status).toBe("acceptable");
    expect(r.findings.map((f) => f.rule)).toEqual([...REPORT_RULES]);
    expect(r.findings.every((f) => f.outcome === "pass")).toBe(true);
    expect(r.deadline).toEqual({
      lapsesAfter: "2024-12-30",
      source: "decision",
      citation: "893/2019 9 §; 688/2001 29 § 1 mom.",
    });
    expect(r.lines.map((l) => l.treatment)).toEqual(["accepted", "accepted", "accepted"]);
  });

  it.each([
    [
      "fi",
      "Tilintarkastajan lausunto avustuksen käytöstä puuttuu tai siitä puuttuu tilintarkastaja tai päivämäärä; se on liitettävä selvitykseen.",
    ],
    [
      "sv",
      "En revisors utlåtande om användningen av understödet saknas, eller så saknar det revisor eller datum; det ska fogas till redogörelsen.",
    ],
    [
      "en",
      "The auditor's statement on the use of the grant is missing, or it lacks the auditor or the date; it must be attached to the report.",
    ],
  ] as const)("makes a missing auditor's statement a correctable gap, cited (%s)", (locale, message) => {
    for (const auditorStatement of [
      { present: false },
      { present: true, auditor: " ", date: "2024-11-20" },
      { present: true, auditor: "KPMG Oy Ab" },
      { present: true, date: "2024-11-20" },
    ]) {
      const r = assessReport(terms2022(), report2022({ auditorStatement }), { locale });
      const f = r.findings.find((x) => x.rule === "report.auditorStatement")!;
      expect([r.status, f.outcome, f.citation, f.message]).toEqual(["needsReview", "missing", "893/2019 9 §", message]);
    }
  });

  it.each([
    ["results", "The report lacks the results and impact of the project."],
    ["waysOfWorking", "The report lacks the changed ways of working."],
    ["usability", "The report lacks the usability of the results in other municipalities."],
    ["implementation", "The report lacks the implementation of the project."],
  ] as const)("names a blank %s as missing", (item, message) => {
    const r = assessReport(terms2022(), report2022({ [item]: "  " }), { locale: "en" });
    const f = r.findings.find((x) => x.rule === `report.${item}`)!;
    expect([f.outcome, f.citation, f.message]).toEqual(["missing", "893/2019 9 §", message]);
  });

  it("gives each text in Finnish and Swedish in the decree's words", () => {
    const fi = assessReport(terms2022(), report2022({ usability: "" }), { locale: "fi" });
    const sv = assessReport(terms2022(), report2022({ usability: "" }), { locale: "sv" });
    expect(fi.findings[2]!.message).toBe("Selvityksestä puuttuu tulosten hyödynnettävyys muissa kunnissa.");
    expect(sv.findings[2]!.message).toBe("Redogörelsen saknar hur resultaten kan utnyttjas i andra kommuner.");
  });

  it("needs review for excluded costs and fails when no cost counts", () => {
    const some = report2022({
      costs: [
        { category: "staff", amount: "10.00", date: "2023-01-01" },
        { category: "equipment", amount: "5.00", date: "2023-01-01" },
      ],
    });
    const r = assessReport(terms2022(), some, { locale: "en" });
    const f = r.findings.find((x) => x.rule === "report.costs")!;
    expect([f.outcome, f.values]).toEqual([
      "review",
      { lines: 2, excludedLines: [1], accepted: "10.00", excluded: "5.00" },
    ]);
    const none = assessReport(terms2022(), report2022({ costs: [some.costs![1]!] }), { locale: "en" });
    expect([none.status, outcomes(none)["report.costs"]]).toEqual(["deficient", "fail"]);
    const empty = assessReport(terms2022(), report2022({ costs: [] }), { locale: "en" });
    expect(outcomes(empty)["report.costs"]).toBe("missing");
  });

  it("flags a late report with the lapse date for review, never as a failure", () => {
    const r = assessReport(terms2022(), report2022({ submittedOn: "2024-12-31" }), { locale: "en" });
    const f = r.findings.find((x) => x.rule === "report.deadline")!;
    expect([r.status, f.outcome, f.values]).toEqual([
      "needsReview",
      "review",
      { submittedOn: "2024-12-31", lapsesAfter: "2024-12-30", source: "decision" },
    ]);
    expect(f.message).toBe(
      "The report was given on 31 December 2024, after the deadline of 30 December 2024: the right to payment lapses at the end of that day; the authority decides.",
    );
    const onTheDay = assessReport(terms2022(), report2022({ submittedOn: "2024-12-30" }));
    expect(outcomes(onTheDay)["report.deadline"]).toBe("pass");
  });

  it("counts the deadline from a month end within its month, and from the statute without one", () => {
    const feb = terms2022({ period: { start: "2022-06-15", end: "2024-11-30" }, reportMonths: 3 });
    expect(assessReport(feb, report2022()).deadline?.lapsesAfter).toBe("2025-02-28");
    const none = terms2022({ reportMonths: null });
    expect(assessReport(none, report2022()).deadline).toEqual({
      lapsesAfter: "2024-12-31",
      source: "statute",
      citation: "688/2001 29 § 1 mom.",
    });
  });

  it("reads a draft at `at`, and without either date the deadline is missing", () => {
    const draft = report2022({ submittedOn: null });
    expect(outcomes(assessReport(terms2022(), draft))["report.deadline"]).toBe("missing");
    expect(outcomes(assessReport(terms2022(), draft, { at: "2025-01-02" }))["report.deadline"]).toBe("review");
    expect(outcomes(assessReport(terms2022(), draft, { at: "2024-10-02" }))["report.deadline"]).toBe("pass");
  });

  it("needs review without separate accounting and misses evidence of dissemination", () => {
    const r = assessReport(terms2022(), report2022({ separateAccounting: false, dissemination: [" "] }), {
      locale: "en",
    });
    expect(outcomes(r)).toMatchObject({ "report.separateAccounting": "review", "report.dissemination": "missing" });
    expect(r.findings.find((f) => f.rule === "report.separateAccounting")!.citation).toBe("893/2019 7 § 3 k.");
  });

  it.each(LOCALES)("is invalid with coded issues for a bad report or options, never throwing (%s)", (locale) => {
    const r = assessReport(terms2022(), { costs: "none" } as never, { locale });
    expect([r.status, r.issues.map((i) => [i.code, i.path])]).toEqual([
      "invalid",
      [["application.invalidType", ["report", "costs"]]],
    ]);
    const at = assessReport(terms2022(), report2022(), { locale, at: "2024-02-30" });
    expect([at.status, at.issues[0]!.code, at.issues[0]!.path]).toEqual([
      "invalid",
      "report.invalidOption",
      ["options", "at"],
    ]);
    expect(() => assessReport(null as never, undefined as never, 5 as never)).not.toThrow();
  });
});

describe("parseFinalReport", () => {
  it("fills the defaults and parses its own output to itself", () => {
    const r = parseFinalReport({ costs: [{ category: "staff", amount: 100.5, date: "2023-01-01" }] });
    if (!r.success) throw new Error("no report");
    expect(r.data).toEqual({
      id: null,
      submittedOn: null,
      results: "",
      waysOfWorking: "",
      usability: "",
      implementation: "",
      costs: [{ category: "staff", amount: "100.50", vat: "0.00", date: "2023-01-01", description: "" }],
      income: "0.00",
      otherPublicAid: "0.00",
      auditorStatement: { present: false, auditor: null, date: null },
      separateAccounting: false,
      dissemination: [],
    });
    expect(parseFinalReport(r.data)).toEqual(r);
  });

  it.each([
    ["fi", "Valtionavustusselvityksen pitää olla JSON-olio."],
    ["sv", "Redogörelsen för användningen av statsunderstöd ska vara ett JSON-objekt."],
    ["en", "The final report must be a JSON object."],
  ] as const)("refuses what is not an object (%s)", (locale, message) => {
    const r = parseFinalReport([], { locale });
    expect(!r.success && [r.issues[0]!.code, r.issues[0]!.message]).toEqual(["report.notAnObject", message]);
  });

  it("gives coded issues with paths, bounds its lists, and refuses an unknown locale in Finnish", () => {
    const r = parseFinalReport(
      { submittedOn: "2024-02-30", income: "1.001", costs: [{ category: "cars" }] },
      { locale: "en" },
    );
    expect(!r.success && r.issues.map((i) => [i.code, i.path])).toEqual([
      ["time.impossibleDate", ["submittedOn"]],
      ["application.valueNotAllowed", ["costs", 0, "category"]],
      ["application.required", ["costs", 0, "amount"]],
      ["application.required", ["costs", 0, "date"]],
      ["money.tooManyDecimals", ["income"]],
    ]);
    const many = parseFinalReport({ dissemination: Array.from({ length: 501 }, () => "x") });
    expect(!many.success && many.issues[0]!.code).toBe("application.tooLong");
    const locale = parseFinalReport({}, { locale: "de" as never });
    expect(!locale.success && [locale.issues[0]!.code, locale.issues[0]!.path]).toEqual([
      "report.invalidOption",
      ["options", "locale"],
    ]);
  });
});
