/** The languages every message exists in: Finnish, Swedish and English. */
export const LOCALES = Object.freeze(["fi", "sv", "en"] as const);
/** A language of the message catalogue: `"fi"`, `"sv"` or `"en"`. */
export type Locale = (typeof LOCALES)[number];

/** Parameters of a message: plain JSON values, so callers can render their own text. */
export type MessageParams = Readonly<Record<string, string | number | boolean | null | readonly string[]>>;

/** One message in all three languages; a missing language is a type error. */
export interface MessageEntry<P extends MessageParams> {
  /** Finnish. */
  readonly fi: (params: P) => string;
  /** Swedish. */
  readonly sv: (params: P) => string;
  /** English. */
  readonly en: (params: P) => string;
}

/**
 * Declares one family's messages. The `satisfies`-style helper keeps each entry's parameter type
 * and makes a missing language a compile error.
 *
 * @example
 * ```ts
 * const m = defineMessages({ "x.y": { fi: () => "Hei", sv: () => "Hej", en: () => "Hi" } });
 * m["x.y"].en({}); //=> "Hi"
 * ```
 */
export function defineMessages<T extends { readonly [code: string]: MessageEntry<never> }>(
  table: T & { readonly [C in keyof T]: SameParams<Parameters<T[C]["fi"]>[0]> },
): T {
  return table;
}

/** Every language of an entry takes the Finnish text's parameters, so none can read one the others lack. */
type SameParams<P> = {
  readonly fi: (params: P) => string;
  readonly sv: (params: P) => string;
  readonly en: (params: P) => string;
};
