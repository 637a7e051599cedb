import { defineMessages } from "../vocabulary/locale.js";

type Unknown = { readonly input: string; readonly valid: readonly string[] };

/** Messages of the call-edition registry (`findEdition`). */
export const editionMessages = defineMessages({
  "edition.unknown": {
    fi: (p: Unknown) => `”${p.input}” ei ole hakukierros. Hakukierrokset: ${p.valid.join(", ")}.`,
    sv: (p: Unknown) => `”${p.input}” är ingen ansökningsomgång. Ansökningsomgångar: ${p.valid.join(", ")}.`,
    en: (p: Unknown) => `"${p.input}" is not a call edition. Call editions: ${p.valid.join(", ")}.`,
  },
});
