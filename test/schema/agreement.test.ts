import { readFileSync } from "node:fs";
import { Ajv2020, type ErrorObject } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SCHEMA_FILE_URL } from "../../scripts/docs-schema.js";
import { parseAmount, parseApplication } from "../../src/index.js";
import { application2022 } from "../helpers/application2022.js";

// Issue #15: the JSON Schema agrees with the library on amounts as far as JSON Schema can, and a
// wrong party gives one error about its own field, not one per kind of party through `oneOf`.
const addFormats = (addFormatsModule as unknown as { default: typeof addFormatsModule }).default ?? addFormatsModule;
const committed = JSON.parse(readFileSync(SCHEMA_FILE_URL, "utf8"));
const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true });
addFormats(ajv);
const validate = ajv.compile(committed);

/** The errors about the data itself, without the `if` wrapper that names the branch taken. */
function leafErrors(input: unknown): { path: string; keyword: string }[] {
  validate(input);
  return ((validate.errors ?? []) as ErrorObject[])
    .filter((e) => e.keyword !== "if")
    .map((e) => ({ path: e.instancePath, keyword: e.keyword }));
}

function withApplicant(applicant: unknown): unknown {
  return { ...application2022(), applicant };
}

function withRequested(requestedGrant: unknown): unknown {
  const a = application2022();
  return { ...a, budget: { ...a.budget, requestedGrant } };
}

const amountBranches = committed.properties.budget.properties.requestedGrant.anyOf as {
  type: string;
  pattern?: string;
  exclusiveMaximum?: number;
  description: string;
}[];

describe("a wrong party gives one error about its own field", () => {
  it.each<[string, unknown, { path: string; keyword: string }[]]>([
    [
      "a two-digit municipality code",
      { type: "municipality", code: "91" },
      [{ path: "/applicant/code", keyword: "pattern" }],
    ],
    ["a municipality without a code", { type: "municipality" }, [{ path: "/applicant", keyword: "required" }]],
    ["an unknown kind of party", { type: "person", name: "Matti" }, [{ path: "/applicant/type", keyword: "enum" }]],
    ["a party without a type", { code: "091" }, [{ path: "/applicant", keyword: "required" }]],
    [
      "a joint authority with a business ID in the wrong form",
      { type: "jointAuthority", name: "X", businessId: "12345678" },
      [{ path: "/applicant/businessId", keyword: "pattern" }],
    ],
    ["an association without a name", { type: "association" }, [{ path: "/applicant", keyword: "required" }]],
  ])("%s, which parseApplication refuses too", (_, applicant, errors) => {
    expect(leafErrors(withApplicant(applicant))).toEqual(errors);
    expect(parseApplication(withApplicant(applicant)).success).toBe(false);
  });

  it("one error for each wrong participant, at its own index", () => {
    const input = {
      ...application2022(),
      participants: [
        { type: "municipality", code: "049" },
        { type: "municipality", code: "4" },
        { type: "company", name: "" },
      ],
    };
    expect(leafErrors(input)).toEqual([
      { path: "/participants/1/code", keyword: "pattern" },
      { path: "/participants/2/name", keyword: "minLength" },
    ]);
  });

  it("names the branch taken in the wrapper error, so a reader sees which kind was checked", () => {
    validate(withApplicant({ type: "municipality", code: "91" }));
    const wrapper = (validate.errors ?? []).find((e) => e.keyword === "if");
    expect(wrapper).toMatchObject({ instancePath: "/applicant", params: { failingKeyword: "then" } });
    expect(validate.errors).toHaveLength(2);
  });
});

describe("amounts: the schema and the money parser agree as far as JSON Schema can", () => {
  it.each([
    ["170000.30", true],
    ["170000.3", true],
    ["170000", true],
    ["170000.300", false],
    ["170000.30000000002", false],
    ["-1.00", false],
    ["1e5", false],
    [" 100.00", false],
    ["99999999999999.99", true],
    ["100000000000000.00", false],
  ])("the string %j: the schema says %s, and so does the parser", (amount, ok) => {
    expect(validate(withRequested(amount))).toBe(ok);
    expect(parseAmount(amount).success).toBe(ok);
  });

  it("a JSON number with hidden decimals passes the schema only; its description says the library refuses it", () => {
    const number = amountBranches.find((b) => b.type === "number")!;
    expect(validate(withRequested(170000.30000000002))).toBe(true);
    expect(parseAmount(170000.30000000002)).toEqual({
      success: false,
      issues: [{ code: "money.tooManyDecimals", input: "170000.30000000002" }],
    });
    expect(number.description).toContain("170000.30000000002");
    expect(number.description).toContain("at most two decimals");
    expect(number.description).toContain("give amounts as strings");
  });

  it.each([
    [-0.01, false, false],
    [1e14, false, false],
    [1e21, false, false],
    [2 ** 46 - 0.5, true, true],
    // Below 10^14, so the schema takes it; here a double cannot tell .01 from .02, and the parser says so.
    [90000000000000.02, true, false],
  ])("the number %d: the schema says %s, the parser %s", (amount, schema, parser) => {
    expect(validate(withRequested(amount))).toBe(schema);
    expect(parseAmount(amount).success).toBe(parser);
  });

  it("every number the schema refuses, the parser refuses", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true }), (n) => {
        if (!validate(withRequested(n))) expect(parseAmount(n).success).toBe(false);
      }),
    );
  });

  it("every string the parser refuses, the schema refuses", () => {
    const amountLike = fc.stringMatching(/^-?\d{0,16}(\.\d{0,4})?(e\d)?$/);
    fc.assert(
      fc.property(fc.oneof(amountLike, fc.string()), (text) => {
        if (!parseAmount(text).success) expect(validate(withRequested(text))).toBe(false);
      }),
    );
  });
});
