// The exclusion rules' messages and reference texts: the kinds of project a call excluded.
import type { ExclusionCode } from "../../vocabulary/codes.js";
import {
  ARCHIVING,
  BUILT_ENVIRONMENT,
  CASE_MANAGEMENT,
  DIGITISATION_ONLY,
  SOCIAL_AND_HEALTH_CARE,
  type Titled,
} from "../../editions/data/texts.js";
import { defineMessages } from "../../vocabulary/locale.js";
import type { TitleParams } from "./params.js";

type ExclusionP = TitleParams & { readonly exclusion: string };

/** Messages of the exclusion.* rules. */
export const exclusionMessages = defineMessages({
  "exclusion.fail": {
    fi: (p: ExclusionP) =>
      `Hakemuksen mukaan hanke kuuluu rajattuihin hankkeisiin: ”${p.titleFi}”. Haku ei rahoittanut tällaisia hankkeita.`,
    sv: (p: ExclusionP) =>
      `Enligt ansökan hör projektet till de uteslutna projekten: ”${p.titleSv}”. Ansökningsomgången finansierade inte sådana projekt.`,
    en: (p: ExclusionP) =>
      `The application states that the project is of an excluded kind: "${p.titleEn}". The call did not fund such projects.`,
  },
  "exclusion.pass": {
    fi: (p: ExclusionP) => `Hakemuksen mukaan hanke ei kuulu rajattuihin hankkeisiin: ”${p.titleFi}”.`,
    sv: (p: ExclusionP) => `Enligt ansökan hör projektet inte till de uteslutna projekten: ”${p.titleSv}”.`,
    en: (p: ExclusionP) => `The application states that the project is not of the excluded kind "${p.titleEn}".`,
  },
  "exclusion.missing": {
    fi: (p: ExclusionP) =>
      `Hakemus ei kerro, kuuluuko hanke rajattuihin hankkeisiin: ”${p.titleFi}”. Vastaa kohtaan project.declarations.${p.exclusion}.`,
    sv: (p: ExclusionP) =>
      `Ansökan anger inte om projektet hör till de uteslutna projekten: ”${p.titleSv}”. Svara i project.declarations.${p.exclusion}.`,
    en: (p: ExclusionP) =>
      `The application does not say whether the project is of the excluded kind "${p.titleEn}". Answer in project.declarations.${p.exclusion}.`,
  },
});

// The editions' own words for each exclusion, which the rules reference titles the rule with.
const EXCLUSIONS: Record<ExclusionCode, Titled> = {
  socialAndHealthCare: SOCIAL_AND_HEALTH_CARE,
  digitisationOnly: DIGITISATION_ONLY,
  builtEnvironment: BUILT_ENVIRONMENT,
  archiving: ARCHIVING,
  caseManagement: CASE_MANAGEMENT,
};

/** The title and description of `exclusion.<code>`, for the rules reference. */
export function exclusionText(code: ExclusionCode) {
  const t = EXCLUSIONS[code].title;
  return {
    title: {
      fi: `Rajaus: ${t.fi}`,
      sv: `Avgränsning: ${t.sv}`,
      en: `Exclusion: ${t.en}`,
    },
    description: {
      fi: `Haku rajasi ulkopuolelle hankkeet, joiden aihe on ”${t.fi.toLowerCase()}”. Hakemus ilmoittaa kohdassa project.declarations.${code}, onko hanke tällainen: kyllä hylkää hakemuksen, ei hyväksyy, ja vastaamatta jättäminen jää täydennettäväksi.`,
      sv: `Ansökningsomgången uteslöt projekt inom ”${t.sv.toLowerCase()}”. Ansökan anger i project.declarations.${code} om projektet är ett sådant: ja underkänner ansökan, nej godkänner, och ett obesvarat fält ska kompletteras.`,
      en: `The call excluded projects of the kind "${t.en.toLowerCase()}". The application states in project.declarations.${code} whether the project is one: yes fails the application, no passes, and no answer leaves it to be completed.`,
    },
  };
}
