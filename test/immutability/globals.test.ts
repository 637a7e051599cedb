// The library changes no global state of its host: not zod's global configuration, not decimal.js's
// global Decimal settings, not globalThis, not a built-in prototype. The library is imported
// dynamically inside the tests, so the snapshot is taken before its first import.
import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { application2022 } from "../helpers/application2022.js";

/** decimal.js's global settings, and two results that depend on them. */
function decimalState() {
  return {
    precision: Decimal.precision,
    rounding: Decimal.rounding,
    toExpNeg: Decimal.toExpNeg,
    toExpPos: Decimal.toExpPos,
    minE: Decimal.minE,
    maxE: Decimal.maxE,
    modulo: Decimal.modulo,
    crypto: Decimal.crypto,
    third: new Decimal(1).dividedBy(3).toString(),
    tiny: new Decimal("0.0000001").toString(),
  };
}

/** zod's global configuration: the object `z.config()` returns, and a copy of its values. */
function zodState() {
  const config = z.config();
  return { config, values: { ...config } };
}

/** The names on globalThis and on the built-in prototypes. */
function globalNames() {
  return {
    globalThis: Object.getOwnPropertyNames(globalThis).sort(),
    prototypes: [Object, Array, String, Number, Function, Promise, Date, RegExp].map((c) =>
      Object.getOwnPropertyNames(c.prototype).sort(),
    ),
  };
}

const application = application2022();

describe("global state of the host", () => {
  it("importing the library changes neither zod's nor decimal.js's global configuration", async () => {
    // zod 4.6 fills in its own defaults (the English locale, a memoizer) when the first schema and
    // the first object schema are built, whoever builds them; an app that uses zod has them anyway.
    // Build them first, so that the snapshot shows what the library itself would change.
    z.object({ a: z.string() });
    const zodBefore = zodState();
    const decimalBefore = decimalState();
    const namesBefore = globalNames();
    await import("../../src/index.js");
    await import("../../src/testing/index.js");
    await import("../../src/examples/index.js");
    expect(z.config()).toBe(zodBefore.config);
    expect({ ...z.config() }).toEqual(zodBefore.values);
    expect(decimalState()).toEqual(decimalBefore);
    expect(globalNames()).toEqual(namesBefore);
  });

  it("parsing, assessing, allocating, diffing and rendering change none of it", async () => {
    const lib = await import("../../src/index.js");
    const { allocate, assess, diffEditions } = lib;
    const examples = await import("../../src/examples/index.js");
    const zodBefore = zodState();
    const decimalBefore = decimalState();
    const namesBefore = globalNames();

    for (const locale of lib.LOCALES) {
      expect(lib.parseApplication(application, { locale }).success).toBe(true);
      lib.parseApplication({ edition: "2022", budget: { lines: [{ amount: "1e-7" }] } }, { locale });
      expect(assess(application, { locale }).status).toBe("eligible");
      assess({ nonsense: true }, { locale });
      lib.formatAmount("1234567.89", locale);
      lib.renderEditionMarkdown(lib.getEdition("2022"), locale);
    }
    const candidates = examples.exampleCall2022.candidates.map((c) => ({
      id: c.id,
      application: c.application,
      score: c.score,
    }));
    expect(
      allocate(candidates, { edition: "2022", appropriation: "10000000.00", strategy: "ranked", locale: "en" }).success,
    ).toBe(true);
    allocate(candidates, { edition: "2022", appropriation: "10000000.00", strategy: "proRata", unit: "cent" });
    for (const a of lib.editionIds) for (const b of lib.editionIds) diffEditions(a, b);
    lib.splitLargestRemainder(
      "10000000.00",
      [
        { key: "a", weight: "1.00" },
        { key: "b", weight: "2.00" },
      ],
      "cent",
    );
    lib.applyRate("100000.01", "0.85", { unit: "cent", mode: "down" });
    lib.applicationJsonSchema();
    lib.editionFor("2022-04-25T16:15:00+03:00");

    expect(z.config()).toBe(zodBefore.config);
    expect({ ...z.config() }).toEqual(zodBefore.values);
    expect(decimalState()).toEqual(decimalBefore);
    expect(globalNames()).toEqual(namesBefore);
  });

  it("a host that reconfigures decimal.js and zod does not change the library's results", async () => {
    const lib = await import("../../src/index.js");
    const expected = {
      rate: lib.applyRate("100000.01", "0.85", { unit: "cent", mode: "down" }),
      sum: lib.sumAmounts(["0.10", "0.20", "99999999999999.00"]),
      split: lib.splitLargestRemainder(
        "100.00",
        [
          { key: "a", weight: "1.00" },
          { key: "b", weight: "1.00" },
          { key: "c", weight: "1.00" },
        ],
        "cent",
      ),
      parse: lib.parseApplication({ edition: "2022" }, { locale: "en" }),
    };
    const decimalBefore = {
      precision: Decimal.precision,
      rounding: Decimal.rounding,
      toExpNeg: Decimal.toExpNeg,
      toExpPos: Decimal.toExpPos,
    };
    const zodBefore = { ...z.config() };
    try {
      Decimal.set({ precision: 3, rounding: Decimal.ROUND_UP, toExpNeg: -1, toExpPos: 1 });
      z.config({ customError: () => "host message" });
      expect({
        rate: lib.applyRate("100000.01", "0.85", { unit: "cent", mode: "down" }),
        sum: lib.sumAmounts(["0.10", "0.20", "99999999999999.00"]),
        split: lib.splitLargestRemainder(
          "100.00",
          [
            { key: "a", weight: "1.00" },
            { key: "b", weight: "1.00" },
            { key: "c", weight: "1.00" },
          ],
          "cent",
        ),
        parse: lib.parseApplication({ edition: "2022" }, { locale: "en" }),
      }).toEqual(expected);
    } finally {
      Decimal.set(decimalBefore);
      for (const key of Object.keys(z.config())) delete (z.config() as Record<string, unknown>)[key];
      z.config(zodBefore);
    }
    expect(expected.rate).toBe("85000.00");
    expect(expected.sum).toBe("99999999999999.30");
  });
});
