import type { ParseIssue } from "../application/parse.js";
import type { JsonValue, Outcome } from "../assess/types.js";
import { type MessageCode, type ParamsOf, formatMessage } from "../messages/catalogue.js";
import { sumAmounts } from "../money/arithmetic.js";
import { type CalendarDate, compareDates, parseCalendarDate } from "../time/instant.js";
import type { Locale } from "../vocabulary/locale.js";
import { optionIssue, readOptions } from "./options.js";
import { termsIssue } from "./parseTerms.js";
import { readInputs } from "./reportInputs.js";
import { reportDeadline } from "./deadline.js";
import { treatLines } from "./reportLines.js";
import type { FinalReport, FinalReportInput } from "./reportSchema.js";
import type { DecisionTerms } from "./types.js";
import type {
  AssessReportOptions,
  ReportAssessment,
  ReportDeadline,
  ReportFinding,
  ReportRuleId,
  ReportStatus,
  TreatedLine,
} from "./reportTypes.js";

/** The texts a final report owes (893/2019 9 §), in the decree's order. */
const TEXTS = ["results", "waysOfWorking", "usability", "implementation"] as const;

/**
 * Assesses a final report (valtionavustusselvitys, 893/2019 9 §) under the decision's terms, one
 * finding per check, each `pass`, `fail`, `review` or `missing`, cited, in Finnish, Swedish or English:
 * - each of the four texts the decree names (results and impact, changed ways of working, the
 *   usability of the results in other municipalities, implementation): `missing` when blank;
 * - the realised costs: each cost dated outside the period of use or of a category the terms do not
 *   count is excluded, with its reason (`lines`); `review` when some are, `fail` when all are;
 * - the auditor's statement (9 §): `missing` when not attached or without auditor or date — a
 *   correctable gap, never a rejection;
 * - separate project accounting (7 § 3 k.): `review` when not confirmed;
 * - evidence of sharing experience and results (7 § 1–2 k.): `missing` when none is given;
 * - the deadline: a report given after the last day (the decision's: period end + `reportMonths`;
 *   else 688/2001 29 § 1 mom.) is `review` with the day the right to payment lapsed — never an
 *   automatic loss: the authority decides. A draft without `submittedOn` is read at `options.at`;
 *   without either the check is `missing`.
 *
 * The status, as `assess`'s: `deficient` when a check fails, `needsReview` when one needs a human or
 * an answer, else `acceptable`; `invalid` (with coded issues) when the terms, the report or the
 * options do not parse. Never throws.
 *
 * @example
 * ```ts
 * const r = assessReport(terms, report, { locale: "en" }); // report: no auditor's statement
 * r.status; //=> "needsReview"
 * r.findings.find((f) => f.rule === "report.auditorStatement")?.outcome; //=> "missing"
 * ```
 */
export function assessReport(
  terms: DecisionTerms,
  report: FinalReportInput,
  options: AssessReportOptions = {},
): ReportAssessment {
  // Reading the options never throws: a getter that does is an issue of its option.
  const asked = readOptions(options, ["at"], "report.invalidOption");
  const locale = asked.locale;
  try {
    if (!asked.ok) return invalid(null, locale, [asked.issue]);
    const at = asked.values.at;
    if (at !== undefined && !parseCalendarDate(at).success) {
      return invalid(null, locale, [optionIssue("report.invalidOption", "at", "YYYY-MM-DD", locale)]);
    }
    const read = readInputs(terms, report, locale);
    if (!read.success) return invalid(null, locale, read.issues);
    return assessParsed(read.data.terms, read.data.report, at as CalendarDate | undefined, locale);
  } catch {
    // A defect of ours, or a getter or proxy that throws where no check expected one: reported, never thrown.
    return invalid(null, locale, [termsIssue([], "report.failed", {}, locale)]);
  }
}

function invalid(id: string | null, locale: Locale, issues: readonly ParseIssue[]): ReportAssessment {
  return { id, edition: null, locale, status: "invalid", findings: [], lines: [], deadline: null, issues };
}

function assessParsed(
  terms: DecisionTerms,
  report: FinalReport,
  at: CalendarDate | undefined,
  locale: Locale,
): ReportAssessment {
  const lines = treatLines(terms, report, locale);
  const deadline = reportDeadline(terms);
  const make: Make = (rule, outcome, citation, values, code, params) => ({
    rule,
    outcome,
    citation,
    values,
    messageCode: code,
    params: params as ReportFinding["params"],
    message: formatMessage(code, params, locale),
  });
  const findings: ReportFinding[] = TEXTS.map((item) => {
    const given = report[item].trim() !== "";
    const code = given ? ("report.text.pass" as const) : ("report.text.missing" as const);
    return make(`report.${item}`, given ? "pass" : "missing", "893/2019 9 §", { given }, code, { item });
  });
  findings.push(costsFinding(lines, make));
  const { present, auditor, date } = report.auditorStatement;
  if (present && auditor !== null && auditor.trim() !== "" && date !== null) {
    const values = { present, auditor, date };
    findings.push(
      make("report.auditorStatement", "pass", "893/2019 9 §", values, "report.auditorStatement.pass", {
        auditor,
        date,
      }),
    );
  } else {
    const values = { present, auditor, date };
    findings.push(
      make("report.auditorStatement", "missing", "893/2019 9 §", values, "report.auditorStatement.missing", {}),
    );
  }
  const kept = report.separateAccounting;
  findings.push(
    kept
      ? make("report.separateAccounting", "pass", "893/2019 7 § 3 k.", { kept }, "report.separateAccounting.pass", {})
      : make(
          "report.separateAccounting",
          "review",
          "893/2019 7 § 3 k.",
          { kept },
          "report.separateAccounting.review",
          {},
        ),
  );
  const count = report.dissemination.filter((e) => e.trim() !== "").length;
  findings.push(
    count > 0
      ? make("report.dissemination", "pass", "893/2019 7 § 1–2 k.", { count }, "report.dissemination.pass", { count })
      : make("report.dissemination", "missing", "893/2019 7 § 1–2 k.", { count }, "report.dissemination.missing", {}),
  );
  findings.push(deadlineFinding(report.submittedOn ?? at ?? null, deadline, make));
  return {
    id: terms.id,
    edition: terms.edition,
    locale,
    status: statusOf(findings),
    findings,
    lines,
    deadline,
    issues: [],
  };
}

type Make = <C extends MessageCode>(
  rule: ReportRuleId,
  outcome: Outcome,
  citation: string,
  values: { readonly [key: string]: JsonValue },
  code: C,
  params: ParamsOf<C>,
) => ReportFinding;

/** The realised costs: none stated is `missing`, all accepted `pass`, some excluded `review`, all excluded `fail`. */
function costsFinding(lines: readonly TreatedLine[], make: Make): ReportFinding {
  const citation = "893/2019 9 §; 688/2001 11 § 3 mom. 1 k. ja 4 k.";
  if (lines.length === 0) return make("report.costs", "missing", citation, { lines: 0 }, "report.costs.missing", {});
  const out = lines.filter((l) => l.treatment !== "accepted");
  const accepted = sumAmounts(lines.filter((l) => l.treatment === "accepted").map((l) => l.amount));
  const excluded = sumAmounts(out.map((l) => l.amount));
  const values = { lines: lines.length, excludedLines: out.map((l) => l.line), accepted, excluded };
  if (out.length === 0) {
    return make("report.costs", "pass", citation, values, "report.costs.pass", {
      count: lines.length,
      accepted,
      excluded,
    });
  }
  const outcome = out.length === lines.length ? "fail" : "review";
  const code = outcome === "fail" ? ("report.costs.fail" as const) : ("report.costs.review" as const);
  return make("report.costs", outcome, citation, values, code, { count: out.length, accepted, excluded });
}

/** The deadline: within it `pass`; after it `review` with the lapse date (29 § 1 mom.); no date `missing`. */
function deadlineFinding(submittedOn: CalendarDate | null, deadline: ReportDeadline, make: Make): ReportFinding {
  const { lapsesAfter, source, citation } = deadline;
  if (submittedOn === null) {
    return make("report.deadline", "missing", citation, { lapsesAfter, source }, "report.deadline.missing", {
      lapsesAfter,
    });
  }
  const values = { submittedOn, lapsesAfter, source };
  const late = compareDates(submittedOn, lapsesAfter) > 0;
  return late
    ? make("report.deadline", "review", citation, values, "report.deadline.review", { submittedOn, lapsesAfter })
    : make("report.deadline", "pass", citation, values, "report.deadline.pass", { submittedOn, lapsesAfter });
}

function statusOf(findings: readonly ReportFinding[]): ReportStatus {
  if (findings.some((f) => f.outcome === "fail")) return "deficient";
  if (findings.some((f) => f.outcome !== "pass")) return "needsReview";
  return "acceptable";
}
