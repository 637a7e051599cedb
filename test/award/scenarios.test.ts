// The timeline scenarios: test/award/scenarios/<edition>/*.json, each terms + events + the day asked
// about + the expected state, payments and duties (code, date, anchor, standing, lateness).
import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { grantTimeline } from "../../src/award/timeline.js";

interface AwardScenario {
  readonly name: string;
  readonly terms: never;
  readonly events: never;
  readonly at: string;
  readonly expected: { readonly state: string; readonly paid: string; readonly duties: readonly object[] };
}

const root = new URL("./scenarios/", import.meta.url);
const editions = readdirSync(root).sort();

describe.each(editions)("timeline scenarios of %s", (edition) => {
  const dir = new URL(`${edition}/`, root);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort();
  it.each(files)("%s", (file) => {
    const s = JSON.parse(readFileSync(new URL(file, dir), "utf8")) as AwardScenario;
    expect((s.terms as { edition: string }).edition).toBe(edition);
    const r = grantTimeline(s.terms, s.events, { at: s.at, locale: "en" });
    if (!r.success) throw new Error(JSON.stringify(r.issues));
    expect(r.data.state, s.name).toBe(s.expected.state);
    expect(r.data.paid).toBe(s.expected.paid);
    expect(r.data.duties.map(({ code, date, anchor, status, late }) => ({ code, date, anchor, status, late }))).toEqual(
      s.expected.duties,
    );
  });
});

describe("the award scenario set", () => {
  it("covers 2022 and an earlier edition, every state but none, and every duty standing", () => {
    expect(editions).toEqual(["2020", "2022"]);
    const all = editions.flatMap((e) =>
      readdirSync(new URL(`${e}/`, root)).map(
        (f) => JSON.parse(readFileSync(new URL(`${e}/${f}`, root), "utf8")) as AwardScenario,
      ),
    );
    expect(new Set(all.map((s) => s.expected.state))).toEqual(
      new Set(["awarded", "inUse", "reported", "settled", "closed", "suspended"]),
    );
    const standings = new Set(all.flatMap((s) => s.expected.duties.map((d) => (d as { status: string }).status)));
    expect(standings).toEqual(new Set(["upcoming", "dueToday", "passed", "met", "unknown"]));
  });
});
