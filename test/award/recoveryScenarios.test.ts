// The recovery scenarios: test/award/recovery/<edition>-*.json, each the terms (a file beside them), the
// payments, the grounds and the options, and the expected outcome, findings, amounts and interest pieces.
import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { recover } from "../../src/award/recover.js";

interface RecoveryScenario {
  readonly name: string;
  readonly terms: string;
  readonly payments: never;
  readonly grounds: never;
  readonly options: object;
  readonly expected: {
    readonly outcome: string;
    readonly findings: readonly { readonly ground: string; readonly outcome: string; readonly citation: string }[];
  } & Record<string, unknown>;
}

const root = new URL("./recovery/", import.meta.url);
const files = readdirSync(root)
  .filter((f) => /^\d{4}-.*\.json$/.test(f))
  .sort();
const read = (f: string) => JSON.parse(readFileSync(new URL(f, root), "utf8"));

describe("recovery scenarios", () => {
  it.each(files)("%s", (file) => {
    const s = read(file) as RecoveryScenario;
    const terms = read(s.terms);
    expect(terms.edition).toBe(file.slice(0, 4));
    const r = recover(terms, s.payments, s.grounds, { ...s.options, locale: "en" } as never);
    if (!r.success) throw new Error(JSON.stringify(r.issues));
    const d = r.data;
    expect({
      outcome: d.outcome,
      findings: d.findings.map(({ ground, outcome, citation }) => ({ ground, outcome, citation })),
      limits: d.limits,
      principal: d.principal,
      payments: d.payments.map((p) => ({
        on: p.on,
        recovered: p.recovered,
        interest: p.interest.map((x) => [x.from, x.to, x.days, x.rate, x.amount]),
        interestTotal: p.interestTotal,
      })),
      interest: d.interest,
      lateInterest: d.lateInterest.map((x) => [x.from, x.to, x.days, x.rate, x.amount]),
      total: d.total,
      waived: d.waived,
      due: d.due,
      liability: { model: d.liability.model, parties: d.liability.parties.map((p) => p.name) },
      message: d.message,
    }).toEqual(s.expected);
  });

  it("covers every ground of 21 § and a 22 § one, for 2022 and 2020, and both time limits of 28 §", () => {
    const all = files.map((f) => [f.slice(0, 4), read(f) as RecoveryScenario] as const);
    for (const edition of ["2020", "2022"]) {
      const grounds = new Set(
        all.filter(([e]) => e === edition).flatMap(([, s]) => (s.grounds as { ground: string }[]).map((g) => g.ground)),
      );
      for (const g of ["21.1", "21.2", "21.3", "21.4"]) expect(grounds.has(g), `${edition} ${g}`).toBe(true);
      expect(
        [...grounds].some((g) => g.startsWith("22.")),
        edition,
      ).toBe(true);
    }
    const barred = all.filter(([, s]) => s.expected.outcome === "barred").flatMap(([, s]) => s.expected.findings);
    expect(
      barred
        .filter((f) => f.ground.startsWith("28.") && f.outcome === "fail")
        .map((f) => f.ground)
        .sort(),
    ).toEqual(["28.1", "28.2"]);
  });
});
