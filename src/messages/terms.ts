import { formatAmount } from "../money/format.js";
import { formatDate } from "../time/format.js";
import { defineMessages } from "../vocabulary/locale.js";
import type { Locale } from "../vocabulary/locale.js";

type None = Record<string, never>;
type Input = { readonly input: string };
type Option = { readonly option: string; readonly expected: string };
type Index = { readonly index: number };
type Rate = { readonly rate: string; readonly maxRate: string; readonly edition: string };
type Maximum = { readonly maximum: string; readonly maxGrant: string };
type Period = { readonly start: string; readonly end: string };
type Sum = { readonly sum: string; readonly maximum: string };
type Category = { readonly category: string; readonly edition: string };
type Status = { readonly id: string; readonly status: string };
type Ids = { readonly id: string; readonly assessment: string };
type Edition = { readonly edition: string };
type Dated = { readonly date: string };
type Months = { readonly date: string; readonly months: number };
type Lapse = { readonly date: string; readonly year: number };
type Late = { readonly date: string; readonly received: string };
type Event = { readonly index: number; readonly on: string; readonly decidedOn: string };
type Paid = { readonly paid: string; readonly maximum: string };
type Pay = { readonly amount: string; readonly date: string };
type Balance = { readonly amount: string };

const eur = (amount: string, locale: Locale) => formatAmount(amount, locale);
const day = (date: string, locale: Locale) => formatDate(date, locale);

/**
 * Messages of what follows the award: the decision terms (688/2001 11 §), the grant's timeline
 * (893/2019 9 §; 688/2001 19 §, 28 §, 29 §) and the payments (688/2001 12 §).
 */
export const termsMessages = defineMessages({
  "terms.notAnObject": {
    fi: (_: None) => "Päätöksen ehtojen pitää olla JSON-olio.",
    sv: (_: None) => "Villkoren i beslutet ska vara ett JSON-objekt.",
    en: (_: None) => "The decision terms must be a JSON object.",
  },
  "terms.invalidOption": {
    fi: (p: Option) => `Valinta ${p.option} on virheellinen: odotettiin ${p.expected}.`,
    sv: (p: Option) => `Inställningen ${p.option} är ogiltig: förväntat ${p.expected}.`,
    en: (p: Option) => `The option ${p.option} is invalid: expected ${p.expected}.`,
  },
  "terms.rateAboveMaximum": {
    fi: (p: Rate) =>
      `Avustuksen osuus ${p.rate} ylittää haun ${p.edition} enimmäisosuuden ${p.maxRate} hyväksyttävistä kustannuksista (893/2019 4 §).`,
    sv: (p: Rate) =>
      `Understödets andel ${p.rate} överstiger ansökningsomgångens ${p.edition} maximiandel ${p.maxRate} av de godtagbara kostnaderna (893/2019 4 §).`,
    en: (p: Rate) =>
      `The grant's share ${p.rate} exceeds the maximum share ${p.maxRate} of eligible costs of the ${p.edition} call (893/2019 4 §).`,
  },
  "terms.maximumAboveShare": {
    fi: (p: Maximum) =>
      `Enimmäismäärä ${eur(p.maximum, "fi")} ylittää osuuden hyväksyttävistä kustannuksista, ${eur(p.maxGrant, "fi")} (688/2001 11 § 3 mom. 2 k.).`,
    sv: (p: Maximum) =>
      `Maximibeloppet ${eur(p.maximum, "sv")} överstiger andelen av de godtagbara kostnaderna, ${eur(p.maxGrant, "sv")} (688/2001 11 § 3 mom. 2 punkten).`,
    en: (p: Maximum) =>
      `The maximum ${eur(p.maximum, "en")} exceeds the share of the eligible costs, ${eur(p.maxGrant, "en")} (688/2001 s. 11(3)(2)).`,
  },
  "terms.periodReversed": {
    fi: (p: Period) => `Käyttöaika alkaa ${day(p.start, "fi")} vasta päättymisensä ${day(p.end, "fi")} jälkeen.`,
    sv: (p: Period) => `Användningstiden börjar ${day(p.start, "sv")}, efter att den slutar ${day(p.end, "sv")}.`,
    en: (p: Period) => `The period of use starts on ${day(p.start, "en")}, after its end on ${day(p.end, "en")}.`,
  },
  "terms.instalmentsAboveMaximum": {
    fi: (p: Sum) => `Maksuerät ovat yhteensä ${eur(p.sum, "fi")}, enemmän kuin enimmäismäärä ${eur(p.maximum, "fi")}.`,
    sv: (p: Sum) =>
      `Utbetalningsposterna är sammanlagt ${eur(p.sum, "sv")}, mer än maximibeloppet ${eur(p.maximum, "sv")}.`,
    en: (p: Sum) => `The instalments add up to ${eur(p.sum, "en")}, more than the maximum ${eur(p.maximum, "en")}.`,
  },
  "terms.instalmentsAfterReport": {
    fi: (_: None) =>
      "Kun avustus maksetaan toteutuneiden kustannusten perusteella selvityksen jälkeen (688/2001 12 § 2 mom.), maksueriä ei anneta.",
    sv: (_: None) =>
      "När understödet betalas på grundval av de faktiska kostnaderna efter redovisningen (688/2001 12 § 2 mom.) anges inga poster.",
    en: (_: None) =>
      "When the grant is paid on realised costs after the report (688/2001 s. 12(2)), no instalments are given.",
  },
  "terms.advanceAboveMaximum": {
    fi: (p: Sum) => `Ennakko ${eur(p.sum, "fi")} on suurempi kuin enimmäismäärä ${eur(p.maximum, "fi")}.`,
    sv: (p: Sum) => `Förskottet ${eur(p.sum, "sv")} är större än maximibeloppet ${eur(p.maximum, "sv")}.`,
    en: (p: Sum) => `The advance ${eur(p.sum, "en")} is more than the maximum ${eur(p.maximum, "en")}.`,
  },
  "terms.categoryNotInEdition": {
    fi: (p: Category) => `Kustannuslaji ${p.category} ei ole hyväksyttävä haussa ${p.edition} (893/2019 5 §).`,
    sv: (p: Category) =>
      `Kostnadsslaget ${p.category} är inte godtagbart i ansökningsomgången ${p.edition} (893/2019 5 §).`,
    en: (p: Category) => `The cost category ${p.category} is not eligible in the ${p.edition} call (893/2019 5 §).`,
  },
  "terms.notGranted": {
    fi: (p: Status) =>
      `Hakemukselle ${p.id} ei myönnetty avustusta (tila ${p.status}), joten päätöksellä ei ole ehtoja.`,
    sv: (p: Status) => `Ansökan ${p.id} beviljades inget understöd (status ${p.status}), så beslutet har inga villkor.`,
    en: (p: Status) => `Application ${p.id} was granted nothing (status ${p.status}), so there are no decision terms.`,
  },
  "terms.otherApplication": {
    fi: (p: Ids) => `Jaon rivi ${p.id} ei koske arvioitua hakemusta ${p.assessment}.`,
    sv: (p: Ids) => `Fördelningens rad ${p.id} gäller inte den bedömda ansökan ${p.assessment}.`,
    en: (p: Ids) => `The allocation entry ${p.id} is not for the assessed application ${p.assessment}.`,
  },
  "terms.notAnAssessment": {
    fi: (_: None) =>
      "Päätöksen ehdot tarvitsevat jäsennetyn hakemuksen arvion (assess) ja sen rivin jaosta (allocate).",
    sv: (_: None) =>
      "Villkoren i beslutet behöver bedömningen av en tolkad ansökan (assess) och dess rad i fördelningen (allocate).",
    en: (_: None) =>
      "Decision terms need the assessment of a parsed application (assess) and its allocation entry (allocate).",
  },
  "terms.noDecisionDate": {
    fi: (p: Edition) => `Haun ${p.edition} päätöspäivää ei tiedetä: anna decidedOn.`,
    sv: (p: Edition) => `Beslutsdagen för ansökningsomgången ${p.edition} är inte känd: ange decidedOn.`,
    en: (p: Edition) => `The decision date of the ${p.edition} call is not known: give decidedOn.`,
  },
  "timeline.endOfUse": {
    fi: (p: Dated) => `Avustuksen käyttöaika päättyy ${day(p.date, "fi")}.`,
    sv: (p: Dated) => `Användningstiden för understödet går ut ${day(p.date, "sv")}.`,
    en: (p: Dated) => `The period of use of the grant ends on ${day(p.date, "en")}.`,
  },
  "timeline.reportDue": {
    fi: (p: Months) =>
      `Valtionavustusselvitys on annettava viimeistään ${day(p.date, "fi")}, ${p.months} kuukauden kuluessa hankkeen päättymisestä.`,
    sv: (p: Months) =>
      `Redogörelsen för användningen av statsunderstödet ska lämnas senast ${day(p.date, "sv")}, inom ${p.months} månader från att projektet avslutades.`,
    en: (p: Months) =>
      `The final report is due by ${day(p.date, "en")}, ${p.months} months after the end of the project.`,
  },
  "timeline.reportLate": {
    fi: (p: Late) => `Selvitys saapui ${day(p.received, "fi")}, määräajan ${day(p.date, "fi")} jälkeen.`,
    sv: (p: Late) => `Redogörelsen kom in ${day(p.received, "sv")}, efter tidsfristen ${day(p.date, "sv")}.`,
    en: (p: Late) => `The report was received on ${day(p.received, "en")}, after its deadline of ${day(p.date, "en")}.`,
  },
  "timeline.paymentLapseDeadline": {
    fi: (p: Dated) =>
      `Oikeus saada maksatus raukeaa, jos hyväksyttävää selvitystä ei ole esitetty viimeistään ${day(p.date, "fi")}, päätöksessä asetetussa määräajassa.`,
    sv: (p: Dated) =>
      `Rätten att få utbetalning upphör om en godtagbar redovisning inte har lagts fram senast ${day(p.date, "sv")}, inom den tidsfrist som beslutet anger.`,
    en: (p: Dated) =>
      `The right to payment lapses unless an acceptable report is presented by ${day(p.date, "en")}, the deadline the decision set.`,
  },
  "timeline.paymentLapseYears": {
    fi: (p: Lapse) =>
      `Päätöksessä ei ole selvityksen määräaikaa: oikeus maksatukseen raukeaa ${day(p.date, "fi")}, kahden vuoden kuluttua myöntövuoden ${p.year} päättymisestä.`,
    sv: (p: Lapse) =>
      `Beslutet anger ingen tidsfrist för redovisningen: rätten till utbetalning upphör ${day(p.date, "sv")}, två år efter utgången av det år ${p.year} då understödet beviljades.`,
    en: (p: Lapse) =>
      `The decision set no report deadline: the right to payment lapses on ${day(p.date, "en")}, two years after the end of the grant year ${p.year}.`,
  },
  "timeline.recoveryBar": {
    fi: (p: Dated) =>
      `Takaisinperintään ei saa ryhtyä enää ${day(p.date, "fi")} jälkeen, kymmenen vuotta viimeisestä maksusta.`,
    sv: (p: Dated) =>
      `Återkrav får inte längre inledas efter ${day(p.date, "sv")}, tio år efter den sista utbetalningen.`,
    en: (p: Dated) => `Recovery may no longer be started after ${day(p.date, "en")}, ten years after the last payment.`,
  },
  "timeline.returnLapse": {
    fi: (p: Dated) =>
      `Velvollisuus palauttaa avustus raukeaa ${day(p.date, "fi")}, kymmenen vuotta viimeisestä maksusta.`,
    sv: (p: Dated) =>
      `Skyldigheten att återbetala understödet upphör ${day(p.date, "sv")}, tio år efter den sista utbetalningen.`,
    en: (p: Dated) => `The duty to return the grant lapses on ${day(p.date, "en")}, ten years after the last payment.`,
  },
  "timeline.nothingPaid": {
    fi: (_: None) => "Avustusta ei ole vielä maksettu, joten kymmenen vuoden määräaika ei ole alkanut.",
    sv: (_: None) => "Understödet har ännu inte betalats ut, så tioårsfristen har inte börjat löpa.",
    en: (_: None) => "Nothing of the grant has been paid yet, so the ten years have not started.",
  },
  "timeline.invalidEvent": {
    fi: (p: Index & Input) => `Tapahtuma ${p.index + 1} on virheellinen: ${p.input}.`,
    sv: (p: Index & Input) => `Händelse ${p.index + 1} är ogiltig: ${p.input}.`,
    en: (p: Index & Input) => `Event ${p.index + 1} is invalid: ${p.input}.`,
  },
  "timeline.eventBeforeDecision": {
    fi: (p: Event) => `Tapahtuma ${p.index + 1} (${day(p.on, "fi")}) on ennen päätöstä ${day(p.decidedOn, "fi")}.`,
    sv: (p: Event) => `Händelse ${p.index + 1} (${day(p.on, "sv")}) ligger före beslutet ${day(p.decidedOn, "sv")}.`,
    en: (p: Event) => `Event ${p.index + 1} (${day(p.on, "en")}) is before the decision of ${day(p.decidedOn, "en")}.`,
  },
  "timeline.paidAboveMaximum": {
    fi: (p: Paid) => `Maksuja on yhteensä ${eur(p.paid, "fi")}, enemmän kuin enimmäismäärä ${eur(p.maximum, "fi")}.`,
    sv: (p: Paid) =>
      `Utbetalningarna är sammanlagt ${eur(p.paid, "sv")}, mer än maximibeloppet ${eur(p.maximum, "sv")}.`,
    en: (p: Paid) => `The payments add up to ${eur(p.paid, "en")}, more than the maximum ${eur(p.maximum, "en")}.`,
  },
  "payments.advance": {
    fi: (p: Pay) =>
      `Ennakkoa voidaan maksaa ${eur(p.amount, "fi")} päätöksen ${day(p.date, "fi")} mukaan (688/2001 12 § 3 mom.).`,
    sv: (p: Pay) =>
      `Förskott kan betalas med ${eur(p.amount, "sv")} enligt beslutet ${day(p.date, "sv")} (688/2001 12 § 3 mom.).`,
    en: (p: Pay) =>
      `An advance of ${eur(p.amount, "en")} may be paid under the decision of ${day(p.date, "en")} (688/2001 s. 12(3)).`,
  },
  "payments.instalment": {
    fi: (p: Pay) => `Maksuerästä, joka erääntyi ${day(p.date, "fi")}, on maksamatta ${eur(p.amount, "fi")}.`,
    sv: (p: Pay) => `Av posten som förföll ${day(p.date, "sv")} återstår ${eur(p.amount, "sv")} att betala.`,
    en: (p: Pay) => `Of the instalment due on ${day(p.date, "en")}, ${eur(p.amount, "en")} is unpaid.`,
  },
  "payments.balance": {
    fi: (p: Balance) =>
      `Selvitys on hyväksytty: enimmäismäärästä on maksamatta ${eur(p.amount, "fi")}; lopullinen määrä ratkeaa lopputilityksessä.`,
    sv: (p: Balance) =>
      `Redogörelsen har godkänts: av maximibeloppet återstår ${eur(p.amount, "sv")}; det slutliga beloppet avgörs i slutredovisningen.`,
    en: (p: Balance) =>
      `The report is accepted: ${eur(p.amount, "en")} of the maximum is unpaid; the final amount is decided at settlement.`,
  },
  "payments.lapsed": {
    fi: (p: Dated) =>
      `Mitään ei voida maksaa: oikeus maksatukseen raukesi ${day(p.date, "fi")}, koska hyväksyttävää selvitystä ei esitetty määräajassa.`,
    sv: (p: Dated) =>
      `Inget kan betalas: rätten till utbetalning upphörde ${day(p.date, "sv")} eftersom ingen godtagbar redovisning lades fram i tid.`,
    en: (p: Dated) =>
      `Nothing may be paid: the right to payment lapsed on ${day(p.date, "en")}, as no acceptable report was presented in time.`,
  },
  "payments.fullyPaid": {
    fi: (p: Balance) => `Enimmäismäärä ${eur(p.amount, "fi")} on maksettu kokonaan.`,
    sv: (p: Balance) => `Maximibeloppet ${eur(p.amount, "sv")} har betalats i sin helhet.`,
    en: (p: Balance) => `The maximum of ${eur(p.amount, "en")} has been paid in full.`,
  },
  "payments.awaitingReport": {
    fi: (_: None) =>
      "Avustus maksetaan toteutuneiden kustannusten perusteella, kun hyväksyttävä selvitys on esitetty (688/2001 12 § 2 mom.).",
    sv: (_: None) =>
      "Understödet betalas på grundval av de faktiska kostnaderna när en godtagbar redovisning har lagts fram (688/2001 12 § 2 mom.).",
    en: (_: None) =>
      "The grant is paid on realised costs once an acceptable report has been presented (688/2001 s. 12(2)).",
  },
  "payments.nothingDue": {
    fi: (_: None) => "Yhtään maksuerää ei ole erääntynyt maksamatta.",
    sv: (_: None) => "Ingen post har förfallit obetald.",
    en: (_: None) => "No instalment has fallen due unpaid.",
  },
});
