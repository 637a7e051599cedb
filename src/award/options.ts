import { formatMessage } from "../messages/catalogue.js";
import { LOCALES, type Locale, isLocale } from "../vocabulary/locale.js";
import { isRecord } from "../vocabulary/read.js";
import { type CalendarDate, helsinkiDate, parseCalendarDate, parseInstant } from "../time/instant.js";

// The options of the award's entry points (parseDecisionTerms, grantTimeline, parseFinalReport,
// assessReport, settle, assessChange, recover), read the same way by each: once, own properties only.

/** The code of an entry point's option issues. */
export type OptionCode =
  | "terms.invalidOption"
  | "report.invalidOption"
  | "settlement.invalidOption"
  | "change.invalidOption"
  | "recovery.invalidOption";

/** An issue of the options, at `["options"]` or `["options", option]`. */
export interface OptionIssue {
  readonly path: readonly (string | number)[];
  readonly code: OptionCode;
  readonly params: { readonly option: string; readonly expected: string };
  readonly message: string;
}

/** The options read: the language and each asked key's value (`undefined` when not given), or the first issue. */
export type OptionsRead<K extends string> =
  | { readonly ok: true; readonly locale: Locale; readonly values: { readonly [key in K]: unknown } }
  | { readonly ok: false; readonly locale: Locale; readonly issue: OptionIssue };

/** An issue of the option `option` (`"options"` for the options themselves). */
export function optionIssue(code: OptionCode, option: string, expected: string, locale: Locale): OptionIssue {
  const path = option === "options" ? ["options"] : ["options", option];
  const params = { option, expected };
  return { path, code, params, message: formatMessage(code, params, locale) };
}

/**
 * Reads options that an untyped caller may have made anything. Absent options are no options. Only
 * own properties count, so a key inherited from a polluted prototype is never an option; each is
 * read once. The language is Finnish unless `locale` names `"fi"`, `"sv"` or `"en"`. An issue, in
 * the language read so far, when the options are not an object, the locale is none of those three,
 * or a getter throws.
 */
export function readOptions<K extends string>(options: unknown, keys: readonly K[], code: OptionCode): OptionsRead<K> {
  if (options === undefined) return { ok: true, locale: "fi", values: {} as { [key in K]: unknown } };
  if (!isRecord(options)) return { ok: false, locale: "fi", issue: optionIssue(code, "options", "an object", "fi") };
  const asked = own(options, "locale");
  if (asked !== undefined && !isLocale(asked)) {
    const expected = LOCALES.map((l) => `"${l}"`).join(" | ");
    return { ok: false, locale: "fi", issue: optionIssue(code, "locale", expected, "fi") };
  }
  const locale: Locale = asked ?? "fi";
  const values: Record<string, unknown> = {};
  for (const key of keys) {
    const value = own(options, key);
    if (value === UNREADABLE) return { ok: false, locale, issue: optionIssue(code, key, "a readable value", locale) };
    values[key] = value;
  }
  return { ok: true, locale, values: values as { [key in K]: unknown } };
}

/** Marks a property whose getter (or proxy trap) throws. */
const UNREADABLE: unique symbol = Symbol("unreadable");

function own(options: Record<string, unknown>, key: string): unknown {
  try {
    return Object.hasOwn(options, key) ? options[key] : undefined;
  } catch {
    return UNREADABLE;
  }
}

/** What the option `at` must be. */
export const AT_EXPECTED = "YYYY-MM-DD or an ISO 8601 instant with an offset";

/** The Helsinki calendar date of `at`: a date as it is, an instant as Helsinki's calendar showed it; `null` if neither. */
export function dayOf(input: unknown): CalendarDate | null {
  const date = parseCalendarDate(input);
  if (date.success) return date.data;
  const instant = parseInstant(input);
  return instant.success ? helsinkiDate(instant.data) : null;
}
