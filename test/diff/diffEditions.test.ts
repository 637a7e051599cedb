import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { diffEditions } from "../../src/diff/diffEditions.js";
import type { EditionChange } from "../../src/diff/types.js";
import { editions, getEdition } from "../../src/editions/registry.js";
import type { CallEdition } from "../../src/editions/schema.js";

// A writable copy of the 2022 edition, for small hand-made editions.
type Mutable<T> = { -readonly [K in keyof T]: Mutable<T[K]> };
const base = (): Mutable<CallEdition> => structuredClone(getEdition("2022")) as Mutable<CallEdition>;

/** diff(b, a) as it must be if diff(a, b) is right: same paths, sides swapped. */
function mirror(c: EditionChange): EditionChange {
  const kind = c.kind === "added" ? "removed" : c.kind === "removed" ? "added" : "changed";
  return {
    path: c.path,
    kind,
    before: c.after,
    after: c.before,
    citation: { before: c.citation.after, after: c.citation.before },
    certainty: { before: c.certainty.after, after: c.certainty.before },
  };
}

describe("diffEditions on hand-made editions", () => {
  it("finds nothing between an edition and itself or an equal copy", () => {
    expect(diffEditions("2022", "2022")).toEqual([]);
    expect(diffEditions(getEdition("2022"), base() as CallEdition)).toEqual([]);
  });

  it("reports a changed value with both values, citations and certainties", () => {
    const later = base();
    later.window.closesAt = {
      value: "2023-05-02T16:15:00+03:00",
      citation: "https://example.org/2023",
      certainty: "sourced",
    };
    expect(diffEditions("2022", later as CallEdition)).toEqual([
      {
        path: "window.closesAt",
        kind: "changed",
        before: "2022-04-25T16:15:00+03:00",
        after: "2023-05-02T16:15:00+03:00",
        citation: { before: "https://vm.fi/kuntien-digikannustinavustukset-2022", after: "https://example.org/2023" },
        certainty: { before: "inferred", after: "sourced" },
      },
    ]);
  });

  it("ignores a change of citation, note or certainty when the value is the same", () => {
    const later = base();
    later.money.maxGrantRate = {
      value: "0.85",
      citation: "https://example.org/another-page",
      certainty: "inferred",
      note: { fi: "Toinen huomautus.", sv: "En annan anmärkning.", en: "Another note." },
    };
    later.eligibility.jointOnly = { ...later.eligibility.jointOnly, citation: "893/2019 3 §" };
    expect(diffEditions("2022", later as CallEdition)).toEqual([]);
  });

  it("reports a known value becoming unknown as changed, with certainty notFound", () => {
    const later = base();
    later.decidedOn = {
      value: null,
      citation: "https://example.org/",
      certainty: "notFound",
      note: { fi: "Ei julkaistu.", sv: "Inte publicerat.", en: "Not published." },
    };
    const [change] = diffEditions("2022", later as CallEdition);
    expect(change).toMatchObject({ path: "decidedOn", kind: "changed", before: "2022-06-15", after: null });
    expect(change?.certainty).toEqual({ before: "sourced", after: "notFound" });
  });

  it("reports code-keyed entries as added and removed, in code order, with null for the absent side", () => {
    const later = base();
    const { dataQuality } = later.focusAreas;
    later.focusAreas = { competence: later.focusAreas.competence!, knowledgeManagement: dataQuality! };
    later.exclusions = { ...later.exclusions, archiving: later.exclusions.socialAndHealthCare! };
    const changes = diffEditions("2022", later as CallEdition);
    expect(changes.map((c) => `${c.kind} ${c.path}`)).toEqual([
      "added focusAreas.knowledgeManagement",
      "removed focusAreas.dataQuality",
      "added exclusions.archiving",
    ]);
    expect(changes[1]).toMatchObject({
      before: dataQuality!.value,
      after: null,
      citation: { before: dataQuality!.citation, after: null },
    });
    expect(changes[0]?.certainty).toEqual({ before: null, after: "sourced" });
  });

  it("reports a changed entry inside a record, such as a cost category turning ineligible", () => {
    const later = base();
    const staff = later.money.costCategories.staff;
    later.money.costCategories.staff = { ...staff, value: { ...staff.value, treatment: "ineligible" } };
    const changes = diffEditions("2022", later as CallEdition);
    expect(changes.map((c) => [c.path, c.kind])).toEqual([["money.costCategories.staff", "changed"]]);
    expect(changes[0]?.after).toMatchObject({ treatment: "ineligible" });
  });

  it("compares values deeply and ignores key order", () => {
    const later = base();
    const { title, description } = later.focusAreas.dataQuality!.value;
    later.focusAreas.dataQuality!.value = { description, title };
    expect(diffEditions("2022", later as CallEdition)).toEqual([]);
    later.focusAreas.dataQuality!.value = { description, title: { ...title, sv: "Kvalitet" } };
    expect(diffEditions("2022", later as CallEdition).map((c) => c.path)).toEqual(["focusAreas.dataQuality"]);
  });

  it("lists changes in the order of the edition schema", () => {
    const later = base();
    later.criteria = {};
    later.period.latestEnd = { ...later.period.latestEnd, value: "2025-01-31" };
    later.eligibility.minMunicipalities = { ...later.eligibility.minMunicipalities, value: 3 };
    later.appropriation = { ...later.appropriation, value: { amount: "5000000.00", sharedWith: ["2021"] } };
    later.registerYear = 2021;
    const paths = diffEditions("2022", later as CallEdition).map((c) => c.path);
    expect(paths.slice(0, 4)).toEqual([
      "registerYear",
      "appropriation",
      "eligibility.minMunicipalities",
      "period.latestEnd",
    ]);
    expect(paths.slice(4).every((p) => p.startsWith("criteria."))).toBe(true);
  });

  it("does not compare id, title, sources or statistics", () => {
    const later = base();
    later.id = "2021";
    later.title = { ...later.title, value: { fi: "Toinen", sv: "Annan", en: "Another" } };
    later.sources = ["https://example.org/"];
    later.statistics.applicationsReceived = { value: 1, citation: "https://example.org/", certainty: "sourced" };
    expect(diffEditions("2022", later as CallEdition)).toEqual([]);
  });

  it("returns fresh plain values and leaves the frozen editions alone", () => {
    const later = base();
    later.eligibility.applicantTypes = { ...later.eligibility.applicantTypes, value: ["municipality"] };
    const change = diffEditions("2022", later as CallEdition)[0]!;
    expect(Object.isFrozen(change.before)).toBe(false);
    (change.before as string[]).push("company");
    expect(getEdition("2022").eligibility.applicantTypes.value).toEqual(["municipality", "jointAuthority"]);
    expect(JSON.parse(JSON.stringify(change))).toEqual(change);
  });
});

describe("diffEditions properties", () => {
  // A random perturbation of the 2022 edition, and the paths it must show up as.
  const perturbation = fc.record({
    closesAt: fc.option(fc.constantFrom("2022-04-26T16:15:00+03:00", "2022-05-02T12:00:00+03:00"), { nil: undefined }),
    jointOnly: fc.boolean(),
    minMunicipalities: fc.option(fc.integer({ min: 1, max: 6 }), { nil: undefined }),
    dropFocus: fc.subarray(["dataQuality", "competence"] as const),
    addFocus: fc.subarray(["knowledgeManagement", "remoteWork", "digitalSecurity"] as const),
    equipment: fc.constantFrom("ineligible", "eligible", "conditional" as const),
    rewordCitation: fc.boolean(),
    flipCertainty: fc.boolean(),
  });

  type Perturbation = typeof perturbation extends fc.Arbitrary<infer T> ? T : never;

  function perturb(p: Perturbation) {
    const e = base();
    const expected: string[] = [];
    if (p.closesAt) {
      e.window.closesAt = { ...e.window.closesAt, value: p.closesAt };
      expected.push("window.closesAt");
    }
    if (!p.jointOnly) {
      e.eligibility.jointOnly = { ...e.eligibility.jointOnly, value: false };
      expected.push("eligibility.jointOnly");
    }
    if (p.minMunicipalities !== undefined && p.minMunicipalities !== 2) {
      e.eligibility.minMunicipalities = { ...e.eligibility.minMunicipalities, value: p.minMunicipalities };
      expected.push("eligibility.minMunicipalities");
    }
    for (const code of p.addFocus) {
      e.focusAreas[code] = { ...e.focusAreas.competence!, citation: "https://example.org/" };
      expected.push(`focusAreas.${code}`);
    }
    for (const code of p.dropFocus) {
      delete e.focusAreas[code];
      expected.push(`focusAreas.${code}`);
    }
    if (p.equipment !== "ineligible") {
      const equipment = e.money.costCategories.equipment;
      e.money.costCategories.equipment = { ...equipment, value: { ...equipment.value, treatment: p.equipment } };
      expected.push("money.costCategories.equipment");
    }
    if (p.rewordCitation) e.budgetItem = { ...e.budgetItem, citation: "https://budjetti.vm.fi/" };
    if (p.flipCertainty) e.money.vatEligible = { ...e.money.vatEligible, certainty: "inferred" };
    return { edition: e as CallEdition, expected };
  }

  it("reports exactly the perturbed values, and nothing for citation or certainty alone", () => {
    fc.assert(
      fc.property(perturbation, (p) => {
        const { edition, expected } = perturb(p);
        const paths = diffEditions("2022", edition).map((c) => c.path);
        expect([...paths].sort()).toEqual([...expected].sort());
      }),
    );
  });

  it("diff(b, a) mirrors diff(a, b) for perturbed editions", () => {
    fc.assert(
      fc.property(perturbation, perturbation, (p, q) => {
        const a = perturb(p).edition;
        const b = perturb(q).edition;
        expect(diffEditions(b, a)).toEqual(diffEditions(a, b).map(mirror));
        expect(diffEditions(a, a)).toEqual([]);
      }),
    );
  });

  it("diff(b, a) mirrors diff(a, b) for every pair of registered editions", () => {
    const registered = editions.map((e) => e.id);
    fc.assert(
      fc.property(fc.constantFrom(...registered), fc.constantFrom(...registered), (a, b) => {
        expect(diffEditions(b, a)).toEqual(diffEditions(a, b).map(mirror));
        if (a === b) expect(diffEditions(a, b)).toEqual([]);
      }),
    );
  });
});

describe("diffEditions on the appropriation", () => {
  it("compares it as a pool: two calls sharing one appropriation show no change", () => {
    const first = base();
    first.id = "2019-1";
    first.appropriation = { ...first.appropriation, value: { amount: "30000000.00", sharedWith: ["2019-2"] } };
    const second = base();
    second.id = "2019-2";
    second.appropriation = { ...second.appropriation, value: { amount: "30000000.00", sharedWith: ["2019-1"] } };
    expect(diffEditions(first as CallEdition, second as CallEdition)).toEqual([]);
    const alone = base();
    alone.appropriation = { ...alone.appropriation, value: { amount: "30000000.00", sharedWith: [] } };
    expect(diffEditions(first as CallEdition, alone as CallEdition).map((c) => [c.path, c.before, c.after])).toEqual([
      ["appropriation", { amount: "30000000.00", sharedWith: ["2019-2"] }, { amount: "30000000.00", sharedWith: [] }],
    ]);
    expect(diffEditions(alone as CallEdition, "2022").map((c) => c.path)).toEqual(["appropriation"]);
  });
});

// Expected lists written by hand from the calls' pages (the citations in src/editions/data/), not from the output.
describe("diffEditions on the real call editions", () => {
  it("2021 → 2022: new focus areas, new dates, later end of use; exclusions and money unchanged", () => {
    const changes = diffEditions("2021", "2022");
    expect(
      changes.map((c) => [
        c.kind,
        c.path,
        c.kind === "changed" ? c.before : null,
        c.kind === "changed" ? c.after : null,
      ]),
    ).toEqual([
      ["changed", "registerYear", 2021, 2022],
      // 2021 opened 18.2.2021; the 2022 opening date was not found.
      ["changed", "window.opensAt", "2021-02-18T00:00:00+02:00", null],
      // 2021 closed 4.5.2021 at 16.15; 2022 closed 25.4.2022 (time of day inferred).
      ["changed", "window.closesAt", "2021-05-04T16:15:00+03:00", "2022-04-25T16:15:00+03:00"],
      ["changed", "decidedOn", "2021-06-23", "2022-06-15"],
      // The releases grant jointly in 2021 and name a lead applicant in 2022 (both inferred).
      ["changed", "recipients", "joint", "administrator"],
      ["removed", "focusAreas.builtEnvironmentServices", null, null],
      ["removed", "focusAreas.digitalSecurity", null, null],
      ["added", "focusAreas.dataQuality", null, null],
      ["added", "focusAreas.competence", null, null],
      // Projects end by the end of October 2023 (2021) and the end of September 2024 (2022).
      ["changed", "period.latestEnd", "2023-10-31", "2024-09-30"],
    ]);
    const closes = changes.find((c) => c.path === "window.closesAt")!;
    expect(closes.certainty).toEqual({ before: "sourced", after: "inferred" });
    expect(closes.citation.after).toBe("https://vm.fi/kuntien-digikannustinavustukset-2022");
    expect(changes.find((c) => c.path === "window.opensAt")!.certainty.after).toBe("notFound");
    expect(changes.find((c) => c.path === "focusAreas.dataQuality")!.after).toMatchObject({
      title: { fi: "Tietoaineistojen laatu" },
    });
  });

  it("2019-1 → 2019-2: joint projects only, two municipalities at least, four exclusions; the shared 30 M€ is no change", () => {
    const changes = diffEditions("2019-1", "2019-2");
    const byPath = new Map(changes.map((c) => [c.path, c]));
    expect(byPath.get("eligibility.jointOnly")).toMatchObject({ kind: "changed", before: false, after: true });
    expect(byPath.get("eligibility.minMunicipalities")).toMatchObject({ kind: "changed", before: 1, after: 2 });
    expect(changes.filter((c) => c.path.startsWith("exclusions.")).map((c) => `${c.kind} ${c.path}`)).toEqual([
      "added exclusions.socialAndHealthCare",
      "added exclusions.builtEnvironment",
      "added exclusions.archiving",
      "added exclusions.caseManagement",
    ]);
    expect(byPath.has("appropriation")).toBe(false);
    expect(byPath.has("money.maxGrantRate")).toBe(false);
  });

  it("2020 → 2021: the built environment moves from the exclusions into the focus areas", () => {
    const changes = diffEditions("2020", "2021");
    const listed = changes.map((c) => `${c.kind} ${c.path}`);
    expect(listed).toContain("removed exclusions.builtEnvironment");
    expect(listed).toContain("removed exclusions.archiving");
    expect(listed).toContain("added exclusions.digitisationOnly");
    expect(listed).toContain("added focusAreas.builtEnvironmentServices");
    expect(listed).not.toContain("changed appropriation"); // 10 M€ both years
    expect(listed).not.toContain("changed eligibility.jointOnly");
  });

  it("2019-2 → 2020: the appropriation falls from the shared 30 M€ to 10 M€", () => {
    const change = diffEditions("2019-2", "2020").find((c) => c.path === "appropriation");
    expect(change).toMatchObject({
      kind: "changed",
      before: { amount: "30000000.00", sharedWith: ["2019-1"] },
      after: { amount: "10000000.00", sharedWith: [] },
    });
  });

  it("the statutory rules of 893/2019 never change between editions", () => {
    for (const [a, b] of [
      ["2019-1", "2019-2"],
      ["2019-2", "2020"],
      ["2020", "2021"],
      ["2021", "2022"],
    ] as const) {
      const paths = diffEditions(a, b).map((c) => c.path);
      // requiredContents.operationalChange is the call texts' own (2020–2022), not 893/2019's.
      const statutory = paths.filter(
        (p) =>
          /^(money|requiredContents|conditionsOfUse|reporting|legalBasis)/.test(p) &&
          p !== "requiredContents.operationalChange",
      );
      expect(statutory, `${a} → ${b}`).toEqual([]);
    }
  });
});
