import type { CallEdition } from "../schema.js";
import { KUNTALIITTO_2020, VM_FAQ } from "./sources.js";
import { APPLICANT_TYPES, REQUIRED_CONTENTS } from "./statute.js";
import { OPERATIONAL_CHANGE } from "./texts.js";

/**
 * Values VM stated for the programme as a whole rather than for one call (its general FAQ and
 * statements about every joint-projects call). Defined once; each edition that they apply to points
 * to the same object.
 */

/** Companies, associations and other bodies may only be partners (vm.fi/usein-kysyttya). */
export const PARTNER_ONLY_TYPES: CallEdition["eligibility"]["partnerOnlyTypes"] = {
  value: ["association", "company", "other"],
  citation: VM_FAQ,
  certainty: "sourced",
  note: {
    fi: "Usein kysyttyjen kysymysten mukaan yritykset ja yhdistykset eivät voi olla hakijoita mutta voivat olla kumppaneita. Muut tahot on lueteltu tässä, koska 893/2019 3 § nimeää avustuksen saajiksi vain kunnat ja kuntayhtymät.",
    sv: "Enligt de vanliga frågorna kan företag och föreningar inte vara sökande men väl partner. Övriga aktörer räknas upp här eftersom 893/2019 3 § nämner endast kommuner och samkommuner som mottagare.",
    en: "The FAQ says companies and associations cannot be applicants but can be partners. Other bodies are listed here because 893/2019 3 § names only municipalities and joint municipal authorities as recipients.",
  },
};

/** A kuntayhtymä may apply together with municipalities or on their behalf (vm.fi/usein-kysyttya). */
export const JOINT_AUTHORITY_ON_BEHALF: CallEdition["eligibility"]["jointAuthorityOnBehalf"] = {
  value: true,
  citation: VM_FAQ,
  certainty: "sourced",
  note: {
    fi: "Kuntayhtymä voi hakea yhdessä kuntien kanssa tai niiden puolesta.",
    sv: "En samkommun (kuntayhtymä) får ansöka tillsammans med kommuner eller för deras räkning.",
    en: "A joint municipal authority (kuntayhtymä) may apply together with municipalities or on their behalf.",
  },
};

/** Whether Åland municipalities may take part: no statement was found in any call. */
export const ALAND_MUNICIPALITIES: CallEdition["eligibility"]["alandMunicipalities"] = {
  value: null,
  citation: VM_FAQ,
  certainty: "notFound",
  note: {
    fi: "Avoin kysymys. Hakusivut, usein kysytyt kysymykset eivätkä momentin 28.90.32 talousarvioteksti kerro, voivatko Ahvenanmaan kunnat osallistua. Talousarviossa sanotaan 'kunnille ja kuntayhtymille' rajaamatta Ahvenanmaata pois; vuoden 2019 rahat saatiin leikkaamalla manner-Suomen kuntien peruspalvelujen valtionosuutta (28.90.30), jonka piiriin Ahvenanmaan kunnat eivät kuulu (päätelty). Säännöt ohjaavat ahvenanmaalaisen osallistujan ihmisen arvioitavaksi eivätkä ratkaise asiaa.",
    sv: "Öppen fråga. Varken utlysningssidorna, de vanliga frågorna eller budgettexten för moment 28.90.32 säger om kommunerna på Åland (Ahvenanmaa) får delta. Budgeten säger 'kunnille ja kuntayhtymille' (till kommuner och samkommuner) utan att utesluta Åland; 2019 års medel togs genom att skära ned statsandelen för kommunal basservice på fastlandet (28.90.30), som de åländska kommunerna inte omfattas av (härlett). Reglerna ska sända en åländsk deltagare till manuell prövning i stället för att avgöra saken.",
    en: "Open question. Neither the call pages, the FAQ nor the budget text of momentti 28.90.32 say whether municipalities of Åland (Ahvenanmaa) may take part. The budget line says 'kunnille ja kuntayhtymille' without excluding Åland; the 2019 money came from cutting the mainland basic-services state share (28.90.30), which Åland municipalities are not part of (inferred). Rules should send an Åland participant to human review rather than decide.",
  },
};

/** "More than one municipality" in a joint project, no maximum (VM, quoted by Kuntaliitto in 2020). */
export const MIN_JOINT_MUNICIPALITIES: CallEdition["eligibility"]["minMunicipalities"] = {
  value: 2,
  citation: KUNTALIITTO_2020,
  certainty: "sourced",
  note: {
    fi: "Yhteishankkeessa on oltava useampi kuin yksi kunta; enimmäismäärää ei ole ('teoriassa kaikki Suomen kunnat yhdessä'). Kuntayhtymää ei lasketa kunnaksi.",
    sv: "Ett samprojekt kräver mer än en kommun; det finns inget tak ('i teorin alla Finlands kommuner tillsammans'). En samkommun räknas inte som kommun.",
    en: "A joint project needs more than one municipality; there is no maximum ('in theory all Finnish municipalities together'). A joint municipal authority does not count as a municipality.",
  },
};

/**
 * Why 2020 and 2021 are read as grants to the municipalities jointly: the decision releases' wording.
 * The decisions themselves were not seen, so the model is inferred.
 */
export const JOINT_RELEASE_WORDING = {
  fi: "Päätöstiedote myöntää kunkin avustuksen nimetylle kunnalle 'ja muille hakemuksessa nimetyille kunnille' (2020: 'Helsingfors stad och de övriga kommuner som nämns i ansökan'), mikä luetaan avustukseksi usealle kunnalle yhdessä (893/2019 3 § 1 mom.); ne vastaavat silloin palauttamisesta ja takaisinperinnästä yhteisvastuullisesti (688/2001 27 §). Päätöksiä ei nähty, joten malli on päätelty.",
  sv: "Beslutsmeddelandet beviljar varje understöd till en namngiven kommun 'och de övriga kommuner som nämns i ansökan' (2020: 'Helsingfors stad och de övriga kommuner som nämns i ansökan'), vilket läses som ett understöd till flera kommuner gemensamt (893/2019 3 § 1 mom.); de har då solidariskt ansvar för återbetalning och återkrav (688/2001 27 §). Besluten har inte setts, så modellen är härledd.",
  en: "The decision release grants each award to a named municipality 'and the other municipalities named in the application' (2020: 'Helsingfors stad och de övriga kommuner som nämns i ansökan'), read as a grant to several municipalities jointly (893/2019 3 § 1 mom.); they are then jointly and severally liable for its return and recovery (688/2001 27 §). The decisions were not seen, so the model is inferred.",
};

/** Why a title is marked inferred: the calls before 2022 were seen only by theme, not by their official title. */
export const DESCRIPTIVE_TITLE = {
  fi: "Haun virallista nimeä ei ole kirjattu; tämä kuvaava nimi on muodostettu vuodesta, hakukierroksesta ja mainitun sivun teemasta. Ruotsin- ja englanninkieliset nimet ovat käännöksiä.",
  sv: "Utlysningens officiella namn har inte antecknats; detta beskrivande namn har bildats av året, utlysningsomgången och temat på den angivna sidan. De svenska och engelska namnen är översättningar.",
  en: "The call's official title was not recorded; this descriptive title is built from the year, the call and its theme on the cited page. The Swedish and English titles are translations.",
};

/** Why an opening instant is marked inferred: the day was published, the time of day was not. */
export const START_OF_DAY = {
  fi: "Avautumispäivä on lähteestä; kellonaikaa ei julkaistu, joten hakuajan katsotaan alkavan päivän alussa klo 00.00 Suomen aikaa.",
  sv: "Öppningsdagen finns i källan; klockslaget publicerades inte, så ansökningstiden anses börja vid dagens början kl. 00.00 finsk tid.",
  en: "The opening day is sourced; the time of day was not published, so the window is taken to open at the start of that day, 00:00 Finnish time.",
};

/** Why a closing time of 16.15 is assumed where only the day was published. */
export const CLOSING_TIME_1615 = {
  fi: "Päättymispäivä on lähteestä; kellonaikaa ei löytynyt. Jokainen haku, jonka kellonaika julkaistiin (2017, 2018, vuoden 2019 ensimmäinen haku, 2021), päättyi klo 16.15 Suomen aikaa, joten oletuksena on klo 16.15.",
  sv: "Sista dagen finns i källan; klockslaget hittades inte. Varje utlysning vars klockslag publicerades (2017, 2018, 2019 års första utlysning, 2021) stängde kl. 16.15 finsk tid, så kl. 16.15 antas.",
  en: "The closing day is sourced; the time of day was not found. Every call whose time was published (2017, 2018, 2019 call 1, 2021) closed at 16.15 Finnish time, so 16.15 is assumed.",
};

/**
 * Who may apply in a joint-projects call (2019-2 onwards): municipalities and joint municipal
 * authorities as applicants, others only as partners, at least two municipalities. `citation` is
 * the call page that states the joint-only rule.
 */
export function jointProjectsOnly(
  citation: string,
  minMunicipalities: CallEdition["eligibility"]["minMunicipalities"] = MIN_JOINT_MUNICIPALITIES,
): CallEdition["eligibility"] {
  return {
    applicantTypes: APPLICANT_TYPES,
    partnerOnlyTypes: PARTNER_ONLY_TYPES,
    jointOnly: {
      value: true,
      citation,
      certainty: "sourced",
      note: {
        fi: "Rahoitusta myönnettiin vain usean kunnan yhteishankkeille.",
        sv: "Endast samprojekt mellan flera kommuner finansierades.",
        en: "Only joint projects of several municipalities were funded.",
      },
    },
    minMunicipalities,
    jointAuthorityOnBehalf: JOINT_AUTHORITY_ON_BEHALF,
    alandMunicipalities: ALAND_MUNICIPALITIES,
  };
}

/**
 * The contents of a call from 2020 on: those of 893/2019 6 § 2 mom., and how the changes in
 * operations are carried out, which the 2020, 2021 and 2022 call texts ask the application to
 * describe (the 2019 call pages seen do not). `citation` is the call page, `quote` its sentence.
 */
export function withOperationalChange(citation: string, quote: string): CallEdition["requiredContents"] {
  return {
    ...REQUIRED_CONTENTS,
    operationalChange: {
      value: {
        title: OPERATIONAL_CHANGE,
      },
      citation,
      certainty: "sourced",
      note: {
        fi: `Haun teksti: '${quote}'. 893/2019 6 § 2 mom. ei mainitse tätä; talousarvion momentti 28.90.32 antaa haun asettaa tarkemmat kriteerinsä.`,
        sv: `Utlysningens text: '${quote}'. 893/2019 6 § 2 mom. nämner inte detta; budgetens moment 28.90.32 låter utlysningen ställa upp sina närmare kriterier.`,
        en: `The call text: '${quote}'. 893/2019 6 § 2 mom. does not list it; the budget item 28.90.32 lets the call set its more detailed criteria.`,
      },
    },
  };
}
