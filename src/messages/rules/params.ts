/** Message parameters that carry a title in every language, so that any language can be rendered. */
export type TitleParams = { readonly titleFi: string; readonly titleSv: string; readonly titleEn: string };

/** The parameters of a message that takes none. */
export type Empty = Record<string, never>;

/**
 * A municipality label Swedish-first, for Swedish texts: `"444 Lohja (Lojo)"` → `"444 Lojo (Lohja)"`.
 * Labels are written Finnish-first, with the Swedish name in parentheses where it differs
 * (`municipalityLabel`); a label with one name is returned as it is.
 *
 * @example
 * ```ts
 * swedishFirst("478 Maarianhamina (Mariehamn)"); //=> "478 Mariehamn (Maarianhamina)"
 * swedishFirst("099 Honkajoki");                 //=> "099 Honkajoki"
 * ```
 */
export function swedishFirst(label: string): string {
  const m = /^(\d{3}) (.+) \(([^()]+)\)$/.exec(label);
  return m ? `${m[1]} ${m[3]} (${m[2]})` : label;
}
