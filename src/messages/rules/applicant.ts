// The applicant rules' messages and reference texts (893/2019 3 §).
import { formatDate } from "../../time/format.js";
import { type Locale, defineMessages } from "../../vocabulary/locale.js";
import { PARTY_TYPE_IN_SENTENCE, wordFor } from "../../vocabulary/words.js";
import { swedishFirst } from "./params.js";

/** `kunta tai kuntayhtymä`: the items joined, the last one with `or`. */
function orList(xs: readonly string[], or: string): string {
  return xs.length <= 1 ? xs.join(", ") : `${xs.slice(0, -1).join(", ")} ${or} ${xs[xs.length - 1]}`;
}

/** A party type inside a sentence: `kunta`, `en kommun`, `a municipality`. */
const party = (type: string, locale: Locale) => wordFor(PARTY_TYPE_IN_SENTENCE, type, locale);

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

/** Messages of the applicant.* rules. */
export const applicantMessages = defineMessages({
  "applicant.type.pass": {
    fi: (p: TypeP) => `Hakijana on ${party(p.type, "fi")}, joka voi hakea avustusta.`,
    sv: (p: TypeP) => `Sökanden är ${party(p.type, "sv")} och kan söka understöd.`,
    en: (p: TypeP) => `The applicant is ${party(p.type, "en")}, which may apply for the grant.`,
  },
  "applicant.type.fail": {
    fi: (p: AllowedTypesP) =>
      `Hakijana on ${party(p.type, "fi")}, joka ei voi hakea avustusta: hakijan ja hankehallinnoijan on oltava ${orList(
        p.allowed.map((t) => party(t, "fi")),
        "tai",
      )}. Yritykset, yhdistykset ja muut tahot voivat osallistua hankkeeseen kumppaneina.`,
    sv: (p: AllowedTypesP) =>
      `Sökanden är ${party(p.type, "sv")} och kan inte söka understöd: sökanden och projektadministratören ska vara ${orList(
        p.allowed.map((t) => party(t, "sv")),
        "eller",
      )}. Företag, föreningar och andra aktörer kan delta i projektet som partner.`,
    en: (p: AllowedTypesP) =>
      `The applicant is ${party(p.type, "en")}, which cannot apply for the grant: the applicant and administrator must be ${orList(
        p.allowed.map((t) => party(t, "en")),
        "or",
      )}. Companies, associations and other bodies may take part as partners.`,
  },
  "applicant.municipalityExists.pass": {
    fi: (p: MunicipalityP) => `Hakijakunta ${p.municipality} on vuoden ${p.year} kuntaluettelossa.`,
    sv: (p: MunicipalityP) =>
      `Den sökande kommunen ${swedishFirst(p.municipality)} finns i kommunförteckningen för ${p.year}.`,
    en: (p: MunicipalityP) => `The applying municipality ${p.municipality} is in the ${p.year} municipality register.`,
  },
  "applicant.municipalityExists.correctable": {
    fi: (p: MissingMunicipalityP) =>
      `Hakijan kuntanumeroa ${p.code} ei ole vuoden ${p.year} kuntaluettelossa.` +
      (p.former && p.mergedOn
        ? ` ${p.former} liitettiin kuntaan ${p.mergedInto} ${formatDate(p.mergedOn, "fi")}.`
        : "") +
      " Virheellinen kuntanumero on korjattavissa oleva puute: käsittelijä pyytää hakijaa korjaamaan sen (hallintolain 22 §).",
    sv: (p: MissingMunicipalityP) =>
      `Sökandens kommunnummer ${p.code} finns inte i kommunförteckningen för ${p.year}.` +
      (p.former && p.mergedOn
        ? ` ${swedishFirst(p.former)} slogs samman med ${swedishFirst(p.mergedInto ?? "")} ${formatDate(p.mergedOn, "sv")}.`
        : "") +
      " Ett felaktigt kommunnummer är en brist som kan avhjälpas: handläggaren uppmanar sökanden att rätta det (22 § i förvaltningslagen).",
    en: (p: MissingMunicipalityP) =>
      `The applicant's municipality code ${p.code} is not in the ${p.year} municipality register.` +
      (p.former && p.mergedOn
        ? ` ${p.former} was merged into ${p.mergedInto} on ${formatDate(p.mergedOn, "en")}.`
        : "") +
      " A wrong municipality code is a deficiency that can be remedied: the case handler asks the applicant to correct it (Administrative Procedure Act, section 22).",
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
    fi: (p: TypeP) => `Hakija ei ole kunta vaan ${party(p.type, "fi")}, joten kuntanumeroa ei tarkisteta.`,
    sv: (p: TypeP) => `Sökanden är inte en kommun utan ${party(p.type, "sv")}, så inget kommunnummer kontrolleras.`,
    en: (p: TypeP) =>
      `The applicant is not a municipality but ${party(p.type, "en")}, so there is no municipality code to check.`,
  },
});

/** The titles and descriptions of the applicant.* rules, for the rules reference (`ruleCatalogue`, docs/rules). */
export const applicantTexts = {
  "applicant.type": {
    title: {
      fi: "Hakija voi hakea avustusta",
      sv: "Sökanden kan söka understöd",
      en: "The applicant may apply",
    },
    description: {
      fi: "Päähakijan ja hankehallinnoijan pitää olla kunta tai kuntayhtymä. Yritys, yhdistys tai muu taho ei voi olla hakija, vaikka kunta omistaisi sen; se voi olla hankkeessa kumppanina.",
      sv: "Huvudsökanden och projektadministratören ska vara en kommun eller en samkommun. Ett företag, en förening eller annan aktör kan inte vara sökande, även om kommunen äger den; den kan delta som partner.",
      en: "The lead applicant and administrator must be a municipality or a joint municipal authority. A company, association or other body cannot apply, even if a municipality owns it; it may take part as a partner.",
    },
  },
  "applicant.municipalityExists": {
    title: {
      fi: "Hakijakunta on olemassa",
      sv: "Den sökande kommunen finns",
      en: "The applying municipality exists",
    },
    description: {
      fi: "Jos hakija on kunta, sen kuntanumeron pitää olla haun vuoden kuntaluettelossa. Tuntematon tai kuntaliitoksessa lakanneen kunnan numero on korjattavissa oleva puute: hakemus ohjataan käsittelijälle, ja liitoksen seuraajakunta nimetään.",
      sv: "Om sökanden är en kommun ska dess kommunnummer finnas i kommunförteckningen för ansökningsåret. Ett okänt nummer eller numret för en kommun som upphört genom sammanslagning är en brist som kan avhjälpas: ansökan går till handläggaren, och den efterträdande kommunen nämns.",
      en: "If the applicant is a municipality, its code must be in the municipality register of the call's year. An unknown code, or that of a municipality that ceased in a merger, is a correctable error: the application goes to a case handler, naming the successor municipality.",
    },
  },
};
