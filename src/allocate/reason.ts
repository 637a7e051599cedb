import { type MessageCode, type ParamsOf, catalogue, formatMessage } from "../messages/catalogue.js";
import type { Locale, MessageParams } from "../vocabulary/locale.js";
import type { AllocationReason } from "./types.js";

/**
 * A reason as the pipeline carries it: a message code and its parameters, with the provision or
 * the assessment rule it rests on. The report words every reason once, in the allocation's language.
 */
export interface Reason {
  readonly code: MessageCode;
  readonly params: MessageParams;
  readonly citation?: string;
  readonly rule?: string;
  /**
   * The text an assessment made elsewhere gave a finding or issue, kept when the catalogue does
   * not know its code or its parameters do not fit the message.
   */
  readonly given?: string;
}

/** A reason of the allocation's own, with its citation when it rests on a provision. */
export function reason<C extends MessageCode>(code: C, params: ParamsOf<C>, citation?: string): Reason {
  const p = params as MessageParams;
  return citation === undefined ? { code, params: p } : { code, params: p, citation };
}

/** The reason in the locale: its code, message and parameters, then its citation and rule when it has them. */
export function worded(r: Reason, locale: Locale): AllocationReason {
  const { code, params, citation, rule } = r;
  const message =
    r.given === undefined ? formatMessage(code, params as never, locale) : wordedOrGiven(r, r.given, locale);
  return {
    code,
    message,
    params,
    ...(citation === undefined ? {} : { citation }),
    ...(rule === undefined ? {} : { rule }),
  };
}

function wordedOrGiven(r: Reason, given: string, locale: Locale): string {
  if (!Object.hasOwn(catalogue, r.code)) return given;
  try {
    return formatMessage(r.code, r.params as never, locale);
  } catch {
    // Parameters that do not fit the code: keep the text the assessment gave.
    return given;
  }
}
