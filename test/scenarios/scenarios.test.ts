// The one generic runner of the canonical scenarios: test/scenarios/<edition>/*.json.
import { readFileSync, readdirSync } from "node:fs";
import { type Scenario, assertScenario, parseScenario } from "digikannustin/testing";
import { describe, expect, it } from "vitest";
import { EDITION_IDS } from "../../src/vocabulary/codes.js";
import { RULE_FAMILIES } from "../../src/rules/types.js";

const root = new URL("./", import.meta.url);

function load(edition: string): { file: string; scenario: Scenario }[] {
  const dir = new URL(`${edition}/`, root);
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((file) => {
      const parsed = parseScenario(JSON.parse(readFileSync(new URL(file, dir), "utf8")));
      if (!parsed.success) throw new Error(`${edition}/${file}: ${JSON.stringify(parsed.issues)}`);
      return { file, scenario: parsed.data };
    });
}

const byEdition = Object.fromEntries(EDITION_IDS.map((id) => [id, load(id)]));

for (const id of EDITION_IDS) {
  describe(`scenarios of ${id}`, () => {
    for (const { file, scenario } of byEdition[id]!) {
      it(`${file}: ${scenario.name}`, () => {
        // The file's folder is the edition it is assessed under.
        expect(scenario.edition ?? (scenario.input as { edition?: string }).edition).toBe(id);
        assertScenario(scenario);
      });
    }
  });
}

describe("the scenario set", () => {
  it("has at least 15 scenarios for 2022 and 5 for every other edition", () => {
    for (const id of EDITION_IDS) expect(byEdition[id]!.length, id).toBeGreaterThanOrEqual(id === "2022" ? 15 : 5);
  });

  it("makes every rule family fail or need an answer in 2022, and every edition has an eligible case", () => {
    const rulesOf = (s: Scenario) => [
      ...s.expected.failingRules,
      ...(s.expected.reviewRules ?? []),
      ...(s.expected.missingRules ?? []),
    ];
    const families = new Set(
      byEdition["2022"]!.flatMap(({ scenario }) => rulesOf(scenario).map((r) => r.split(".")[0])),
    );
    expect([...families].sort()).toEqual([...RULE_FAMILIES].sort());
    for (const id of EDITION_IDS)
      expect(
        byEdition[id]!.some(({ scenario }) => scenario.expected.status === "eligible"),
        id,
      ).toBe(true);
  });

  it("has unique names", () => {
    const names = EDITION_IDS.flatMap((id) => byEdition[id]!.map(({ scenario }) => scenario.name));
    expect(new Set(names).size).toBe(names.length);
  });
});
