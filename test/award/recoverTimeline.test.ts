// The timeline's recovery event (#13): a decided recovery puts the grant in `recovering`, cited 21–22 §.
import { describe, expect, it } from "vitest";
import { grantTimeline } from "../../src/award/timeline.js";
import type { GrantEvent } from "../../src/award/types.js";
import { terms2022 } from "./fixtures.js";

const terms = terms2022();
const events: GrantEvent[] = [
  { kind: "payment", on: "2022-07-01", amount: "100000.00" },
  { kind: "reportReceived", on: "2024-11-15" },
  { kind: "settled", on: "2025-01-15", finalGrant: "100000.00" },
  { kind: "recoveryDecided", on: "2025-06-02", amount: "40000.00" },
];

describe("the recoveryDecided event", () => {
  it("is recovering from the decision's day, settled the day before", () => {
    const before = grantTimeline(terms, events, { at: "2025-06-01" });
    const on = grantTimeline(terms, events, { at: "2025-06-02", locale: "en" });
    expect(before.success && [before.data.state, before.data.stateCitation]).toEqual(["settled", "688/2001 11 §"]);
    expect(on.success && [on.data.state, on.data.stateCitation]).toEqual(["recovering", "688/2001 21–22 §"]);
    // The recovery bar still counts from the last payment (688/2001 28 § 2 mom.).
    expect(on.success && on.data.duties.find((d) => d.code === "recoveryBar")!.date).toBe("2032-07-01");
  });
  it("stays recovering after the ten-year bar, where a settled grant would be closed", () => {
    const late = grantTimeline(terms, events, { at: "2033-01-01" });
    expect(late.success && late.data.state).toBe("recovering");
  });
  it("checks its amount like any event", () => {
    const bad = grantTimeline(terms, [{ kind: "recoveryDecided", on: "2025-06-02", amount: "x" } as never], {
      at: "2025-06-02",
    });
    expect(bad.success).toBe(false);
  });
});
