import * as z from "zod/mini";
import {
  amountInputSchema,
  applicationSchema,
  businessIdSchema,
  calendarDateInputSchema,
  instantInputSchema,
  partyKeySchema,
  partySchema,
} from "../application/schema.js";
import { EDITION_IDS, EXCLUSION_CODES, type ExclusionCode, editionIdSchema } from "../vocabulary/codes.js";
import { editions } from "../editions/registry.js";
import { descriptions } from "../application/descriptions.js";
import { finalReportSchema } from "../award/reportSchema.js";
import { decisionTermsSchema } from "../award/schema.js";
import { changeApplicationSchema, changedApplicationSchema } from "../award/changeSchema.js";

/** The `$id` of the application JSON Schema. */
export const APPLICATION_SCHEMA_ID = "urn:digikannustin:schema:application";

/** A JSON Schema document: plain JSON data. */
export type JsonSchema = { readonly [key: string]: unknown };

// What the zod parsers check in code, said as JSON Schema so that other validators check it too.
// Each pattern accepts no more strings than its parser (the parsers also accept a few spellings the
// patterns refuse, e.g. "-0"). A JSON number's cents are left to the parser and said in the
// description: JSON Schema's `multipleOf: 0.01` is unreliable in binary floating point.
const AMOUNT_STRING = "^(0|[1-9]\\d{0,13})(\\.\\d{1,2})?$";
/** 10^14 €: from here an amount has 15 whole digits, more than `MAX_AMOUNT`, and the parser refuses it (`money.tooLarge`). */
const AMOUNT_LIMIT = 1e14;
const AMOUNT_NUMBER =
  "A JSON number is read as its shortest decimal form, which must have at most two decimals: 170000.3 is read, " +
  "170000.30000000002 (what floating-point arithmetic such as 0.1 + 0.2 leaves) is refused, and so is a number in " +
  "exponent form, and from 2^46 (70 368 744 177 664) up one that a double cannot hold to the cent. " +
  "JSON Schema cannot check the decimals of a number reliably: give amounts as strings to be safe.";
const BUSINESS_ID = "^\\d{6,7}-\\d$";
const PARTY_KEY = "^(\\d{3}|\\d{6,7}-\\d)$";
const INSTANT = "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})$";
const DATE = "^\\d{4}-\\d{2}-\\d{2}$";

/** Whether a schema is `target` or a copy of it (a described copy, or one with more checks, keeps a link to its original). */
function derivesFrom(schema: z.core.$ZodType, target: z.core.$ZodType): boolean {
  for (let s: z.core.$ZodType | undefined = schema; s; s = s._zod.parent) if (s === target) return true;
  return false;
}

function override(ctx: { zodSchema: z.core.$ZodType; jsonSchema: Record<string, unknown> }): void {
  const { jsonSchema } = ctx;
  const is = (target: z.core.$ZodType) => derivesFrom(ctx.zodSchema, target);
  if (is(editionIdSchema)) jsonSchema["enum"] = [...EDITION_IDS];
  if (is(amountInputSchema)) {
    jsonSchema["anyOf"] = [
      { type: "string", pattern: AMOUNT_STRING, description: "Euros as a decimal string with at most two decimals." },
      { type: "number", minimum: 0, exclusiveMaximum: AMOUNT_LIMIT, description: AMOUNT_NUMBER },
    ];
  }
  if (is(partySchema)) partyByType(jsonSchema);
  if (is(businessIdSchema)) jsonSchema["pattern"] = BUSINESS_ID;
  if (is(partyKeySchema)) jsonSchema["pattern"] = PARTY_KEY;
  if (is(instantInputSchema)) jsonSchema["pattern"] = INSTANT;
  if (is(calendarDateInputSchema)) Object.assign(jsonSchema, { pattern: DATE, format: "date" });
}

/** One kind of party as zod writes it: an object whose `type` is a constant. */
type PartyVariant = { readonly properties: { readonly type: { readonly const: string } } };

/**
 * A party chosen by its `type` with `if`/`then`, instead of zod's `oneOf`: a validator then checks
 * the one kind the party names and reports one error for a wrong field, not one per kind.
 */
function partyByType(jsonSchema: Record<string, unknown>): void {
  const variants = jsonSchema["oneOf"] as readonly PartyVariant[];
  const kinds = variants.map((v) => v.properties.type.const);
  delete jsonSchema["oneOf"];
  Object.assign(jsonSchema, {
    type: "object",
    properties: {
      type: { type: "string", enum: kinds, description: "The kind of party; it decides the other fields." },
    },
    required: ["type"],
    allOf: variants.map((v) => ({
      if: { properties: { type: { const: v.properties.type.const } }, required: ["type"] },
      // biome-ignore lint/suspicious/noThenProperty: JSON Schema's keyword; the document is data, never awaited
      then: v,
    })),
  });
}

/** The editions that excluded a kind of project, from the edition data: `"2021, 2022"`. */
function excludedIn(code: ExclusionCode): string {
  const ids = editions.filter((e) => e.exclusions[code]).map((e) => e.id);
  return ids.length ? ids.join(", ") : "none";
}

/** The English title of an exclusion, from the first edition that names it. */
function exclusionTitle(code: ExclusionCode): string {
  for (const e of editions) {
    const node = e.exclusions[code];
    if (node) return node.value.title.en;
  }
  return code;
}

/** `"2021: builtEnvironmentServices, digitalSecurity; 2022: dataQuality, competence"`. */
function focusAreasByEdition(): string {
  return editions.map((e) => `${e.id}: ${Object.keys(e.focusAreas).join(", ")}`).join("; ");
}

/**
 * The JSON Schema (draft 2020-12) of an application, generated from the zod
 * {@link applicationSchema} that `parseApplication` uses, so the two cannot drift. For integrators
 * in other languages and form builders. It describes the input side of the contract: amounts may
 * be strings or numbers, defaults may be left out. What a JSON Schema cannot say (a business ID's
 * check digit, a date that exists in the calendar beyond `format: "date"`, whether the edition
 * lists the focus area) is checked by `parseApplication` and `assess`.
 * Committed as `docs/schema/application.schema.json`.
 *
 * @example
 * ```ts
 * const schema = applicationJsonSchema();
 * schema.$schema;  //=> "https://json-schema.org/draft/2020-12/schema"
 * schema.$id;      //=> "urn:digikannustin:schema:application"
 * schema.required; //=> ["edition", "applicant", "project", "budget"]
 * ```
 */
export function applicationJsonSchema(): JsonSchema {
  const generated = z.toJSONSchema(applicationSchema, {
    io: "input",
    target: "draft-2020-12",
    metadata: descriptions,
    override: (ctx) => override(ctx as never),
  }) as Record<string, unknown>;
  const { $schema, title, description, ...rest } = generated;
  const doc = { $schema, $id: APPLICATION_SCHEMA_ID, title, description, ...rest } as unknown as {
    properties: {
      project: {
        properties: Record<string, { properties?: Record<string, Record<string, unknown>> } & Record<string, unknown>>;
      };
    };
  };
  const project = doc.properties.project.properties;
  const focusArea = project["focusArea"]!;
  focusArea["description"] = `${String(focusArea["description"])} Codes by edition: ${focusAreasByEdition()}.`;
  const declarations = project["declarations"]!.properties!;
  for (const code of EXCLUSION_CODES) {
    declarations[code] = {
      ...declarations[code],
      description: `Is the project of this kind: ${exclusionTitle(code)}? Excluded in: ${excludedIn(code)}.`,
    };
  }
  return doc;
}

/** The `$id` of the decision terms JSON Schema. */
export const DECISION_TERMS_SCHEMA_ID = "urn:digikannustin:schema:decision-terms";

/**
 * The JSON Schema (draft 2020-12) of decision terms, generated from the zod {@link decisionTermsSchema}
 * that `parseDecisionTerms` uses. What it cannot say (a rate above the edition's, instalments above the
 * maximum, a date that exists) `parseDecisionTerms` checks. Committed as `docs/schema/decision-terms.schema.json`.
 *
 * @example
 * ```ts
 * decisionTermsJsonSchema().$id; //=> "urn:digikannustin:schema:decision-terms"
 * ```
 */
export function decisionTermsJsonSchema(): JsonSchema {
  return generated(decisionTermsSchema, DECISION_TERMS_SCHEMA_ID);
}

/**
 * The JSON Schema of one of the award's input contracts, as the application's is made: the input
 * side, the descriptions, the library's overrides (and a contract's own, `also`), and the `$id` first.
 */
function generated(
  schema: z.core.$ZodType,
  $id: string,
  also: (ctx: { zodSchema: unknown; jsonSchema: unknown }) => void = () => {},
): JsonSchema {
  const doc = z.toJSONSchema(schema, {
    io: "input",
    target: "draft-2020-12",
    metadata: descriptions,
    override: (ctx) => {
      override(ctx as never);
      also(ctx);
    },
  }) as Record<string, unknown>;
  const { $schema, title, description, ...rest } = doc;
  return { $schema, $id, title, description, ...rest };
}

/** The `$id` of the final report JSON Schema. */
export const FINAL_REPORT_SCHEMA_ID = "urn:digikannustin:schema:final-report";

/**
 * The JSON Schema (draft 2020-12) of a final report (valtionavustusselvitys, 893/2019 9 §), generated
 * from the zod {@link finalReportSchema} that `parseFinalReport` uses. Committed as
 * `docs/schema/final-report.schema.json`.
 *
 * @example
 * ```ts
 * finalReportJsonSchema().$id; //=> "urn:digikannustin:schema:final-report"
 * ```
 */
export function finalReportJsonSchema(): JsonSchema {
  return generated(finalReportSchema, FINAL_REPORT_SCHEMA_ID);
}

/** The `$id` of the change application JSON Schema. */
export const CHANGE_APPLICATION_SCHEMA_ID = "urn:digikannustin:schema:change-application";

/**
 * The JSON Schema (draft 2020-12) of a change application (688/2001 14 §), generated from the zod
 * {@link changeApplicationSchema} that `assessChange` uses; the changed application of a content or
 * consortium change refers to the application schema by its `$id`. Committed as
 * `docs/schema/change-application.schema.json`.
 *
 * @example
 * ```ts
 * changeApplicationJsonSchema().$id; //=> "urn:digikannustin:schema:change-application"
 * ```
 */
export function changeApplicationJsonSchema(): JsonSchema {
  return generated(changeApplicationSchema, CHANGE_APPLICATION_SCHEMA_ID, (ctx) => {
    if (derivesFrom(ctx.zodSchema as z.core.$ZodType, changedApplicationSchema))
      (ctx.jsonSchema as Record<string, unknown>)["$ref"] = APPLICATION_SCHEMA_ID;
  });
}
