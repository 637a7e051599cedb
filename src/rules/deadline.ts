// The call's closing time (määräaika), Finnish time (893/2019 6 § 1 mom.: as and when VM announces).
import { cite } from "./cite.js";
import { defineRule } from "./defineRule.js";

/**
 * `deadline.submittedInTime`: the application must have arrived by the edition's `closesAt`,
 * compared as instants, so `"2022-04-25T13:15:00Z"` is the same moment as 16.15 Finnish summer
 * time. Without `submittedAt` (and without the `at` option) the answer is `missing`. VM granted no
 * extensions (vm.fi/usein-kysyttya). Where the edition's closing time of day is inferred (2022),
 * the message says so.
 */
export const deadlineSubmittedInTime = defineRule({
  id: "deadline.submittedInTime",
  family: "deadline",
  citation: "893/2019 6 § 1 mom.",
  reads: ["window.closesAt"],
  verdicts: {
    pass: { outcome: "pass", messageCode: "deadline.submittedInTime.pass" },
    fail: { outcome: "fail", messageCode: "deadline.submittedInTime.fail" },
    missing: { outcome: "missing", messageCode: "deadline.submittedInTime.missing" },
  },
  decide(ctx) {
    const submitted = ctx.facts.submitted;
    if (submitted === null) return "missing";
    return submitted.ms <= ctx.editionFacts.closesAtMs ? "pass" : "fail";
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
    const { iso: submittedAt, source } = ctx.facts.submitted!;
    // The caveat of an inferred time of day matters only on the closing day itself (both are Helsinki ISO text).
    const inferredTime = inferred && submittedAt.slice(0, 10) === closesAt.slice(0, 10);
    const values = { submittedAt, closesAt, source, closesAtCertainty: node.certainty };
    const params = { submittedAt, closesAt, inferredTime, fromOption: source === "options.at" };
    return { verdict, citation, values, params };
  },
});
