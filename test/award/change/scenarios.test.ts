// The change scenarios: test/award/change/scenarios/<edition>/*.json, each decision terms + a change
// application + the day asked about + the expected status, parts (proposal, findings with rule,
// outcome and citation) and the differences of the amended terms.
import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assessChange } from "../../../src/award/change.js";

interface ChangeScenario {
  readonly name: string;
  readonly terms: never;
  readonly change: never;
  readonly at: string;
  readonly expected: {
    readonly status: string;
    readonly parts: readonly { readonly kind: string; readonly findings: readonly { readonly rule: string }[] }[];
    readonly differences: readonly object[];
  };
}

const root = new URL("./scenarios/", import.meta.url);
const editions = readdirSync(root).sort();
const read = (edition: string, file: string) =>
  JSON.parse(readFileSync(new URL(`${edition}/${file}`, root), "utf8")) as ChangeScenario;
const filesOf = (edition: string) =>
  readdirSync(new URL(`${edition}/`, root))
    .filter((f) => f.endsWith(".json"))
    .sort();

describe.each(editions)("change scenarios of %s", (edition) => {
  it.each(filesOf(edition))("%s", (file) => {
    const s = read(edition, file);
    expect((s.terms as { edition: string }).edition).toBe(edition);
    const r = assessChange(s.terms, s.change, { at: s.at, locale: "en" });
    expect(r.issues).toEqual([]);
    expect(r.status, s.name).toBe(s.expected.status);
    expect(
      r.parts.map((p) => ({
        kind: p.kind,
        outcome: p.outcome,
        proposal: p.proposal,
        findings: p.findings.map(({ rule, outcome, citation }) => ({ rule, outcome, citation })),
      })),
    ).toEqual(s.expected.parts);
    expect(r.differences).toEqual(s.expected.differences);
  });
});

describe("the change scenario set", () => {
  it("covers 2022 and 2020, every part, and every proposal", () => {
    expect(editions).toEqual(["2020", "2022"]);
    for (const edition of editions) {
      const all = filesOf(edition).map((f) => read(edition, f));
      const kinds = new Set(all.flatMap((s) => s.expected.parts.map((p) => p.kind)));
      expect(kinds).toEqual(new Set(["extension", "reallocation", "content", "consortium"]));
      expect(new Set(all.map((s) => s.expected.status))).toEqual(new Set(["approvable", "needsReview", "rejected"]));
    }
  });
});
