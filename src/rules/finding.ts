import type { Finding, JsonValue, Outcome } from "../assess/types.js";
import { type AssessmentMessageCode, formatAssessmentMessage } from "../messages/assessment.js";
import type { ParamsOf } from "../messages/catalogue.js";
import type { MessageParams } from "../messages/types.js";
import type { RuleContext } from "./types.js";

/** The values a finding read. */
export type FindingValues = { readonly [key: string]: JsonValue };

/**
 * What {@link finding} gives for a passing finding when the context is not `complete` (inside
 * `allocate`): one shared object, which the assessment then leaves out, so that the finding, its
 * values and its parameters need not be made for every passing rule of every application.
 */
export const PASSED: Finding = Object.freeze({
  rule: "",
  outcome: "pass",
  citation: "",
  values: Object.freeze({}),
  // No message: the assessment leaves this object out, so no reader meets it.
  messageCode: "" as Finding["messageCode"],
  params: Object.freeze({}),
  message: "",
});

/**
 * Builds a finding with its message in the context's language. Where the context is not
 * `complete` (see `RuleContext.complete`) the message is left empty and a passing finding is
 * {@link PASSED}. The message code and its parameters are checked against the catalogue, so a rule
 * cannot name a message that does not exist or forget a parameter.
 */
export function finding<C extends AssessmentMessageCode>(
  ctx: RuleContext,
  rule: string,
  outcome: Outcome,
  citation: string,
  values: FindingValues,
  code: C,
  params: ParamsOf<C>,
): Finding {
  if (!ctx.complete && outcome === "pass") return PASSED;
  return {
    rule,
    outcome,
    citation,
    values,
    messageCode: code,
    params: params as MessageParams,
    message: ctx.complete ? formatAssessmentMessage(code, params as never, ctx.locale) : "",
  };
}
