import type { Locale, MessageEntry, MessageParams } from "./types.js";

/** Formats one message of a table: its code, its parameters and the language. */
export type MessageFormatter<T> = <C extends keyof T & string>(
  code: C,
  params: T[C] extends MessageEntry<infer P> ? P : never,
  locale: Locale,
) => string;

/**
 * A formatter over some families' message tables. Each part of the library formats from just the
 * tables it needs, so a bundle that imports `assess` does not carry the allocation and diff texts;
 * the lookup goes through a `Map`, which stays fast however many codes a table has.
 *
 * @example
 * ```ts
 * const format = messageFormatter(kernelMessages);
 * format("money.negative", { input: "-1.00" }, "en"); //=> "-1.00: the amount cannot be negative."
 * ```
 */
export function messageFormatter<T extends { readonly [code: string]: MessageEntry<never> }>(
  table: T,
): MessageFormatter<T> {
  const entries = new Map<string, MessageEntry<MessageParams>>(
    Object.entries(table) as [string, MessageEntry<MessageParams>][],
  );
  return (code, params, locale) => entries.get(code)![locale](params as MessageParams);
}
