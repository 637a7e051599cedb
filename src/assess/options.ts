import { isRecord } from "../vocabulary/read.js";
import { type ParseIssue, shownInput } from "../application/parse.js";
import type { EditionId } from "../vocabulary/codes.js";
import { editionIds, findEdition } from "../editions/registry.js";
import type { CallEdition } from "../editions/schema.js";
import { type AssessmentMessageCode, formatAssessmentMessage } from "../messages/assessment.js";
import { LOCALES, type Locale, type MessageParams, isLocale } from "../vocabulary/locale.js";
import { parseInstant } from "../time/instant.js";
import type { AlandPolicy } from "./types.js";

const ALAND_POLICIES: readonly AlandPolicy[] = ["allow", "review", "deny"];

/** The options of an assessment after checking, or the issues that make it `invalid`. */
export interface ResolvedOptions {
  /** The language; Finnish unless a valid one was given. */
  readonly locale: Locale;
  /** The edition asked for, if any. */
  readonly edition: CallEdition | null;
  /** The fallback submission instant, epoch milliseconds. */
  readonly at: number | null;
  /** The Åland policy. */
  readonly aland: AlandPolicy;
  /** Why the options are not valid; empty when they are. */
  readonly issues: readonly ParseIssue[];
}

/** A coded issue about the options, with its message in the given language. */
export function optionIssue(
  path: readonly (string | number)[],
  code: AssessmentMessageCode,
  params: MessageParams,
  locale: Locale,
): ParseIssue {
  return { path, code, params, message: formatAssessmentMessage(code, params as never, locale) };
}

/** An own property of the options; an inherited one (a polluted prototype) counts as absent. */
function own(options: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(options, key) ? options[key] : undefined;
}

/**
 * Checks the options of `assess`, which untyped callers may send as anything. Reads only own data
 * properties through `Object.hasOwn`, so an inherited or polluted key is never taken for an option;
 * options that cannot be read (a getter or proxy that throws) are refused as not an object.
 * Issues are in `options.locale`, else in `defaultLocale` (the language of a caller such as `allocate`).
 */
export function resolveOptions(options: unknown, allowEdition: boolean, defaultLocale: Locale = "fi"): ResolvedOptions {
  if (options === undefined || options === null) {
    return { locale: defaultLocale, edition: null, at: null, aland: "review", issues: [] };
  }
  try {
    if (isRecord(options)) return readOptions(options, allowEdition, defaultLocale);
  } catch {
    // A getter or proxy in the options that throws: options that cannot be read are not an object to use.
  }
  const issue = optionIssue(
    ["options"],
    "application.invalidType",
    { field: "options", expected: "object" },
    defaultLocale,
  );
  return { locale: defaultLocale, edition: null, at: null, aland: "review", issues: [issue] };
}

function readOptions(options: Record<string, unknown>, allowEdition: boolean, defaultLocale: Locale): ResolvedOptions {
  const issues: ParseIssue[] = [];

  let locale: Locale = defaultLocale;
  const l = own(options, "locale");
  if (l !== undefined) {
    if (isLocale(l)) locale = l;
    else
      issues.push(
        optionIssue(
          ["options", "locale"],
          "application.invalidOption",
          { field: "options.locale", options: [...LOCALES], input: shownInput(l) },
          defaultLocale,
        ),
      );
  }

  let edition: CallEdition | null = null;
  const e = own(options, "edition");
  if (e !== undefined && allowEdition) {
    const found = findEdition(e);
    if (found.success) edition = found.data;
    else {
      const params = { field: "options.edition", options: [...editionIds], input: shownInput(e) };
      issues.push(optionIssue(["options", "edition"], "application.invalidOption", params, locale));
    }
  }

  let at: number | null = null;
  const a = own(options, "at");
  if (a !== undefined) {
    const r = parseInstant(a);
    if (r.success) at = r.data;
    else
      issues.push(
        optionIssue(["options", "at"], r.issues[0]!.code, { field: "options.at", input: r.issues[0]!.input }, locale),
      );
  }

  let aland: AlandPolicy = "review";
  const p = own(options, "alandMunicipalities");
  if (p !== undefined) {
    if ((ALAND_POLICIES as readonly unknown[]).includes(p)) aland = p as AlandPolicy;
    else {
      const params = { field: "options.alandMunicipalities", options: [...ALAND_POLICIES], input: shownInput(p) };
      issues.push(optionIssue(["options", "alandMunicipalities"], "application.invalidOption", params, locale));
    }
  }
  return { locale, edition, at, aland, issues };
}

/** The edition an input names, if it names a valid one; read defensively (the input may be anything). */
export function editionNamedIn(input: unknown): EditionId | null {
  const found = findEdition(ownValue(input, "edition"));
  return found.success ? found.data.id : null;
}

/** The caller's id in an input, if it has a usable one. */
export function idNamedIn(input: unknown): string | null {
  const id = ownValue(input, "id");
  return typeof id === "string" && id.length <= 200 ? id : null;
}

/** An own property of an input that may be anything; `undefined` when absent or when reading it throws. */
function ownValue(input: unknown, key: string): unknown {
  try {
    return isRecord(input) && Object.hasOwn(input, key) ? input[key] : undefined;
  } catch {
    // A getter or proxy that throws: the parse reports the input, this reads nothing from it.
    return undefined;
  }
}
