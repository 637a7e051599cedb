import { describe, expect, it } from "vitest";
import { judge } from "./fixtures.js";
import { type Application2022, application2022 } from "../helpers/application2022.js";

type Line = Application2022["budget"]["lines"][number];

const budget = (lines: Line[], requestedGrant: string) =>
  application2022((a) => {
    a.budget = { lines, requestedGrant };
  });

// The own share (omarahoitus) is what the applicants finance themselves: every cost of the budget,
// VAT and ineligible costs included, less the grant that can be awarded, which is the request at
// most the maximum (893/2019 4 §). It is never negative.
describe("budget.ownShare", () => {
  it.each<[string, Line[], string, string, string]>([
    ["asks the maximum", [{ category: "staff", amount: "100000.00" }], "85000.00", "85000.00", "15000.00"],
    ["asks less", [{ category: "staff", amount: "100000.00" }], "50000.00", "85000.00", "50000.00"],
    [
      "asks more: the maximum is what can be awarded",
      [{ category: "staff", amount: "100.00" }],
      "101.00",
      "85.00",
      "15.00",
    ],
    ["asks nothing", [{ category: "staff", amount: "100.00" }], "0.00", "85.00", "100.00"],
    [
      "VAT and equipment count in the share",
      [
        { category: "staff", amount: "100000.00", vat: "0.00" },
        { category: "services", amount: "20000.00", vat: "4800.00" },
        { category: "equipment", amount: "15000.00", vat: "3600.00" },
      ],
      "102000.00",
      "102000.00",
      "41400.00",
    ],
    [
      "services declared not solely for the project stay in the share",
      [
        { category: "staff", amount: "100000.00" },
        { category: "services", amount: "20000.00", solelyForProject: false },
      ],
      "85000.00",
      "85000.00",
      "35000.00",
    ],
  ])("%s", (_, lines, requested, maxGrant, ownShare) => {
    const { assessment } = judge(budget(lines, requested), "grant.withinMaximum");
    expect(assessment.budget?.maxGrant).toBe(maxGrant);
    expect(assessment.budget?.ownShare).toBe(ownShare);
  });
});
