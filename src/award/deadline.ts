// The one reading of 688/2001 29 § 1 mom. and 893/2019 9 §: when the final report is due, and when
// the right to payment lapses. The timeline, the report's assessment and the settlement all ask it.
import type { DecisionTerms } from "./types.js";
import { endOfYearAfter, plusMonths } from "./calendar.js";
import type { ReportDeadline } from "./reportTypes.js";

/**
 * The last day to give the final report and keep the right to payment (688/2001 29 § 1 mom.): the
 * decision's deadline, `reportMonths` months from the end of the project (893/2019 9 §; a month end
 * stays within its month: 31.5. + 4 months = 30.9.), or, when the decision set none, two years from
 * the end of the year in which the grant was made (31.12. of the grant year + 2). Calendar
 * arithmetic in UTC, so that no host time zone moves a day.
 */
export function reportDeadline(terms: DecisionTerms): ReportDeadline {
  if (terms.reportMonths === null) {
    return { lapsesAfter: endOfYearAfter(terms.decidedOn, 2), source: "statute", citation: "688/2001 29 § 1 mom." };
  }
  const lapsesAfter = plusMonths(terms.period.end, terms.reportMonths);
  return { lapsesAfter, source: "decision", citation: "893/2019 9 §; 688/2001 29 § 1 mom." };
}
