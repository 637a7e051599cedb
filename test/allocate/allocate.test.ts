import { describe, expect, it } from "vitest";
import { allocate } from "../../src/allocate/allocate.js";
import type { AllocateOptions, AllocationCandidate, AllocationResult } from "../../src/allocate/types.js";
import { assess } from "../../src/assess/assess.js";
import { getEdition } from "../../src/editions/registry.js";
import { exampleCall2022 } from "../../src/examples/index.js";
import { addAmounts, sumAmounts } from "../../src/money/index.js";
import { type Application2022, application2022 } from "../helpers/application2022.js";
import { INVALID_CANDIDATE, allocations, asking, brief } from "./fixtures.js";

/** The standard application with a project name, staff costs and a request of its own. */
const applying = (name: string, staff: string, requested: string, edit?: (a: Application2022) => void) =>
  application2022((a) => {
    a.project.name = name;
    a.budget.lines = [{ category: "staff", amount: staff }];
    a.budget.requestedGrant = requested;
    edit?.(a);
  });

// Maximum grants: 85 % of 700 000.59 = 595 000.5015 → 595 000.50; of 400 000 → 340 000; of 250 000 → 212 500.
const three: AllocationCandidate[] = [
  { id: "A", application: applying("Laatumalli A", "700000.59", "595000.50"), score: 4.5 },
  { id: "B", application: applying("Laatumalli B", "400000.00", "300000.00"), score: 4 },
  { id: "C", application: applying("Laatumalli C", "250000.00", "200000.00"), score: 3.5 },
];

function run(candidates: readonly AllocationCandidate[], options: AllocateOptions = {}): AllocationResult {
  const r = allocate(candidates, { locale: "en", ...options });
  if (!r.success) throw new Error(JSON.stringify(r.issues));
  return r.data;
}

const amounts = (r: AllocationResult) => r.allocations.map((a) => [a.id, a.status, a.amount]);

describe("allocate, through assess", () => {
  it("allocates 800 000 € over three applications in whole euros, partly funding the last that fits", () => {
    const r = run(three, { appropriation: "800000.00", strategy: "ranked", partial: "partial", unit: "euro" });
    expect(amounts(r)).toEqual([
      ["A", "granted", "595000.00"],
      ["B", "granted", "205000.00"],
      ["C", "reserve", "0.00"],
    ]);
    expect([r.edition, r.totalGranted, r.remaining]).toEqual(["2022", "800000.00", "0.00"]);
    expect(r.allocations[0]).toMatchObject({
      requestedGrant: "595000.50",
      maxGrant: "595000.50",
      eligibleCosts: "700000.59",
      grantable: "595000.00",
    });
    expect(r.allocations[1]!.reasons[0]!.message).toBe(
      "The appropriation was exhausted at rank 2: granted the remaining €205,000.00 of the €300,000.00 it could have been granted.",
    );
  });

  it("allocates the same call to the cent, skipping the one that does not fit", () => {
    const r = run(three, { appropriation: "800000.00" });
    expect(amounts(r)).toEqual([
      ["A", "granted", "595000.50"],
      ["B", "reserve", "0.00"],
      ["C", "granted", "200000.00"],
    ]);
    expect([r.totalGranted, r.remaining]).toEqual(["795000.50", "4999.50"]);
  });

  it("splits 800 000 € pro rata to the cent", () => {
    const r = run(three, { appropriation: "800000.00", strategy: "proRata" });
    // 80 000 000 cents × g / 109 500 050 for g = 59 500 050, 30 000 000, 20 000 000 cents:
    // 43 470 336.31…, 21 917 798.21…, 14 611 865.47…; the one cent left over goes to C (remainder .47).
    expect(amounts(r)).toEqual([
      ["A", "granted", "434703.36"],
      ["B", "granted", "219177.98"],
      ["C", "granted", "146118.66"],
    ]);
    expect(sumAmounts(r.allocations.map((a) => a.amount))).toBe("800000.00");
  });

  it("rejects an invalid application with its parse issues, and one to another call", () => {
    const { project: _, ...withoutProject } = application2022();
    const r = run([
      ...three,
      { id: "broken", application: withoutProject, score: 5 },
      { id: "old", application: applying("Vanha", "100.00", "85.00", (a) => (a.edition = "2021")), score: 5 },
    ]);
    const broken = r.allocations.find((a) => a.id === "broken")!;
    expect(broken.status).toBe("rejected");
    expect(broken.reasons[0]!.code).toBe("allocation.invalidApplication");
    expect(broken.reasons.slice(1).map((x) => [x.code, x.params["path"]])).toContainEqual([
      "application.required",
      ["project"],
    ]);
    expect(r.allocations.find((a) => a.id === "old")!.reasons[0]!.message).toBe(
      "The application is to the 2021 call, not to the 2022 call being allocated.",
    );
  });

  it("grants an over-request at most the maximum, saying it was reduced and why, in fi, sv and en", () => {
    const over = [{ id: "over", application: applying("Liikaa", "100000.00", "90000.00"), score: 5 }];
    const r = run(over);
    const a = r.allocations[0]!;
    expect([a.status, a.amount, a.assessmentStatus, a.grantable]).toEqual([
      "granted",
      "85000.00",
      "eligible",
      "85000.00",
    ]);
    const reduced = a.reasons.find((x) => x.code === "allocation.reducedToMaximum")!;
    expect(reduced.citation).toBe("893/2019 4 §; 688/2001 11 §");
    expect(reduced.params).toEqual({ requested: "90000.00", maxGrant: "85000.00", excess: "5000.00", rate: "0.85" });
    expect(reduced.message).toBe(
      "The grant applied for, €90,000.00, exceeds the maximum of €85,000.00 by €5,000.00. The grant is reduced to the maximum, because the grant awarded can be at most 85% of the eligible costs (893/2019 4 §) and the grant authority decides the amount (688/2001 11 §).",
    );
    const message = (locale: "fi" | "sv") =>
      run(over, { locale }).allocations[0]!.reasons.find((x) => x.code === "allocation.reducedToMaximum")!.message;
    expect(message("fi")).toBe(
      "Haettu avustus 90\u00a0000,00\u00a0€ ylittää enimmäismäärän 85\u00a0000,00\u00a0€; ylitys on 5\u00a0000,00\u00a0€. Avustus alennetaan enimmäismäärään, koska myönnettävä avustus voi olla enintään 85\u00a0% hyväksyttävistä kustannuksista (893/2019 4 §) ja valtionapuviranomainen päättää avustuksen määrästä (688/2001 11 §).",
    );
    expect(message("sv")).toBe(
      "Det sökta understödet 90\u00a0000,00\u00a0€ överstiger maximibeloppet 85\u00a0000,00\u00a0€; överskridningen är 5\u00a0000,00\u00a0€. Understödet sänks till maximibeloppet, eftersom det understöd som beviljas kan uppgå till högst 85\u00a0% av de godtagbara kostnaderna (893/2019 4 §) och statsbidragsmyndigheten beslutar om understödets belopp (688/2001 11 §).",
    );
  });

  it("gives no reduction reason when the request is within the maximum", () => {
    const r = run(three, { appropriation: "10000000.00" });
    for (const a of r.allocations) expect(a.reasons.map((x) => x.code)).not.toContain("allocation.reducedToMaximum");
  });

  it("passes options on to assess, and fails on bad ones", () => {
    const undated = three.map((c) => ({ ...c, application: { ...(c.application as object), submittedAt: undefined } }));
    expect(run(undated).counts.rejected).toBe(3); // without a submission time the deadline is unknown: needs review
    expect(run(undated, { assess: { at: "2022-04-25T16:00:00+03:00" } }).counts.granted).toBe(3);
    const bad = allocate(three, { assess: { at: "yesterday" }, locale: "en" });
    expect(bad.success).toBe(false);
    // The assess options' issue speaks the allocation's language.
    expect(bad.success ? [] : bad.issues.map((i) => i.message)).toEqual([
      'options.at: "yesterday" is not an instant: use ISO 8601 with an offset, e.g. "2022-04-25T15:30:00+03:00".',
    ]);
  });
});

describe("allocate, reasons of equal wording", () => {
  it("words the same score alike for each candidate, but gives each allocation reasons of its own", () => {
    const panel = {
      reviewers: [
        {
          reviewer: "R",
          scores: {
            societalAndEconomicImpact: 4,
            generalSignificance: 4,
            changeInWaysOfWorking: 4,
            reuseAndDissemination: 4,
            nationalServicesAndInteroperability: 5,
          },
        },
      ],
    };
    const r = run(three.map((c) => ({ ...c, score: panel })));
    const scored = r.allocations.map((a) => a.reasons.find((x) => x.code === "allocation.scored")!);
    expect(scored.map((x) => [x.message, x.params])).toEqual(
      Array.from({ length: 3 }, () => [
        "Score 4.2000: the mean of the weighted means of the reviewers who scored every criterion (1).",
        { score: "4.2000", reviewers: 1 },
      ]),
    );
    (scored[0]!.params as Record<string, unknown>)["reviewers"] = 99;
    expect(scored[1]!.params["reviewers"]).toBe(1);
    expect(new Set(scored).size).toBe(3);
  });
});

describe("allocate, under an edition the options name", () => {
  // allocate assesses an application as soon as it parses it when its edition will be the
  // allocation's; an edition named by the options decides instead, by id or as an object.
  it("rejects an application to another call when options.edition names one by id", () => {
    const r = run(three, { edition: "2021" });
    expect(r.edition).toBe("2021");
    for (const a of r.allocations) {
      expect([a.status, a.assessmentStatus, a.reasons.map((x) => [x.code, x.params])]).toEqual([
        "rejected",
        null,
        [["allocation.otherEdition", { edition: "2022", expected: "2021" }]],
      ]);
    }
  });

  it("assesses under an edition object's own rules, not the registered edition of the same id", () => {
    const strict = structuredClone(getEdition("2022")) as { eligibility: { minMunicipalities: { value: number } } };
    strict.eligibility.minMunicipalities.value = 4;
    // Three municipalities each (Lahti, Heinola, Porvoo): enough under the 2022 call, too few under this one.
    const trio = three.map((c) => {
      const application = structuredClone(c.application) as Application2022;
      application.applicant = { type: "municipality", code: "398", financing: application.applicant.financing! };
      application.participants = [
        { type: "municipality", code: "111" },
        { type: "municipality", code: "638" },
      ];
      return { ...c, application };
    });
    const r = run(trio, { edition: strict as never });
    expect(run(trio).allocations.map((a) => a.assessmentStatus)).toEqual(["eligible", "eligible", "eligible"]);
    for (const a of r.allocations) {
      expect(a.status).toBe("rejected");
      expect(a.assessmentStatus).toBe("ineligible");
      expect(a.reasons.map((x) => x.rule ?? x.code)).toEqual([
        "allocation.notEligible",
        "consortium.minMunicipalities",
      ]);
    }
  });
});

describe("allocate, when the applications name several calls", () => {
  // Without options.edition, allocate allocates the call the first valid application names, and
  // rejects those that name another call.
  const to = (edition: Application2022["edition"], id: string): AllocationCandidate => ({
    id,
    application: applying(`Hanke ${id}`, "100000.00", "85000.00", (a) => (a.edition = edition)),
    score: 4,
  });

  it("rejects the applications to another call than the first valid one's, with no assessment of theirs", () => {
    const r = run([...three, to("2021", "old1"), to("2020", "old2")]);
    expect(r.edition).toBe("2022");
    for (const id of ["old1", "old2"]) {
      const a = r.allocations.find((x) => x.id === id)!;
      expect([a.status, a.rank, a.assessmentStatus, a.requestedGrant, a.reasons.map((x) => x.code)]).toEqual([
        "rejected",
        null,
        null,
        null,
        ["allocation.otherEdition"],
      ]);
    }
    expect(r.allocations.filter((a) => a.rank !== null).map((a) => a.id)).toEqual(["A", "B", "C"]);
  });

  it("rejects an application whose call the scoring model does not fit, when another call is chosen", () => {
    // Only the 2019-1 call published a feasibility criterion: under 2022 these weights are an
    // issue, but 2022 is not the call allocated, so its application is simply to another call.
    const broken = { id: "broken", application: { edition: "2022" }, score: 4 };
    const r = run([broken, to("2019-1", "x1"), three[0]!, to("2019-1", "x2")], {
      scoreModel: { weights: { feasibility: "2" } },
    });
    expect(r.edition).toBe("2019-1");
    expect(r.scoring.criteria.find((c) => c.code === "feasibility")?.weight).toBe("2");
    const a = r.allocations.find((x) => x.id === "A")!;
    expect(a.reasons.map((x) => [x.code, x.params])).toEqual([
      ["allocation.otherEdition", { edition: "2022", expected: "2019-1" }],
    ]);
    expect(r.allocations.filter((x) => x.id.startsWith("x")).every((x) => x.assessmentStatus !== null)).toBe(true);
    // With a 2022 application first, the same weights make the whole allocation fail.
    const bad = allocate([...three, to("2019-1", "x1")], {
      scoreModel: { weights: { feasibility: "2" } },
      locale: "en",
    });
    expect(!bad.success && bad.issues.map((i) => i.code)).toEqual(["allocation.weightNotInEdition"]);
  });

  it("takes the first valid application's call, however many name another", () => {
    const r = run([to("2021", "a"), to("2022", "b"), to("2022", "c")]);
    expect(r.edition).toBe("2021");
    const other = r.allocations.filter((a) => a.reasons[0]!.code === "allocation.otherEdition");
    expect(other.map((a) => [a.id, a.reasons[0]!.params])).toEqual([
      ["b", { edition: "2022", expected: "2021" }],
      ["c", { edition: "2022", expected: "2021" }],
    ]);
    const none = allocate([{ id: "x", application: { edition: "2022" }, score: 4 }], { locale: "en" });
    expect(!none.success && none.issues.map((i) => i.code)).toEqual(["allocation.noEdition"]);
  });

  it("rejects a candidate that is not an object as such, not as an invalid application", () => {
    const r = run([...three, 42, "A", [], null] as unknown as AllocationCandidate[]);
    const bad = r.allocations.filter((a) => a.id === "");
    expect(bad.map((a) => [a.status, a.reasons.map((x) => x.code)])).toEqual(
      Array.from({ length: 4 }, () => ["rejected", ["allocation.invalidCandidate"]]),
    );
    expect(r.allocations.filter((a) => a.rank !== null).map((a) => a.id)).toEqual(["A", "B", "C"]);
  });

  it("fails on options that are not an object, with the options' issue rather than a defect's", () => {
    for (const options of [null, "en", 1]) {
      const r = allocate(three, options as never);
      expect(!r.success && r.issues.map((i) => i.code)).toEqual(["allocation.invalidOption"]);
    }
  });

  it("counts no id of a candidate whose getter throws as used twice", () => {
    const throwing = Object.defineProperty({ id: "A" }, "application", {
      get() {
        throw new Error("no application");
      },
      enumerable: true,
    });
    const r = run([...three, throwing as AllocationCandidate]);
    expect(r.allocations.filter((a) => a.id === "A").map((a) => a.status)).toEqual(["granted"]);
    expect(r.allocations.find((a) => a.id === "")!.reasons.map((x) => x.code)).toEqual(["allocation.invalidCandidate"]);
    // The same id given twice with readable candidates: neither is funded.
    const twice = run([...three, { ...three[0]! }]);
    expect(twice.allocations.filter((a) => a.id === "A").map((a) => [a.status, a.reasons[0]!.code])).toEqual([
      ["rejected", "allocation.duplicateId"],
      ["rejected", "allocation.duplicateId"],
    ]);
  });
});

describe("allocate, the built-in example call of 49 applications", () => {
  const candidates = exampleCall2022.candidates;
  const r = run(candidates, { unit: "euro" });

  it("gives every candidate one allocation and accounts for every euro of the 10 M€", () => {
    expect(r.allocations).toHaveLength(49);
    expect(new Set(r.allocations.map((a) => a.id)).size).toBe(49);
    expect(r.appropriation).toBe("10000000.00");
    expect(addAmounts(r.totalGranted, r.remaining)).toBe("10000000.00");
    expect(r.counts.granted + r.counts.reserve + r.counts.rejected).toBe(49);
    expect(r.allocations.filter((a) => a.status === "granted").every((a) => a.amount.endsWith(".00"))).toBe(true);
  });

  it("rejects exactly the applications assess does not find eligible", () => {
    for (const c of candidates) {
      const status = assess(c.application).status;
      const a = r.allocations.find((x) => x.id === c.id)!;
      expect(a.assessmentStatus).toBe(status);
      if (status !== "eligible") expect([a.status, a.rank]).toEqual(["rejected", null]);
    }
  });

  it("lists the ranked by rank and then the unranked by id", () => {
    const ranks = r.allocations.map((a) => a.rank);
    const ranked = ranks.filter((x) => x !== null);
    expect(ranked).toEqual(ranked.map((_, i) => i + 1));
    expect(ranks.slice(ranked.length).every((x) => x === null)).toBe(true);
    const ids = r.allocations.slice(ranked.length).map((a) => a.id);
    expect(ids).toEqual([...ids].sort());
  });
});

describe("allocate: what is not a candidate list or not a candidate", () => {
  it("a candidate list that is not an array is an issue in the chosen language", () => {
    const r = allocate("A" as never, { locale: "en" });
    expect(r.success ? null : r.issues).toEqual([
      { code: "allocation.notAList", params: {}, message: "The candidates must be an array." },
    ]);
  });

  it("an options object whose getter throws is refused as options, in its language when that can be read", () => {
    const throwing = {
      locale: "en",
      get strategy(): never {
        throw new Error("boom");
      },
    };
    const r = allocate([{ id: "A", application: asking("100000.00"), score: 4 }], throwing as never);
    expect(r.success ? null : r.issues).toEqual([
      {
        code: "allocation.invalidOption",
        params: { option: "options", expected: "an object" },
        message: "The option options is invalid: expected an object.",
      },
    ]);
  });

  it("a number, an array, null and a candidate whose application getter throws are each rejected as no candidate", () => {
    const throwing = {
      id: "T",
      score: 4,
      get application(): never {
        throw new Error("boom");
      },
    };
    const r = allocate([5, [], null, throwing, { id: "A", application: asking("100000.00"), score: 4 }] as never, {
      edition: "2022",
      appropriation: "150000.00",
      locale: "en",
    });
    const all = allocations(r);
    expect(all.map((a) => [a.id, a.status, ...brief(a.reasons)])).toEqual([
      ["A", "granted", ["allocation.granted", { rank: 1, amount: "100000.00", score: "4.0000" }], expect.anything()],
      ["", "rejected", INVALID_CANDIDATE],
      ["", "rejected", INVALID_CANDIDATE],
      ["", "rejected", INVALID_CANDIDATE],
      ["", "rejected", INVALID_CANDIDATE],
    ]);
    expect(all[1]!.reasons[0]!.message).toBe("The candidate is not an object with an id and an application.");
  });

  it("an invalid application is rejected with its parse issues in the allocation's language", () => {
    const r = allocate([{ id: "B", application: { edition: "2022" }, score: 3 }], { edition: "2022", locale: "en" });
    expect(allocations(r)[0]!.reasons.map((x) => [x.code, x.message, x.params])).toEqual([
      [
        "allocation.invalidApplication",
        "The application is not valid (issues: 3), so it could not be assessed.",
        { issues: 3 },
      ],
      ["application.required", "The field applicant is missing.", { field: "applicant", path: ["applicant"] }],
      ["application.required", "The field project is missing.", { field: "project", path: ["project"] }],
      ["application.required", "The field budget is missing.", { field: "budget", path: ["budget"] }],
    ]);
  });

  it("without an edition option, only applications that parse name the edition", () => {
    const r = allocate(
      [
        { id: "X", application: { edition: "2021" } },
        { id: "Y", application: { edition: "2021" } },
        { id: "A", application: asking("100000.00"), score: 4 },
      ],
      { appropriation: "150000.00" },
    );
    expect(r.success && [r.data.edition, r.data.counts]).toEqual(["2022", { granted: 1, reserve: 0, rejected: 2 }]);
  });

  it("the options for assess are checked, and their issues returned as allocation issues", () => {
    const r = allocate([{ id: "A", application: asking("100000.00"), score: 4 }], {
      assess: { at: "yesterday" } as never,
    });
    expect(r.success ? null : r.issues).toEqual([
      {
        code: "time.notAnInstant",
        params: { field: "options.at", input: "yesterday" },
        message:
          'options.at: ”yesterday” ei ole ajanhetki: käytä ISO 8601 -muotoa aikavyöhykkeen kanssa, esim. "2022-04-25T15:30:00+03:00".',
      },
    ]);
  });

  it("an edition among the options for assess is ignored: the allocation's edition decides", () => {
    const r = allocate([{ id: "A", application: asking("100000.00"), score: 4 }], {
      appropriation: "150000.00",
      assess: { edition: "2099" } as never,
    });
    expect(r.success && r.data.allocations[0]!.status).toBe("granted");
  });
});
