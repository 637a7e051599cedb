import { defineMessages } from "../vocabulary/locale.js";

type Field = { readonly field: string };
/** `input` is the value given, as JSON, cut at 64 characters. */
type Options = { readonly field: string; readonly options: readonly string[]; readonly input: string };
/** `input`, when given, is the value as JSON (`"Lohja"`, `5`), cut at 64 characters. */
type Expected = { readonly field: string; readonly expected: string; readonly input?: string };
type Given = { readonly field: string; readonly input: string; readonly options: readonly string[] };
/** `length` is the value's length (characters, or items of a list); `input` the value as JSON, cut at 64 characters. */
type Limit = { readonly field: string; readonly limit: number; readonly length: number; readonly input: string };
/** `input` is the value as JSON, cut at 64 characters. */
type Invalid = { readonly field: string; readonly input: string };
type Input = { readonly field: string; readonly input: string };

// The JSON type a field expected, in Finnish and Swedish; English and `params.expected` keep the JSON name.
const TYPE_WORDS: { readonly [expected: string]: { readonly fi: string; readonly sv: string } } = {
  string: { fi: "merkkijono", sv: "sträng" },
  number: { fi: "luku", sv: "tal" },
  boolean: { fi: "totuusarvo", sv: "sanningsvärde" },
  object: { fi: "olio", sv: "objekt" },
  array: { fi: "lista", sv: "lista" },
};
const typeWord = (expected: string, locale: "fi" | "sv") =>
  Object.hasOwn(TYPE_WORDS, expected) ? TYPE_WORDS[expected]![locale] : expected;
// The value given as JSON, when the issue carries it: `: "Lohja"`, `: 5`, `: null`.
const given = (p: { readonly input?: string }) => (p.input === undefined ? "" : `: ${p.input}`);

/** Messages for input that does not parse as an application. */
export const applicationMessages = defineMessages({
  "application.notAnObject": {
    fi: () => "Hakemuksen pitää olla JSON-olio.",
    sv: () => "Ansökan ska vara ett JSON-objekt.",
    en: () => "The application must be a JSON object.",
  },
  "application.required": {
    fi: (p: Field) => `Kenttä ${p.field} puuttuu.`,
    sv: (p: Field) => `Fältet ${p.field} saknas.`,
    en: (p: Field) => `The field ${p.field} is missing.`,
  },
  "application.invalidType": {
    fi: (p: Expected) => `Kentän ${p.field} tyyppi on väärä${given(p)} (odotettiin: ${typeWord(p.expected, "fi")}).`,
    sv: (p: Expected) => `Fältet ${p.field} har fel typ${given(p)} (förväntat: ${typeWord(p.expected, "sv")}).`,
    en: (p: Expected) => `The field ${p.field} has the wrong type${given(p)} (expected ${p.expected}).`,
  },
  "application.valueNotAllowed": {
    fi: (p: Given) => `Kentän ${p.field} arvo ”${p.input}” ei ole sallittu. Sallitut arvot: ${p.options.join(", ")}.`,
    sv: (p: Given) =>
      `Värdet ”${p.input}” i fältet ${p.field} är inte tillåtet. Tillåtna värden: ${p.options.join(", ")}.`,
    en: (p: Given) => `The value "${p.input}" of ${p.field} is not allowed. Allowed values: ${p.options.join(", ")}.`,
  },
  "application.invalidOption": {
    fi: (p: Options) => `Kentän ${p.field} arvo ${p.input} ei ole sallittu. Sallitut arvot: ${p.options.join(", ")}.`,
    sv: (p: Options) =>
      `Värdet ${p.input} i fältet ${p.field} är inte tillåtet. Tillåtna värden: ${p.options.join(", ")}.`,
    en: (p: Options) => `The value ${p.input} of ${p.field} is not allowed. Allowed values: ${p.options.join(", ")}.`,
  },
  "application.blank": {
    fi: (p: Field) => `Kenttä ${p.field} on tyhjä.`,
    sv: (p: Field) => `Fältet ${p.field} är tomt.`,
    en: (p: Field) => `The field ${p.field} is blank.`,
  },
  "application.tooLong": {
    fi: (p: Limit) => `Kenttä ${p.field} on liian pitkä: ${p.length}, enintään ${p.limit} (${p.input}).`,
    sv: (p: Limit) => `Fältet ${p.field} är för långt: ${p.length}, högst ${p.limit} (${p.input}).`,
    en: (p: Limit) => `The field ${p.field} is too long: ${p.length}, at most ${p.limit} (${p.input}).`,
  },
  "application.invalidFormat": {
    fi: (p: Input) => `Kentän ${p.field} muoto on väärä: ”${p.input}”.`,
    sv: (p: Input) => `Fältet ${p.field} har fel format: ”${p.input}”.`,
    en: (p: Input) => `The field ${p.field} has the wrong format: "${p.input}".`,
  },
  "application.invalid": {
    fi: (p: Invalid) => `Kentän ${p.field} arvo ${p.input} on virheellinen.`,
    sv: (p: Invalid) => `Värdet ${p.input} i fältet ${p.field} är ogiltigt.`,
    en: (p: Invalid) => `The value ${p.input} of ${p.field} is invalid.`,
  },
  "businessId.format": {
    fi: (p: Input) => `${p.field}: ”${p.input}” ei ole Y-tunnus (muoto 1234567-8).`,
    sv: (p: Input) => `${p.field}: ”${p.input}” är inte ett FO-nummer (formen 1234567-8).`,
    en: (p: Input) => `${p.field}: "${p.input}" is not a business ID (form 1234567-8).`,
  },
  "businessId.checkDigit": {
    fi: (p: Input) => `${p.field}: Y-tunnuksen ${p.input} tarkistusnumero on väärä.`,
    sv: (p: Input) => `${p.field}: kontrollsiffran i FO-numret ${p.input} är fel.`,
    en: (p: Input) => `${p.field}: the check digit of business ID ${p.input} is wrong.`,
  },
});
