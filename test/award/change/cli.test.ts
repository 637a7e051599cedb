import { describe, expect, it } from "vitest";
import { run } from "../../../src/cli/all.js";
import { fakeIo } from "../../cli/fakeIo.js";
import { terms2022 } from "../fixtures.js";

const files = (change: unknown) => ({
  "terms.json": JSON.stringify(terms2022()),
  "change.json": JSON.stringify(change),
});

describe("digikannustin change", () => {
  it("exits 0 when every part may be approved, and prints the parts and what the terms move", async () => {
    const f = fakeIo(files({ extension: { end: "2024-12-31" } }));
    expect(await run(["change", "terms.json", "change.json", "--at", "2024-06-03"], f.io)).toBe(0);
    await expect(f.stdout()).toMatchFileSnapshot("./__snapshots__/change-extension.en.txt");
    expect(f.stderr()).toBe("");
  });

  it("exits 3 when a part needs review, in Swedish with --locale sv", async () => {
    const f = fakeIo(files({ extension: { end: "2025-03-31" } }));
    expect(await run(["change", "terms.json", "change.json", "--at", "2024-06-03", "--locale", "sv"], f.io)).toBe(3);
    await expect(f.stdout()).toMatchFileSnapshot("./__snapshots__/change-beyond.sv.txt");
  });

  it("exits 1 when a part is rejected, in Finnish", async () => {
    const change = { reallocation: { lines: [{ category: "equipment", amount: "120000.01" }] } };
    const f = fakeIo(files(change));
    expect(await run(["change", "terms.json", "change.json", "--at", "2024-06-03", "--locale", "fi"], f.io)).toBe(1);
    await expect(f.stdout()).toMatchFileSnapshot("./__snapshots__/change-rejected.fi.txt");
  });

  it("prints the assessment as JSON with --json", async () => {
    const f = fakeIo(files({ extension: { end: "2024-12-31" } }));
    await run(["change", "terms.json", "change.json", "--at", "2024-06-03", "--json"], f.io);
    const out = JSON.parse(f.stdout());
    expect(out.status).toBe("approvable");
    expect(out.terms.period.end).toBe("2024-12-31");
  });

  it("exits 2 without --at, and on a change that is not valid, naming the issues", async () => {
    const f = fakeIo(files({ extension: { end: "2024-12-31" } }));
    expect(await run(["change", "terms.json", "change.json"], f.io)).toBe(2);
    const bad = fakeIo(files({}));
    expect(await run(["change", "terms.json", "change.json", "--at", "2024-06-03"], bad.io)).toBe(2);
    expect(bad.stderr()).toContain(
      "terms.json, change.json: the decision terms or the change application are not valid:",
    );
    expect(bad.stderr()).toContain("The change application asks for no change");
  });

  it("has help in every language", async () => {
    for (const locale of ["fi", "sv", "en"]) {
      const f = fakeIo({});
      expect(await run(["change", "--help", "--locale", locale], f.io)).toBe(0);
      expect(f.stdout()).toContain("688/2001 14 §");
    }
  });
});
