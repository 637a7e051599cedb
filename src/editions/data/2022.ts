import type { CallEdition } from "../schema.js";
import { BUDGET_ITEM_2022 } from "./budget.js";
import { jointProjectsOnly, withOperationalChange } from "./programme.js";
import { LOHJA_2022, VM_2022, VM_2022_DECISION, VM_2022_FAQ, VM_2022_SV } from "./sources.js";
import { STATUTORY_CRITERIA, UNDER_893_2019 } from "./statute.js";
import {
  CHANGE_IN_WAYS_OF_WORKING,
  DIGITISATION_ONLY,
  NATIONAL_SERVICES,
  REUSE_AND_DISSEMINATION,
  SOCIAL_AND_HEALTH_CARE,
} from "./texts.js";

// The readable part of the 2022 page ends before the exclusions; they are in the call's seed text.
const SEED_EXCLUSION = {
  fi: "Haun lähtötekstistä (vuoden 2022 hakuteksti, josta tämä kirjasto lähti liikkeelle): vuoden 2022 sivun luettava osa päättyy ennen tätä virkettä, joten sanamuoto on päätelty lähtötekstistä ja vuoden 2021 hausta, jossa sama rajaus on lähteestä.",
  sv: "Ur utlysningens utgångstext (den text för 2022 års utlysning som detta bibliotek utgick från): den läsbara delen av 2022 års sida slutar före denna mening, så ordalydelsen har härletts ur utgångstexten och ur 2021 års utlysning, där samma undantag finns i källan.",
  en: "From the call's seed text (the 2022 call text this library started from): the readable part of the 2022 page ends before this sentence, so the wording is inferred from the seed and from the 2021 call, where the same exclusion is sourced.",
};

/**
 * The 2022 call (Vuoden 2022 avustus kuntien digitalisaation edistämiseen): 10 M€ for joint projects
 * emphasising data quality or competence; closed 25.4.2022, 49 applications, 24 grants.
 */
export const edition2022: CallEdition = {
  id: "2022",
  registerYear: 2022,
  title: {
    value: {
      fi: "Vuoden 2022 avustus kuntien digitalisaation edistämiseen",
      sv: "Understöd för främjande av digitaliseringen i kommunerna 2022",
      en: "2022 grant for promoting digitalisation in municipalities",
    },
    citation: VM_2022,
    certainty: "sourced",
    note: {
      fi: "Suomenkielinen nimi on haun oma; ruotsin- ja englanninkieliset nimet ovat käännöksiä.",
      sv: "Det finska namnet är utlysningens eget; de svenska och engelska namnen är översättningar.",
      en: "The Finnish title is the call's; the Swedish and English titles are translations.",
    },
  },
  ...UNDER_893_2019,
  requiredContents: withOperationalChange(
    VM_2022,
    "Hankesuunnitelmassa tuli esittää, miten toiminnan muutokset toteutetaan ja miten hankkeen tuloksia tullaan hyödyntämään …",
  ),
  budgetItem: BUDGET_ITEM_2022,
  sources: [VM_2022, VM_2022_SV, VM_2022_FAQ, VM_2022_DECISION],
  appropriation: {
    value: { amount: "10000000.00", sharedWith: [] },
    citation: VM_2022,
    certainty: "sourced",
    note: {
      fi: "Valtion talousarviossa 10 M€ (momentti 28.90.32) avustuksiin kunnille ja kuntayhtymille; ruotsinkielinen sivu ja vuoden 2023 talousarvioesitys antavat saman summan. Se, että kyse oli jälleen kolmevuotisesta siirtomäärärahasta (siirtomääräraha 3 v) kuten vuosina 2019 ja 2021, on päätelty: vuoden 2022 talousarviosivua ei löytynyt.",
      sv: "10 M€ i statsbudgeten (moment 28.90.32) för understöd till kommuner och samkommuner; den svenska sidan och budgetpropositionen för 2023 anger samma belopp. Att det åter var ett treårigt reservationsanslag (reservationsanslag 3 år), som 2019 och 2021, är härlett: budgetsidan för 2022 hittades inte.",
      en: "10 M€ in the state budget (momentti 28.90.32) for grants to municipalities and joint municipal authorities; the Swedish page and the 2023 budget proposal give the same sum. That it was again a three-year transferable appropriation (siirtomääräraha 3 v), as in 2019 and 2021, is inferred: the 2022 budget page was not found.",
    },
  },
  window: {
    opensAt: {
      value: null,
      citation: VM_2022,
      certainty: "notFound",
      note: {
        fi: "Vuoden 2022 haun avautumispäivää ei löytynyt (vuoden 2020 haku avautui 25.6.2020, vuoden 2021 haku 18.2.2021). editionFor katsoo hakuajan alkaneen heti vuoden 2021 haun päätyttyä.",
        sv: "Öppningsdagen för 2022 års utlysning hittades inte (2020 öppnade den 25.6.2020, 2021 den 18.2.2021). editionFor behandlar ansökningstiden som om den började direkt efter att 2021 års utlysning stängt.",
        en: "The opening date of the 2022 call was not found (2020 opened 25.6.2020, 2021 on 18.2.2021). editionFor treats the window as starting right after the 2021 call closed.",
      },
    },
    closesAt: {
      value: "2022-04-25T16:15:00+03:00",
      citation: VM_2022,
      certainty: "inferred",
      note: {
        fi: "Haku päättyi 25.4.2022 (lähteestä; myös Turun päätös 2.5.2022, https://ah.turku.fi/kh/2022/0502011p/4660161.htm). Kellonaikaa ei löytynyt: jokainen aiempi haku, jonka kellonaika julkaistiin (2017, 2018, vuoden 2019 ensimmäinen haku, 2021), päättyi klo 16.15, joten oletuksena on klo 16.15 Suomen kesäaikaa.",
        sv: "Utlysningen stängde den 25.4.2022 (källbelagt; även Åbos beslut av 2.5.2022, https://ah.turku.fi/kh/2022/0502011p/4660161.htm). Klockslaget hittades inte: varje tidigare utlysning vars klockslag publicerades (2017, 2018, 2019 års första utlysning, 2021) stängde kl. 16.15, så kl. 16.15 finsk sommartid antas.",
        en: "The call closed on 25.4.2022 (sourced; also Turku's decision of 2.5.2022, https://ah.turku.fi/kh/2022/0502011p/4660161.htm). The time of day was not found: every earlier call whose time was published (2017, 2018, 2019 call 1, 2021) closed at 16.15, so 16.15 Finnish summer time is assumed.",
      },
    },
  },
  decidedOn: {
    value: "2022-06-15",
    citation: LOHJA_2022,
    certainty: "sourced",
    note: {
      fi: "Ministeriön päätös on päivätty 15.6.2022; sen tiedote julkaistiin 16.6.2022 klo 9.22.",
      sv: "Ministeriets beslut är daterat 15.6.2022; dess pressmeddelande publicerades den 16.6.2022 kl. 9.22.",
      en: "The ministry's decision is dated 15.6.2022; its press release was published on 16.6.2022 at 09.22.",
    },
  },
  statistics: {
    applicationsReceived: { value: 49, citation: VM_2022, certainty: "sourced" },
    grantsMade: { value: 24, citation: VM_2022_DECISION, certainty: "sourced" },
    totalGranted: {
      value: "8620000.00",
      citation: VM_2022_DECISION,
      certainty: "sourced",
      note: {
        fi: "Julkaistu pyöristettynä: 8,62 M€ 24 hankkeelle.",
        sv: "Publicerat avrundat: 8,62 M€ för de 24 projekten.",
        en: "Published rounded, as 8.62 M€ for the 24 projects.",
      },
    },
  },
  eligibility: jointProjectsOnly(VM_2022),
  recipients: {
    value: "administrator",
    citation: VM_2022_DECISION,
    certainty: "inferred",
    note: {
      fi: "Tiedote ei enää myönnä avustusta 'X:lle ja muille hakemuksessa nimetyille kunnille' (2020, 2021) vaan nimeää päähakijan ('huvudsökare'). Lohjan uutisessa avustus meni 'Lohjalle, sekä hankkeeseen 18 muulle sitoutuneelle kunnalle sekä Kuntaliitolle' (https://www.lohja.fi/ajankohtaiset/lohjan-kaupungille-on-myonnetty-merkittava-valtionapu-digitalisaation-edistamiseen/): yhdistys Kuntaliitto ei voi olla saaja (893/2019 3 §), ja 'sitoutuneet kunnat' on 3 § 2 mom:n sanamuoto. Päätöksiä ei nähty.",
      sv: "Meddelandet beviljar inte längre understödet till 'X och de övriga kommuner som nämns i ansökan' (2020, 2021) utan anger huvudsökanden ('huvudsökare'). Enligt Lojos nyhet gick understödet till Lojo, 18 andra kommuner som förbundit sig till projektet och Kommunförbundet (https://www.lohja.fi/ajankohtaiset/lohjan-kaupungille-on-myonnetty-merkittava-valtionapu-digitalisaation-edistamiseen/): föreningen Kommunförbundet kan inte vara mottagare (893/2019 3 §), och 'kommuner som förbundit sig' är ordalydelsen i 3 § 2 mom. Besluten har inte setts.",
      en: "The release no longer grants to 'X and the other municipalities named in the application' (2020, 2021) but names a lead applicant ('huvudsökare'). Lohja's news has the grant go to Lohja, 18 other municipalities committed to the project and Kuntaliitto (https://www.lohja.fi/ajankohtaiset/lohjan-kaupungille-on-myonnetty-merkittava-valtionapu-digitalisaation-edistamiseen/): Kuntaliitto, an association, cannot be a recipient (893/2019 3 §), and 'committed municipalities' is the wording of 3 § 2 mom. The decisions were not seen.",
    },
  },
  focusAreas: {
    dataQuality: {
      value: {
        title: { fi: "Tietoaineistojen laatu", sv: "Informationsmaterialets kvalitet", en: "Quality of data sets" },
        description: {
          fi: "Tietoaineistojen laadun kuvaaminen, arviointi ja kehittäminen osana kunnan tiedonhallintaa, mukaan lukien siihen liittyvä osaamisen kehittäminen.",
          sv: "Att beskriva, bedöma och utveckla informationsmaterialets kvalitet som en del av kommunens informationshantering, inklusive den kompetensutveckling som hör till.",
          en: "Describing, assessing and developing the quality of data sets as part of the municipality's information management, including the related competence development.",
        },
      },
      citation: VM_2022,
      certainty: "sourced",
      note: {
        fi: "Haun näkökulma a). Hanke painottaa jompaa kumpaa kahdesta näkökulmasta digitalisoidessaan ja uudistaessaan toimintoja, tehtäviä tai sisäisiä prosesseja.",
        sv: "Utlysningens perspektiv a). Ett projekt betonar ett av de två perspektiven (jompaa kumpaa) när det digitaliserar och förnyar verksamheter, uppgifter eller interna processer.",
        en: "Perspective a) of the call. A project emphasises one of the two perspectives (jompaa kumpaa) while digitalising and renewing operations, tasks or internal processes.",
      },
    },
    competence: {
      value: {
        title: {
          fi: "Osaamisen kehittäminen ja varmistaminen",
          sv: "Att utveckla och säkerställa kompetens",
          en: "Developing and ensuring competence",
        },
        description: {
          fi: "Osaamisen kehittäminen ja varmistaminen, esimerkiksi kunnan henkilöstön, johdon, päättäjien tai palvelujen käyttäjien; kytkettävä hankkeessa kehitettävään prosessien uudistamiseen.",
          sv: "Att utveckla och säkerställa kompetens, till exempel hos kommunens personal, ledning, beslutsfattare eller tjänsteanvändare; den ska kopplas till den processförnyelse som projektet utvecklar.",
          en: "Developing and ensuring competence, for example of municipal staff, management, decision makers or service users; it must be tied to the process renewal the project develops.",
        },
      },
      citation: VM_2022,
      certainty: "sourced",
      note: {
        fi: "Haun näkökulma b). Hanke painottaa jompaa kumpaa kahdesta näkökulmasta.",
        sv: "Utlysningens perspektiv b). Ett projekt betonar ett av de två perspektiven (jompaa kumpaa).",
        en: "Perspective b) of the call. A project emphasises one of the two perspectives (jompaa kumpaa).",
      },
    },
  },
  exclusions: {
    socialAndHealthCare: {
      value: SOCIAL_AND_HEALTH_CARE,
      citation: VM_2022,
      certainty: "inferred",
      note: SEED_EXCLUSION,
    },
    digitisationOnly: { value: DIGITISATION_ONLY, citation: VM_2022, certainty: "inferred", note: SEED_EXCLUSION },
  },
  period: {
    latestEnd: {
      value: "2024-09-30",
      citation: VM_2022_DECISION,
      certainty: "inferred",
      note: {
        fi: "Tiedetään päätöstiedotteesta: hankkeet on toteutettava syyskuun 2024 loppuun mennessä ('före utgången av september 2024'). Hakusivun luettavissa oleva osa ei sitä kerro, joten että se sitoi hakemuksia, on päätelty, ja myöhempi päättyminen on ministeriön lyhennettävissä päätöksessään (688/2001 11 §), ei hylkäysperuste. Miksi silloin (päätelty): momentti 28.90.32 on kolmevuotinen siirtomääräraha, jota voi käyttää talousarviovuonna ja kahtena seuraavana vuonna (423/1988), joten vuoden 2022 rahat on maksettava vuoden 2024 loppuun mennessä.",
        sv: "Känt från beslutsmeddelandet: projekten ska genomföras före utgången av september 2024 ('före utgången av september 2024'). Den läsbara delen av utlysningssidan anger det inte, så att det band ansökningarna är härlett, och ett senare slut är något ministeriet kan förkorta i sitt beslut (688/2001 11 §), inte en grund för avslag. Varför då (härlett): moment 28.90.32 är ett treårigt reservationsanslag som får användas under budgetåret och de två följande åren (423/1988), så 2022 års medel ska betalas ut före utgången av 2024.",
        en: "Known from the decision release: projects must be carried out before the end of September 2024 ('före utgången av september 2024'). The readable part of the call page does not state it, so that it bound applications is inferred, and a later end is for the ministry to shorten in its decision (688/2001 11 §), not a ground for rejection. Why then (inferred): momentti 28.90.32 is a three-year transferable appropriation, usable in the budget year and the two after it (423/1988), so 2022 money must be paid out by the end of 2024.",
      },
    },
  },
  criteria: {
    ...STATUTORY_CRITERIA,
    changeInWaysOfWorking: {
      value: CHANGE_IN_WAYS_OF_WORKING,
      citation: VM_2022,
      certainty: "sourced",
      note: {
        fi: "Tavoitteena oli ennen kaikkea kuntien toimintatapojen ja prosessien muutos. Usein kysytyt kysymykset (https://vm.fi/ukk-kuntien-digikannustinavustukset) lisäävät: kuvaa, mikä muuttuu ja miten muutosta johdetaan; pelkkä tekninen ratkaisu ei riitä.",
        sv: "Målet var framför allt en förändring av kommunernas arbetssätt och processer. De vanliga frågorna (https://vm.fi/ukk-kuntien-digikannustinavustukset) tillägger: beskriv vad som förändras och hur förändringen leds; en teknisk lösning räcker inte ensam.",
        en: "The object was above all change in how municipalities work and in their processes. The FAQ (https://vm.fi/ukk-kuntien-digikannustinavustukset) adds: describe what changes and how the change is led; a technical solution alone is not enough.",
      },
    },
    reuseAndDissemination: {
      value: REUSE_AND_DISSEMINATION,
      citation: VM_2022,
      certainty: "sourced",
      note: {
        fi: "Hankesuunnitelmassa oli esitettävä, miten tuloksia hyödynnetään ja levitetään hankkeen jälkeen (virkkeen loppu on samanlaisissa vuosien 2020 ja 2021 teksteissä ja lähtötekstissä; 893/2019 6 § 2 mom. 2 kohta). Usein kysytyissä kysymyksissä hakijoita pyydetään selvittämään muiden kuntien aiempi työ ja arvioimaan hyvien käytäntöjen leviämistä.",
        sv: "Projektplanen skulle visa hur resultaten används och sprids efter projektet (slutet av meningen finns i de likalydande texterna för 2020 och 2021 och i utgångstexten; 893/2019 6 § 2 mom. 2 punkten). De vanliga frågorna ber sökandena att kontrollera tidigare arbete i andra kommuner och bedöma hur god praxis sprids.",
        en: "The project plan had to show how the results are used and disseminated after the project (the end of that sentence is in the identical 2020 and 2021 texts and in the seed text; 893/2019 6 § 2 mom. 2 kohta). The FAQ asks applicants to check prior work in other municipalities and to assess the spread of good practice.",
      },
    },
    nationalServicesAndInteroperability: {
      value: NATIONAL_SERVICES,
      citation: VM_2022_FAQ,
      certainty: "inferred",
      note: {
        fi: "Usein kysytyissä kysymyksissä hakijoita ohjataan käyttämään kansallisia yhteisiä palveluja (Suomi.fi) aina kun mahdollista ja julkaisemaan uudet sanastot, koodistot ja tietomallit yhteentoimiva.suomi.fi-palvelussa. Se, että tällä oli painoa vuoden 2022 arvioinnissa, on oletus: usein kysytyt kysymykset ovat suunnitteluohjeita, eikä vuoden 2022 kriteerien luetteloa julkaistu.",
        sv: "De vanliga frågorna uppmanar sökandena att om möjligt använda nationella gemensamma tjänster (Suomi.fi) och att publicera nya vokabulärer, kodlistor och datamodeller på yhteentoimiva.suomi.fi. Att detta vägde in i bedömningen 2022 är ett antagande: de vanliga frågorna är planeringsanvisningar, och ingen förteckning över 2022 års kriterier publicerades.",
        en: "The FAQ tells applicants to use national shared services (Suomi.fi) where possible and to publish new vocabularies, code lists and data models on yhteentoimiva.suomi.fi. That this weighed in the 2022 assessment is an assumption: the FAQ is planning guidance, and no list of 2022 criteria was published.",
      },
    },
  },
};
