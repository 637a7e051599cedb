import { describe, expect, it } from "vitest";
import { demoReport } from "../../src/cli/demoReport.js";
import { table, wrap } from "../../src/cli/format.js";

const nb = (s: string) => s.replaceAll(" ", "\u00a0");

describe("the demo report (npm run demo)", () => {
  it("assesses all 49 example applications of 2022, one row each, and counts the statuses", () => {
    const report = demoReport("fi");
    for (let i = 1; i <= 49; i++) expect(report).toMatch(new RegExp(`^EX-2022-${String(i).padStart(2, "0")}  `, "m"));
    expect(report).toContain("Tukikelpoisia 34, ei tukikelpoisia 8, harkittavia 7.");
    expect(report).toMatch(
      /^EX-2022-\d\d .* ei tukikelpoinen .*\n +✗ Hakemus saapui .*haku päättyi jo 25\.4\.2022 klo 16\.15$/m,
    );
  });

  it.each(["fi", "sv", "en"] as const)("fits in 120 columns and cuts no reason short (%s)", (locale) => {
    const lines = demoReport(locale).split("\n");
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(120);
    expect(lines.filter((l) => l.includes("…"))).toEqual([]);
  });

  it("keeps every amount of a reason whole, on one line", () => {
    // EX-2022-32 and EX-2022-39 need review for internal charges and licences: each reason names its amount.
    // (EX-2022-14's over-request no longer has a reason: it passes, reduced to the maximum.)
    const report = demoReport("fi");
    for (const amount of ["56 430,00 €", "38 144,00 €"]) expect(report).toContain(nb(amount));
  });

  it.each(["fi", "sv", "en"] as const)("says no program code in a sentence, but the edition's words (%s)", (locale) => {
    const report = demoReport(locale);
    expect(report.match(/\b[a-z]+(?:[A-Z][a-z]+)+\b/g)).toBeNull();
    expect(report).not.toMatch(/\(project\.\w+\)/);
  });

  it("names the focus area of another call by its title", () => {
    expect(demoReport("fi")).toContain("✗ Painopiste ”Digitaalinen turvallisuus” ei kuulu haun 2022 painopisteisiin");
    expect(demoReport("en")).toMatch(/“Digital security” is not one of the focus areas/);
  });

  it("counts the municipalities the rules count: a merged municipality's old code does not count", () => {
    const report = demoReport("fi");
    expect(report).toMatch(/^EX-2022-15 {2}Kankaanpää +1 {2}ei tukikelpoinen .*\n +✗ Hankkeen kuntia .* on vain 1 /m);
    // An Åland municipality counts only when a case handler allows it.
    expect(report).toMatch(/^EX-2022-23 {2}Turku +6 {2}vaatii harkintaa /m);
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

describe("wrap and multi-line table cells", () => {
  it("breaks at spaces only, so a number written with no-break spaces stays whole", () => {
    expect(wrap(`a bb ccc ${nb("1 234,00 €")} d`, 8)).toEqual(["a bb ccc", nb("1 234,00 €"), "d"]);
    expect(wrap("", 10)).toEqual([""]);
  });

  it("gives a row as many lines as its tallest cell", () => {
    expect(table(["A", "B"], [["x\ny", "1"]], [1]).split("\n")).toEqual(["A  B", "─  ─", "x  1", "y"]);
  });
});
