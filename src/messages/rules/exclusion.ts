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
import type { Empty, TitleParams } from "./params.js";

type ExclusionP = TitleParams & {
  readonly exclusion: string;
  readonly descriptionFi: string;
  readonly descriptionSv: string;
  readonly descriptionEn: string;
};

/** Messages of the exclusion.* rules: what the applicant declared, and for an excluded kind the call's own words. */
export const exclusionMessages = defineMessages({
  "exclusion.fail": {
    fi: (p: ExclusionP) =>
      `Hakija on ilmoittanut hankkeen kuuluvan rajattuihin hankkeisiin: ”${p.titleFi}”. ${p.descriptionFi}`,
    sv: (p: ExclusionP) =>
      `Sökanden har uppgett att projektet hör till de uteslutna projekten: ”${p.titleSv}”. ${p.descriptionSv}`,
    en: (p: ExclusionP) =>
      `The applicant declared the project to be of the excluded kind "${p.titleEn}". ${p.descriptionEn}`,
  },
  "exclusion.pass": {
    fi: (p: ExclusionP) => `Hakija on ilmoittanut, ettei hanke kuulu rajattuihin hankkeisiin: ”${p.titleFi}”.`,
    sv: (p: ExclusionP) => `Sökanden har uppgett att projektet inte hör till de uteslutna projekten: ”${p.titleSv}”.`,
    en: (p: ExclusionP) => `The applicant declared the project not to be of the excluded kind "${p.titleEn}".`,
  },
  "exclusion.missing": {
    fi: (p: ExclusionP) =>
      `Hakemus ei kerro, kuuluuko hanke rajattuihin hankkeisiin: ”${p.titleFi}”. Vastaa kohtaan project.declarations.${p.exclusion}.`,
    sv: (p: ExclusionP) =>
      `Ansökan anger inte om projektet hör till de uteslutna projekten: ”${p.titleSv}”. Svara i project.declarations.${p.exclusion}.`,
    en: (p: ExclusionP) =>
      `The application does not say whether the project is of the excluded kind "${p.titleEn}". Answer in project.declarations.${p.exclusion}.`,
  },
  "exclusion.employerSanctions.pass": {
    fi: (_: Empty) =>
      "Hakija on ilmoittanut, ettei sitä tai sen edustajaa ole avustuksen myöntövuonna tai kahtena sitä edeltäneenä vuonna tuomittu valtionavustuslain 7 §:n 2 momentissa tarkoitetusta rikoksesta eikä sille ole määrätty siinä tarkoitettua seuraamusmaksua.",
    sv: (_: Empty) =>
      "Sökanden har uppgett att varken sökanden eller dess företrädare under beviljandeåret eller de två föregående åren har dömts för ett brott som avses i 7 § 2 mom. i statsunderstödslagen och att sökanden inte har ålagts en påföljdsavgift som avses där.",
    en: (_: Empty) =>
      "The applicant declared that neither it nor its representative was convicted, in the grant year or the two years before, of an offence referred to in 688/2001 7 § 2 mom., and that it was not ordered to pay the sanction fee referred to there.",
  },
  "exclusion.employerSanctions.review": {
    fi: (_: Empty) =>
      "Hakija on ilmoittanut, että se tai sen edustaja on avustuksen myöntövuonna tai kahtena sitä edeltäneenä vuonna tuomittu valtionavustuslain 7 §:n 2 momentissa tarkoitetusta rikoksesta tai sille on määrätty siinä tarkoitettu seuraamusmaksu. Koska avustusta voidaan käyttää palkkakustannuksiin, sen voi myöntää vain erityisen painavasta syystä; käsittelijä arvioi, onko sellainen.",
    sv: (_: Empty) =>
      "Sökanden har uppgett att sökanden eller dess företrädare under beviljandeåret eller de två föregående åren har dömts för ett brott som avses i 7 § 2 mom. i statsunderstödslagen eller att sökanden har ålagts en påföljdsavgift som avses där. Eftersom understödet kan användas till lönekostnader kan det beviljas endast av synnerligen vägande skäl; handläggaren bedömer om sådana finns.",
    en: (_: Empty) =>
      "The applicant declared that it or its representative was convicted, in the grant year or the two years before, of an offence referred to in 688/2001 7 § 2 mom., or that it was ordered to pay the sanction fee referred to there. As the grant may pay salary costs, it can be granted only for an especially weighty reason; a case handler judges whether there is one.",
  },
  "exclusion.employerSanctions.missing": {
    fi: (_: Empty) =>
      "Hakemus ei kerro, onko hakija tai sen edustaja avustuksen myöntövuonna tai kahtena sitä edeltäneenä vuonna tuomittu valtionavustuslain 7 §:n 2 momentissa tarkoitetusta rikoksesta tai hakijalle määrätty siinä tarkoitettu seuraamusmaksu. Vastaa kohtaan project.declarations.employerSanctions.",
    sv: (_: Empty) =>
      "Ansökan anger inte om sökanden eller dess företrädare under beviljandeåret eller de två föregående åren har dömts för ett brott som avses i 7 § 2 mom. i statsunderstödslagen eller sökanden ålagts en påföljdsavgift som avses där. Svara i project.declarations.employerSanctions.",
    en: (_: Empty) =>
      "The application does not say whether the applicant or its representative was convicted, in the grant year or the two years before, of an offence referred to in 688/2001 7 § 2 mom., or the applicant ordered to pay the sanction fee referred to there. Answer in project.declarations.employerSanctions.",
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

/** The title and description of `exclusion.employerSanctions`, for the rules reference. */
const EMPLOYER_SANCTIONS = {
  title: {
    fi: "Työnantajana tehdyt rikokset ja palkkakustannukset",
    sv: "Arbetsgivarbrott och lönekostnader",
    en: "Employer offences and salary costs",
  },
  description: {
    fi: "Jos avustusta voidaan käyttää palkkakustannuksiin, sen voi myöntää vain erityisen painavasta syystä, jos hakija tai sen edustaja on myöntövuonna tai kahtena sitä edeltäneenä vuonna tuomittu rikoslain 47 luvun 6 a §:ssä tai ulkomaalaislain 186 §:ssä tarkoitetusta rikoksesta tai hakijalle on määrätty työsopimuslain 11 a luvun 3 §:ssä tarkoitettu seuraamusmaksu. Henkilöstökustannukset ovat hyväksyttäviä joka haussa, joten hakemus ilmoittaa kohdassa project.declarations.employerSanctions, onko näin: kyllä jää käsittelijän arvioitavaksi, ei hyväksyy, ja vastaamatta jättäminen jää täydennettäväksi.",
    sv: "Om understödet kan användas till lönekostnader kan det beviljas endast av synnerligen vägande skäl, om sökanden eller dess företrädare under beviljandeåret eller de två föregående åren har dömts för brott enligt 47 kap. 6 a § i strafflagen eller 186 § i utlänningslagen, eller sökanden har ålagts påföljdsavgift enligt 11 a kap. 3 § i arbetsavtalslagen. Personalkostnader är godtagbara i varje ansökningsomgång, så ansökan anger i project.declarations.employerSanctions om så är fallet: ja lämnas till handläggarens bedömning, nej godkänner, och ett obesvarat fält ska kompletteras.",
    en: "Where a grant may pay salary costs, it can be granted only for an especially weighty reason if the applicant or its representative was convicted, in the grant year or the two years before, of an offence under rikoslaki 47:6 a or ulkomaalaislaki 186 §, or the applicant was ordered to pay a sanction fee under työsopimuslaki 11 a:3. Staff costs are eligible in every call, so the application states in project.declarations.employerSanctions whether this is so: yes is left to a case handler, no passes, and no answer leaves it to be completed.",
  },
};

/** The title and description of `exclusion.<code>` or `exclusion.employerSanctions`, for the rules reference. */
export function exclusionText(code: ExclusionCode | "employerSanctions") {
  if (code === "employerSanctions") return EMPLOYER_SANCTIONS;
  const { title: t, description: d } = EXCLUSIONS[code];
  return {
    title: {
      fi: `Rajaus: ${t.fi}`,
      sv: `Avgränsning: ${t.sv}`,
      en: `Exclusion: ${t.en}`,
    },
    description: {
      fi: `${d.fi} Hakemus ilmoittaa kohdassa project.declarations.${code}, onko hanke tällainen: kyllä hylkää hakemuksen, ei hyväksyy, ja vastaamatta jättäminen jää täydennettäväksi.`,
      sv: `${d.sv} Ansökan anger i project.declarations.${code} om projektet är ett sådant: ja underkänner ansökan, nej godkänner, och ett obesvarat fält ska kompletteras.`,
      en: `${d.en} The application states in project.declarations.${code} whether the project is one: yes fails the application, no passes, and no answer leaves it to be completed.`,
    },
  };
}
