import { formatAmount } from "../money/format.js";
import { formatDate } from "../time/format.js";
import { defineMessages } from "../vocabulary/locale.js";
import type { Locale } from "../vocabulary/locale.js";
import { BUDGET_CATEGORY_WORDS, wordFor } from "../vocabulary/words.js";

type None = Record<string, never>;
type Index = { readonly index: number };
type Option = { readonly option: string; readonly expected: string };
type Extension = { readonly end: string; readonly current: string };
type Beyond = { readonly end: string; readonly lastYear: number; readonly budgetYear: number };
type Within = Beyond;
type Late = { readonly at: string; readonly current: string };
type Total = { readonly total: string; readonly eligibleCosts: string };
type Categories = { readonly categories: readonly string[] };
type Parties = { readonly parties: readonly string[] };
type Grant = { readonly maximum: string; readonly amended: string };

const eur = (amount: string, locale: Locale) => formatAmount(amount, locale);
const day = (date: string, locale: Locale) => formatDate(date, locale);
const words = (categories: readonly string[], locale: Locale) =>
  categories.map((c) => wordFor(BUDGET_CATEGORY_WORDS, c, locale)).join(", ");

/**
 * Messages of a change application (muutoshakemus, 688/2001 14 §): the extension of the period of
 * use, the reallocation of the budget, and why a change application cannot be read.
 */
export const changeMessages = defineMessages({
  "change.notAnObject": {
    fi: (_: None) => "Muutoshakemuksen pitää olla JSON-olio.",
    sv: (_: None) => "Ändringsansökan ska vara ett JSON-objekt.",
    en: (_: None) => "The change application must be a JSON object.",
  },
  "change.invalidOption": {
    fi: (p: Option) => `Valinta ${p.option} on virheellinen: odotettiin ${p.expected}.`,
    sv: (p: Option) => `Inställningen ${p.option} är ogiltig: förväntat ${p.expected}.`,
    en: (p: Option) => `The option ${p.option} is invalid: expected ${p.expected}.`,
  },
  "change.noParts": {
    fi: (_: None) =>
      "Muutoshakemus ei hae mitään muutosta: anna ainakin yksi kohdista extension, reallocation, content tai consortium.",
    sv: (_: None) =>
      "Ändringsansökan söker ingen ändring: ange minst en av delarna extension, reallocation, content eller consortium.",
    en: (_: None) =>
      "The change application asks for no change: give at least one of extension, reallocation, content or consortium.",
  },
  "change.failed": {
    fi: (_: None) => "Muutoshakemusta ei voitu arvioida.",
    sv: (_: None) => "Ändringsansökan kunde inte bedömas.",
    en: (_: None) => "The change application could not be assessed.",
  },
  "change.otherGrant": {
    fi: (p: Index) => `Tapahtuman ${p.index} muutetut ehdot kuuluvat toiseen avustukseen: haku tai päätöspäivä on eri.`,
    sv: (p: Index) =>
      `De ändrade villkoren i händelse ${p.index} hör till ett annat understöd: utlysningen eller beslutsdagen är en annan.`,
    en: (p: Index) =>
      `The amended terms of event ${p.index} belong to another grant: the call or the decision date differs.`,
  },
  "change.extension.pass": {
    fi: (p: Extension) => `Käyttöaikaa jatketaan ${day(p.current, "fi")} alkaen ${day(p.end, "fi")} asti.`,
    sv: (p: Extension) => `Användningstiden förlängs från ${day(p.current, "sv")} till ${day(p.end, "sv")}.`,
    en: (p: Extension) => `The period of use is extended from ${day(p.current, "en")} to ${day(p.end, "en")}.`,
  },
  "change.extension.notLater": {
    fi: (p: Extension) =>
      `Haettu uusi päättymispäivä ${day(p.end, "fi")} ei ole nykyisen käyttöajan päättymisen (${day(p.current, "fi")}) jälkeen.`,
    sv: (p: Extension) =>
      `Det sökta nya slutdatumet ${day(p.end, "sv")} infaller inte efter att den nuvarande användningstiden slutar (${day(p.current, "sv")}).`,
    en: (p: Extension) =>
      `The new end asked for, ${day(p.end, "en")}, is not after the current end of the period of use (${day(p.current, "en")}).`,
  },
  "change.extension.beyondAppropriation": {
    fi: (p: Beyond) =>
      `Uusi päättymispäivä ${day(p.end, "fi")} on vuoden ${p.lastYear} jälkeen; vuoden ${p.budgetYear} siirtomäärärahaa (3 v) voidaan käyttää vain vuoden ${p.lastYear} loppuun. Ministeriö harkitsee, miten jatko rahoitetaan.`,
    sv: (p: Beyond) =>
      `Det nya slutdatumet ${day(p.end, "sv")} infaller efter år ${p.lastYear}; reservationsanslaget (3 år) för ${p.budgetYear} kan användas endast till utgången av ${p.lastYear}. Ministeriet prövar hur förlängningen finansieras.`,
    en: (p: Beyond) =>
      `The new end ${day(p.end, "en")} is after ${p.lastYear}; the ${p.budgetYear} transferable appropriation (3 v) can be used only until the end of ${p.lastYear}. The ministry judges how the extension is financed.`,
  },
  "change.extension.withinAppropriation": {
    fi: (p: Within) =>
      `Uusi päättymispäivä ${day(p.end, "fi")} on vuonna ${p.lastYear} tai ennen; vuoden ${p.budgetYear} siirtomääräraha (3 v) on silloin vielä käytettävissä.`,
    sv: (p: Within) =>
      `Det nya slutdatumet ${day(p.end, "sv")} infaller senast år ${p.lastYear}; reservationsanslaget (3 år) för ${p.budgetYear} kan då ännu användas.`,
    en: (p: Within) =>
      `The new end ${day(p.end, "en")} is in ${p.lastYear} or before; the ${p.budgetYear} transferable appropriation (3 v) can still be used then.`,
  },
  "change.extension.afterEnd": {
    fi: (p: Late) =>
      `Jatkoa haetaan ${day(p.at, "fi")}, käyttöajan päätyttyä ${day(p.current, "fi")}; muutoksesta on ilmoitettava viipymättä.`,
    sv: (p: Late) =>
      `Förlängningen söks ${day(p.at, "sv")}, efter att användningstiden slutat ${day(p.current, "sv")}; en ändring ska anmälas utan dröjsmål.`,
    en: (p: Late) =>
      `The extension is asked on ${day(p.at, "en")}, after the period of use ended on ${day(p.current, "en")}; a change must be notified without delay.`,
  },
  "change.reallocation.total.pass": {
    fi: (p: Total) => `Kustannusarvion loppusumma ${eur(p.total, "fi")} pysyy ennallaan.`,
    sv: (p: Total) => `Kostnadsförslagets totalbelopp ${eur(p.total, "sv")} förblir oförändrat.`,
    en: (p: Total) => `The budget total of ${eur(p.total, "en")} is unchanged.`,
  },
  "change.reallocation.total.fail": {
    fi: (p: Total) =>
      `Uuden kustannusarvion loppusumma ${eur(p.total, "fi")} poikkeaa päätöksen hyväksyttävistä kustannuksista ${eur(p.eligibleCosts, "fi")}.`,
    sv: (p: Total) =>
      `Det nya kostnadsförslagets totalbelopp ${eur(p.total, "sv")} avviker från beslutets godtagbara kostnader ${eur(p.eligibleCosts, "sv")}.`,
    en: (p: Total) =>
      `The new budget total of ${eur(p.total, "en")} differs from the decision's eligible costs of ${eur(p.eligibleCosts, "en")}.`,
  },
  "change.reallocation.categories.pass": {
    fi: (_: Categories) => "Jokainen uusi kustannus on päätöksessä hyväksytyssä kustannuslajissa.",
    sv: (_: Categories) => "Varje ny kostnad hör till ett kostnadsslag som godtagits i beslutet.",
    en: (_: Categories) => "Every new line is in a cost category the decision counts.",
  },
  "change.reallocation.categories.fail": {
    fi: (p: Categories) => `Kustannuslajit, joita päätös ei hyväksy: ${words(p.categories, "fi")}.`,
    sv: (p: Categories) => `Kostnadsslag som beslutet inte godtar: ${words(p.categories, "sv")}.`,
    en: (p: Categories) => `Cost categories the decision does not count: ${words(p.categories, "en")}.`,
  },
  "change.reallocation.parties.pass": {
    fi: (_: Parties) => "Jokainen uusi kustannus kuuluu päätöksessä nimetylle taholle.",
    sv: (_: Parties) => "Varje ny kostnad hör till en aktör som nämns i beslutet.",
    en: (_: Parties) => "Every new line belongs to a party the decision names.",
  },
  "change.reallocation.parties.fail": {
    fi: (p: Parties) => `Tahot, joita päätöksessä ei ole: ${p.parties.join(", ")}.`,
    sv: (p: Parties) => `Aktörer som inte finns i beslutet: ${p.parties.join(", ")}.`,
    en: (p: Parties) => `Parties the decision does not name: ${p.parties.join(", ")}.`,
  },
  "change.reallocation.grant.pass": {
    fi: (p: Grant) => `Avustuksen enimmäismäärä ${eur(p.maximum, "fi")} pysyy ennallaan.`,
    sv: (p: Grant) => `Statsunderstödets maximibelopp ${eur(p.maximum, "sv")} förblir oförändrat.`,
    en: (p: Grant) => `The maximum grant of ${eur(p.maximum, "en")} is unchanged.`,
  },
  "change.reallocation.grant.review": {
    fi: (p: Grant) =>
      `Uusien kustannusten osuutena avustus olisi enintään ${eur(p.amended, "fi")}, vähemmän kuin päätetty ${eur(p.maximum, "fi")}.`,
    sv: (p: Grant) =>
      `Som andel av de nya kostnaderna vore understödet högst ${eur(p.amended, "sv")}, mindre än det beslutade ${eur(p.maximum, "sv")}.`,
    en: (p: Grant) =>
      `As the share of the new costs the grant would be at most ${eur(p.amended, "en")}, less than the decided ${eur(p.maximum, "en")}.`,
  },
});
