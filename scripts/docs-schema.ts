/**
 * Writes `docs/schema/application.schema.json` from `applicationJsonSchema()`,
 * `docs/schema/decision-terms.schema.json` from `decisionTermsJsonSchema()`,
 * `docs/schema/final-report.schema.json` from `finalReportJsonSchema()` and
 * `docs/schema/change-application.schema.json` from `changeApplicationJsonSchema()`. Run with `npm run docs:schema`;
 * `test/schema/jsonSchema.test.ts` and `test/award/reportSchema.test.ts` fail when a committed file is stale.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  applicationJsonSchema,
  changeApplicationJsonSchema,
  decisionTermsJsonSchema,
  finalReportJsonSchema,
} from "../src/schema/jsonSchema.js";

/** Where the committed schema lives. */
export const SCHEMA_FILE_URL = new URL("../docs/schema/application.schema.json", import.meta.url);

/** The file's text: the schema as indented JSON with a final newline. Pure. */
export function renderSchemaFile(): string {
  return `${JSON.stringify(applicationJsonSchema(), null, 2)}\n`;
}

/** Where the committed decision terms schema lives. */
export const TERMS_SCHEMA_FILE_URL = new URL("../docs/schema/decision-terms.schema.json", import.meta.url);

/** The decision terms schema file's text. Pure. */
export function renderTermsSchemaFile(): string {
  return `${JSON.stringify(decisionTermsJsonSchema(), null, 2)}\n`;
}

/** Where the committed final report schema lives. */
export const REPORT_SCHEMA_FILE_URL = new URL("../docs/schema/final-report.schema.json", import.meta.url);

/** The final report schema file's text. Pure. */
export function renderReportSchemaFile(): string {
  return `${JSON.stringify(finalReportJsonSchema(), null, 2)}\n`;
}

/** Where the committed change application schema lives. */
export const CHANGE_SCHEMA_FILE_URL = new URL("../docs/schema/change-application.schema.json", import.meta.url);

/** The change application schema file's text. Pure. */
export function renderChangeSchemaFile(): string {
  return `${JSON.stringify(changeApplicationJsonSchema(), null, 2)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(SCHEMA_FILE_URL, renderSchemaFile());
  console.log(`wrote ${fileURLToPath(SCHEMA_FILE_URL)}`);
  writeFileSync(TERMS_SCHEMA_FILE_URL, renderTermsSchemaFile());
  console.log(`wrote ${fileURLToPath(TERMS_SCHEMA_FILE_URL)}`);
  writeFileSync(REPORT_SCHEMA_FILE_URL, renderReportSchemaFile());
  console.log(`wrote ${fileURLToPath(REPORT_SCHEMA_FILE_URL)}`);
  writeFileSync(CHANGE_SCHEMA_FILE_URL, renderChangeSchemaFile());
  console.log(`wrote ${fileURLToPath(CHANGE_SCHEMA_FILE_URL)}`);
}
