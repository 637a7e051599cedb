import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/all.js";
import { fakeIo } from "../cli/fakeIo.js";
import { report2022, terms2022 } from "./reportFixtures.js";

const files = (report = report2022(), payments: unknown = [{ on: "2022-09-01", amount: "85000.00" }]) => ({
  "terms.json": JSON.stringify(terms2022()),
  "report.json": JSON.stringify(report),
  "payments.json": JSON.stringify(payments),
});

describe("digikannustin settle", () => {
  it("exits 0 for an acceptable report and prints the findings, the costs, the money and the parties", async () => {
    const f = fakeIo(files());
    expect(await run(["settle", "terms.json", "report.json", "payments.json"], f.io)).toBe(0);
    const out = f.stdout();
    expect(out).toContain("Report: ACCEPTABLE");
    expect(out).toContain("✓ report.auditorStatement:");
    expect(out).toContain("The final grant is €85,000.00, and it has been paid in full.");
    expect(out).toMatch(/Lohja\s+€60,000.00\s+€51,000.00/);
    expect(f.stderr()).toBe("");
  });

  it("exits 3 when the report needs review, and speaks Finnish with --locale fi", async () => {
    const f = fakeIo(files(report2022({ auditorStatement: { present: false } })));
    expect(await run(["settle", "terms.json", "report.json", "--locale", "fi"], f.io)).toBe(3);
    expect(f.stdout()).toContain("Selvitys: VAATII HARKINTAA");
    expect(f.stdout()).toContain("? report.auditorStatement: Tilintarkastajan lausunto");
  });

  it("exits 1 when no cost counts", async () => {
    const report = report2022({ costs: [{ category: "equipment", amount: "10.00", date: "2023-01-01" }] });
    expect(await run(["settle", "terms.json", "report.json"], fakeIo(files(report)).io)).toBe(1);
  });

  it("prints the assessment and the settlement as JSON; --reclaim-small reclaims 100 €", async () => {
    const report = report2022({ costs: [{ category: "staff", amount: "99882.36", date: "2023-03-31" }] });
    const f = fakeIo(files(report));
    await run(["settle", "terms.json", "report.json", "payments.json", "--json"], f.io);
    expect(JSON.parse(f.stdout()).settlement).toMatchObject({ outcome: "leftUnreclaimed", unreclaimed: "100.00" });
    const g = fakeIo(files(report));
    await run(["settle", "terms.json", "report.json", "payments.json", "--json", "--reclaim-small"], g.io);
    expect(JSON.parse(g.stdout()).settlement).toMatchObject({ outcome: "return", toReturn: "100.00" });
  });

  it("exits 2 with the coded issues for bad input, a bad --at or wrong arguments", async () => {
    const f = fakeIo(files(report2022(), [{ on: "2022-02-30", amount: "1" }]));
    expect(await run(["settle", "terms.json", "report.json", "payments.json"], f.io)).toBe(2);
    expect(f.stderr()).toContain("payments.0.on: The payments are not valid");
    const g = fakeIo(files());
    expect(await run(["settle", "terms.json", "report.json", "--at", "tomorrow"], g.io)).toBe(2);
    expect(g.stderr()).toContain("--at");
    expect(await run(["settle", "terms.json"], fakeIo(files()).io)).toBe(2);
    expect(await run(["settle", "terms.json", "missing.json"], fakeIo(files()).io)).toBe(2);
  });

  it("has its own --help", async () => {
    const f = fakeIo();
    expect(await run(["settle", "--help", "--locale", "sv"], f.io)).toBe(0);
    expect(f.stdout()).toContain("Användning: digikannustin settle");
  });
});
