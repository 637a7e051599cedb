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
  note: "The FAQ says companies and associations cannot be applicants but can be partners. Other bodies are listed here because 893/2019 3 § names only municipalities and joint municipal authorities as recipients.",
};

/** A kuntayhtymä may apply together with municipalities or on their behalf (vm.fi/usein-kysyttya). */
export const JOINT_AUTHORITY_ON_BEHALF: CallEdition["eligibility"]["jointAuthorityOnBehalf"] = {
  value: true,
  citation: VM_FAQ,
  certainty: "sourced",
  note: "A joint municipal authority (kuntayhtymä) may apply together with municipalities or on their behalf.",
};

/** Whether Åland municipalities may take part: no statement was found in any call. */
export const ALAND_MUNICIPALITIES: CallEdition["eligibility"]["alandMunicipalities"] = {
  value: null,
  citation: VM_FAQ,
  certainty: "notFound",
  note: "Open question. Neither the call pages, the FAQ nor the budget text of momentti 28.90.32 say whether municipalities of Åland (Ahvenanmaa) may take part. The budget line says 'kunnille ja kuntayhtymille' without excluding Åland; the 2019 money came from cutting the mainland basic-services state share (28.90.30), which Åland municipalities are not part of (inferred). Rules should send an Åland participant to human review rather than decide.",
};

/** "More than one municipality" in a joint project, no maximum (VM, quoted by Kuntaliitto in 2020). */
export const MIN_JOINT_MUNICIPALITIES: CallEdition["eligibility"]["minMunicipalities"] = {
  value: 2,
  citation: KUNTALIITTO_2020,
  certainty: "sourced",
  note: "A joint project needs more than one municipality; there is no maximum ('in theory all Finnish municipalities together'). A joint municipal authority does not count as a municipality.",
};

/** Why a title is marked inferred: the calls before 2022 were seen only by theme, not by their official title. */
export const DESCRIPTIVE_TITLE =
  "The call's official title was not recorded; this descriptive title is built from the year, the call and its theme on the cited page. The Swedish and English titles are translations.";

/** Why an opening instant is marked inferred: the day was published, the time of day was not. */
export const START_OF_DAY =
  "The opening day is sourced; the time of day was not published, so the window is taken to open at the start of that day, 00:00 Finnish time.";

/** Why a closing time of 16.15 is assumed where only the day was published. */
export const CLOSING_TIME_1615 =
  "The closing day is sourced; the time of day was not found. Every call whose time was published (2017, 2018, 2019 call 1, 2021) closed at 16.15 Finnish time, so 16.15 is assumed.";

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
      note: "Only joint projects of several municipalities were funded.",
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
      note: `The call text: '${quote}'. 893/2019 6 § 2 mom. does not list it; the budget item 28.90.32 lets the call set its more detailed criteria.`,
    },
  };
}
