import type { CallEdition } from "../schema.js";
import { BUDGET_ITEM_2021 } from "./budget.js";
import { CLOSING_TIME_1615, DESCRIPTIVE_TITLE, START_OF_DAY, jointProjectsOnly } from "./programme.js";
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
  budgetItem: BUDGET_ITEM_2021,
  sources: [VM_2020, VM_2020_OPENING, VM_2020_DECISION],
  appropriation: {
    value: { amount: "10000000.00", sharedWith: [] },
    citation: BUDGET_2021,
    certainty: "sourced",
    note: "The 2020 budget (TA) had 40 M€ on momentti 28.90.32; the fourth supplementary budget (IV LTA) cut it by 30 M€, leaving 10 M€ for 2020.",
  },
  window: {
    opensAt: { value: "2020-06-25T00:00:00+03:00", ...FOUND, certainty: "inferred", note: START_OF_DAY },
    closesAt: {
      value: "2020-10-05T16:15:00+03:00",
      ...FOUND,
      certainty: "inferred",
      note: `${CLOSING_TIME_1615} 5.10.2020 is in Finnish summer time (+03:00).`,
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
      note: "Published rounded, as 9.69 M€.",
    },
  },
  eligibility: jointProjectsOnly(VM_2020),
  focusAreas: {
    electronicDecisionMaking: {
      value: {
        title: {
          fi: "Sähköinen päätöksenteko",
          sv: "Elektroniskt beslutsfattande",
          en: "Electronic decision-making",
        },
        description: {
          fi: "Sähköinen päätöksenteko ja sitä tukevat prosessit.",
          sv: "Elektroniskt beslutsfattande och de processer som stöder det.",
          en: "Electronic decision-making and the processes that support it.",
        },
      },
      ...FOUND,
    },
    electronicMeetings: {
      value: {
        title: { fi: "Sähköiset kokoukset", sv: "Elektroniska möten", en: "Electronic meetings" },
        description: {
          fi: "Kunnan toimielinten sähköiset kokoukset.",
          sv: "Elektroniska möten i kommunens organ.",
          en: "Electronic meetings of the municipality's bodies.",
        },
      },
      ...FOUND,
    },
    participation: {
      value: {
        title: { fi: "Osallistuminen", sv: "Delaktighet", en: "Participation" },
        description: {
          fi: "Kuntalaisten ja palvelujen käyttäjien osallistuminen.",
          sv: "Invånarnas och tjänsteanvändarnas delaktighet.",
          en: "Participation of residents and service users.",
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
          fi: "Etätyön ja monipaikkaisen työn tukeminen kunnassa.",
          sv: "Att stödja distansarbete och arbete på flera orter i kommunen.",
          en: "Supporting remote and multi-location work in the municipality.",
        },
      },
      ...FOUND,
    },
    leisureServices: {
      value: {
        title: {
          fi: "Kulttuuri-, nuoriso-, liikunta- ja vapaa-ajan palvelut",
          sv: "Kultur-, ungdoms-, idrotts- och fritidstjänster",
          en: "Culture, youth, sports and leisure services",
        },
        description: {
          fi: "Kunnan palvelujen digitalisointi: kulttuuri-, nuoriso-, liikunta- ja vapaa-ajan palvelut.",
          sv: "Digitalisering av kommunens tjänster: kultur-, ungdoms-, idrotts- och fritidstjänster.",
          en: "Digitalising municipal services: culture, youth, sports and leisure.",
        },
      },
      ...FOUND,
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
      note: "Known from the decision release (projects to end by the end of October 2022), not from the call text, whose readable part does not state it; that it bound applications is inferred, so a later end is for the ministry to shorten in its decision (688/2001 11 §), not a ground for rejection.",
    },
  },
  criteria: {
    ...STATUTORY_CRITERIA,
    changeInWaysOfWorking: { value: CHANGE_IN_WAYS_OF_WORKING, citation: VM_2020_OPENING, certainty: "sourced" },
    reuseAndDissemination: { value: REUSE_AND_DISSEMINATION, citation: VM_2020_DECISION, certainty: "sourced" },
  },
};
