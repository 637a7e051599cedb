import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { EXAMPLES_DIR_URL, MODULE_URL, renderCall2022Module, renderExampleFiles } from "../../scripts/gen-examples.js";

// The example data is generated and committed; regenerate with `npx tsx scripts/gen-examples.ts`.
describe("generated example data", () => {
  it("src/examples/call2022.ts is what the generator writes", () => {
    expect(readFileSync(MODULE_URL, "utf8")).toBe(renderCall2022Module());
  });

  it("the files in examples/ are what the generator writes", () => {
    for (const [name, text] of Object.entries(renderExampleFiles())) {
      expect(readFileSync(new URL(name, EXAMPLES_DIR_URL), "utf8"), name).toBe(text);
    }
  });
});
