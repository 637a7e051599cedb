import { readFileSync, readdirSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { SCHEMA_FILE_URL, renderSchemaFile } from "../../scripts/docs-schema.js";
import { applicationSchema } from "../../src/application/schema.js";
import { exampleApplications, exampleCall2022 } from "../../src/examples/index.js";
import { parseAmount, parseApplication } from "../../src/index.js";
import { APPLICATION_SCHEMA_ID, applicationJsonSchema } from "../../src/schema/jsonSchema.js";
import { application2022 } from "../helpers/application2022.js";

// ajv-formats is CommonJS; under ESM its function is the default export's default.
const addFormats = (addFormatsModule as unknown as { default: typeof addFormatsModule }).default ?? addFormatsModule;

const committed = JSON.parse(readFileSync(SCHEMA_FILE_URL, "utf8"));
const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true });
addFormats(ajv);
const validate = ajv.compile(committed);

/** The standard application with one change made at a path, as an untyped caller would make it. */
function withChange(change: (a: Record<string, unknown>) => void): unknown {
  const copy = application2022() as unknown as Record<string, unknown>;
  change(copy);
  return copy;
}

describe("docs/schema/application.schema.json", () => {
  it("is what scripts/docs-schema.ts writes (run `npm run docs:schema` after changing the schema)", () => {
    expect(readFileSync(SCHEMA_FILE_URL, "utf8")).toBe(renderSchemaFile());
  });

  it("is a draft 2020-12 schema with an $id, a title and descriptions", () => {
    expect(committed.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(committed.$id).toBe(APPLICATION_SCHEMA_ID);
    expect(committed.title).toMatch(/digikannustin/);
    expect(committed.required).toEqual(["edition", "applicant", "project", "budget"]);
    expect(committed.properties.edition.enum).toEqual(["2019-1", "2019-2", "2020", "2021", "2022"]);
    for (const key of Object.keys(committed.properties))
      expect(committed.properties[key].description, key).toBeTruthy();
    for (const key of Object.keys(committed.properties.project.properties)) {
      expect(committed.properties.project.properties[key].description, key).toBeTruthy();
    }
    expect(committed.properties.project.properties.declarations.properties.digitisationOnly.description).toBe(
      "Is the project of this kind: Solely digitising material? Excluded in: 2021, 2022.",
    );
  });

  it("accepts the standard test application and every built-in example application (ajv, draft 2020-12)", () => {
    const all = [
      application2022(),
      ...exampleCall2022.candidates.map((c) => c.application),
      ...Object.values(exampleApplications).flatMap((list) => list.map((e) => e.application)),
    ];
    expect(all.length).toBeGreaterThanOrEqual(60);
    for (const a of all) {
      expect(validate(a), `${a.id}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    }
  });

  it("accepts the example files under examples/, except the deliberately invalid one", () => {
    const dir = new URL("../../examples/", import.meta.url);
    for (const name of readdirSync(dir).filter((n) => n.startsWith("application-"))) {
      const input = JSON.parse(readFileSync(new URL(name, dir), "utf8"));
      expect(validate(input), name).toBe(!name.includes("invalid"));
      expect(parseApplication(input).success, name).toBe(!name.includes("invalid"));
    }
  });

  it.each([
    ["an array", [application2022()]],
    ["no applicant", withChange((a) => delete a["applicant"])],
    ["an unknown edition", withChange((a) => (a["edition"] = "2023"))],
    ["an instant without an offset", withChange((a) => (a["submittedAt"] = "2022-04-25T15:30:00"))],
    ["a two-digit municipality code", withChange((a) => (a["applicant"] = { type: "municipality", code: "91" }))],
    ["an unknown party type", withChange((a) => (a["applicant"] = { type: "person", name: "Matti" }))],
    ["three decimals", withChange((a) => ((a["budget"] as { requestedGrant: unknown }).requestedGrant = "120000.005"))],
    ["a negative amount", withChange((a) => ((a["budget"] as { requestedGrant: unknown }).requestedGrant = -1))],
    [
      "an unknown cost category",
      withChange((a) => ((a["budget"] as { lines: unknown[] }).lines = [{ category: "hardware", amount: "1.00" }])),
    ],
    ["a day that does not exist", withChange((a) => ((a["project"] as { start: unknown }).start = "2022-02-30"))],
    [
      "a business ID in the wrong form",
      withChange((a) => (a["applicant"] = { type: "jointAuthority", name: "X", businessId: "12345678" })),
    ],
  ])("rejects %s, and so does parseApplication", (_, input) => {
    expect(validate(input)).toBe(false);
    expect(parseApplication(input).success).toBe(false);
  });

  it("every amount string the schema accepts, the money parser accepts", () => {
    const pattern = new RegExp(committed.properties.budget.properties.requestedGrant.anyOf[0].pattern);
    fc.assert(
      fc.property(fc.stringMatching(pattern), (text) => {
        expect(parseAmount(text).success).toBe(true);
      }),
    );
  });

  it("is generated fresh on each call and never shared", () => {
    const a = applicationJsonSchema();
    const b = applicationJsonSchema();
    expect(a).toEqual(b);
    expect(a).not.toBe(b);
  });
});

describe("descriptions", () => {
  it("live in the library's own registry: zod's global registry holds none of the input contract", () => {
    expect(z.globalRegistry.get(applicationSchema)).toBeUndefined();
    expect(z.globalRegistry.get(applicationSchema.shape.budget)).toBeUndefined();
    expect(applicationJsonSchema().description).toMatch(/parseApplication and assess/);
  });
});
