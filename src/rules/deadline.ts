// The call's closing time (määräaika), Finnish time (893/2019 6 § 1 mom.: as and when VM announces).
import { cite } from "./cite.js";
import { PASSED, finding } from "./finding.js";
import type { Rule } from "./types.js";

/**
 * `deadline.submittedInTime`: the application must have arrived by the edition's `closesAt`,
 * compared as instants, so `"2022-04-25T13:15:00Z"` is the same moment as 16.15 Finnish summer
 * time. Without `submittedAt` (and without the `at` option) the answer is `missing`. VM granted no
 * extensions (vm.fi/usein-kysyttya). Where the edition's closing time of day is inferred (2022),
 * the message says so.
 */
export const deadlineSubmittedInTime: Rule = {
  info: {
    id: "deadline.submittedInTime",
    family: "deadline",
    citation: "893/2019 6 § 1 mom.",
    facts: ["window.closesAt"],
    outcomes: ["pass", "fail", "missing"],
  },
  evaluate(ctx) {
    const id = "deadline.submittedInTime";
    const node = ctx.edition.window.closesAt;
    const closesAt = node.value;
    const citation = cite("893/2019 6 § 1 mom.", node.citation);
    const inferred = node.certainty === "inferred";
    const submitted = ctx.facts.submitted;
    if (submitted === null) {
      const values = { submittedAt: null, closesAt, closesAtCertainty: node.certainty };
      return finding(ctx, id, "missing", citation, values, "deadline.submittedInTime.missing", {
        closesAt,
        inferredTime: inferred,
      });
    }
    if (!ctx.complete && submitted.ms <= ctx.editionFacts.closesAtMs) return PASSED;
    const submittedAt = submitted.iso;
    // The caveat of an inferred time of day matters only on the closing day itself (both are Helsinki ISO text).
    const inferredTime = inferred && submittedAt.slice(0, 10) === closesAt.slice(0, 10);
    const values = { submittedAt, closesAt, source: submitted.source, closesAtCertainty: node.certainty };
    const params = { submittedAt, closesAt, inferredTime, fromOption: submitted.source === "options.at" };
    if (submitted.ms <= ctx.editionFacts.closesAtMs) {
      return finding(ctx, id, "pass", citation, values, "deadline.submittedInTime.pass", params);
    }
    return finding(ctx, id, "fail", citation, values, "deadline.submittedInTime.fail", params);
  },
};
