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
const SEED_EXCLUSION =
  "From the call's seed text (the 2022 call text this library started from): the readable part of the 2022 page ends before this sentence, so the wording is inferred from the seed and from the 2021 call, where the same exclusion is sourced.";

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
    note: "The Finnish title is the call's; the Swedish and English titles are translations.",
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
    note: "10 M€ in the state budget (momentti 28.90.32) for grants to municipalities and joint municipal authorities; the Swedish page and the 2023 budget proposal give the same sum. That it was again a three-year transferable appropriation (siirtomääräraha 3 v), as in 2019 and 2021, is inferred: the 2022 budget page was not found.",
  },
  window: {
    opensAt: {
      value: null,
      citation: VM_2022,
      certainty: "notFound",
      note: "The opening date of the 2022 call was not found (2020 opened 25.6.2020, 2021 on 18.2.2021). editionFor treats the window as starting right after the 2021 call closed.",
    },
    closesAt: {
      value: "2022-04-25T16:15:00+03:00",
      citation: VM_2022,
      certainty: "inferred",
      note: "The call closed on 25.4.2022 (sourced; also Turku's decision of 2.5.2022, https://ah.turku.fi/kh/2022/0502011p/4660161.htm). The time of day was not found: every earlier call whose time was published (2017, 2018, 2019 call 1, 2021) closed at 16.15, so 16.15 Finnish summer time is assumed.",
    },
  },
  decidedOn: {
    value: "2022-06-15",
    citation: LOHJA_2022,
    certainty: "sourced",
    note: "The ministry's decision is dated 15.6.2022; its press release was published on 16.6.2022 at 09.22.",
  },
  statistics: {
    applicationsReceived: { value: 49, citation: VM_2022, certainty: "sourced" },
    grantsMade: { value: 24, citation: VM_2022_DECISION, certainty: "sourced" },
    totalGranted: {
      value: "8620000.00",
      citation: VM_2022_DECISION,
      certainty: "sourced",
      note: "Published rounded, as 8.62 M€ for the 24 projects.",
    },
  },
  eligibility: jointProjectsOnly(VM_2022),
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
      note: "Perspective a) of the call. A project emphasises one of the two perspectives (jompaa kumpaa) while digitalising and renewing operations, tasks or internal processes.",
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
      note: "Perspective b) of the call. A project emphasises one of the two perspectives (jompaa kumpaa).",
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
      note: "Known from the decision release: projects must be carried out before the end of September 2024 ('före utgången av september 2024'). The readable part of the call page does not state it, so that it bound applications is inferred, and a later end is for the ministry to shorten in its decision (688/2001 11 §), not a ground for rejection. Why then (inferred): momentti 28.90.32 is a three-year transferable appropriation, usable in the budget year and the two after it (423/1988), so 2022 money must be paid out by the end of 2024.",
    },
  },
  criteria: {
    ...STATUTORY_CRITERIA,
    changeInWaysOfWorking: {
      value: CHANGE_IN_WAYS_OF_WORKING,
      citation: VM_2022,
      certainty: "sourced",
      note: "The object was above all change in how municipalities work and in their processes. The FAQ (https://vm.fi/ukk-kuntien-digikannustinavustukset) adds: describe what changes and how the change is led; a technical solution alone is not enough.",
    },
    reuseAndDissemination: {
      value: REUSE_AND_DISSEMINATION,
      citation: VM_2022,
      certainty: "sourced",
      note: "The project plan had to show how the results are used and disseminated after the project (the end of that sentence is in the identical 2020 and 2021 texts and in the seed text; 893/2019 6 § 2 mom. 2 kohta). The FAQ asks applicants to check prior work in other municipalities and to assess the spread of good practice.",
    },
    nationalServicesAndInteroperability: {
      value: NATIONAL_SERVICES,
      citation: VM_2022_FAQ,
      certainty: "inferred",
      note: "The FAQ tells applicants to use national shared services (Suomi.fi) where possible and to publish new vocabularies, code lists and data models on yhteentoimiva.suomi.fi. That this weighed in the 2022 assessment is an assumption: the FAQ is planning guidance, and no list of 2022 criteria was published.",
    },
  },
};
