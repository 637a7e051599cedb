import type { MessageCode, ParamsOf } from "../messages/catalogue.js";
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

/**
 * The maker of the issues that stop a whole allocation (or the scoring model, a decision record or
 * a pass-on plan), in the chosen language, with the formatter of the messages the module can give
 * (`formatMessage`, or a `formatterOf` part of the catalogue).
 */
export function issueMaker<M extends MessageCode>(
  format: <C extends M>(code: C, params: ParamsOf<C>, locale: Locale) => string,
) {
  return <C extends M>(code: C, params: ParamsOf<C>, locale: Locale): AllocationIssue => ({
    code,
    params: params as MessageParams,
    message: format(code, params, locale),
  });
}
