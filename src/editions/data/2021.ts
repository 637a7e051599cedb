import type { CallEdition } from "../schema.js";
import { BUDGET_ITEM_2021 } from "./budget.js";
import {
  DESCRIPTIVE_TITLE,
  JOINT_RELEASE_WORDING,
  START_OF_DAY,
  jointProjectsOnly,
  withOperationalChange,
} from "./programme.js";
import { BUDGET_2021, VM_2021, VM_2021_DECISION, VM_2021_OPENING, VM_2021_SV } from "./sources.js";
import { STATUTORY_CRITERIA, UNDER_893_2019 } from "./statute.js";
import {
  CHANGE_IN_WAYS_OF_WORKING,
  DIGITISATION_ONLY,
  NATIONAL_SERVICES,
  REUSE_AND_DISSEMINATION,
  SOCIAL_AND_HEALTH_CARE,
} from "./texts.js";

const FOUND = { citation: VM_2021, certainty: "sourced" } as const;

/**
 * The 2021 call: the built environment sector (now in scope) and digital security; joint projects
 * only. Open 18.2.–4.5.2021 16.15; 46 applications, 17 grants (+4 decided later).
 */
export const edition2021: CallEdition = {
  id: "2021",
  registerYear: 2021,
  title: {
    value: {
      fi: "Valtionavustus kuntien digitalisaation edistämiseen 2021",
      sv: "Statsunderstöd för främjande av digitaliseringen i kommunerna 2021",
      en: "2021 grant for promoting digitalisation in municipalities",
    },
    ...FOUND,
    certainty: "inferred",
    note: DESCRIPTIVE_TITLE,
  },
  ...UNDER_893_2019,
  requiredContents: withOperationalChange(
    VM_2021,
    "Hankkeessa tulee suunnitella, miten toiminnan muutokset toteutetaan ja miten hankkeen tuloksia tullaan hyödyntämään ja levittämään hankkeen päätyttyä sekä kuvata nämä hakemuksessa.",
  ),
  budgetItem: BUDGET_ITEM_2021,
  sources: [VM_2021, VM_2021_SV, VM_2021_OPENING, VM_2021_DECISION],
  appropriation: { value: { amount: "10000000.00", sharedWith: [] }, citation: BUDGET_2021, certainty: "sourced" },
  window: {
    opensAt: { value: "2021-02-18T00:00:00+02:00", ...FOUND, certainty: "inferred", note: START_OF_DAY },
    closesAt: { value: "2021-05-04T16:15:00+03:00", ...FOUND },
  },
  decidedOn: { value: "2021-06-23", citation: VM_2021_DECISION, certainty: "sourced" },
  statistics: {
    applicationsReceived: { value: 46, citation: VM_2021_DECISION, certainty: "sourced" },
    grantsMade: {
      value: 17,
      citation: VM_2021_DECISION,
      certainty: "sourced",
      note: {
        fi: "Päätöksessä 23.6.2021 myönnettiin 17 avustusta; 4 muusta päätettiin myöhemmin.",
        sv: "17 understöd i beslutet av 23.6.2021; ytterligare 4 beslutades senare.",
        en: "17 grants in the decision of 23.6.2021; 4 more were decided later.",
      },
    },
    totalGranted: {
      value: "5770000.00",
      citation: VM_2021_DECISION,
      certainty: "sourced",
      note: {
        fi: "Julkaistu pyöristettynä (5,77 M€) ja vain 17 ensimmäisestä avustuksesta; 4 myöhempää avustusta eivät sisälly summaan.",
        sv: "Publicerat avrundat (5,77 M€) och endast för de 17 första understöden; de 4 senare understöden ingår inte.",
        en: "Published rounded, as 5.77 M€, and only for the first 17 grants; the 4 later grants are not included.",
      },
    },
  },
  eligibility: jointProjectsOnly(VM_2021),
  recipients: {
    value: "joint",
    citation: VM_2021_DECISION,
    certainty: "inferred",
    note: JOINT_RELEASE_WORDING,
  },
  focusAreas: {
    builtEnvironmentServices: {
      value: {
        title: {
          fi: "Rakennetun ympäristön toimiala",
          sv: "Sektorn för den byggda miljön",
          en: "The built environment sector",
        },
        description: {
          fi: "Kunnan toiminnan ja palvelujen digitalisointi rakennetun ympäristön toimialalla.",
          sv: "Digitalisering av kommunens verksamhet och tjänster inom sektorn för den byggda miljön.",
          en: "Digitalising the municipality's operations and services in the built environment sector.",
        },
      },
      ...FOUND,
      note: {
        fi: "Rakennettu ympäristö, joka oli rajattu pois vuoden 2019 toisesta hausta ja vuoden 2020 hausta, oli painopiste vuonna 2021.",
        sv: "Den byggda miljön, som var utesluten i 2019 års andra utlysning och 2020, var ett fokusområde 2021.",
        en: "The built environment, excluded in the second 2019 call and in 2020, was a focus area in 2021.",
      },
    },
    digitalSecurity: {
      value: {
        title: { fi: "Digitaalinen turvallisuus", sv: "Digital säkerhet", en: "Digital security" },
        description: {
          fi: "Digitaalinen turvallisuus toiminnan ja johtamisen jatkuvuuden varmistamiseksi.",
          sv: "Digital säkerhet för att trygga kontinuiteten i verksamheten och ledningen.",
          en: "Digital security to ensure the continuity of operations and management.",
        },
      },
      ...FOUND,
    },
  },
  exclusions: {
    socialAndHealthCare: { value: SOCIAL_AND_HEALTH_CARE, ...FOUND },
    digitisationOnly: { value: DIGITISATION_ONLY, ...FOUND },
  },
  period: {
    latestEnd: {
      value: "2023-10-31",
      ...FOUND,
      note: {
        fi: "Hankkeiden oli päätyttävä lokakuun 2023 loppuun mennessä.",
        sv: "Projekten skulle avslutas före utgången av oktober 2023.",
        en: "Projects had to end by the end of October 2023.",
      },
    },
  },
  criteria: {
    ...STATUTORY_CRITERIA,
    changeInWaysOfWorking: { value: CHANGE_IN_WAYS_OF_WORKING, citation: VM_2021_OPENING, certainty: "sourced" },
    reuseAndDissemination: {
      value: REUSE_AND_DISSEMINATION,
      citation: VM_2021_DECISION,
      certainty: "inferred",
      note: {
        fi: "Lähteestä vuodelta 2020 (https://vm.fi/sv/-/finansministeriet-beviljade-2020-ars-understod-for-kommunernas-digitaliseringsprojekt). Vuoden 2021 päätöstiedote mainitsee kansalliset palvelut 'myös', joten vuoden 2020 vaatimusten oletetaan jatkuneen.",
        sv: "Källbelagt för 2020 (https://vm.fi/sv/-/finansministeriet-beviljade-2020-ars-understod-for-kommunernas-digitaliseringsprojekt). Pressmeddelandet om 2021 års beslut nämner de nationella tjänsterna 'också', så 2020 års krav antas ha fortsatt.",
        en: "Sourced for 2020 (https://vm.fi/sv/-/finansministeriet-beviljade-2020-ars-understod-for-kommunernas-digitaliseringsprojekt). The 2021 decision release names national services 'also', so the 2020 requirements are assumed to have continued.",
      },
    },
    nationalServicesAndInteroperability: { value: NATIONAL_SERVICES, citation: VM_2021_DECISION, certainty: "sourced" },
  },
};
