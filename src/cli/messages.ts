import { type Locale, defineMessages } from "../vocabulary/locale.js";

type Empty = Record<string, never>;
type Name = { readonly name: string };
type Value = { readonly name: string; readonly value: string; readonly allowed: string };
type File = { readonly file: string };
type Detail = { readonly file: string; readonly detail: string };
type Found = { readonly file: string; readonly found: string };
type JsonAt = Found & { readonly line: number; readonly column: number };
type Instant = { readonly name: string; readonly value: string };
type FileEdition = { readonly file: string; readonly edition: string };
type Criterion = {
  readonly id: string;
  readonly criterion: string;
  readonly edition: string;
  readonly allowed: string;
};
type Score = { readonly id: string; readonly criterion: string; readonly value: string; readonly scale: string };
type Duplicate = { readonly id: string; readonly count: number };
type Count = { readonly count: number };
type PassOnHeading = { readonly amount: string; readonly model: string };
type Day = { readonly date: string };

/**
 * The command line's own texts: usage errors, labels and headings. The core's findings and issues
 * come already localized from the library; these are only what the adapter adds around them.
 */
export const cliMessages = defineMessages({
  "cli.unknownCommand": {
    fi: (p: Name) =>
      `Tuntematon komento ”${p.name}”. Komennot: assess, allocate, diff, editions, schema, example, timeline, settle, change, recover. Katso digikannustin --help.`,
    sv: (p: Name) =>
      `Okänt kommando ”${p.name}”. Kommandon: assess, allocate, diff, editions, schema, example, timeline, settle, change, recover. Se digikannustin --help.`,
    en: (p: Name) =>
      `Unknown command "${p.name}". Commands: assess, allocate, diff, editions, schema, example, timeline, settle, change, recover. See digikannustin --help.`,
  },
  "cli.noCommand": {
    fi: () => "Anna komento. Katso digikannustin --help.",
    sv: () => "Ange ett kommando. Se digikannustin --help.",
    en: () => "Give a command. See digikannustin --help.",
  },
  "cli.unknownOption": {
    fi: (p: Name) => `Tuntematon valitsin ${p.name}. Katso --help.`,
    sv: (p: Name) => `Okänd flagga ${p.name}. Se --help.`,
    en: (p: Name) => `Unknown option ${p.name}. See --help.`,
  },
  "cli.optionNeedsValue": {
    fi: (p: Name) => `Valitsin ${p.name} tarvitsee arvon. Katso --help.`,
    sv: (p: Name) => `Flaggan ${p.name} behöver ett värde. Se --help.`,
    en: (p: Name) => `Option ${p.name} needs a value. See --help.`,
  },
  "cli.badOptionValue": {
    fi: (p: Value) => `Valitsimen ${p.name} arvo ”${p.value}” ei kelpaa. Sallitut arvot: ${p.allowed}.`,
    sv: (p: Value) => `Värdet ”${p.value}” för ${p.name} duger inte. Tillåtna värden: ${p.allowed}.`,
    en: (p: Value) => `"${p.value}" is not a valid value for ${p.name}. Allowed: ${p.allowed}.`,
  },
  "cli.wrongArguments": {
    fi: (p: Name) => `Komennon argumentit ovat väärät. Käyttö: ${p.name}`,
    sv: (p: Name) => `Kommandots argument är fel. Användning: ${p.name}`,
    en: (p: Name) => `Wrong arguments. Usage: ${p.name}`,
  },
  "cli.fileNotFound": {
    fi: (p: File) => `Tiedostoa ${p.file} ei löydy.`,
    sv: (p: File) => `Filen ${p.file} finns inte.`,
    en: (p: File) => `File not found: ${p.file}`,
  },
  "cli.fileUnreadable": {
    fi: (p: Detail) => `Tiedostoa ${p.file} ei voi lukea (${p.detail}).`,
    sv: (p: Detail) => `Filen ${p.file} kan inte läsas (${p.detail}).`,
    en: (p: Detail) => `Cannot read ${p.file} (${p.detail}).`,
  },
  "cli.notJson.end": {
    fi: (p: File) => `${p.file} ei ole kelvollista JSONia: tiedosto loppuu kesken.`,
    sv: (p: File) => `${p.file} är inte giltig JSON: filen tar slut för tidigt.`,
    en: (p: File) => `${p.file} is not valid JSON: the file ends too early.`,
  },
  "cli.notJson.at": {
    fi: (p: JsonAt) =>
      `${p.file} ei ole kelvollista JSONia: odottamaton merkki ”${p.found}” rivillä ${p.line}, sarakkeessa ${p.column}.`,
    sv: (p: JsonAt) =>
      `${p.file} är inte giltig JSON: oväntat tecken ”${p.found}” på rad ${p.line}, kolumn ${p.column}.`,
    en: (p: JsonAt) =>
      `${p.file} is not valid JSON: unexpected character "${p.found}" at line ${p.line}, column ${p.column}.`,
  },
  "cli.notJson.found": {
    fi: (p: Found) => `${p.file} ei ole kelvollista JSONia: odottamaton merkki ”${p.found}”.`,
    sv: (p: Found) => `${p.file} är inte giltig JSON: oväntat tecken ”${p.found}”.`,
    en: (p: Found) => `${p.file} is not valid JSON: unexpected character "${p.found}".`,
  },
  "cli.badInstant": {
    fi: (p: Instant) =>
      `Valitsimen ${p.name} arvo ”${p.value}” ei ole ajanhetki. Anna päivä, kellonaika ja aikavyöhyke, esim. 2022-04-25T12:00:00+03:00.`,
    sv: (p: Instant) =>
      `Värdet ”${p.value}” för ${p.name} är ingen tidpunkt. Ange datum, klockslag och tidszon, t.ex. 2022-04-25T12:00:00+03:00.`,
    en: (p: Instant) =>
      `"${p.value}" is not an instant for ${p.name}: give a date, a time and an offset, e.g. 2022-04-25T12:00:00+03:00.`,
  },
  "cli.invalidApplication": {
    fi: (p: File) => `${p.file}: hakemus ei ole kelvollinen:`,
    sv: (p: File) => `${p.file}: ansökan är inte giltig:`,
    en: (p: File) => `${p.file}: the application is not valid:`,
  },
  "cli.invalidSettlement": {
    fi: () => "päätöksen ehdot, selvitys tai maksut eivät ole kelvollisia:",
    sv: () => "beslutets villkor, redogörelsen eller utbetalningarna är inte giltiga:",
    en: () => "the decision terms, the report or the payments are not valid:",
  },
  "cli.invalidChange": {
    fi: (p: File) => `${p.file}: päätöksen ehdot tai muutoshakemus eivät ole kelvollisia:`,
    sv: (p: File) => `${p.file}: villkoren i beslutet eller ändringsansökan är inte giltiga:`,
    en: (p: File) => `${p.file}: the decision terms or the change application are not valid:`,
  },
  "cli.label.change": { fi: () => "Muutoshakemus", sv: () => "Ändringsansökan", en: () => "Change application" },
  "cli.change.approvable": { fi: () => "hyväksyttävissä", sv: () => "kan godkännas", en: () => "approvable" },
  "cli.change.needsReview": { fi: () => "vaatii harkintaa", sv: () => "kräver prövning", en: () => "needs review" },
  "cli.change.rejected": { fi: () => "osa hylättävissä", sv: () => "en del avslås", en: () => "a part is rejected" },
  "cli.changePart.extension": {
    fi: () => "Käyttöajan jatko",
    sv: () => "Förlängning av användningstiden",
    en: () => "Extension of the period of use",
  },
  "cli.changePart.reallocation": {
    fi: () => "Kustannusarvion muutos",
    sv: () => "Omfördelning av kostnadsförslaget",
    en: () => "Budget reallocation",
  },
  "cli.changePart.content": {
    fi: () => "Sisällön muutos",
    sv: () => "Ändring av innehållet",
    en: () => "Content change",
  },
  "cli.changePart.consortium": {
    fi: () => "Osallistujien muutos",
    sv: () => "Ändring av deltagarna",
    en: () => "Consortium change",
  },
  "cli.proposal.approve": { fi: () => "hyväksytään", sv: () => "godkänns", en: () => "approve" },
  "cli.proposal.review": { fi: () => "harkittava", sv: () => "prövas", en: () => "review" },
  "cli.proposal.reject": { fi: () => "hylätään", sv: () => "avslås", en: () => "reject" },
  "cli.label.termsDifferences": {
    fi: () => "Muutetut ehdot",
    sv: () => "Ändrade villkor",
    en: () => "Amended terms",
  },
  "cli.noTermsDifferences": { fi: () => "ei muutoksia", sv: () => "inga ändringar", en: () => "no changes" },
  "cli.invalidTimeline": {
    fi: (p: File) => `${p.file}: päätöksen ehdot tai tapahtumat eivät ole kelvollisia:`,
    sv: (p: File) => `${p.file}: villkoren i beslutet eller händelserna är inte giltiga:`,
    en: (p: File) => `${p.file}: the decision terms or the events are not valid:`,
  },
  "cli.label.state": {
    fi: (p: Day) => `Tila ${p.date}`,
    sv: (p: Day) => `Läge ${p.date}`,
    en: (p: Day) => `State on ${p.date}`,
  },
  "cli.label.paid": { fi: () => "Maksettu", sv: () => "Utbetalt", en: () => "Paid" },
  "cli.label.duties": { fi: () => "Määräajat", sv: () => "Tidsfrister", en: () => "Time limits" },
  "cli.label.payable": { fi: () => "Maksettavissa nyt", sv: () => "Kan betalas ut nu", en: () => "Payable now" },
  "cli.grantState.awarded": { fi: () => "myönnetty", sv: () => "beviljat", en: () => "awarded" },
  "cli.grantState.inUse": { fi: () => "käytössä", sv: () => "används", en: () => "in use" },
  "cli.grantState.recovering": { fi: () => "takaisinperinnässä", sv: () => "återkrävs", en: () => "being recovered" },
  "cli.grantState.reported": { fi: () => "selvitetty", sv: () => "redovisat", en: () => "reported" },
  "cli.grantState.settled": { fi: () => "lopputilitetty", sv: () => "slutredovisat", en: () => "settled" },
  "cli.grantState.closed": { fi: () => "päättynyt", sv: () => "avslutat", en: () => "closed" },
  "cli.grantState.suspended": {
    fi: () => "maksatus keskeytetty",
    sv: () => "utbetalningen avbruten",
    en: () => "payment suspended",
  },
  "cli.dutyStatus.upcoming": { fi: () => "tulossa", sv: () => "kommande", en: () => "upcoming" },
  "cli.dutyStatus.dueToday": { fi: () => "tänään", sv: () => "i dag", en: () => "due today" },
  "cli.dutyStatus.passed": { fi: () => "mennyt", sv: () => "passerad", en: () => "passed" },
  "cli.dutyStatus.met": { fi: () => "täytetty", sv: () => "uppfylld", en: () => "met" },
  "cli.dutyStatus.unknown": { fi: () => "ei vielä tiedossa", sv: () => "ännu okänd", en: () => "not known yet" },
  "cli.invalidCallFile": {
    fi: (p: File) =>
      `${p.file}: odotettiin JSON-oliota, jossa on hakemuslista candidates: [{ id, application, score }, …].`,
    sv: (p: File) => `${p.file}: väntade ett JSON-objekt med listan candidates: [{ id, application, score }, …].`,
    en: (p: File) => `${p.file}: expected a JSON object with a list candidates: [{ id, application, score }, …].`,
  },
  "cli.invalidScores": {
    fi: (p: FileEdition) => `${p.file}: pisteet eivät sovi hakukierrokseen ${p.edition}:`,
    sv: (p: FileEdition) => `${p.file}: poängen passar inte ansökningsomgången ${p.edition}:`,
    en: (p: FileEdition) => `${p.file}: the scores do not fit the call edition ${p.edition}:`,
  },
  "cli.score.unknownCriterion": {
    fi: (p: Criterion) =>
      `${p.id}: hakukierroksella ${p.edition} ei ole arviointikriteeriä ”${p.criterion}”; sen kriteerit ovat ${p.allowed}.`,
    sv: (p: Criterion) =>
      `${p.id}: ansökningsomgången ${p.edition} har inget bedömningskriterium ”${p.criterion}”; dess kriterier är ${p.allowed}.`,
    en: (p: Criterion) =>
      `${p.id}: the call edition ${p.edition} has no criterion "${p.criterion}"; its criteria are ${p.allowed}.`,
  },
  "cli.score.offScale": {
    fi: (p: Score) => `${p.id}: ${p.criterion}: pisteet ${p.value} eivät ole asteikolla ${p.scale}.`,
    sv: (p: Score) => `${p.id}: ${p.criterion}: poängen ${p.value} ligger inte på skalan ${p.scale}.`,
    en: (p: Score) => `${p.id}: ${p.criterion}: the score ${p.value} is not on the scale ${p.scale}.`,
  },
  "cli.score.duplicateId": {
    fi: (p: Duplicate) => `Tunnus ${p.id} on ${p.count} hakemuksella; jokaisella hakemuksella on oltava oma tunnus.`,
    sv: (p: Duplicate) => `Id ${p.id} används av ${p.count} ansökningar; varje ansökan ska ha ett eget id.`,
    en: (p: Duplicate) => `The id ${p.id} is used by ${p.count} applications; each application needs its own id.`,
  },
  "cli.allocationFailed": {
    fi: (p: File) => `${p.file}: jakoa ei voitu tehdä:`,
    sv: (p: File) => `${p.file}: fördelningen kunde inte göras:`,
    en: (p: File) => `${p.file}: the allocation could not be made:`,
  },
  "cli.internalError": {
    fi: (p: { readonly detail: string }) => `Sisäinen virhe: ${p.detail}. Tämä on ohjelmavirhe; ilmoitathan siitä.`,
    sv: (p: { readonly detail: string }) => `Internt fel: ${p.detail}. Detta är ett programfel; rapportera det gärna.`,
    en: (p: { readonly detail: string }) => `Internal error: ${p.detail}. This is a bug; please report it.`,
  },
  "cli.status.eligible": { fi: () => "tukikelpoinen", sv: () => "stödberättigande", en: () => "eligible" },
  "cli.status.ineligible": { fi: () => "ei tukikelpoinen", sv: () => "inte stödberättigande", en: () => "ineligible" },
  "cli.status.needsReview": { fi: () => "vaatii harkintaa", sv: () => "kräver prövning", en: () => "needs review" },
  "cli.status.invalid": { fi: () => "virheellinen syöte", sv: () => "ogiltig indata", en: () => "invalid input" },
  "cli.allocation.granted": { fi: () => "myönnetään", sv: () => "beviljas", en: () => "granted" },
  "cli.allocation.reserve": { fi: () => "varalla", sv: () => "reserv", en: () => "reserve" },
  "cli.allocation.rejected": { fi: () => "hylätään", sv: () => "avslås", en: () => "rejected" },
  "cli.strategy.ranked": { fi: () => "paremmuusjärjestyksessä", sv: () => "i rangordning", en: () => "in rank order" },
  "cli.strategy.proRata": { fi: () => "samassa suhteessa", sv: () => "i samma proportion", en: () => "pro rata" },
  "cli.label.edition": { fi: () => "Hakukierros", sv: () => "Ansökningsomgång", en: () => "Call edition" },
  "cli.label.status": { fi: () => "Tulos", sv: () => "Resultat", en: () => "Result" },
  "cli.label.findings": { fi: () => "Säännöt", sv: () => "Regler", en: () => "Rules" },
  "cli.label.passedNotShown": {
    fi: (p: Count) => `Täyttyneitä sääntöjä ei näytetä: ${p.count}.`,
    sv: (p: Count) => `Uppfyllda regler visas inte: ${p.count}.`,
    en: (p: Count) => `Passed rules not shown: ${p.count}.`,
  },
  "cli.label.budget": {
    fi: () => "Kustannukset ja avustus",
    sv: () => "Kostnader och understöd",
    en: () => "Costs and grant",
  },
  "cli.label.totalCosts": {
    fi: () => "Kustannukset yhteensä (alv 0)",
    sv: () => "Kostnader totalt (moms 0)",
    en: () => "Total costs (VAT-free)",
  },
  "cli.label.eligibleCosts": {
    fi: () => "Hyväksyttävät kustannukset",
    sv: () => "Godtagbara kostnader",
    en: () => "Eligible costs",
  },
  "cli.label.conditionalCosts": {
    fi: () => "– joista harkinnanvaraisia",
    sv: () => "– varav prövningsbara",
    en: () => "– of which conditional",
  },
  "cli.label.ineligibleCosts": {
    fi: () => "Ei hyväksyttävät kustannukset",
    sv: () => "Icke godtagbara kostnader",
    en: () => "Ineligible costs",
  },
  "cli.label.vat": {
    fi: () => "Arvonlisävero (ei hyväksyttävä)",
    sv: () => "Mervärdesskatt (inte godtagbar)",
    en: () => "VAT (never eligible)",
  },
  "cli.label.maxGrant": { fi: () => "Avustus enintään", sv: () => "Understöd högst", en: () => "Maximum grant" },
  "cli.label.requestedGrant": { fi: () => "Haettu avustus", sv: () => "Sökt understöd", en: () => "Grant requested" },
  "cli.label.ownShare": { fi: () => "Omarahoitus", sv: () => "Egen finansiering", en: () => "Own share" },
  "cli.label.parties": {
    fi: () => "Kustannukset ja rahoitus osallistujittain, euroa (893/2019 6 § 2 mom. 5 kohta)",
    sv: () => "Kostnader och finansiering per deltagare, euro (893/2019 6 § 2 mom. 5 punkten)",
    en: () => "Costs and funding by party, in euros (893/2019 6 § 2 mom. 5 kohta)",
  },
  "cli.col.party": { fi: () => "Osallistuja", sv: () => "Deltagare", en: () => "Party" },
  "cli.col.role": { fi: () => "Rooli", sv: () => "Roll", en: () => "Role" },
  "cli.col.costs": { fi: () => "Kustannukset", sv: () => "Kostnader", en: () => "Costs" },
  "cli.col.eligible": { fi: () => "Hyväksyttävät", sv: () => "Godtagbara", en: () => "Eligible" },
  "cli.col.vat": { fi: () => "Alv", sv: () => "Moms", en: () => "VAT" },
  "cli.col.financing": { fi: () => "Oma rahoitus", sv: () => "Egen finansiering", en: () => "Own funding" },
  "cli.col.maxShare": {
    fi: () => "Osuus enimmäismäärästä",
    sv: () => "Andel av högsta belopp",
    en: () => "Share of maximum",
  },
  "cli.col.share": { fi: () => "Osuus avustuksesta", sv: () => "Andel av understödet", en: () => "Share of grant" },
  "cli.col.receipt": { fi: () => "Miten", sv: () => "Hur", en: () => "How" },
  "cli.role.applicant": { fi: () => "hakija", sv: () => "sökande", en: () => "applicant" },
  "cli.role.participant": { fi: () => "osatoteuttaja", sv: () => "delgenomförare", en: () => "participant" },
  "cli.role.onBehalfOf": { fi: () => "jäsenkunta", sv: () => "medlemskommun", en: () => "member municipality" },
  "cli.role.unnamed": { fi: () => "ei nimetty", sv: () => "inte namngiven", en: () => "not named" },
  "cli.receipt.kept": { fi: () => "jää hallinnoijalle", sv: () => "behålls av administratören", en: () => "kept" },
  "cli.receipt.received": { fi: () => "saa itse", sv: () => "tar emot själv", en: () => "received" },
  "cli.receipt.passedOn": { fi: () => "siirretään", sv: () => "överförs", en: () => "passed on" },
  "cli.label.passOn": {
    fi: (p: PassOnHeading) =>
      `Avustuksen ${p.amount} jako osallistujille hankkeen hyväksyttävien kustannusten suhteessa, euroa: ${p.model}`,
    sv: (p: PassOnHeading) =>
      `Fördelningen av understödet ${p.amount} mellan deltagarna i proportion till de godtagbara kostnaderna, euro: ${p.model}`,
    en: (p: PassOnHeading) =>
      `How the grant of ${p.amount} is shared among the parties, in proportion to their eligible costs, in euros: ${p.model}`,
  },
  "cli.label.passOnUnknown": {
    fi: () =>
      "Hakukierroksen avustuksen saajamallia ei tiedetä, joten jakoa ei näytetä; anna se valitsimella --recipients administrator|joint.",
    sv: () =>
      "Ansökningsomgångens mottagarmodell är inte känd, så fördelningen visas inte; ange den med --recipients administrator|joint.",
    en: () =>
      "The recipient model of this call edition is not known, so the sharing is not shown; give it with --recipients administrator|joint.",
  },
  "cli.label.notices": {
    fi: () => "Huomautukset (eivät vaikuta tulokseen)",
    sv: () => "Anmärkningar (påverkar inte resultatet)",
    en: () => "Notices (they do not change the result)",
  },
  "cli.label.appropriation": { fi: () => "Määräraha", sv: () => "Anslag", en: () => "Appropriation" },
  "cli.label.totalGranted": {
    fi: () => "Myönnetty yhteensä",
    sv: () => "Beviljat totalt",
    en: () => "Granted in total",
  },
  "cli.label.remaining": { fi: () => "Jäljellä", sv: () => "Kvar", en: () => "Remaining" },
  "cli.label.counts": {
    fi: (p: { readonly granted: number; readonly reserve: number; readonly rejected: number }) =>
      `${p.granted} myönnetään, ${p.reserve} varalla, ${p.rejected} hylätään`,
    sv: (p: { readonly granted: number; readonly reserve: number; readonly rejected: number }) =>
      `${p.granted} beviljas, ${p.reserve} i reserv, ${p.rejected} avslås`,
    en: (p: { readonly granted: number; readonly reserve: number; readonly rejected: number }) =>
      `${p.granted} granted, ${p.reserve} in reserve, ${p.rejected} rejected`,
  },
  "cli.label.weightsNotOfficial": {
    fi: () => "Pisteytyksen painot ovat oletuksia (yhtä suuret): ministeriö ei julkaissut painoja eikä pisteitä.",
    sv: () => "Poängsättningens vikter är antaganden (lika stora): ministeriet publicerade inga vikter eller poäng.",
    en: () => "The scoring weights are assumptions (equal): the ministry published no weights or points.",
  },
  "cli.col.rank": { fi: () => "Sija", sv: () => "Plats", en: () => "Rank" },
  "cli.col.id": { fi: () => "Tunnus", sv: () => "Id", en: () => "Id" },
  "cli.col.status": { fi: () => "Tila", sv: () => "Status", en: () => "Status" },
  "cli.col.score": { fi: () => "Pisteet", sv: () => "Poäng", en: () => "Score" },
  "cli.col.amount": { fi: () => "Avustus", sv: () => "Understöd", en: () => "Grant" },
  "cli.col.reason": { fi: () => "Peruste", sv: () => "Grund", en: () => "Reason" },
  "cli.col.closes": { fi: () => "Haku päättyi", sv: () => "Ansökan stängde", en: () => "Call closed" },
  "cli.col.appropriation": { fi: () => "Määräraha", sv: () => "Anslag", en: () => "Appropriation" },
  "cli.col.focusAreas": { fi: () => "Painopisteet", sv: () => "Tyngdpunkter", en: () => "Focus areas" },
  "cli.col.title": { fi: () => "Nimi", sv: () => "Namn", en: () => "Title" },
  "cli.noChanges": {
    fi: (p: { readonly a: string; readonly b: string }) => `Hakukierrosten ${p.a} ja ${p.b} välillä ei ole eroja.`,
    sv: (p: { readonly a: string; readonly b: string }) =>
      `Inga skillnader mellan ansökningsomgångarna ${p.a} och ${p.b}.`,
    en: (p: { readonly a: string; readonly b: string }) =>
      `No differences between the call editions ${p.a} and ${p.b}.`,
  },
  "cli.label.settlement": { fi: () => "Lopputilitys", sv: () => "Slutredovisning", en: () => "Settlement" },
  "cli.invalidRecovery": {
    fi: () => "päätöksen ehdot, maksut, perusteet tai valinnat eivät ole kelvollisia:",
    sv: () => "beslutets villkor, utbetalningarna, grunderna eller flaggorna är inte giltiga:",
    en: () => "the decision terms, the payments, the grounds or the options are not valid:",
  },
  "cli.recovery.recover": { fi: () => "perittävä takaisin", sv: () => "ska återkrävas", en: () => "to be recovered" },
  "cli.recovery.review": { fi: () => "harkinnanvarainen", sv: () => "enligt prövning", en: () => "discretionary" },
  "cli.recovery.barred": {
    fi: () => "määräaika kulunut",
    sv: () => "tidsfristen har löpt ut",
    en: () => "time-barred",
  },
  "cli.recovery.inferred": { fi: () => "tulkinta", sv: () => "tolkning", en: () => "a reading" },
  "cli.recovery.interest": {
    fi: (p: { readonly dayCount: string }) => `Korko 24 §:n mukaan (${p.dayCount}; * = päätelty viitekorko)`,
    sv: (p: { readonly dayCount: string }) => `Ränta enligt 24 § (${p.dayCount}; * = härledd referensränta)`,
    en: (p: { readonly dayCount: string }) => `Interest under 24 § (${p.dayCount}; * = inferred reference rate)`,
  },
  "cli.recovery.lateInterest": {
    fi: () => "viivästyskorko (25 §)",
    sv: () => "dröjsmålsränta (25 §)",
    en: () => "late interest (25 §)",
  },
  "cli.recovery.principal": { fi: () => "Pääoma", sv: () => "Kapital", en: () => "Principal" },
  "cli.recovery.interestTotal": { fi: () => "Korko (24 §)", sv: () => "Ränta (24 §)", en: () => "Interest (24 §)" },
  "cli.recovery.lateInterestTotal": {
    fi: () => "Viivästyskorko (25 §)",
    sv: () => "Dröjsmålsränta (25 §)",
    en: () => "Late interest (25 §)",
  },
  "cli.recovery.waived": { fi: () => "Kohtuullistettu (26 §)", sv: () => "Jämkat (26 §)", en: () => "Waived (26 §)" },
  "cli.recovery.due": { fi: () => "Maksettava", sv: () => "Att betala", en: () => "Due" },
  "cli.recovery.liable.joint": {
    fi: () => "Yhteisvastuussa",
    sv: () => "Solidariskt ansvariga",
    en: () => "Jointly and severally liable",
  },
  "cli.recovery.liable.administrator": {
    fi: () => "Vastuussa (hankehallinnoija)",
    sv: () => "Ansvarig (projektadministratör)",
    en: () => "Liable (administrator)",
  },
  "cli.label.reportStatus": { fi: () => "Selvitys", sv: () => "Redogörelse", en: () => "Report" },
  "cli.label.costs": { fi: () => "Kustannukset", sv: () => "Kostnader", en: () => "Costs" },
  "cli.label.settlementParties": { fi: () => "Osapuolet", sv: () => "Parter", en: () => "Parties" },
  "cli.label.acceptedCosts": {
    fi: () => "Hyväksytyt kustannukset",
    sv: () => "Godtagna kostnader",
    en: () => "Accepted costs",
  },
  "cli.label.finalGrant": { fi: () => "Lopullinen avustus", sv: () => "Slutligt understöd", en: () => "Final grant" },
  "cli.report.acceptable": { fi: () => "kunnossa", sv: () => "godtagbar", en: () => "acceptable" },
  "cli.report.deficient": { fi: () => "puutteellinen", sv: () => "bristfällig", en: () => "deficient" },
  "cli.report.needsReview": { fi: () => "vaatii harkintaa", sv: () => "kräver prövning", en: () => "needs review" },
});

/** A code of the command line's own texts. */
export type CliMessageCode = keyof typeof cliMessages;

/** The parameters of a command-line message; `{}` for one that takes none. */
export type CliParams<C extends CliMessageCode> = Parameters<(typeof cliMessages)[C]["fi"]>[0] extends undefined
  ? Empty
  : Parameters<(typeof cliMessages)[C]["fi"]>[0];

/** The text of one of the command line's messages in a language. */
export function cliText<C extends CliMessageCode>(code: C, params: CliParams<C>, locale: Locale): string {
  const entry = cliMessages[code] as unknown as Record<Locale, (p: typeof params) => string>;
  return entry[locale](params);
}
