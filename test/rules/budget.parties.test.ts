import { describe, expect, it } from "vitest";
import { parseApplication } from "../../src/application/parse.js";
import { summariseBudget } from "../../src/assess/summariseBudget.js";
import { getEdition } from "../../src/editions/registry.js";
import { type Application2022, application2022 } from "../helpers/application2022.js";

type Line = Application2022["budget"]["lines"][number];

function summary(edit: (a: Application2022) => void) {
  const parsed = parseApplication(application2022(edit));
  if (!parsed.success) throw new Error(JSON.stringify(parsed.issues));
  return summariseBudget(parsed.data, getEdition("2022"));
}

const budget =
  (lines: Line[], requestedGrant = "0.00") =>
  (a: Application2022) => {
    a.budget = { lines, requestedGrant };
  };

// 893/2019 6 § 2 mom. 4–5 k.: the application names the participants and estimates their funding
// shares. The summary splits the money by the party that bears each line.
describe("BudgetSummary.parties", () => {
  it("gives each line to the party it names, a line without one to the applicant", () => {
    const s = summary(
      budget(
        [
          { category: "staff", amount: "50000.00" },
          { category: "services", amount: "30000.00", vat: "7200.00", party: "049" },
          { category: "equipment", amount: "5000.00", vat: "1200.00", party: "049" },
          { category: "travel", amount: "20000.00", party: "0201256-6" },
          { category: "services", amount: "1000.00", party: "0123456-2", solelyForProject: false },
          { category: "staff", amount: "0.00", vat: "10.00", party: "444" },
        ],
        "85000.00",
      ),
    );
    expect(s.totalCosts).toBe("106000.00");
    expect(s.maxGrant).toBe("85000.00");
    expect(s.parties.map((p) => [p.key, p.role, p.type, p.name])).toEqual([
      ["444", "applicant", "municipality", "Lohja"],
      ["049", "participant", "municipality", "Espoo"],
      ["0201256-6", "participant", "jointAuthority", "Länsi-Uudenmaan tietohallintokuntayhtymä"],
      ["0123456-2", "participant", "association", "Kuntaliitto"],
      [null, "participant", "company", "Data Oy"],
    ]);
    expect(s.parties.map((p) => [p.totalCosts, p.eligibleCosts, p.ineligibleCosts, p.vat, p.maxGrantShare])).toEqual([
      // 50 000 of 100 000 € eligible: half of the 85 000 € maximum.
      ["50000.00", "50000.00", "0.00", "10.00", "42500.00"],
      ["35000.00", "30000.00", "5000.00", "8400.00", "25500.00"],
      ["20000.00", "20000.00", "0.00", "0.00", "17000.00"],
      // A services line not solely for the project is left out of the eligible costs (893/2019 5 § 1 mom. 4 k.).
      ["1000.00", "0.00", "1000.00", "0.00", "0.00"],
      ["0.00", "0.00", "0.00", "0.00", "0.00"],
    ]);
  });

  it("carries each party's stated financing, null where it states none", () => {
    const s = summary((a) => {
      a.applicant = { ...a.applicant, financing: 10000 } as Application2022["applicant"];
      a.participants[1] = { ...a.participants[1]!, financing: "2000.5" } as Application2022["participants"][number];
    });
    expect(s.parties.map((p) => p.financing)).toEqual(["10000.00", null, "2000.50", null, null]);
  });

  it("lists a joint authority's member municipalities after the participants, those not already named", () => {
    const s = summary((a) => {
      a.participants = [
        { type: "jointAuthority", businessId: "0201256-6", name: "Kuntayhtymä", onBehalfOf: ["049", "092", "235"] },
        { type: "municipality", code: "049", name: "Espoo" },
      ];
      a.budget = {
        lines: [
          { category: "staff", amount: "100.00" },
          { category: "staff", amount: "200.00", party: "092" },
          { category: "staff", amount: "300.00", party: "0201256-6" },
        ],
        requestedGrant: "0.00",
      };
    });
    expect(s.parties.map((p) => [p.key, p.role, p.type, p.name, p.eligibleCosts])).toEqual([
      ["444", "applicant", "municipality", "Lohja", "100.00"],
      ["0201256-6", "participant", "jointAuthority", "Kuntayhtymä", "300.00"],
      ["049", "participant", "municipality", "Espoo", "0.00"],
      ["092", "onBehalfOf", "municipality", "Vantaa", "200.00"],
      ["235", "onBehalfOf", "municipality", "Kauniainen", "0.00"],
    ]);
  });

  it("gives a key that occurs twice to its first party, and a key no party answers to an unnamed party of its own", () => {
    const s = summary((a) => {
      a.participants = [
        { type: "municipality", code: "049", name: "Espoo" },
        { type: "municipality", code: "049", name: "Espoo again", financing: "1.00" },
      ];
      a.budget = {
        lines: [
          { category: "staff", amount: "10.00", party: "049" },
          { category: "staff", amount: "20.00", party: "999" },
          { category: "staff", amount: "30.00", party: "0201256-6" },
          { category: "staff", amount: "40.00", party: "999" },
        ],
        requestedGrant: "0.00",
      };
    });
    expect(s.parties.map((p) => [p.key, p.role, p.type, p.name, p.eligibleCosts, p.financing])).toEqual([
      ["444", "applicant", "municipality", "Lohja", "0.00", null],
      ["049", "participant", "municipality", "Espoo", "10.00", null],
      ["049", "participant", "municipality", "Espoo", "0.00", "1.00"],
      ["999", "unnamed", null, "999", "60.00", null],
      ["0201256-6", "unnamed", null, "0201256-6", "30.00", null],
    ]);
  });

  it("names a municipality as the register does, else as the application states, else by its code", () => {
    const s = summary((a) => {
      a.applicant = { type: "municipality", code: "444", name: "Lojo" };
      a.participants = [
        { type: "municipality", code: "998", name: "Kuvitteellinen kunta" },
        { type: "municipality", code: "997" },
      ];
    });
    expect(s.parties.map((p) => p.name)).toEqual(["Lohja", "Kuvitteellinen kunta", "997"]);
  });

  it("splits the maximum grant by the largest remainder, a tie to the party named first", () => {
    // 85 % of 0,03 € is 0,0255 €, rounded down to 0,02 €; three equal thirds of 0,02 €: 0,0066… each.
    const three = summary((a) => {
      a.participants = [
        { type: "municipality", code: "049", name: "Espoo" },
        { type: "municipality", code: "092", name: "Vantaa" },
      ];
      a.budget = {
        lines: [
          { category: "staff", amount: "0.01", party: "092" },
          { category: "staff", amount: "0.01", party: "049" },
          { category: "staff", amount: "0.01" },
        ],
        requestedGrant: "0.00",
      };
    });
    expect(three.maxGrant).toBe("0.02");
    expect(three.parties.map((p) => p.maxGrantShare)).toEqual(["0.01", "0.01", "0.00"]);
    // 85 % of 1 000,01 € is 850,0085 €, rounded down to 850,00 €: the shares sum to it exactly.
    const uneven = summary(
      budget([
        { category: "staff", amount: "333.34" },
        { category: "staff", amount: "333.33", party: "049" },
        { category: "staff", amount: "333.34", party: "0123456-2" },
      ]),
    );
    expect(uneven.maxGrant).toBe("850.00");
    expect(uneven.parties.map((p) => p.maxGrantShare)).toEqual(["283.34", "283.33", "0.00", "283.33", "0.00"]);
  });
});
