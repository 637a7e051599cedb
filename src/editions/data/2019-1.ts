import type { CallEdition } from "../schema.js";
import { BUDGET_ITEM_2019, pool2019 } from "./budget.js";
import {
  ALAND_MUNICIPALITIES,
  DESCRIPTIVE_TITLE,
  JOINT_AUTHORITY_ON_BEHALF,
  PARTNER_ONLY_TYPES,
  START_OF_DAY,
} from "./programme.js";
import { KOMMUNFORBUNDET_2019_1, KOMMUNTORGET_2019_1, VM_2019 } from "./sources.js";
import { APPLICANT_TYPES, STATUTORY_CRITERIA, UNDER_893_2019 } from "./statute.js";
import { KNOWLEDGE_MANAGEMENT } from "./texts.js";

/**
 * The first 2019 call (tiedolla johtaminen): knowledge-based management, data use and automation of
 * financial administration. The only call in which a single municipality could apply.
 * Open 1.8.–19.9.2019 16.15; 184 applications, 41 grants.
 */
export const edition2019_1: CallEdition = {
  id: "2019-1",
  registerYear: 2019,
  title: {
    value: {
      fi: "Valtionavustus kuntien digitalisaation edistämiseen 2019, 1. haku: tiedolla johtaminen",
      sv: "Statsunderstöd för främjande av digitaliseringen i kommunerna 2019, första ansökningsomgången: kunskapsbaserad ledning",
      en: "2019 grant for promoting digitalisation in municipalities, call 1: knowledge-based management",
    },
    citation: VM_2019,
    certainty: "inferred",
    note: DESCRIPTIVE_TITLE,
  },
  ...UNDER_893_2019,
  budgetItem: BUDGET_ITEM_2019,
  sources: [VM_2019, KOMMUNFORBUNDET_2019_1, KOMMUNTORGET_2019_1],
  appropriation: pool2019("2019-2"),
  window: {
    opensAt: { value: "2019-08-01T00:00:00+03:00", citation: VM_2019, certainty: "inferred", note: START_OF_DAY },
    closesAt: { value: "2019-09-19T16:15:00+03:00", citation: KOMMUNFORBUNDET_2019_1, certainty: "sourced" },
  },
  decidedOn: { value: "2019-11-21", citation: VM_2019, certainty: "sourced" },
  statistics: {
    applicationsReceived: { value: 184, citation: KOMMUNTORGET_2019_1, certainty: "sourced" },
    grantsMade: { value: 41, citation: KOMMUNTORGET_2019_1, certainty: "sourced" },
    totalGranted: {
      value: null,
      citation: KOMMUNTORGET_2019_1,
      certainty: "notFound",
      note: {
        fi: "Vuoden 2019 ensimmäisessä haussa myönnettyä kokonaissummaa ei löytynyt; yksittäiset avustukset olivat 11 900 €:sta 2 000 000 €:oon.",
        sv: "Det totala beviljade beloppet i 2019 års första utlysning hittades inte; enskilda understöd var mellan 11 900 € och 2 000 000 €.",
        en: "The total granted in the first 2019 call was not found; single grants ranged from 11 900 € to 2 000 000 €.",
      },
    },
  },
  eligibility: {
    applicantTypes: APPLICANT_TYPES,
    partnerOnlyTypes: PARTNER_ONLY_TYPES,
    jointOnly: {
      value: false,
      citation: VM_2019,
      certainty: "sourced",
      note: {
        fi: "Tässä haussa yksittäinen kunta saattoi hakea (esim. Kerava yksin, 100 000 € digitaalisten palvelujen saavutettavuuteen). Yhteishankkeita edellytettiin vuoden 2019 toisesta hausta alkaen.",
        sv: "I denna utlysning kunde en enskild kommun ansöka (t.ex. Kervo ensam, 100 000 € för de digitala tjänsternas tillgänglighet). Samprojekt krävdes från och med 2019 års andra utlysning.",
        en: "A single municipality could apply in this call (e.g. Kerava alone, 100 000 € for the accessibility of digital services). Joint projects were required from the second 2019 call on.",
      },
    },
    minMunicipalities: {
      value: 1,
      citation: "893/2019 3 §",
      certainty: "sourced",
      note: {
        fi: "Avustus voidaan myöntää yhdelle kunnalle tai useammalle yhdessä, eikä tämä haku rajannut sitä yhteishankkeisiin.",
        sv: "Understödet kan beviljas en kommun eller flera gemensamt, och denna utlysning begränsade det inte till samprojekt.",
        en: "The grant may go to one municipality or to several jointly, and this call did not limit it to joint projects.",
      },
    },
    jointAuthorityOnBehalf: JOINT_AUTHORITY_ON_BEHALF,
    alandMunicipalities: ALAND_MUNICIPALITIES,
  },
  recipients: {
    value: null,
    citation: KOMMUNTORGET_2019_1,
    certainty: "notFound",
    note: {
      fi: "Lähteet (ministeriön sivu, Kommunförbundet, Kommuntorgetin tulokset) eivät kerro, myönnettiinkö yhteishankkeen avustus hankehallinnoijalle vai kunnille yhdessä; yksittäisen kunnan hankkeessa saaja on se kunta. Päätöksen laatija antaa mallin (recipientModel).",
      sv: "Källorna (ministeriets sida, Kommunförbundet, Kommuntorgets resultat) säger inte om ett samprojekts understöd beviljades projektadministratören eller kommunerna tillsammans; i en enskild kommuns projekt är mottagaren den kommunen. Den som upprättar beslutet anger modellen (recipientModel).",
      en: "The sources (VM's page, Kommunförbundet, Kommuntorget's results) do not say whether a joint project's grant went to an administrator or to the municipalities together; in a single municipality's project the recipient is that municipality. Whoever drafts the decision gives the model (recipientModel).",
    },
  },
  focusAreas: {
    knowledgeManagement: { value: KNOWLEDGE_MANAGEMENT, citation: VM_2019, certainty: "sourced" },
    dataUtilisation: {
      value: {
        title: { fi: "Tiedon hyödyntäminen", sv: "Utnyttjande av data", en: "Data utilisation" },
        description: {
          fi: "Tiedon hyödyntäminen kunnan toiminnassa.",
          sv: "Att utnyttja data i kommunens verksamhet.",
          en: "Making use of data in the municipality's operations.",
        },
      },
      citation: VM_2019,
      certainty: "sourced",
    },
    financialAdministrationAutomation: {
      value: {
        title: {
          fi: "Taloushallinnon automatisointi",
          sv: "Automatisering av ekonomiförvaltningen",
          en: "Automation of financial administration",
        },
        description: {
          fi: "Taloushallinnon ja siihen liittyvän tiedonhallinnan automatisointi.",
          sv: "Automatisering av ekonomiförvaltningen och den tillhörande informationshanteringen.",
          en: "Automating financial administration and the related information management.",
        },
      },
      citation: VM_2019,
      certainty: "sourced",
      note: {
        fi: "Vuoden 2019 talousarvio (HE 123/2018) nimesi vuoden painopisteeksi henkilöstö- ja taloushallinnon.",
        sv: "Budgeten för 2019 (RP 123/2018) angav personal- och ekonomiförvaltning som årets tyngdpunkt.",
        en: "The 2019 budget (HE 123/2018) named HR and financial administration as the year's focus.",
      },
    },
  },
  exclusions: {},
  period: {
    latestEnd: {
      value: "2021-11-30",
      citation: KOMMUNFORBUNDET_2019_1,
      certainty: "sourced",
      note: {
        fi: "Julkaistiin haun yhteydessä (Kuntaliitto ja Kommunförbundet, elokuu 2019): hankkeiden oli päätyttävä 30.11.2021 mennessä.",
        sv: "Publicerades med ansökningsomgången (Kuntaliitto och Kommunförbundet, augusti 2019): projekten skulle avslutas senast 30.11.2021.",
        en: "Published with the call (Kuntaliitto and Kommunförbundet, August 2019): projects had to end by 30.11.2021.",
      },
    },
  },
  criteria: {
    ...STATUTORY_CRITERIA,
    feasibility: {
      value: {
        title: {
          fi: "Toteuttamiskelpoisuus ja vaikuttavuus suhteessa laajuuteen ja kustannuksiin",
          sv: "Genomförbarhet och effekt i förhållande till omfattning och kostnader",
          en: "Feasibility and impact relative to scope and cost",
        },
        description: {
          fi: "Miten hanke uudistaa toimintatapoja ja palveluprosesseja, tavoitteleeko se kustannussäästöjä tai kustannusten kasvun hillintää, ja miten toteuttamiskelpoinen ja vaikuttava se on suhteessa laajuuteensa ja kustannusarvioonsa.",
          sv: "Hur projektet förnyar verksamhetssätt och serviceprocesser, om det eftersträvar kostnadsbesparingar eller en dämpad kostnadsökning, och hur genomförbart och verkningsfullt det är i förhållande till sin omfattning och kostnadsberäkning.",
          en: "How the project renews ways of working and service processes, whether it aims to cut costs or curb cost growth, and how feasible and effective it is relative to its scope and cost estimate.",
        },
      },
      citation: KOMMUNTORGET_2019_1,
      certainty: "sourced",
    },
  },
};
