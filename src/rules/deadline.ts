// The call's closing time (määräaika), Finnish time (893/2019 6 § 1 mom.: as and when VM announces).
import { helsinkiDate } from "../time/instant.js";
import { cite } from "./cite.js";
import { defineRule } from "./defineRule.js";

/**
 * The submission instant as Helsinki ISO text with its milliseconds when it has any
 * (`2021-05-04T16:15:00.001+03:00`): a thousandth of a second can decide, and the message must show it.
 */
function withMillis(iso: string, ms: number): string {
  const fraction = ((ms % 1000) + 1000) % 1000;
  return fraction === 0 ? iso : `${iso.slice(0, 19)}.${String(fraction).padStart(3, "0")}${iso.slice(19)}`;
}

/**
 * `deadline.submittedInTime`: the application must have arrived by the edition's `closesAt`,
 * compared as instants, so `"2022-04-25T13:15:00Z"` is the same moment as 16.15 Finnish summer
 * time. Without `submittedAt` (and without the `at` option) the answer is `missing`. VM granted no
 * extensions (vm.fi/usein-kysyttya). Where the edition's closing time of day is inferred (2022,
 * 2020, 2019-2), an assumption decides nothing alone: a submission on the closing day (Helsinki)
 * after the assumed time is `review`, and only one from the next day on fails. Where the time is
 * sourced (2019-1, 2021), a submission a millisecond late fails.
 */
export const deadlineSubmittedInTime = defineRule({
  id: "deadline.submittedInTime",
  family: "deadline",
  citation: "893/2019 6 § 1 mom.",
  reads: ["window.closesAt"],
  verdicts: {
    pass: { outcome: "pass", messageCode: "deadline.submittedInTime.pass" },
    fail: { outcome: "fail", messageCode: "deadline.submittedInTime.fail" },
    assumedTime: { outcome: "review", messageCode: "deadline.submittedInTime.assumedTime" },
    missing: { outcome: "missing", messageCode: "deadline.submittedInTime.missing" },
  },
  decide(ctx) {
    const submitted = ctx.facts.submitted;
    if (submitted === null) return "missing";
    if (submitted.ms <= ctx.editionFacts.closesAtMs) return "pass";
    const closesAt = ctx.edition.window.closesAt;
    // The closing day is sourced, its time of day inferred: later that day, the assumption alone would reject.
    const closingDay = closesAt.value.slice(0, 10);
    return closesAt.certainty === "inferred" && helsinkiDate(submitted.ms) === closingDay ? "assumedTime" : "fail";
  },
  explain(ctx, verdict) {
    const node = ctx.edition.window.closesAt;
    const closesAt = node.value;
    const citation = cite("893/2019 6 § 1 mom.", node.citation);
    const inferred = node.certainty === "inferred";
    if (verdict === "missing") {
      const values = { submittedAt: null, closesAt, closesAtCertainty: node.certainty };
      return { verdict, citation, values, params: { closesAt, inferredTime: inferred } };
    }
    const { iso, ms, source } = ctx.facts.submitted!;
    const submittedAt = withMillis(iso, ms);
    // The caveat of an inferred time of day matters only on the closing day itself (both are Helsinki ISO text).
    const inferredTime = inferred && submittedAt.slice(0, 10) === closesAt.slice(0, 10);
    const values = { submittedAt, closesAt, source, closesAtCertainty: node.certainty };
    const params = { submittedAt, closesAt, inferredTime, fromOption: source === "options.at" };
    return { verdict, citation, values, params };
  },
});
