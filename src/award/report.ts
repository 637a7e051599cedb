import { type ParseIssue, toIssue } from "../application/parse.js";
import type { Locale } from "../vocabulary/locale.js";
import { isRecord } from "../vocabulary/read.js";
import { type Result, fail } from "../vocabulary/result.js";
import { readOptions } from "./options.js";
import { termsIssue } from "./parseTerms.js";
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
  const read = readOptions(options, [], "report.invalidOption");
  if (!read.ok) return { success: false, issues: [read.issue] };
  const locale = read.locale;
  if (!isRecord(input)) return notAnObject(locale);
  try {
    const result = finalReportSchema.safeParse(input);
    if (result.success) return { success: true, data: result.data };
    return { success: false, issues: result.error.issues.map((i) => toIssue(i, input, locale)) };
  } catch {
    // A getter or proxy in the input that throws: reported, never thrown.
    return notAnObject(locale);
  }
}

function notAnObject(locale: Locale): { readonly success: false; readonly issues: readonly ParseIssue[] } {
  return fail(termsIssue([], "report.notAnObject", {}, locale));
}
