import type { ParseIssue } from "../application/parse.js";
import { formatMessage } from "../messages/catalogue.js";
import { LOCALES, type Locale, isLocale } from "../vocabulary/locale.js";
import { isRecord } from "../vocabulary/read.js";
import { parseDecisionTerms } from "./parseTerms.js";
import { parseFinalReport } from "./report.js";
import type { FinalReport } from "./reportSchema.js";
import type { DecisionTerms } from "./types.js";

/** The terms and the report of `assessReport` and `settle`, parsed; or the issues, each path led by its input. */
export type ReadInputs =
  | { readonly kind: "inputs"; readonly terms: DecisionTerms; readonly report: FinalReport }
  | { readonly kind: "issues"; readonly issues: readonly ParseIssue[] };

/** An option read once from an own property; an inherited (polluted) key is never an option. */
export function ownOption(options: unknown, key: string): unknown {
  return isRecord(options) && Object.hasOwn(options, key) ? options[key] : undefined;
}

/** The `locale` option: Finnish when absent; an issue (in Finnish) when it is not a locale or the options are not an object. */
export function localeOption(options: unknown, code: "report.invalidOption" | "settlement.invalidOption") {
  if (options !== undefined && !isRecord(options)) {
    return { locale: "fi" as Locale, issue: optionIssue(code, { option: "options", expected: "an object" }, "fi") };
  }
  const l = ownOption(options, "locale");
  if (l === undefined) return { locale: "fi" as Locale, issue: null };
  if (isLocale(l)) return { locale: l, issue: null };
  const params = { option: "locale", expected: LOCALES.map((x) => `"${x}"`).join(" | ") };
  return { locale: "fi" as Locale, issue: optionIssue(code, params, "fi") };
}

/** An issue of the options, at `["options", option]`. */
export function optionIssue(
  code: "report.invalidOption" | "settlement.invalidOption",
  params: { readonly option: string; readonly expected: string },
  locale: Locale,
): ParseIssue {
  const path = params.option === "options" ? ["options"] : ["options", params.option];
  return { path, code, params, message: formatMessage(code, params, locale) };
}

/** Parses the terms and the report; issues of both, their paths led by `terms` and `report`. */
export function readInputs(terms: unknown, report: unknown, locale: Locale): ReadInputs {
  const t = parseDecisionTerms(terms, { locale });
  const r = parseFinalReport(report, { locale });
  const issues = [
    ...(t.success ? [] : t.issues.map((i) => ({ ...i, path: ["terms", ...i.path] }))),
    ...(r.success ? [] : r.issues.map((i) => ({ ...i, path: ["report", ...i.path] }))),
  ];
  if (!t.success || !r.success) return { kind: "issues", issues };
  return { kind: "inputs", terms: t.data, report: r.data };
}
