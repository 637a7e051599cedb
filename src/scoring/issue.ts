import { type MessageCode, type ParamsOf, formatMessage } from "../messages/catalogue.js";
import type { Locale, MessageParams } from "../vocabulary/locale.js";

/** Why an allocation could not be made at all (bad options, no edition). */
export interface AllocationIssue {
  /** The stable code. */
  readonly code: MessageCode;
  /** The message parameters. */
  readonly params: MessageParams;
  /** The message in the chosen language. */
  readonly message: string;
}

/** An issue that stops the whole allocation (or the scoring model, or a decision record), in the chosen language. */
export function issue<C extends MessageCode>(code: C, params: ParamsOf<C>, locale: Locale): AllocationIssue {
  return { code, params: params as MessageParams, message: formatMessage(code, params, locale) };
}
