import { describe, expect, it } from "vitest";
import { editions, getEdition } from "../../src/editions/registry.js";
import { catalogue } from "../../src/messages/catalogue.js";
import { ruleCatalogue, rulesFor } from "../../src/rules/catalogue.js";
import { RULES } from "../../src/rules/registry.js";
import { RULE_FAMILIES } from "../../src/rules/types.js";

function resolve(root: unknown, path: string): unknown {
  let node = root;
  for (const key of path.split(".")) {
    if (typeof node !== "object" || node === null || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

describe("ruleCatalogue", () => {
  it("has unique, stable ids of the form family.name, grouped by family in order", () => {
    const ids = ruleCatalogue.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of ruleCatalogue) {
      expect(r.id).toMatch(/^[a-z][A-Za-z]*\.[a-z][A-Za-z]*$/);
      expect(r.id.split(".")[0]).toBe(r.family);
    }
    const familyOrder = ruleCatalogue.map((r) => RULE_FAMILIES.indexOf(r.family));
    expect(familyOrder).toEqual([...familyOrder].sort((a, b) => a - b));
    // Each entry is its rule's spec with the family's title and description, and nothing else.
    expect(ruleCatalogue.map(({ title, description, ...spec }) => spec)).toEqual(RULES.map((r) => r.info));
  });

  it("names every rule the issue asks for", () => {
    const ids = ruleCatalogue.map((r) => r.id);
    expect(ids).toEqual([
      "applicant.type",
      "applicant.municipalityExists",
      "consortium.minMunicipalities",
      "consortium.members",
      "consortium.partners",
      "deadline.submittedInTime",
      "focusArea.oneOfEdition",
      "exclusion.socialAndHealthCare",
      "exclusion.digitisationOnly",
      "exclusion.builtEnvironment",
      "exclusion.archiving",
      "exclusion.caseManagement",
      "exclusion.employerSanctions",
      "costs.services",
      "costs.ineligibleExcluded",
      "costs.softwareLicences",
      "costs.internalCharges",
      "costs.vatExcluded",
      "costs.hasEligibleCosts",
      "grant.withinMaximum",
      "period.startBeforeEnd",
      "period.endsByLatestEnd",
      "contents.objectives",
      "contents.measures",
      "contents.results",
      "contents.disseminationPlan",
      "contents.schedule",
      "contents.organisation",
      "contents.parties",
      "contents.funding",
      "contents.relatedProjects",
      "contents.operationalChange",
    ]);
  });

  it("describes every rule in Finnish, Swedish and English, and cites an act or the call text", () => {
    for (const r of ruleCatalogue) {
      for (const text of [r.title, r.description]) {
        expect(Object.keys(text).sort()).toEqual(["en", "fi", "sv"]);
        for (const v of Object.values(text)) expect(v.trim().length).toBeGreaterThan(3);
        expect(new Set(Object.values(text)).size).toBe(3);
      }
      // What a call sets itself rests on its text and the budget item 28.90.32; the rest on the acts.
      expect(r.citation).toMatch(/^((893\/2019|688\/2001) \d+ §|hakuilmoitus; TA 28\.90\.32$)/);
      expect(r.outcomes.length).toBeGreaterThan(0);
    }
  });

  it("reads only facts the editions have", () => {
    for (const r of ruleCatalogue) {
      for (const fact of r.facts) {
        const inSome = editions.some((e) => resolve(e, fact) !== undefined);
        expect(inSome, `${r.id} reads ${fact}`).toBe(true);
        if (r.appliesWhen === undefined) {
          for (const e of editions) expect(resolve(e, fact), `${e.id}: ${r.id} reads ${fact}`).not.toBeUndefined();
        }
      }
    }
  });

  it("is plain JSON", () => {
    expect(JSON.parse(JSON.stringify(ruleCatalogue))).toEqual(ruleCatalogue);
  });
});

describe("rulesFor", () => {
  it("evaluates each edition's own exclusions", () => {
    const ids = (id: Parameters<typeof getEdition>[0]) => rulesFor(getEdition(id)).map((r) => r.id);
    expect(ids("2021")).not.toContain("exclusion.builtEnvironment");
    expect(ids("2020")).toContain("exclusion.builtEnvironment");
    expect(ids("2022").filter((id) => id.startsWith("exclusion."))).toEqual([
      "exclusion.socialAndHealthCare",
      "exclusion.digitisationOnly",
      "exclusion.employerSanctions",
    ]);
    expect(ids("2022")).toHaveLength(29);
  });
});

describe("messages of the rules", () => {
  it("exist for every code a rule can name, in every language", () => {
    const codes = Object.keys(catalogue).filter((c) => RULE_FAMILIES.some((f) => c.startsWith(`${f}.`)));
    // Exclusion and contents rules share their family's codes; every other rule has codes of its own.
    for (const r of ruleCatalogue) {
      const shared = r.family === "exclusion" || r.family === "contents";
      expect(
        codes.some((c) => c.startsWith(shared ? `${r.family}.` : `${r.id}.`)),
        r.id,
      ).toBe(true);
    }
    for (const c of codes) {
      const entry = catalogue[c as keyof typeof catalogue] as unknown as Record<string, unknown>;
      expect(Object.keys(entry).sort()).toEqual(["en", "fi", "sv"]);
    }
  });
});
