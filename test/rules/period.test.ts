import { describe, expect, it } from "vitest";
import { judge } from "./fixtures.js";
import { application2022 } from "../helpers/application2022.js";

const period = (start: string | undefined, end: string | undefined) =>
  application2022((a) => {
    if (start === undefined) delete a.project.start;
    else a.project.start = start;
    if (end === undefined) delete a.project.end;
    else a.project.end = end;
  });

describe("period.startBeforeEnd", () => {
  it.each([
    ["2022-08-01", "2024-09-30", "pass"],
    ["2024-09-30", "2024-09-30", "pass"],
    ["2024-10-01", "2024-09-30", "fail"],
    [undefined, "2024-09-30", "missing"],
    ["2022-08-01", undefined, "missing"],
    [undefined, undefined, "missing"],
  ] as const)("%s – %s: %s", (start, end, outcome) => {
    const { finding } = judge(period(start, end), "period.startBeforeEnd");
    expect(finding.outcome).toBe(outcome);
    expect(finding.citation).toBe("893/2019 6 § 2 mom. 3 kohta");
    expect(finding.values).toEqual({ start: start ?? null, end: end ?? null });
  });

  it("names the dates when the project would end before it starts", () => {
    const { finding, assessment } = judge(period("2024-10-01", "2022-08-01"), "period.startBeforeEnd", {
      locale: "en",
    });
    expect(assessment.status).toBe("ineligible");
    expect(finding.message).toBe("The project's first day, 1 October 2024, is after its last day, 1 August 2022.");
  });

  it("names the missing field", () => {
    expect(judge(period(undefined, "2024-09-30"), "period.startBeforeEnd").finding.message).toBe(
      "Hankkeen aikataulusta puuttuu project.start, joten kestoa ei voi tarkistaa.",
    );
  });
});

describe("period.endsByLatestEnd", () => {
  // Known only from the decision releases (2020, 2022): review; published with the call (2019, 2021): fail.
  it.each([
    ["2022", "2024-09-30", "pass", "inferred"],
    ["2022", "2024-10-01", "review", "inferred"],
    ["2022", "2023-12-31", "pass", "inferred"],
    ["2022", undefined, "missing", "inferred"],
    ["2020", "2022-10-31", "pass", "inferred"],
    ["2020", "2022-11-01", "review", "inferred"],
    ["2021", "2023-10-31", "pass", "sourced"],
    ["2021", "2023-11-01", "fail", "sourced"],
    ["2019-1", "2021-11-30", "pass", "sourced"],
    ["2019-1", "2021-12-01", "fail", "sourced"],
    ["2019-2", "2021-12-01", "fail", "sourced"],
  ] as const)("under %s, ending %s: %s (latest end %s)", (edition, end, outcome, certainty) => {
    const { finding } = judge(period("2021-01-01", end), "period.endsByLatestEnd", { edition });
    expect(finding.outcome).toBe(outcome);
    expect(finding.values["latestEndCertainty"]).toBe(certainty);
  });

  it("sends a 2022 project ending after 30.9.2024 to review, citing the decision release", () => {
    const { finding, assessment } = judge(period("2022-08-01", "2024-10-01"), "period.endsByLatestEnd");
    expect(finding.citation).toBe(
      "688/2001 11 §; https://vm.fi/sv/-/finansministeriet-beviljade-2020-ars-understod-for-kommunernas-digitaliseringsprojekt-1",
    );
    expect(finding.values).toEqual({ end: "2024-10-01", latestEnd: "2024-09-30", latestEndCertainty: "inferred" });
    expect(finding.messageCode).toBe("period.endsByLatestEnd.fromDecision");
    expect(finding.message).toBe(
      "Hanke päättyy 1.10.2024, mutta haun avustuspäätöksissä käyttöaika päättyi 30.9.2024. Päivä tunnetaan päätöstiedotteesta eikä hakuilmoituksesta, ja ministeriö voi lyhentää käyttöaikaa päätöksessään (688/2001 11 §), joten käsittelijän on arvioitava asia.",
    );
    const input = period("2022-08-01", "2024-10-01");
    expect(judge(input, "period.endsByLatestEnd", { locale: "sv" }).finding.message).toBe(
      "Projektet slutar 1.10.2024, men i ansökningsomgångens understödsbeslut gick användningstiden ut 30.9.2024. Dagen är känd från pressmeddelandet om besluten och inte från utlysningen, och ministeriet kan förkorta användningstiden i sitt beslut (688/2001 11 §), så handläggaren ska bedöma saken.",
    );
    expect(judge(input, "period.endsByLatestEnd", { locale: "en" }).finding.message).toBe(
      "The project ends on 1 October 2024, but in the call's grant decisions the period of use ended on 30 September 2024. That date is known from the decision release, not from the call text, and the ministry can shorten the period of use in its decision (688/2001 11 §), so a case handler must decide.",
    );
    expect(assessment.status).toBe("needsReview");
  });

  it("fails a 2019-1 project ending after 30.11.2021, published with the call", () => {
    const input = period("2019-12-01", "2021-12-01");
    const { finding, assessment } = judge(input, "period.endsByLatestEnd", { edition: "2019-1" });
    expect(finding.citation).toBe(
      "688/2001 11 §; https://www.kommunforbundet.fi/aktuellt/2019/ansokan-om-statsunderstod-digitaliseringen-i-kommunerna-har-inletts",
    );
    expect(finding.message).toBe("Hanke päättyy 1.12.2021, mutta avustusta voi käyttää vain 30.11.2021 asti.");
    const sv = judge(input, "period.endsByLatestEnd", { edition: "2019-1", locale: "sv" }).finding.message;
    expect(sv).toBe("Projektet slutar 1.12.2021, men understödet kan användas bara till och med 30.11.2021.");
    const en = judge(input, "period.endsByLatestEnd", { edition: "2019-1", locale: "en" }).finding.message;
    expect(en).toBe("The project ends on 1 December 2021, but the grant can be used only until 30 November 2021.");
    expect(assessment.status).toBe("ineligible");
  });

  it("is missing without an end, saying the latest end", () => {
    const { finding, assessment } = judge(period("2022-08-01", undefined), "period.endsByLatestEnd", { locale: "sv" });
    expect(finding.message).toBe("Projektets slutdag (project.end) saknas; projektet ska sluta senast 30.9.2024.");
    expect(assessment.status).toBe("needsReview");
  });
});
