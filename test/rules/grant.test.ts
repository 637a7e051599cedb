import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareAmounts, subtractAmounts } from "../../src/money/index.js";
import { judge } from "./fixtures.js";
import { type Application2022, application2022 } from "../helpers/application2022.js";

const request = (
  eligible: string | number,
  requestedGrant: string | number,
  extra: Application2022["budget"]["lines"] = [],
) =>
  application2022((a) => {
    a.budget = { lines: [{ category: "staff", amount: eligible }, ...extra], requestedGrant };
  });

describe("grant.withinMaximum (893/2019 4 §: at most 85 %, rounded down to the cent)", () => {
  it.each([
    ["85 % of 120 000,01 € is 102 000,00 € (rounded down)", "120000.01", "102000.00", "pass", "102000.00", null],
    ["requesting a cent more passes, with the excess", "120000.01", "102000.01", "pass", "102000.00", "0.01"],
    ["85 % of 100 000,01 € is 85 000,00 €", "100000.01", "85000.00", "pass", "85000.00", null],
    ["85 % of 0,99 € is 0,84 €", "0.99", "0.84", "pass", "0.84", null],
    ["85 % of 0,99 €: 0,85 € is a cent over", "0.99", "0.85", "pass", "0.84", "0.01"],
    ["less than the maximum", "250000.00", "200000.00", "pass", "212500.00", null],
    ["numbers are read exactly", 120000.01, 102000, "pass", "102000.00", null],
    ["nothing requested", "120000.00", "0", "fail", "102000.00", null],
    ["a large project", "99999999.99", "84999999.99", "pass", "84999999.99", null],
  ])("%s", (_, eligible, requested, outcome, maxGrant, excess) => {
    const { finding, assessment } = judge(request(eligible, requested), "grant.withinMaximum");
    expect(finding.outcome).toBe(outcome);
    // 688/2001 11 §: the ministry decides the amount, so an over-request cites it beside 893/2019 4 §.
    expect(finding.citation).toBe(excess === null ? "893/2019 4 §" : "893/2019 4 §; 688/2001 11 §");
    expect(finding.values["maxGrant"]).toBe(maxGrant);
    expect(finding.values["excess"]).toBe(excess);
    expect(assessment.budget?.maxGrant).toBe(maxGrant);
    expect(assessment.budget?.rate).toBe("0.85");
    expect(assessment.status).toBe(outcome === "pass" ? "eligible" : "ineligible");
  });

  it("says the maximum in the pass message", () => {
    const { finding } = judge(application2022(), "grant.withinMaximum");
    expect(finding.values).toEqual({
      requestedGrant: "102000.00",
      maxGrant: "102000.00",
      rate: "0.85",
      eligibleCosts: "120000.01",
      excess: null,
      maxGrantWithoutConditional: null,
    });
    expect(finding.message).toBe(
      "Haettu avustus 102\u00a0000,00\u00a0€ ei ylitä enimmäismäärää 102\u00a0000,00\u00a0€ (85\u00a0% hyväksyttävistä kustannuksista 120\u00a0000,01\u00a0€, pyöristettynä alaspäin senttiin).",
    );
  });

  it("passes an over-request, saying the maximum, the excess and that the grant is at most the maximum", () => {
    const input = request("120000.01", "102000.01");
    const { finding: fi, assessment } = judge(input, "grant.withinMaximum");
    expect(fi.outcome).toBe("pass");
    expect(assessment.status).toBe("eligible");
    expect(fi.messageCode).toBe("grant.withinMaximum.overRequested");
    expect(fi.values).toMatchObject({ requestedGrant: "102000.01", maxGrant: "102000.00", excess: "0.01" });
    expect(fi.params).toEqual({
      requested: "102000.01",
      maximum: "102000.00",
      rate: "0.85",
      eligible: "120000.01",
      excess: "0.01",
    });
    expect(fi.message).toBe(
      "Haettu avustus 102\u00a0000,01\u00a0€ ylittää enimmäismäärän 102\u00a0000,00\u00a0€ (85\u00a0% hyväksyttävistä kustannuksista 120\u00a0000,01\u00a0€, pyöristettynä alaspäin senttiin). Ylitys on 0,01\u00a0€. Se ei ole hylkäysperuste, mutta avustus voi olla enintään 102\u00a0000,00\u00a0€: ministeriö päättää avustuksen määrästä.",
    );
    expect(judge(input, "grant.withinMaximum", { locale: "en" }).finding.message).toBe(
      "The grant applied for, €102,000.01, exceeds the maximum of €102,000.00 (85% of the eligible costs of €120,000.01, rounded down to the cent) by €0.01. That is not a ground for rejection, but the grant can be at most €102,000.00: the ministry decides the amount.",
    );
    expect(judge(input, "grant.withinMaximum", { locale: "sv" }).finding.message).toBe(
      "Det sökta understödet 102\u00a0000,01\u00a0€ överstiger maximibeloppet 102\u00a0000,00\u00a0€ (85\u00a0% av de godtagbara kostnaderna 120\u00a0000,01\u00a0€, avrundat nedåt till cent). Överskridningen är 0,01\u00a0€. Den är inte ett skäl att avslå ansökan, men understödet kan uppgå till högst 102\u00a0000,00\u00a0€: ministeriet beslutar om understödets belopp.",
    );
  });

  it("fails a request of zero with its own message", () => {
    const { finding } = judge(request("120000.00", "0.00"), "grant.withinMaximum", { locale: "en" });
    expect(finding.messageCode).toBe("grant.withinMaximum.nothingRequested");
    expect(finding.message).toBe(
      "The grant applied for is €0.00; it must be more than zero (the maximum is €102,000.00).",
    );
  });

  it("leaves a request with nothing eligible to costs.hasEligibleCosts: the grant can be at most 0,00 €", () => {
    const input = application2022((a) => {
      a.budget = { lines: [{ category: "equipment", amount: "10000.00" }], requestedGrant: "0.01" };
    });
    const { finding, assessment } = judge(input, "grant.withinMaximum");
    expect(finding.outcome).toBe("pass");
    expect(finding.values).toMatchObject({ maxGrant: "0.00", excess: "0.01" });
    expect(assessment.status).toBe("ineligible");
    expect(assessment.findings.filter((f) => f.outcome === "fail").map((f) => f.rule)).toContain(
      "costs.hasEligibleCosts",
    );
  });

  it("gives the maximum without conditional costs, for the case handler", () => {
    const input = request("100000.00", "89250.00", [
      { category: "softwareLicences", amount: "5000.00", necessary: true },
    ]);
    const { finding, assessment } = judge(input, "grant.withinMaximum");
    expect(finding.outcome).toBe("pass");
    expect(finding.values).toMatchObject({ maxGrant: "89250.00", maxGrantWithoutConditional: "85000.00" });
    expect(assessment.status).toBe("needsReview");
  });

  it("computes the own share from the total costs less the grant that can be awarded", () => {
    const { assessment } = judge(request("250000.00", "200000.00"), "grant.withinMaximum");
    expect(assessment.budget?.ownShare).toBe("50000.00");
    const over = judge(request("100.00", "101.00"), "grant.withinMaximum").assessment;
    expect(over.budget?.ownShare).toBe("15.00");
  });
});

describe("grant.withinMaximum, for any positive request", () => {
  const cents = (n: number) => `${Math.trunc(n / 100)}.${String(n % 100).padStart(2, "0")}`;
  it("never fails, and the excess is what is asked above the maximum", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000_00 }), fc.integer({ min: 1, max: 10_000_000_00 }), (e, r) => {
        const { finding } = judge(request(cents(e), cents(r)), "grant.withinMaximum");
        expect(finding.outcome).toBe("pass");
        const max = finding.values["maxGrant"] as string;
        const over = compareAmounts(cents(r), max) > 0;
        expect(finding.values["excess"]).toBe(over ? subtractAmounts(cents(r), max) : null);
        expect(finding.messageCode).toBe(over ? "grant.withinMaximum.overRequested" : "grant.withinMaximum.pass");
      }),
      { numRuns: 100 },
    );
  });
});
