import { describe, expect, it } from "vitest";
import { judge } from "./fixtures.js";
import { application2022 } from "../helpers/application2022.js";

const submitted = (submittedAt: string | undefined) =>
  application2022((a) => {
    if (submittedAt === undefined) delete a.submittedAt;
    else a.submittedAt = submittedAt;
  });

describe("deadline.submittedInTime (2022 closes 25.4.2022 16.15 EEST)", () => {
  it.each([
    ["weeks before", "2022-04-04T12:55:00+03:00", "pass", "2022-04-04T12:55:00+03:00"],
    ["exactly at closesAt", "2022-04-25T16:15:00+03:00", "pass", "2022-04-25T16:15:00+03:00"],
    ["one second after", "2022-04-25T16:15:01+03:00", "fail", "2022-04-25T16:15:01+03:00"],
    ["the same instant in UTC", "2022-04-25T13:15:00Z", "pass", "2022-04-25T16:15:00+03:00"],
    ["one second after, in UTC", "2022-04-25T13:15:01Z", "fail", "2022-04-25T16:15:01+03:00"],
    ["from another zone, before", "2022-04-25T09:14:59-04:00", "pass", "2022-04-25T16:14:59+03:00"],
    ["the next morning", "2022-04-26T09:03:00+03:00", "fail", "2022-04-26T09:03:00+03:00"],
  ])("%s: %s → %s", (_, at, outcome, helsinki) => {
    const { finding, assessment } = judge(submitted(at), "deadline.submittedInTime");
    expect(finding.outcome).toBe(outcome);
    expect(finding.citation).toBe("893/2019 6 § 1 mom.; https://vm.fi/kuntien-digikannustinavustukset-2022");
    expect(finding.values).toMatchObject({
      submittedAt: helsinki,
      closesAt: "2022-04-25T16:15:00+03:00",
      source: "application",
    });
    expect(assessment.status).toBe(outcome === "pass" ? "eligible" : "ineligible");
  });

  it("shows both times in Finnish time, to the second when it matters, and that the time of day is inferred", () => {
    const late = submitted("2022-04-25T13:15:01Z");
    expect(judge(late, "deadline.submittedInTime").finding.message).toBe(
      "Hakemus saapui 25.4.2022 klo 16.15.01, mutta haku päättyi jo 25.4.2022 klo 16.15. Määräaikaa ei pidennetty kenellekään. Päättymisen kellonaika on päätelty aiemmista hauista, koska sitä ei löytynyt.",
    );
    expect(judge(late, "deadline.submittedInTime", { locale: "sv" }).finding.message).toBe(
      "Ansökan kom in 25.4.2022 kl. 16.15.01, men ansökningstiden gick ut redan 25.4.2022 kl. 16.15. Tidsfristen förlängdes inte för någon. Klockslaget för utgången är härlett ur tidigare ansökningsomgångar, eftersom det inte hittades.",
    );
    expect(judge(late, "deadline.submittedInTime", { locale: "en" }).finding.message).toBe(
      "The application arrived on 25 April 2022 at 16:15:01 Finnish time, but the call had closed on 25 April 2022 at 16:15 Finnish time. No one was given more time. The closing time of day is inferred from earlier calls, as it was not found.",
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
    expect(judge(submitted(later), "deadline.submittedInTime", { edition }).finding.outcome).toBe("fail");
  });

  it("a 2022 submission is late for the 2021 call (closed 4.5.2021)", () => {
    const { finding } = judge(application2022(), "deadline.submittedInTime", { edition: "2021" });
    expect(finding.outcome).toBe("fail");
    expect(finding.values["closesAt"]).toBe("2021-05-04T16:15:00+03:00");
  });
});
