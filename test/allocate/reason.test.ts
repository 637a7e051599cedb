import { describe, expect, it } from "vitest";
import { flat, reason, sharedReason, withSource } from "../../src/allocate/reason.js";

describe("reason", () => {
  it("gives the message in the language, with the citation and rule only when given", () => {
    expect(reason("allocation.remainderNone", {}, "en")).toEqual({
      code: "allocation.remainderNone",
      message: "The whole appropriation was granted.",
      params: {},
    });
    const cited = reason("allocation.remainderNone", {}, "sv", { citation: "893/2019 4 §", rule: "grant.maxGrant" });
    expect(cited).toEqual({
      code: "allocation.remainderNone",
      message: "Hela anslaget beviljades.",
      params: {},
      citation: "893/2019 4 §",
      rule: "grant.maxGrant",
    });
    expect(Object.keys(reason("allocation.remainderNone", {}, "fi", {}))).toEqual(["code", "message", "params"]);
  });

  it("writes the citation and the rule in the same order whichever of them is given", () => {
    const base = { code: "allocation.remainderNone", message: "M", params: {} } as const;
    const keys = (source?: { citation?: string; rule?: string }) =>
      Object.keys(withSource(base.code, base.message, base.params, source));
    expect(keys(undefined)).toEqual(["code", "message", "params"]);
    expect(keys({ citation: "893/2019 4 §" })).toEqual(["code", "message", "params", "citation"]);
    expect(keys({ rule: "grant.maxGrant" })).toEqual(["code", "message", "params", "rule"]);
    expect(keys({ citation: "893/2019 4 §", rule: "grant.maxGrant" })).toEqual([
      "code",
      "message",
      "params",
      "citation",
      "rule",
    ]);
    expect(withSource(base.code, base.message, base.params, { rule: "grant.maxGrant" })).toEqual({
      ...base,
      rule: "grant.maxGrant",
    });
  });

  it("keeps a message's text as it is when storing it as one string", () => {
    const parts = ["Myönnetään ", "85\u00a0000,00\u00a0€", " sijalla 1."];
    expect(flat(parts.join(""))).toBe("Myönnetään 85\u00a0000,00\u00a0€ sijalla 1.");
    expect(flat("")).toBe("");
  });

  it("words a shared text once per key, and gives every reason its own object and parameters", () => {
    const texts = new Map<string, string>();
    const a = sharedReason("allocation.scored", { score: "4.2000", reviewers: 3 }, "scored 4.2000 3", "en", texts);
    const b = sharedReason("allocation.scored", { score: "4.2000", reviewers: 3 }, "scored 4.2000 3", "en", texts);
    const c = sharedReason("allocation.scored", { score: "3.0000", reviewers: 3 }, "scored 3.0000 3", "en", texts);
    expect(a).toEqual(reason("allocation.scored", { score: "4.2000", reviewers: 3 }, "en"));
    expect(b).toEqual(a);
    expect(c.message).toBe(
      "Score 3.0000: the mean of the weighted means of the reviewers who scored every criterion (3).",
    );
    expect([...texts.keys()]).toEqual(["scored 4.2000 3", "scored 3.0000 3"]);
    expect(b).not.toBe(a);
    expect(b.params).not.toBe(a.params);
    // The key decides: a text is taken from the table as it was worded for the key.
    texts.set("k", "kept");
    expect(sharedReason("allocation.scored", { score: "1.0000", reviewers: 1 }, "k", "en", texts).message).toBe("kept");
  });
});
