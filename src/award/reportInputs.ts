import type { ParseIssue } from "../application/parse.js";
import type { Locale } from "../vocabulary/locale.js";
import { type Result, fail, ok } from "../vocabulary/result.js";
import { parseDecisionTerms } from "./parseTerms.js";
import { parseFinalReport } from "./report.js";
import type { FinalReport } from "./reportSchema.js";
import type { DecisionTerms } from "./types.js";

/** The terms and the report of `assessReport` and `settle`, parsed. */
export interface ReportInputs {
  readonly terms: DecisionTerms;
  readonly report: FinalReport;
}

/** Parses the terms and the report; or the issues of both, their paths led by `terms` and `report`. */
export function readInputs(terms: unknown, report: unknown, locale: Locale): Result<ReportInputs, ParseIssue> {
  const t = parseDecisionTerms(terms, { locale });
  const r = parseFinalReport(report, { locale });
  if (t.success && r.success) return ok({ terms: t.data, report: r.data });
  return fail(
    ...(t.success ? [] : t.issues.map((i) => ({ ...i, path: ["terms", ...i.path] }))),
    ...(r.success ? [] : r.issues.map((i) => ({ ...i, path: ["report", ...i.path] }))),
  );
}
