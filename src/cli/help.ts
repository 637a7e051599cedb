import { editions } from "../editions/registry.js";
import { CRITERION_CODES } from "../vocabulary/codes.js";
import type { Locale } from "../vocabulary/locale.js";
import type { Command } from "./options.js";
import { defineMessages } from "../vocabulary/locale.js";

/**
 * The evaluation criteria of every call edition, for `allocate --help`: each criterion's code (the
 * key of a reviewer's scores), the editions that have it, and its title in the edition's words.
 */
export function criteriaText(locale: Locale): string {
  const lines: string[] = [];
  const width = Math.max(...CRITERION_CODES.map((c) => c.length));
  for (const code of CRITERION_CODES) {
    const having = editions.filter((e) => e.criteria[code] !== undefined);
    const title = having.at(-1)?.criteria[code]?.value.title[locale];
    if (title === undefined) continue;
    lines.push(`  ${code.padEnd(width)}  ${having.map((e) => e.id).join(", ")}`, `      ${title}`);
  }
  return lines.join("\n");
}

/** The `--help` text of the command line (no command) or of one command. */
export function helpText(command: Command | undefined, locale: Locale): string {
  if (command === undefined) return helpMessages["cli.help.main"][locale]();
  if (command === "allocate") return helpMessages["cli.help.allocate"][locale]({ criteria: criteriaText(locale) });
  return helpMessages[`cli.help.${command}`][locale]();
}

/** The criteria of every edition, one block, for `allocate --help`. */
type Criteria = { readonly criteria: string };

/**
 * The `--help` texts, in a module of their own that the command line loads only for `--help`: a
 * command that runs does not parse them.
 */
const helpMessages = defineMessages({
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
takaisinperinnän määräaika (28 § 2 mom.) ja palautusvelvollisuuden raukeaminen (29 § 2 mom.); lisäksi mitä
maksatussuunnitelman mukaan voi nyt maksaa (688/2001 12 §), päätetyn muutoksen ehdoin.
Tapahtumat: JSON-lista, esim. [{ "kind": "payment", "on": "2022-07-01", "amount": "50000.00" }].

Valitsimet:
  --at <päivä>          päivä, jolta tila lasketaan (pakollinen; kelloa ei lueta)
  --report-accepted     hyväksyttävä selvitys on annettu ajoissa: loppuosa voidaan maksaa (12 § 2 mom.)
  --locale fi|sv|en     tulosteen kieli
  --json                aikajana ja maksettava JSON-muodossa

Paluuarvot: 0 kunnossa · 1 selvitys myöhässä tai oikeus maksatukseen rauennut · 2 virheellinen syöte tai käyttö
`,
    sv: () => `Användning: digikannustin timeline <villkor.json> <händelser.json> --at <dag> [flaggor]

Understödets läge dagen --at (ÅÅÅÅ-MM-DD eller en tidpunkt) och varje tidsfrist med sin bestämmelse:
användningstidens slut, redovisningens tidsfrist (893/2019 9 §), att rätten till utbetalning upphör
(688/2001 29 § 1 mom.), fristen för återkrav (28 § 2 mom.) och att återbetalningsskyldigheten upphör (29 § 2 mom.);
dessutom vad som nu kan betalas ut enligt utbetalningsplanen (688/2001 12 §), med villkoren i en beslutad ändring.
Händelser: en JSON-lista, t.ex. [{ "kind": "payment", "on": "2022-07-01", "amount": "50000.00" }].

Flaggor:
  --at <dag>            dagen läget räknas för (obligatorisk; ingen klocka läses)
  --report-accepted     en godtagbar redovisning har lämnats i tid: resten kan betalas ut (12 § 2 mom.)
  --locale fi|sv|en     utskriftens språk
  --json                tidslinjen och det som kan betalas ut som JSON

Slutkoder: 0 i ordning · 1 redovisningen försenad eller rätten till utbetalning har upphört · 2 ogiltig indata eller användning
`,
    en: () => `Usage: digikannustin timeline <terms.json> <events.json> --at <day> [options]

A grant's state on the day --at (YYYY-MM-DD or an instant) and every time limit with its provision: the
end of the period of use, the report deadline (893/2019 9 §), the lapse of the right to payment
(688/2001 29 § 1 mom.), the recovery bar (28 § 2 mom.) and the lapse of the duty to return (29 § 2 mom.);
and what may be paid now under the payment scheme (688/2001 12 §), by the terms of a decided change.
Events: a JSON list, e.g. [{ "kind": "payment", "on": "2022-07-01", "amount": "50000.00" }].

Options:
  --at <day>            the day the state is for (required; no clock is read)
  --report-accepted     an acceptable report was given in time: the rest may be paid (12 § 2 mom.)
  --locale fi|sv|en     language of the output
  --json                the timeline and what may be paid as JSON

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
