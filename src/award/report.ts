import { type ParseIssue, toIssue } from "../application/parse.js";
import { formatMessage } from "../messages/catalogue.js";
import { LOCALES, type Locale, isLocale } from "../vocabulary/locale.js";
import { isRecord } from "../vocabulary/read.js";
import type { Result } from "../vocabulary/result.js";
import { type FinalReport, finalReportSchema } from "./reportSchema.js";

/** Options of {@link parseFinalReport}. */
export interface ParseReportOptions {
  /** The language of the issue messages; Finnish by default. */
  readonly locale?: Locale;
}

/**
 * Parses a final report (valtionavustusselvitys, 893/2019 9 §) against its contract. Never throws
 * and never mutates the input: a bad input gives `{ success: false, issues }`, each issue with a
 * path, a stable code and a message in Finnish, Swedish or English. A parsed report parses again
 * to itself.
 *
 * @example
 * ```ts
 * const r = parseFinalReport({ submittedOn: "2024-31-12" }, { locale: "en" });
 * r.success; //=> false
 * r.success || r.issues[0].code; //=> "time.impossibleDate"
 * ```
 */
export function parseFinalReport(input: unknown, options: ParseReportOptions = {}): Result<FinalReport, ParseIssue> {
  const locale = readLocale(options);
  if (locale === null) {
    const params = { option: "locale", expected: LOCALES.map((l) => `"${l}"`).join(" | ") };
    return fail(["options", "locale"], "report.invalidOption", params, "fi");
  }
  if (!isRecord(input)) return fail([], "report.notAnObject", {}, locale);
  try {
    // `reportInput: false` keeps hostile inputs out of the issues; errors are mapped to the coded issues.
    const result = finalReportSchema.safeParse(input, { reportInput: false });
    if (result.success) return { success: true, data: result.data };
    return { success: false, issues: result.error.issues.map((i) => toIssue(i, input, locale)) };
  } catch {
    // A getter or proxy in the input that throws: reported, never thrown.
    return fail([], "report.notAnObject", {}, locale);
  }
}

/** The `locale` option: Finnish when absent, `null` when it is not a locale or cannot be read. */
function readLocale(options: unknown): Locale | null {
  try {
    if (!isRecord(options) || !Object.hasOwn(options, "locale") || options["locale"] === undefined) return "fi";
    const l = options["locale"];
    return isLocale(l) ? l : null;
  } catch {
    // A getter or proxy that throws: a locale that cannot be read is not one.
    return null;
  }
}

function fail(
  path: readonly (string | number)[],
  code: "report.invalidOption" | "report.notAnObject",
  params: { readonly option: string; readonly expected: string } | Record<string, never>,
  locale: Locale,
): { readonly success: false; readonly issues: readonly ParseIssue[] } {
  const message = formatMessage(code, params as never, locale);
  return { success: false, issues: [{ path, code, params, message }] };
}
