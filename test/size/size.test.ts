// The size budget (issue 8): what a browser app pays for one import, minified and brotli-compressed,
// dependencies included. Measured, never timed: a budget is a byte count.
import { describe, expect, it } from "vitest";
import { bundleEntry, kB, packageOf } from "./bundleEntry.js";

/** The ceiling for `assess` alone while the 60 kB budget is not met; lower it, never raise it. */
const ASSESS_CEILING = 80_000;
const MONEY_HELPERS = ["parseAmount", "applyRate", "sumAmounts", "splitLargestRemainder", "formatAmount"];

/** An entry that imports `names` from the library and keeps every one of them alive. */
function entryOf(names: readonly string[]): string {
  return `import { ${names.join(", ")} } from "./src/index.ts";\nglobalThis.keep = [${names.join(", ")}];\n`;
}

describe("size budget (min + brotli, dependencies bundled)", () => {
  it("the money helpers alone stay under 15 kB and carry no zod", async () => {
    const b = await bundleEntry(entryOf(MONEY_HELPERS));
    const packages = new Set(b.contributing.map(packageOf));
    expect(packages.has("zod"), "zod must not reach a money-only bundle").toBe(false);
    expect(b.contributing.filter((i) => i.includes("node_modules/zod/"))).toEqual([]);
    expect(b.code).not.toMatch(/Zod|invalid_type/);
    // Nor the messages, the editions or the municipality register: money needs none of them.
    expect(b.contributing.filter((i) => i.startsWith("src/") && !i.startsWith("src/money/") && i !== "src/result.ts")).toEqual([]);
    expect(b.brotli, `money helpers: ${kB(b.brotli)}`).toBeLessThan(15_000);
  });

  // Issue 8 sets 60 kB for assess alone. Measured: 75.8 kB (zod classic 24 kB, decimal.js 11 kB, the
  // messages of every family in three languages through one catalogue, five editions, the municipality
  // registers). Until that budget is met (docs/quality.md says how), this ceiling stops it growing.
  it("assess alone stays under its ceiling of 80 kB (the 60 kB budget is not met yet)", async () => {
    const b = await bundleEntry(entryOf(["assess"]));
    expect(new Set(b.contributing.map(packageOf)).has("zod")).toBe(true);
    expect(b.brotli, `assess: ${kB(b.brotli)}`).toBeLessThan(ASSESS_CEILING);
  });
});
