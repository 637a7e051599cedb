// The funding order (rank.ts): ties and duplicates in the same order whatever the input order.
import { describe, expect, it } from "vitest";
import type { AllocationCandidate } from "../../src/index.js";
import { asking, brief, run2022 as run } from "./fixtures.js";

describe("the order of the result does not depend on the order of the input", () => {
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
