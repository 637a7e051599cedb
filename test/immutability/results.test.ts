// Results are fresh per call: a caller who edits one result (to annotate it, say) changes neither
// the next result nor anything the library keeps. Inputs are never mutated: a deep-frozen input gives
// the same result as a plain one.
import { describe, expect, it } from "vitest";
import { deepFreeze } from "../../src/vocabulary/freeze.js";
import { exampleCall2022 } from "../../src/examples/index.js";
import { allocate, assess, diffEditions, findEdition, parseApplication } from "../../src/index.js";
import { leaves } from "./deepFrozen.js";

/** Every object reachable from `value`. */
function objectsOf(value: unknown, into = new Set<object>()): Set<object> {
  if (typeof value !== "object" || value === null || into.has(value)) return into;
  into.add(value);
  for (const key of Reflect.ownKeys(value)) objectsOf((value as Record<PropertyKey, unknown>)[key], into);
  return into;
}

/** Overwrites every writable leaf and empties every writable array of `value`. */
function vandalise(value: unknown): void {
  for (const { holder, key } of leaves(value)) {
    if (Array.isArray(holder) && key === "length") continue;
    if (!Object.isFrozen(holder)) (holder as Record<PropertyKey, unknown>)[key] = "vandalised";
  }
  for (const o of objectsOf(value)) if (Array.isArray(o) && !Object.isFrozen(o)) o.length = 0;
}

/**
 * Calls `run` twice: the results are equal, share no object a caller could change, and wrecking the
 * first changes neither the second nor a third call.
 */
function expectFreshResults(run: () => unknown): void {
  const first = run();
  const second = run();
  const snapshot = JSON.stringify(second);
  expect(JSON.stringify(first)).toBe(snapshot);
  const secondObjects = objectsOf(second);
  const sharedWritable = [...objectsOf(first)].filter((o) => secondObjects.has(o) && !Object.isFrozen(o));
  expect(sharedWritable).toEqual([]);
  vandalise(first);
  expect(JSON.stringify(second)).toBe(snapshot);
  expect(JSON.stringify(run())).toBe(snapshot);
}

const candidates = exampleCall2022.candidates
  .slice(0, 12)
  .map((c) => ({ id: c.id, application: c.application, score: c.score }));
const clean = exampleCall2022.candidates.find((c) => c.scenario === "clean")!.application;

describe("results are fresh per call", () => {
  it("parseApplication", () => {
    expectFreshResults(() => parseApplication(clean, { locale: "sv" }));
    expectFreshResults(() => parseApplication({ edition: "2022", budget: "x" }, { locale: "en" }));
  });

  it("assess", () => {
    expect(assess(clean).status).toBe("eligible");
    expectFreshResults(() => assess(clean, { locale: "fi" }));
    expectFreshResults(() => assess({ edition: "2021" }, { locale: "en" }));
  });

  it("allocate", () => {
    const r = allocate(candidates, { edition: "2022", appropriation: "1000000.00", strategy: "ranked", locale: "en" });
    expect(r.success).toBe(true);
    expectFreshResults(() =>
      allocate(candidates, { edition: "2022", appropriation: "1000000.00", strategy: "ranked", locale: "en" }),
    );
    expectFreshResults(() =>
      allocate(candidates, { edition: "2022", appropriation: "1000000.00", strategy: "proRata", unit: "cent" }),
    );
  });

  it("diffEditions and findEdition", () => {
    expect(diffEditions("2021", "2022").length).toBeGreaterThan(0);
    expectFreshResults(() => diffEditions("2021", "2022"));
    expectFreshResults(() => findEdition("2023"));
  });
});

describe("inputs are never mutated", () => {
  it("a deep-frozen input gives the same result as a plain one", () => {
    const plain = structuredClone(clean);
    const frozen = deepFreeze(structuredClone(clean));
    expect(JSON.stringify(assess(frozen, { locale: "en" }))).toBe(JSON.stringify(assess(plain, { locale: "en" })));
    expect(JSON.stringify(parseApplication(frozen))).toBe(JSON.stringify(parseApplication(plain)));
    expect(plain).toEqual(clean);

    const frozenCandidates = deepFreeze(structuredClone(candidates));
    const options = deepFreeze({
      edition: "2022",
      appropriation: "1000000.00",
      strategy: "ranked",
      locale: "en",
    } as const);
    expect(JSON.stringify(allocate(frozenCandidates, options))).toBe(
      JSON.stringify(allocate(structuredClone(candidates), { ...options })),
    );
  });
});
