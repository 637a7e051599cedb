import type { Amount } from "../money/amount.js";
import { formatAmount } from "../money/format.js";
import { formatDate } from "../time/format.js";
import { formatPercent } from "./format.js";
import { type Locale, defineMessages } from "./types.js";

// Parameters are plain, language-free values (codes, decimal strings, ISO dates and instants, and
// titles in all three languages), so that a caller can render any language from them.

type Titled = { readonly titleFi: string; readonly titleSv: string; readonly titleEn: string };
type Empty = Record<string, never>;

const eur = formatAmount;

/**
 * A Helsinki instant (`2022-04-25T16:15:01+03:00`, as the rules write them) as Finnish time:
 * `25.4.2022 klo 16.15.01`. Read from the wall-clock digits of the text, which are Helsinki's; the
 * seconds are shown when not zero, so that a submission one second late does not read as on time.
 */
function time(iso: string, locale: Locale): string {
  const date = formatDate(iso.slice(0, 10), locale);
  // The hour without a leading zero, as formatHelsinkiTime writes it (Kotus: klo 9.05).
  const hh = String(Number(iso.slice(11, 13)));
  const sep = locale === "en" ? ":" : ".";
  const ss = iso.slice(17, 19);
  const clock = ss === "00" ? `${hh}${sep}${iso.slice(14, 16)}` : `${hh}${sep}${iso.slice(14, 16)}${sep}${ss}`;
  if (locale === "fi") return `${date} klo ${clock}`;
  if (locale === "sv") return `${date} kl. ${clock}`;
  return `${date} at ${clock} Finnish time`;
}

function orList(xs: readonly string[], or: string): string {
  return xs.length <= 1 ? xs.join(", ") : `${xs.slice(0, -1).join(", ")} ${or} ${xs[xs.length - 1]}`;
}

/** `”Osaaminen” (competence)`, for each code with its title. */
function titledCodes(codes: readonly string[], titles: readonly string[], q: [string, string]): string {
  return codes.map((c, i) => `${q[0]}${titles[i] ?? c}${q[1]} (${c})`).join(", ");
}
const FI_Q: [string, string] = ["”", "”"];
const EN_Q: [string, string] = ['"', '"'];

// Party types (PARTY_TYPES) in each language: Finnish bare, Swedish and English with an article.
const PARTY_FI: Record<string, string> = {
  municipality: "kunta",
  jointAuthority: "kuntayhtymä",
  association: "yhdistys",
  company: "yritys",
  other: "muu taho",
};
const PARTY_SV: Record<string, string> = {
  municipality: "en kommun",
  jointAuthority: "en samkommun",
  association: "en förening",
  company: "ett företag",
  other: "en annan aktör",
};
const PARTY_EN: Record<string, string> = {
  municipality: "a municipality",
  jointAuthority: "a joint municipal authority",
  association: "an association",
  company: "a company",
  other: "another body",
};
const party = (table: Record<string, string>, type: string) => table[type] ?? type;

// Budget categories (BUDGET_CATEGORIES), short names.
const CATEGORY: Record<Locale, Record<string, string>> = {
  fi: {
    staff: "henkilöstökustannukset",
    travel: "matkakustannukset",
    rent: "vuokrat",
    services: "palvelut",
    materials: "materiaalit",
    otherOperating: "muut toimintakustannukset",
    softwareLicences: "ohjelmistolisenssit",
    internalCharges: "sisäiset veloitukset",
    equipment: "laitteistot",
    tangibleInvestment: "aineelliset investoinnit",
  },
  sv: {
    staff: "personalkostnader",
    travel: "resekostnader",
    rent: "hyror",
    services: "tjänster",
    materials: "material",
    otherOperating: "övriga verksamhetskostnader",
    softwareLicences: "programvarulicenser",
    internalCharges: "interna debiteringar",
    equipment: "utrustning",
    tangibleInvestment: "materiella investeringar",
  },
  en: {
    staff: "staff costs",
    travel: "travel costs",
    rent: "rents",
    services: "services",
    materials: "materials",
    otherOperating: "other operating costs",
    softwareLicences: "software licences",
    internalCharges: "internal charges",
    equipment: "equipment",
    tangibleInvestment: "tangible investments",
  },
};
const categories = (cs: readonly string[], locale: Locale) => cs.map((c) => CATEGORY[locale][c] ?? c).join(", ");

type TypeP = { readonly type: string };
type AllowedTypesP = { readonly type: string; readonly allowed: readonly string[] };
type MunicipalityP = { readonly municipality: string; readonly year: number };
type MissingMunicipalityP = {
  readonly code: string;
  readonly year: number;
  readonly former: string | null;
  readonly mergedInto: string | null;
  readonly mergedOn: string | null;
};
type JointAuthorityP = { readonly name: string; readonly businessId: string };
type CountP = {
  readonly count: number;
  readonly minimum: number;
  readonly year: number;
  readonly municipalities: readonly string[];
  readonly jointOnly: boolean;
};
type AlandCountP = CountP & { readonly aland: number };
type MembersP = {
  readonly year: number;
  readonly count: number;
  readonly unknown: readonly string[];
  readonly dissolved: readonly string[];
  readonly mergedInto: readonly string[];
  readonly mergedOn: readonly string[];
  readonly aland: readonly string[];
  readonly alandPolicy: string;
  readonly duplicates: readonly string[];
};
type NamesP = { readonly names: readonly string[] };
type ClosesP = { readonly closesAt: string; readonly inferredTime: boolean };
type SubmittedP = ClosesP & { readonly submittedAt: string; readonly fromOption: boolean };
type FocusP = Titled & { readonly focusArea: string };
type AllowedP = {
  readonly allowed: readonly string[];
  readonly allowedFi: readonly string[];
  readonly allowedSv: readonly string[];
  readonly allowedEn: readonly string[];
};
type WrongFocusP = AllowedP & { readonly focusArea: string; readonly edition: string };
type ExclusionP = Titled & { readonly exclusion: string };
type ExcludedCostsP = { readonly amount: Amount; readonly lines: number; readonly categories: readonly string[] };
type ConditionalP = {
  readonly amount: Amount;
  readonly excluded: Amount;
  readonly lines: number;
  readonly excludedLines: number;
};
type VatP = { readonly vat: Amount };
type EligibleP = { readonly eligible: Amount; readonly total: Amount };
type GrantP = {
  readonly requested: Amount;
  readonly maximum: Amount;
  readonly rate: string;
  readonly eligible: Amount;
};
type ExcessP = GrantP & { readonly excess: Amount };
type PeriodP = { readonly start: string; readonly end: string };
type PeriodMissingP = { readonly start: string | null; readonly end: string | null };
type LatestP = { readonly end: string; readonly latestEnd: string };
type LatestMissingP = { readonly latestEnd: string };
type ContentP = Titled & { readonly content: string; readonly field: string };

/** The fields a period lacks: `project.start`, `project.end`. */
const lacking = (p: PeriodMissingP) =>
  [p.start === null ? "project.start" : "", p.end === null ? "project.end" : ""].filter(Boolean).join(", ");

// consortium.members: one sentence per kind of problem, in each language.
function membersFi(p: MembersP): string {
  const out: string[] = [];
  if (p.unknown.length > 0)
    out.push(
      `Vuoden ${p.year} kuntaluettelossa ei ole ${p.unknown.length === 1 ? "kuntanumeroa" : "kuntanumeroita"} ${p.unknown.join(", ")}.`,
    );
  p.dissolved.forEach((d, i) => {
    out.push(
      `${d} ei ole vuoden ${p.year} kuntaluettelossa: se liitettiin kuntaan ${p.mergedInto[i]} ${formatDate(p.mergedOn[i]!, "fi")}.`,
    );
  });
  if (p.aland.length > 0) {
    if (p.alandPolicy === "deny")
      out.push(
        `Ahvenanmaan kunnat (${p.aland.join(", ")}) eivät voi osallistua valinnan alandMunicipalities: "deny" mukaan.`,
      );
    else if (p.alandPolicy === "allow")
      out.push(`Ahvenanmaan kunnat (${p.aland.join(", ")}) hyväksytään valinnan alandMunicipalities: "allow" mukaan.`);
    else
      out.push(
        `Ahvenanmaan kuntien (${p.aland.join(", ")}) osallistumisoikeutta ei ole ratkaistu missään haussa, joten käsittelijän on arvioitava se.`,
      );
  }
  if (p.duplicates.length > 0) out.push(`Kahdesti nimetyt kunnat lasketaan vain kerran: ${p.duplicates.join(", ")}.`);
  return out.join(" ");
}
function membersSv(p: MembersP): string {
  const out: string[] = [];
  if (p.unknown.length > 0)
    out.push(
      `${p.unknown.length === 1 ? "Kommunnumret" : "Kommunnumren"} ${p.unknown.join(", ")} finns inte i kommunförteckningen för ${p.year}.`,
    );
  p.dissolved.forEach((d, i) => {
    out.push(
      `${d} finns inte i kommunförteckningen för ${p.year}: den slogs samman med ${p.mergedInto[i]} ${formatDate(p.mergedOn[i]!, "sv")}.`,
    );
  });
  if (p.aland.length > 0) {
    if (p.alandPolicy === "deny")
      out.push(`Kommunerna på Åland (${p.aland.join(", ")}) kan inte delta enligt valet alandMunicipalities: "deny".`);
    else if (p.alandPolicy === "allow")
      out.push(`Kommunerna på Åland (${p.aland.join(", ")}) godtas enligt valet alandMunicipalities: "allow".`);
    else
      out.push(
        `Rätten för kommunerna på Åland (${p.aland.join(", ")}) att delta har inte avgjorts i någon ansökningsomgång, så handläggaren ska bedöma den.`,
      );
  }
  if (p.duplicates.length > 0)
    out.push(`Kommuner som nämns två gånger räknas bara en gång: ${p.duplicates.join(", ")}.`);
  return out.join(" ");
}
function membersEn(p: MembersP): string {
  const out: string[] = [];
  if (p.unknown.length > 0)
    out.push(
      `The ${p.year} municipality register has no ${p.unknown.length === 1 ? "code" : "codes"} ${p.unknown.join(", ")}.`,
    );
  p.dissolved.forEach((d, i) => {
    out.push(
      `${d} is not in the ${p.year} register: it was merged into ${p.mergedInto[i]} on ${formatDate(p.mergedOn[i]!, "en")}.`,
    );
  });
  if (p.aland.length > 0) {
    if (p.alandPolicy === "deny")
      out.push(
        `The municipalities of Åland (${p.aland.join(", ")}) cannot take part under the option alandMunicipalities: "deny".`,
      );
    else if (p.alandPolicy === "allow")
      out.push(
        `The municipalities of Åland (${p.aland.join(", ")}) are accepted under the option alandMunicipalities: "allow".`,
      );
    else
      out.push(
        `Whether the municipalities of Åland (${p.aland.join(", ")}) may take part was not settled in any call, so a case handler must decide.`,
      );
  }
  if (p.duplicates.length > 0) out.push(`Municipalities named twice count once: ${p.duplicates.join(", ")}.`);
  return out.join(" ");
}

const closingFi = (p: ClosesP) =>
  p.inferredTime ? " Päättymisen kellonaika on päätelty aiemmista hauista, koska sitä ei löytynyt." : "";
const closingSv = (p: ClosesP) =>
  p.inferredTime
    ? " Klockslaget för utgången är härlett ur tidigare ansökningsomgångar, eftersom det inte hittades."
    : "";
const closingEn = (p: ClosesP) =>
  p.inferredTime ? " The closing time of day is inferred from earlier calls, as it was not found." : "";
const arrivedFi = (p: SubmittedP) =>
  p.fromOption
    ? `Hakemuksessa ei ole saapumisaikaa; arviointihetki on ${time(p.submittedAt, "fi")}`
    : `Hakemus saapui ${time(p.submittedAt, "fi")}`;
const arrivedSv = (p: SubmittedP) =>
  p.fromOption
    ? `Ansökan saknar inlämningstid; bedömningen gäller ${time(p.submittedAt, "sv")}`
    : `Ansökan kom in ${time(p.submittedAt, "sv")}`;
const arrivedEn = (p: SubmittedP) =>
  p.fromOption
    ? `The application has no submission time; it is assessed as of ${time(p.submittedAt, "en")}`
    : `The application arrived on ${time(p.submittedAt, "en")}`;

/** Messages of the assessment: one code per rule outcome, and `assess.failed`. */
export const ruleMessages = defineMessages({
  "assess.failed": {
    fi: (_: Empty) =>
      "Hakemusta ei voitu arvioida odottamattoman virheen vuoksi. Ilmoita virheestä kirjaston ylläpitäjille.",
    sv: (_: Empty) =>
      "Ansökan kunde inte bedömas på grund av ett oväntat fel. Rapportera felet till bibliotekets utvecklare.",
    en: (_: Empty) =>
      "The application could not be assessed because of an unexpected error. Please report it to the library's maintainers.",
  },

  // applicant.*
  "applicant.type.pass": {
    fi: (p: TypeP) => `Hakijana on ${party(PARTY_FI, p.type)}, joka voi hakea avustusta.`,
    sv: (p: TypeP) => `Sökanden är ${party(PARTY_SV, p.type)} och kan söka understöd.`,
    en: (p: TypeP) => `The applicant is ${party(PARTY_EN, p.type)}, which may apply for the grant.`,
  },
  "applicant.type.fail": {
    fi: (p: AllowedTypesP) =>
      `Hakijana on ${party(PARTY_FI, p.type)}, joka ei voi hakea avustusta: hakijan ja hankehallinnoijan on oltava ${orList(
        p.allowed.map((t) => party(PARTY_FI, t)),
        "tai",
      )}. Yritykset, yhdistykset ja muut tahot voivat osallistua hankkeeseen kumppaneina.`,
    sv: (p: AllowedTypesP) =>
      `Sökanden är ${party(PARTY_SV, p.type)} och kan inte söka understöd: sökanden och projektförvaltaren ska vara ${orList(
        p.allowed.map((t) => party(PARTY_SV, t)),
        "eller",
      )}. Företag, föreningar och andra aktörer kan delta i projektet som partner.`,
    en: (p: AllowedTypesP) =>
      `The applicant is ${party(PARTY_EN, p.type)}, which cannot apply for the grant: the applicant and administrator must be ${orList(
        p.allowed.map((t) => party(PARTY_EN, t)),
        "or",
      )}. Companies, associations and other bodies may take part as partners.`,
  },
  "applicant.municipalityExists.pass": {
    fi: (p: MunicipalityP) => `Hakijakunta ${p.municipality} on vuoden ${p.year} kuntaluettelossa.`,
    sv: (p: MunicipalityP) => `Den sökande kommunen ${p.municipality} finns i kommunförteckningen för ${p.year}.`,
    en: (p: MunicipalityP) => `The applying municipality ${p.municipality} is in the ${p.year} municipality register.`,
  },
  "applicant.municipalityExists.fail": {
    fi: (p: MissingMunicipalityP) =>
      `Hakijan kuntanumeroa ${p.code} ei ole vuoden ${p.year} kuntaluettelossa.` +
      (p.former && p.mergedOn
        ? ` ${p.former} liitettiin kuntaan ${p.mergedInto} ${formatDate(p.mergedOn, "fi")}.`
        : ""),
    sv: (p: MissingMunicipalityP) =>
      `Sökandens kommunnummer ${p.code} finns inte i kommunförteckningen för ${p.year}.` +
      (p.former && p.mergedOn ? ` ${p.former} slogs samman med ${p.mergedInto} ${formatDate(p.mergedOn, "sv")}.` : ""),
    en: (p: MissingMunicipalityP) =>
      `The applicant's municipality code ${p.code} is not in the ${p.year} municipality register.` +
      (p.former && p.mergedOn
        ? ` ${p.former} was merged into ${p.mergedInto} on ${formatDate(p.mergedOn, "en")}.`
        : ""),
  },
  "applicant.municipalityExists.jointAuthority": {
    fi: (p: JointAuthorityP) =>
      `Hakija on kuntayhtymä ${p.name} (Y-tunnus ${p.businessId}), joten kuntanumeroa ei tarkisteta.`,
    sv: (p: JointAuthorityP) =>
      `Sökanden är samkommunen ${p.name} (FO-nummer ${p.businessId}), så inget kommunnummer kontrolleras.`,
    en: (p: JointAuthorityP) =>
      `The applicant is the joint municipal authority ${p.name} (business ID ${p.businessId}), so there is no municipality code to check.`,
  },
  "applicant.municipalityExists.notMunicipality": {
    fi: (p: TypeP) => `Hakija ei ole kunta vaan ${party(PARTY_FI, p.type)}, joten kuntanumeroa ei tarkisteta.`,
    sv: (p: TypeP) => `Sökanden är inte en kommun utan ${party(PARTY_SV, p.type)}, så inget kommunnummer kontrolleras.`,
    en: (p: TypeP) =>
      `The applicant is not a municipality but ${party(PARTY_EN, p.type)}, so there is no municipality code to check.`,
  },

  // consortium.*
  "consortium.minMunicipalities.pass": {
    fi: (p: CountP) =>
      `Hankkeen kuntia vuoden ${p.year} kuntaluettelossa on ${p.count} (${p.municipalities.join(", ")}); vähimmäismäärä on ${p.minimum}.`,
    sv: (p: CountP) =>
      `Projektet har ${p.count} kommuner i kommunförteckningen för ${p.year} (${p.municipalities.join(", ")}); minimiantalet är ${p.minimum}.`,
    en: (p: CountP) =>
      `The project has ${p.count} municipalities in the ${p.year} register (${p.municipalities.join(", ")}); the minimum is ${p.minimum}.`,
  },
  "consortium.minMunicipalities.fail": {
    fi: (p: CountP) =>
      `Hankkeen kuntia vuoden ${p.year} kuntaluettelossa on vain ${p.count}${p.count > 0 ? ` (${p.municipalities.join(", ")})` : ""}, mutta vähimmäismäärä on ${p.minimum}` +
      (p.jointOnly ? ": haku rahoitti vain usean kunnan yhteishankkeita." : "."),
    sv: (p: CountP) =>
      `Projektet har bara ${p.count} ${p.count === 1 ? "kommun" : "kommuner"} i kommunförteckningen för ${p.year}${p.count > 0 ? ` (${p.municipalities.join(", ")})` : ""}, men minimiantalet är ${p.minimum}` +
      (p.jointOnly ? ": ansökningsomgången finansierade bara samprojekt mellan flera kommuner." : "."),
    en: (p: CountP) =>
      `The project has only ${p.count} ${p.count === 1 ? "municipality" : "municipalities"} in the ${p.year} register${p.count > 0 ? ` (${p.municipalities.join(", ")})` : ""}, but the minimum is ${p.minimum}` +
      (p.jointOnly ? ": the call funded only joint projects of several municipalities." : "."),
  },
  "consortium.minMunicipalities.aland": {
    fi: (p: AlandCountP) =>
      `Hankkeen kuntia vuoden ${p.year} kuntaluettelossa on ${p.count} ja Ahvenanmaan kuntia ${p.aland}. Vähimmäismäärä ${p.minimum} täyttyy vain, jos Ahvenanmaan kunnat voivat osallistua; sitä ei ole ratkaistu, joten käsittelijän on arvioitava asia.`,
    sv: (p: AlandCountP) =>
      `Projektet har ${p.count} kommuner i kommunförteckningen för ${p.year} och ${p.aland} på Åland. Minimiantalet ${p.minimum} uppnås bara om kommunerna på Åland får delta; det är inte avgjort, så handläggaren ska bedöma saken.`,
    en: (p: AlandCountP) =>
      `The project has ${p.count} municipalities in the ${p.year} register and ${p.aland} of Åland. The minimum of ${p.minimum} is met only if Åland's municipalities may take part; that is not settled, so a case handler must decide.`,
  },
  "consortium.minMunicipalities.missing": {
    fi: (p: CountP) =>
      `Hankkeen kuntia vuoden ${p.year} kuntaluettelossa on ${p.count}, vähimmäismäärä on ${p.minimum}. Hakemuksen kuntayhtymältä puuttuu luettelo kunnista, joiden puolesta se hakee: lisää niiden kuntanumerot kohtaan onBehalfOf.`,
    sv: (p: CountP) =>
      `Projektet har ${p.count} ${p.count === 1 ? "kommun" : "kommuner"} i kommunförteckningen för ${p.year}; minimiantalet är ${p.minimum}. Samkommunen i ansökan saknar en förteckning över de kommuner den ansöker för: lägg till deras kommunnummer i onBehalfOf.`,
    en: (p: CountP) =>
      `The project has ${p.count} ${p.count === 1 ? "municipality" : "municipalities"} in the ${p.year} register; the minimum is ${p.minimum}. The joint municipal authority in the application does not list the municipalities it applies for: add their codes to onBehalfOf.`,
  },
  "consortium.members.pass": {
    fi: (p: MembersP) =>
      (p.count === 0
        ? "Hakemuksessa ei ole nimetty kuntia."
        : `Hakemuksessa nimetyt kunnat ovat vuoden ${p.year} kuntaluettelossa.`) +
      (p.aland.length + p.duplicates.length > 0 ? ` ${membersFi(p)}` : ""),
    sv: (p: MembersP) =>
      (p.count === 0
        ? "Ansökan nämner inga kommuner."
        : `Kommunerna som nämns i ansökan finns i kommunförteckningen för ${p.year}.`) +
      (p.aland.length + p.duplicates.length > 0 ? ` ${membersSv(p)}` : ""),
    en: (p: MembersP) =>
      (p.count === 0
        ? "The application names no municipalities."
        : `The municipalities the application names are in the ${p.year} register.`) +
      (p.aland.length + p.duplicates.length > 0 ? ` ${membersEn(p)}` : ""),
  },
  "consortium.members.fail": { fi: membersFi, sv: membersSv, en: membersEn },
  "consortium.members.review": { fi: membersFi, sv: membersSv, en: membersEn },
  "consortium.partners.none": {
    fi: (_: NamesP) => "Hankkeessa ei ole yrityksiä, yhdistyksiä tai muita kumppaneita.",
    sv: (_: NamesP) => "Projektet har inga företag, föreningar eller andra partner.",
    en: (_: NamesP) => "The project has no companies, associations or other partners.",
  },
  "consortium.partners.pass": {
    fi: (p: NamesP) =>
      `Kumppanit (${p.names.join(", ")}) voivat osallistua hankkeeseen, mutta eivät voi hakea eivätkä saada avustusta.`,
    sv: (p: NamesP) => `Partnerna (${p.names.join(", ")}) kan delta i projektet men kan inte söka eller få understöd.`,
    en: (p: NamesP) =>
      `The partners (${p.names.join(", ")}) may take part in the project but cannot apply for or receive the grant.`,
  },

  // deadline.*
  "deadline.submittedInTime.pass": {
    fi: (p: SubmittedP) => `${arrivedFi(p)} ja haku päättyi ${time(p.closesAt, "fi")}.${closingFi(p)}`,
    sv: (p: SubmittedP) => `${arrivedSv(p)} och ansökningstiden gick ut ${time(p.closesAt, "sv")}.${closingSv(p)}`,
    en: (p: SubmittedP) => `${arrivedEn(p)}, and the call closed on ${time(p.closesAt, "en")}.${closingEn(p)}`,
  },
  "deadline.submittedInTime.fail": {
    fi: (p: SubmittedP) =>
      `${arrivedFi(p)}, mutta haku päättyi jo ${time(p.closesAt, "fi")}. Määräaikaa ei pidennetty kenellekään.${closingFi(p)}`,
    sv: (p: SubmittedP) =>
      `${arrivedSv(p)}, men ansökningstiden gick ut redan ${time(p.closesAt, "sv")}. Tidsfristen förlängdes inte för någon.${closingSv(p)}`,
    en: (p: SubmittedP) =>
      `${arrivedEn(p)}, but the call had closed on ${time(p.closesAt, "en")}. No one was given more time.${closingEn(p)}`,
  },
  "deadline.submittedInTime.missing": {
    fi: (p: ClosesP) =>
      `Hakemuksesta puuttuu saapumisaika (submittedAt), joten määräajassa pysymistä ei voi todeta. Haku päättyi ${time(p.closesAt, "fi")}.${closingFi(p)}`,
    sv: (p: ClosesP) =>
      `Ansökan saknar inlämningstid (submittedAt), så det går inte att avgöra om den kom in i tid. Ansökningstiden gick ut ${time(p.closesAt, "sv")}.${closingSv(p)}`,
    en: (p: ClosesP) =>
      `The application has no submission time (submittedAt), so whether it arrived in time cannot be told. The call closed on ${time(p.closesAt, "en")}.${closingEn(p)}`,
  },

  // focusArea.*
  "focusArea.oneOfEdition.pass": {
    fi: (p: FocusP) => `Painopiste on ”${p.titleFi}” (${p.focusArea}), joka kuuluu tämän haun painopisteisiin.`,
    sv: (p: FocusP) =>
      `Tyngdpunkten är ”${p.titleSv}” (${p.focusArea}), som hör till denna ansökningsomgångs tyngdpunkter.`,
    en: (p: FocusP) => `The focus area is "${p.titleEn}" (${p.focusArea}), one of this call's focus areas.`,
  },
  "focusArea.oneOfEdition.fail": {
    fi: (p: WrongFocusP) =>
      `Painopiste ${p.focusArea} ei kuulu haun ${p.edition} painopisteisiin. Valitse yksi näistä: ${titledCodes(p.allowed, p.allowedFi, FI_Q)}.`,
    sv: (p: WrongFocusP) =>
      `Tyngdpunkten ${p.focusArea} hör inte till tyngdpunkterna i ansökningsomgången ${p.edition}. Välj en av dessa: ${titledCodes(p.allowed, p.allowedSv, FI_Q)}.`,
    en: (p: WrongFocusP) =>
      `The focus area ${p.focusArea} is not one of the focus areas of the ${p.edition} call. Choose one of: ${titledCodes(p.allowed, p.allowedEn, EN_Q)}.`,
  },
  "focusArea.oneOfEdition.missing": {
    fi: (p: AllowedP) =>
      `Hankkeen painopiste (project.focusArea) puuttuu. Valitse yksi näistä: ${titledCodes(p.allowed, p.allowedFi, FI_Q)}.`,
    sv: (p: AllowedP) =>
      `Projektets tyngdpunkt (project.focusArea) saknas. Välj en av dessa: ${titledCodes(p.allowed, p.allowedSv, FI_Q)}.`,
    en: (p: AllowedP) =>
      `The project's focus area (project.focusArea) is missing. Choose one of: ${titledCodes(p.allowed, p.allowedEn, EN_Q)}.`,
  },

  // exclusion.*
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

  // costs.*
  "costs.ineligibleExcluded.none": {
    fi: (_: Empty) => "Budjetissa ei ole kustannuksia, joita ei voida hyväksyä.",
    sv: (_: Empty) => "Budgeten har inga kostnader som inte kan godtas.",
    en: (_: Empty) => "The budget has no costs that cannot be accepted.",
  },
  "costs.ineligibleExcluded.pass": {
    fi: (p: ExcludedCostsP) =>
      `Kustannuksia ${eur(p.amount, "fi")} (${categories(p.categories, "fi")}) ei voida hyväksyä, joten ne on jätetty avustuksen laskentaperusteen ulkopuolelle; hakemus ei hylkäänny niiden vuoksi.`,
    sv: (p: ExcludedCostsP) =>
      `Kostnader på ${eur(p.amount, "sv")} (${categories(p.categories, "sv")}) kan inte godtas, så de har lämnats utanför understödets beräkningsgrund; ansökan underkänns inte på grund av dem.`,
    en: (p: ExcludedCostsP) =>
      `Costs of ${eur(p.amount, "en")} (${categories(p.categories, "en")}) cannot be accepted, so they have been left out of the base of the grant; the application does not fail because of them.`,
  },
  "costs.softwareLicences.review": {
    fi: (p: ConditionalP) =>
      `Ohjelmistolisenssejä ja muita aineettomia investointeja on ${eur(p.amount, "fi")}. Ne hyväksytään vain siltä osin kuin ne ovat välttämättömiä hankkeelle; käsittelijän on arvioitava tämä.` +
      (p.excludedLines > 0
        ? ` ${eur(p.excluded, "fi")} on jätetty pois, koska niitä ei ilmoitettu välttämättömiksi.`
        : ""),
    sv: (p: ConditionalP) =>
      `Programvarulicenser och andra immateriella investeringar uppgår till ${eur(p.amount, "sv")}. De godtas bara till den del de är nödvändiga för projektet; handläggaren ska bedöma detta.` +
      (p.excludedLines > 0
        ? ` ${eur(p.excluded, "sv")} har lämnats utanför eftersom de inte uppgavs vara nödvändiga.`
        : ""),
    en: (p: ConditionalP) =>
      `Software licences and other intangible investments come to ${eur(p.amount, "en")}. They are accepted only insofar as they are necessary for the project; a case handler must judge this.` +
      (p.excludedLines > 0 ? ` ${eur(p.excluded, "en")} was left out because it was stated not to be necessary.` : ""),
  },
  "costs.softwareLicences.excluded": {
    fi: (p: ConditionalP) =>
      `Ohjelmistolisenssit, ${eur(p.excluded, "fi")}, on jätetty pois hyväksyttävistä kustannuksista, koska niitä ei ilmoitettu välttämättömiksi.`,
    sv: (p: ConditionalP) =>
      `Programvarulicenserna, ${eur(p.excluded, "sv")}, har lämnats utanför de godtagbara kostnaderna eftersom de inte uppgavs vara nödvändiga.`,
    en: (p: ConditionalP) =>
      `The software licences, ${eur(p.excluded, "en")}, were left out of the eligible costs because they were stated not to be necessary.`,
  },
  "costs.softwareLicences.none": {
    fi: (_: ConditionalP) => "Budjetissa ei ole ohjelmistolisenssejä.",
    sv: (_: ConditionalP) => "Budgeten har inga programvarulicenser.",
    en: (_: ConditionalP) => "The budget has no software licences.",
  },
  "costs.internalCharges.review": {
    fi: (p: ConditionalP) =>
      `Kunnan tai kuntayhtymän omien yksiköiden veloituksia on ${eur(p.amount, "fi")}. Niiden on perustuttava kirjanpidon todellisiin menoihin; käsittelijän on tarkistettava tämä.` +
      (p.excludedLines > 0
        ? ` ${eur(p.excluded, "fi")} on jätetty pois, koska niiden ei ilmoitettu perustuvan todellisiin menoihin.`
        : ""),
    sv: (p: ConditionalP) =>
      `Debiteringar från kommunens eller samkommunens egna enheter uppgår till ${eur(p.amount, "sv")}. De ska grunda sig på faktiska utgifter i bokföringen; handläggaren ska kontrollera detta.` +
      (p.excludedLines > 0
        ? ` ${eur(p.excluded, "sv")} har lämnats utanför eftersom de inte uppgavs grunda sig på faktiska utgifter.`
        : ""),
    en: (p: ConditionalP) =>
      `Charges from the municipality's or joint authority's own units come to ${eur(p.amount, "en")}. They must rest on actual expenditure in the accounts; a case handler must check this.` +
      (p.excludedLines > 0
        ? ` ${eur(p.excluded, "en")} was left out because it was stated not to rest on actual expenditure.`
        : ""),
  },
  "costs.internalCharges.excluded": {
    fi: (p: ConditionalP) =>
      `Sisäiset veloitukset, ${eur(p.excluded, "fi")}, on jätetty pois hyväksyttävistä kustannuksista, koska niiden ei ilmoitettu perustuvan todellisiin menoihin.`,
    sv: (p: ConditionalP) =>
      `De interna debiteringarna, ${eur(p.excluded, "sv")}, har lämnats utanför de godtagbara kostnaderna eftersom de inte uppgavs grunda sig på faktiska utgifter.`,
    en: (p: ConditionalP) =>
      `The internal charges, ${eur(p.excluded, "en")}, were left out of the eligible costs because they were stated not to rest on actual expenditure.`,
  },
  "costs.internalCharges.none": {
    fi: (_: ConditionalP) => "Budjetissa ei ole omien yksiköiden veloituksia.",
    sv: (_: ConditionalP) => "Budgeten har inga debiteringar från egna enheter.",
    en: (_: ConditionalP) => "The budget has no charges from own units.",
  },
  "costs.vatExcluded.pass": {
    fi: (p: VatP) =>
      `Arvonlisävero ${eur(p.vat, "fi")} ei ole hyväksyttävä kustannus, eikä sitä lasketa avustuksen perusteeseen.`,
    sv: (p: VatP) =>
      `Mervärdesskatten ${eur(p.vat, "sv")} är inte en godtagbar kostnad och räknas inte in i understödets grund.`,
    en: (p: VatP) =>
      `The VAT of ${eur(p.vat, "en")} is not an eligible cost and is not counted in the base of the grant.`,
  },
  "costs.vatExcluded.none": {
    fi: (_: VatP) => "Budjetissa ei ole arvonlisäveroa; kustannukset ovat arvonlisäverottomia.",
    sv: (_: VatP) => "Budgeten innehåller ingen mervärdesskatt; kostnaderna är utan mervärdesskatt.",
    en: (_: VatP) => "The budget has no VAT; the costs are VAT-free.",
  },
  "costs.hasEligibleCosts.pass": {
    fi: (p: EligibleP) => `Hyväksyttäviä kustannuksia ilman arvonlisäveroa on ${eur(p.eligible, "fi")}.`,
    sv: (p: EligibleP) => `De godtagbara kostnaderna utan mervärdesskatt är ${eur(p.eligible, "sv")}.`,
    en: (p: EligibleP) => `The eligible costs without VAT are ${eur(p.eligible, "en")}.`,
  },
  "costs.hasEligibleCosts.fail": {
    fi: (p: EligibleP) =>
      `Hankkeella ei ole hyväksyttäviä kustannuksia (kustannuksia yhteensä ${eur(p.total, "fi")}), joten avustusta ei voi myöntää.`,
    sv: (p: EligibleP) =>
      `Projektet har inga godtagbara kostnader (kostnader totalt ${eur(p.total, "sv")}), så inget understöd kan beviljas.`,
    en: (p: EligibleP) =>
      `The project has no eligible costs (costs in total ${eur(p.total, "en")}), so no grant can be made.`,
  },

  // grant.*
  "grant.withinMaximum.pass": {
    fi: (p: GrantP) =>
      `Haettu avustus ${eur(p.requested, "fi")} ei ylitä enimmäismäärää ${eur(p.maximum, "fi")} (${formatPercent(p.rate, "fi")} hyväksyttävistä kustannuksista ${eur(p.eligible, "fi")}, pyöristettynä alaspäin senttiin).`,
    sv: (p: GrantP) =>
      `Det sökta understödet ${eur(p.requested, "sv")} överstiger inte maximibeloppet ${eur(p.maximum, "sv")} (${formatPercent(p.rate, "sv")} av de godtagbara kostnaderna ${eur(p.eligible, "sv")}, avrundat nedåt till cent).`,
    en: (p: GrantP) =>
      `The grant applied for, ${eur(p.requested, "en")}, does not exceed the maximum of ${eur(p.maximum, "en")} (${formatPercent(p.rate, "en")} of the eligible costs of ${eur(p.eligible, "en")}, rounded down to the cent).`,
  },
  "grant.withinMaximum.fail": {
    fi: (p: ExcessP) =>
      `Haettu avustus ${eur(p.requested, "fi")} ylittää enimmäismäärän ${eur(p.maximum, "fi")} (${formatPercent(p.rate, "fi")} hyväksyttävistä kustannuksista ${eur(p.eligible, "fi")}, pyöristettynä alaspäin senttiin). Ylitys on ${eur(p.excess, "fi")}.`,
    sv: (p: ExcessP) =>
      `Det sökta understödet ${eur(p.requested, "sv")} överstiger maximibeloppet ${eur(p.maximum, "sv")} (${formatPercent(p.rate, "sv")} av de godtagbara kostnaderna ${eur(p.eligible, "sv")}, avrundat nedåt till cent). Överskridningen är ${eur(p.excess, "sv")}.`,
    en: (p: ExcessP) =>
      `The grant applied for, ${eur(p.requested, "en")}, exceeds the maximum of ${eur(p.maximum, "en")} (${formatPercent(p.rate, "en")} of the eligible costs of ${eur(p.eligible, "en")}, rounded down to the cent) by ${eur(p.excess, "en")}.`,
  },
  "grant.withinMaximum.nothingRequested": {
    fi: (p: GrantP) =>
      `Haettu avustus on ${eur(p.requested, "fi")}; haettavan avustuksen on oltava suurempi kuin nolla (enimmäismäärä on ${eur(p.maximum, "fi")}).`,
    sv: (p: GrantP) =>
      `Det sökta understödet är ${eur(p.requested, "sv")}; det ska vara större än noll (maximibeloppet är ${eur(p.maximum, "sv")}).`,
    en: (p: GrantP) =>
      `The grant applied for is ${eur(p.requested, "en")}; it must be more than zero (the maximum is ${eur(p.maximum, "en")}).`,
  },

  // period.*
  "period.startBeforeEnd.pass": {
    fi: (p: PeriodP) => `Hanke kestää ${formatDate(p.start, "fi")}–${formatDate(p.end, "fi")}.`,
    sv: (p: PeriodP) => `Projektet pågår ${formatDate(p.start, "sv")}–${formatDate(p.end, "sv")}.`,
    en: (p: PeriodP) => `The project runs from ${formatDate(p.start, "en")} to ${formatDate(p.end, "en")}.`,
  },
  "period.startBeforeEnd.fail": {
    fi: (p: PeriodP) =>
      `Hankkeen alkamispäivä ${formatDate(p.start, "fi")} on päättymispäivän ${formatDate(p.end, "fi")} jälkeen.`,
    sv: (p: PeriodP) =>
      `Projektets startdag ${formatDate(p.start, "sv")} infaller efter slutdagen ${formatDate(p.end, "sv")}.`,
    en: (p: PeriodP) =>
      `The project's first day, ${formatDate(p.start, "en")}, is after its last day, ${formatDate(p.end, "en")}.`,
  },
  "period.startBeforeEnd.missing": {
    fi: (p: PeriodMissingP) => `Hankkeen aikataulusta puuttuu ${lacking(p)}, joten kestoa ei voi tarkistaa.`,
    sv: (p: PeriodMissingP) => `Projektets tidsplan saknar ${lacking(p)}, så längden kan inte kontrolleras.`,
    en: (p: PeriodMissingP) => `The project's schedule lacks ${lacking(p)}, so its length cannot be checked.`,
  },
  "period.endsByLatestEnd.pass": {
    fi: (p: LatestP) =>
      `Hanke päättyy ${formatDate(p.end, "fi")}; avustuksen viimeinen käyttöpäivä on ${formatDate(p.latestEnd, "fi")}.`,
    sv: (p: LatestP) =>
      `Projektet slutar ${formatDate(p.end, "sv")}; understödets sista användningsdag är ${formatDate(p.latestEnd, "sv")}.`,
    en: (p: LatestP) =>
      `The project ends on ${formatDate(p.end, "en")}; the last day of use of the grant is ${formatDate(p.latestEnd, "en")}.`,
  },
  "period.endsByLatestEnd.fail": {
    fi: (p: LatestP) =>
      `Hanke päättyy ${formatDate(p.end, "fi")}, mutta avustusta voi käyttää vain ${formatDate(p.latestEnd, "fi")} asti.`,
    sv: (p: LatestP) =>
      `Projektet slutar ${formatDate(p.end, "sv")}, men understödet kan användas bara till och med ${formatDate(p.latestEnd, "sv")}.`,
    en: (p: LatestP) =>
      `The project ends on ${formatDate(p.end, "en")}, but the grant can be used only until ${formatDate(p.latestEnd, "en")}.`,
  },
  "period.endsByLatestEnd.missing": {
    fi: (p: LatestMissingP) =>
      `Hankkeen päättymispäivä (project.end) puuttuu; hankkeen on päätyttävä viimeistään ${formatDate(p.latestEnd, "fi")}.`,
    sv: (p: LatestMissingP) =>
      `Projektets slutdag (project.end) saknas; projektet ska sluta senast ${formatDate(p.latestEnd, "sv")}.`,
    en: (p: LatestMissingP) =>
      `The project's last day (project.end) is missing; the project must end by ${formatDate(p.latestEnd, "en")}.`,
  },

  // contents.*
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
