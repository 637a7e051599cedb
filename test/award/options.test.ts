import { describe, expect, it } from "vitest";
import { assessReport } from "../../src/award/assessReport.js";
import { assessChange } from "../../src/award/change.js";
import { readOptions } from "../../src/award/options.js";
import { parseDecisionTerms } from "../../src/award/parseTerms.js";
import { recover } from "../../src/award/recover.js";
import { parseFinalReport } from "../../src/award/report.js";
import { settle } from "../../src/award/settle.js";
import { grantTimeline } from "../../src/award/timeline.js";
import { report2022, terms2022 } from "./reportFixtures.js";

// Every entry point of the award reads its options the same way (src/award/options.ts): own
// properties, each once; a bad value, or one that cannot be read, is an issue at its path.

type Issues = readonly {
  readonly path: readonly (string | number)[];
  readonly code: string;
  readonly message: string;
}[];

/** The issues of any award entry point's answer: a `Result`, or an assessment with `issues`. */
function issuesOf(answer: object): Issues {
  if ("status" in answer) return (answer as unknown as { issues: Issues }).issues;
  const r = answer as { success: boolean; issues?: Issues };
  return r.success ? [] : (r.issues ?? []);
}

const at = "2024-11-01";
const ENTRY_POINTS: readonly (readonly [string, string, (options: unknown) => object])[] = [
  ["parseDecisionTerms", "terms.invalidOption", (o) => parseDecisionTerms(terms2022(), o as never)],
  ["parseFinalReport", "report.invalidOption", (o) => parseFinalReport(report2022(), o as never)],
  ["grantTimeline", "terms.invalidOption", (o) => grantTimeline(terms2022(), [], withAt(o))],
  ["assessReport", "report.invalidOption", (o) => assessReport(terms2022(), report2022(), o as never)],
  ["settle", "settlement.invalidOption", (o) => settle(terms2022(), report2022(), [], o as never)],
  [
    "assessChange",
    "change.invalidOption",
    (o) => assessChange(terms2022(), { extension: { end: "2024-12-31" } }, withAt(o)),
  ],
  [
    "recover",
    "recovery.invalidOption",
    (o) => recover(terms2022(), [{ on: "2022-07-01", amount: "1000.00" }], [{ ground: "21.2" }], withAt(o)),
  ],
];

/** The options with `at` added where they are a record, so that only the option under test is wrong. */
function withAt(options: unknown): never {
  if (typeof options !== "object" || options === null || Array.isArray(options)) return options as never;
  const descriptors = { ...Object.getOwnPropertyDescriptors(options), at: { value: at, enumerable: true } };
  return Object.create(Object.getPrototypeOf(options), descriptors) as never;
}

describe.each(ENTRY_POINTS)("%s reads its options", (_, code, run) => {
  it("takes absent options and an absent locale as Finnish", () => {
    expect(issuesOf(run({}))).toEqual([]);
  });

  it("refuses options that are not an object, in Finnish", () => {
    for (const options of ["en", 1, null, []]) {
      expect(issuesOf(run(options))).toEqual([
        {
          path: ["options"],
          code,
          params: { option: "options", expected: "an object" },
          message: "Valinta options on virheellinen: odotettiin an object.",
        },
      ]);
    }
  });

  it("refuses a locale that is none of fi, sv and en, or cannot be read, in Finnish", () => {
    const throwing = Object.defineProperty({}, "locale", {
      enumerable: true,
      get() {
        throw new Error("boom");
      },
    });
    for (const options of [{ locale: "de" }, { locale: "EN" }, { locale: null }, throwing]) {
      const issues = issuesOf(run(options));
      expect(issues.map((i) => [i.path, i.code])).toEqual([[["options", "locale"], code]]);
      expect(issues[0]?.message).toBe('Valinta locale on virheellinen: odotettiin "fi" | "sv" | "en".');
    }
  });

  it("never takes an inherited locale, so a polluted prototype changes nothing", () => {
    const inherited = Object.create({ locale: "de" }) as object;
    expect(issuesOf(run(inherited))).toEqual([]);
  });
});

describe("readOptions", () => {
  it("reads the asked keys, own properties only, each once", () => {
    let reads = 0;
    const options = Object.create({ inherited: 1 }) as Record<string, unknown>;
    Object.defineProperty(options, "at", {
      enumerable: true,
      get() {
        reads += 1;
        return "2024-01-01";
      },
    });
    options["locale"] = "sv";
    const r = readOptions(options, ["at", "inherited", "absent"], "terms.invalidOption");
    expect(r).toEqual({
      ok: true,
      locale: "sv",
      values: { at: "2024-01-01", inherited: undefined, absent: undefined },
    });
    expect(reads).toBe(1);
  });

  it("gives the issue of a key that cannot be read in the language read before it", () => {
    const options = Object.defineProperty({ locale: "en" }, "at", {
      get() {
        throw new Error("boom");
      },
    });
    expect(readOptions(options, ["at"], "change.invalidOption")).toEqual({
      ok: false,
      locale: "en",
      issue: {
        path: ["options", "at"],
        code: "change.invalidOption",
        params: { option: "at", expected: "a readable value" },
        message: "The option at is invalid: expected a readable value.",
      },
    });
  });

  it("gives Finnish with the issue of options that are not an object or of an unknown locale", () => {
    const issue = (option: string, expected: string) => ({
      path: option === "options" ? ["options"] : ["options", option],
      code: "settlement.invalidOption",
      params: { option, expected },
      message: `Valinta ${option} on virheellinen: odotettiin ${expected}.`,
    });
    expect(readOptions("en", [], "settlement.invalidOption")).toEqual({
      ok: false,
      locale: "fi",
      issue: issue("options", "an object"),
    });
    expect(readOptions({ locale: "de" }, [], "settlement.invalidOption")).toEqual({
      ok: false,
      locale: "fi",
      issue: issue("locale", '"fi" | "sv" | "en"'),
    });
  });

  it("takes undefined as no options", () => {
    expect(readOptions(undefined, ["at"], "report.invalidOption")).toEqual({ ok: true, locale: "fi", values: {} });
  });
});

describe.each([
  ["parseDecisionTerms", "terms.notAnObject", "The decision terms must be a JSON object.", parseDecisionTerms],
  ["parseFinalReport", "report.notAnObject", "The final report must be a JSON object.", parseFinalReport],
] as const)("%s refuses what is not an object", (_, code, message, parse) => {
  const hostile = new Proxy(
    {},
    {
      get: () => {
        throw new Error("trap");
      },
      ownKeys: () => {
        throw new Error("trap");
      },
    },
  );
  it.each([
    ["a string", "x"],
    ["null", null],
    ["a list", []],
    ["a proxy that throws", hostile],
  ])("%s: one issue at the root, in the language asked", (_, input) => {
    expect(parse(input as never, { locale: "en" })).toEqual({
      success: false,
      issues: [{ path: [], code, params: {}, message }],
    });
  });
});

describe.each([
  [
    "assessReport",
    (terms: unknown, report: unknown) => assessReport(terms as never, report as never, { locale: "sv" }),
  ],
  ["settle", (terms: unknown, report: unknown) => settle(terms as never, report as never, [], { locale: "sv" })],
] as const)("%s reports bad terms and a bad report together, in the language asked", (_, run) => {
  it("each issue at its input's path, in Swedish", () => {
    expect(issuesOf(run("x", 1))).toEqual([
      { path: ["terms"], code: "terms.notAnObject", params: {}, message: expect.stringMatching(/^Villkoren/) },
      { path: ["report"], code: "report.notAnObject", params: {}, message: expect.stringMatching(/^Redogörelsen/) },
    ]);
  });
});
