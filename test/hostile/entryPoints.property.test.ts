// Every public entry point on hostile input (issue #16): it never throws (a typed helper throws only
// its own coded error), its result is JSON data, the input is unchanged, Object.prototype is
// untouched, every refusal carries a code of the message catalogue, and plain JSON data never meets
// the internal-failure codes `assess.failed` and `allocation.failed`. `npm test` runs a few cases
// of each property; `HOSTILE_RUNS=5000 npm run test:hostile` runs many.
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  EditionError,
  MoneyError,
  addAmounts,
  aggregateScore,
  allocate,
  allocateAssessed,
  applyRate,
  assess,
  assessApplication,
  catalogue,
  compareAcrossEditions,
  compareAmounts,
  decisionRecord,
  decisionRecords,
  diffEditions,
  editionFor,
  editions,
  findEdition,
  formatAmount,
  getEdition,
  isZeroAmount,
  maxAmount,
  minAmount,
  parseAmount,
  parseApplication,
  ratio,
  roundAmount,
  scoringModel,
  splitLargestRemainder,
  subtractAmounts,
  sumAmounts,
} from "../../src/index.js";
import { parseScenario, runScenario, stableStringify } from "../../src/testing/index.js";
import { application2022 } from "../helpers/application2022.js";
import { type Hostile, RUNS, candidates, held, hostile, hostileOr } from "./arbitraries.js";

const FAILED = ["assess.failed", "allocation.failed"];

/** The input as text, to tell whether a call changed it; `null` when it cannot be read (a proxy). */
function snapshot(value: unknown): string | null {
  try {
    return fc.stringify(value);
  } catch {
    return null;
  }
}

/** Every message code a result carries: on issues, reasons and unscored outcomes. */
function codesIn(value: unknown, out: string[] = []): string[] {
  if (typeof value !== "object" || value === null) return out;
  const o = value as Record<string, unknown>;
  if (typeof o["code"] === "string" && ("message" in o || "params" in o || o["kind"] === "unscored")) {
    out.push(o["code"]);
  }
  for (const member of Object.values(o)) codesIn(member, out);
  return out;
}

/** The refusals of a result: the issues of a failed `Result`, of an invalid assessment, of a comparison. */
function refusals(result: unknown): unknown[] | null {
  if (typeof result !== "object" || result === null) return null;
  const r = result as { success?: unknown; issues?: unknown; status?: unknown };
  if (r.success === false || r.status === "invalid") return Array.isArray(r.issues) ? r.issues : [];
  return null;
}

const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort();

/**
 * Calls `call` on the values of `args` and checks the contract. `typedError` is the one error a
 * typed helper may throw on misuse; an entry point for untrusted data throws nothing.
 */
function check(
  args: readonly Hostile[],
  // biome-ignore lint/suspicious/noExplicitAny: every entry point, whatever its parameters
  call: (...values: any[]) => unknown,
  typedError?: new (...a: never[]) => Error & { code: string },
) {
  const values = args.map((a) => a.make());
  const before = values.map(snapshot);
  let result: unknown;
  try {
    result = call(...values);
  } catch (e) {
    if (typedError === undefined || !(e instanceof typedError)) throw e;
    expect(Object.hasOwn(catalogue, e.code), e.code).toBe(true);
    return;
  } finally {
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeBefore);
    expect(values.map(snapshot)).toEqual(before);
  }
  // Plain data: JSON gives it back whole.
  const text = JSON.stringify(result);
  if (result !== undefined) expect(JSON.parse(text)).toEqual(result);
  const refused = refusals(result);
  if (refused !== null) expect(refused.length).toBeGreaterThan(0);
  const codes = codesIn(result);
  for (const code of codes) expect(Object.hasOwn(catalogue, code), code).toBe(true);
  if (args.every((a) => a.plainJson)) expect(codes.filter((c) => FAILED.includes(c))).toEqual([]);
}

const runs = { numRuns: RUNS };
const valid = application2022();
const parsed = parseApplication(valid);
const parsedApp = parsed.success ? parsed.data : null;
const locales = hostileOr("fi", "sv", "en");
const assessOptions = hostileOr({}, { locale: "en" }, { at: "2022-04-25T15:00:00+03:00" }, { edition: "2021" });
const editionIds = hostileOr("2019-1", "2019-2", "2020", "2021", "2022");
const amounts = hostileOr("0.00", "1.00", "-5.00", "85000.00", "0.85", "120000.01");

describe("the entry points on hostile input", () => {
  it("assess and parseApplication", () => {
    fc.assert(
      fc.property(hostile, assessOptions, (input, options) => {
        check([input, options], assess);
        check([input, options], parseApplication);
      }),
      runs,
    );
  });

  it("assessApplication", () => {
    fc.assert(
      fc.property(
        fc.oneof(hostile, fc.constant(held(parsedApp, true))),
        fc.oneof(hostile, fc.constantFrom(...["2021", "2022"].map((id) => held(getEdition(id as "2022"), true)))),
        assessOptions,
        // Only what parseApplication gives is an application, and only a CallEdition an edition:
        // anything else may be `assess.failed`.
        (app, edition, options) =>
          check(
            [
              { ...app, plainJson: app.make() === parsedApp && editions.includes(edition.make() as never) },
              edition,
              options,
            ],
            assessApplication,
          ),
      ),
      runs,
    );
  });

  it("parseAmount", () => {
    fc.assert(
      fc.property(amounts, hostileOr({}, { allowNegative: true }), (input, options) =>
        check([input, options], parseAmount),
      ),
      runs,
    );
  });

  it("the money helpers throw MoneyError and nothing else", () => {
    const units = hostileOr("cent", "euro");
    const modes = hostileOr("down", "up", "halfUp", "halfEven");
    fc.assert(
      fc.property(amounts, amounts, units, modes, locales, hostile, (a, b, unit, mode, locale, other) => {
        for (const f of [addAmounts, subtractAmounts, compareAmounts, minAmount, maxAmount])
          check([a, b], f, MoneyError);
        check([a], isZeroAmount, MoneyError);
        check([{ make: () => [a.make(), b.make()], plainJson: a.plainJson && b.plainJson }], sumAmounts, MoneyError);
        check([other], sumAmounts, MoneyError);
        check([a, unit, mode], roundAmount, MoneyError);
        check(
          [a, b, { make: () => ({ unit: unit.make(), mode: mode.make() }), plainJson: true }],
          applyRate,
          MoneyError,
        );
        check([a, b, other], applyRate, MoneyError);
        check([a, b, hostileValue(other, 2)], ratio, MoneyError);
        check(
          [a, { make: () => [{ key: "x", weight: b.make() }], plainJson: true }, unit],
          splitLargestRemainder,
          MoneyError,
        );
        check([a, other, unit], splitLargestRemainder, MoneyError);
        check([a, locale], formatAmount, MoneyError);
      }),
      runs,
    );
  });

  it("allocate and allocateAssessed", () => {
    const options = hostileOr({}, { edition: "2022" }, { edition: "2022", strategy: "proRata", unit: "euro" });
    fc.assert(
      fc.property(fc.oneof(candidates, hostile), options, (list, o) => {
        check([list, o], allocate);
        const assessed: Hostile = {
          make: () => {
            const value = list.make();
            // The same candidates, each with its application assessed; what cannot be read is given as it is.
            try {
              if (!Array.isArray(value)) return value;
              return value.map((c) => {
                try {
                  const { id, application, score } = c as { id: unknown; application: unknown; score: unknown };
                  return { id, assessment: assess(application), score };
                } catch {
                  return c;
                }
              });
            } catch {
              return value;
            }
          },
          plainJson: list.plainJson,
        };
        check([assessed, o], allocateAssessed);
      }),
      runs,
    );
  });

  it("compareAcrossEditions", () => {
    const ids = fc.oneof(
      hostile,
      fc
        .array(fc.constantFrom("2019-1", "2020", "2022", "2203", ""), { maxLength: 4 })
        .map((value) => held(value, true)),
    );
    fc.assert(
      fc.property(fc.oneof(hostile, fc.constant(held(valid, true))), ids, assessOptions, (input, list, o) =>
        check([input, list, o], compareAcrossEditions),
      ),
      runs,
    );
  });

  it("edition lookups: findEdition and editionFor never throw, getEdition and diffEditions throw only EditionError", () => {
    fc.assert(
      fc.property(editionIds, editionIds, (a, b) => {
        check([a], findEdition);
        check([a], editionFor);
        check([a], getEdition, EditionError);
        check([a, b], diffEditions, EditionError);
      }),
      runs,
    );
  });

  it("scoringModel and aggregateScore", () => {
    const model = scoringModel(getEdition("2022"));
    fc.assert(
      fc.property(
        fc.oneof(hostile, fc.constant(held(getEdition("2022"), true))),
        hostileOr({}, { weights: { reuseAndDissemination: "2" } }),
        locales,
        hostileOr<unknown>(4, "4.5", { reviewers: [{ reviewer: "A", scores: { societalAndEconomicImpact: 4 } }] }),
        (edition, options, locale, score) => {
          check([edition, options, locale], scoringModel);
          check([score, held(model.success ? model.data : null, true)], aggregateScore);
          check([score, edition], aggregateScore);
        },
      ),
      runs,
    );
  });

  it("decisionRecord", () => {
    const r = allocate([{ id: valid.id, application: valid, score: 4 }], { edition: "2022" });
    const granted = r.success ? r.data.allocations[0] : null;
    fc.assert(
      fc.property(
        hostileOr(granted),
        hostileOr({ id: valid.id, application: valid }),
        editionIds,
        hostileOr({}, { locale: "sv" }),
        (allocation, candidate, edition, options) => check([allocation, candidate, edition, options], decisionRecord),
      ),
      runs,
    );
  });

  it("decisionRecords", () => {
    const candidate = { id: valid.id, application: valid };
    const r = allocate([{ ...candidate, score: 4 }], { edition: "2022" });
    const result = r.success ? r.data : null;
    fc.assert(
      fc.property(
        hostileOr(result),
        hostileOr([candidate]),
        hostileOr({ reportingMonths: 3 }, { reportingMonths: 3, locale: "sv" }),
        (allocation, list, options) => check([allocation, list, options], decisionRecords),
      ),
      runs,
    );
  });

  it("the testing subpath: parseScenario, runScenario and stableStringify", () => {
    fc.assert(
      fc.property(hostile, (scenario) => {
        check([scenario], parseScenario);
        check([scenario], runScenario);
      }),
      runs,
    );
    fc.assert(
      fc.property(fc.jsonValue(), (value) => check([held(value, true)], stableStringify)),
      runs,
    );
  });
});

/** A small count or a hostile value, for `ratio`'s decimals. */
function hostileValue(h: Hostile, fallback: number): Hostile {
  return typeof h.make() === "number" ? h : held(fallback, true);
}
