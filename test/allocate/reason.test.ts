import { describe, expect, it } from "vitest";
import { flat, reason } from "../../src/allocate/reason.js";

describe("reason", () => {
  it("gives the message in the language, with the citation and rule only when given", () => {
    expect(reason("allocation.remainderNone", {}, "en")).toEqual({ code: "allocation.remainderNone", message: "The whole appropriation was granted.", params: {} });
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

  it("keeps a message's text as it is when storing it as one string", () => {
    const parts = ["Myönnetään ", "85\u00a0000,00\u00a0€", " sijalla 1."];
    expect(flat(parts.join(""))).toBe("Myönnetään 85\u00a0000,00\u00a0€ sijalla 1.");
    expect(flat("")).toBe("");
  });
});
