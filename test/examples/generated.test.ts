import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { EXAMPLES_DIR_URL, renderExampleFiles } from "../../scripts/gen-examples.js";

// The example data is generated and committed; regenerate with `npm run gen:examples`.
describe("generated example data", () => {
  it("the files in examples/ are what the generator writes", () => {
    for (const [name, text] of Object.entries(renderExampleFiles())) {
      expect(readFileSync(new URL(name, EXAMPLES_DIR_URL), "utf8"), name).toBe(text);
    }
  });
});
