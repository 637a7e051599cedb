import type { Locale } from "../vocabulary/locale.js";
import { defineMessages } from "../vocabulary/locale.js";
import { formatAmount } from "../money/format.js";
import { formatDate } from "../time/format.js";
import { formatPercent } from "./format.js";

type None = Record<string, never>;
type Instalment = { readonly due: string; readonly amount: string };
type Advance = { readonly amount: string };
type Limit = { readonly count: number; readonly limit: number };
type Id = { readonly id: string };
type Count = { readonly id: string; readonly count: number };
type Issues = { readonly issues: number };
type Editions = { readonly edition: string; readonly expected: string };
type Failed = { readonly edition: string; readonly failed: number };
type Open = { readonly open: number };
type Nothing = { readonly requested: string; readonly maxGrant: string; readonly unit: string };
type Reviewers = { readonly reviewers: number };
type EditionOnly = { readonly edition: string };
type Excluded = { readonly reviewer: string; readonly blank: readonly string[] };
type Scored = { readonly score: string; readonly reviewers: number };
type Below = { readonly score: string; readonly minScore: string };
type Tied = { readonly score: string; readonly count: number };
type Within = {
  readonly requested: string;
  readonly maxGrant: string;
  readonly grantable: string;
  readonly rate: string;
};
type OverRequest = {
  readonly requested: string;
  readonly maxGrant: string;
  readonly excess: string;
  readonly rate: string;
};
type Rounded = { readonly from: string; readonly to: string; readonly unit: string };
type Granted = { readonly rank: number; readonly amount: string; readonly score: string };
type PartialGrant = { readonly rank: number; readonly amount: string; readonly grantable: string };
type Exhausted = { readonly rank: number; readonly exhaustedAt: number };
type NoFit = { readonly rank: number; readonly grantable: string; readonly remaining: string };
type InFull = { readonly amount: string; readonly requestedTotal: string; readonly appropriation: string };
type ProRata = {
  readonly amount: string;
  readonly grantable: string;
  readonly distributed: string;
  readonly requestedTotal: string;
  readonly factor: string;
};
type ProRataZero = { readonly grantable: string; readonly factor: string };
type Weights = { readonly weights: readonly string[] };
type Appropriation = { readonly edition: string; readonly amount: string };
type Shared = { readonly edition: string; readonly amount: string; readonly sharedWith: readonly string[] };
type Remaining = { readonly remaining: string };
type RemainingUnit = { readonly remaining: string; readonly unit: string };
type Option = { readonly option: string; readonly expected: string };
type EditionList = { readonly editions: readonly string[] };
type Input = { readonly input: string };
type Weight = { readonly criterion: string; readonly input: string };
type WeightEdition = { readonly criterion: string; readonly edition: string };
type NotGranted = { readonly id: string; readonly status: string };
type OtherCandidate = { readonly id: string; readonly candidate: string };
type Title = { readonly title: string };
type Rate = { readonly rate: string };
type Share = { readonly share: string; readonly eligibleCosts: string };
type OnDate = { readonly date: string };
type Days = { readonly days: number };
type Months = { readonly months: number };
type Reduced = { readonly requested: string; readonly granted: string };
type ReducedToMaximum = { readonly maxGrant: string; readonly rate: string; readonly eligibleCosts: string };
type ReducedToGrantable = { readonly grantable: string };
type StartFrom = { readonly from: string };
type Decided = { readonly date: string };
type DecidedBy = { readonly name: string };
type Model = { readonly title: string; readonly inferred: boolean };
type Wording = { readonly wording: string; readonly date: string; readonly next: string; readonly nextFrom: string };

const eur = (amount: string, locale: Locale) => formatAmount(amount, locale);
const date = (day: string, locale: Locale) => formatDate(day, locale);
const unitFi = (u: string) => (u === "euro" ? "täysiin euroihin" : "sentteihin");
const unitSv = (u: string) => (u === "euro" ? "till hela euro" : "till cent");
const unitEn = (u: string) => (u === "euro" ? "to whole euros" : "to the cent");

/**
 * Messages of scoring, ranking and allocating an appropriation (määrärahan jakaminen), and of the
 * grant decision records (avustuspäätös, 688/2001 11 §; 893/2019 8–9 §).
 */
export const allocationMessages = defineMessages({
  // ── Why a candidate was not allocated ──────────────────────────────────────────────────────
  "allocation.invalidCandidate": {
    fi: (_: None) => "Ehdokas ei ole olio, jolla on tunniste (id) ja hakemus (application).",
    sv: (_: None) => "Kandidaten är inte ett objekt med en identifierare (id) och en ansökan (application).",
    en: (_: None) => "The candidate is not an object with an id and an application.",
  },
  "allocation.invalidId": {
    fi: (_: None) => "Ehdokkaan tunnisteen (id) pitää olla ei-tyhjä teksti, enintään 200 merkkiä.",
    sv: (_: None) => "Kandidatens identifierare (id) ska vara en icke-tom text på högst 200 tecken.",
    en: (_: None) => "The candidate's id must be a non-empty text of at most 200 characters.",
  },
  "allocation.duplicateId": {
    fi: (p: Count) =>
      `Tunniste ${p.id} esiintyy ${p.count} kertaa. Tunnisteiden pitää olla yksilöllisiä, joten yhdellekään näistä ei jaettu avustusta.`,
    sv: (p: Count) =>
      `Identifieraren ${p.id} förekommer ${p.count} gånger. Identifierarna ska vara unika, så ingen av dessa fick understöd.`,
    en: (p: Count) =>
      `The id ${p.id} appears ${p.count} times. Ids must be unique, so none of these candidates was allocated anything.`,
  },
  "allocation.invalidApplication": {
    fi: (p: Issues) => `Hakemus ei ole kelvollinen (virheitä: ${p.issues}), joten sitä ei voitu arvioida.`,
    sv: (p: Issues) => `Ansökan är inte giltig (fel: ${p.issues}), så den kunde inte bedömas.`,
    en: (p: Issues) => `The application is not valid (issues: ${p.issues}), so it could not be assessed.`,
  },
  "allocation.otherEdition": {
    fi: (p: Editions) => `Hakemus on tehty hakukierrokseen ${p.edition}, ei jaettavaan hakukierrokseen ${p.expected}.`,
    sv: (p: Editions) => `Ansökan gäller ansökningsomgången ${p.edition}, inte omgången ${p.expected} som fördelas.`,
    en: (p: Editions) => `The application is to the ${p.edition} call, not to the ${p.expected} call being allocated.`,
  },
  "allocation.notEligible": {
    fi: (p: Failed) =>
      `Hakemus ei täytä hakukierroksen ${p.edition} ehtoja (täyttymättömiä sääntöjä: ${p.failed}), joten sitä ei asetettu paremmuusjärjestykseen.`,
    sv: (p: Failed) =>
      `Ansökan uppfyller inte villkoren i omgången ${p.edition} (regler som inte uppfylls: ${p.failed}), så den rangordnades inte.`,
    en: (p: Failed) =>
      `The application does not meet the conditions of the ${p.edition} call (rules failed: ${p.failed}), so it was not ranked.`,
  },
  "allocation.needsReview": {
    fi: (p: Open) =>
      `Käsittelijän arviota odottavia sääntöjä: ${p.open}. Ratkaisemattomia hakemuksia ei aseteta paremmuusjärjestykseen (valinta include: "eligibleAndReview" ottaa ne mukaan).`,
    sv: (p: Open) =>
      `Regler som väntar på handläggarens bedömning: ${p.open}. Olösta ansökningar rangordnas inte (inställningen include: "eligibleAndReview" tar med dem).`,
    en: (p: Open) =>
      `Rules awaiting a case handler's review: ${p.open}. Unresolved applications are not ranked (the option include: "eligibleAndReview" ranks them).`,
  },
  "allocation.nothingToGrant": {
    fi: (p: Nothing) =>
      `Myönnettävää ei ole: haetun avustuksen (${eur(p.requested, "fi")}) ja enimmäismäärän (${eur(p.maxGrant, "fi")}) pienempi on ${unitFi(p.unit)} alaspäin pyöristettynä nolla.`,
    sv: (p: Nothing) =>
      `Inget kan beviljas: det mindre av det sökta understödet (${eur(p.requested, "sv")}) och maximibeloppet (${eur(p.maxGrant, "sv")}) är noll avrundat nedåt ${unitSv(p.unit)}.`,
    en: (p: Nothing) =>
      `Nothing can be granted: the smaller of the requested grant (${eur(p.requested, "en")}) and the maximum (${eur(p.maxGrant, "en")}) is zero when rounded down ${unitEn(p.unit)}.`,
  },
  "allocation.noScore": {
    fi: (_: None) => "Hakemukselle ei annettu pisteitä; paremmuusjärjestys edellyttää niitä.",
    sv: (_: None) => "Ansökan har inga poäng; rangordningen kräver dem.",
    en: (_: None) => "The application has no score; ranking needs one.",
  },
  "allocation.invalidScore": {
    fi: (_: None) =>
      "Pisteet eivät ole äärellinen desimaaliluku eivätkä arvioijien pisteitä muodossa { reviewers: [...] }.",
    sv: (_: None) => "Poängen är inte ett ändligt decimaltal och inte bedömarpoäng i formen { reviewers: [...] }.",
    en: (_: None) =>
      "The score is neither a finite decimal number nor reviewer scores of the form { reviewers: [...] }.",
  },
  "allocation.noCompleteReviewer": {
    fi: (p: Reviewers) =>
      `Yksikään arvioija (${p.reviewers}) ei pisteyttänyt kaikkia arviointikriteerejä, joten hakemuksella ei ole pisteitä.`,
    sv: (p: Reviewers) =>
      `Ingen bedömare (${p.reviewers}) poängsatte alla bedömningskriterier, så ansökan har inga poäng.`,
    en: (p: Reviewers) => `No reviewer (of ${p.reviewers}) scored every criterion, so the application has no score.`,
  },
  "allocation.noCriteria": {
    fi: (p: EditionOnly) =>
      `Hakukierrokselle ${p.edition} ei ole kirjattu arviointikriteerejä, joten arvioijien pisteitä ei voi yhdistää; anna pisteet yhtenä lukuna.`,
    sv: (p: EditionOnly) =>
      `Inga bedömningskriterier har registrerats för omgången ${p.edition}, så bedömarpoäng kan inte sammanställas; ange poängen som ett tal.`,
    en: (p: EditionOnly) =>
      `No evaluation criteria are recorded for the ${p.edition} call, so reviewer scores cannot be combined; give the score as one number.`,
  },
  "allocation.reviewerExcluded": {
    fi: (p: Excluded) =>
      `Arvioija ${p.reviewer} jätettiin pois, koska häneltä puuttuu kelvollinen pistemäärä kriteereistä: ${p.blank.join(", ")}.`,
    sv: (p: Excluded) =>
      `Bedömaren ${p.reviewer} lämnades utanför, eftersom giltiga poäng saknas för kriterierna: ${p.blank.join(", ")}.`,
    en: (p: Excluded) => `Reviewer ${p.reviewer} was left out for want of a valid score on: ${p.blank.join(", ")}.`,
  },
  "allocation.scored": {
    fi: (p: Scored) =>
      `Pisteet ${p.score}: kaikki kriteerit pisteyttäneiden arvioijien (${p.reviewers}) painotettujen keskiarvojen keskiarvo.`,
    sv: (p: Scored) =>
      `Poäng ${p.score}: medeltalet av de viktade medeltalen hos de bedömare som poängsatte alla kriterier (${p.reviewers}).`,
    en: (p: Scored) =>
      `Score ${p.score}: the mean of the weighted means of the reviewers who scored every criterion (${p.reviewers}).`,
  },
  "allocation.belowMinScore": {
    fi: (p: Below) => `Pisteet ${p.score} jäävät alle vähimmäispisteiden ${p.minScore}.`,
    sv: (p: Below) => `Poängen ${p.score} understiger minimipoängen ${p.minScore}.`,
    en: (p: Below) => `The score ${p.score} is below the minimum score ${p.minScore}.`,
  },
  "allocation.tied": {
    fi: (p: Tied) =>
      `Pisteet ${p.score} jakaa ${p.count} hakemusta; niiden järjestys ratkaistiin pienemmän myönnettävän avustuksen ja sitten tunnisteen mukaan.`,
    sv: (p: Tied) =>
      `Poängen ${p.score} delas av ${p.count} ansökningar; deras ordning avgjordes av det mindre understöd som kan beviljas och sedan av identifieraren.`,
    en: (p: Tied) =>
      `The score ${p.score} is shared by ${p.count} applications; their order was decided by the smaller grantable amount, then by id.`,
  },
  // ── What was granted, and why that much ────────────────────────────────────────────────────
  "allocation.withinMaximum": {
    // grantable is the smaller of the two canonical amounts, so it equals one of them: each amount is
    // said once, with the one that limits the grant.
    fi: (p: Within) => {
      const maximum = `${formatPercent(p.rate, "fi")} hyväksyttävistä kustannuksista`;
      if (p.requested === p.maxGrant)
        return `Avustus voi olla enintään haettu ${eur(p.requested, "fi")}, joka on sama kuin enimmäismäärä (${maximum}).`;
      return p.grantable === p.requested
        ? `Avustus voi olla enintään haettu ${eur(p.requested, "fi")}; enimmäismäärä ${eur(p.maxGrant, "fi")} (${maximum}) ei rajaa sitä.`
        : `Avustus voi olla enintään enimmäismäärä ${eur(p.maxGrant, "fi")} (${maximum}), vaikka haettiin ${eur(p.requested, "fi")}.`;
    },
    sv: (p: Within) =>
      `Understödet kan uppgå till högst det mindre av det sökta understödet (${eur(p.requested, "sv")}) och maximibeloppet (${eur(p.maxGrant, "sv")} = ${formatPercent(p.rate, "sv")} av de godtagbara kostnaderna): ${eur(p.grantable, "sv")}.`,
    en: (p: Within) =>
      `The grant can be at most the smaller of the requested grant (${eur(p.requested, "en")}) and the maximum (${eur(p.maxGrant, "en")} = ${formatPercent(p.rate, "en")} of the eligible costs): ${eur(p.grantable, "en")}.`,
  },
  "allocation.reducedToMaximum": {
    fi: (p: OverRequest) =>
      `Haettu avustus ${eur(p.requested, "fi")} ylittää enimmäismäärän ${eur(p.maxGrant, "fi")}; ylitys on ${eur(p.excess, "fi")}. Avustus alennetaan enimmäismäärään, koska myönnettävä avustus voi olla enintään ${formatPercent(p.rate, "fi")} hyväksyttävistä kustannuksista (893/2019 4 §) ja valtionapuviranomainen päättää avustuksen määrästä (688/2001 11 §).`,
    sv: (p: OverRequest) =>
      `Det sökta understödet ${eur(p.requested, "sv")} överstiger maximibeloppet ${eur(p.maxGrant, "sv")}; överskridningen är ${eur(p.excess, "sv")}. Understödet sänks till maximibeloppet, eftersom det understöd som beviljas kan uppgå till högst ${formatPercent(p.rate, "sv")} av de godtagbara kostnaderna (893/2019 4 §) och statsbidragsmyndigheten beslutar om understödets belopp (688/2001 11 §).`,
    en: (p: OverRequest) =>
      `The grant applied for, ${eur(p.requested, "en")}, exceeds the maximum of ${eur(p.maxGrant, "en")} by ${eur(p.excess, "en")}. The grant is reduced to the maximum, because the grant awarded can be at most ${formatPercent(p.rate, "en")} of the eligible costs (893/2019 4 §) and the grant authority decides the amount (688/2001 11 §).`,
  },
  "allocation.roundedDown": {
    fi: (p: Rounded) => `${eur(p.from, "fi")} pyöristettiin alaspäin ${unitFi(p.unit)}: ${eur(p.to, "fi")}.`,
    sv: (p: Rounded) => `${eur(p.from, "sv")} avrundades nedåt ${unitSv(p.unit)}: ${eur(p.to, "sv")}.`,
    en: (p: Rounded) => `${eur(p.from, "en")} was rounded down ${unitEn(p.unit)}: ${eur(p.to, "en")}.`,
  },
  "allocation.granted": {
    fi: (p: Granted) => `Myönnetään ${eur(p.amount, "fi")} sijalla ${p.rank} (pisteet ${p.score}).`,
    sv: (p: Granted) => `Beviljas ${eur(p.amount, "sv")} på plats ${p.rank} (poäng ${p.score}).`,
    en: (p: Granted) => `Granted ${eur(p.amount, "en")} at rank ${p.rank} (score ${p.score}).`,
  },
  "allocation.partial": {
    fi: (p: PartialGrant) =>
      `Määräraha loppui sijalla ${p.rank}: myönnetään jäljellä ollut ${eur(p.amount, "fi")} myönnettävissä olleesta ${eur(p.grantable, "fi")}.`,
    sv: (p: PartialGrant) =>
      `Anslaget tog slut på plats ${p.rank}: beviljas de återstående ${eur(p.amount, "sv")} av de ${eur(p.grantable, "sv")} som kunde ha beviljats.`,
    en: (p: PartialGrant) =>
      `The appropriation was exhausted at rank ${p.rank}: granted the remaining ${eur(p.amount, "en")} of the ${eur(p.grantable, "en")} it could have been granted.`,
  },
  "allocation.exhausted": {
    fi: (p: Exhausted) => `Varalla: määräraha loppui sijalla ${p.exhaustedAt} (tämä hakemus on sijalla ${p.rank}).`,
    sv: (p: Exhausted) =>
      `I reserv: anslaget tog slut på plats ${p.exhaustedAt} (denna ansökan är på plats ${p.rank}).`,
    en: (p: Exhausted) =>
      `Reserve: the appropriation was exhausted at rank ${p.exhaustedAt} (this application is at rank ${p.rank}).`,
  },
  "allocation.doesNotFit": {
    fi: (p: NoFit) =>
      `Varalla: sijan ${p.rank} kohdalla määrärahaa oli jäljellä ${eur(p.remaining, "fi")}, vähemmän kuin myönnettävä ${eur(p.grantable, "fi")}; hakemus ohitettiin ja seuraavia kokeiltiin.`,
    sv: (p: NoFit) =>
      `I reserv: vid plats ${p.rank} återstod ${eur(p.remaining, "sv")} av anslaget, mindre än de ${eur(p.grantable, "sv")} som kan beviljas; ansökan hoppades över och de följande prövades.`,
    en: (p: NoFit) =>
      `Reserve: at rank ${p.rank} ${eur(p.remaining, "en")} of the appropriation remained, less than the ${eur(p.grantable, "en")} it can be granted; it was skipped and later applications were tried.`,
  },
  "allocation.grantedInFull": {
    fi: (p: InFull) =>
      `Myönnetään ${eur(p.amount, "fi")}: kaikkien tukikelpoisten hakemusten myönnettävät avustukset (${eur(p.requestedTotal, "fi")}) mahtuvat määrärahaan (${eur(p.appropriation, "fi")}).`,
    sv: (p: InFull) =>
      `Beviljas ${eur(p.amount, "sv")}: de understöd som kan beviljas alla stödberättigade ansökningar (${eur(p.requestedTotal, "sv")}) ryms inom anslaget (${eur(p.appropriation, "sv")}).`,
    en: (p: InFull) =>
      `Granted ${eur(p.amount, "en")}: the grantable amounts of all eligible applications (${eur(p.requestedTotal, "en")}) fit within the appropriation (${eur(p.appropriation, "en")}).`,
  },
  "allocation.proRata": {
    fi: (p: ProRata) =>
      `Myönnetään ${eur(p.amount, "fi")}: jaettava ${eur(p.distributed, "fi")} jaettiin myönnettävien avustusten (yhteensä ${eur(p.requestedTotal, "fi")}) suhteessa, kerroin ${p.factor}, suurimpien jakojäännösten menetelmällä; myönnettävissä oli ${eur(p.grantable, "fi")}.`,
    sv: (p: ProRata) =>
      `Beviljas ${eur(p.amount, "sv")}: de ${eur(p.distributed, "sv")} som fördelades delades i proportion till de understöd som kan beviljas (sammanlagt ${eur(p.requestedTotal, "sv")}), faktor ${p.factor}, med största restens metod; ${eur(p.grantable, "sv")} kunde ha beviljats.`,
    en: (p: ProRata) =>
      `Granted ${eur(p.amount, "en")}: the ${eur(p.distributed, "en")} distributed was split in proportion to the grantable amounts (${eur(p.requestedTotal, "en")} in all), factor ${p.factor}, by the largest-remainder method; ${eur(p.grantable, "en")} was grantable.`,
  },
  "allocation.proRataZero": {
    fi: (p: ProRataZero) =>
      `Varalla: suhteellinen osuus myönnettävästä ${eur(p.grantable, "fi")} (kerroin ${p.factor}) pyöristyi nollaan.`,
    sv: (p: ProRataZero) =>
      `I reserv: den proportionella andelen av de ${eur(p.grantable, "sv")} som kan beviljas (faktor ${p.factor}) avrundades till noll.`,
    en: (p: ProRataZero) =>
      `Reserve: the proportional share of the grantable ${eur(p.grantable, "en")} (factor ${p.factor}) rounded to zero.`,
  },
  // ── Notes on the whole allocation ──────────────────────────────────────────────────────────
  "allocation.weightsNotOfficial": {
    fi: (p: Weights) =>
      `Ministeriö ei julkaissut arviointikriteereille painoja eikä pisteytystä. Käytetyt painot (${p.weights.join(", ")}) ovat oletus, eivät virallisia.`,
    sv: (p: Weights) =>
      `Ministeriet publicerade inga vikter eller poängskalor för bedömningskriterierna. De vikter som använts (${p.weights.join(", ")}) är ett antagande, inte officiella.`,
    en: (p: Weights) =>
      `The ministry published no weights or points for the evaluation criteria. The weights used (${p.weights.join(", ")}) are an assumption, not official.`,
  },
  "allocation.appropriationFromEdition": {
    fi: (p: Appropriation) => `Jaettiin hakukierroksen ${p.edition} määräraha ${eur(p.amount, "fi")}.`,
    sv: (p: Appropriation) => `Anslaget för omgången ${p.edition}, ${eur(p.amount, "sv")}, fördelades.`,
    en: (p: Appropriation) => `The appropriation of the ${p.edition} call, ${eur(p.amount, "en")}, was allocated.`,
  },
  "allocation.sharedAppropriation": {
    fi: (p: Shared) =>
      `Hakukierroksen ${p.edition} määrärahan ${eur(p.amount, "fi")} jakoi myös ${p.sharedWith.join(", ")}; oletuksena jaettiin koko yhteinen määräraha. Anna tämän hakukierroksen osuus valinnalla appropriation.`,
    sv: (p: Shared) =>
      `Anslaget på ${eur(p.amount, "sv")} för omgången ${p.edition} delades också av ${p.sharedWith.join(", ")}; som standard fördelades hela det gemensamma anslaget. Ange denna omgångs andel med inställningen appropriation.`,
    en: (p: Shared) =>
      `The ${eur(p.amount, "en")} appropriation of the ${p.edition} call was shared with ${p.sharedWith.join(", ")}; by default the whole shared pool was allocated. Pass this call's share as the appropriation option.`,
  },
  "allocation.remainderNone": {
    fi: (_: None) => "Koko määräraha myönnettiin.",
    sv: (_: None) => "Hela anslaget beviljades.",
    en: (_: None) => "The whole appropriation was granted.",
  },
  "allocation.remainderAllFunded": {
    fi: (p: Remaining) =>
      `${eur(p.remaining, "fi")} jäi jakamatta: kaikki paremmuusjärjestykseen asetetut hakemukset saivat myönnettävän avustuksensa kokonaan.`,
    sv: (p: Remaining) =>
      `${eur(p.remaining, "sv")} fördelades inte: alla rangordnade ansökningar fick hela det understöd som kan beviljas.`,
    en: (p: Remaining) =>
      `${eur(p.remaining, "en")} was left: every ranked application received its whole grantable amount.`,
  },
  "allocation.remainderNoCompetitor": {
    fi: (p: Remaining) =>
      `${eur(p.remaining, "fi")} jäi jakamatta: yksikään hakemus ei kilpaillut määrärahasta (mikään ei ollut avustuskelpoinen ja pisteytetty).`,
    sv: (p: Remaining) =>
      `${eur(p.remaining, "sv")} fördelades inte: ingen ansökan konkurrerade om anslaget (ingen var understödsberättigad och poängsatt).`,
    en: (p: Remaining) =>
      `${eur(p.remaining, "en")} was left: no application competed for it (none was both eligible and scored).`,
  },
  "allocation.remainderUnfunded": {
    fi: (p: Remaining) =>
      `${eur(p.remaining, "fi")} jäi jakamatta: se ei riittänyt yhdenkään varalla olevan hakemuksen myönnettävään avustukseen.`,
    sv: (p: Remaining) =>
      `${eur(p.remaining, "sv")} fördelades inte: det räckte inte till det understöd som kan beviljas någon ansökan i reserv.`,
    en: (p: Remaining) =>
      `${eur(p.remaining, "en")} was left: it did not cover the grantable amount of any application in reserve.`,
  },
  "allocation.remainderRounding": {
    fi: (p: RemainingUnit) =>
      `${eur(p.remaining, "fi")} jäi jakamatta, koska jaettava määrä pyöristettiin alaspäin ${unitFi(p.unit)}.`,
    sv: (p: RemainingUnit) =>
      `${eur(p.remaining, "sv")} fördelades inte, eftersom beloppet som fördelades avrundades nedåt ${unitSv(p.unit)}.`,
    en: (p: RemainingUnit) =>
      `${eur(p.remaining, "en")} was left because the amount distributed was rounded down ${unitEn(p.unit)}.`,
  },
  // ── Why an allocation could not be made at all ─────────────────────────────────────────────
  "allocation.failed": {
    fi: (_: None) =>
      "Jakoa ei voitu tehdä kirjaston sisäisen virheen vuoksi. Ilmoitathan siitä kirjaston ylläpitäjille.",
    sv: (_: None) =>
      "Fördelningen kunde inte göras på grund av ett internt fel i biblioteket. Rapportera det gärna till bibliotekets utvecklare.",
    en: (_: None) => "The allocation could not be made because of an internal error of the library; please report it.",
  },
  "allocation.notAList": {
    fi: (_: None) => "Ehdokkaiden pitää olla taulukko.",
    sv: (_: None) => "Kandidaterna ska vara en lista (array).",
    en: (_: None) => "The candidates must be an array.",
  },
  "allocation.tooManyCandidates": {
    fi: (p: Limit) => `Ehdokkaita on ${p.count}; enintään ${p.limit}.`,
    sv: (p: Limit) => `${p.count} kandidater; högst ${p.limit}.`,
    en: (p: Limit) => `${p.count} candidates; at most ${p.limit}.`,
  },
  "allocation.invalidOption": {
    fi: (p: Option) => `Valinta ${p.option} on virheellinen: odotettiin ${p.expected}.`,
    sv: (p: Option) => `Inställningen ${p.option} är ogiltig: förväntat ${p.expected}.`,
    en: (p: Option) => `The option ${p.option} is invalid: expected ${p.expected}.`,
  },
  "allocation.unknownEdition": {
    fi: (p: EditionOnly) => `Hakukierrosta ${p.edition} ei tunneta.`,
    sv: (p: EditionOnly) => `Ansökningsomgången ${p.edition} är okänd.`,
    en: (p: EditionOnly) => `The call edition ${p.edition} is unknown.`,
  },
  "allocation.noEdition": {
    fi: (_: None) =>
      "Hakukierrosta ei voitu päätellä yhdestäkään kelvollisesta hakemuksesta: anna se valinnalla edition.",
    sv: (_: None) =>
      "Ansökningsomgången kunde inte härledas ur någon giltig ansökan: ange den med inställningen edition.",
    en: (_: None) => "No call edition could be read from a valid application: pass the edition option.",
  },
  "allocation.ambiguousEdition": {
    fi: (p: EditionList) =>
      `Hakemuksia on yhtä monta hakukierroksiin ${p.editions.join(", ")}: valitse jaettava hakukierros valinnalla edition.`,
    sv: (p: EditionList) =>
      `Lika många ansökningar gäller omgångarna ${p.editions.join(", ")}: välj omgången som fördelas med inställningen edition.`,
    en: (p: EditionList) =>
      `As many applications name each of the calls ${p.editions.join(", ")}: choose the call to allocate with the edition option.`,
  },
  "allocation.invalidAppropriation": {
    fi: (p: Input) => `Määräraha ”${p.input}” ei ole ei-negatiivinen rahamäärä (esim. "8000000.00").`,
    sv: (p: Input) => `Anslaget ”${p.input}” är inte ett icke-negativt belopp (t.ex. "8000000.00").`,
    en: (p: Input) => `The appropriation "${p.input}" is not a non-negative amount (e.g. "8000000.00").`,
  },
  "allocation.invalidWeight": {
    fi: (p: Weight) =>
      `Kriteerin ${p.criterion} paino ”${p.input}” ei ole ei-negatiivinen desimaaliluku merkkijonona (esim. "1.5").`,
    sv: (p: Weight) =>
      `Vikten ”${p.input}” för kriteriet ${p.criterion} är inte ett icke-negativt decimaltal som sträng (t.ex. "1.5").`,
    en: (p: Weight) => `The weight "${p.input}" of ${p.criterion} is not a non-negative decimal string (e.g. "1.5").`,
  },
  "allocation.weightNotInEdition": {
    fi: (p: WeightEdition) =>
      `Kriteeri ${p.criterion} ei ole hakukierroksen ${p.edition} arviointikriteeri, joten sille ei voi antaa painoa.`,
    sv: (p: WeightEdition) =>
      `Kriteriet ${p.criterion} är inte ett bedömningskriterium i omgången ${p.edition}, så det kan inte viktas.`,
    en: (p: WeightEdition) =>
      `${p.criterion} is not an evaluation criterion of the ${p.edition} call, so it cannot be weighted.`,
  },
  "allocation.zeroWeights": {
    fi: (_: None) => "Kaikki painot ovat nollia; ainakin yhden kriteerin painon pitää olla positiivinen.",
    sv: (_: None) => "Alla vikter är noll; minst ett kriterium ska ha en positiv vikt.",
    en: (_: None) => "Every weight is zero; at least one criterion needs a positive weight.",
  },
  "allocation.invalidMinScore": {
    fi: (p: Input) => `Vähimmäispisteet ”${p.input}” eivät ole äärellinen desimaaliluku.`,
    sv: (p: Input) => `Minimipoängen ”${p.input}” är inte ett ändligt decimaltal.`,
    en: (p: Input) => `The minimum score "${p.input}" is not a finite decimal number.`,
  },
  // ── Decision records ───────────────────────────────────────────────────────────────────────
  "decision.notGranted": {
    fi: (p: NotGranted) =>
      `Hakemukselle ${p.id} ei myönnetty avustusta (tila ${p.status}), joten avustuspäätöstä ei laadita.`,
    sv: (p: NotGranted) =>
      `Ansökan ${p.id} beviljades inget understöd (status ${p.status}), så inget beslut om statsunderstöd upprättas.`,
    en: (p: NotGranted) =>
      `Application ${p.id} was granted nothing (status ${p.status}), so no grant decision is drawn up.`,
  },
  "decision.invalidApplication": {
    fi: (p: Id) => `Hakemus ${p.id} ei ole kelvollinen, joten päätöstä ei voi laatia.`,
    sv: (p: Id) => `Ansökan ${p.id} är inte giltig, så inget beslut kan upprättas.`,
    en: (p: Id) => `Application ${p.id} is not valid, so no decision can be drawn up.`,
  },
  "decision.otherCandidate": {
    fi: (p: OtherCandidate) => `Jako koskee hakemusta ${p.id}, mutta annettu ehdokas on ${p.candidate}.`,
    sv: (p: OtherCandidate) => `Fördelningen gäller ansökan ${p.id}, men den givna kandidaten är ${p.candidate}.`,
    en: (p: OtherCandidate) => `The allocation is for application ${p.id}, but the candidate given is ${p.candidate}.`,
  },
  "decision.otherEdition": {
    fi: (p: Editions) => `Hakemus on tehty hakukierrokseen ${p.edition}, ei hakukierrokseen ${p.expected}.`,
    sv: (p: Editions) => `Ansökan gäller omgången ${p.edition}, inte omgången ${p.expected}.`,
    en: (p: Editions) => `The application is to the ${p.edition} call, not to the ${p.expected} call.`,
  },
  "decision.heading": {
    fi: (p: Title) => `Avustuspäätöksen luonnos: ${p.title}`,
    sv: (p: Title) => `Utkast till beslut om statsunderstöd: ${p.title}`,
    en: (p: Title) => `Draft grant decision: ${p.title}`,
  },
  "decision.disclaimer": {
    fi: (_: None) => "Luonnos on laadittu julkaistuista säännöistä; se ei ole valtiovarainministeriön päätös.",
    sv: (_: None) => "Utkastet bygger på publicerade regler; det är inte finansministeriets beslut.",
    en: (_: None) => "This draft is built from the published rules; it is not a decision of the Ministry of Finance.",
  },
  "decision.application": {
    fi: (_: None) => "Hakemus",
    sv: (_: None) => "Ansökan",
    en: (_: None) => "Application",
  },
  "decision.recipient": {
    fi: (_: None) => "Avustuksen saaja (hankehallinnoija)",
    sv: (_: None) => "Understödstagare (projektadministratör)",
    en: (_: None) => "Recipient (administrator, hankehallinnoija)",
  },
  "decision.agreement": {
    fi: (_: None) =>
      "Hankehallinnoija tekee valtionavustuslain 7 §:n 3 momentin mukaisen sopimuksen jokaisen sellaisen hankkeen toteuttajan kanssa, jolle se siirtää avustusta.",
    sv: (_: None) =>
      "Projektadministratören ingår ett avtal enligt 7 § 3 mom. i statsunderstödslagen med varje aktör som deltar i genomförandet och som den överför understöd till.",
    en: (_: None) =>
      "The administrator makes an agreement under section 7(3) of the State Grants Act with each implementer it passes money on to.",
  },
  "decision.coImplementers": {
    fi: (_: None) => "Muut toteuttajat (osatoteuttajat)",
    sv: (_: None) => "Övriga genomförare (delgenomförare)",
    en: (_: None) => "Co-implementers (osatoteuttajat)",
  },
  "decision.none": {
    fi: (_: None) => "ei ole",
    sv: (_: None) => "inga",
    en: (_: None) => "none",
  },
  "decision.purpose": {
    fi: (_: None) => "Käyttötarkoitus",
    sv: (_: None) => "Ändamål",
    en: (_: None) => "Purpose",
  },
  "decision.focusArea": {
    fi: (p: Title) => `Painopiste: ${p.title}`,
    sv: (p: Title) => `Tyngdpunkt: ${p.title}`,
    en: (p: Title) => `Focus area: ${p.title}`,
  },
  "decision.maximumAmount": {
    fi: (_: None) => "Avustuksen enimmäismäärä",
    sv: (_: None) => "Understödets maximibelopp",
    en: (_: None) => "Maximum amount",
  },
  "decision.maximumShare": {
    fi: (_: None) => "Enimmäisosuus hyväksyttävistä kustannuksista",
    sv: (_: None) => "Maximal andel av de godtagbara kostnaderna",
    en: (_: None) => "Maximum share of eligible costs",
  },
  "decision.rate": {
    fi: (p: Rate) =>
      `Avustus on enintään ${formatPercent(p.rate, "fi")} hankkeen hyväksyttävistä arvonlisäverottomista kustannuksista.`,
    sv: (p: Rate) =>
      `Understödet uppgår till högst ${formatPercent(p.rate, "sv")} av projektets godtagbara kostnader utan mervärdesskatt.`,
    en: (p: Rate) => `The grant is at most ${formatPercent(p.rate, "en")} of the project's eligible costs without VAT.`,
  },
  "decision.share": {
    fi: (p: Share) =>
      `Myönnetty avustus on ${formatPercent(p.share, "fi")} hakemuksen hyväksyttävistä kustannuksista (${eur(p.eligibleCosts, "fi")}).`,
    sv: (p: Share) =>
      `Det beviljade understödet är ${formatPercent(p.share, "sv")} av ansökans godtagbara kostnader (${eur(p.eligibleCosts, "sv")}).`,
    en: (p: Share) =>
      `The grant is ${formatPercent(p.share, "en")} of the application's eligible costs (${eur(p.eligibleCosts, "en")}).`,
  },
  "decision.eligibleCosts": {
    fi: (_: None) => "Hyväksyttävät kustannukset",
    sv: (_: None) => "Godtagbara kostnader",
    en: (_: None) => "Eligible costs",
  },
  "decision.ineligibleCosts": {
    fi: (_: None) => "Kustannukset, jotka eivät ole hyväksyttäviä",
    sv: (_: None) => "Kostnader som inte är godtagbara",
    en: (_: None) => "Costs that are not eligible",
  },
  "decision.vat": {
    fi: (_: None) => "Arvonlisävero ei ole hyväksyttävä kustannus.",
    sv: (_: None) => "Mervärdesskatt är inte en godtagbar kostnad.",
    en: (_: None) => "VAT is not an eligible cost.",
  },
  "decision.periodOfUse": {
    fi: (_: None) => "Käyttöaika",
    sv: (_: None) => "Användningstid",
    en: (_: None) => "Period of use",
  },
  "decision.until": {
    fi: (p: OnDate) => `Avustus on käytettävä ja hanke toteutettava viimeistään ${p.date}.`,
    sv: (p: OnDate) => `Understödet ska användas och projektet genomföras senast ${p.date}.`,
    en: (p: OnDate) => `The grant must be used and the project carried out by ${p.date}.`,
  },
  "decision.reporting": {
    fi: (_: None) => "Selvitysvelvollisuus",
    sv: (_: None) => "Redovisningsskyldighet",
    en: (_: None) => "Reporting duty",
  },
  "decision.auditorStatement": {
    fi: (_: None) => "Selvitykseen liitetään tilintarkastajan lausunto avustuksen käytöstä.",
    sv: (_: None) => "Till redogörelsen fogas revisorns utlåtande om användningen av understödet.",
    en: (_: None) => "An auditor's statement on the use of the grant is attached to the report.",
  },
  "decision.conditionsOfUse": {
    fi: (_: None) => "Käytön ehdot",
    sv: (_: None) => "Villkor för användningen",
    en: (_: None) => "Conditions of use",
  },
  "decision.legalBasis": {
    fi: (_: None) => "Sovelletut säännökset",
    sv: (_: None) => "Tillämpade bestämmelser",
    en: (_: None) => "Legal basis",
  },
  "decision.rectification": {
    fi: (p: Days) =>
      `Päätökseen tyytymätön asianosainen voi vaatia siihen oikaisua valtiovarainministeriöltä. Oikaisuvaatimus on tehtävä ${p.days} päivän kuluessa päätöksen tiedoksisaannista.`,
    sv: (p: Days) =>
      `Den part som är missnöjd med beslutet kan begära omprövning av det hos finansministeriet. Begäran om omprövning ska göras inom ${p.days} dagar från delfåendet av beslutet.`,
    en: (p: Days) =>
      `A party dissatisfied with the decision may request its rectification from the Ministry of Finance. The request must be made within ${p.days} days of being notified of the decision.`,
  },
  "decision.rectificationContents": {
    fi: (_: None) =>
      "Oikaisuvaatimus tehdään kirjallisesti. Siinä on ilmoitettava päätös, johon oikaisua vaaditaan, millaista oikaisua vaaditaan ja millä perusteilla sitä vaaditaan.",
    sv: (_: None) =>
      "Begäran om omprövning ska göras skriftligen. Av den ska framgå vilket beslut som avses, hurdan omprövning som begärs och på vilka grunder omprövning begärs.",
    en: (_: None) =>
      "The request is made in writing. It must state the decision concerned, the rectification sought and the grounds on which it is sought.",
  },
  "decision.notificationByLetter": {
    fi: (_: None) =>
      "Jos päätös annetaan tiedoksi kirjeellä, vastaanottajan katsotaan saaneen siitä tiedon seitsemäntenä päivänä kirjeen lähettämisestä, jollei muuta näytetä.",
    sv: (_: None) =>
      "Om beslutet delges per brev anses mottagaren ha fått del av det den sjunde dagen efter att brevet sändes, om inte något annat visas.",
    en: (_: None) =>
      "Where the decision is notified by letter, the recipient is deemed to have received it on the seventh day after the letter was sent, unless shown otherwise.",
  },
  "decision.appeal": {
    fi: (_: None) => "Oikaisuvaatimukseen annettuun päätökseen saa hakea muutosta valittamalla hallinto-oikeuteen.",
    sv: (_: None) =>
      "Det beslut som meddelas med anledning av begäran om omprövning får överklagas genom besvär hos förvaltningsdomstolen.",
    en: (_: None) => "The decision on the request for rectification may be appealed to the administrative court.",
  },
  "decision.wordingInferred": {
    fi: (p: Wording) =>
      `Päätöksen päivämäärä on ${p.date}. Valtionavustuslain 34 § oli voimassa lain ${p.wording} mukaisena, ja lain ${p.next} mukainen sanamuoto tuli voimaan ${p.nextFrom}. Koska päätös voidaan antaa tiedoksi vasta sen jälkeen, on päätelty, että päätökseen sovelletaan päätöspäivänä voimassa ollutta sanamuotoa.`,
    sv: (p: Wording) =>
      `Beslutet är daterat ${p.date}. 34 § i statsunderstödslagen gällde i den lydelse den fått genom lag ${p.wording}, och lydelsen enligt lag ${p.next} trädde i kraft ${p.nextFrom}. Eftersom delfåendet kan infalla efter det, är det en slutsats att den lydelse som gällde på beslutsdagen tillämpas.`,
    en: (p: Wording) =>
      `The decision is dated ${p.date}. Section 34 of the State Grants Act was then in force as worded by Act ${p.wording}; the wording of Act ${p.next} came into force on ${p.nextFrom}. As notification may fall after that day, that the wording in force on the decision date applies is inferred.`,
  },
  "decision.reportingDeadline": {
    fi: (p: Months) =>
      `Selvitys on annettava valtiovarainministeriölle ${p.months} kuukauden kuluessa hankkeen päättymisestä.`,
    sv: (p: Months) =>
      `Redogörelsen ska lämnas till finansministeriet inom ${p.months} månader från det att projektet avslutades.`,
    en: (p: Months) =>
      `The report must be filed with the Ministry of Finance within ${p.months} months of the end of the project.`,
  },
  "decision.reportingDeadlineMissing": {
    fi: (p: Id) =>
      `Hakemuksen ${p.id} päätökseen tarvitaan selvityksen määräaika kuukausina hankkeen päättymisestä (reportingMonths): asetuksen 893/2019 9 § edellyttää, että se asetetaan päätöksessä, eikä ministeriön lukua löytynyt.`,
    sv: (p: Id) =>
      `Beslutet för ansökan ${p.id} behöver tidsfristen för redogörelsen i månader från projektets slut (reportingMonths): enligt 9 § i förordning 893/2019 anges den i beslutet, och ministeriets frist hittades inte.`,
    en: (p: Id) =>
      `The decision for application ${p.id} needs the report deadline in months from the end of the project (reportingMonths): 893/2019 9 § has the decision set it, and the ministry's figure was not found.`,
  },
  "decision.invalidReportingDeadline": {
    fi: (p: Input) => `Selvityksen määräaika ”${p.input}” ei ole positiivinen kokonaisluku kuukausina.`,
    sv: (p: Input) => `Tidsfristen för redogörelsen ”${p.input}” är inte ett positivt heltal månader.`,
    en: (p: Input) => `The report deadline "${p.input}" is not a positive whole number of months.`,
  },
  "decision.noDecisionDate": {
    fi: (p: EditionOnly) =>
      `Hakukierroksen ${p.edition} päätöspäivää ei tiedetä: anna päätöksen päivämäärä (decidedOn), jotta oikaisuvaatimusohje noudattaa päätöspäivänä voimassa ollutta lakia.`,
    sv: (p: EditionOnly) =>
      `Beslutsdagen för omgången ${p.edition} är okänd: ange beslutets datum (decidedOn), så att anvisningen om omprövning följer den lag som gällde på beslutsdagen.`,
    en: (p: EditionOnly) =>
      `The decision date of the ${p.edition} call is not known: give it (decidedOn), so that the rectification instructions follow the law in force on that day.`,
  },
  "decision.invalidDecisionDate": {
    fi: (p: Input) => `Päätöspäivä ”${p.input}” ei ole päivämäärä muodossa VVVV-KK-PP.`,
    sv: (p: Input) => `Beslutsdagen ”${p.input}” är inte ett datum i formen ÅÅÅÅ-MM-DD.`,
    en: (p: Input) => `The decision date "${p.input}" is not a date of the form YYYY-MM-DD.`,
  },
  "decision.reduced": {
    fi: (p: Reduced) => `Haettu avustus oli ${eur(p.requested, "fi")}; avustusta myönnetään ${eur(p.granted, "fi")}.`,
    sv: (p: Reduced) =>
      `Det sökta understödet var ${eur(p.requested, "sv")}; understöd beviljas till ett belopp av ${eur(p.granted, "sv")}.`,
    en: (p: Reduced) => `The grant requested was ${eur(p.requested, "en")}; ${eur(p.granted, "en")} is granted.`,
  },
  "decision.reducedToMaximum": {
    fi: (p: ReducedToMaximum) =>
      `Avustus on rajattu enimmäismäärään ${eur(p.maxGrant, "fi")}, joka on ${formatPercent(p.rate, "fi")} hankkeen hyväksyttävistä kustannuksista (${eur(p.eligibleCosts, "fi")}); ministeriö päättää myönnettävän määrän.`,
    sv: (p: ReducedToMaximum) =>
      `Understödet har begränsats till maximibeloppet ${eur(p.maxGrant, "sv")}, som är ${formatPercent(p.rate, "sv")} av projektets godtagbara kostnader (${eur(p.eligibleCosts, "sv")}); ministeriet beslutar om det belopp som beviljas.`,
    en: (p: ReducedToMaximum) =>
      `The grant is reduced to the maximum of ${eur(p.maxGrant, "en")}, which is ${formatPercent(p.rate, "en")} of the project's eligible costs (${eur(p.eligibleCosts, "en")}); the ministry decides the amount granted.`,
  },
  "decision.reducedToUnit": {
    fi: (p: ReducedToGrantable) => `Myönnettävä määrä on pyöristetty alaspäin: ${eur(p.grantable, "fi")}.`,
    sv: (p: ReducedToGrantable) => `Det belopp som kan beviljas har avrundats nedåt: ${eur(p.grantable, "sv")}.`,
    en: (p: ReducedToGrantable) => `The amount that can be granted is rounded down: ${eur(p.grantable, "en")}.`,
  },
  "decision.reducedToAppropriation": {
    fi: (p: ReducedToGrantable) =>
      `Määräraha ei riittänyt koko myönnettävissä olevaan määrään (${eur(p.grantable, "fi")}), joten avustus myönnetään osittain.`,
    sv: (p: ReducedToGrantable) =>
      `Anslaget räckte inte till hela det belopp som kunde beviljas (${eur(p.grantable, "sv")}), så understödet beviljas delvis.`,
    en: (p: ReducedToGrantable) =>
      `The appropriation did not cover the whole amount that could be granted (${eur(p.grantable, "en")}), so the grant is made in part.`,
  },
  "decision.reduction": {
    fi: (_: None) => "Myönnetty määrä ja sen perusteet",
    sv: (_: None) => "Beviljat belopp och grunderna för det",
    en: (_: None) => "The amount granted and why",
  },
  "decision.actualCosts": {
    fi: (p: Rate) =>
      `Avustusta maksettaessa osuus, enintään ${formatPercent(p.rate, "fi")}, lasketaan hankkeen toteutuneista hyväksyttävistä kustannuksista, eikä maksettava määrä ylitä päätettyä enimmäismäärää.`,
    sv: (p: Rate) =>
      `När understödet betalas ut tillämpas andelen på projektets faktiska godtagbara kostnader: högst ${formatPercent(p.rate, "sv")} av dem betalas, och inte mer än det beslutade maximibeloppet.`,
    en: (p: Rate) =>
      `The share is applied, when the grant is paid, to the eligible costs actually incurred: at most ${formatPercent(p.rate, "en")} of them is paid, and never more than the maximum amount decided.`,
  },
  "decision.income": {
    fi: (_: None) => "Tulot ja muu julkinen tuki",
    sv: (_: None) => "Intäkter och annat offentligt stöd",
    en: (_: None) => "Income and other public aid",
  },
  "decision.incomeEffect": {
    fi: (_: None) =>
      "Hankkeesta saadut tulot vähennetään hankkeen hyväksyttävistä kustannuksista ennen avustuksen laskemista. Asetus ja hakuilmoitukset eivät kerro tulojen käsittelystä; kohta on päätelty valtionavustuslaista.",
    sv: (_: None) =>
      "Intäkter av projektet dras av från projektets godtagbara kostnader innan understödet beräknas. Förordningen och utlysningarna säger inget om intäkter; punkten är en slutsats av statsunderstödslagen.",
    en: (_: None) =>
      "Income from the project is deducted from its eligible costs before the grant is calculated. The decree and the call texts say nothing of income; this is inferred from the State Grants Act.",
  },
  "decision.otherPublicAid": {
    fi: (_: None) =>
      "Avustus ei yhdessä hankkeelle myönnetyn muun julkisen tuen kanssa saa ylittää säädettyä enimmäismäärää, eikä se saa kattaa hankkeen kokonaiskustannusten täyttä määrää. Tulot ja muu julkinen tuki ilmoitetaan selvityksessä.",
    sv: (_: None) =>
      "Understödet får inte tillsammans med annat offentligt stöd till projektet överskrida det föreskrivna maximibeloppet, och det får inte täcka hela beloppet av projektets totala kostnader. Intäkter och annat offentligt stöd anges i redogörelsen.",
    en: (_: None) =>
      "Together with other public aid to the project the grant may not exceed the statutory maximum, nor cover the full total costs of the project. Income and other public aid are stated in the report.",
  },
  "decision.payment": {
    fi: (_: None) => "Maksaminen",
    sv: (_: None) => "Utbetalning",
    en: (_: None) => "Payment",
  },
  "decision.paymentInstalments": {
    fi: (_: None) => "Avustus maksetaan päätöksen mukaan seuraavissa erissä kustannusten ajoittumisen perusteella",
    sv: (_: None) => "Understödet betalas enligt beslutet i följande poster enligt när kostnaderna uppkommer",
    en: (_: None) => "The grant is paid, as decided, in the following instalments by when the costs fall",
  },
  "decision.instalment": {
    fi: (p: Instalment) => `${date(p.due, "fi")}: ${eur(p.amount, "fi")}`,
    sv: (p: Instalment) => `${date(p.due, "sv")}: ${eur(p.amount, "sv")}`,
    en: (p: Instalment) => `${date(p.due, "en")}: ${eur(p.amount, "en")}`,
  },
  "decision.paymentAfterReport": {
    fi: (_: None) =>
      "Avustus maksetaan päätöksen mukaan toteutuneiden kustannusten perusteella sen jälkeen, kun avustuksen käytöstä on esitetty hyväksyttävä selvitys.",
    sv: (_: None) =>
      "Understödet betalas enligt beslutet på grundval av de faktiska kostnaderna efter att en godtagbar redogörelse för användningen har lagts fram.",
    en: (_: None) =>
      "The grant is paid, as decided, on the realised costs once an acceptable report on its use has been presented.",
  },
  "decision.paymentAdvance": {
    fi: (p: Advance) => `Avustuksesta voidaan maksaa ennakkoa enintään ${eur(p.amount, "fi")}.`,
    sv: (p: Advance) => `Av understödet kan högst ${eur(p.amount, "sv")} betalas i förskott.`,
    en: (p: Advance) => `An advance of at most ${eur(p.amount, "en")} may be paid.`,
  },
  "decision.incomeReducesCosts": {
    fi: (_: None) =>
      "Päätöksen mukaan hankkeesta saadut tulot vähennetään hankkeen hyväksyttävistä kustannuksista ennen avustuksen laskemista.",
    sv: (_: None) =>
      "Enligt beslutet dras intäkter av projektet av från projektets godtagbara kostnader innan understödet beräknas.",
    en: (_: None) =>
      "As decided, the project's income is deducted from its eligible costs before the grant is calculated.",
  },
  "decision.incomeNoEffect": {
    fi: (_: None) => "Päätöksen mukaan hankkeesta saadut tulot eivät vaikuta avustuksen määrään.",
    sv: (_: None) => "Enligt beslutet påverkar intäkter av projektet inte understödets belopp.",
    en: (_: None) => "As decided, the project's income does not affect the amount of the grant.",
  },
  "decision.paymentBasis": {
    fi: (_: None) =>
      "Avustus maksetaan yhdessä tai useammassa erässä kustannusten ajoittumisen perusteella, tai ministeriön niin päättäessä toteutuneiden kustannusten perusteella sen jälkeen, kun avustuksen käytöstä on esitetty hyväksyttävä selvitys. Ennakkoa voidaan maksaa, jos se on avustuksen käytön kannalta perusteltua. Ministeriön maksatustapaa ei löytynyt.",
    sv: (_: None) =>
      "Understödet betalas i en eller flera poster enligt när kostnaderna uppkommer, eller, om ministeriet så beslutar, på grundval av de faktiska kostnaderna efter att en godtagbar redogörelse för användningen har lagts fram. Förskott kan betalas om det är motiverat med tanke på användningen. Ministeriets sätt att betala ut hittades inte.",
    en: (_: None) =>
      "The grant is paid in one or more instalments as the costs fall, or, where the ministry so decides, on the costs actually incurred once an acceptable report on its use has been filed. An advance may be paid where the use of the grant justifies it. The ministry's payment scheme was not found.",
  },
  "decision.periodFrom": {
    fi: (p: StartFrom) => `Käyttöaika alkaa ${p.from}.`,
    sv: (p: StartFrom) => `Användningstiden börjar ${p.from}.`,
    en: (p: StartFrom) => `The period of use begins on ${p.from}.`,
  },
  "decision.periodStartAssumed": {
    fi: (_: None) =>
      "Hakuilmoitukset eivät kerro käyttöajan alkua; luonnos käyttää hakemuksen hankkeen alkamispäivää tai, jos sitä ei ole, päätöspäivää.",
    sv: (_: None) =>
      "Utlysningarna anger inte när användningstiden börjar; utkastet använder projektets startdag i ansökan eller, om den saknas, beslutsdagen.",
    en: (_: None) =>
      "The call texts do not say when the period of use begins; the draft uses the project's start in the application, or the decision date where it gives none.",
  },
  "decision.decidedHeading": {
    fi: (_: None) => "Päätöspäivä ja ratkaisija",
    sv: (_: None) => "Beslutsdatum och avgörare",
    en: (_: None) => "Date and deciding official",
  },
  "decision.decidedOn": {
    fi: (p: Decided) => `Valtiovarainministeriö, ${p.date}.`,
    sv: (p: Decided) => `Finansministeriet, ${p.date}.`,
    en: (p: Decided) => `Ministry of Finance, ${p.date}.`,
  },
  "decision.decidedBy": {
    fi: (p: DecidedBy) => `Ratkaisija: ${p.name}`,
    sv: (p: DecidedBy) => `Avgörare: ${p.name}`,
    en: (p: DecidedBy) => `Decided by: ${p.name}`,
  },
  "decision.decidedByUnnamed": {
    fi: (_: None) => "Ratkaisija: nimetään päätöstä tehtäessä.",
    sv: (_: None) => "Avgörare: anges när beslutet fattas.",
    en: (_: None) => "Decided by: to be named when the decision is made.",
  },
  "decision.appealHeading": {
    fi: (_: None) => "Oikaisuvaatimusohje",
    sv: (_: None) => "Anvisning om hur man begär omprövning",
    en: (_: None) => "How to request rectification",
  },
  "decision.municipality": {
    fi: (p: Id) => `kunta ${p.id}`,
    sv: (p: Id) => `kommun ${p.id}`,
    en: (p: Id) => `municipality ${p.id}`,
  },
  "decision.recipientsJoint": {
    fi: (_: None) => "Avustuksen saajat (kunnat yhdessä)",
    sv: (_: None) => "Understödstagare (kommunerna gemensamt)",
    en: (_: None) => "Recipients (jointly)",
  },
  "decision.modelFromSources": {
    fi: (p: Model) =>
      `Saajamalli: ${p.title}. Malli on ${p.inferred ? "päätelty hakukierroksen lähteistä" : "hakukierroksen lähteistä"}.`,
    sv: (p: Model) =>
      `Mottagarmodell: ${p.title}. Modellen ${p.inferred ? "är härledd ur omgångens källor" : "framgår av omgångens källor"}.`,
    en: (p: Model) =>
      `Recipient model: ${p.title}. The model is ${p.inferred ? "inferred from" : "stated in"} the call's sources.`,
  },
  "decision.modelGiven": {
    fi: (p: Model) => `Saajamalli: ${p.title}. Mallin on antanut päätöksen laatija.`,
    sv: (p: Model) => `Mottagarmodell: ${p.title}. Modellen har angetts av den som upprättar beslutet.`,
    en: (p: Model) => `Recipient model: ${p.title}. The model was given by whoever drafts the decision.`,
  },
  "decision.jointLiability": {
    fi: (_: None) =>
      "Avustuksen saajat vastaavat avustuksen palauttamisesta ja takaisinperinnästä yhteisvastuullisesti.",
    sv: (_: None) => "Understödstagarna har solidariskt ansvar för återbetalning och återkrav av understödet.",
    en: (_: None) => "The recipients are jointly and severally liable for the return and recovery of the grant.",
  },
  "decision.shares": {
    fi: (_: None) => "Avustuksen jakautuminen osapuolten kesken",
    sv: (_: None) => "Understödets fördelning mellan parterna",
    en: (_: None) => "How the grant is shared among the parties",
  },
  "decision.sharesBasis": {
    fi: (_: None) =>
      "Avustus jaetaan osapuolille niiden hyväksyttävien kustannusten suhteessa, sentilleen. Jako on luonnoksen ehdotus: säädökset jättävät sen valtionavustuslain 7 §:n 3 momentin mukaisesti sovittavaksi.",
    sv: (_: None) =>
      "Understödet fördelas mellan parterna i förhållande till deras godtagbara kostnader, på centen. Fördelningen är utkastets förslag: författningarna lämnar den att avtalas enligt 7 § 3 mom. i statsunderstödslagen.",
    en: (_: None) =>
      "The grant is shared among the parties in proportion to their eligible costs, to the cent. The split is this draft's proposal: the statutes leave it to the agreement of section 7(3) of the State Grants Act.",
  },
  "decision.agreementHeading": {
    fi: (_: None) => "Sopimus avustuksen siirtämisestä",
    sv: (_: None) => "Avtal om överföring av understödet",
    en: (_: None) => "Agreement on passing the grant on",
  },
  "decision.agreementJoint": {
    fi: (_: None) =>
      "Avustuksen saajia ovat vain hakemuksessa nimetyt kunnat; kuntayhtymä, yhdistys, yritys tai muu taho ei ole. Avustuksen saajat tekevät valtionavustuslain 7 §:n 3 momentin mukaisen sopimuksen jokaisen sellaisen tahon kanssa, jolle ne siirtävät avustusta.",
    sv: (_: None) =>
      "Understödstagare är endast de kommuner som nämns i ansökan; en samkommun, en förening, ett företag eller en annan aktör är det inte. Understödstagarna ingår ett avtal enligt 7 § 3 mom. i statsunderstödslagen med varje aktör som de överför understöd till.",
    en: (_: None) =>
      "Only the municipalities named in the application are recipients; a joint municipal authority, an association, a company or another body is not. The recipients make an agreement under section 7(3) of the State Grants Act with each party they pass money on to.",
  },
  "decision.agreementCovers": {
    fi: (_: None) =>
      "Sopimuksessa sovitaan avustuksen käytöstä, valtionapuviranomaisen valvonta- ja tarkastusoikeuksista sekä siitä, että tämän päätöksen ehdot koskevat myös siirrettyä avustusta.",
    sv: (_: None) =>
      "I avtalet avtalas om användningen av understödet, statsbidragsmyndighetens rätt till tillsyn och granskning samt om att villkoren i detta beslut gäller också det understöd som överförs.",
    en: (_: None) =>
      "The agreement covers the use of the grant, the state grant authority's rights of supervision and audit, and that the conditions of this decision bind the money passed on too.",
  },
  "decision.passedOnAmounts": {
    fi: (_: None) => "Siirrettävät määrät:",
    sv: (_: None) => "Belopp som överförs:",
    en: (_: None) => "Amounts to pass on:",
  },
});
