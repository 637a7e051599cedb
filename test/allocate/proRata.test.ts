// Pro rata (proRata.ts): exact amounts as strings, and the note on what remained.
import { describe, expect, it } from "vitest";
import { application2022 } from "../helpers/application2022.js";
import { asking, brief, run2022 as run } from "./fixtures.js";

const outcome = (d: ReturnType<typeof run>) =>
  d.allocations.map((a) => [a.id, a.status, a.amount, a.rank, ...brief(a.reasons).slice(0, 1)]);

const lastNote = (d: ReturnType<typeof run>) => brief(d.notes).at(-1);

describe("pro rata", () => {
  it("when everything fits, each gets its grantable amount in full, and the rest is noted", () => {
    const d = run(
      [
        { id: "A", application: asking("1000.00") },
        { id: "B", application: asking("500.00") },
      ],
      { appropriation: "2000.00", strategy: "proRata" },
    );
    expect(outcome(d)).toEqual([
      [
        "A",
        "granted",
        "1000.00",
        null,
        ["allocation.grantedInFull", { amount: "1000.00", requestedTotal: "1500.00", appropriation: "2000.00" }],
      ],
      [
        "B",
        "granted",
        "500.00",
        null,
        ["allocation.grantedInFull", { amount: "500.00", requestedTotal: "1500.00", appropriation: "2000.00" }],
      ],
    ]);
    expect([d.proRata, d.partial, d.exhaustedAtRank]).toEqual([
      { requestedTotal: "1500.00", distributed: "1500.00", factor: "1.000000" },
      null,
      null,
    ]);
    expect(lastNote(d)).toEqual(["allocation.remainderAllFunded", { remaining: "500.00" }]);
  });

  it("an appropriation exactly equal to the claims funds each in full", () => {
    const d = run(
      [
        { id: "A", application: asking("1000.00") },
        { id: "B", application: asking("500.00") },
      ],
      { appropriation: "1500.00", strategy: "proRata" },
    );
    expect(outcome(d).map((a) => a[4])).toEqual([
      ["allocation.grantedInFull", { amount: "1000.00", requestedTotal: "1500.00", appropriation: "1500.00" }],
      ["allocation.grantedInFull", { amount: "500.00", requestedTotal: "1500.00", appropriation: "1500.00" }],
    ]);
    expect([d.proRata?.factor, lastNote(d)]).toEqual(["1.000000", ["allocation.remainderNone", {}]]);
  });

  it("one cent over two equal claims: the tie goes to the first id, the other is reserve with nothing", () => {
    for (const ids of [
      ["A", "B"],
      ["B", "A"],
    ]) {
      const d = run(
        ids.map((id) => ({ id, application: asking("1000.00") })),
        { appropriation: "0.01", strategy: "proRata" },
      );
      expect(outcome(d)).toEqual([
        [
          "A",
          "granted",
          "0.01",
          null,
          [
            "allocation.proRata",
            {
              amount: "0.01",
              grantable: "1000.00",
              distributed: "0.01",
              requestedTotal: "2000.00",
              factor: "0.000005",
            },
          ],
        ],
        ["B", "reserve", "0.00", null, ["allocation.proRataZero", { grantable: "1000.00", factor: "0.000005" }]],
      ]);
      expect([d.counts, lastNote(d)]).toEqual([
        { granted: 1, reserve: 1, rejected: 0 },
        ["allocation.remainderNone", {}],
      ]);
    }
  });

  it("claims that together pass 2^53 cents (about 90 000 billion euros) are added exactly", () => {
    const huge = (requested: string) =>
      application2022((a) => {
        a.budget = { lines: [{ category: "staff", amount: "60000000000000.00" }], requestedGrant: requested };
      });
    const d = run(
      [
        { id: "A", application: huge("50000000000000.01") },
        { id: "B", application: huge("50000000000000.02") },
      ],
      { appropriation: "90000000000000.00", strategy: "proRata" },
    );
    expect(d.proRata).toEqual({
      requestedTotal: "100000000000000.03",
      distributed: "90000000000000.00",
      factor: "0.900000",
    });
    expect([d.allocations.map((a) => a.amount), d.totalGranted, d.remaining]).toEqual([
      ["45000000000000.00", "45000000000000.00"],
      "90000000000000.00",
      "0.00",
    ]);
  });

  it("what the rounding to whole euros leaves is noted with the unit", () => {
    const d = run(
      [
        { id: "A", application: asking("1000.00") },
        { id: "B", application: asking("1000.00") },
      ],
      { appropriation: "1001.50", strategy: "proRata", unit: "euro" },
    );
    expect(d.allocations.map((a) => a.amount)).toEqual(["501.00", "500.00"]);
    expect(lastNote(d)).toEqual(["allocation.remainderRounding", { remaining: "0.50", unit: "euro" }]);
  });

  it("orders unscored and rejected candidates by id, whatever the input order", () => {
    // A late application fails deadline.submittedInTime (893/2019 6 § 1 mom.) and is rejected unranked.
    const late = (id: string) => ({
      id,
      application: application2022((a) => {
        a.budget.lines = [{ category: "staff", amount: "120000.50" }];
        a.budget.requestedGrant = "100.00";
        a.submittedAt = "2022-04-26T12:00:00+03:00";
      }),
      score: 3,
    });
    const unscored = (id: string) => ({ id, application: asking("100.00") });
    const order = (candidates: Parameters<typeof run>[0]) =>
      run(candidates, { strategy: "proRata" }).allocations.map((a) => `${a.id}:${a.status}`);
    const expected = ["A:rejected", "B:rejected", "C:rejected", "Y:granted", "Z:granted"];
    expect(order([late("C"), unscored("Z"), late("A"), unscored("Y"), late("B")])).toEqual(expected);
    expect(order([unscored("Y"), late("B"), late("A"), unscored("Z"), late("C")])).toEqual(expected);
  });
});
