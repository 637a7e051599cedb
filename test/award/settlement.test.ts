// The one runner of the settlement scenarios: test/award/settlement/<edition>-<case>.json, data in, expected out.
import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { DecisionTerms, Payment } from "../../src/award/types.js";
import { type FinalReportInput, assessReport, settle } from "../../src/index.js";

const dir = new URL("./settlement/", import.meta.url);
const read = (file: string) => JSON.parse(readFileSync(new URL(file, dir), "utf8"));

interface SettlementScenario {
  readonly name: string;
  readonly terms: string;
  readonly termsChanges?: Partial<DecisionTerms>;
  readonly report: FinalReportInput;
  readonly payments: readonly Payment[];
  readonly options?: { readonly leaveUnreclaimed?: boolean };
  readonly expected: {
    readonly settlement: Record<string, string>;
    readonly lines: readonly string[];
    readonly parties?: readonly (readonly [string, string, string])[];
    readonly report: {
      readonly status: string;
      readonly outcomes?: Record<string, string>;
      readonly lapsesAfter?: string;
      readonly source?: string;
    };
  };
}

const files = readdirSync(dir)
  .filter((f) => /^\d{4}-.+\.json$/.test(f))
  .sort();

describe("settlement scenarios", () => {
  for (const file of files) {
    const s = read(file) as SettlementScenario;
    it(`${file}: ${s.name}`, () => {
      const terms: DecisionTerms = { ...read(s.terms), ...s.termsChanges };
      const settled = settle(terms, s.report, s.payments, { locale: "en", ...s.options });
      if (!settled.success) throw new Error(JSON.stringify(settled.issues));
      expect(settled.data).toMatchObject(s.expected.settlement);
      expect(settled.data.lines.map((l) => l.treatment)).toEqual(s.expected.lines);
      if (s.expected.parties)
        expect(settled.data.parties.map((p) => [p.name, p.acceptedCosts, p.share])).toEqual(s.expected.parties);
      const assessed = assessReport(terms, s.report, { locale: "en" });
      expect(assessed.status).toBe(s.expected.report.status);
      const outcomes = Object.fromEntries(assessed.findings.map((f) => [f.rule, f.outcome]));
      expect(outcomes).toMatchObject(s.expected.report.outcomes ?? {});
      if (s.expected.report.lapsesAfter)
        expect(assessed.deadline).toMatchObject({
          lapsesAfter: s.expected.report.lapsesAfter,
          source: s.expected.report.source,
        });
    });
  }

  it("covers every case the issue names, for 2022 and 2020", () => {
    const cases = [
      "under-spend",
      "over-spend",
      "ineligible-line",
      "costs-outside-the-period",
      "income-and-other-public-aid",
      "return-100-00-left-unreclaimed",
      "return-100-00-reclaimed",
      "return-100-01-left-unreclaimed",
      "return-100-01-reclaimed",
      "late-report",
      "no-report-deadline",
      "advance",
    ];
    for (const edition of ["2022", "2020"])
      for (const c of cases) expect(files, `${edition}-${c}`).toContain(`${edition}-${c}.json`);
  });
});
