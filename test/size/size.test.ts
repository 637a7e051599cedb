// The size budget (issue 8): what a browser app pays for one import, minified and brotli-compressed,
// dependencies included. Measured, never timed: a budget is a byte count. The only size check of the
// package (in `npm test`): it bundles from `src/`, which a bundler treats as it treats `dist/` (see
// `bundleEntry.ts`), and each ceiling below is written nowhere else.
import { describe, expect, it } from "vitest";
import { bundleEntry, kB, packageOf } from "./bundleEntry.js";

const MONEY_HELPERS = ["parseAmount", "applyRate", "sumAmounts", "splitLargestRemainder", "formatAmount"];

/** An entry that imports `names` from the library and keeps every one of them alive. */
function entryOf(names: readonly string[]): string {
  return `import { ${names.join(", ")} } from "./src/index.ts";\nglobalThis.keep = [${names.join(", ")}];\n`;
}

/**
 * The ceiling of each import, in bytes (min + brotli, dependencies bundled, zod included); lower a
 * ceiling rather than raise it. Issue 8 sets the budgets of the money helpers (15 kB) and of `assess`
 * (60 kB); with one implementation per fact `assess` weighed 57.0 kB. Issue #10 (the law's wording,
 * the new rules and messages, the edition notes in three languages) allows raising the ceilings by
 * what its texts need, which takes `assess` over that budget; the other three are ceilings without one.
 */
const CEILINGS: readonly { readonly title: string; readonly entry: string; readonly ceiling: number }[] = [
  { title: "the money helpers", entry: entryOf(MONEY_HELPERS), ceiling: 15_000 },
  // Issue 10 (every item, with the edition notes in fi, sv and en: +5.3 kB) and issue 15 take assess to
  // 67.1 kB and allocate to 84.2 kB: min + brotli, 5 December 2026. Bringing them down is later work.
  // Issue #11 (contents.funding and the procurement notice in fi, sv and en, the per-party split):
  // assess 70.6 kB, allocate 87.1 kB, the whole entry 105.9 kB (5 December 2026). Its recipient models
  // (the editions' cited notes, the pass-on and decision texts in fi, sv and en: +1.0, +3.1, +5.0 kB)
  // take assess to 71.7 kB, allocate to 90.3 kB (the one message catalogue) and the whole entry to 111.0 kB.
  { title: "assess", entry: entryOf(["assess"]), ceiling: 71_800 },
  // Issue #12 (h12a: the terms, timeline and payment messages in fi, sv and en in the one catalogue) takes
  // allocate to 92.4 kB (+2.1 kB), and with src/award the whole entry to 117.3 kB (+6.3 kB), 5 December 2026.
  // h12b (the final report and settlement messages in fi, sv and en; parseFinalReport, assessReport,
  // settle): allocate 94.2 kB (+1.8 kB), the whole entry 122.0 kB (+4.7 kB), 5 December 2026.
  // The decision record's payment scheme and income effect from the terms (fi, sv, en): +0.2 kB each.
  // Issue #13 (h13a: the change messages in fi, sv and en in the one catalogue; assessChange, the change schema,
  // the appropriation's years of use): allocate 95.5 kB (+1.3 kB), the whole entry 125.7 kB (+3.6 kB); merged 95.8 and 126.1 kB.
  // h13b (#13: the recovery messages — the grounds of 688/2001 21–22 § in the statute's words, the time
  // limits of 28 § — in fi, sv and en in the one catalogue; recover, the reference rates): +3.0 kB allocate,
  // +6.1 kB the whole entry, 5 December 2026.
  { title: "allocate", entry: entryOf(["allocate"]), ceiling: 99_000 },
  { title: "diffEditions", entry: entryOf(["diffEditions"]), ceiling: 35_000 },
  // 102.7 kB once issues 10, 15 and 16 are merged (5 December 2026).
  { title: "the whole main entry", entry: 'export * from "./src/index.ts";', ceiling: 132_300 },
];

/** Whether a zod file is part of zod/mini (its core, its functions, the locales it may pass to a parse). */
function isZodMini(input: string): boolean {
  return /node_modules\/zod\/v4\/(core|mini|locales)\//.test(input);
}

// Each test bundles with esbuild, which takes seconds when the machine is busy.
describe("size budget (min + brotli, dependencies bundled)", { timeout: 30_000 }, () => {
  it.each(CEILINGS)("$title stays under its ceiling of $ceiling bytes", async ({ title, entry, ceiling }) => {
    const b = await bundleEntry(entry);
    expect(b.brotli, `${title}: ${kB(b.brotli)}`).toBeLessThan(ceiling);
  });

  it("the money helpers alone carry no zod, messages, editions or registers", async () => {
    const b = await bundleEntry(entryOf(MONEY_HELPERS));
    expect(new Set(b.contributing.map(packageOf)).has("zod"), "zod must not reach a money-only bundle").toBe(false);
    expect(b.contributing.filter((i) => i.includes("node_modules/zod/"))).toEqual([]);
    expect(b.code).not.toMatch(/Zod|invalid_type/);
    expect(
      b.contributing.filter(
        (i) => i.startsWith("src/") && !i.startsWith("src/money/") && i !== "src/vocabulary/result.ts",
      ),
    ).toEqual([]);
  });

  it("assess carries zod/mini and no zod classic", async () => {
    const b = await bundleEntry(entryOf(["assess"]));
    expect(new Set(b.contributing.map(packageOf)).has("zod")).toBe(true);
    expect(b.contributing.filter((i) => i.includes("node_modules/zod/") && !isZodMini(i))).toEqual([]);
  });

  // The input contract, the edition and scenario schemas and the JSON Schema all use zod/mini: an app
  // that imports the whole library, or its testing helpers, gets one flavour of zod, not two.
  it.each(['export * from "./src/index.ts";', 'export * from "./src/testing/index.ts";'])(
    "%s carries zod/mini only",
    async (entry) => {
      const b = await bundleEntry(entry);
      expect(b.contributing.filter((i) => i.includes("node_modules/zod/") && !isZodMini(i))).toEqual([]);
    },
  );
});
