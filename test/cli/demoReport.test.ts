import { describe, expect, it } from "vitest";
import { demoReport } from "../../src/cli/demoReport.js";

const nb = (s: string) => s.replaceAll(" ", "\u00a0");

describe("the demo report (npm run demo)", () => {
  it("assesses all 49 example applications of 2022, one row each, and counts the statuses", () => {
    const report = demoReport("fi");
    for (let i = 1; i <= 49; i++) expect(report).toMatch(new RegExp(`^EX-2022-${String(i).padStart(2, "0")}  `, "m"));
    expect(report).toContain("Tukikelpoisia 34, ei tukikelpoisia 8, harkittavia 7.");
    expect(report).toMatch(/^EX-2022-\d\d .* ei tukikelpoinen .*haku päättyi jo 25\.4\.2022 klo 16\.15$/m);
  });

  it("allocates the 10 M€ in whole euros: 22 grants, the totals, and the reserve list", () => {
    const report = demoReport("fi");
    expect(report).toContain(
      `Myönnetty yhteensä ${nb("9 903 385,00 €")} (22 hanketta), jäljellä ${nb("96 615,00 €")}.`,
    );
    const reserve = report.slice(report.indexOf("\nVaralla\n"));
    expect(reserve.match(/^ +\d+ {2}EX-2022-\d\d/gm)).toHaveLength(12);
    expect(report).toContain("Ministeriö ei julkaissut arviointikriteereille painoja");
  });

  it("speaks English and Swedish", () => {
    const en = demoReport("en");
    expect(en).toContain("Eligible 34, ineligible 8, needing review 7.");
    expect(en).toContain("Granted in total €9,903,385.00 (22 projects), remaining €96,615.00.");
    const sv = demoReport("sv");
    expect(sv).toContain("Stödberättigande 34, inte stödberättigande 8, att pröva 7.");
    expect(sv).toContain("Åbo");
  });
});
