// The size budget (issue 8): what a browser app pays for one import, minified and brotli-compressed,
// dependencies included. Measured, never timed: a budget is a byte count.
import { describe, expect, it } from "vitest";
import { bundleEntry, kB, packageOf } from "./bundleEntry.js";

/**
 * The ceiling for `assess` alone: under issue 8's 60 kB budget, with 1 kB of headroom; lower it
 * rather than raise it. Raised twice, each time for a speed target and by 1 kB: from 57 to 58 kB
 * for zod's compiled parser (issue 4), and from 58 to 59 kB for the budget in integer cents and
 * the rules' early answers inside `allocate` (issues 4 and 5), which share the rules with `assess`.
 */
const ASSESS_CEILING = 59_000;
const MONEY_HELPERS = ["parseAmount", "applyRate", "sumAmounts", "splitLargestRemainder", "formatAmount"];

/** Whether a zod file is part of zod/mini (its core, its functions, the locales it may pass to a parse). */
function isZodMini(input: string): boolean {
  return /node_modules\/zod\/v4\/(core|mini|locales)\//.test(input);
}

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
    expect(
      b.contributing.filter((i) => i.startsWith("src/") && !i.startsWith("src/money/") && i !== "src/result.ts"),
    ).toEqual([]);
    expect(b.brotli, `money helpers: ${kB(b.brotli)}`).toBeLessThan(15_000);
  });

  // Issue 8 sets 60 kB for assess alone. Measured: 57.1 kB (decimal.js 11 kB, zod/mini with its
  // compiler, the rule messages in three languages, five editions, the statute texts, the registers).
  it("assess alone stays under its ceiling of 59 kB (the budget is 60 kB) and carries no zod classic", async () => {
    const b = await bundleEntry(entryOf(["assess"]));
    expect(new Set(b.contributing.map(packageOf)).has("zod")).toBe(true);
    expect(b.contributing.filter((i) => i.includes("node_modules/zod/") && !isZodMini(i))).toEqual([]);
    expect(b.brotli, `assess: ${kB(b.brotli)}`).toBeLessThan(ASSESS_CEILING);
  });

  // The input contract, the edition and scenario schemas and the JSON Schema all use zod/mini: an app
  // that imports the whole library, or its testing helpers, gets one flavour of zod, not two.
  it("the whole main entry and the testing entry carry zod/mini only", async () => {
    for (const entry of ['export * from "./src/index.ts";', 'export * from "./src/testing/index.ts";']) {
      const b = await bundleEntry(entry);
      expect(
        b.contributing.filter((i) => i.includes("node_modules/zod/") && !isZodMini(i)),
        entry,
      ).toEqual([]);
    }
  });
});
