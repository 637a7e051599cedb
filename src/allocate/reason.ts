import { type MessageCode, type ParamsOf, formatMessage } from "../messages/catalogue.js";
import type { Locale, MessageParams } from "../messages/types.js";
import type { AllocationIssue, AllocationReason } from "./types.js";

/** A reason in the chosen language, with its citation and rule id when it has them. */
export function reason<C extends MessageCode>(
  code: C,
  params: ParamsOf<C>,
  locale: Locale,
  source?: { readonly citation?: string; readonly rule?: string },
): AllocationReason {
  const out: { -readonly [K in keyof AllocationReason]: AllocationReason[K] } = {
    code,
    message: formatMessage(code, params, locale),
    params: params as MessageParams,
  };
  if (source?.citation !== undefined) out.citation = source.citation;
  if (source?.rule !== undefined) out.rule = source.rule;
  return out;
}

/** An issue that stops the whole allocation, in the chosen language. */
export function issue<C extends MessageCode>(code: C, params: ParamsOf<C>, locale: Locale): AllocationIssue {
  return { code, params: params as MessageParams, message: formatMessage(code, params, locale) };
}
