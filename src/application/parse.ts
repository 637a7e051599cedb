import { isRecord } from "../vocabulary/read.js";
import type { $ZodIssue } from "zod/v4/core";
import { type AssessmentMessageCode, formatAssessmentMessage } from "../messages/assessment.js";
import type { MessageCode } from "../messages/catalogue.js";
import { LOCALES, type Locale, type MessageParams, isLocale } from "../vocabulary/locale.js";
import type { Result } from "../vocabulary/result.js";
import { contract } from "./contract.js";
import type { Application, applicationSchema } from "./schema.js";

/** A coded reason why an input is not a valid application. */
export interface ParseIssue {
  /** Where in the input, as keys and indexes: `["budget", "lines", 0, "amount"]`. */
  readonly path: readonly (string | number)[];
  /** The stable code, e.g. `"money.tooManyDecimals"`. */
  readonly code: MessageCode;
  /** The values the message is built from, so callers can render their own text. */
  readonly params: MessageParams;
  /** The message in the chosen language. */
  readonly message: string;
}

/** Options of {@link parseApplication}. */
export interface ParseOptions {
  /** The language of the issue messages; Finnish by default. */
  readonly locale?: Locale;
}

/**
 * Parses an application against the input contract. Never throws and never mutates the input:
 * a bad input gives `{ success: false, issues }`, each issue with a path, a stable code and a
 * message in Finnish, Swedish or English. Options that are not an object, or a `locale` that is not
 * one of `"fi"`, `"sv"` and `"en"`, give Finnish.
 *
 * @example
 * ```ts
 * const r = parseApplication({ edition: "2022" }, { locale: "en" });
 * r.success;            //=> false
 * r.issues[0].message;  //=> "The field applicant is missing."
 * ```
 */
export function parseApplication(input: unknown, options: ParseOptions = {}): Result<Application, ParseIssue> {
  const asked = localeOption(options);
  const locale = asked === undefined ? "fi" : asked;
  if (!isLocale(locale)) {
    // An untyped caller's unknown (or unreadable) locale is refused, in Finnish, rather than silently ignored.
    const params = { field: "options.locale", options: [...LOCALES], input: shownInput(locale) };
    return { success: false, issues: [issue(["options", "locale"], "application.invalidOption", params, "fi")] };
  }
  if (!isRecord(input)) return { success: false, issues: [issue([], "application.notAnObject", {}, locale)] };
  let result: ReturnType<typeof applicationSchema.safeParse>;
  try {
    result = contract.safeParse(input);
  } catch {
    // A getter or proxy in the input that throws: report it rather than throwing ourselves.
    return { success: false, issues: [issue([], "application.notAnObject", {}, locale)] };
  }
  if (result.success) return { success: true, data: result.data };
  return { success: false, issues: result.error.issues.map((i) => toIssue(i, input, locale)) };
}

/**
 * The `locale` option as given: `undefined` when the options are not an object or name none, `null`
 * (no locale, so refused) when reading it throws.
 */
function localeOption(options: unknown): unknown {
  try {
    return typeof options === "object" && options !== null ? (options as ParseOptions).locale : undefined;
  } catch {
    // A getter or proxy that throws: a locale that cannot be read is not one.
    return null;
  }
}

function issue(
  path: readonly PropertyKey[],
  code: AssessmentMessageCode,
  params: MessageParams,
  locale: Locale,
): ParseIssue {
  const cleanPath = path.map((k) => (typeof k === "number" ? k : String(k)));
  return { path: cleanPath, code, params, message: formatAssessmentMessage(code, params as never, locale) };
}

/** The dotted field name used in messages: `budget.lines[0].amount`. */
function fieldName(path: readonly PropertyKey[]): string {
  let out = "";
  for (const k of path) out += typeof k === "number" ? `[${k}]` : out ? `.${String(k)}` : String(k);
  return out || "(root)";
}

/**
 * The offending value as a message shows it, cut at 64 characters: a string as it is, or (`asJson`,
 * where the kind of value is the point) every value as JSON, so that `5` and `"5"` differ.
 */
function shown(value: unknown, asJson = false): string {
  const text = typeof value === "string" && !asJson ? value : asText(value);
  return text.length > 64 ? `${text.slice(0, 63)}…` : text;
}

/** A value given to an option, as an issue shows it: as JSON, cut at 64 characters (`"de"`, `5`, `null`). */
export function shownInput(value: unknown): string {
  return shown(value, true);
}

/**
 * A value as JSON; else as `String` gives it (a bigint, a function); else, for what neither can
 * write (a list holding an object without a prototype, a bigint inside an object), its kind.
 */
function asText(value: unknown): string {
  try {
    const json = JSON.stringify(value);
    if (json !== undefined) return json;
  } catch {
    // A bigint or a cycle inside: try String, then the kind.
  }
  try {
    return String(value);
  } catch {
    return Array.isArray(value) ? "array" : typeof value;
  }
}

/** The values a field allows, sorted. */
function optionsOf(zi: { readonly values: readonly unknown[] }): string[] {
  return zi.values.map(String).sort();
}

/** The application's one discriminated union: a party, by its `type`. */
const PARTY_UNION: Readonly<Record<string, readonly string[]>> = {
  type: ["municipality", "jointAuthority", "association", "company", "other"],
};

/**
 * A zod issue of an input contract as a coded issue in the caller's language: the application's, and
 * the decision terms', events' and final report's of src/award. `unions` gives the values each
 * discriminator of the contract allows (a party's `type`; an event's `kind`), named when none matched.
 */
export function toIssue(
  zi: $ZodIssue,
  input: object,
  locale: Locale,
  unions: Readonly<Record<string, readonly string[]>> = PARTY_UNION,
): ParseIssue {
  const field = fieldName(zi.path);
  // zod leaves the received value out of its issues (`reportInput` is off by default): read it from the input.
  const value = valueAt(input, zi.path);
  // A field that is absent is missing, whatever the check that met it (a type, a list of values, a union).
  const absent = zi.code === "invalid_type" || zi.code === "invalid_value" || zi.code === "invalid_union";
  if (absent && value === undefined) return issue(zi.path, "application.required", { field }, locale);
  switch (zi.code) {
    case "custom": {
      const params = (zi.params ?? {}) as { code?: AssessmentMessageCode; input?: string };
      if (params.code) return issue(zi.path, params.code, { field, input: params.input ?? shown(value) }, locale);
      return issue(zi.path, "application.invalid", { field, input: shown(value, true) }, locale);
    }
    case "invalid_type":
      return issue(
        zi.path,
        "application.invalidType",
        { field, expected: zi.expected, input: shown(value, true) },
        locale,
      );
    case "invalid_value":
      return issue(
        zi.path,
        "application.valueNotAllowed",
        { field, input: shown(value), options: optionsOf(zi) },
        locale,
      );
    case "invalid_union":
      if ("discriminator" in zi && zi.discriminator && Object.hasOwn(unions, zi.discriminator)) {
        const options = [...unions[zi.discriminator]!];
        return issue(zi.path, "application.valueNotAllowed", { field, input: shown(value), options }, locale);
      }
      return issue(zi.path, "application.invalid", { field, input: shown(value, true) }, locale);
    case "too_small":
      if (zi.origin === "string") return issue(zi.path, "application.blank", { field }, locale);
      return issue(zi.path, "application.invalid", { field, input: shown(value, true) }, locale);
    case "too_big": {
      const length = typeof value === "string" || Array.isArray(value) ? value.length : 0;
      const params = { field, limit: Number(zi.maximum), length, input: shown(value, true) };
      return issue(zi.path, "application.tooLong", params, locale);
    }
    case "invalid_format":
      return issue(zi.path, "application.invalidFormat", { field, input: shown(value) }, locale);
    default:
      return issue(zi.path, "application.invalid", { field, input: shown(value, true) }, locale);
  }
}

/** The value at a path of the input, through own properties only; `undefined` if absent or unreadable. */
function valueAt(input: object, path: readonly PropertyKey[]): unknown {
  let node: unknown = input;
  try {
    for (const key of path) {
      if (typeof node !== "object" || node === null || !Object.hasOwn(node, key)) return undefined;
      node = (node as Record<PropertyKey, unknown>)[key];
    }
    return node;
  } catch {
    // A getter or proxy that throws on a second read: treat the value as missing.
    return undefined;
  }
}
