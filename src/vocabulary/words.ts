import type { Certainty } from "./codes.js";
import type { BudgetCategory, CostTreatment, PartyType } from "./codes.js";
import type { Locale } from "./locale.js";

/**
 * The words of the library's code lists in Finnish, Swedish and English, each worded once and
 * read by the rules' messages, the rules reference, the edition pages, the diff texts and the
 * command line. A missing code or language is a type error. Where a code is written in two forms
 * on purpose (a bare word and the same word inside a sentence), each form is its own table.
 */
export type Words<Code extends string> = Readonly<Record<Code, Readonly<Record<Locale, string>>>>;

/** A party type as a bare word: in a list, a table cell or after a label (`kunta, kuntayhtymä`). */
export const PARTY_TYPE_WORDS: Words<PartyType> = {
  municipality: { fi: "kunta", sv: "kommun", en: "municipality" },
  jointAuthority: { fi: "kuntayhtymä", sv: "samkommun", en: "joint municipal authority" },
  association: { fi: "yhdistys", sv: "förening", en: "association" },
  company: { fi: "yritys", sv: "företag", en: "company" },
  other: { fi: "muu taho", sv: "annan aktör", en: "other body" },
};

/**
 * A party type inside a sentence ("the applicant is a municipality"): Swedish and English with
 * their indefinite article; Finnish has none, so it keeps the bare word.
 */
export const PARTY_TYPE_IN_SENTENCE: Words<PartyType> = {
  municipality: { ...PARTY_TYPE_WORDS.municipality, sv: "en kommun", en: "a municipality" },
  jointAuthority: { ...PARTY_TYPE_WORDS.jointAuthority, sv: "en samkommun", en: "a joint municipal authority" },
  association: { ...PARTY_TYPE_WORDS.association, sv: "en förening", en: "an association" },
  company: { ...PARTY_TYPE_WORDS.company, sv: "ett företag", en: "a company" },
  other: { ...PARTY_TYPE_WORDS.other, sv: "en annan aktör", en: "another body" },
};

/** How a cost category counts toward the eligible costs (893/2019 5 §). */
export const COST_TREATMENT_WORDS: Words<CostTreatment> = {
  eligible: { fi: "hyväksyttävä", sv: "godtagbar", en: "eligible" },
  ineligible: { fi: "ei hyväksyttävä", sv: "inte godtagbar", en: "ineligible" },
  conditional: { fi: "ehdollisesti hyväksyttävä", sv: "godtagbar på villkor", en: "eligible on a condition" },
};

/**
 * How sure a value is: read at its source, an assumption inferred from sources, or unknown (not
 * found). The word of `notFound` is also what an unknown value reads as.
 */
export const CERTAINTY_WORDS: Words<Certainty> = {
  sourced: { fi: "lähteestä", sv: "ur källan", en: "sourced" },
  inferred: { fi: "oletus", sv: "antagande", en: "assumption" },
  notFound: { fi: "tuntematon", sv: "okänt", en: "unknown" },
};

/**
 * A budget category by its short name inside a sentence ("costs of €10,000.00 (equipment)"). The
 * full title of each category, as 893/2019 5 § names it, is edition data (`money.costCategories`);
 * the pages and the diff show that title.
 */
export const BUDGET_CATEGORY_WORDS: Words<BudgetCategory> = {
  staff: { fi: "henkilöstökustannukset", sv: "personalkostnader", en: "staff costs" },
  travel: { fi: "matkakustannukset", sv: "resekostnader", en: "travel costs" },
  rent: { fi: "vuokrat", sv: "hyror", en: "rents" },
  services: { fi: "palvelut", sv: "tjänster", en: "services" },
  materials: { fi: "materiaalit", sv: "material", en: "materials" },
  otherOperating: { fi: "muut toimintakustannukset", sv: "övriga verksamhetskostnader", en: "other operating costs" },
  softwareLicences: { fi: "ohjelmistolisenssit", sv: "programvarulicenser", en: "software licences" },
  internalCharges: { fi: "sisäiset veloitukset", sv: "interna debiteringar", en: "internal charges" },
  equipment: { fi: "laitteistot", sv: "utrustning", en: "equipment" },
  tangibleInvestment: { fi: "aineelliset investoinnit", sv: "materiella investeringar", en: "tangible investments" },
};

/**
 * The word of a code in a language, or the code itself when the table has no such code (a value
 * read from untyped data, such as a diff's JSON values).
 *
 * @example
 * ```ts
 * wordFor(PARTY_TYPE_WORDS, "jointAuthority", "fi"); //=> "kuntayhtymä"
 * wordFor(PARTY_TYPE_WORDS, "893/2019", "fi"); //=> "893/2019"
 * ```
 */
export function wordFor<Code extends string>(words: Words<Code>, code: string, locale: Locale): string {
  return Object.hasOwn(words, code) ? words[code as Code][locale] : code;
}

/**
 * A certainty as a Markdown mark after a value: a sourced value in italics, an assumption or an
 * unknown value in bold, so that the values a reader should doubt stand out.
 *
 * @example
 * ```ts
 * certaintyMark("inferred", "en"); //=> "**assumption**"
 * ```
 */
export function certaintyMark(certainty: Certainty, locale: Locale): string {
  const word = CERTAINTY_WORDS[certainty][locale];
  return certainty === "sourced" ? `*${word}*` : `**${word}**`;
}

/**
 * A provision as it is cited in a language. Citations are written once, the Finnish way
 * (`893/2019 5 § 1 mom. 4 kohta`); Swedish cites "punkten" and follows the Swedish statute's own
 * numbering: its 893/2019 5 § has three moments where the Finnish has four (the internal charges,
 * Finnish 4 mom., are the second sentence of the Swedish 3 mom.). Finnish and English are unchanged.
 *
 * @example
 * ```ts
 * citationIn("893/2019 5 § 1 mom. 4 kohta", "sv"); //=> "893/2019 5 § 1 mom. 4 punkten"
 * citationIn("893/2019 5 § 4 mom.", "sv");         //=> "893/2019 5 § 3 mom."
 * ```
 */
export function citationIn(citation: string, locale: Locale): string {
  if (locale !== "sv") return citation;
  return citation
    .replaceAll("893/2019 5 § 4 mom.", "893/2019 5 § 3 mom.")
    .replace(/(\d+) kohta/g, "$1 punkten")
    .replaceAll("hallintolaki", "förvaltningslagen")
    .replace(/(\d+) ja (\d+) mom\./g, "$1 och $2 mom.");
}
