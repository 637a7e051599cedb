import type { CallEdition } from "../schema.js";
import { BUDGET_ITEM_2019, pool2019 } from "./budget.js";
import { CLOSING_TIME_1615, DESCRIPTIVE_TITLE, START_OF_DAY, jointProjectsOnly } from "./programme.js";
import {
  HELSINKI_2019_2_DECISION,
  KOMMUNFORBUNDET_2019_2,
  KOMMUNTORGET_2019_2,
  KUNTALIITTO_2019_2,
  VM_2019,
} from "./sources.js";
import { STATUTORY_CRITERIA, UNDER_893_2019 } from "./statute.js";
import {
  ARCHIVING,
  BUILT_ENVIRONMENT,
  CASE_MANAGEMENT,
  KNOWLEDGE_MANAGEMENT,
  SOCIAL_AND_HEALTH_CARE,
} from "./texts.js";

const FOUND = { citation: KUNTALIITTO_2019_2, certainty: "sourced" } as const;

/**
 * The second 2019 call (yhteishankkeet): joint projects only, from the same 30 M€ as the first.
 * Expressions of interest 1.8.–5.9.2019, applications 13.11.–19.12.2019; 51 or 52 applications.
 */
export const edition2019_2: CallEdition = {
  id: "2019-2",
  registerYear: 2019,
  title: {
    value: {
      fi: "Valtionavustus kuntien digitalisaation edistämiseen 2019, 2. haku: yhteishankkeet",
      sv: "Statsunderstöd för främjande av digitaliseringen i kommunerna 2019, andra ansökningsomgången: samprojekt",
      en: "2019 grant for promoting digitalisation in municipalities, call 2: joint projects",
    },
    citation: KUNTALIITTO_2019_2,
    certainty: "inferred",
    note: DESCRIPTIVE_TITLE,
  },
  ...UNDER_893_2019,
  budgetItem: BUDGET_ITEM_2019,
  sources: [KUNTALIITTO_2019_2, KOMMUNFORBUNDET_2019_2, KOMMUNTORGET_2019_2, VM_2019],
  appropriation: pool2019("2019-1"),
  window: {
    opensAt: {
      value: "2019-11-13T00:00:00+02:00",
      citation: KUNTALIITTO_2019_2,
      certainty: "inferred",
      note: {
        fi: `${START_OF_DAY.fi} Hakua (13.11.–19.12.2019) edelsi kiinnostuksen ilmaisujen kierros 1.8.–5.9.2019 klo 16.15, joka ei ole hakuaika.`,
        sv: `${START_OF_DAY.sv} Utlysningen (13.11–19.12.2019) föregicks av intresseanmälningar 1.8–5.9.2019 kl. 16.15, som inte är ansökningstiden.`,
        en: `${START_OF_DAY.en} The application call (13.11.–19.12.2019) was preceded by expressions of interest from 1.8. to 5.9.2019 16.15, which are not the application window.`,
      },
    },
    closesAt: {
      value: "2019-12-19T16:15:00+02:00",
      citation: KUNTALIITTO_2019_2,
      certainty: "inferred",
      note: {
        fi: `${CLOSING_TIME_1615.fi} 19.12.2019 on Suomen talviaikaa (+02:00).`,
        sv: `${CLOSING_TIME_1615.sv} 19.12.2019 är finsk vintertid (+02:00).`,
        en: `${CLOSING_TIME_1615.en} 19.12.2019 is in Finnish winter time (+02:00).`,
      },
    },
  },
  decidedOn: {
    value: "2020-05-12",
    citation: HELSINKI_2019_2_DECISION,
    certainty: "inferred",
    note: {
      fi: "Ainoa nähty päätös on päivätty 12.5.2020 (VN/11801/2019, Helsingin, Espoon, Turun ja Oulun hanke); oletus on, että haun muista avustuksista päätettiin samana päivänä.",
      sv: "Det enda beslut som setts är daterat 12.5.2020 (VN/11801/2019, projektet Helsingfors–Esbo–Åbo–Uleåborg); att utlysningens övriga understöd beslutades samma dag är ett antagande.",
      en: "The one decision seen is dated 12.5.2020 (VN/11801/2019, the Helsinki–Espoo–Turku–Oulu project); that the call's other grants were decided the same day is an assumption.",
    },
  },
  statistics: {
    applicationsReceived: {
      value: 51,
      citation: KOMMUNTORGET_2019_2,
      certainty: "sourced",
      note: {
        fi: "Lähteet ovat ristiriidassa: Kommuntorgetin mukaan 51, Kuntalehden mukaan 52 ('Joulukuussa toisella hakukierroksella hakemuksia tuli 52'). Molemmat on kirjattu tähän; arvo on Kommuntorgetin.",
        sv: "Källorna går isär: Kommuntorget anger 51, Kuntalehti 52 ('Joulukuussa toisella hakukierroksella hakemuksia tuli 52', i december kom det 52 ansökningar i den andra omgången). Båda antecknas här; värdet är Kommuntorgets.",
        en: "The sources disagree: Kommuntorget gives 51; Kuntalehti gives 52 ('Joulukuussa toisella hakukierroksella hakemuksia tuli 52'). Both are recorded here; the value is Kommuntorget's.",
      },
    },
    grantsMade: {
      value: null,
      citation: KOMMUNTORGET_2019_2,
      certainty: "notFound",
      note: {
        fi: "Vuoden 2019 toisessa haussa myönnettyjen avustusten määrää ei löytynyt.",
        sv: "Antalet beviljade understöd i 2019 års andra utlysning hittades inte.",
        en: "The number of grants made in the second 2019 call was not found.",
      },
    },
    totalGranted: {
      value: null,
      citation: KOMMUNTORGET_2019_2,
      certainty: "notFound",
      note: {
        fi: "Vuoden 2019 toisessa haussa myönnettyä kokonaissummaa ei löytynyt.",
        sv: "Det totala beviljade beloppet i 2019 års andra utlysning hittades inte.",
        en: "The total granted in the second 2019 call was not found.",
      },
    },
  },
  eligibility: jointProjectsOnly(KUNTALIITTO_2019_2, {
    value: 2,
    ...FOUND,
    note: {
      fi: "Usean kunnan yhteishankkeet eli vähintään kaksi kuntaa.",
      sv: "Samprojekt mellan flera kommuner, dvs. minst två.",
      en: "Joint projects of several municipalities, i.e. at least two.",
    },
  }),
  recipients: {
    value: null,
    citation: KOMMUNTORGET_2019_2,
    certainty: "notFound",
    note: {
      fi: "Lähteet kertovat haun ja yhden päätöksen päivän (Helsingin pöytäkirja, VN/11801/2019) mutta eivät sitä, myönnettiinkö avustus hankehallinnoijalle vai kunnille yhdessä. Päätöksen laatija antaa mallin (recipientModel).",
      sv: "Källorna anger utlysningen och dagen för ett beslut (Helsingfors protokoll, VN/11801/2019) men inte om understödet beviljades projektadministratören eller kommunerna tillsammans. Den som upprättar beslutet anger modellen (recipientModel).",
      en: "The sources give the call and the date of one decision (Helsinki's record, VN/11801/2019) but not whether the grant went to an administrator or to the municipalities together. Whoever drafts the decision gives the model (recipientModel).",
    },
  },
  focusAreas: {
    customerOrientedProcesses: {
      value: {
        title: { fi: "Asiakaslähtöiset prosessit", sv: "Kundorienterade processer", en: "Customer-oriented processes" },
        description: {
          fi: "Kunnan prosessien uudistaminen asiakaslähtöisiksi.",
          sv: "Att förnya kommunens processer så att de utgår från kunden.",
          en: "Renewing the municipality's processes around its customers.",
        },
      },
      ...FOUND,
    },
    sharedDataDefinitions: {
      value: {
        title: { fi: "Yhteiset tietomääritykset", sv: "Gemensamma datadefinitioner", en: "Shared data definitions" },
        description: {
          fi: "Kuntien yhteisten tietomääritysten laatiminen ja käyttöönotto.",
          sv: "Att ta fram och införa gemensamma datadefinitioner för kommunerna.",
          en: "Drawing up and adopting data definitions shared by municipalities.",
        },
      },
      ...FOUND,
    },
    statutoryEServices: {
      value: {
        title: {
          fi: "Lakisääteisten tehtävien sähköiset palvelut",
          sv: "E-tjänster för lagstadgade uppgifter",
          en: "E-services for statutory tasks",
        },
        description: {
          fi: "Sähköisten palvelujen kehittäminen kunnan lakisääteisiin tehtäviin.",
          sv: "Att utveckla e-tjänster för kommunens lagstadgade uppgifter.",
          en: "Developing e-services for the municipality's statutory tasks.",
        },
      },
      ...FOUND,
    },
    knowledgeManagement: { value: KNOWLEDGE_MANAGEMENT, ...FOUND },
    strategicProcesses: {
      value: {
        title: { fi: "Strategiset prosessit", sv: "Strategiska processer", en: "Strategic processes" },
        description: {
          fi: "Kunnan strategisten prosessien digitalisointi.",
          sv: "Att digitalisera kommunens strategiska processer.",
          en: "Digitalising the municipality's strategic processes.",
        },
      },
      ...FOUND,
    },
    automationAndAi: {
      value: {
        title: {
          fi: "Ohjelmistorobotiikka ja tekoäly",
          sv: "Programvarurobotik och artificiell intelligens",
          en: "Robotic process automation and artificial intelligence",
        },
        description: {
          fi: "Ohjelmistorobotiikan (RPA) ja tekoälyn hyödyntäminen kunnan prosesseissa.",
          sv: "Att utnyttja programvarurobotik (RPA) och artificiell intelligens i kommunens processer.",
          en: "Using robotic process automation (RPA) and artificial intelligence in the municipality's processes.",
        },
      },
      ...FOUND,
    },
  },
  exclusions: {
    socialAndHealthCare: { value: SOCIAL_AND_HEALTH_CARE, ...FOUND },
    builtEnvironment: { value: BUILT_ENVIRONMENT, ...FOUND },
    caseManagement: { value: CASE_MANAGEMENT, ...FOUND },
    archiving: { value: ARCHIVING, ...FOUND },
  },
  period: {
    latestEnd: {
      value: "2021-11-30",
      ...FOUND,
      note: {
        fi: "Julkaistiin haun yhteydessä (Kuntaliitto ja Kommunförbundet, marraskuu 2019): hankkeiden oli päätyttävä marraskuun 2021 loppuun mennessä.",
        sv: "Publicerades med ansökningsomgången (Kuntaliitto och Kommunförbundet, november 2019): projekten skulle avslutas före utgången av november 2021.",
        en: "Published with the call (Kuntaliitto and Kommunförbundet, November 2019): projects had to end by the end of November 2021.",
      },
    },
  },
  criteria: STATUTORY_CRITERIA,
};
