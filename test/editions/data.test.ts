import { describe, expect, it } from "vitest";
import { EDITION_IDS, REGISTER_YEARS } from "../../src/vocabulary/codes.js";
import { editions } from "../../src/editions/registry.js";
import { callEditionSchema } from "../../src/editions/schema.js";

const CERTAINTIES = new Set(["sourced", "inferred", "notFound"]);
const CITED_KEYS = new Set(["value", "citation", "certainty", "note"]);

interface Leaf {
  readonly path: string;
  readonly citation: unknown;
  readonly certainty: unknown;
  readonly value: unknown;
}

/**
 * Walks an edition and returns every cited node it reaches. Fails the test on any leaf value that
 * sits outside a cited node. `id`, `registerYear` and `sources` are the edition's identity and its
 * reading list, not facts about the call, so they are the only uncited fields.
 */
function citedNodes(edition: object): Leaf[] {
  const found: Leaf[] = [];
  const walk = (node: unknown, path: string): void => {
    if (typeof node !== "object" || node === null) throw new Error(`${path}: value outside a cited node`);
    if ("citation" in node && "certainty" in node && "value" in node) {
      for (const key of Object.keys(node)) if (!CITED_KEYS.has(key)) throw new Error(`${path}: stray key ${key}`);
      found.push({ path, ...(node as Omit<Leaf, "path">) });
      return;
    }
    for (const [key, child] of Object.entries(node)) walk(child, `${path}.${key}`);
  };
  const { id: _id, registerYear: _year, sources: _sources, ...facts } = edition as Record<string, unknown>;
  walk(facts, "");
  return found;
}

describe.each(editions.map((e) => [e.id, e] as const))("edition %s", (_id, edition) => {
  it("parses against callEditionSchema", () => {
    const r = callEditionSchema.safeParse(edition);
    expect(r.success ? [] : r.error.issues).toEqual([]);
  });

  it("is deep-frozen: assigning to a nested field throws", () => {
    expect(Object.isFrozen(edition)).toBe(true);
    expect(() => {
      (edition.window.closesAt as { value: string }).value = "2099-01-01T00:00:00+02:00";
    }).toThrow(TypeError);
    expect(() => {
      (edition.money.costCategories.staff.value.title as { en: string }).en = "Free money";
    }).toThrow(TypeError);
    expect(() => {
      (edition.legalBasis.value as string[]).push("1/2099");
    }).toThrow(TypeError);
  });

  it("puts every value in a cited node with a citation and a known certainty", () => {
    const nodes = citedNodes(edition);
    expect(nodes.length).toBeGreaterThan(30);
    for (const n of nodes) {
      expect(typeof n.citation === "string" && n.citation.trim().length > 0, `${n.path} citation`).toBe(true);
      expect(CERTAINTIES.has(n.certainty as string), `${n.path} certainty`).toBe(true);
      if (n.certainty === "notFound") expect(n.value, `${n.path} is notFound`).toBeNull();
      if (n.value === null) expect(n.certainty, `${n.path} is null`).toBe("notFound");
    }
  });

  it("explains every inferred or unknown value in a note in Finnish, Swedish and English", () => {
    for (const n of citedNodes(edition)) {
      if (n.certainty !== "sourced") {
        const note = (n as { note?: Record<string, string> }).note;
        for (const l of ["fi", "sv", "en"]) expect(note?.[l]?.length ?? 0, `${n.path} note ${l}`).toBeGreaterThan(20);
      }
    }
  });

  it("writes every note in three languages, not one text copied", () => {
    for (const n of citedNodes(edition)) {
      const note = (n as { note?: { fi: string; sv: string; en: string } }).note;
      if (note === undefined) continue;
      expect(new Set([note.fi, note.sv, note.en]).size, `${n.path} note`).toBe(3);
    }
  });

  it("cites an act and section or an https page", () => {
    for (const n of citedNodes(edition)) {
      expect(n.citation as string, n.path).toMatch(/^(https:\/\/\S+|\d+\/\d{4} \d+ §.*)$/);
    }
  });

  it("has a register year the municipality registers cover", () => {
    expect(REGISTER_YEARS).toContain(edition.registerYear);
  });
});

describe("the edition data", () => {
  it("covers every edition id, oldest first", () => {
    expect(editions.map((e) => e.id)).toEqual([...EDITION_IDS]);
  });

  it("shares the 893/2019 rules: the same object in every edition", () => {
    const [first, ...rest] = editions;
    for (const e of rest) {
      expect(e.money).toBe(first!.money);
      // The contents of 893/2019 6 § 2 mom. are the same nodes; from 2020 a call adds its own.
      for (const [code, node] of Object.entries(first!.requiredContents)) {
        expect(e.requiredContents[code as keyof typeof e.requiredContents]).toBe(node);
      }
      expect(e.conditionsOfUse).toBe(first!.conditionsOfUse);
      expect(e.reporting).toBe(first!.reporting);
      expect(e.legalBasis).toBe(first!.legalBasis);
    }
  });
});
