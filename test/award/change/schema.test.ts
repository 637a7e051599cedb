import { readFileSync, readdirSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { describe, expect, it } from "vitest";
import { CHANGE_SCHEMA_FILE_URL, SCHEMA_FILE_URL, renderChangeSchemaFile } from "../../../scripts/docs-schema.js";
import { CHANGE_APPLICATION_SCHEMA_ID } from "../../../src/schema/jsonSchema.js";

// ajv-formats is CommonJS; under ESM its function is the default export's default.
const addFormats = (addFormatsModule as unknown as { default: typeof addFormatsModule }).default ?? addFormatsModule;
const committed = JSON.parse(readFileSync(CHANGE_SCHEMA_FILE_URL, "utf8"));
const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true });
addFormats(ajv);
ajv.addSchema(JSON.parse(readFileSync(SCHEMA_FILE_URL, "utf8")));
const validate = ajv.compile(committed);

describe("docs/schema/change-application.schema.json", () => {
  it("is what scripts/docs-schema.ts writes (run `npm run docs:schema` after changing the change's schema)", () => {
    expect(readFileSync(CHANGE_SCHEMA_FILE_URL, "utf8")).toBe(renderChangeSchemaFile());
  });

  it("is a draft 2020-12 schema with an $id, a description on every part, and the application by reference", () => {
    expect(committed.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(committed.$id).toBe(CHANGE_APPLICATION_SCHEMA_ID);
    for (const key of Object.keys(committed.properties))
      expect(committed.properties[key].description, key).toBeTruthy();
    expect(committed.properties.content.properties.application.$ref).toBe("urn:digikannustin:schema:application");
  });

  it("accepts the change of every scenario and refuses a bad one", () => {
    const root = new URL("./scenarios/", import.meta.url);
    for (const edition of readdirSync(root))
      for (const file of readdirSync(new URL(`${edition}/`, root))) {
        const s = JSON.parse(readFileSync(new URL(`${edition}/${file}`, root), "utf8"));
        expect(validate(s.change), `${edition}/${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
      }
    expect(validate({ extension: { end: "31.12.2024" } })).toBe(false);
    expect(validate({ reallocation: { lines: [{ category: "coffee", amount: "1.00" }] } })).toBe(false);
    expect(validate({ rename: {} })).toBe(false);
  });
});
