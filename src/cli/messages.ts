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
/** The criteria of every edition, one block, for `allocate --help`. */
type Criteria = { readonly criteria: string };

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
  "cli.help.change": {
    fi: () => `Käyttö: digikannustin change <ehdot.json> <muutos.json> --at <päivä> [valitsimet]

Arvioi muutoshakemuksen (688/2001 14 §) päätöksen ehtoja vasten; kukin osa ratkaistaan erikseen:
käyttöajan jatko (siirtomääräraha 3 v), kustannusarvion muutos, sisällön muutos ja osallistujien muutos
(hakukierroksen omat säännöt). Tulostaa muutetut ehdot ja sen, mitä ne muuttavat.

Valitsimet:
  --at <päivä>          arviointipäivä (pakollinen; kelloa ei lueta)
  --locale fi|sv|en     tulosteen kieli
  --json                arvio ja muutetut ehdot JSON-muodossa

Paluuarvot: 0 hyväksyttävissä · 1 osa hylättävissä · 2 virheellinen syöte tai käyttö · 3 vaatii harkintaa
`,
    sv: () => `Användning: digikannustin change <villkor.json> <ändring.json> --at <dag> [flaggor]

Bedömer en ändringsansökan (688/2001 14 §) mot villkoren i beslutet; varje del avgörs för sig:
förlängning av användningstiden (reservationsanslag 3 år), omfördelning av kostnadsförslaget, ändring
av innehållet och ändring av deltagarna (omgångens egna regler). Skriver ut de ändrade villkoren och vad de ändrar.

Flaggor:
  --at <dag>            bedömningsdagen (obligatorisk; ingen klocka läses)
  --locale fi|sv|en     utskriftens språk
  --json                bedömningen och de ändrade villkoren som JSON

Slutkoder: 0 kan godkännas · 1 en del avslås · 2 ogiltig indata eller användning · 3 kräver prövning
`,
    en: () => `Usage: digikannustin change <terms.json> <change.json> --at <day> [options]

Assesses a change application (688/2001 14 §) under the decision's terms, each part on its own: an
extension of the period of use (siirtomääräraha 3 v), a budget reallocation, a content change and a
consortium change (the call edition's own rules). Prints the amended terms and what they move.

Options:
  --at <day>            the day of the assessment (required; no clock is read)
  --locale fi|sv|en     language of the output
  --json                the assessment and the amended terms as JSON

Exit codes: 0 approvable · 1 a part is rejected · 2 invalid input or usage · 3 needs review
`,
  },
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
  "cli.help.main": {
    fi: () => `digikannustin – kuntien digitalisaation edistämisen avustuksen (digikannustin) säännöt komentoriviltä

Käyttö: digikannustin <komento> [valitsimet]

Komennot:
  assess <tiedosto|->   arvioi hakemus (JSON) hakukierroksensa säännöillä; - lukee syötteestä
  settle <ehdot> <selvitys> [<maksut>]  arvioi valtionavustusselvitys ja laske lopputilitys
  allocate <tiedosto>   pisteytä haun hakemukset ja jaa määräraha
  timeline <ehdot> <tapahtumat> --at <pvm>   avustuksen tila ja määräajat päivänä (688/2001 28–29 §)
  change <ehdot> <muutos> --at <pvm>   arvioi muutoshakemus ja muuta ehdot (688/2001 14 §)
  recover <ehdot> <maksut> <perusteet> --at <pvm>   takaisinperintä korkoineen (688/2001 21–28 §)
  diff <a> <b>          mitä muuttui hakukierrosten välillä, esim. diff 2021 2022
  editions              luettele hakukierrokset
  schema                tulosta hakemuksen JSON Schema
  example <mikä>        tulosta muokattava esimerkki: application (hakemus) tai call (haku pisteineen)

Valitsimet:
  --locale fi|sv|en     tulosteen kieli (oletus: LC_ALL, LC_MESSAGES tai LANG, esim. fi_FI.UTF-8; muuten en)
  --json                koneluettava JSON-tuloste
  --help, -h            ohje (myös: digikannustin <komento> --help)
  --version, -v         versio

Komentorivi puhuu ympäristön kieltä; kirjasto itse (import "digikannustin") puhuu suomea, ellei locale-valintaa anneta.

Aloita: digikannustin example application > hakemus.json && digikannustin assess hakemus.json

Paluuarvot: 0 tukikelpoinen tai onnistui · 1 ei tukikelpoinen · 2 virheellinen syöte tai käyttö · 3 vaatii harkintaa
`,
    sv: () => `digikannustin – reglerna för understödet för att främja kommunernas digitalisering (digikannustin) från kommandoraden

Användning: digikannustin <kommando> [flaggor]

Kommandon:
  assess <fil|->        bedöm en ansökan (JSON) enligt ansökningsomgångens regler; - läser standard in
  settle <villkor> <redogörelse> [<utbetalningar>]  bedöm redogörelsen och beräkna slutredovisningen
  allocate <fil>        poängsätt omgångens ansökningar och fördela anslaget
  timeline <villkor> <händelser> --at <datum>   understödets läge och tidsfrister en dag (688/2001 28–29 §)
  change <villkor> <ändring> --at <datum>   bedöm en ändringsansökan och ändra villkoren (688/2001 14 §)
  recover <villkor> <utbetalningar> <grunder> --at <datum>   återkrav med ränta (688/2001 21–28 §)
  diff <a> <b>          vad som ändrades mellan två ansökningsomgångar, t.ex. diff 2021 2022
  editions              lista ansökningsomgångarna
  schema                skriv ut ansökans JSON Schema
  example <vad>         skriv ut ett exempel att redigera: application (ansökan) eller call (omgång med poäng)

Flaggor:
  --locale fi|sv|en     utskriftens språk (standard: LC_ALL, LC_MESSAGES eller LANG, t.ex. sv_FI.UTF-8; annars en)
  --json                maskinläsbar JSON
  --help, -h            hjälp (även: digikannustin <kommando> --help)
  --version, -v         versionen

Kommandoraden talar miljöns språk; biblioteket självt (import "digikannustin") talar finska om locale inte anges.

Börja: digikannustin example application > ansokan.json && digikannustin assess ansokan.json

Slutkoder: 0 stödberättigande eller lyckades · 1 inte stödberättigande · 2 ogiltig indata eller användning · 3 kräver prövning
`,
    en: () => `digikannustin – the rules of the Finnish grant for municipal digitalisation (digikannustin) from the command line

Usage: digikannustin <command> [options]

Commands:
  assess <file|->       assess an application (JSON) under its call edition's rules; - reads stdin
  settle <terms> <report> [<payments>]  assess a final report and settle the grant
  allocate <file>       score a call's applications and share out the appropriation
  timeline <terms> <events> --at <date>   a grant's state and time limits on a day (688/2001 28–29 §)
  change <terms> <change> --at <date>   assess a change application and amend the terms (688/2001 14 §)
  recover <terms> <payments> <grounds> --at <date>   recovery with interest (688/2001 21–28 §)
  diff <a> <b>          what changed between two call editions, e.g. diff 2021 2022
  editions              list the call editions
  schema                print the JSON Schema of an application
  example <what>        print an example to edit: application, or call (applications with scores)

Options:
  --locale fi|sv|en     language of the output (default: LC_ALL, LC_MESSAGES or LANG, e.g. fi_FI.UTF-8; else en)
  --json                machine-readable JSON output
  --help, -h            help (also: digikannustin <command> --help)
  --version, -v         the version

The command line speaks the language of its environment; the library itself (import "digikannustin") speaks
Finnish unless given a locale.

Start: digikannustin example application > application.json && digikannustin assess application.json

Exit codes: 0 eligible or success · 1 ineligible · 2 invalid input or usage error · 3 needs review
`,
  },
  "cli.help.assess": {
    fi: () => `Käyttö: digikannustin assess <tiedosto|-> [valitsimet]

Arvioi yksi hakemus (JSON-tiedosto tai - syötteestä) ja tulostaa jokaisen säännön tuloksen
perusteineen sekä kustannukset ja avustuksen enimmäismäärän. Ensin tulevat säännöt, jotka eivät
täyty, sitten avoimet kohdat (harkittavat ja puuttuvat tiedot), viimeisenä täyttyneet.

Valitsimet:
  --edition <id>        arvioi toisen hakukierroksen säännöillä (2019-1, 2019-2, 2020, 2021, 2022)
  --at <ajanhetki>      määräajan tarkistushetki, jos hakemuksessa ei ole submittedAt-kenttää,
                        esim. 2022-04-25T12:00:00+03:00
  --aland allow|review|deny  Ahvenanmaan kunnat: sallitaan, harkitaan (oletus) tai ei sallita
  --only-open           näytä vain säännöt, jotka eivät täyttyneet
  --recipients administrator|joint  avustuksen saajamalli, jos hakukierroksen mallia ei tiedetä (2019)
  --locale fi|sv|en     tulosteen kieli
  --json                koko arvio JSONina

Paluuarvot: 0 tukikelpoinen · 1 ei tukikelpoinen · 2 virheellinen syöte · 3 vaatii harkintaa
`,
    sv: () => `Användning: digikannustin assess <fil|-> [flaggor]

Bedömer en ansökan (JSON-fil eller - för standard in) och skriver ut varje regels resultat med
grund samt kostnaderna och understödets maximibelopp. Först kommer reglerna som inte uppfylls,
sedan de öppna punkterna (att pröva och uppgifter som saknas), sist de uppfyllda.

Flaggor:
  --edition <id>        bedöm enligt en annan omgångs regler (2019-1, 2019-2, 2020, 2021, 2022)
  --at <tidpunkt>       tidpunkt för kontrollen av tidsfristen om ansökan saknar submittedAt,
                        t.ex. 2022-04-25T12:00:00+03:00
  --aland allow|review|deny  Ålands kommuner: tillåts, prövas (standard) eller tillåts inte
  --only-open           visa bara reglerna som inte uppfylldes
  --recipients administrator|joint  mottagarmodellen, om ansökningsomgångens modell inte är känd (2019)
  --locale fi|sv|en     utskriftens språk
  --json                hela bedömningen som JSON

Slutkoder: 0 stödberättigande · 1 inte stödberättigande · 2 ogiltig indata · 3 kräver prövning
`,
    en: () => `Usage: digikannustin assess <file|-> [options]

Assesses one application (a JSON file, or - for stdin) and prints each rule's outcome with the
provision it cites, then the costs and the maximum grant. The rules that fail come first, then the
open ones (for review, or an answer missing), the rules that pass last.

Options:
  --edition <id>        assess under another edition's rules (2019-1, 2019-2, 2020, 2021, 2022)
  --at <instant>        when to check the deadline if the application has no submittedAt,
                        e.g. 2022-04-25T12:00:00+03:00
  --aland allow|review|deny  municipalities of Åland: allowed, reviewed (default) or refused
  --only-open           show only the rules that did not pass
  --recipients administrator|joint  the recipient model, where the edition's is not known (2019)
  --locale fi|sv|en     language of the output
  --json                the whole assessment as JSON

Exit codes: 0 eligible · 1 ineligible · 2 invalid input · 3 needs review
`,
  },
  "cli.help.settle": {
    fi: () => `Käyttö: digikannustin settle <ehdot.json> <selvitys.json> [<maksut.json>] [valitsimet]

Arvioi valtionavustusselvityksen (893/2019 9 §) päätöksen ehtoja vasten ja laskee lopputilityksen:
jokaisen kustannuksen käsittely perusteineen, lopullinen avustus, maksettava tai palautettava määrä
(valtionavustuslaki 20 §) ja osapuolten osuudet. Maksut ovat lista [{ "on": "2022-09-01", "amount": "20000.00" }].

Valitsimet:
  --at <päivä>          luonnoksen antopäivä, jos selvityksessä ei ole submittedOn-kenttää, esim. 2024-12-01
  --reclaim-small       peri myös enintään 100 euron palautettava määrä (oletus: jätetään perimättä)
  --locale fi|sv|en     tulosteen kieli
  --json                selvityksen arvio ja lopputilitys JSONina

Paluuarvot: 0 selvitys kunnossa · 1 selvityksessä on puute · 2 virheellinen syöte · 3 vaatii harkintaa
`,
    sv: () => `Användning: digikannustin settle <villkor.json> <redogörelse.json> [<utbetalningar.json>] [flaggor]

Bedömer redogörelsen för användningen av statsunderstöd (893/2019 9 §) mot beslutets villkor och
beräknar slutredovisningen: varje kostnads behandling med grund, det slutliga understödet, beloppet
att betala eller återbetala (statsunderstödslagen 20 §) och parternas andelar. Utbetalningarna är en
lista [{ "on": "2022-09-01", "amount": "20000.00" }].

Flaggor:
  --at <datum>          dagen för ett utkast om redogörelsen saknar submittedOn, t.ex. 2024-12-01
  --reclaim-small       kräv tillbaka även ett belopp på högst 100 euro (standard: lämnas utan återbetalning)
  --locale fi|sv|en     utskriftens språk
  --json                bedömningen av redogörelsen och slutredovisningen som JSON

Slutkoder: 0 redogörelsen godtagbar · 1 brist i redogörelsen · 2 ogiltig indata · 3 kräver prövning
`,
    en: () => `Usage: digikannustin settle <terms.json> <report.json> [<payments.json>] [options]

Assesses a final report (893/2019 9 §) under the decision's terms and settles the grant: each
cost's treatment with its reason, the final grant, the balance to pay or the amount to return
(State Grants Act 20 §) and the parties' shares. Payments are a list [{ "on": "2022-09-01", "amount": "20000.00" }].

Options:
  --at <date>           the day of a draft report without submittedOn, e.g. 2024-12-01
  --reclaim-small       reclaim an amount to return of at most 100 euros too (default: left unreclaimed)
  --locale fi|sv|en     language of the output
  --json                the report's assessment and the settlement as JSON

Exit codes: 0 report acceptable · 1 report deficient · 2 invalid input · 3 needs review
`,
  },
  "cli.label.settlement": { fi: () => "Lopputilitys", sv: () => "Slutredovisning", en: () => "Settlement" },
  "cli.help.recover": {
    fi: () => `Käyttö: digikannustin recover <ehdot.json> <maksut.json> <perusteet.json> --at <päivä> [valitsimet]

Laskee takaisinperinnän päätöspäivänä (valtionavustuslaki 21–28 §): perusteet (21 § pakollinen,
22 § harkinnanvarainen), takaisin perittävä määrä maksuittain (viimeisin maksu ensin), korko 24 §:n
mukaan maksupäivästä (viitekorko + 3 prosenttiyksikköä) ja viivästyskorko 25 §:n mukaan eräpäivän
jälkeen (viitekorko + 7), puolivuotiskausittain; 28 §:n määräajat ja yhteisvastuu (27 §).
Maksut ovat lista [{ "on": "2022-07-01", "amount": "85000.00" }], perusteet [{ "ground": "21.2", "amount": "25000.00" }].

Valitsimet:
  --at <päivä>          päätöspäivä, johon korko lasketaan (pakollinen)
  --learned-on <päivä>  päivä, jona peruste tuli ministeriön tietoon (28 § 1 mom.)
  --due-on <päivä>      päätöksen eräpäivä (25 §)
  --day-count <tapa>    actual/365 (oletus), actual/actual tai actual/360
  --rates <korot.json>  viitekorot kirjaston taulukon sijaan: [{ "from", "to", "rate", "source", "certainty" }]
  --waiver <määrä|all>  kohtuullistaminen (26 §): jätetään perimättä määrä, tai all: kaikki
                        (vain erityisen painavasta syystä, jonka all toteaa)
  --waiver-reason <syy> kohtuullistamisen peruste (pakollinen --waiver-valitsimen kanssa)
  --locale fi|sv|en     tulosteen kieli
  --json                takaisinperintä JSONina

Paluuarvot: 0 laskettu · 2 virheellinen syöte · 3 vain harkinnanvaraisia perusteita: ministeriö harkitsee
`,
    sv: () => `Användning: digikannustin recover <villkor.json> <utbetalningar.json> <grunder.json> --at <dag> [flaggor]

Beräknar återkravet på beslutsdagen (statsunderstödslagen 21–28 §): grunderna (21 § skyldighet,
22 § prövning), beloppet som återkrävs per utbetalning (den senaste först), ränta enligt 24 § från
utbetalningsdagen (referensräntan + 3 procentenheter) och dröjsmålsränta enligt 25 § efter
förfallodagen (referensräntan + 7), halvår för halvår; tidsfristerna i 28 § och solidariskt ansvar (27 §).
Utbetalningarna är en lista [{ "on": "2022-07-01", "amount": "85000.00" }], grunderna [{ "ground": "21.2", "amount": "25000.00" }].

Flaggor:
  --at <dag>            beslutsdagen, till vilken räntan beräknas (obligatorisk)
  --learned-on <dag>    dagen då grunden kom till ministeriets kännedom (28 § 1 mom.)
  --due-on <dag>        beslutets förfallodag (25 §)
  --day-count <sätt>    actual/365 (standard), actual/actual eller actual/360
  --rates <räntor.json> referensräntor i stället för bibliotekets tabell: [{ "from", "to", "rate", "source", "certainty" }]
  --waiver <belopp|all> jämkning (26 §): beloppet lämnas utan återkrav, eller all: allt
                        (endast av synnerligen vägande skäl, som all konstaterar)
  --waiver-reason <skäl> skälet för jämkningen (obligatoriskt med --waiver)
  --locale fi|sv|en     utskriftens språk
  --json                återkravet som JSON

Slutkoder: 0 beräknat · 2 ogiltig indata · 3 endast grunder enligt prövning: ministeriet prövar
`,
    en: () => `Usage: digikannustin recover <terms.json> <payments.json> <grounds.json> --at <day> [options]

Computes a recovery on the day of the decision (State Grants Act 21–28 §): the grounds (21 §
mandatory, 22 § discretionary), the amount recovered per payment (the latest payment first), interest
under 24 § from the payment day (reference rate + 3 points) and late interest under 25 § after the due
day (reference rate + 7), half-year by half-year; the time limits of 28 § and joint liability (27 §).
Payments are a list [{ "on": "2022-07-01", "amount": "85000.00" }], grounds [{ "ground": "21.2", "amount": "25000.00" }].

Options:
  --at <day>            the day of the decision, to which interest is counted (required)
  --learned-on <day>    the day the ministry learned of the ground (28 § 1 mom.)
  --due-on <day>        the decision's due day (25 §)
  --day-count <rule>    actual/365 (default), actual/actual or actual/360
  --rates <rates.json>  reference rates instead of the library's table: [{ "from", "to", "rate", "source", "certainty" }]
  --waiver <amount|all> waiver (26 §): the amount is left uncollected, or all: everything
                        (only for an especially weighty reason, which all states)
  --waiver-reason <why> the reason for the waiver (required with --waiver)
  --locale fi|sv|en     language of the output
  --json                the recovery as JSON

Exit codes: 0 computed · 2 invalid input · 3 only discretionary grounds: the ministry decides
`,
  },
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
  "cli.help.allocate": {
    fi: (p: Criteria) => `Käyttö: digikannustin allocate <tiedosto> [valitsimet]

Jakaa määrärahan haun hakemuksille. Tiedosto on JSON-olio (malli: digikannustin example call):
  { "edition"?: "2022", "appropriation"?: "10000000.00", "strategy"?: "ranked",
    "candidates": [{ "id": "…", "application": {…}, "score": … }, …] }
Tukikelvottomat hakemukset eivät saa avustusta; muut pisteytetään ja rahoitetaan järjestyksessä.

Pisteet (score): yksi pistemäärä ("4.25") tai arvioijien pisteet kriteereittäin,
  { "reviewers": [{ "reviewer": "Aino", "scores": { "generalSignificance": 4, … } }, …] },
asteikolla 1–5. Ministeriö ei julkaissut asteikkoa, painoja eikä pisteitä: asteikko 1–5 on
esimerkkihaun, ja kriteerit painavat yhtä paljon. Kriteeri, jota hakukierroksella ei ole, pisteet
asteikon ulkopuolelta ja sama tunnus kahdesti ovat virheitä (paluuarvo 2).

Hakukierrosten arviointikriteerit (arvioijan pisteiden avaimet):
${p.criteria}

Valitsimet (ohittavat tiedoston arvot):
  --edition <id>              hakukierros (oletus: hakemusten oma)
  --appropriation <euroa>     jaettava määräraha, esim. 8000000.00 (oletus: hakukierroksen)
  --strategy ranked|proRata   järjestyksessä (oletus) tai samassa suhteessa
  --partial skip|partial      rahan loppuessa: ohita (oletus) tai rahoita osittain
  --unit cent|euro            pyöristys alaspäin senttiin (oletus) tai euroon
  --locale fi|sv|en           tulosteen kieli
  --json                      koko jako JSONina

Paluuarvot: 0 jako tehty · 2 virheellinen tiedosto, valitsin tai pisteet
`,
    sv: (p: Criteria) => `Användning: digikannustin allocate <fil> [flaggor]

Fördelar anslaget på omgångens ansökningar. Filen är ett JSON-objekt (mall: digikannustin example call):
  { "edition"?: "2022", "appropriation"?: "10000000.00", "strategy"?: "ranked",
    "candidates": [{ "id": "…", "application": {…}, "score": … }, …] }
Ansökningar som inte är stödberättigande får inget; de andra poängsätts och finansieras i ordning.

Poäng (score): ett enda poängtal ("4.25") eller bedömarnas poäng per kriterium,
  { "reviewers": [{ "reviewer": "Aino", "scores": { "generalSignificance": 4, … } }, …] },
på skalan 1–5. Ministeriet publicerade ingen skala, inga vikter och inga poäng: skalan 1–5 är
exempelomgångens, och kriterierna väger lika. Ett kriterium som omgången inte har, poäng utanför
skalan och samma id två gånger är fel (slutkod 2).

Ansökningsomgångarnas bedömningskriterier (nycklarna i en bedömares poäng):
${p.criteria}

Flaggor (går före filens värden):
  --edition <id>              ansökningsomgång (standard: ansökningarnas egen)
  --appropriation <euro>      anslaget som fördelas, t.ex. 8000000.00 (standard: omgångens)
  --strategy ranked|proRata   i rangordning (standard) eller i samma proportion
  --partial skip|partial      när pengarna tar slut: hoppa över (standard) eller finansiera delvis
  --unit cent|euro            avrundning nedåt till cent (standard) eller euro
  --locale fi|sv|en           utskriftens språk
  --json                      hela fördelningen som JSON

Slutkoder: 0 fördelningen gjord · 2 ogiltig fil, flagga eller poäng
`,
    en: (p: Criteria) => `Usage: digikannustin allocate <file> [options]

Shares out the appropriation over a call's applications. The file is a JSON object (a model:
digikannustin example call):
  { "edition"?: "2022", "appropriation"?: "10000000.00", "strategy"?: "ranked",
    "candidates": [{ "id": "…", "application": {…}, "score": … }, …] }
Ineligible applications get nothing; the others are scored and funded in order.

Scores (score): one score ("4.25"), or the reviewers' scores per criterion,
  { "reviewers": [{ "reviewer": "Aino", "scores": { "generalSignificance": 4, … } }, …] },
on a scale of 1 to 5. The ministry published no scale, weights or points: the scale 1–5 is the
example call's, and the criteria weigh the same. A criterion the edition does not have, a score
off the scale and the same id twice are errors (exit code 2).

The evaluation criteria of each call edition (the keys of a reviewer's scores):
${p.criteria}

Options (override the file's values):
  --edition <id>              the call edition (default: the applications' own)
  --appropriation <euros>     the money to share out, e.g. 8000000.00 (default: the edition's)
  --strategy ranked|proRata   in rank order (default) or in proportion
  --partial skip|partial      where the money runs out: skip (default) or fund partly
  --unit cent|euro            round grants down to the cent (default) or the euro
  --locale fi|sv|en           language of the output
  --json                      the whole allocation as JSON

Exit codes: 0 allocation made · 2 invalid file, option or scores
`,
  },
  "cli.help.timeline": {
    fi: () => `Käyttö: digikannustin timeline <ehdot.json> <tapahtumat.json> --at <päivä> [valitsimet]

Avustuksen tila päivänä --at (VVVV-KK-PP tai ajanhetki) ja jokainen määräaika säännöksineen: käyttöajan
loppu, selvityksen määräaika (893/2019 9 §), oikeuden maksatukseen raukeaminen (688/2001 29 § 1 mom.),
takaisinperinnän määräaika (28 § 2 mom.) ja palautusvelvollisuuden raukeaminen (29 § 2 mom.).
Tapahtumat: JSON-lista, esim. [{ "kind": "payment", "on": "2022-07-01", "amount": "50000.00" }].

Valitsimet:
  --at <päivä>          päivä, jolta tila lasketaan (pakollinen; kelloa ei lueta)
  --locale fi|sv|en     tulosteen kieli
  --json                aikajana JSON-muodossa

Paluuarvot: 0 kunnossa · 1 selvitys myöhässä tai oikeus maksatukseen rauennut · 2 virheellinen syöte tai käyttö
`,
    sv: () => `Användning: digikannustin timeline <villkor.json> <händelser.json> --at <dag> [flaggor]

Understödets läge dagen --at (ÅÅÅÅ-MM-DD eller en tidpunkt) och varje tidsfrist med sin bestämmelse:
användningstidens slut, redovisningens tidsfrist (893/2019 9 §), att rätten till utbetalning upphör
(688/2001 29 § 1 mom.), fristen för återkrav (28 § 2 mom.) och att återbetalningsskyldigheten upphör (29 § 2 mom.).
Händelser: en JSON-lista, t.ex. [{ "kind": "payment", "on": "2022-07-01", "amount": "50000.00" }].

Flaggor:
  --at <dag>            dagen läget räknas för (obligatorisk; ingen klocka läses)
  --locale fi|sv|en     utskriftens språk
  --json                tidslinjen som JSON

Slutkoder: 0 i ordning · 1 redovisningen försenad eller rätten till utbetalning har upphört · 2 ogiltig indata eller användning
`,
    en: () => `Usage: digikannustin timeline <terms.json> <events.json> --at <day> [options]

A grant's state on the day --at (YYYY-MM-DD or an instant) and every time limit with its provision: the
end of the period of use, the report deadline (893/2019 9 §), the lapse of the right to payment
(688/2001 29 § 1 mom.), the recovery bar (28 § 2 mom.) and the lapse of the duty to return (29 § 2 mom.).
Events: a JSON list, e.g. [{ "kind": "payment", "on": "2022-07-01", "amount": "50000.00" }].

Options:
  --at <day>            the day the state is for (required; no clock is read)
  --locale fi|sv|en     language of the output
  --json                the timeline as JSON

Exit codes: 0 in order · 1 the report is late or the right to payment has lapsed · 2 invalid input or usage
`,
  },
  "cli.help.diff": {
    fi: () => `Käyttö: digikannustin diff <a> <b> [valitsimet]

Mitä muuttui hakukierroksesta a hakukierrokseen b (esim. diff 2021 2022): Markdown-taulukko, jossa
jokainen muuttunut arvo ja sen lähde.

Valitsimet:
  --locale fi|sv|en     tulosteen kieli
  --json                muutokset JSON-listana
`,
    sv: () => `Användning: digikannustin diff <a> <b> [flaggor]

Vad som ändrades från ansökningsomgång a till b (t.ex. diff 2021 2022): en Markdown-tabell med
varje ändrat värde och dess källa.

Flaggor:
  --locale fi|sv|en     utskriftens språk
  --json                ändringarna som JSON-lista
`,
    en: () => `Usage: digikannustin diff <a> <b> [options]

What changed from call edition a to b (e.g. diff 2021 2022): a Markdown table with each changed
value and its source.

Options:
  --locale fi|sv|en     language of the output
  --json                the changes as a JSON list
`,
  },
  "cli.help.editions": {
    fi: () => `Käyttö: digikannustin editions [valitsimet]

Luettelee hakukierrokset: nimi, hakuajan päättyminen, määräraha ja painopisteet.

Valitsimet:
  --locale fi|sv|en     tulosteen kieli
  --json                hakukierrosten koko tiedot lähteineen JSONina
`,
    sv: () => `Användning: digikannustin editions [flaggor]

Listar ansökningsomgångarna: namn, när ansökan stängde, anslag och tyngdpunkter.

Flaggor:
  --locale fi|sv|en     utskriftens språk
  --json                omgångarnas alla uppgifter med källor som JSON
`,
    en: () => `Usage: digikannustin editions [options]

Lists the call editions: title, when the call closed, the appropriation and the focus areas.

Options:
  --locale fi|sv|en     language of the output
  --json                every edition's full, cited data as JSON
`,
  },
  "cli.help.schema": {
    fi: () => `Käyttö: digikannustin schema

Tulostaa hakemuksen JSON Scheman (draft 2020-12), esim. lomakkeiden tai muiden kielten validointia varten.
`,
    sv: () => `Användning: digikannustin schema

Skriver ut ansökans JSON Schema (draft 2020-12), t.ex. för formulär eller validering i andra språk.
`,
    en: () => `Usage: digikannustin schema

Prints the JSON Schema (draft 2020-12) of an application, for form builders and validation in other languages.
`,
  },
  "cli.help.example": {
    fi: () => `Käyttö: digikannustin example application|call [valitsimet]

Tulostaa asennetusta paketista esimerkkitiedoston muokattavaksi:
  application   kuvitteellinen hakemus, joka täyttää hakukierroksen kaikki säännöt (assess)
  call          vuoden 2022 kuvitteellinen haku: 49 hakemusta arvioijien pisteineen (allocate)

Esimerkki: digikannustin example application > hakemus.json && digikannustin assess hakemus.json

Valitsimet:
  --edition <id>        hakemus toiselle hakukierrokselle (2019-1, 2019-2, 2020, 2021; oletus 2022)
`,
    sv: () => `Användning: digikannustin example application|call [flaggor]

Skriver ut en exempelfil ur det installerade paketet, att redigera:
  application   en fiktiv ansökan som uppfyller alla regler för ansökningsomgången (assess)
  call          en fiktiv omgång 2022: 49 ansökningar med bedömarnas poäng (allocate)

Exempel: digikannustin example application > ansokan.json && digikannustin assess ansokan.json

Flaggor:
  --edition <id>        en ansökan till en annan omgång (2019-1, 2019-2, 2020, 2021; standard 2022)
`,
    en: () => `Usage: digikannustin example application|call [options]

Prints an example file from the installed package, to edit:
  application   a fictional application that meets every rule of its call edition (assess)
  call          a fictional 2022 call: 49 applications with their reviewers' scores (allocate)

Example: digikannustin example application > application.json && digikannustin assess application.json

Options:
  --edition <id>        an application to another call edition (2019-1, 2019-2, 2020, 2021; default 2022)
`,
  },
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
