import { describe, expect, it } from "vitest";
import { parseApplication } from "../../src/application/parse.js";
import { application2022, withoutShares } from "../helpers/application2022.js";

// Issue #11: a budget line may name the party that bears it, and every party may state its own
// financing share (893/2019 6 § 2 mom. 5 k.). Both are optional, so earlier inputs still parse.
function parsed(edit: (a: Record<string, unknown> & ReturnType<typeof application2022>) => void) {
  const input = application2022() as ReturnType<typeof application2022> & Record<string, unknown>;
  edit(input);
  return parseApplication(input, { locale: "en" });
}

describe("parseApplication: party and financing", () => {
  it("parses an input without either, as before", () => {
    const r = parsed(withoutShares);
    expect(r.success && r.data.budget.lines[0]!.party).toBeUndefined();
    expect(r.success && r.data.applicant.financing).toBeUndefined();
  });

  it("keeps a municipality code and writes a business ID in its canonical form", () => {
    const r = parsed((a) => {
      a.budget.lines = [
        { category: "staff", amount: "1.00", party: "049" },
        { category: "staff", amount: "1.00", party: "201256-6" },
        { category: "staff", amount: "1.00", party: "999" },
      ];
    });
    expect(r.success && r.data.budget.lines.map((l) => l.party)).toEqual(["049", "0201256-6", "999"]);
  });

  it.each([
    ["a two-digit code", "91", "businessId.format"],
    ["a wrong check digit", "0201256-5", "businessId.checkDigit"],
  ])("refuses %s as a party key", (_, key, code) => {
    const r = parsed((a) => {
      a.budget.lines = [{ category: "staff", amount: "1.00", party: key }];
    });
    expect(r.success).toBe(false);
    expect(!r.success && r.issues.map((i) => [i.path.join("."), i.code])).toEqual([["budget.lines.0.party", code]]);
  });

  it("reads every kind of party's financing as an amount", () => {
    const r = parsed((a) => {
      a.applicant = { ...a.applicant, financing: 12000.5 } as typeof a.applicant;
      a.participants = a.participants.map((p, i) => ({ ...p, financing: `${i + 1}000.00` })) as typeof a.participants;
    });
    expect(r.success && [r.data.applicant, ...r.data.participants].map((p) => p.financing)).toEqual([
      "12000.50",
      "1000.00",
      "2000.00",
      "3000.00",
      "4000.00",
    ]);
  });

  it("refuses a financing share with three decimals", () => {
    const r = parsed((a) => {
      a.applicant = { ...a.applicant, financing: "1.005" } as typeof a.applicant;
    });
    expect(!r.success && r.issues.map((i) => [i.path.join("."), i.code])).toEqual([
      ["applicant.financing", "money.tooManyDecimals"],
    ]);
  });
});
