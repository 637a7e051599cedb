import { describe, expect, it } from "vitest";
import { allocate } from "../../src/allocate/allocate.js";
import type { AllocationCandidate } from "../../src/allocate/types.js";
import { allocateAssessed } from "../../src/allocate/allocateAssessed.js";
import type { AllocateOptions, AllocationResult, AssessedCandidate } from "../../src/allocate/types.js";
import { assessment, eligible } from "./fixtures.js";
import { asking, brief } from "./fixtures.js";

function run(candidates: readonly AssessedCandidate[], options: AllocateOptions): AllocationResult {
  const r = allocateAssessed(candidates, { edition: "2022", locale: "en", ...options });
  if (!r.success) throw new Error(JSON.stringify(r.issues));
  return r.data;
}

// 100 € for five applications: A fits (40 left); B does not; C fits (10 left); D and E do not.
const five: AssessedCandidate[] = [
  eligible("A", 5, "60.00"),
  eligible("B", 4, "50.00"),
  eligible("C", 3, "30.00"),
  eligible("D", 2, "20.00"),
  eligible("E", 1, "15.00"),
];

describe("ranked, skipping what does not fit", () => {
  it("says at each skipped rank what was left there, after every grant before it", () => {
    const r = run(five, { appropriation: "100.00" });
    const skipped = r.allocations
      .filter((a) => a.status === "reserve")
      .map((a) => [a.id, a.reasons[0]!.params.remaining, a.reasons[0]!.message]);
    expect(skipped).toEqual([
      [
        "B",
        "40.00",
        "Reserve: at rank 2 €40.00 of the appropriation remained, less than the €50.00 it can be granted; it was skipped and later applications were tried.",
      ],
      [
        "D",
        "10.00",
        "Reserve: at rank 4 €10.00 of the appropriation remained, less than the €20.00 it can be granted; it was skipped and later applications were tried.",
      ],
      [
        "E",
        "10.00",
        "Reserve: at rank 5 €10.00 of the appropriation remained, less than the €15.00 it can be granted; it was skipped and later applications were tried.",
      ],
    ]);
    expect([r.totalGranted, r.remaining, r.exhaustedAtRank]).toEqual(["90.00", "10.00", 2]);
  });

  it("puts everyone in reserve once less than one unit is left", () => {
    const r = run(five, { appropriation: "90.50", unit: "euro" });
    expect(r.allocations.map((a) => [a.id, a.status, a.reasons[0]!.code])).toEqual([
      ["A", "granted", "allocation.granted"],
      ["B", "reserve", "allocation.doesNotFit"],
      ["C", "granted", "allocation.granted"],
      ["D", "reserve", "allocation.exhausted"],
      ["E", "reserve", "allocation.exhausted"],
    ]);
    expect(r.allocations[3]!.reasons[0]!.params).toEqual({ rank: 4, exhaustedAt: 2 });
    expect(r.remaining).toBe("0.50");
  });
});

function allocated(candidates: readonly AllocationCandidate[], options: AllocateOptions) {
  const r = allocate(candidates, { edition: "2022", locale: "en", ...options });
  if (!r.success) throw new Error(JSON.stringify(r.issues));
  return r.data;
}

const firstReasons = (d: ReturnType<typeof allocated>) =>
  d.allocations.map((a) => [a.id, a.status, a.amount, a.rank, ...brief(a.reasons).slice(0, 1)]);

const lastNote = (d: ReturnType<typeof allocated>) => brief(d.notes).at(-1);

describe("ranked: where the money runs out", () => {
  const AB = [
    { id: "A", application: asking("1000.00"), score: 5 },
    { id: "B", application: asking("500.00"), score: 4 },
  ];

  it("partial, in cents: the next in rank gets the 0.50 € left, and nothing remains", () => {
    const d = allocated(AB, { appropriation: "1000.50", partial: "partial" });
    expect(firstReasons(d)).toEqual([
      ["A", "granted", "1000.00", 1, ["allocation.granted", { rank: 1, amount: "1000.00", score: "5.0000" }]],
      ["B", "granted", "0.50", 2, ["allocation.partial", { rank: 2, amount: "0.50", grantable: "500.00" }]],
    ]);
    expect([d.totalGranted, d.remaining, d.exhaustedAtRank]).toEqual(["1000.50", "0.00", 2]);
    expect(lastNote(d)).toEqual(["allocation.remainderNone", {}]);
  });

  it("in whole euros, 0.50 € left funds no one: the next is reserve, and the remainder is unfunded", () => {
    const d = allocated(AB, { appropriation: "1000.50", partial: "partial", unit: "euro" });
    expect(firstReasons(d)).toEqual([
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
    const d = allocated(
      [
        ...AB.slice(0, 1),
        { id: "B", application: asking("700.00"), score: 4 },
        { id: "C", application: asking("300.00"), score: 3 },
      ],
      {
        appropriation: "1500.00",
      },
    );
    expect(firstReasons(d)).toEqual([
      ["A", "granted", "1000.00", 1, ["allocation.granted", { rank: 1, amount: "1000.00", score: "5.0000" }]],
      ["B", "reserve", "0.00", 2, ["allocation.doesNotFit", { rank: 2, grantable: "700.00", remaining: "500.00" }]],
      ["C", "granted", "300.00", 3, ["allocation.granted", { rank: 3, amount: "300.00", score: "3.0000" }]],
    ]);
    expect([d.remaining, d.exhaustedAtRank, d.partial, d.proRata]).toEqual(["200.00", 2, "skip", null]);
    expect(lastNote(d)).toEqual(["allocation.remainderUnfunded", { remaining: "200.00" }]);
  });

  it("partial: a single cent left is still granted", () => {
    const d = allocated(AB, { appropriation: "1000.01", partial: "partial" });
    expect(firstReasons(d)[1]).toEqual([
      "B",
      "granted",
      "0.01",
      2,
      ["allocation.partial", { rank: 2, amount: "0.01", grantable: "500.00" }],
    ]);
  });

  it("everyone funded with money to spare, and everyone funded to the last cent", () => {
    expect(lastNote(allocated(AB, { appropriation: "2000.00" }))).toEqual([
      "allocation.remainderAllFunded",
      { remaining: "500.00" },
    ]);
    const exact = allocated(AB, { appropriation: "1500.00" });
    expect([exact.remaining, exact.exhaustedAtRank, lastNote(exact)]).toEqual([
      "0.00",
      null,
      ["allocation.remainderNone", {}],
    ]);
  });
});

describe("the note on what was left when nobody competed", () => {
  // Neither candidate has a score, so neither can be ranked; an ineligible one never competes.
  const unscored: AssessedCandidate[] = [
    { id: "U", assessment: assessment("eligible", { requested: "50.00", maxGrant: "50.00" }) },
    { id: "I", score: 5, assessment: assessment("ineligible", { requested: "30.00", maxGrant: "30.00" }) },
  ];

  it.each([
    [
      "fi",
      "100,00\u00a0€ jäi jakamatta: yksikään hakemus ei kilpaillut määrärahasta (mikään ei ollut avustuskelpoinen ja pisteytetty).",
    ],
    [
      "sv",
      "100,00\u00a0€ fördelades inte: ingen ansökan konkurrerade om anslaget (ingen var understödsberättigad och poängsatt).",
    ],
    ["en", "€100.00 was left: no application competed for it (none was both eligible and scored)."],
  ] as const)("in %s says that no application competed, not that every ranked one was funded", (locale, message) => {
    const r = run(unscored, { appropriation: "100.00", locale });
    expect(r.counts).toEqual({ granted: 0, reserve: 0, rejected: 2 });
    const last = r.notes.at(-1)!;
    expect([last.code, last.params, last.message]).toEqual([
      "allocation.remainderNoCompetitor",
      { remaining: "100.00" },
      message,
    ]);
  });

  it("says the same under proRata, which still reports its empty split", () => {
    const r = run(unscored.slice(1), { appropriation: "100.00", strategy: "proRata" });
    expect(brief(r.notes).at(-1)).toEqual(["allocation.remainderNoCompetitor", { remaining: "100.00" }]);
    expect(r.proRata).not.toBeNull();
  });
});
