// The size budget (issue 8): what a browser app pays for one import, minified and brotli-compressed,
// dependencies included. Measured, never timed: a budget is a byte count.
import { describe, expect, it } from "vitest";
import { bundleEntry, kB, packageOf } from "./bundleEntry.js";

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

  it("parsing an application stays under 60 kB", async () => {
    const b = await bundleEntry(entryOf(["parseApplication"]));
    expect(new Set(b.contributing.map(packageOf)).has("zod")).toBe(true);
    expect(b.brotli, `parseApplication: ${kB(b.brotli)}`).toBeLessThan(60_000);
  });
});
