// Imports the subpath by package name, as a consumer's suite does; checks the package exposes it.
import { readFileSync } from "node:fs";
import * as testing from "digikannustin/testing";
import { describe, expect, it } from "vitest";

const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8"));

describe("digikannustin/testing", () => {
  it("exports the helpers and nothing that needs a test framework", () => {
    expect(Object.keys(testing).sort()).toEqual([
      "assertScenario",
      "expectEditionDiff",
      "parseScenario",
      "runScenario",
      "runScenarios",
      "scenarioSchema",
      "stableStringify",
    ]);
    const source = readFileSync(new URL("../../src/testing/index.ts", import.meta.url), "utf8");
    expect(source).not.toMatch(/from "(vitest|jest|@jest\/globals|node:test|node:assert)/);
  });

  it("asserts the 2021 → 2022 focus-area change the way a consumer's test would", () => {
    const changes = testing.expectEditionDiff("2021", "2022", [
      { path: "registerYear", kind: "changed", before: 2021, after: 2022 },
      { path: "window.opensAt", kind: "changed", after: null },
      { path: "window.closesAt", kind: "changed", after: "2022-04-25T16:15:00+03:00" },
      { path: "decidedOn", kind: "changed", after: "2022-06-15" },
      { path: "recipients", kind: "changed", before: "joint", after: "administrator" },
      { path: "focusAreas.builtEnvironmentServices", kind: "removed" },
      { path: "focusAreas.digitalSecurity", kind: "removed" },
      { path: "focusAreas.dataQuality", kind: "added" },
      { path: "focusAreas.competence", kind: "added" },
      { path: "period.latestEnd", kind: "changed", before: "2023-10-31", after: "2024-09-30" },
    ]);
    expect(changes).toHaveLength(10);
    expect(() => testing.expectEditionDiff("2021", "2022", [])).toThrow(/unexpected: added focusAreas\.dataQuality/);
  });

  it("is in the exports map with types first for import and require, and built by tsup", () => {
    expect(pkg.exports["./testing"]).toEqual({
      import: { types: "./dist/testing/index.d.ts", default: "./dist/testing/index.js" },
      require: { types: "./dist/testing/index.d.cts", default: "./dist/testing/index.cjs" },
    });
    for (const condition of ["import", "require"])
      expect(Object.keys(pkg.exports["./testing"][condition])[0]).toBe("types");
    const tsup = readFileSync(new URL("../../tsup.config.ts", import.meta.url), "utf8");
    expect(tsup).toContain('"testing/index": "src/testing/index.ts"');
  });
});
