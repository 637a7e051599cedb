import type { Outcome } from "../assess/types.js";
import type { Locale } from "../vocabulary/locale.js";
import { certaintyMark as mark } from "../vocabulary/words.js";
import type { RuleFamily } from "../rules/types.js";

/** The texts of the rules reference, in each language. */
export interface RulesDocLabels {
  readonly language: string;
  readonly heading: (edition: string) => string;
  readonly intro: (edition: string, editionPage: string) => string;
  readonly generated: string;
  readonly certaintyLegend: string;
  readonly outcomeLegend: string;
  readonly assumptions: string;
  readonly assumptionsIntro: string;
  readonly noAssumptions: string;
  readonly usedBy: string;
  readonly recipients: string;
  readonly recipientsIntro: string;
  readonly recipientsHere: string;
  readonly rules: (count: number) => string;
  readonly provision: string;
  readonly outcomes: string;
  readonly facts: string;
  readonly noFacts: string;
  readonly notEvaluated: string;
  readonly notEvaluatedIntro: string;
  readonly onlyWhen: (path: string) => string;
  readonly descriptions: (page: string) => string;
  readonly col: {
    readonly rule: string;
    readonly checks: string;
    readonly provision: string;
    readonly certainty: string;
  };
  readonly data: string;
  readonly yes: string;
  readonly no: string;
  readonly note: string;
  readonly sharedWith: (ids: string) => string;
  readonly family: Readonly<Record<RuleFamily, string>>;
  readonly outcome: Readonly<Record<Outcome, string>>;
}

/** The labels of the rules reference by language. */
export const RULES_DOC_LABELS: Readonly<Record<Locale, RulesDocLabels>> = {
  fi: {
    language: "Suomeksi",
    heading: (e) => `Säännöt – hakukierros ${e}`,
    intro: (e, page) =>
      `Tämä sivu kertoo, mitä kirjaston \`assess\`-funktio tarkistaa hakukierroksen ${e} hakemuksesta: jokainen sääntö selkokielellä, säädös, johon se perustuu, ja kuinka varmoja ovat tiedot, joihin se nojaa. Hakukierroksen kaikki tiedot lähteineen: [${page}](${page}).`,
    generated:
      "Generoitu hakukierroksen tiedoista ja sääntöluettelosta (`ruleCatalogue`). Älä muokkaa käsin: aja `npm run docs:rules`.",
    certaintyLegend: `Varmuus: ${mark("sourced", "fi")} = luettu mainitusta lähteestä · ${mark("inferred", "fi")} = päätelty lähteistä; dokumentoitu oletus, joka voi osoittautua vääräksi · ${mark("notFound", "fi")} = tietoa ei löytynyt, eikä sitä ole arvattu.`,
    outcomeLegend:
      "Tulokset: ✓ täyttyy · ✗ ei täyty (hakemus ei ole tukikelpoinen) · ! harkittava (käsittelijä ratkaisee) · ? tieto puuttuu (hakemus vaatii harkintaa).",
    assumptions: "Oletukset ja tuntemattomat tiedot",
    assumptionsIntro:
      "Nämä säännöt nojaavat tietoihin, joita ei luettu suoraan lähteestä. Tulos on niiden osalta oletuksen varassa:",
    noAssumptions: "Kaikki sääntöjen käyttämät tiedot on luettu lähteestä.",
    usedBy: "Säännöt",
    recipients: "Kuka saa yhteishankkeen avustuksen",
    recipientsIntro:
      "Asetus 893/2019 3 § sallii kaksi saajamallia. Se ei ole hakemuksen ehto, joten mikään sääntö ei nojaa siihen; päätösluonnos (`decisionRecord`) ja siirtosuunnitelma (`passOnPlan`) noudattavat sitä, ja kutsuja voi antaa mallin (`recipientModel`), kun lähteet eivät sitä kerro.",
    recipientsHere: "Tällä hakukierroksella",
    rules: (n) => `Säännöt (${n})`,
    provision: "Säädösperusta",
    outcomes: "Mahdolliset tulokset",
    facts: "Tiedot, joihin sääntö nojaa",
    noFacts: "ei hakukierroksen tietoja: sääntö lukee vain hakemusta.",
    notEvaluated: "Ei arvioida tällä hakukierroksella",
    notEvaluatedIntro: "Nämä säännöt koskevat vain hakukierroksia, joilla on kyseinen rajaus tai vaatimus:",
    onlyWhen: (p) => `vain kun hakukierroksella on \`${p}\``,
    descriptions: (page) => `Sääntöjen tarkemmat kuvaukset: [${page}](${page}).`,
    col: { rule: "Sääntö", checks: "Tarkistaa", provision: "Säädösperusta", certainty: "Tietojen varmuus" },
    data: "kirjaston aineisto",
    yes: "kyllä",
    no: "ei",
    note: "Huom.",
    sharedWith: (ids) => `yhteinen hakukierroksen ${ids} kanssa`,
    family: {
      applicant: "Hakija",
      consortium: "Yhteishanke ja kunnat",
      deadline: "Määräaika",
      focusArea: "Painopiste",
      exclusion: "Rajaukset",
      costs: "Kustannukset",
      grant: "Avustuksen määrä",
      period: "Hankeaika",
      contents: "Hakemuksen sisältö",
    },
    outcome: { pass: "✓ täyttyy", fail: "✗ ei täyty", review: "! harkittava", missing: "? tieto puuttuu" },
  },
  sv: {
    language: "På svenska",
    heading: (e) => `Regler – ansökningsomgången ${e}`,
    intro: (e, page) =>
      `Den här sidan visar vad bibliotekets funktion \`assess\` kontrollerar i en ansökan till omgången ${e}: varje regel i klarspråk, bestämmelsen den vilar på och hur säkra uppgifterna bakom den är. Omgångens alla uppgifter med källor: [${page}](${page}).`,
    generated:
      "Genererad från omgångens uppgifter och regelförteckningen (`ruleCatalogue`). Redigera inte för hand: kör `npm run docs:rules`.",
    certaintyLegend: `Säkerhet: ${mark("sourced", "sv")} = läst i den angivna källan · ${mark("inferred", "sv")} = härlett ur källorna; ett dokumenterat antagande som kan visa sig fel · ${mark("notFound", "sv")} = uppgiften hittades inte och har inte gissats.`,
    outcomeLegend:
      "Resultat: ✓ uppfylls · ✗ uppfylls inte (ansökan är inte stödberättigande) · ! prövas (handläggaren avgör) · ? uppgift saknas (ansökan kräver prövning).",
    assumptions: "Antaganden och okända uppgifter",
    assumptionsIntro:
      "Dessa regler vilar på uppgifter som inte lästs direkt i en källa. Resultatet beror där på ett antagande:",
    noAssumptions: "Alla uppgifter som reglerna använder har lästs i en källa.",
    usedBy: "Regler",
    recipients: "Vem som får ett samprojekts understöd",
    recipientsIntro:
      "Förordning 893/2019 3 § tillåter två mottagarmodeller. Modellen är inget villkor för ansökan, så ingen regel bygger på den; beslutsutkastet (`decisionRecord`) och planen för vidareförmedling (`passOnPlan`) följer den, och den som anropar kan ange modellen (`recipientModel`) när källorna inte säger den.",
    recipientsHere: "I denna omgång",
    rules: (n) => `Regler (${n})`,
    provision: "Bestämmelse",
    outcomes: "Möjliga resultat",
    facts: "Uppgifter som regeln vilar på",
    noFacts: "inga uppgifter om omgången: regeln läser bara ansökan.",
    notEvaluated: "Bedöms inte i denna omgång",
    notEvaluatedIntro: "Dessa regler gäller bara omgångar som har avgränsningen eller kravet i fråga:",
    onlyWhen: (p) => `bara när omgången har \`${p}\``,
    descriptions: (page) => `Reglerna beskrivs närmare på [${page}](${page}).`,
    col: { rule: "Regel", checks: "Kontrollerar", provision: "Bestämmelse", certainty: "Uppgifternas säkerhet" },
    data: "bibliotekets data",
    yes: "ja",
    no: "nej",
    note: "Anm.",
    sharedWith: (ids) => `gemensamt med omgången ${ids}`,
    family: {
      applicant: "Sökande",
      consortium: "Samprojekt och kommuner",
      deadline: "Tidsfrist",
      focusArea: "Tyngdpunkt",
      exclusion: "Avgränsningar",
      costs: "Kostnader",
      grant: "Understödets belopp",
      period: "Projekttid",
      contents: "Ansökans innehåll",
    },
    outcome: { pass: "✓ uppfylls", fail: "✗ uppfylls inte", review: "! prövas", missing: "? uppgift saknas" },
  },
  en: {
    language: "In English",
    heading: (e) => `Rules – call edition ${e}`,
    intro: (e, page) =>
      `This page says what the library's \`assess\` checks in an application to the ${e} call: each rule in plain language, the provision it rests on, and how certain the facts behind it are. Every value of the edition with its source: [${page}](${page}).`,
    generated:
      "Generated from the edition data and the rule catalogue (`ruleCatalogue`). Do not edit by hand: run `npm run docs:rules`.",
    certaintyLegend: `Certainty: ${mark("sourced", "en")} = read at the cited source · ${mark("inferred", "en")} = inferred from sourced facts; a documented assumption that may prove wrong · ${mark("notFound", "en")} = the value was not found and is not guessed.`,
    outcomeLegend:
      "Outcomes: ✓ passes · ✗ fails (the application is ineligible) · ! review (a case handler decides) · ? missing (the application needs review).",
    assumptions: "Assumptions and unknowns",
    assumptionsIntro:
      "These rules rest on values that were not read directly at a source. Their outcome depends on an assumption:",
    noAssumptions: "Every value the rules use was read at a source.",
    usedBy: "Rules",
    recipients: "Who receives a joint project's grant",
    recipientsIntro:
      "893/2019 3 § allows two recipient models. The model is no condition of an application, so no rule rests on it; the draft decision (`decisionRecord`) and the pass-on plan (`passOnPlan`) follow it, and a caller may give the model (`recipientModel`) where the sources do not tell.",
    recipientsHere: "In this call",
    rules: (n) => `Rules (${n})`,
    provision: "Provision",
    outcomes: "Possible outcomes",
    facts: "Facts the rule rests on",
    noFacts: "no edition data: the rule reads only the application.",
    notEvaluated: "Not evaluated in this edition",
    notEvaluatedIntro: "These rules apply only to editions that have the exclusion or requirement concerned:",
    onlyWhen: (p) => `only when the edition has \`${p}\``,
    descriptions: (page) => `The rules are described in full at [${page}](${page}).`,
    col: { rule: "Rule", checks: "Checks", provision: "Provision", certainty: "Certainty of its facts" },
    data: "library data",
    yes: "yes",
    no: "no",
    note: "Note:",
    sharedWith: (ids) => `shared with the ${ids} call`,
    family: {
      applicant: "Applicant",
      consortium: "Consortium and municipalities",
      deadline: "Deadline",
      focusArea: "Focus area",
      exclusion: "Exclusions",
      costs: "Costs",
      grant: "Grant amount",
      period: "Project period",
      contents: "Application contents",
    },
    outcome: { pass: "✓ passes", fail: "✗ fails", review: "! review", missing: "? missing" },
  },
};
