import type { Locale } from "../vocabulary/locale.js";
import type { MessageCode, ParamsOf } from "./catalogue.js";

/** A part of the catalogue: some codes, each with its text in the three languages. */
type Messages = { readonly [C in MessageCode]?: { readonly [L in Locale]: (params: never) => string } };

/**
 * The formatter of one part of the message catalogue, for a module that can give only those
 * messages: it loads those texts and not the whole catalogue, which keeps the texts of allocation,
 * the award and recovery out of a bundle or a command that only assesses. The codes and their
 * parameters are checked at compile time, as `formatMessage` checks them.
 */
export function formatterOf<M extends Messages>(messages: M) {
  return <C extends keyof M & MessageCode>(code: C, params: ParamsOf<C>, locale: Locale): string =>
    (messages[code] as unknown as { readonly [L in Locale]: (params: ParamsOf<C>) => string })[locale](params);
}
