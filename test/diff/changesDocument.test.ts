import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderChangesDocument } from "../../src/diff/changesDocument.js";
import { editions } from "../../src/editions/registry.js";

const committed = readFileSync(new URL("../../docs/changes.md", import.meta.url), "utf8");

describe("docs/changes.md", () => {
  it("is what the edition data gives (if not, run `npm run docs:changes`)", () => {
    expect(
      committed === renderChangesDocument(),
      "docs/changes.md is out of date: run `npm run docs:changes` and commit it",
    ).toBe(true);
  });

  it("has a section for each consecutive pair of editions, in Finnish and in English", () => {
    const pairs = editions.slice(1).map((e, i) => `## ${editions[i]!.id} → ${e.id}`);
    expect(committed.split("\n").filter((l) => l.startsWith("## "))).toEqual(pairs);
    expect(committed.split("### Suomeksi").length - 1).toBe(pairs.length);
    expect(committed.split("### In English").length - 1).toBe(pairs.length);
  });
});
