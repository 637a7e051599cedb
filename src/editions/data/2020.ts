import type { CallEdition } from "../schema.js";
import { BUDGET_ITEM_2021 } from "./budget.js";
import {
  CLOSING_TIME_1615,
  DESCRIPTIVE_TITLE,
  JOINT_RELEASE_WORDING,
  START_OF_DAY,
  jointProjectsOnly,
  withOperationalChange,
} from "./programme.js";
import { BUDGET_2021, VM_2020, VM_2020_DECISION, VM_2020_OPENING } from "./sources.js";
import { STATUTORY_CRITERIA, UNDER_893_2019 } from "./statute.js";
import {
  ARCHIVING,
  BUILT_ENVIRONMENT,
  CHANGE_IN_WAYS_OF_WORKING,
  REUSE_AND_DISSEMINATION,
  SOCIAL_AND_HEALTH_CARE,
} from "./texts.js";

const FOUND = { citation: VM_2020, certainty: "sourced" } as const;

/**
 * The 2020 call: electronic decision-making and meetings, participation, remote work and leisure
 * services; joint projects only. Open 25.6.–5.10.2020; 61 applications, 29 grants, 9.69 M€.
 */
export const edition2020: CallEdition = {
  id: "2020",
  registerYear: 2020,
  title: {
    value: {
      fi: "Valtionavustus kuntien digitalisaation edistämiseen 2020",
      sv: "Statsunderstöd för främjande av digitaliseringen i kommunerna 2020",
      en: "2020 grant for promoting digitalisation in municipalities",
    },
    citation: VM_2020,
    certainty: "inferred",
    note: DESCRIPTIVE_TITLE,
  },
  ...UNDER_893_2019,
  requiredContents: withOperationalChange(
    VM_2020,
    "Hankkeessa on suunniteltava, miten toiminnan muutokset toteutetaan ja miten hankkeen tuloksia hyödynnetään ja levitetään hankkeen päätyttyä. Nämä on kuvattava hakemuksessa.",
  ),
  budgetItem: BUDGET_ITEM_2021,
  sources: [VM_2020, VM_2020_OPENING, VM_2020_DECISION],
  appropriation: {
    value: { amount: "10000000.00", sharedWith: [] },
    citation: BUDGET_2021,
    certainty: "sourced",
    note: {
      fi: "Vuoden 2020 talousarviossa (TA) momentilla 28.90.32 oli 40 M€; neljäs lisätalousarvio (IV LTA) vähensi sitä 30 M€:lla, joten vuodelle 2020 jäi 10 M€.",
      sv: "Budgeten för 2020 hade 40 M€ under moment 28.90.32; den fjärde tilläggsbudgeten minskade det med 30 M€, så 10 M€ återstod för 2020.",
      en: "The 2020 budget (TA) had 40 M€ on momentti 28.90.32; the fourth supplementary budget (IV LTA) cut it by 30 M€, leaving 10 M€ for 2020.",
    },
  },
  window: {
    opensAt: { value: "2020-06-25T00:00:00+03:00", ...FOUND, certainty: "inferred", note: START_OF_DAY },
    closesAt: {
      value: "2020-10-05T16:15:00+03:00",
      ...FOUND,
      certainty: "inferred",
      note: {
        fi: `${CLOSING_TIME_1615.fi} 5.10.2020 on Suomen kesäaikaa (+03:00).`,
        sv: `${CLOSING_TIME_1615.sv} 5.10.2020 är finsk sommartid (+03:00).`,
        en: `${CLOSING_TIME_1615.en} 5.10.2020 is in Finnish summer time (+03:00).`,
      },
    },
  },
  decidedOn: { value: "2020-12-11", citation: VM_2020_DECISION, certainty: "sourced" },
  statistics: {
    applicationsReceived: { value: 61, citation: VM_2020_DECISION, certainty: "sourced" },
    grantsMade: { value: 29, citation: VM_2020_DECISION, certainty: "sourced" },
    totalGranted: {
      value: "9690000.00",
      citation: VM_2020_DECISION,
      certainty: "sourced",
      note: {
        fi: "Julkaistu pyöristettynä: 9,69 M€.",
        sv: "Publicerat avrundat: 9,69 M€.",
        en: "Published rounded, as 9.69 M€.",
      },
    },
  },
  eligibility: jointProjectsOnly(VM_2020),
  recipients: {
    value: "joint",
    citation: VM_2020_DECISION,
    certainty: "inferred",
    note: JOINT_RELEASE_WORDING,
  },
  focusAreas: {
    electronicDecisionMaking: {
      value: {
        title: {
          fi: "Sähköinen päätöksenteko",
          sv: "Elektroniskt beslutsfattande",
          en: "Electronic decision-making",
        },
        description: {
          fi: "Kunnan sähköinen päätöksenteko ja sitä tukevat sisäiset prosessit.",
          sv: "Kommunens elektroniska beslutsfattande och de interna processer som stöder det.",
          en: "The municipality's electronic decision-making and the internal processes that support it.",
        },
      },
      ...FOUND,
    },
    electronicMeetings: {
      value: {
        title: {
          fi: "Sähköiset kokoukset ja sähköinen päätöksentekomenettely",
          sv: "Elektroniska möten och elektroniskt beslutsförfarande",
          en: "Electronic meetings and electronic decision-making procedure",
        },
        description: {
          fi: "Kunnan toimielinten sähköiset kokoukset ja sähköinen päätöksentekomenettely.",
          sv: "Elektroniska möten i kommunens organ och elektroniskt beslutsförfarande.",
          en: "Electronic meetings of the municipality's bodies and the electronic decision-making procedure.",
        },
      },
      ...FOUND,
    },
    participation: {
      value: {
        title: {
          fi: "Osallistuminen ja vaikuttaminen",
          sv: "Delaktighet och påverkan",
          en: "Participation and influence",
        },
        description: {
          fi: "Kuntalaisten ja palveluiden käyttäjien osallistuminen ja vaikuttaminen.",
          sv: "Invånarnas och tjänsteanvändarnas delaktighet och påverkan.",
          en: "Participation and influence of residents and service users.",
        },
      },
      ...FOUND,
    },
    remoteWork: {
      value: {
        title: {
          fi: "Etä- ja monipaikkainen työ",
          sv: "Distansarbete och flerortsarbete",
          en: "Remote and multi-location work",
        },
        description: {
          fi: "Etätyö ja monipaikkainen työ.",
          sv: "Distansarbete och arbete på flera orter.",
          en: "Remote work and multi-location work.",
        },
      },
      ...FOUND,
    },
    leisureServices: {
      value: {
        title: {
          fi: "Kunnan järjestämien palvelujen digitalisaatio",
          sv: "Digitalisering av tjänster som kommunen ordnar",
          en: "Digitalisation of the services the municipality organises",
        },
        description: {
          fi: "Kunnan järjestämien palvelujen digitalisaatio, esimerkiksi kulttuuri-, nuoriso-, liikuntatoimen ja vapaa-ajan palvelujen digitalisaatio.",
          sv: "Digitalisering av tjänster som kommunen ordnar, till exempel kultur-, ungdoms-, idrotts- och fritidstjänster.",
          en: "Digitalising the services the municipality organises, for example culture, youth, sports and leisure services.",
        },
      },
      ...FOUND,
      note: {
        fi: "Kulttuuri-, nuoriso-, liikunta- ja vapaa-ajan palvelut ovat haun esimerkkejä (esimerkiksi), eivät rajaus; koodi leisureServices säilyttää alkuperäisen nimensä.",
        sv: "Kultur-, ungdoms-, idrotts- och fritidstjänsterna är utlysningens exempel (esimerkiksi), ingen begränsning; koden leisureServices behåller sitt ursprungliga namn.",
        en: "The culture, youth, sports and leisure services are the call's examples (esimerkiksi), not a limit; the code leisureServices keeps its first name.",
      },
    },
  },
  exclusions: {
    socialAndHealthCare: { value: SOCIAL_AND_HEALTH_CARE, ...FOUND },
    builtEnvironment: { value: BUILT_ENVIRONMENT, ...FOUND },
    archiving: { value: ARCHIVING, ...FOUND },
  },
  period: {
    latestEnd: {
      value: "2022-10-31",
      citation: VM_2020_DECISION,
      certainty: "inferred",
      note: {
        fi: "Tiedetään päätöstiedotteesta (hankkeiden oli päätyttävä lokakuun 2022 loppuun mennessä), ei hakuilmoituksesta, jonka luettavissa oleva osa ei sitä kerro; että se sitoi hakemuksia, on päätelty, joten myöhempi päättyminen on ministeriön lyhennettävissä päätöksessään (688/2001 11 §), ei hylkäysperuste.",
        sv: "Känt från beslutsmeddelandet (projekten skulle avslutas före utgången av oktober 2022), inte från utlysningen, vars läsbara del inte anger det; att det band ansökningarna är härlett, så ett senare slut är något ministeriet kan förkorta i sitt beslut (688/2001 11 §), inte en grund för avslag.",
        en: "Known from the decision release (projects to end by the end of October 2022), not from the call text, whose readable part does not state it; that it bound applications is inferred, so a later end is for the ministry to shorten in its decision (688/2001 11 §), not a ground for rejection.",
      },
    },
  },
  criteria: {
    ...STATUTORY_CRITERIA,
    changeInWaysOfWorking: { value: CHANGE_IN_WAYS_OF_WORKING, citation: VM_2020_OPENING, certainty: "sourced" },
    reuseAndDissemination: { value: REUSE_AND_DISSEMINATION, citation: VM_2020_DECISION, certainty: "sourced" },
  },
};
