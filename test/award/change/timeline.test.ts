import { describe, expect, it } from "vitest";
import { assessChange } from "../../../src/award/change.js";
import { grantTimeline } from "../../../src/award/timeline.js";
import type { DecisionTerms, GrantEvent } from "../../../src/award/types.js";
import { terms2022 } from "../fixtures.js";

const terms = terms2022();
const extended = assessChange(terms, { extension: { end: "2024-12-31" } }, { at: "2024-06-03" }).terms as DecisionTerms;
const events: GrantEvent[] = [
  { kind: "payment", on: "2022-09-01", amount: "50000.00" },
  { kind: "changeDecided", on: "2024-06-20", terms: extended },
];
const duties = (at: string, list: readonly GrantEvent[] = events) => {
  const r = grantTimeline(terms, list, { at, locale: "en" });
  if (!r.success) throw new Error(JSON.stringify(r.issues));
  return Object.fromEntries(r.data.duties.map((d) => [d.code, d.date]));
};

describe("the timeline with a change decided (changeDecided)", () => {
  it("applies the amended terms from the day of the decision, not before", () => {
    expect(duties("2024-06-19")).toMatchObject({ endOfUse: "2024-09-30", reportDue: "2024-11-30" });
    expect(duties("2024-06-20")).toMatchObject({ endOfUse: "2024-12-31", reportDue: "2025-02-28" });
  });

  it("lets the later of two changes decide", () => {
    const later = { ...extended, period: { ...extended.period, end: "2024-11-30" } };
    const list: GrantEvent[] = [...events, { kind: "changeDecided", on: "2024-07-01", terms: later }];
    expect(duties("2024-06-25", list).endOfUse).toBe("2024-12-31");
    expect(duties("2024-07-01", list).endOfUse).toBe("2024-11-30");
  });

  it("keeps the amended terms in force when other events follow the change (688/2001 14 §)", () => {
    const list: GrantEvent[] = [...events, { kind: "payment", on: "2024-07-01", amount: "10000.00" }];
    const r = grantTimeline(terms, list, { at: "2024-07-02" });
    expect(r.success && r.data.terms).toEqual(extended);
    expect(duties("2024-07-02", list)).toMatchObject({ endOfUse: "2024-12-31", reportDue: "2025-02-28" });
  });

  it("keeps a grant in use past its old end when the change extended it", () => {
    const r = grantTimeline(terms, events, { at: "2024-10-15" });
    expect(r.success && r.data.duties[0]?.status).toBe("upcoming");
  });

  it("checks the amended terms as any terms, and that they are of the same grant", () => {
    const bad = grantTimeline(
      terms,
      [{ kind: "changeDecided", on: "2024-06-20", terms: { ...extended, rate: "0.90" } }],
      { at: "2024-07-01", locale: "en" },
    );
    expect(bad.success).toBe(false);
    expect(!bad.success && bad.issues[0]).toMatchObject({
      path: ["events", 0, "terms", "rate"],
      message:
        "The grant's share 0.90 exceeds the maximum share 0.85 of eligible costs of the 2022 call (893/2019 4 §).",
    });
    const other = grantTimeline(
      terms,
      [{ kind: "changeDecided", on: "2024-06-20", terms: { ...extended, decidedOn: "2022-06-16" } }],
      { at: "2024-07-01", locale: "en" },
    );
    expect(!other.success && other.issues[0]).toMatchObject({
      code: "change.otherGrant",
      path: ["events", 0, "terms"],
      message: "The amended terms of event 0 belong to another grant: the call or the decision date differs.",
    });
  });
});
