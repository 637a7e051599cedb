// The contents rules' messages and reference texts (893/2019 6 § 2 mom.).
import type { ContentCode } from "../../vocabulary/codes.js";
import { REQUIRED_CONTENTS } from "../../editions/data/statute.js";
import { OPERATIONAL_CHANGE } from "../../editions/data/texts.js";
import { defineMessages } from "../../vocabulary/locale.js";
import type { TitleParams } from "./params.js";

type ContentP = TitleParams & { readonly content: string; readonly field: string };

/** Messages of the contents.* rules. */
export const contentsMessages = defineMessages({
  "contents.pass": {
    fi: (p: ContentP) => `Hakemuksessa on kohta ”${p.titleFi}”.`,
    sv: (p: ContentP) => `Ansökan innehåller ”${p.titleSv}”.`,
    en: (p: ContentP) => `The application contains "${p.titleEn}".`,
  },
  "contents.missing": {
    fi: (p: ContentP) => `Hakemuksesta puuttuu kohta ”${p.titleFi}” (${p.field}), tai se on tyhjä.`,
    sv: (p: ContentP) => `Ansökan saknar ”${p.titleSv}” (${p.field}), eller så är avsnittet tomt.`,
    en: (p: ContentP) => `The application lacks "${p.titleEn}" (${p.field}), or it is blank.`,
  },
  "contents.structured": {
    fi: (p: ContentP) => `Kohta ”${p.titleFi}” annetaan hakemuksen rakenteisina tietoina (${p.field}).`,
    sv: (p: ContentP) => `”${p.titleSv}” ges i ansökans strukturerade uppgifter (${p.field}).`,
    en: (p: ContentP) => `"${p.titleEn}" is given by the application's structured data (${p.field}).`,
  },
});

/**
 * The title and description of `contents.<code>`, for the rules reference, from the statute's own
 * title for the content: a text the application gives at `field`, or part of its structure.
 */
export function contentText(code: ContentCode, field: string, structured: boolean) {
  // The statute's title for its contents; the call texts' words for the one only they ask for.
  const t = code === "operationalChange" ? OPERATIONAL_CHANGE : REQUIRED_CONTENTS[code]!.value.title;
  return {
    title: t,
    description: structured
      ? {
          fi: `Kohta ”${t.fi}” annetaan hakemuksen rakenteisina tietoina (${field}), jotka ovat aina mukana; niiden sisällön arvioivat muut säännöt.`,
          sv: `Avsnittet ”${t.sv}” ges som strukturerade uppgifter i ansökan (${field}), som alltid finns med; andra regler bedömer innehållet.`,
          en: `"${t.en}" is given by the application's structured data (${field}), which is always there; other rules judge its substance.`,
        }
      : {
          fi: `Hakemuksessa on oltava kohta ”${t.fi}” (${field}), eikä se saa olla tyhjä.`,
          sv: `Ansökan ska innehålla avsnittet ”${t.sv}” (${field}), och det får inte vara tomt.`,
          en: `The application must contain "${t.en}" (${field}), and it must not be blank.`,
        },
  };
}
