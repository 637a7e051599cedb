// Data the library shares between calls cannot be changed by a caller: one tenant of a grant portal
// must not be able to change "the 2022 rules", a message or a code list for every other. The test
// files are ES modules, so strict mode holds and a write to a frozen object throws a TypeError.
import { describe, expect, it } from "vitest";
import * as examples from "../../src/examples/index.js";
import * as lib from "../../src/index.js";
import * as testing from "../../src/testing/index.js";
import { leaves, unfrozenPaths } from "./deepFrozen.js";

/**
 * Exports that are still mutable, with the reason they are tolerated for now. The list may only
 * shrink: freeze the value at its definition and delete its line here.
 */
const KNOWN_MUTABLE: { readonly [name: string]: string } = {};

const entries = { digikannustin: lib, "digikannustin/testing": testing, "digikannustin/examples": examples };

describe("shared data is deep-frozen", () => {
  for (const [entry, mod] of Object.entries(entries)) {
    for (const [name, value] of Object.entries(mod)) {
      if (typeof value !== "object" || value === null) continue;
      it(`${entry}: ${name}`, () => {
        const unfrozen = unfrozenPaths(value, name);
        // A value on the list that is now frozen fails here, so that the list shrinks with the fix.
        if (name in KNOWN_MUTABLE)
          expect(unfrozen.length, `${name} is frozen now: delete it from KNOWN_MUTABLE`).toBeGreaterThan(0);
        else expect(unfrozen).toEqual([]);
      });
    }
  }
});

describe("a caller cannot change a call edition", () => {
  const e2022 = lib.getEdition("2022");
  const closesAt = e2022.window.closesAt.value;

  it("every edition in the registry is deep-frozen and getEdition returns the registered object", () => {
    for (const edition of lib.editions) {
      expect(unfrozenPaths(edition, edition.id)).toEqual([]);
      expect(lib.getEdition(edition.id)).toBe(edition);
      const found = lib.findEdition(edition.id);
      expect(found.success && found.data).toBe(edition);
    }
  });

  it("writes, deletes, pushes and defines throw in strict mode and change nothing", () => {
    const before = JSON.stringify(e2022);
    const attempts: (() => unknown)[] = [
      () => {
        (e2022.window.closesAt as { value: string }).value = "2099-01-01T00:00:00+02:00";
      },
      () => {
        (e2022.money.maxGrantRate as { value: string }).value = "1.00";
      },
      () => {
        (e2022.eligibility.applicantTypes.value as string[]).push("company");
      },
      () => {
        delete (e2022 as { focusAreas?: unknown }).focusAreas;
      },
      () => Object.defineProperty(e2022, "extra", { value: 1 }),
      () => Object.setPrototypeOf(e2022.window, { polluted: true }),
      () => {
        (lib.editions as unknown as unknown[]).push(e2022);
      },
      () => {
        (lib.editionIds as unknown as string[])[0] = "2023";
      },
    ];
    for (const attempt of attempts) expect(attempt).toThrow(TypeError);
    expect(JSON.stringify(e2022)).toBe(before);
    expect(lib.getEdition("2022").window.closesAt.value).toBe(closesAt);
    expect(lib.editionIds).toEqual(["2019-1", "2019-2", "2020", "2021", "2022"]);
  });

  it("no leaf of any edition can be overwritten", () => {
    for (const edition of lib.editions) {
      for (const { path, holder, key } of leaves(edition, edition.id)) {
        expect(() => {
          (holder as Record<PropertyKey, unknown>)[key] = "changed";
        }, path).toThrow(TypeError);
      }
    }
  });

  it("the example data cannot be changed either", () => {
    const clean = examples.exampleApplications["2022"][0]!;
    expect(() => {
      (clean.application as { edition: string }).edition = "2021";
    }).toThrow(TypeError);
    expect(() => {
      (examples.exampleCall2022.candidates as unknown as unknown[]).pop();
    }).toThrow(TypeError);
    expect(clean.application.edition).toBe("2022");
  });
});
