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
  return withSource(code, flat(formatMessage(code, params, locale)), params as MessageParams, source);
}

/**
 * {@link reason} for the texts many candidates of one allocation share (the same score, the same
 * verdict): worded once per `key` (which must tell apart every parameter the text reads) and then
 * taken from `texts`. Each reason still gets its own object and parameters, which the caller may change.
 */
export function sharedReason<C extends MessageCode>(
  code: C,
  params: ParamsOf<C>,
  key: string,
  locale: Locale,
  texts: Map<string, string>,
): AllocationReason {
  let message = texts.get(key);
  if (message === undefined) {
    message = flat(formatMessage(code, params, locale));
    texts.set(key, message);
  }
  return { code, message, params: params as MessageParams };
}

/**
 * A reason with its citation and rule when the source has them. Each shape is written out whole:
 * a property added to an object after it is made goes to a separate store, one more heap object
 * for every reason an allocation keeps.
 */
export function withSource(
  code: MessageCode,
  message: string,
  params: MessageParams,
  source: { readonly citation?: string; readonly rule?: string } | undefined,
): AllocationReason {
  const citation = source?.citation;
  const rule = source?.rule;
  if (citation === undefined) return rule === undefined ? { code, message, params } : { code, message, params, rule };
  return rule === undefined ? { code, message, params, citation } : { code, message, params, citation, rule };
}

/**
 * The same text, stored as one string. A message is built by concatenation, which V8 keeps as a
 * tree of its pieces (a dozen heap objects per message) until a character is read; reading one
 * makes it copy the text into a single string. An allocation of 100 000 candidates keeps some
 * 350 000 messages, and the garbage collector then walks a third of the objects.
 */
export function flat(text: string): string {
  text.charCodeAt(0);
  return text;
}

/** An issue that stops the whole allocation, in the chosen language. */
export function issue<C extends MessageCode>(code: C, params: ParamsOf<C>, locale: Locale): AllocationIssue {
  return { code, params: params as MessageParams, message: formatMessage(code, params, locale) };
}
