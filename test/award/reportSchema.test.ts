import { readFileSync, readdirSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { describe, expect, it } from "vitest";
import { REPORT_SCHEMA_FILE_URL, renderReportSchemaFile } from "../../scripts/docs-schema.js";
import { FINAL_REPORT_SCHEMA_ID } from "../../src/schema/jsonSchema.js";
import { report2022 } from "./reportFixtures.js";

// ajv-formats is CommonJS; under ESM its function is the default export's default.
const addFormats = (addFormatsModule as unknown as { default: typeof addFormatsModule }).default ?? addFormatsModule;
const committed = JSON.parse(readFileSync(REPORT_SCHEMA_FILE_URL, "utf8"));
const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true });
addFormats(ajv);
const validate = ajv.compile(committed);

describe("docs/schema/final-report.schema.json", () => {
  it("is what scripts/docs-schema.ts writes (run `npm run docs:schema` after changing the report's schema)", () => {
    expect(readFileSync(REPORT_SCHEMA_FILE_URL, "utf8")).toBe(renderReportSchemaFile());
  });

  it("is a draft 2020-12 schema with an $id, a title and a description on every field", () => {
    expect(committed.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(committed.$id).toBe(FINAL_REPORT_SCHEMA_ID);
    for (const key of Object.keys(committed.properties))
      expect(committed.properties[key].description, key).toBeTruthy();
    expect(committed.properties.costs.items.properties.amount.anyOf).toHaveLength(2);
  });

  it("accepts the standard report and every report of the settlement scenarios, and refuses a bad one", () => {
    const dir = new URL("./settlement/", import.meta.url);
    const reports = readdirSync(dir)
      .filter((f) => /^\d{4}-.+\.json$/.test(f))
      .map((f) => JSON.parse(readFileSync(new URL(f, dir), "utf8")).report);
    for (const r of [report2022(), ...reports]) expect(validate(r), ajv.errorsText(validate.errors)).toBe(true);
    expect(validate({ costs: [{ category: "staff", amount: "1.001", date: "2023-01-01" }] })).toBe(false);
    expect(validate({ auditorStatement: { auditor: "X" } })).toBe(false);
  });
});
