import { formatAmount } from "../money/format.js";
import { formatDate } from "../time/format.js";
import type { Locale } from "../vocabulary/locale.js";
import { defineMessages } from "../vocabulary/locale.js";
import { BUDGET_CATEGORY_WORDS, wordFor } from "../vocabulary/words.js";

type None = Record<string, never>;
type Option = { readonly option: string; readonly expected: string };
type Field = { readonly field: string };
/** `item` is the report's field: `results`, `waysOfWorking`, `usability` or `implementation`. */
type Item = { readonly item: string };
type Costs = { readonly count: number; readonly accepted: string; readonly excluded: string };
type Auditor = { readonly auditor: string; readonly date: string };
type Evidence = { readonly count: number };
type Deadline = { readonly submittedOn: string; readonly lapsesAfter: string };
type NoDate = { readonly lapsesAfter: string };
type Line = { readonly line: number; readonly amount: string };
type Outside = Line & { readonly date: string; readonly start: string; readonly end: string };
type Category = Line & { readonly category: string };
type Balance = {
  readonly finalGrant: string;
  readonly paid: string;
  readonly amount: string;
  readonly threshold: string;
};

const eur = (amount: string, locale: Locale) => formatAmount(amount, locale);
const day = (date: string, locale: Locale) => formatDate(date, locale);

/** The four texts a final report owes (893/2019 9 §), as the decree names them. */
const ITEMS: { readonly [item: string]: Readonly<Record<Locale, string>> } = {
  results: {
    fi: "hankkeella saavutetut tulokset ja vaikuttavuus",
    sv: "de resultat och det genomslag som uppnåtts med projektet",
    en: "the results and impact of the project",
  },
  waysOfWorking: { fi: "muuttuneet toimintatavat", sv: "ändrade verksamhetssätt", en: "the changed ways of working" },
  usability: {
    fi: "tulosten hyödynnettävyys muissa kunnissa",
    sv: "hur resultaten kan utnyttjas i andra kommuner",
    en: "the usability of the results in other municipalities",
  },
  implementation: {
    fi: "hankkeen toteuttaminen",
    sv: "genomförandet av projektet",
    en: "the implementation of the project",
  },
};
const item = (p: Item, locale: Locale) => (Object.hasOwn(ITEMS, p.item) ? ITEMS[p.item]![locale] : p.item);

/**
 * Messages of the final report (valtionavustusselvitys, 893/2019 9 §) and the settlement
 * (lopputilitys, 688/2001 6 §, 20 §): the checks of `assessReport`, the treatment of each realised
 * cost, the settlement's outcome, and why a report or a settlement cannot be read.
 */
export const reportMessages = defineMessages({
  "report.notAnObject": {
    fi: (_: None) => "Valtionavustusselvityksen pitää olla JSON-olio.",
    sv: (_: None) => "Redogörelsen för användningen av statsunderstöd ska vara ett JSON-objekt.",
    en: (_: None) => "The final report must be a JSON object.",
  },
  "report.invalidOption": {
    fi: (p: Option) => `Valinta ${p.option} on virheellinen: odotettiin ${p.expected}.`,
    sv: (p: Option) => `Inställningen ${p.option} är ogiltig: förväntat ${p.expected}.`,
    en: (p: Option) => `The option ${p.option} is invalid: expected ${p.expected}.`,
  },
  "report.failed": {
    fi: (_: None) => "Valtionavustusselvitystä ei voitu arvioida.",
    sv: (_: None) => "Redogörelsen för användningen av statsunderstöd kunde inte bedömas.",
    en: (_: None) => "The final report could not be assessed.",
  },
  "report.text.pass": {
    fi: (p: Item) => `Selvitys kuvaa: ${item(p, "fi")}.`,
    sv: (p: Item) => `Redogörelsen beskriver ${item(p, "sv")}.`,
    en: (p: Item) => `The report describes ${item(p, "en")}.`,
  },
  "report.text.missing": {
    fi: (p: Item) => `Selvityksestä puuttuu ${item(p, "fi")}.`,
    sv: (p: Item) => `Redogörelsen saknar ${item(p, "sv")}.`,
    en: (p: Item) => `The report lacks ${item(p, "en")}.`,
  },
  "report.costs.pass": {
    fi: (p: Costs) => `Kaikki ${p.count} toteutunutta kustannusta hyväksytään, yhteensä ${eur(p.accepted, "fi")}.`,
    sv: (p: Costs) => `Alla ${p.count} redovisade kostnader godtas, sammanlagt ${eur(p.accepted, "sv")}.`,
    en: (p: Costs) => `All ${p.count} realised costs are accepted, ${eur(p.accepted, "en")} in total.`,
  },
  "report.costs.review": {
    fi: (p: Costs) =>
      `${p.count} kustannusta (${eur(p.excluded, "fi")}) jää hyväksyttävien kustannusten ulkopuolelle; hyväksytyt kustannukset ovat ${eur(p.accepted, "fi")}.`,
    sv: (p: Costs) =>
      `${p.count} kostnader (${eur(p.excluded, "sv")}) lämnas utanför de godtagbara kostnaderna; de godtagna kostnaderna är ${eur(p.accepted, "sv")}.`,
    en: (p: Costs) =>
      `${p.count} costs (${eur(p.excluded, "en")}) are excluded from the eligible costs; the accepted costs are ${eur(p.accepted, "en")}.`,
  },
  "report.costs.fail": {
    fi: (p: Costs) =>
      `Yksikään selvityksen ${p.count} kustannuksesta (${eur(p.excluded, "fi")}) ei ole hyväksyttävä kustannus.`,
    sv: (p: Costs) => `Ingen av redogörelsens ${p.count} kostnader (${eur(p.excluded, "sv")}) är en godtagbar kostnad.`,
    en: (p: Costs) => `None of the report's ${p.count} costs (${eur(p.excluded, "en")}) is an eligible cost.`,
  },
  "report.costs.missing": {
    fi: (_: None) => "Selvityksessä ei ole toteutuneita kustannuksia.",
    sv: (_: None) => "Redogörelsen redovisar inga kostnader.",
    en: (_: None) => "The report states no realised costs.",
  },
  "report.auditorStatement.pass": {
    fi: (p: Auditor) =>
      `Tilintarkastajan lausunto avustuksen käytöstä on liitetty (${p.auditor}, ${day(p.date, "fi")}).`,
    sv: (p: Auditor) =>
      `En revisors utlåtande om användningen av understödet har fogats (${p.auditor}, ${day(p.date, "sv")}).`,
    en: (p: Auditor) =>
      `The auditor's statement on the use of the grant is attached (${p.auditor}, ${day(p.date, "en")}).`,
  },
  "report.auditorStatement.missing": {
    fi: (_: None) =>
      "Tilintarkastajan lausunto avustuksen käytöstä puuttuu tai siitä puuttuu tilintarkastaja tai päivämäärä; se on liitettävä selvitykseen.",
    sv: (_: None) =>
      "En revisors utlåtande om användningen av understödet saknas, eller så saknar det revisor eller datum; det ska fogas till redogörelsen.",
    en: (_: None) =>
      "The auditor's statement on the use of the grant is missing, or it lacks the auditor or the date; it must be attached to the report.",
  },
  "report.separateAccounting.pass": {
    fi: (_: None) => "Hankkeella on erillinen projektikirjanpito.",
    sv: (_: None) => "Projektet har en separat projektbokföring.",
    en: (_: None) => "The project kept separate project accounting.",
  },
  "report.separateAccounting.review": {
    fi: (_: None) =>
      "Selvitys ei vahvista, että hankkeella on erillinen projektikirjanpito; valtionapuviranomainen arvioi, onko käytön ehto täyttynyt.",
    sv: (_: None) =>
      "Redogörelsen bekräftar inte att projektet har en separat projektbokföring; statsbidragsmyndigheten bedömer om villkoret för användningen är uppfyllt.",
    en: (_: None) =>
      "The report does not confirm separate project accounting; the authority judges whether the condition of use is met.",
  },
  "report.dissemination.pass": {
    fi: (p: Evidence) => `Kokemusten jakamisesta ja tulosten levittämisestä on esitetty ${p.count} näyttöä.`,
    sv: (p: Evidence) => `${p.count} belägg för att erfarenheter delats och resultat spridits har lagts fram.`,
    en: (p: Evidence) => `${p.count} pieces of evidence of sharing experience and results are given.`,
  },
  "report.dissemination.missing": {
    fi: (_: None) => "Näyttö kokemusten jakamisesta ja tulosten hyödynnettävyydestä muissa kunnissa puuttuu.",
    sv: (_: None) => "Belägg för att erfarenheter delats och att resultaten kan utnyttjas av andra kommuner saknas.",
    en: (_: None) => "Evidence of shared experience and of results usable by other municipalities is missing.",
  },
  "report.deadline.pass": {
    fi: (p: Deadline) =>
      `Selvitys annettiin ${day(p.submittedOn, "fi")}, määräajassa (viimeistään ${day(p.lapsesAfter, "fi")}).`,
    sv: (p: Deadline) =>
      `Redogörelsen lämnades ${day(p.submittedOn, "sv")}, inom tidsfristen (senast ${day(p.lapsesAfter, "sv")}).`,
    en: (p: Deadline) =>
      `The report was given on ${day(p.submittedOn, "en")}, within the deadline (${day(p.lapsesAfter, "en")} at the latest).`,
  },
  "report.deadline.review": {
    fi: (p: Deadline) =>
      `Selvitys annettiin ${day(p.submittedOn, "fi")}, määräajan ${day(p.lapsesAfter, "fi")} jälkeen: oikeus saada maksatus raukeaa ${day(p.lapsesAfter, "fi")} päättyessä; valtionapuviranomainen ratkaisee asian.`,
    sv: (p: Deadline) =>
      `Redogörelsen lämnades ${day(p.submittedOn, "sv")}, efter tidsfristen ${day(p.lapsesAfter, "sv")}: rätten att få utbetalning upphör när ${day(p.lapsesAfter, "sv")} gått ut; statsbidragsmyndigheten avgör saken.`,
    en: (p: Deadline) =>
      `The report was given on ${day(p.submittedOn, "en")}, after the deadline of ${day(p.lapsesAfter, "en")}: the right to payment lapses at the end of that day; the authority decides.`,
  },
  "report.deadline.missing": {
    fi: (p: NoDate) => `Selvityksen antopäivä puuttuu; määräaika on ${day(p.lapsesAfter, "fi")}.`,
    sv: (p: NoDate) => `Dagen då redogörelsen lämnades saknas; tidsfristen är ${day(p.lapsesAfter, "sv")}.`,
    en: (p: NoDate) => `The date the report was given is missing; the deadline is ${day(p.lapsesAfter, "en")}.`,
  },
  "settlement.line.accepted": {
    fi: (p: Line) => `Kustannus ${p.line + 1} (${eur(p.amount, "fi")}) hyväksytään.`,
    sv: (p: Line) => `Kostnad ${p.line + 1} (${eur(p.amount, "sv")}) godtas.`,
    en: (p: Line) => `Cost ${p.line + 1} (${eur(p.amount, "en")}) is accepted.`,
  },
  "settlement.line.outsidePeriod": {
    fi: (p: Outside) =>
      `Kustannus ${p.line + 1} (${eur(p.amount, "fi")}) on syntynyt ${day(p.date, "fi")}, käyttöajan ${day(p.start, "fi")}–${day(p.end, "fi")} ulkopuolella, joten sitä ei hyväksytä.`,
    sv: (p: Outside) =>
      `Kostnad ${p.line + 1} (${eur(p.amount, "sv")}) uppkom ${day(p.date, "sv")}, utanför användningstiden ${day(p.start, "sv")}–${day(p.end, "sv")}, och godtas därför inte.`,
    en: (p: Outside) =>
      `Cost ${p.line + 1} (${eur(p.amount, "en")}) arose on ${day(p.date, "en")}, outside the period of use ${day(p.start, "en")}–${day(p.end, "en")}, so it is not accepted.`,
  },
  "settlement.line.categoryNotCounted": {
    fi: (p: Category) =>
      `Kustannus ${p.line + 1} (${eur(p.amount, "fi")}) on lajia ${wordFor(BUDGET_CATEGORY_WORDS, p.category, "fi")}, jota päätös ei hyväksy, joten sitä ei hyväksytä.`,
    sv: (p: Category) =>
      `Kostnad ${p.line + 1} (${eur(p.amount, "sv")}) är av slaget ${wordFor(BUDGET_CATEGORY_WORDS, p.category, "sv")}, som beslutet inte godtar, och godtas därför inte.`,
    en: (p: Category) =>
      `Cost ${p.line + 1} (${eur(p.amount, "en")}) is of the kind ${wordFor(BUDGET_CATEGORY_WORDS, p.category, "en")}, which the decision does not count, so it is not accepted.`,
  },
  "settlement.pay": {
    fi: (p: Balance) =>
      `Lopullinen avustus on ${eur(p.finalGrant, "fi")}; maksettu ${eur(p.paid, "fi")}, joten maksettavaa on ${eur(p.amount, "fi")}.`,
    sv: (p: Balance) =>
      `Det slutliga understödet är ${eur(p.finalGrant, "sv")}; betalt ${eur(p.paid, "sv")}, så ${eur(p.amount, "sv")} ska betalas.`,
    en: (p: Balance) =>
      `The final grant is ${eur(p.finalGrant, "en")}; ${eur(p.paid, "en")} has been paid, so ${eur(p.amount, "en")} is to be paid.`,
  },
  "settlement.return": {
    fi: (p: Balance) =>
      `Lopullinen avustus on ${eur(p.finalGrant, "fi")}; maksettu ${eur(p.paid, "fi")}, joten ${eur(p.amount, "fi")} on palautettava viipymättä.`,
    sv: (p: Balance) =>
      `Det slutliga understödet är ${eur(p.finalGrant, "sv")}; betalt ${eur(p.paid, "sv")}, så ${eur(p.amount, "sv")} ska återbetalas utan dröjsmål.`,
    en: (p: Balance) =>
      `The final grant is ${eur(p.finalGrant, "en")}; ${eur(p.paid, "en")} has been paid, so ${eur(p.amount, "en")} is to be returned without delay.`,
  },
  "settlement.returnAtMostThreshold": {
    fi: (p: Balance) =>
      `Lopullinen avustus on ${eur(p.finalGrant, "fi")}; maksettu ${eur(p.paid, "fi")}, joten ${eur(p.amount, "fi")} on palautettava: määrä on enintään ${eur(p.threshold, "fi")}, mutta se peritään.`,
    sv: (p: Balance) =>
      `Det slutliga understödet är ${eur(p.finalGrant, "sv")}; betalt ${eur(p.paid, "sv")}, så ${eur(p.amount, "sv")} ska återbetalas: beloppet är högst ${eur(p.threshold, "sv")}, men det krävs tillbaka.`,
    en: (p: Balance) =>
      `The final grant is ${eur(p.finalGrant, "en")}; ${eur(p.paid, "en")} has been paid, so ${eur(p.amount, "en")} is to be returned: it is at most ${eur(p.threshold, "en")}, but it is reclaimed.`,
  },
  "settlement.leftUnreclaimed": {
    fi: (p: Balance) =>
      `Lopullinen avustus on ${eur(p.finalGrant, "fi")}; maksettu ${eur(p.paid, "fi")}. Liikaa maksettu ${eur(p.amount, "fi")} on enintään ${eur(p.threshold, "fi")}, joten se jätetään palauttamatta.`,
    sv: (p: Balance) =>
      `Det slutliga understödet är ${eur(p.finalGrant, "sv")}; betalt ${eur(p.paid, "sv")}. De ${eur(p.amount, "sv")} som betalats för mycket är högst ${eur(p.threshold, "sv")} och lämnas därför utan återbetalning.`,
    en: (p: Balance) =>
      `The final grant is ${eur(p.finalGrant, "en")}; ${eur(p.paid, "en")} has been paid. The ${eur(p.amount, "en")} overpaid is at most ${eur(p.threshold, "en")}, so it is left unreclaimed.`,
  },
  "settlement.even": {
    fi: (p: Balance) => `Lopullinen avustus on ${eur(p.finalGrant, "fi")}, ja se on maksettu kokonaan.`,
    sv: (p: Balance) => `Det slutliga understödet är ${eur(p.finalGrant, "sv")} och har betalats i sin helhet.`,
    en: (p: Balance) => `The final grant is ${eur(p.finalGrant, "en")}, and it has been paid in full.`,
  },
  "settlement.invalidOption": {
    fi: (p: Option) => `Valinta ${p.option} on virheellinen: odotettiin ${p.expected}.`,
    sv: (p: Option) => `Inställningen ${p.option} är ogiltig: förväntat ${p.expected}.`,
    en: (p: Option) => `The option ${p.option} is invalid: expected ${p.expected}.`,
  },
  "settlement.invalidPayments": {
    fi: (p: Field) => `Maksut eivät kelpaa: kenttä ${p.field} on virheellinen (odotettiin lista { on, amount }).`,
    sv: (p: Field) => `Utbetalningarna duger inte: fältet ${p.field} är ogiltigt (förväntat en lista { on, amount }).`,
    en: (p: Field) =>
      `The payments are not valid: the field ${p.field} is invalid (expected a list of { on, amount }).`,
  },
  "settlement.failed": {
    fi: (_: None) => "Lopputilitystä ei voitu laskea.",
    sv: (_: None) => "Slutredovisningen kunde inte beräknas.",
    en: (_: None) => "The settlement could not be computed.",
  },
});
