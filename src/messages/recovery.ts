import { formatAmount } from "../money/format.js";
import { formatDate } from "../time/format.js";
import type { Locale } from "../vocabulary/locale.js";
import { defineMessages } from "../vocabulary/locale.js";

type None = Record<string, never>;
type Option = { readonly option: string; readonly expected: string };
type Field = { readonly field: string };
type Ground = { readonly ground: string };
/** `on`: the day the ground became known; `date`: the decision day. */
type Learned = { readonly on: string; readonly date: string };
type AbovePaid = { readonly amount: string; readonly paid: string };
/** `date`: the due day; `on`: the last payment. */
type DueBefore = { readonly date: string; readonly on: string };
type NotPart = { readonly amount: string; readonly total: string };
/** `start`: the first day of the half-year. */
type From = { readonly start: string };
/** `date`: the last day recovery may be started; `on`: the last payment. */
type Bar = { readonly date: string; readonly on: string };
/** `date`: the last day of the decision; `on`: the day the ground became known. */
type Limit = { readonly date: string; readonly on: string };
type Summary = { readonly principal: string; readonly interest: string; readonly due: string; readonly date: string };

const eur = (amount: string, locale: Locale) => formatAmount(amount, locale);
const day = (date: string, locale: Locale) => formatDate(date, locale);

/** The grounds of 688/2001 21–22 § in the statute's words (statsunderstödslagen in Swedish). */
const GROUNDS: { readonly [ground: string]: Readonly<Record<Locale, string>> } = {
  "21.1": {
    fi: "saaja on jättänyt palauttamatta avustuksen tai sen osan, joka 20 §:n mukaan on palautettava",
    sv: "mottagaren har underlåtit att återbetala statsunderstöd eller en del av det som ska återbetalas enligt 20 §",
    en: "the recipient has not returned a grant or part of it that 20 § requires to be returned",
  },
  "21.2": {
    fi: "saaja on käyttänyt avustuksen olennaisesti muuhun tarkoitukseen kuin se on myönnetty",
    sv: "mottagaren har använt statsunderstödet för ett väsentligen annat ändamål än det beviljats för",
    en: "the recipient has used the grant for a materially different purpose than it was granted for",
  },
  "21.3": {
    fi: "saaja on antanut väärän tai harhaanjohtavan tiedon seikasta, joka on ollut omiaan olennaisesti vaikuttamaan avustuksen saantiin, määrään tai ehtoihin, taikka salannut sellaisen seikan",
    sv: "mottagaren har lämnat felaktiga eller vilseledande uppgifter om en omständighet som väsentligt kunnat påverka erhållandet av statsunderstödet, dess belopp eller villkor, eller hemlighållit en sådan omständighet",
    en: "the recipient gave false or misleading information on a matter likely to affect materially the grant, its amount or its terms, or concealed such a matter",
  },
  "21.4": {
    fi: "saaja on muutoin 1–3 kohtaan verrattavalla tavalla olennaisesti rikkonut avustuksen käyttämistä koskevia säännöksiä tai päätöksen ehtoja",
    sv: "mottagaren har på något annat med punkterna 1–3 jämförbart sätt väsentligt brutit mot bestämmelserna om användningen av statsunderstöd eller mot villkoren i beslutet",
    en: "the recipient has otherwise, in a way comparable to points 1–3, materially breached the provisions on the use of the grant or the decision's terms",
  },
  "22.1.1": {
    fi: "saaja on menetellyt 12 §:n 4 momentin taikka 13 tai 14 §:n vastaisesti",
    sv: "mottagaren har förfarit i strid med 12 § 4 mom. eller 13 eller 14 §",
    en: "the recipient has acted against 12 § 4 mom., 13 § or 14 §",
  },
  "22.1.2": {
    fi: "saaja on kieltäytynyt antamasta 17 §:n 1 momentissa tarkoitettua aineistoa tai avustamasta tarkastuksessa",
    sv: "mottagaren har vägrat lämna ut material som avses i 17 § 1 mom. eller bistå vid granskningen",
    en: "the recipient has refused to hand over the material of 17 § 1 mom. or to assist in the inspection",
  },
  "22.1.3": {
    fi: "saaja on lopettanut avustuksen kohteena olleen toiminnan, supistanut sitä olennaisesti tai luovuttanut sen toiselle",
    sv: "mottagaren har upphört med den verksamhet som understötts, väsentligt inskränkt den eller överlåtit den",
    en: "the recipient has ended the supported activity, cut it down materially or handed it over",
  },
  "22.1.4": {
    fi: "saaja on 13 §:n vastaisesti luovuttanut toiselle omistus- tai hallintaoikeuden avustuksella hankittuun omaisuuteen",
    sv: "mottagaren har i strid med 13 § överlåtit äganderätten eller besittningsrätten till egendom som skaffats med statsunderstöd",
    en: "the recipient has, against 13 §, handed over the ownership or possession of property acquired with the grant",
  },
  "22.1.5": {
    fi: "saaja on 13 §:n vastaisesti pysyvästi muuttanut avustuksen kohteena olleen omaisuuden käyttötarkoitusta",
    sv: "mottagaren har i strid med 13 § varaktigt ändrat användningsändamålet för den egendom som understötts",
    en: "the recipient has, against 13 §, permanently changed the use of the supported property",
  },
  "22.1.6": {
    fi: "saaja on joutunut ulosottotoimenpiteen kohteeksi, selvitystilaan, konkurssiin taikka saneeraus- tai velkajärjestelymenettelyyn",
    sv: "mottagaren har blivit föremål för utsökningsåtgärd, trätt i likvidation, försatts i konkurs eller blivit föremål för företagssanering eller skuldsanering",
    en: "the recipient has become subject to enforcement, liquidation, bankruptcy, restructuring or debt adjustment",
  },
  "22.1.7": {
    fi: "saaja on antanut avustukseen liittyvälle seikalle muun kuin asian todellista luonnetta tai tarkoitusta vastaavan oikeudellisen muodon",
    sv: "mottagaren har gett en omständighet som gäller statsunderstödet en rättslig form som inte motsvarar sakens verkliga natur eller syfte",
    en: "the recipient has given a matter of the grant a legal form that does not match its true nature or purpose",
  },
  "22.2": {
    fi: "saaja tai sen edustaja on tuomittu rikoslain 47 luvun 6 a §:n tai ulkomaalaislain 186 §:n rikoksesta, tai saajalle on määrätty työsopimuslain 11 a luvun 3 §:n seuraamusmaksu; avustuksen saa jättää perimättä vain erityisen painavasta syystä",
    sv: "mottagaren eller dess företrädare har dömts för brott enligt 47 kap. 6 a § i strafflagen eller 186 § i utlänningslagen, eller mottagaren har påförts en påföljdsavgift enligt 11 a kap. 3 § i arbetsavtalslagen; understödet får lämnas utan återkrav endast av synnerligen vägande skäl",
    en: "the recipient or its representative was convicted under the Criminal Code 47:6 a or the Aliens Act 186 §, or sanctioned under the Employment Contracts Act 11 a:3; the grant may be left unrecovered only for an especially weighty reason",
  },
  "22.4": {
    fi: "Euroopan unionin lainsäädäntö edellyttää takaisinperintää",
    sv: "Europeiska unionens lagstiftning förutsätter återkrav",
    en: "European Union law requires recovery",
  },
};

const ground = (g: string, locale: Locale) => GROUNDS[g]?.[locale] ?? g;

/** The texts of recovery and return (688/2001 21–28 §; statsunderstödslagen; korkolaki 633/1982). */
export const recoveryMessages = defineMessages({
  "recovery.mandatory": {
    fi: (p: Ground) => `Avustus on perittävä takaisin: ${ground(p.ground, "fi")}.`,
    sv: (p: Ground) => `Statsunderstödet ska återkrävas: ${ground(p.ground, "sv")}.`,
    en: (p: Ground) => `The grant must be recovered: ${ground(p.ground, "en")}.`,
  },
  "recovery.discretionary": {
    fi: (p: Ground) => `Ministeriö voi harkintansa mukaan periä avustuksen takaisin: ${ground(p.ground, "fi")}.`,
    sv: (p: Ground) => `Ministeriet kan enligt prövning återkräva statsunderstödet: ${ground(p.ground, "sv")}.`,
    en: (p: Ground) => `The ministry may, at its discretion, recover the grant: ${ground(p.ground, "en")}.`,
  },
  "recovery.tenYearBar": {
    fi: (p: Bar) =>
      `Takaisinperintään voidaan ryhtyä ${day(p.date, "fi")} asti: kymmenen vuotta viimeisestä maksusta ${day(p.on, "fi")}.`,
    sv: (p: Bar) =>
      `Återkrav kan inledas till och med ${day(p.date, "sv")}: tio år från den sista utbetalningen ${day(p.on, "sv")}.`,
    en: (p: Bar) =>
      `Recovery may be started until ${day(p.date, "en")}: ten years from the last payment on ${day(p.on, "en")}.`,
  },
  "recovery.tenYearBarPassed": {
    fi: (p: Bar) =>
      `Takaisinperintään ei saa enää ryhtyä: kymmenen vuotta viimeisestä maksusta ${day(p.on, "fi")} kului ${day(p.date, "fi")}.`,
    sv: (p: Bar) =>
      `Återkrav får inte längre inledas: tio år från den sista utbetalningen ${day(p.on, "sv")} löpte ut ${day(p.date, "sv")}.`,
    en: (p: Bar) =>
      `Recovery may no longer be started: ten years from the last payment on ${day(p.on, "en")} ran out on ${day(p.date, "en")}.`,
  },
  "recovery.decisionLimit": {
    fi: (p: Limit) =>
      `Päätös on tehtävä viipymättä ja erityisestä syystä viimeistään ${day(p.date, "fi")} (peruste tuli tietoon ${day(p.on, "fi")}; kirjaston tulkinta kahdesta kalenterivuodesta).`,
    sv: (p: Limit) =>
      `Beslutet ska fattas utan dröjsmål och av särskilt skäl senast ${day(p.date, "sv")} (grunden kom till kännedom ${day(p.on, "sv")}; bibliotekets tolkning av två kalenderår).`,
    en: (p: Limit) =>
      `The decision is to be made without delay and, for a special reason, by ${day(p.date, "en")} at the latest (the ground became known on ${day(p.on, "en")}; the library's reading of two calendar years).`,
  },
  "recovery.decisionLimitPassed": {
    fi: (p: Limit) =>
      `Päätöksen määräaika päättyi ${day(p.date, "fi")}: peruste tuli tietoon ${day(p.on, "fi")} (kirjaston tulkinta kahdesta kalenterivuodesta).`,
    sv: (p: Limit) =>
      `Tidsfristen för beslutet löpte ut ${day(p.date, "sv")}: grunden kom till kännedom ${day(p.on, "sv")} (bibliotekets tolkning av två kalenderår).`,
    en: (p: Limit) =>
      `The time limit of the decision ran out on ${day(p.date, "en")}: the ground became known on ${day(p.on, "en")} (the library's reading of two calendar years).`,
  },
  "recovery.learnedOnMissing": {
    fi: (_: None) => "Päivää, jona peruste tuli ministeriön tietoon, ei annettu: päätöksen määräaikaa ei tarkistettu.",
    sv: (_: None) =>
      "Dagen då grunden kom till ministeriets kännedom angavs inte: tidsfristen för beslutet har inte kontrollerats.",
    en: (_: None) =>
      "The day the ministry learned of the ground was not given: the decision's time limit was not checked.",
  },
  "recovery.recover": {
    fi: (p: Summary) =>
      `Takaisin perittävä ${eur(p.principal, "fi")} ja korot ${eur(p.interest, "fi")}; maksettava ${eur(p.due, "fi")}.`,
    sv: (p: Summary) =>
      `Återkrävs ${eur(p.principal, "sv")} och räntor ${eur(p.interest, "sv")}; att betala ${eur(p.due, "sv")}.`,
    en: (p: Summary) =>
      `To be recovered ${eur(p.principal, "en")} with interest ${eur(p.interest, "en")}; due ${eur(p.due, "en")}.`,
  },
  "recovery.review": {
    fi: (p: Summary) =>
      `Takaisinperintä on harkinnanvarainen; jos avustus peritään, ${eur(p.principal, "fi")} ja korot ${eur(p.interest, "fi")}, maksettava ${eur(p.due, "fi")}.`,
    sv: (p: Summary) =>
      `Återkravet sker enligt prövning; om understödet återkrävs, ${eur(p.principal, "sv")} och räntor ${eur(p.interest, "sv")}, att betala ${eur(p.due, "sv")}.`,
    en: (p: Summary) =>
      `Recovery is discretionary; if the grant is recovered, ${eur(p.principal, "en")} with interest ${eur(p.interest, "en")}, due ${eur(p.due, "en")}.`,
  },
  "recovery.barred": {
    fi: (_: Summary) => "Takaisinperinnän määräaika on kulunut: mitään ei voida periä takaisin (688/2001 28 §).",
    sv: (_: Summary) => "Tidsfristen för återkrav har löpt ut: ingenting kan återkrävas (688/2001 28 §).",
    en: (_: Summary) => "The time limit of recovery has passed: nothing can be recovered (688/2001 28 §).",
  },
  "recovery.invalidOption": {
    fi: (p: Option) => `Valinta ${p.option} on virheellinen: odotettiin ${p.expected}.`,
    sv: (p: Option) => `Inställningen ${p.option} är ogiltig: förväntat ${p.expected}.`,
    en: (p: Option) => `The option ${p.option} is invalid: expected ${p.expected}.`,
  },
  "recovery.invalidPayments": {
    fi: (p: Field) =>
      `Maksut eivät kelpaa: kenttä ${p.field} on virheellinen (odotettiin ei-tyhjä lista { on, amount }, päivät viimeistään päätöspäivänä).`,
    sv: (p: Field) =>
      `Utbetalningarna duger inte: fältet ${p.field} är ogiltigt (förväntat en icke-tom lista { on, amount }, dagar senast beslutsdagen).`,
    en: (p: Field) =>
      `The payments are not valid: the field ${p.field} is invalid (expected a non-empty list of { on, amount }, dated on or before the decision day).`,
  },
  "recovery.invalidGrounds": {
    fi: (p: Field) =>
      `Perusteet eivät kelpaa: kenttä ${p.field} on virheellinen (odotettiin ei-tyhjä lista { ground }).`,
    sv: (p: Field) => `Grunderna duger inte: fältet ${p.field} är ogiltigt (förväntat en icke-tom lista { ground }).`,
    en: (p: Field) =>
      `The grounds are not valid: the field ${p.field} is invalid (expected a non-empty list of { ground }).`,
  },
  "recovery.invalidRates": {
    fi: (p: Field) =>
      `Viitekorot eivät kelpaa: kenttä ${p.field} on virheellinen (odotettiin peräkkäiset puolivuotiskaudet { from, to, rate, source, certainty }).`,
    sv: (p: Field) =>
      `Referensräntorna duger inte: fältet ${p.field} är ogiltigt (förväntat på varandra följande halvår { from, to, rate, source, certainty }).`,
    en: (p: Field) =>
      `The reference rates are not valid: the field ${p.field} is invalid (expected consecutive half-years { from, to, rate, source, certainty }).`,
  },
  "recovery.rateNotFound": {
    fi: (p: From) =>
      `Viitekorkoa ei ole puolivuotiskaudelle, joka alkaa ${day(p.start, "fi")}: anna se valinnassa rates.`,
    sv: (p: From) =>
      `Referensränta saknas för det halvår som börjar ${day(p.start, "sv")}: ange den med inställningen rates.`,
    en: (p: From) =>
      `No reference rate for the half-year beginning ${day(p.start, "en")}: pass it in the option rates.`,
  },
  "recovery.learnedAfterAt": {
    fi: (p: Learned) => `Peruste ei voi tulla tietoon (${day(p.on, "fi")}) päätöspäivän ${day(p.date, "fi")} jälkeen.`,
    sv: (p: Learned) =>
      `Grunden kan inte komma till kännedom (${day(p.on, "sv")}) efter beslutsdagen ${day(p.date, "sv")}.`,
    en: (p: Learned) =>
      `The ground cannot become known (${day(p.on, "en")}) after the decision day ${day(p.date, "en")}.`,
  },
  "recovery.amountAbovePaid": {
    fi: (p: AbovePaid) => `Perusteen määrä ${eur(p.amount, "fi")} on suurempi kuin maksettu ${eur(p.paid, "fi")}.`,
    sv: (p: AbovePaid) => `Grundens belopp ${eur(p.amount, "sv")} är större än det utbetalda ${eur(p.paid, "sv")}.`,
    en: (p: AbovePaid) => `The ground's amount ${eur(p.amount, "en")} is more than was paid, ${eur(p.paid, "en")}.`,
  },
  "recovery.dueBeforePayment": {
    fi: (p: DueBefore) => `Eräpäivä ${day(p.date, "fi")} on ennen maksua ${day(p.on, "fi")}.`,
    sv: (p: DueBefore) => `Förfallodagen ${day(p.date, "sv")} är före utbetalningen ${day(p.on, "sv")}.`,
    en: (p: DueBefore) => `The due day ${day(p.date, "en")} is before the payment on ${day(p.on, "en")}.`,
  },
  "recovery.waiverAllNotWeighty": {
    fi: (_: None) => "Koko määrän saa jättää perimättä vain erityisen painavasta syystä (688/2001 26 §).",
    sv: (_: None) => "Hela beloppet får lämnas utan återkrav endast av synnerligen vägande skäl (688/2001 26 §).",
    en: (_: None) => "The whole amount may be left uncollected only for an especially weighty reason (688/2001 26 §).",
  },
  "recovery.waiverNotPart": {
    fi: (p: NotPart) =>
      `Kohtuullistettava ${eur(p.amount, "fi")} ei ole osa perittävästä ${eur(p.total, "fi")}: koko määrä vain erityisen painavasta syystä (688/2001 26 §).`,
    sv: (p: NotPart) =>
      `Jämkningen ${eur(p.amount, "sv")} är inte en del av det som återkrävs, ${eur(p.total, "sv")}: hela beloppet endast av synnerligen vägande skäl (688/2001 26 §).`,
    en: (p: NotPart) =>
      `The waiver of ${eur(p.amount, "en")} is not part of what is recovered, ${eur(p.total, "en")}: all of it only for an especially weighty reason (688/2001 26 §).`,
  },
  "recovery.failed": {
    fi: (_: None) => "Takaisinperintää ei voitu laskea.",
    sv: (_: None) => "Återkravet kunde inte beräknas.",
    en: (_: None) => "The recovery could not be computed.",
  },
});
