import type { Finding, JsonValue, Outcome } from "../assess/types.js";
import { type AssessmentMessageCode, formatAssessmentMessage } from "../messages/assessment.js";
import type { ParamsOf } from "../messages/catalogue.js";
import type { MessageParams } from "../messages/types.js";
import type { RuleContext } from "./types.js";

/** The values a finding read. */
export type FindingValues = { readonly [key: string]: JsonValue };

/**
 * Builds a finding with its message in the context's language (or an empty one where the context
 * asks for none: see `RuleContext.messages`). The message code and its
 * parameters are checked against the catalogue, so a rule cannot name a message that does not
 * exist or forget a parameter.
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
  return {
    rule,
    outcome,
    citation,
    values,
    messageCode: code,
    params: params as MessageParams,
    message: ctx.messages ? formatAssessmentMessage(code, params as never, ctx.locale) : "",
  };
}
