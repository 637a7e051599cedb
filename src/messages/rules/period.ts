// The period rules' messages and reference texts.
import { formatDate } from "../../time/format.js";
import { defineMessages } from "../../vocabulary/locale.js";

type PeriodP = { readonly start: string; readonly end: string };
type PeriodMissingP = { readonly start: string | null; readonly end: string | null };
type LatestP = { readonly end: string; readonly latestEnd: string };
type LatestMissingP = { readonly latestEnd: string };

/** The fields a period lacks: `project.start`, `project.end`. */
const lacking = (p: PeriodMissingP) =>
  [p.start === null ? "project.start" : "", p.end === null ? "project.end" : ""].filter(Boolean).join(", ");

/** Messages of the period.* rules. */
export const periodMessages = defineMessages({
  "period.startBeforeEnd.pass": {
    fi: (p: PeriodP) => `Hanke kestää ${formatDate(p.start, "fi")}–${formatDate(p.end, "fi")}.`,
    sv: (p: PeriodP) => `Projektet pågår ${formatDate(p.start, "sv")}–${formatDate(p.end, "sv")}.`,
    en: (p: PeriodP) => `The project runs from ${formatDate(p.start, "en")} to ${formatDate(p.end, "en")}.`,
  },
  "period.startBeforeEnd.fail": {
    fi: (p: PeriodP) =>
      `Hankkeen alkamispäivä ${formatDate(p.start, "fi")} on päättymispäivän ${formatDate(p.end, "fi")} jälkeen.`,
    sv: (p: PeriodP) =>
      `Projektets startdag ${formatDate(p.start, "sv")} infaller efter slutdagen ${formatDate(p.end, "sv")}.`,
    en: (p: PeriodP) =>
      `The project's first day, ${formatDate(p.start, "en")}, is after its last day, ${formatDate(p.end, "en")}.`,
  },
  "period.startBeforeEnd.missing": {
    fi: (p: PeriodMissingP) => `Hankkeen aikataulusta puuttuu ${lacking(p)}, joten kestoa ei voi tarkistaa.`,
    sv: (p: PeriodMissingP) => `Projektets tidsplan saknar ${lacking(p)}, så längden kan inte kontrolleras.`,
    en: (p: PeriodMissingP) => `The project's schedule lacks ${lacking(p)}, so its length cannot be checked.`,
  },
  "period.endsByLatestEnd.pass": {
    fi: (p: LatestP) =>
      p.end === p.latestEnd
        ? `Hanke päättyy avustuksen viimeisenä käyttöpäivänä ${formatDate(p.end, "fi")}.`
        : `Hanke päättyy ${formatDate(p.end, "fi")}; avustuksen viimeinen käyttöpäivä on ${formatDate(p.latestEnd, "fi")}.`,
    sv: (p: LatestP) =>
      `Projektet slutar ${formatDate(p.end, "sv")}; understödets sista användningsdag är ${formatDate(p.latestEnd, "sv")}.`,
    en: (p: LatestP) =>
      `The project ends on ${formatDate(p.end, "en")}; the last day of use of the grant is ${formatDate(p.latestEnd, "en")}.`,
  },
  "period.endsByLatestEnd.fail": {
    fi: (p: LatestP) =>
      `Hanke päättyy ${formatDate(p.end, "fi")}, mutta avustusta voi käyttää vain ${formatDate(p.latestEnd, "fi")} asti.`,
    sv: (p: LatestP) =>
      `Projektet slutar ${formatDate(p.end, "sv")}, men understödet kan användas bara till och med ${formatDate(p.latestEnd, "sv")}.`,
    en: (p: LatestP) =>
      `The project ends on ${formatDate(p.end, "en")}, but the grant can be used only until ${formatDate(p.latestEnd, "en")}.`,
  },
  "period.endsByLatestEnd.fromDecision": {
    fi: (p: LatestP) =>
      `Hanke päättyy ${formatDate(p.end, "fi")}, mutta haun avustuspäätöksissä käyttöaika päättyi ${formatDate(p.latestEnd, "fi")}. Päivä tunnetaan päätöstiedotteesta eikä hakuilmoituksesta, ja ministeriö voi lyhentää käyttöaikaa päätöksessään (688/2001 11 §), joten käsittelijän on arvioitava asia.`,
    sv: (p: LatestP) =>
      `Projektet slutar ${formatDate(p.end, "sv")}, men i ansökningsomgångens understödsbeslut gick användningstiden ut ${formatDate(p.latestEnd, "sv")}. Dagen är känd från pressmeddelandet om besluten och inte från utlysningen, och ministeriet kan förkorta användningstiden i sitt beslut (688/2001 11 §), så handläggaren ska bedöma saken.`,
    en: (p: LatestP) =>
      `The project ends on ${formatDate(p.end, "en")}, but in the call's grant decisions the period of use ended on ${formatDate(p.latestEnd, "en")}. That date is known from the decision release, not from the call text, and the ministry can shorten the period of use in its decision (688/2001 11 §), so a case handler must decide.`,
  },
  "period.endsByLatestEnd.missing": {
    fi: (p: LatestMissingP) =>
      `Hankkeen päättymispäivä (project.end) puuttuu; hankkeen on päätyttävä viimeistään ${formatDate(p.latestEnd, "fi")}.`,
    sv: (p: LatestMissingP) =>
      `Projektets slutdag (project.end) saknas; projektet ska sluta senast ${formatDate(p.latestEnd, "sv")}.`,
    en: (p: LatestMissingP) =>
      `The project's last day (project.end) is missing; the project must end by ${formatDate(p.latestEnd, "en")}.`,
  },
});

/** The titles and descriptions of the period.* rules, for the rules reference (`ruleCatalogue`, docs/rules). */
export const periodTexts = {
  "period.startBeforeEnd": {
    title: {
      fi: "Hanke alkaa ennen kuin se päättyy",
      sv: "Projektet börjar innan det slutar",
      en: "The project starts before it ends",
    },
    description: {
      fi: "Hakemuksen aikatauluun kuuluvat hankkeen alkamis- ja päättymispäivä, eikä alkamispäivä saa olla päättymispäivän jälkeen.",
      sv: "Till ansökans tidsplan hör projektets start- och slutdag, och startdagen får inte infalla efter slutdagen.",
      en: "The application's schedule gives the project's first and last day, and the first day must not be after the last.",
    },
  },
  "period.endsByLatestEnd": {
    title: {
      fi: "Hanke päättyy avustuksen käyttöajan puitteissa",
      sv: "Projektet slutar inom understödets användningstid",
      en: "The project ends within the period of use",
    },
    description: {
      fi: "Hankkeen päättymispäivä ei saa olla haun viimeisen käyttöpäivän jälkeen, jos päivä julkaistiin haun yhteydessä (vuoden 2019 haut: 30.11.2021). Jos päivä tunnetaan vain avustuspäätöksistä (2020 ja 2022), myöhempi päättyminen ohjataan käsittelijälle, koska ministeriö voi lyhentää käyttöaikaa päätöksessään.",
      sv: "Projektets slutdag får inte infalla efter ansökningsomgångens sista användningsdag, om dagen publicerades med utlysningen (2019 års omgångar: 30.11.2021). Om dagen är känd bara från understödsbesluten (2020 och 2022), går ett senare slut till handläggaren, eftersom ministeriet kan förkorta användningstiden i sitt beslut.",
      en: "The project's last day must not be after the call's last day of use where that day was published with the call (the 2019 calls: 30 November 2021). Where it is known only from the grant decisions (2020 and 2022), a later end goes to a case handler, since the ministry can shorten the period of use in its decision.",
    },
  },
};
