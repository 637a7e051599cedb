import { describe, expect, it } from "vitest";
import { reason, worded } from "../../src/allocate/reason.js";

describe("reason and worded", () => {
  it("carries the code and parameters, and words them in the language, with the citation only when given", () => {
    expect(reason("allocation.remainderNone", {})).toEqual({ code: "allocation.remainderNone", params: {} });
    expect(worded(reason("allocation.remainderNone", {}), "en")).toEqual({
      code: "allocation.remainderNone",
      message: "The whole appropriation was granted.",
      params: {},
    });
    expect(worded(reason("allocation.remainderNone", {}, "893/2019 4 §"), "sv")).toEqual({
      code: "allocation.remainderNone",
      message: "Hela anslaget beviljades.",
      params: {},
      citation: "893/2019 4 §",
    });
  });

  it("writes the citation and the rule in the same order whichever of them is given", () => {
    const base = { code: "allocation.remainderNone", params: {} } as const;
    const keys = (source: { citation?: string; rule?: string }) => Object.keys(worded({ ...base, ...source }, "fi"));
    expect(keys({})).toEqual(["code", "message", "params"]);
    expect(keys({ citation: "893/2019 4 §" })).toEqual(["code", "message", "params", "citation"]);
    expect(keys({ rule: "grant.maxGrant" })).toEqual(["code", "message", "params", "rule"]);
    expect(keys({ rule: "grant.maxGrant", citation: "893/2019 4 §" })).toEqual([
      "code",
      "message",
      "params",
      "citation",
      "rule",
    ]);
  });

  it("words a finding made elsewhere from its code, or keeps the text it came with", () => {
    const scored = { code: "allocation.scored", params: { score: "3.0000", reviewers: 3 }, given: "kept" } as const;
    expect(worded(scored, "en").message).toBe(
      "Score 3.0000: the mean of the weighted means of the reviewers who scored every criterion (3).",
    );
    expect(worded({ code: "no.such" as never, params: {}, given: "kept" }, "en").message).toBe("kept");
  });
});
