// The focus area rule's messages and reference texts.
import { defineMessages } from "../../vocabulary/locale.js";
import type { TitleParams } from "./params.js";

type FocusP = TitleParams & { readonly focusArea: string };
type AllowedP = {
  readonly allowed: readonly string[];
  readonly allowedFi: readonly string[];
  readonly allowedSv: readonly string[];
  readonly allowedEn: readonly string[];
};
type WrongFocusP = AllowedP & { readonly focusArea: string; readonly edition: string };

/** `”Osaaminen” (competence)`, for each code with its title. */
function titledCodes(codes: readonly string[], titles: readonly string[], q: [string, string]): string {
  return codes.map((c, i) => `${q[0]}${titles[i] ?? c}${q[1]} (${c})`).join(", ");
}
const FI_Q: [string, string] = ["”", "”"];
const EN_Q: [string, string] = ['"', '"'];

/** Messages of the focusArea.* rules. */
export const focusAreaMessages = defineMessages({
  "focusArea.oneOfEdition.pass": {
    fi: (p: FocusP) => `Painopiste on ”${p.titleFi}” (${p.focusArea}), joka kuuluu tämän haun painopisteisiin.`,
    sv: (p: FocusP) =>
      `Tyngdpunkten är ”${p.titleSv}” (${p.focusArea}), som hör till denna ansökningsomgångs tyngdpunkter.`,
    en: (p: FocusP) => `The focus area is "${p.titleEn}" (${p.focusArea}), one of this call's focus areas.`,
  },
  "focusArea.oneOfEdition.fail": {
    fi: (p: WrongFocusP) =>
      `Painopiste ${p.focusArea} ei kuulu haun ${p.edition} painopisteisiin. Valitse yksi näistä: ${titledCodes(p.allowed, p.allowedFi, FI_Q)}.`,
    sv: (p: WrongFocusP) =>
      `Tyngdpunkten ${p.focusArea} hör inte till tyngdpunkterna i ansökningsomgången ${p.edition}. Välj en av dessa: ${titledCodes(p.allowed, p.allowedSv, FI_Q)}.`,
    en: (p: WrongFocusP) =>
      `The focus area ${p.focusArea} is not one of the focus areas of the ${p.edition} call. Choose one of: ${titledCodes(p.allowed, p.allowedEn, EN_Q)}.`,
  },
  "focusArea.oneOfEdition.missing": {
    fi: (p: AllowedP) =>
      `Hankkeen painopiste (project.focusArea) puuttuu. Valitse yksi näistä: ${titledCodes(p.allowed, p.allowedFi, FI_Q)}.`,
    sv: (p: AllowedP) =>
      `Projektets tyngdpunkt (project.focusArea) saknas. Välj en av dessa: ${titledCodes(p.allowed, p.allowedSv, FI_Q)}.`,
    en: (p: AllowedP) =>
      `The project's focus area (project.focusArea) is missing. Choose one of: ${titledCodes(p.allowed, p.allowedEn, EN_Q)}.`,
  },
});

/** The titles and descriptions of the focusArea.* rules, for the rules reference (`ruleCatalogue`, docs/rules). */
export const focusAreaTexts = {
  "focusArea.oneOfEdition": {
    title: {
      fi: "Painopiste kuuluu hakuun",
      sv: "Tyngdpunkten hör till ansökningsomgången",
      en: "The focus area belongs to the call",
    },
    description: {
      fi: "Hankkeen painopisteen pitää olla yksi juuri tämän haun painopisteistä. Painopisteet vaihtuivat vuosittain, joten aiemman haun painopiste ei käy.",
      sv: "Projektets tyngdpunkt ska vara en av just denna ansökningsomgångs tyngdpunkter. Tyngdpunkterna byttes varje år, så en tidigare omgångs tyngdpunkt duger inte.",
      en: "The project's focus area must be one of this call's focus areas. They changed every year, so an earlier call's focus area does not do.",
    },
  },
};
