import type { CallEdition } from "../schema.js";
import { FINLEX_893_2019 } from "./sources.js";

/**
 * Values that come from the acts themselves: valtioneuvoston asetus kuntien digitalisaation
 * kannustinjärjestelmästä 893/2019 (in force since 1.8.2019, no amendment seen) and
 * valtionavustuslaki 688/2001. Every call from 2019-1 to 2022 ran under the same text, so each
 * value is defined once here and the same object appears in every edition; a future amendment
 * gets a new constant and only the editions after it point to it.
 */

// 893/2019 10 §: in force from 1.8.2019; every call in this library opened on or after that day.
const IN_FORCE = {
  fi: "893/2019 on ollut voimassa muuttamattomana 1.8.2019 alkaen (10 §) eikä muutoksia havaittu, joten tämä koskee jokaista hakua 2019-1:stä alkaen.",
  sv: "893/2019 har varit i kraft oförändrad sedan 1.8.2019 (10 §) och inga ändringar har setts, så detta gäller varje utlysning från och med 2019-1.",
  en: "893/2019 has been in force unchanged since 1.8.2019 (10 §) and no amendment was seen, so this applies to every call from 2019-1 on.",
};

/** The acts the grant rests on: the asetus 893/2019, issued under valtionavustuslaki 688/2001 8 §. */
export const LEGAL_BASIS: CallEdition["legalBasis"] = {
  value: ["893/2019", "688/2001"],
  citation: FINLEX_893_2019,
  certainty: "sourced",
  note: {
    fi: `893/2019 on annettu 688/2001 8 §:n nojalla, ja siihen sovelletaan yleistä valtionavustuslakia. ${IN_FORCE.fi}`,
    sv: `893/2019 har utfärdats med stöd av 688/2001 8 §, och den allmänna statsunderstödslagen tillämpas. ${IN_FORCE.sv}`,
    en: `893/2019 was issued under 688/2001 8 § and applies the general state-grant act. ${IN_FORCE.en}`,
  },
};

/** 893/2019 3 §: the recipient is a municipality, or with several, the committing municipality or kuntayhtymä. */
export const APPLICANT_TYPES: CallEdition["eligibility"]["applicantTypes"] = {
  value: ["municipality", "jointAuthority"],
  citation: "893/2019 3 §",
  certainty: "sourced",
  note: {
    fi: "Avustus myönnetään kunnalle tai yhteishankkeessa koko hankkeesta vastaavalle kunnalle tai kuntayhtymälle (hankehallinnoija). Yritykset ja yhdistykset eivät voi hakea, omisti ne kuka tahansa (https://vm.fi/usein-kysyttya).",
    sv: "Understödet beviljas en kommun eller, i ett samprojekt, den kommun eller samkommun (kuntayhtymä) som svarar för hela projektet (projektadministratör). Företag och föreningar kan inte ansöka, oavsett vem som äger dem (https://vm.fi/usein-kysyttya).",
    en: "The grant goes to a municipality, or in a joint project to the municipality or joint municipal authority (kuntayhtymä) that answers for the whole project (hankehallinnoija). Companies and associations cannot apply, whoever owns them (https://vm.fi/usein-kysyttya).",
  },
};

/** 893/2019 4 §: at most 85 % of the eligible costs. */
export const MAX_GRANT_RATE: CallEdition["money"]["maxGrantRate"] = {
  value: "0.85",
  citation: "893/2019 4 §",
  certainty: "sourced",
  note: {
    fi: `Avustus on enintään 85 % hankkeen hyväksyttävistä kustannuksista, joten hakijoiden omarahoitusosuus on vähintään 15 %. Nähdyt vuosien 2020 ja 2021 hakusivut eivät toista osuutta; ${IN_FORCE.fi}`,
    sv: `Understödet är högst 85 % av projektets godtagbara kostnader, så de sökandes självfinansieringsandel är minst 15 %. De utlysningssidor för 2020 och 2021 som setts upprepar inte andelen; ${IN_FORCE.sv}`,
    en: `The grant is at most 85 % of the project's eligible costs, so the applicants' own share is at least 15 %. The 2020 and 2021 call pages seen do not restate the rate; ${IN_FORCE.en}`,
  },
};

/** 893/2019 4 §: VAT is not an eligible cost. */
export const VAT_ELIGIBLE: CallEdition["money"]["vatEligible"] = {
  value: false,
  citation: "893/2019 4 §",
  certainty: "sourced",
  note: {
    fi: "Avustuksen enimmäismäärää laskettaessa arvonlisäveron osuutta ei hyväksytä kustannukseksi; kustannukset lasketaan ilman arvonlisäveroa.",
    sv: "När understödets maximibelopp räknas ut godtas mervärdesskatteandelen inte som kostnad; kostnaderna räknas utan mervärdesskatt.",
    en: "When the maximum grant is computed, the value added tax share is not accepted as a cost; costs are counted without VAT.",
  },
};

type CostNode = CallEdition["money"]["costCategories"]["staff"];

function cost(citation: string, value: CostNode["value"]): CostNode {
  return { value, citation, certainty: "sourced" };
}

/** 893/2019 5 §: how each budget category counts toward the eligible costs. */
export const COST_CATEGORIES: CallEdition["money"]["costCategories"] = {
  staff: cost("893/2019 5 § 1 mom. 1 kohta", {
    treatment: "eligible",
    title: { fi: "Henkilöstökustannukset", sv: "Personalkostnader", en: "Staff costs" },
  }),
  travel: cost("893/2019 5 § 1 mom. 2 kohta", {
    treatment: "eligible",
    title: { fi: "Matkakustannukset", sv: "Resekostnader", en: "Travel costs" },
  }),
  rent: cost("893/2019 5 § 1 mom. 3 kohta", {
    treatment: "eligible",
    title: { fi: "Toimitilojen vuokrat", sv: "Hyror för lokaler", en: "Rents of premises" },
  }),
  services: cost("893/2019 5 § 1 mom. 4 kohta", {
    treatment: "eligible",
    title: {
      fi: "Ostetun tai käyttöluvalla hankitun tutkimuksen, tietämyksen ja konsultoinnin sekä muiden vastaavien palveluiden kustannukset",
      sv: "Köpta eller licensierade forsknings-, kunskaps-, konsult- och motsvarande tjänster",
      en: "Purchased or licensed research, know-how, consulting and similar services",
    },
    condition: {
      fi: "Hyväksyttäviä, kun niitä on käytetty yksinomaan hanketta varten.",
      sv: "Tjänsterna används uteslutande för projektet.",
      en: "The services are used solely for the project.",
    },
  }),
  materials: cost("893/2019 5 § 1 mom. 5 kohta", {
    treatment: "eligible",
    title: {
      fi: "Suoraan hankkeesta aiheutuvat materiaalien, tarvikkeiden ja vastaavien tuotteiden kustannukset",
      sv: "Material, förnödenheter och liknande produkter som direkt föranleds av projektet",
      en: "Materials, supplies and similar products arising directly from the project",
    },
  }),
  otherOperating: cost("893/2019 5 § 1 mom. 5 kohta", {
    treatment: "eligible",
    title: { fi: "Muut toimintakustannukset", sv: "Övriga verksamhetskostnader", en: "Other operating costs" },
  }),
  softwareLicences: cost("893/2019 5 § 3 mom.", {
    treatment: "conditional",
    title: {
      fi: "Ohjelmistolisenssien ja muiden aineettomien investointien kustannukset",
      sv: "Programvarulicenser och andra immateriella investeringar",
      en: "Software licences and other intangible investments",
    },
    condition: {
      fi: "Hyväksyttäviä vain siltä osin kuin ne ovat välttämättömiä kehittämishankkeen toteuttamiseksi.",
      sv: "Godtagbara endast till den del de är nödvändiga för att genomföra utvecklingsprojektet.",
      en: "Eligible only insofar as they are necessary to carry out the development project.",
    },
  }),
  internalCharges: cost("893/2019 5 § 4 mom.", {
    treatment: "conditional",
    title: {
      fi: "Kunnan tai kuntayhtymän omien toimintayksiköiden veloittamat kustannukset",
      sv: "Kostnader som debiteras av kommunens eller samkommunens egna enheter",
      en: "Costs charged by the municipality's or joint municipal authority's own units",
    },
    condition: {
      fi: "Kustannusten on oltava kirjanpidon toteutuneisiin menoihin perustuvia.",
      sv: "Kostnaderna ska grunda sig på faktiska utgifter i bokföringen.",
      en: "The costs must be based on actual expenditure in the accounts.",
    },
  }),
  equipment: cost("893/2019 5 § 2 mom.", {
    treatment: "ineligible",
    title: {
      fi: "Laitteistojen hankkimisesta aiheutuvat kustannukset",
      sv: "Anskaffning av utrustning",
      en: "Costs of acquiring equipment",
    },
  }),
  tangibleInvestment: cost("893/2019 5 § 2 mom.", {
    treatment: "ineligible",
    title: {
      fi: "Aineellisista investoinneista aiheutuvat kustannukset",
      sv: "Materiella investeringar",
      en: "Costs of tangible investments",
    },
  }),
};

/** The money rules of 893/2019 4–5 §, the same in every call. */
export const MONEY: CallEdition["money"] = {
  maxGrantRate: MAX_GRANT_RATE,
  vatEligible: VAT_ELIGIBLE,
  costCategories: COST_CATEGORIES,
};

type ContentNode = NonNullable<CallEdition["requiredContents"]["objectives"]>;

function content(item: number, fi: string, sv: string, en: string): ContentNode {
  return { value: { title: { fi, sv, en } }, citation: `893/2019 6 § 2 mom. ${item} kohta`, certainty: "sourced" };
}

/** 893/2019 6 § 2 mom.: what an application must contain, each in the Finnish statute's own words. */
export const REQUIRED_CONTENTS: CallEdition["requiredContents"] = {
  objectives: content(1, "Hankkeen tavoitteet", "Projektets mål", "The project's objectives"),
  measures: content(
    1,
    "Tavoitteiden saavuttamiseksi suunnitellut toimenpiteet",
    "Planerade åtgärder",
    "Measures planned to reach the objectives",
  ),
  results: content(1, "Tavoiteltavat tulokset", "Eftersträvade resultat", "Intended results"),
  disseminationPlan: content(
    2,
    "Tulosten hyödyntämistä ja levittämistä koskeva suunnitelma",
    "Plan för hur resultaten utnyttjas och sprids",
    "Plan for using and disseminating the results",
  ),
  schedule: content(3, "Toteuttamisen aikataulu", "Tidsplan", "Schedule of implementation"),
  organisation: content(3, "Toteuttamisen organisointi", "Organisering", "Organisation of implementation"),
  parties: content(
    4,
    "Hakija ja muut hankkeen toteuttamiseen osallistuvat tahot sekä hankehallinnoija, jos kyseessä on kuntien yhteishanke, jossa tällainen on nimetty",
    "Sökanden, övriga deltagande parter och en eventuell projektadministratör i ett samprojekt",
    "The applicant, the other participating parties, and the administrator (hankehallinnoija) if a joint project names one",
  ),
  funding: content(
    5,
    "Kokonaisrahoitus, arvio osallistujatahojen rahoitusosuuksista sekä arvonlisäverottomat kokonaiskustannukset",
    "Totalfinansiering, deltagarnas uppskattade finansieringsandelar och totalkostnader utan mervärdesskatt",
    "Total funding, the participants' estimated funding shares and total costs without VAT",
  ),
  relatedProjects: content(
    6,
    "Suhde muihin kohdealueen keskeisiin hankkeisiin ja niiden toteutukseen",
    "Förhållandet till andra centrala projekt inom området",
    "Relation to other key projects in the field and their implementation",
  ),
};

/** 893/2019 7 §: conditions of use of the grant. */
export const CONDITIONS_OF_USE: CallEdition["conditionsOfUse"] = {
  shareExperiences: {
    value: {
      title: {
        fi: "Avustuksen saajat sitoutuvat jakamaan kokemuksiaan hankkeen aikana.",
        sv: "Understödstagarna förbinder sig att dela med sig av sina erfarenheter under projektet.",
        en: "The recipients commit to sharing their experiences while the project runs.",
      },
    },
    citation: "893/2019 7 §",
    certainty: "sourced",
  },
  reusableResults: {
    value: {
      title: {
        fi: "Hankkeen tuloksia kuvaavat tiedot ovat myös muiden kuntien hyödynnettävissä.",
        sv: "Uppgifter som beskriver projektets resultat kan också utnyttjas av andra kommuner.",
        en: "Data describing the project's results are usable by other municipalities too.",
      },
    },
    citation: "893/2019 7 §",
    certainty: "sourced",
  },
  separateAccounting: {
    value: {
      title: {
        fi: "Hankkeesta pidetään erillistä projektikirjanpitoa.",
        sv: "Projektet har en separat projektbokföring.",
        en: "The project keeps separate project accounting.",
      },
    },
    citation: "893/2019 7 §",
    certainty: "sourced",
  },
};

/** 893/2019 9 §: the final report (valtionavustusselvitys) with an auditor's statement. */
export const REPORTING: CallEdition["reporting"] = {
  finalReport: {
    value: {
      fi: "Avustuksen saaja antaa valtiovarainministeriön määräämällä tavalla selvityksen hankkeen tuloksista ja vaikuttavuudesta, muuttuneista toimintatavoista, tulosten hyödynnettävyydestä muissa kunnissa sekä toteutuksesta ja kustannuksista. Määräaika asetetaan päätöksessä hankkeen päättymisestä lukien; hankehallinnoija antaa selvityksen, kun avustus on myönnetty sille.",
      sv: "Understödstagaren lämnar på det sätt som finansministeriet bestämmer en redogörelse för projektets resultat och genomslag, ändrade verksamhetssätt, resultatens användbarhet i andra kommuner samt genomförandet och kostnaderna. Tidsfristen anges i beslutet räknat från projektets slut; projektadministratören lämnar redogörelsen när understödet har beviljats den.",
      en: "The recipient reports to the Ministry of Finance, in the form it sets, on the project's results and impact, the changed ways of working, the usability of the results in other municipalities, and the implementation and costs. The deadline is set in the decision, counted from the end of the project; the administrator (hankehallinnoija) files the report when the grant went to it.",
    },
    citation: "893/2019 9 §",
    certainty: "sourced",
  },
  auditorStatement: {
    value: true,
    citation: "893/2019 9 §",
    certainty: "sourced",
    note: {
      fi: "Loppuselvitykseen on liitettävä tilintarkastajan lausunto avustuksen käytöstä.",
      sv: "Till slutredovisningen ska fogas revisorns utlåtande (tilintarkastajan lausunto) om användningen av understödet.",
      en: "An auditor's statement (tilintarkastajan lausunto) on the use of the grant must be attached to the final report.",
    },
  },
};

/** 893/2019 2 §: the two criteria the ministry weighs in every call; no weights were published. */
export const STATUTORY_CRITERIA: Required<
  Pick<CallEdition["criteria"], "societalAndEconomicImpact" | "generalSignificance">
> = {
  societalAndEconomicImpact: {
    value: {
      title: {
        fi: "Yhteiskunnallinen ja taloudellinen vaikuttavuus",
        sv: "Samhälleliga och ekonomiska effekter",
        en: "Societal and economic impact",
      },
      description: {
        fi: "Hanke edistää digitalisaatiota, uudistaa kunnan toimintatapoja tai palveluprosesseja ja parantaa niiden laatua ja vaikuttavuutta; arvioinnissa painotetaan erityisesti yhteiskunnallista ja taloudellista vaikuttavuutta.",
        sv: "Projektet främjar digitaliseringen, förnyar kommunens verksamhetssätt eller serviceprocesser och förbättrar deras kvalitet och effektivitet; vid bedömningen beaktas särskilt de samhälleliga och ekonomiska effekterna.",
        en: "The project promotes digitalisation, renews the municipality's ways of working or service processes and improves their quality and effectiveness; the assessment weighs especially its societal and economic impact.",
      },
    },
    citation: "893/2019 2 §",
    certainty: "sourced",
    note: {
      fi: "Painoarvoja, pisteitä tai pisteytysasteikkoja ei julkaistu yhdenkään haun osalta.",
      sv: "Inga vikter, poäng eller poängskalor publicerades för någon utlysning.",
      en: "No weights, points or scoring scales were published for any call.",
    },
  },
  generalSignificance: {
    value: {
      title: {
        fi: "Yleinen merkitys kunnille",
        sv: "Allmän betydelse för kommunerna",
        en: "General significance for municipalities",
      },
      description: {
        fi: "Hankkeen merkitys kunnille yleisemmin, ei vain hakijoille.",
        sv: "Projektets betydelse för kommunerna i allmänhet, inte bara för sökandena.",
        en: "How much the project matters to municipalities in general, not only to the applicants.",
      },
    },
    citation: "893/2019 2 §",
    certainty: "sourced",
    note: {
      fi: "Painoarvoja, pisteitä tai pisteytysasteikkoja ei julkaistu yhdenkään haun osalta.",
      sv: "Inga vikter, poäng eller poängskalor publicerades för någon utlysning.",
      en: "No weights, points or scoring scales were published for any call.",
    },
  },
};

/**
 * Everything an edition takes from 893/2019 unchanged, to spread into an edition
 * (`...UNDER_893_2019`): the legal basis, the money rules, the required contents, the conditions
 * of use and the reporting duty.
 */
export const UNDER_893_2019: Pick<
  CallEdition,
  "legalBasis" | "money" | "requiredContents" | "conditionsOfUse" | "reporting"
> = {
  legalBasis: LEGAL_BASIS,
  money: MONEY,
  requiredContents: REQUIRED_CONTENTS,
  conditionsOfUse: CONDITIONS_OF_USE,
  reporting: REPORTING,
};
