import type { ParseIssue } from "../application/parse.js";
import type { Locale } from "../vocabulary/locale.js";
import { parseDecisionTerms } from "./parseTerms.js";
import { parseFinalReport } from "./report.js";
import type { FinalReport } from "./reportSchema.js";
import type { DecisionTerms } from "./types.js";

/** The terms and the report of `assessReport` and `settle`, parsed; or the issues, each path led by its input. */
export type ReadInputs =
  | { readonly kind: "inputs"; readonly terms: DecisionTerms; readonly report: FinalReport }
  | { readonly kind: "issues"; readonly issues: readonly ParseIssue[] };

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
