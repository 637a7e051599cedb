import { describe, expect, it } from "vitest";
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
    ["85 % of 120 000,01 € is 102 000,00 € (rounded down)", "120000.01", "102000.00", "pass", "102000.00"],
    ["requesting a cent more fails", "120000.01", "102000.01", "fail", "102000.00"],
    ["85 % of 100 000,01 € is 85 000,00 €", "100000.01", "85000.00", "pass", "85000.00"],
    ["85 % of 0,99 € is 0,84 €", "0.99", "0.84", "pass", "0.84"],
    ["85 % of 0,99 €: 0,85 € is too much", "0.99", "0.85", "fail", "0.84"],
    ["less than the maximum", "250000.00", "200000.00", "pass", "212500.00"],
    ["numbers are read exactly", 120000.01, 102000, "pass", "102000.00"],
    ["nothing requested", "120000.00", "0", "fail", "102000.00"],
    ["a large project", "99999999.99", "84999999.99", "pass", "84999999.99"],
  ])("%s", (_, eligible, requested, outcome, maxGrant) => {
    const { finding, assessment } = judge(request(eligible, requested), "grant.withinMaximum");
    expect(finding.outcome).toBe(outcome);
    expect(finding.citation).toBe("893/2019 4 §");
    expect(finding.values["maxGrant"]).toBe(maxGrant);
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
      maxGrantWithoutConditional: null,
    });
    expect(finding.message).toBe(
      "Haettu avustus 102\u00a0000,00\u00a0€ ei ylitä enimmäismäärää 102\u00a0000,00\u00a0€ (85\u00a0% hyväksyttävistä kustannuksista 120\u00a0000,01\u00a0€, pyöristettynä alaspäin senttiin).",
    );
  });

  it("says the maximum and the excess when over", () => {
    const input = request("120000.01", "102000.01");
    const fi = judge(input, "grant.withinMaximum").finding;
    expect(fi.messageCode).toBe("grant.withinMaximum.fail");
    expect(fi.params).toEqual({
      requested: "102000.01",
      maximum: "102000.00",
      rate: "0.85",
      eligible: "120000.01",
      excess: "0.01",
    });
    expect(fi.message).toBe(
      "Haettu avustus 102\u00a0000,01\u00a0€ ylittää enimmäismäärän 102\u00a0000,00\u00a0€ (85\u00a0% hyväksyttävistä kustannuksista 120\u00a0000,01\u00a0€, pyöristettynä alaspäin senttiin). Ylitys on 0,01\u00a0€.",
    );
    expect(judge(input, "grant.withinMaximum", { locale: "en" }).finding.message).toBe(
      "The grant applied for, €102,000.01, exceeds the maximum of €102,000.00 (85% of the eligible costs of €120,000.01, rounded down to the cent) by €0.01.",
    );
    expect(judge(input, "grant.withinMaximum", { locale: "sv" }).finding.message).toBe(
      "Det sökta understödet 102\u00a0000,01\u00a0€ överstiger maximibeloppet 102\u00a0000,00\u00a0€ (85\u00a0% av de godtagbara kostnaderna 120\u00a0000,01\u00a0€, avrundat nedåt till cent). Överskridningen är 0,01\u00a0€.",
    );
  });

  it("fails a request of zero with its own message", () => {
    const { finding } = judge(request("120000.00", "0.00"), "grant.withinMaximum", { locale: "en" });
    expect(finding.messageCode).toBe("grant.withinMaximum.nothingRequested");
    expect(finding.message).toBe(
      "The grant applied for is €0.00; it must be more than zero (the maximum is €102,000.00).",
    );
  });

  it("fails any request when nothing is eligible", () => {
    const input = application2022((a) => {
      a.budget = { lines: [{ category: "equipment", amount: "10000.00" }], requestedGrant: "0.01" };
    });
    const { finding } = judge(input, "grant.withinMaximum");
    expect(finding.outcome).toBe("fail");
    expect(finding.values["maxGrant"]).toBe("0.00");
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
