/**
 * digikannustin: the Finnish Ministry of Finance grant for municipal digitalisation as typed,
 * cited rules. Pure: no I/O, no clock, no global state.
 *
 * @packageDocumentation
 */

// Results
export type { Result } from "./vocabulary/result.js";

// Money kernel
export * from "./money/index.js";

// Time kernel
export * from "./time/index.js";

// Messages
export { type MessageCode, type ParamsOf, catalogue, formatMessage } from "./messages/catalogue.js";
export { LOCALES, type Locale, LocaleError, type MessageParams, isLocale } from "./vocabulary/locale.js";

// Reference registers
export {
  type BusinessId,
  type BusinessIdIssue,
  type BusinessIdIssueCode,
  businessIdCheckDigit,
  parseBusinessId,
} from "./reference/businessId.js";
export {
  type Municipality,
  findMunicipality,
  findMunicipalityByName,
  municipalities,
} from "./reference/municipalities.js";

// Call editions
export * from "./vocabulary/codes.js";
export type { Certainty, Cited, LocalizedText, MaybeCited, NotFound } from "./editions/cited.js";
export { type CallEdition, callEditionSchema } from "./editions/schema.js";
export { APPROPRIATION_USE, type AppropriationUse } from "./editions/appropriationUse.js";
export {
  RECIPIENT_MODELS,
  RECIPIENT_MODEL_TITLES,
  type RecipientModel,
  isRecipientModel,
} from "./editions/recipients.js";

// Editions
export {
  EditionError,
  type UnknownEditionIssue,
  editionFor,
  editionIds,
  editions,
  findEdition,
  getEdition,
} from "./editions/registry.js";
export { type EditionLocale, renderEditionMarkdown } from "./editions/render.js";

// Applications
export {
  type Application,
  type ApplicationInput,
  type BudgetLine,
  type Party,
  applicationSchema,
} from "./application/schema.js";
export { type ParseIssue, type ParseOptions, parseApplication } from "./application/parse.js";

// Assessment (hakemuksen arviointi): the rules and their findings
export type {
  AlandPolicy,
  AssessOptions,
  Assessment,
  AssessmentStatus,
  BudgetSummary,
  Finding,
  FindingOf,
  InvalidAssessment,
  JsonValue,
  Outcome,
  Notice,
  NoticeCode,
  NoticeOf,
  ParsedAssessment,
  PartyBudget,
  RuleId,
} from "./assess/types.js";
export { assess, assessApplication } from "./assess/assess.js";
export { summariseBudget } from "./assess/summariseBudget.js";
export { ruleCatalogue, rulesFor } from "./rules/catalogue.js";
export { RULE_FAMILIES, type RuleFamily, type RuleInfo } from "./rules/types.js";

// JSON Schema of the application (for integrators in other languages and form builders)
export { APPLICATION_SCHEMA_ID, type JsonSchema, applicationJsonSchema } from "./schema/jsonSchema.js";
export { DECISION_TERMS_SCHEMA_ID, decisionTermsJsonSchema } from "./schema/jsonSchema.js";

// Diffs between call editions (muutokset hakukierrosten välillä)
export type { ChangeKind, EditionChange } from "./diff/types.js";
export { diffEditions } from "./diff/diffEditions.js";
export { type RenderDiffOptions, renderDiffMarkdown } from "./diff/renderDiff.js";
export {
  type ChangedRule,
  type CompareOptions,
  type CrossEditionComparison,
  type CrossEditionOutcome,
  compareAcrossEditions,
} from "./diff/compareAcrossEditions.js";

// Allocation of an appropriation (määrärahan jakaminen), the scores it ranks by, and grant decisions (avustuspäätös)
export * from "./allocate/index.js";
export * from "./scoring/index.js";
export * from "./decision/index.js";
export * from "./passOn/index.js";
export * from "./award/index.js";
export { FINAL_REPORT_SCHEMA_ID, finalReportJsonSchema } from "./schema/jsonSchema.js";
