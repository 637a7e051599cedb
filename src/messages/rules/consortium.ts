// The consortium rules' messages and reference texts (893/2019 3 §).
import { formatDate } from "../../time/format.js";
import { defineMessages } from "../../vocabulary/locale.js";
import { swedishFirst } from "./params.js";

type CountP = {
  readonly count: number;
  readonly minimum: number;
  readonly year: number;
  readonly municipalities: readonly string[];
  readonly jointOnly: boolean;
  readonly jointAuthority: boolean;
};
type AlandCountP = CountP & { readonly aland: number };
type CorrectableCountP = AlandCountP & { readonly codes: readonly string[] };
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
  if (p.unknown.length + p.dissolved.length > 0)
    out.push(
      "Virheellinen kuntanumero on korjattavissa oleva puute: käsittelijä pyytää hakijaa korjaamaan sen (hallintolain 22 §).",
    );
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
      `${swedishFirst(d)} finns inte i kommunförteckningen för ${p.year}: den slogs samman med ${swedishFirst(p.mergedInto[i]!)} ${formatDate(p.mergedOn[i]!, "sv")}.`,
    );
  });
  if (p.aland.length > 0) {
    if (p.alandPolicy === "deny")
      out.push(
        `Kommunerna på Åland (${p.aland.map(swedishFirst).join(", ")}) kan inte delta enligt valet alandMunicipalities: "deny".`,
      );
    else if (p.alandPolicy === "allow")
      out.push(
        `Kommunerna på Åland (${p.aland.map(swedishFirst).join(", ")}) godtas enligt valet alandMunicipalities: "allow".`,
      );
    else
      out.push(
        `Rätten för kommunerna på Åland (${p.aland.map(swedishFirst).join(", ")}) att delta har inte avgjorts i någon ansökningsomgång, så handläggaren ska bedöma den.`,
      );
  }
  if (p.unknown.length + p.dissolved.length > 0)
    out.push(
      "Ett felaktigt kommunnummer är en brist som kan avhjälpas: handläggaren uppmanar sökanden att rätta det (22 § i förvaltningslagen).",
    );
  if (p.duplicates.length > 0)
    out.push(`Kommuner som nämns två gånger räknas bara en gång: ${p.duplicates.map(swedishFirst).join(", ")}.`);
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
  if (p.unknown.length + p.dissolved.length > 0)
    out.push(
      "A wrong municipality code is a deficiency that can be remedied: the case handler asks the applicant to correct it (Administrative Procedure Act, section 22).",
    );
  if (p.duplicates.length > 0) out.push(`Municipalities named twice count once: ${p.duplicates.join(", ")}.`);
  return out.join(" ");
}

// Why the minimum is what it is: a joint authority applying (893/2019 3 § 2 mom.), or a joint-projects call.
const whyFi = (p: CountP) =>
  p.jointAuthority
    ? ": kuntayhtymälle avustus voidaan myöntää vain, jos hankkeen toteuttamiseen sitoutuu useampi kunta (893/2019 3 § 2 mom.)."
    : p.jointOnly
      ? ": haku rahoitti vain usean kunnan yhteishankkeita."
      : ".";
const whySv = (p: CountP) =>
  p.jointAuthority
    ? ": understöd kan beviljas en samkommun bara om flera kommuner förbinder sig att genomföra projektet (893/2019 3 § 2 mom.)."
    : p.jointOnly
      ? ": ansökningsomgången finansierade bara samprojekt mellan flera kommuner."
      : ".";
const whyEn = (p: CountP) =>
  p.jointAuthority
    ? ": a joint municipal authority can receive the grant only if several municipalities commit to carrying out the project (893/2019 3 § 2 mom.)."
    : p.jointOnly
      ? ": the call funded only joint projects of several municipalities."
      : ".";

/** Messages of the consortium.* rules. */
export const consortiumMessages = defineMessages({
  "consortium.minMunicipalities.pass": {
    fi: (p: CountP) =>
      `Hankkeen kuntia vuoden ${p.year} kuntaluettelossa on ${p.count} (${p.municipalities.join(", ")}); vähimmäismäärä on ${p.minimum}.`,
    sv: (p: CountP) =>
      `Projektet har ${p.count} kommuner i kommunförteckningen för ${p.year} (${p.municipalities.map(swedishFirst).join(", ")}); minimiantalet är ${p.minimum}.`,
    en: (p: CountP) =>
      `The project has ${p.count} municipalities in the ${p.year} register (${p.municipalities.join(", ")}); the minimum is ${p.minimum}.`,
  },
  "consortium.minMunicipalities.fail": {
    fi: (p: CountP) =>
      `Hankkeen kuntia vuoden ${p.year} kuntaluettelossa on vain ${p.count}${p.count > 0 ? ` (${p.municipalities.join(", ")})` : ""}, mutta vähimmäismäärä on ${p.minimum}` +
      whyFi(p),
    sv: (p: CountP) =>
      `Projektet har bara ${p.count} ${p.count === 1 ? "kommun" : "kommuner"} i kommunförteckningen för ${p.year}${p.count > 0 ? ` (${p.municipalities.map(swedishFirst).join(", ")})` : ""}, men minimiantalet är ${p.minimum}` +
      whySv(p),
    en: (p: CountP) =>
      `The project has only ${p.count} ${p.count === 1 ? "municipality" : "municipalities"} in the ${p.year} register${p.count > 0 ? ` (${p.municipalities.join(", ")})` : ""}, but the minimum is ${p.minimum}` +
      whyEn(p),
  },
  "consortium.minMunicipalities.aland": {
    fi: (p: AlandCountP) =>
      `Hankkeen kuntia vuoden ${p.year} kuntaluettelossa on ${p.count} ja Ahvenanmaan kuntia ${p.aland}. Vähimmäismäärä ${p.minimum} täyttyy vain, jos Ahvenanmaan kunnat voivat osallistua; sitä ei ole ratkaistu, joten käsittelijän on arvioitava asia.`,
    sv: (p: AlandCountP) =>
      `Projektet har ${p.count} kommuner i kommunförteckningen för ${p.year} och ${p.aland} på Åland. Minimiantalet ${p.minimum} uppnås bara om kommunerna på Åland får delta; det är inte avgjort, så handläggaren ska bedöma saken.`,
    en: (p: AlandCountP) =>
      `The project has ${p.count} municipalities in the ${p.year} register and ${p.aland} of Åland. The minimum of ${p.minimum} is met only if Åland's municipalities may take part; that is not settled, so a case handler must decide.`,
  },
  "consortium.minMunicipalities.correctable": {
    fi: (p: CorrectableCountP) =>
      `Hankkeen kuntia vuoden ${p.year} kuntaluettelossa on ${p.count}${p.aland > 0 ? ` ja Ahvenanmaan kuntia ${p.aland}` : ""}, ja vähimmäismäärä ${p.minimum} täyttyy vain, jos kuntaluettelosta puuttuvat kuntanumerot (${p.codes.join(", ")}) korjataan. Virheellinen kuntanumero on korjattavissa oleva puute: käsittelijä pyytää hakijaa korjaamaan sen (hallintolain 22 §).`,
    sv: (p: CorrectableCountP) =>
      `Projektet har ${p.count} ${p.count === 1 ? "kommun" : "kommuner"} i kommunförteckningen för ${p.year}${p.aland > 0 ? ` och ${p.aland} på Åland` : ""}, och minimiantalet ${p.minimum} uppnås bara om de kommunnummer som saknas i förteckningen (${p.codes.map(swedishFirst).join(", ")}) rättas. Ett felaktigt kommunnummer är en brist som kan avhjälpas: handläggaren uppmanar sökanden att rätta det (22 § i förvaltningslagen).`,
    en: (p: CorrectableCountP) =>
      `The project has ${p.count} ${p.count === 1 ? "municipality" : "municipalities"} in the ${p.year} register${p.aland > 0 ? ` and ${p.aland} of Åland` : ""}, and the minimum of ${p.minimum} is met only if the codes missing from the register (${p.codes.join(", ")}) are corrected. A wrong municipality code is a deficiency that can be remedied: the case handler asks the applicant to correct it (Administrative Procedure Act, section 22).`,
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
});

/** The titles and descriptions of the consortium.* rules, for the rules reference (`ruleCatalogue`, docs/rules). */
export const consortiumTexts = {
  "consortium.minMunicipalities": {
    title: {
      fi: "Hankkeessa on riittävästi kuntia",
      sv: "Projektet har tillräckligt många kommuner",
      en: "The project has enough municipalities",
    },
    description: {
      fi: "Laskee hankkeen eri kunnat (hakija, osallistujat ja kunnat, joiden puolesta kuntayhtymä hakee), jotka ovat haun vuoden kuntaluettelossa. Yhteishankehauissa, ja kuntayhtymän hakiessa jokaisessa haussa, kuntia on oltava vähintään kaksi; sama kunta lasketaan vain kerran. Jos vain korjattavat kuntanumerot jättävät määrän vajaaksi, hakemus ohjataan käsittelijälle.",
      sv: "Räknar projektets olika kommuner (sökanden, deltagarna och de kommuner för vilka en samkommun ansöker) som finns i kommunförteckningen för ansökningsåret. I ansökningsomgångar för samprojekt, och i varje omgång när en samkommun ansöker, krävs minst två kommuner; samma kommun räknas bara en gång. Om bara kommunnummer som kan rättas gör antalet för litet, går ansökan till handläggaren.",
      en: "Counts the project's distinct municipalities (the applicant, the participants and those a joint authority applies for) that are in the municipality register of the call's year. Joint-projects calls, and every call where a joint authority applies, need at least two; a municipality named twice counts once. Where only codes to correct leave the number short, a case handler decides.",
    },
  },
  "consortium.members": {
    title: {
      fi: "Hankkeen kunnat ovat kuntaluettelossa",
      sv: "Projektets kommuner finns i kommunförteckningen",
      en: "The project's municipalities are in the register",
    },
    description: {
      fi: "Tarkistaa jokaisen hakemuksessa nimetyn kunnan: kuntanumeron pitää olla haun vuoden kuntaluettelossa. Kuntaliitoksessa lakanneen kunnan tai tuntematon numero on korjattavissa oleva puute ja ohjataan käsittelijälle (seuraajakunta nimetään), kahdesti nimetty kunta mainitaan, ja Ahvenanmaan kunta ohjataan käsittelijälle, koska sen osallistumisoikeutta ei ole ratkaistu.",
      sv: "Kontrollerar varje kommun som nämns i ansökan: kommunnumret ska finnas i kommunförteckningen för ansökningsåret. Numret för en kommun som upphört genom sammanslagning eller ett okänt nummer är en brist som kan avhjälpas och går till handläggaren (den efterträdande kommunen nämns), en kommun som nämns två gånger påpekas, och en åländsk kommun går till handläggaren eftersom dess rätt att delta inte är avgjord.",
      en: "Checks every municipality the application names: its code must be in the municipality register of the call's year. The code of a municipality that ceased in a merger, or an unknown code, is a correctable error and goes to a case handler (naming the successor), a municipality named twice is noted, and a municipality of Åland goes to a case handler because whether it may take part is not settled.",
    },
  },
  "consortium.partners": {
    title: {
      fi: "Kumppanit",
      sv: "Partner",
      en: "Partners",
    },
    description: {
      fi: "Nimeää hankkeen yritykset, yhdistykset ja muut tahot. Ne voivat olla hankkeessa kumppaneina mutta eivät voi hakea eivätkä saada avustusta. Ei koskaan hylkää hakemusta.",
      sv: "Nämner projektets företag, föreningar och andra aktörer. De kan delta som partner men kan inte söka eller få understöd. Underkänner aldrig ansökan.",
      en: "Names the project's companies, associations and other bodies. They may take part as partners but cannot apply for or receive the grant. Never fails an application.",
    },
  },
};
