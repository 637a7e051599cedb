import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getEdition } from "../../src/editions/registry.js";
import { helsinkiDate } from "../../src/time/instant.js";
import { judge } from "./fixtures.js";
import { application2022 } from "../helpers/application2022.js";

const submitted = (submittedAt: string | undefined) =>
  application2022((a) => {
    if (submittedAt === undefined) delete a.submittedAt;
    else a.submittedAt = submittedAt;
  });

describe("deadline.submittedInTime (2022 closes 25.4.2022, at an inferred 16.15 EEST)", () => {
  it.each([
    ["weeks before", "2022-04-04T12:55:00+03:00", "pass", "2022-04-04T12:55:00+03:00"],
    ["exactly at closesAt", "2022-04-25T16:15:00+03:00", "pass", "2022-04-25T16:15:00+03:00"],
    ["one second after the assumed time", "2022-04-25T16:15:01+03:00", "review", "2022-04-25T16:15:01+03:00"],
    ["the same instant in UTC", "2022-04-25T13:15:00Z", "pass", "2022-04-25T16:15:00+03:00"],
    ["one second after, in UTC", "2022-04-25T13:15:01Z", "review", "2022-04-25T16:15:01+03:00"],
    ["from another zone, before", "2022-04-25T09:14:59-04:00", "pass", "2022-04-25T16:14:59+03:00"],
    ["the last millisecond of the closing day", "2022-04-25T20:59:59.999Z", "review", "2022-04-25T23:59:59.999+03:00"],
    ["midnight after, in UTC", "2022-04-25T21:00:00Z", "fail", "2022-04-26T00:00:00+03:00"],
    ["the next morning", "2022-04-26T09:03:00+03:00", "fail", "2022-04-26T09:03:00+03:00"],
  ])("%s: %s → %s", (_, at, outcome, helsinki) => {
    const { finding, assessment } = judge(submitted(at), "deadline.submittedInTime");
    expect(finding.outcome).toBe(outcome);
    expect(finding.citation).toBe("893/2019 6 § 1 mom.; https://vm.fi/kuntien-digikannustinavustukset-2022");
    expect(finding.values).toMatchObject({
      submittedAt: helsinki,
      closesAt: "2022-04-25T16:15:00+03:00",
      source: "application",
      closesAtCertainty: "inferred",
    });
    const status: Record<string, string> = { pass: "eligible", review: "needsReview", fail: "ineligible" };
    expect(assessment.status).toBe(status[outcome]);
  });

  it("sends a submission after the assumed time on the closing day to review, saying the time of day is assumed and why", () => {
    const late = submitted("2022-04-25T13:15:01Z");
    const fi = judge(late, "deadline.submittedInTime").finding;
    expect(fi.messageCode).toBe("deadline.submittedInTime.assumedTime");
    expect(fi.message).toBe(
      "Hakemus saapui 25.4.2022 klo 16.15.01, haun viimeisenä päivänä mutta oletetun päättymisajan 25.4.2022 klo 16.15 jälkeen. Päättymisen kellonaikaa ei löytynyt, vaan se on päätelty aiemmista hauista, eikä oletus yksin voi ratkaista asiaa: käsittelijän on tarkistettava, saapuiko hakemus määräajassa. Varmasti myöhässä on vasta seuraavana päivänä saapunut hakemus.",
    );
    expect(judge(late, "deadline.submittedInTime", { locale: "sv" }).finding.message).toBe(
      "Ansökan kom in 25.4.2022 kl. 16.15.01, den sista ansökningsdagen men efter den antagna utgångstiden 25.4.2022 kl. 16.15. Klockslaget för utgången hittades inte utan är härlett ur tidigare ansökningsomgångar, och ett antagande kan inte ensamt avgöra saken: handläggaren ska kontrollera om ansökan kom in i tid. Säkert försenad är först en ansökan som kom in följande dag.",
    );
    expect(judge(late, "deadline.submittedInTime", { locale: "en" }).finding.message).toBe(
      "The application arrived on 25 April 2022 at 16:15:01 Finnish time, on the closing day but after the assumed closing time of 25 April 2022 at 16:15 Finnish time. The time of day was not found but inferred from earlier calls, and an assumption alone cannot decide: a case handler must check whether the application arrived in time. Only an application arriving the next day is certainly late.",
    );
  });

  it("fails from the next day, Helsinki time, whatever the assumed time", () => {
    const late = submitted("2022-04-25T21:00:00Z");
    const { finding } = judge(late, "deadline.submittedInTime", { locale: "en" });
    expect(finding.messageCode).toBe("deadline.submittedInTime.fail");
    expect(finding.message).toBe(
      "The application arrived on 26 April 2022 at 0:00 Finnish time, but the call had closed on 25 April 2022 at 16:15 Finnish time. No one was given more time.",
    );
  });

  it("leaves out the inferred-time caveat when the submission is days before the closing day", () => {
    const { finding } = judge(application2022(), "deadline.submittedInTime");
    expect(finding.message).toBe(
      "Hakemus saapui 25.4.2022 klo 15.30 ja haku päättyi 25.4.2022 klo 16.15. Päättymisen kellonaika on päätelty aiemmista hauista, koska sitä ei löytynyt.",
    );
    const early = judge(submitted("2022-04-04T12:55:00+03:00"), "deadline.submittedInTime").finding;
    expect(early.message).toBe("Hakemus saapui 4.4.2022 klo 12.55 ja haku päättyi 25.4.2022 klo 16.15.");
    expect(early.params).toMatchObject({ inferredTime: false });
  });

  it.each([
    [
      "a morning hour, without its leading zero",
      "2022-04-05T09:03:00+03:00",
      "fi",
      "Hakemus saapui 5.4.2022 klo 9.03 ja",
    ],
    ["midnight, as hour 0", "2022-04-05T00:07:00+03:00", "fi", "Hakemus saapui 5.4.2022 klo 0.07 ja"],
    ["seconds when they are not zero", "2022-04-05T00:07:09+03:00", "sv", "Ansökan kom in 5.4.2022 kl. 0.07.09 och"],
    [
      "seconds, the English way",
      "2022-04-05T10:07:09+03:00",
      "en",
      "The application arrived on 5 April 2022 at 10:07:09 Finnish time, and",
    ],
  ] as const)("writes the time of submission: %s", (_, at, locale, start) => {
    expect(judge(submitted(at), "deadline.submittedInTime", { locale }).finding.message.startsWith(start)).toBe(true);
  });

  it("is missing without submittedAt, and uses options.at when given", () => {
    const none = submitted(undefined);
    const missing = judge(none, "deadline.submittedInTime");
    expect(missing.finding.outcome).toBe("missing");
    expect(missing.assessment.status).toBe("needsReview");
    expect(missing.finding.values).toMatchObject({ submittedAt: null });

    const draft = judge(none, "deadline.submittedInTime", { at: "2022-04-20T10:00:00+03:00" });
    expect(draft.finding.outcome).toBe("pass");
    expect(draft.finding.values).toMatchObject({ submittedAt: "2022-04-20T10:00:00+03:00", source: "options.at" });
    expect(draft.assessment.status).toBe("eligible");

    const tooLate = judge(none, "deadline.submittedInTime", { at: "2022-05-01T10:00:00+03:00", locale: "en" });
    expect(tooLate.finding.outcome).toBe("fail");
    expect(tooLate.finding.message).toMatch(
      /^The application has no submission time; it is assessed as of 1 May 2022 at 10:00 Finnish time, but/,
    );
  });

  it("writes the hour without a leading zero, as Finnish does", () => {
    const { finding } = judge(submitted("2022-04-26T09:03:00+03:00"), "deadline.submittedInTime");
    expect(finding.message).toMatch(
      /^Hakemus saapui 26\.4\.2022 klo 9\.03, mutta haku päättyi jo 25\.4\.2022 klo 16\.15\./,
    );
  });

  it("prefers the application's submittedAt to options.at", () => {
    const { finding } = judge(application2022(), "deadline.submittedInTime", { at: "2030-01-01T00:00:00Z" });
    expect(finding.outcome).toBe("pass");
    expect(finding.values).toMatchObject({ source: "application" });
  });
});

describe("deadline.submittedInTime across editions", () => {
  // Sourced closing times fail a millisecond late; inferred ones only from the next Helsinki day.
  it.each([
    ["2019-1", "2019-09-19T16:15:00.001+03:00", "fail", "sourced"],
    ["2021", "2021-05-04T16:15:00.001+03:00", "fail", "sourced"],
    ["2021", "2021-05-04T23:00:00+03:00", "fail", "sourced"],
    ["2019-2", "2019-12-19T16:15:00.001+02:00", "review", "inferred"],
    ["2019-2", "2019-12-19T23:59:59+02:00", "review", "inferred"],
    ["2019-2", "2019-12-20T00:00:00+02:00", "fail", "inferred"],
    ["2020", "2020-10-05T18:00:00+03:00", "review", "inferred"],
    ["2020", "2020-10-06T00:00:00+03:00", "fail", "inferred"],
    ["2022", "2022-04-25T16:15:00.001+03:00", "review", "inferred"],
  ] as const)("%s, submitted %s: %s (time of day %s)", (edition, at, outcome, certainty) => {
    const input = application2022((a) => {
      a.submittedAt = at;
    });
    const { finding } = judge(input, "deadline.submittedInTime", { edition });
    expect(finding.outcome).toBe(outcome);
    expect(finding.values["closesAtCertainty"]).toBe(certainty);
    expect(finding.messageCode).toBe(
      outcome === "review" ? "deadline.submittedInTime.assumedTime" : "deadline.submittedInTime.fail",
    );
  });

  it("shows the fraction of a second when it decides: 2021 at 16.15.00,001", () => {
    const input = application2022((a) => {
      a.submittedAt = "2021-05-04T13:15:00.001Z";
    });
    const options = { edition: "2021" } as const;
    const fi = judge(input, "deadline.submittedInTime", options).finding;
    expect(fi.values["submittedAt"]).toBe("2021-05-04T16:15:00.001+03:00");
    expect(fi.message).toBe(
      "Hakemus saapui 4.5.2021 klo 16.15.00,001, mutta haku päättyi jo 4.5.2021 klo 16.15. Määräaikaa ei pidennetty kenellekään.",
    );
    expect(judge(input, "deadline.submittedInTime", { ...options, locale: "sv" }).finding.message).toBe(
      "Ansökan kom in 4.5.2021 kl. 16.15.00,001, men ansökningstiden gick ut redan 4.5.2021 kl. 16.15. Tidsfristen förlängdes inte för någon.",
    );
    expect(judge(input, "deadline.submittedInTime", { ...options, locale: "en" }).finding.message).toBe(
      "The application arrived on 4 May 2021 at 16:15:00.001 Finnish time, but the call had closed on 4 May 2021 at 16:15 Finnish time. No one was given more time.",
    );
  });

  it("compares in winter time for 2019-2 (19.12.2019, EET)", () => {
    const edition = "2019-2";
    const closes = judge(application2022(), "deadline.submittedInTime", { edition }).finding.values[
      "closesAt"
    ] as string;
    expect(closes).toMatch(/^2019-12-19T\d{2}:\d{2}:00\+02:00$/);
    const [hh, mm] = [Number(closes.slice(11, 13)), Number(closes.slice(14, 16))];
    const utc = `2019-12-19T${String(hh - 2).padStart(2, "0")}:${String(mm).padStart(2, "0")}:00Z`;
    expect(judge(submitted(utc), "deadline.submittedInTime", { edition }).finding.outcome).toBe("pass");
    const later = `2019-12-19T${String(hh - 2).padStart(2, "0")}:${String(mm).padStart(2, "0")}:01Z`;
    // The time of day of 2019-2 is inferred: later on the closing day is review, not fail.
    expect(judge(submitted(later), "deadline.submittedInTime", { edition }).finding.outcome).toBe("review");
  });

  it("a 2022 submission is late for the 2021 call (closed 4.5.2021)", () => {
    const { finding } = judge(application2022(), "deadline.submittedInTime", { edition: "2021" });
    expect(finding.outcome).toBe("fail");
    expect(finding.values["closesAt"]).toBe("2021-05-04T16:15:00+03:00");
  });
});

describe("deadline.submittedInTime, for any instant around the closing day", () => {
  const HOUR = 3_600_000;
  // Every edition: the outcome follows the sourced closing instant, or the Helsinki day where the time is inferred.
  it.each(["2019-1", "2019-2", "2020", "2021", "2022"] as const)("%s", (edition) => {
    const node = getEdition(edition).window.closesAt;
    const closes = Date.parse(node.value);
    const closingDay = node.value.slice(0, 10);
    fc.assert(
      fc.property(fc.integer({ min: closes - 48 * HOUR, max: closes + 72 * HOUR }), (ms) => {
        const input = application2022((a) => {
          a.submittedAt = new Date(ms).toISOString();
        });
        const { finding } = judge(input, "deadline.submittedInTime", { edition });
        const day = helsinkiDate(ms);
        const expected =
          ms <= closes ? "pass" : node.certainty === "inferred" && day === closingDay ? "review" : "fail";
        expect(finding.outcome).toBe(expected);
      }),
      { numRuns: 60 },
    );
  });
});
