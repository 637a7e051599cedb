// Tests written to kill mutants of src/allocate/ranked.ts, proRata.ts, rank.ts, run.ts and
// settings.ts that survived `npm run mutation` (docs/quality.md): exact amounts as strings where the
// money runs out (whole cents or whole euros), the note on what remained, the order of tied and
// duplicate candidates whatever the input order, and how the edition and the quoted bad options
// are reported. Every allocation runs inside its test, where Stryker's mutant is switched on.
import { describe, expect, it } from "vitest";
import {
  type AllocateOptions,
  type AllocationCandidate,
  type AllocationReason,
  allocate,
  getEdition,
} from "../../src/index.js";
import { APPLICATION } from "../package/consumers.js";

/** The example application asking for `requested` (its maximum grant is 102 000.42 €, 893/2019 4 §). */
const asking = (requested: string) => ({
  ...APPLICATION,
  budget: { ...APPLICATION.budget, requestedGrant: requested },
});
const brief = (reasons: readonly AllocationReason[]) => reasons.map((r) => [r.code, r.params]);

function run(candidates: readonly AllocationCandidate[], options: AllocateOptions) {
  const r = allocate(candidates, { edition: "2022", locale: "en", ...options });
  if (!r.success) throw new Error(JSON.stringify(r.issues));
  return r.data;
}
const outcome = (d: ReturnType<typeof run>) =>
  d.allocations.map((a) => [a.id, a.status, a.amount, a.rank, ...brief(a.reasons).slice(0, 1)]);
const lastNote = (d: ReturnType<typeof run>) => brief(d.notes).at(-1);

describe("ranked: where the money runs out (ranked.ts, run.ts)", () => {
  const AB = [
    { id: "A", application: asking("1000.00"), score: 5 },
    { id: "B", application: asking("500.00"), score: 4 },
  ];

  it("partial, in cents: the next in rank gets the 0.50 € left, and nothing remains", () => {
    const d = run(AB, { appropriation: "1000.50", partial: "partial" });
    expect(outcome(d)).toEqual([
      ["A", "granted", "1000.00", 1, ["allocation.granted", { rank: 1, amount: "1000.00", score: "5.0000" }]],
      ["B", "granted", "0.50", 2, ["allocation.partial", { rank: 2, amount: "0.50", grantable: "500.00" }]],
    ]);
    expect([d.totalGranted, d.remaining, d.exhaustedAtRank]).toEqual(["1000.50", "0.00", 2]);
    expect(lastNote(d)).toEqual(["allocation.remainderNone", {}]);
  });

  it("in whole euros, 0.50 € left funds no one: the next is reserve, and the remainder is unfunded", () => {
    const d = run(AB, { appropriation: "1000.50", partial: "partial", unit: "euro" });
    expect(outcome(d)).toEqual([
      ["A", "granted", "1000.00", 1, ["allocation.granted", { rank: 1, amount: "1000.00", score: "5.0000" }]],
      ["B", "reserve", "0.00", 2, ["allocation.exhausted", { rank: 2, exhaustedAt: 2 }]],
    ]);
    expect([d.totalGranted, d.remaining, d.exhaustedAtRank, d.counts]).toEqual([
      "1000.00",
      "0.50",
      2,
      { granted: 1, reserve: 1, rejected: 0 },
    ]);
    expect(lastNote(d)).toEqual(["allocation.remainderUnfunded", { remaining: "0.50" }]);
  });

  it("skip: one that does not fit goes to the reserve and a cheaper one after it is funded", () => {
    const d = run(
      [
        ...AB.slice(0, 1),
        { id: "B", application: asking("700.00"), score: 4 },
        { id: "C", application: asking("300.00"), score: 3 },
      ],
      {
        appropriation: "1500.00",
      },
    );
    expect(outcome(d)).toEqual([
      ["A", "granted", "1000.00", 1, ["allocation.granted", { rank: 1, amount: "1000.00", score: "5.0000" }]],
      ["B", "reserve", "0.00", 2, ["allocation.doesNotFit", { rank: 2, grantable: "700.00", remaining: "500.00" }]],
      ["C", "granted", "300.00", 3, ["allocation.granted", { rank: 3, amount: "300.00", score: "3.0000" }]],
    ]);
    expect([d.remaining, d.exhaustedAtRank, d.partial, d.proRata]).toEqual(["200.00", 2, "skip", null]);
    expect(lastNote(d)).toEqual(["allocation.remainderUnfunded", { remaining: "200.00" }]);
  });

  it("partial: a single cent left is still granted", () => {
    const d = run(AB, { appropriation: "1000.01", partial: "partial" });
    expect(outcome(d)[1]).toEqual([
      "B",
      "granted",
      "0.01",
      2,
      ["allocation.partial", { rank: 2, amount: "0.01", grantable: "500.00" }],
    ]);
  });

  it("everyone funded with money to spare, and everyone funded to the last cent", () => {
    expect(lastNote(run(AB, { appropriation: "2000.00" }))).toEqual([
      "allocation.remainderAllFunded",
      { remaining: "500.00" },
    ]);
    const exact = run(AB, { appropriation: "1500.00" });
    expect([exact.remaining, exact.exhaustedAtRank, lastNote(exact)]).toEqual([
      "0.00",
      null,
      ["allocation.remainderNone", {}],
    ]);
  });
});

describe("pro rata (proRata.ts, run.ts)", () => {
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
    const huge = (requested: string) => ({
      ...APPLICATION,
      budget: { lines: [{ category: "staff", amount: "60000000000000.00" }], requestedGrant: requested },
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
});

describe("the order of the result does not depend on the order of the input (rank.ts, run.ts)", () => {
  const permutations = <T>(xs: readonly T[]): T[][] =>
    xs.length <= 1
      ? [[...xs]]
      : xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((rest) => [x, ...rest]));

  // Scores of 20 digits are compared digit by digit, the everyday ones as numbers: both orders are checked.
  const BIG = "9".repeat(20);

  it.each([
    ["4", "4.0000"],
    [BIG, `${BIG}.0000`],
  ])(
    "equal scores (%s) and equal grantable amounts are ranked by id, and each says how many shared the score",
    (score, text) => {
      for (const ids of permutations(["C", "A", "B"])) {
        const d = run(
          ids.map((id) => ({ id, application: asking("1000.00"), score })),
          { appropriation: "5000.00" },
        );
        expect(d.allocations.map((a) => [a.id, a.rank, brief(a.reasons).at(-1)])).toEqual([
          ["A", 1, ["allocation.tied", { score: text, count: 3 }]],
          ["B", 2, ["allocation.tied", { score: text, count: 3 }]],
          ["C", 3, ["allocation.tied", { score: text, count: 3 }]],
        ]);
      }
      const d = run(
        ["A", "B"].map((id) => ({ id, application: asking("1000.00"), score })),
        { appropriation: "5000.00" },
      );
      expect(d.allocations.map((a) => a.reasons.at(-1)!.message)).toEqual([
        `The score ${text} is shared by 2 applications; their order was decided by the smaller grantable amount, then by id.`,
        `The score ${text} is shared by 2 applications; their order was decided by the smaller grantable amount, then by id.`,
      ]);
    },
  );

  it("20-digit and everyday scores together are ranked by their value", () => {
    const candidates = [
      { id: "A", application: asking("1000.00"), score: 5 },
      { id: "B", application: asking("2000.00"), score: BIG },
      { id: "C", application: asking("3000.00"), score: "4.5" },
      { id: "D", application: asking("500.00"), score: `-${BIG}` },
    ];
    for (const order of permutations(candidates)) {
      expect(run(order, { appropriation: "10000.00" }).allocations.map((a) => a.id)).toEqual(["B", "A", "C", "D"]);
    }
  });

  it.each([
    ["everyday scores", "5", "4", "-1", "-2"],
    ["scores of 20 digits", `1${"0".repeat(20)}`, BIG, `-${"1".repeat(20)}`, `-${"2".repeat(20)}`],
  ])(
    "with %s: the higher score first, on equal scores the smaller grantable amount, negative scores last",
    (_, top, mid, low, lowest) => {
      const candidates = [
        { id: "P", application: asking("2000.00"), score: mid },
        { id: "Q", application: asking("1000.00"), score: mid },
        { id: "R", application: asking("3000.00"), score: top },
        { id: "S", application: asking("500.00"), score: low },
        { id: "T", application: asking("400.00"), score: lowest },
      ];
      for (const order of [candidates, [...candidates].reverse()]) {
        const d = run(order, { appropriation: "10000.00" });
        expect(d.allocations.map((a) => [a.id, a.rank])).toEqual([
          ["R", 1],
          ["Q", 2],
          ["P", 3],
          ["S", 4],
          ["T", 5],
        ]);
      }
    },
  );

  it("candidates under one id, and ids that cannot be used, are listed in the same order whatever order they came in", () => {
    const same = [
      { id: "D", application: asking("1000.00"), score: 4 },
      { id: "D", application: { edition: "2022" }, score: 3 },
      { id: "", application: asking("2000.00"), score: 2 },
      { id: 7, application: asking("3000.00"), score: 1 },
    ] as never as AllocationCandidate[];
    const results = permutations(same).map((order) => run(order, { appropriation: "5000.00" }).allocations);
    for (const r of results) expect(r).toEqual(results[0]);
    expect(results[0]!.map((a) => [a.id, a.status, a.reasons[0]!.code])).toEqual([
      ["", "rejected", "allocation.invalidId"],
      ["", "rejected", "allocation.invalidId"],
      ["D", "rejected", "allocation.duplicateId"],
      ["D", "rejected", "allocation.duplicateId"],
    ]);
  });
});

describe("options (settings.ts)", () => {
  const one = [{ id: "A", application: APPLICATION, score: 4 }];
  const issues = (options: object) => {
    const r = allocate(one, options as AllocateOptions);
    return r.success ? [] : r.issues.map((i) => [i.code, i.params]);
  };

  it("an edition that is neither an id nor an object is named by its type", () => {
    expect(issues({ edition: null })).toEqual([["allocation.unknownEdition", { edition: "null" }]]);
    expect(issues({ edition: 2023 })).toEqual([["allocation.unknownEdition", { edition: "number" }]]);
  });

  it("an edition object that is not the registered one is checked and used", () => {
    const d = run(one, { edition: { ...getEdition("2022") }, appropriation: "150000.00" });
    expect([d.edition, d.allocations[0]!.status]).toEqual(["2022", "granted"]);
  });

  it("the defaults may also be given by name", () => {
    const d = run(one, {
      strategy: "ranked",
      partial: "skip",
      unit: "cent",
      include: "eligible",
      appropriation: "150000.00",
    });
    expect([d.strategy, d.partial, d.unit, d.include]).toEqual(["ranked", "skip", "cent", "eligible"]);
  });

  it("a bad minimum score and appropriation are quoted to 40 characters", () => {
    expect(issues({ edition: "2022", minScore: "a".repeat(50), appropriation: "b".repeat(50) })).toEqual([
      ["allocation.invalidMinScore", { input: "a".repeat(40) }],
      ["allocation.invalidAppropriation", { input: "b".repeat(40) }],
    ]);
  });

  it("the edition's appropriation, when none is given, is noted with the call page it comes from", () => {
    const d = run(one, {});
    expect(d.appropriation).toBe("10000000.00");
    expect(d.notes[0]).toEqual({
      code: "allocation.appropriationFromEdition",
      message: "The appropriation of the 2022 call, €10,000,000.00, was allocated.",
      params: { edition: "2022", amount: "10000000.00" },
      citation: "https://vm.fi/kuntien-digikannustinavustukset-2022",
    });
  });
});
