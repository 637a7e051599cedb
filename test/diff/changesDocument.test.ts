import { describe, expect, it } from "vitest";
import { renderChangesDocument } from "../../src/diff/changesDocument.js";
import { editions } from "../../src/editions/registry.js";

// docs/changes.md is the file snapshot of the page: `npm run docs:changes` (or `vitest -u`) rewrites it.
describe("docs/changes.md", () => {
  const page = renderChangesDocument();

  it("is what the edition data gives (if not, run `npm run docs:changes`)", async () => {
    await expect(page).toMatchFileSnapshot("../../docs/changes.md");
  });

  it("has a section for each consecutive pair of editions, in Finnish and in English", () => {
    const pairs = editions.slice(1).map((e, i) => `## ${editions[i]!.id} → ${e.id}`);
    expect(page.split("\n").filter((l) => l.startsWith("## "))).toEqual(pairs);
    expect(page.split("### Suomeksi").length - 1).toBe(pairs.length);
    expect(page.split("### In English").length - 1).toBe(pairs.length);
  });
});
