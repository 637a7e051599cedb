/** The languages every message exists in: Finnish, Swedish and English. */
export const LOCALES = Object.freeze(["fi", "sv", "en"] as const);
/** A language of the message catalogue: `"fi"`, `"sv"` or `"en"`. */
export type Locale = (typeof LOCALES)[number];

/**
 * What a function that returns text throws on a language it does not know, instead of answering in
 * another one: a `RangeError` (as date-fns throws on a bad argument) with the stable code
 * `locale.unknown`. The functions that answer with a `Result` (`assess`, `parseApplication`,
 * `allocate`, …) report an unknown locale as an issue instead.
 */
export class LocaleError extends RangeError {
  /** The stable code. */
  readonly code = "locale.unknown" as const;
  /** The offending locale as text (at most 40 characters), or its type when it is not a string. */
  readonly input: string;
  constructor(fn: string, locale: unknown) {
    const input = typeof locale === "string" ? locale.slice(0, 40) : locale === null ? "null" : typeof locale;
    super(`${fn}: unknown locale "${input}"; valid locales: ${LOCALES.join(", ")}.`);
    this.name = "LocaleError";
    this.input = input;
  }
}

/** Whether a value an untyped caller passed is one of {@link LOCALES}. */
export function isLocale(value: unknown): value is Locale {
  return (LOCALES as readonly unknown[]).includes(value);
}

/** Throws a {@link LocaleError} naming `fn` unless `locale` is one of {@link LOCALES}. */
export function checkLocale(fn: string, locale: unknown): asserts locale is Locale {
  if (!isLocale(locale)) throw new LocaleError(fn, locale);
}

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
