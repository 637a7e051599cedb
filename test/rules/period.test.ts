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
  it.each([
    ["2022", "2024-09-30", "pass"],
    ["2022", "2024-10-01", "fail"],
    ["2022", "2023-12-31", "pass"],
    ["2022", undefined, "missing"],
    ["2021", "2023-10-31", "pass"],
    ["2021", "2023-11-01", "fail"],
    ["2019-1", "2021-11-30", "pass"],
    ["2019-1", "2021-12-01", "fail"],
  ] as const)("under %s, ending %s: %s", (edition, end, outcome) => {
    const { finding } = judge(period("2021-01-01", end), "period.endsByLatestEnd", { edition });
    expect(finding.outcome).toBe(outcome);
  });

  it("cites the period of use and the 2022 decision release", () => {
    const { finding, assessment } = judge(period("2022-08-01", "2024-10-01"), "period.endsByLatestEnd");
    expect(finding.citation).toBe(
      "688/2001 11 §; https://vm.fi/sv/-/finansministeriet-beviljade-2020-ars-understod-for-kommunernas-digitaliseringsprojekt-1",
    );
    expect(finding.values).toEqual({ end: "2024-10-01", latestEnd: "2024-09-30" });
    expect(finding.message).toBe("Hanke päättyy 1.10.2024, mutta avustusta voi käyttää vain 30.9.2024 asti.");
    expect(assessment.status).toBe("ineligible");
  });

  it("is missing without an end, saying the latest end", () => {
    const { finding, assessment } = judge(period("2022-08-01", undefined), "period.endsByLatestEnd", { locale: "sv" });
    expect(finding.message).toBe("Projektets slutdag (project.end) saknas; projektet ska sluta senast 30.9.2024.");
    expect(assessment.status).toBe("needsReview");
  });
});
