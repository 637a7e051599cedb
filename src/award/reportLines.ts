import { formatMessage } from "../messages/catalogue.js";
import { compareDates } from "../time/instant.js";
import type { Locale } from "../vocabulary/locale.js";
import type { FinalReport } from "./reportSchema.js";
import type { DecisionTerms } from "./types.js";
import type { LineTreatment, TreatedLine } from "./reportTypes.js";

/**
 * Each realised cost of a report and how the terms treat it: excluded when it arose outside the
 * period of use (688/2001 11 § 3 mom. 4 k.; both days included) or is of a category the terms do not
 * count (11 § 3 mom. 1 k.), else accepted. Its VAT never counts (893/2019 4 §). The one treatment of
 * a cost, read by both `assessReport` and `settle`.
 */
export function treatLines(terms: DecisionTerms, report: FinalReport, locale: Locale): TreatedLine[] {
  const { start, end } = terms.period;
  return report.costs.map((cost, line) => {
    const outside = compareDates(cost.date, start) < 0 || compareDates(cost.date, end) > 0;
    const treatment: LineTreatment = outside
      ? "outsidePeriod"
      : terms.categories.includes(cost.category)
        ? "accepted"
        : "categoryNotCounted";
    const base = {
      line,
      category: cost.category,
      amount: cost.amount,
      vat: cost.vat,
      date: cost.date,
      party: cost.party ?? null,
      treatment,
    };
    if (treatment === "outsidePeriod") {
      const params = { line, amount: cost.amount, date: cost.date, start, end };
      const message = formatMessage("settlement.line.outsidePeriod", params, locale);
      return {
        ...base,
        citation: "688/2001 11 § 3 mom. 4 k.",
        messageCode: "settlement.line.outsidePeriod",
        params,
        message,
      };
    }
    if (treatment === "categoryNotCounted") {
      const params = { line, amount: cost.amount, category: cost.category };
      const message = formatMessage("settlement.line.categoryNotCounted", params, locale);
      return {
        ...base,
        citation: "688/2001 11 § 3 mom. 1 k.; 893/2019 5 §",
        messageCode: "settlement.line.categoryNotCounted",
        params,
        message,
      };
    }
    const params = { line, amount: cost.amount };
    const message = formatMessage("settlement.line.accepted", params, locale);
    return { ...base, citation: "893/2019 4–5 §", messageCode: "settlement.line.accepted", params, message };
  });
}
