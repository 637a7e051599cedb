// The costs rules' messages and reference texts (893/2019 4–5 §).
import type { Amount } from "../../money/amount.js";
import { formatAmount as eur } from "../../money/format.js";
import { type Locale, defineMessages } from "../../vocabulary/locale.js";
import type { Empty } from "./params.js";
import { BUDGET_CATEGORY_WORDS, wordFor } from "../../vocabulary/words.js";

/** Budget categories by their short names: `laitteistot, aineelliset investoinnit`. */
const categories = (cs: readonly string[], locale: Locale) =>
  cs.map((c) => wordFor(BUDGET_CATEGORY_WORDS, c, locale)).join(", ");

type ExcludedCostsP = { readonly amount: Amount; readonly lines: number; readonly categories: readonly string[] };
type ConditionalP = {
  readonly amount: Amount;
  readonly excluded: Amount;
  readonly lines: number;
  readonly excludedLines: number;
};
type ServicesP = { readonly amount: Amount; readonly excluded: Amount; readonly excludedLines: number };
type VatP = { readonly vat: Amount };
type EligibleP = { readonly eligible: Amount; readonly total: Amount };

/** Messages of the costs.* rules. */
export const costsMessages = defineMessages({
  "costs.services.none": {
    fi: (_: ServicesP) => "Budjetissa ei ole ostettuja tai käyttöluvalla hankittuja palveluja.",
    sv: (_: ServicesP) => "Budgeten har inga köpta eller licensierade tjänster.",
    en: (_: ServicesP) => "The budget has no purchased or licensed services.",
  },
  "costs.services.counted": {
    fi: (p: ServicesP) =>
      `Ostettuja tai käyttöluvalla hankittuja palveluja on ${eur(p.amount, "fi")}. Ne hyväksytään, kun niitä on käytetty yksinomaan hanketta varten; ehto tarkistetaan toteutuneista kustannuksista avustusta maksettaessa.`,
    sv: (p: ServicesP) =>
      `Köpta eller licensierade tjänster uppgår till ${eur(p.amount, "sv")}. De godtas när de har använts uteslutande för projektet; villkoret kontrolleras mot de faktiska kostnaderna när understödet betalas.`,
    en: (p: ServicesP) =>
      `Purchased or licensed services come to ${eur(p.amount, "en")}. They are accepted when used solely for the project; the condition is checked against the costs actually incurred when the grant is paid.`,
  },
  "costs.services.excluded": {
    fi: (p: ServicesP) =>
      `Palvelut, ${eur(p.excluded, "fi")}, on jätetty pois hyväksyttävistä kustannuksista, koska niitä ei ilmoitettu käytettävän yksinomaan hanketta varten.` +
      (p.amount !== "0.00"
        ? ` Muut palvelut, ${eur(p.amount, "fi")}, hyväksytään sillä ehdolla, että niitä käytetään yksinomaan hanketta varten.`
        : ""),
    sv: (p: ServicesP) =>
      `Tjänsterna, ${eur(p.excluded, "sv")}, har lämnats utanför de godtagbara kostnaderna eftersom de inte uppgavs användas uteslutande för projektet.` +
      (p.amount !== "0.00"
        ? ` Övriga tjänster, ${eur(p.amount, "sv")}, godtas på villkor att de används uteslutande för projektet.`
        : ""),
    en: (p: ServicesP) =>
      `The services of ${eur(p.excluded, "en")} were left out of the eligible costs because they were stated not to be used solely for the project.` +
      (p.amount !== "0.00"
        ? ` The other services, ${eur(p.amount, "en")}, are accepted on condition that they are used solely for the project.`
        : ""),
  },
  "costs.ineligibleExcluded.none": {
    fi: (_: Empty) => "Budjetissa ei ole kustannuksia, joita ei voida hyväksyä.",
    sv: (_: Empty) => "Budgeten har inga kostnader som inte kan godtas.",
    en: (_: Empty) => "The budget has no costs that cannot be accepted.",
  },
  "costs.ineligibleExcluded.pass": {
    fi: (p: ExcludedCostsP) =>
      `Kustannuksia ${eur(p.amount, "fi")} (${categories(p.categories, "fi")}) ei voida hyväksyä, joten ne on jätetty avustuksen laskentaperusteen ulkopuolelle; hakemus ei hylkäänny niiden vuoksi.`,
    sv: (p: ExcludedCostsP) =>
      `Kostnader på ${eur(p.amount, "sv")} (${categories(p.categories, "sv")}) kan inte godtas, så de har lämnats utanför understödets beräkningsgrund; ansökan underkänns inte på grund av dem.`,
    en: (p: ExcludedCostsP) =>
      `Costs of ${eur(p.amount, "en")} (${categories(p.categories, "en")}) cannot be accepted, so they have been left out of the base of the grant; the application does not fail because of them.`,
  },
  "costs.softwareLicences.review": {
    fi: (p: ConditionalP) =>
      `Ohjelmistolisenssejä ja muita aineettomia investointeja on ${eur(p.amount, "fi")}. Ne hyväksytään vain siltä osin kuin ne ovat välttämättömiä hankkeelle; käsittelijän on arvioitava tämä.` +
      (p.excludedLines > 0
        ? ` ${eur(p.excluded, "fi")} on jätetty pois, koska niitä ei ilmoitettu välttämättömiksi.`
        : ""),
    sv: (p: ConditionalP) =>
      `Programvarulicenser och andra immateriella investeringar uppgår till ${eur(p.amount, "sv")}. De godtas bara till den del de är nödvändiga för projektet; handläggaren ska bedöma detta.` +
      (p.excludedLines > 0
        ? ` ${eur(p.excluded, "sv")} har lämnats utanför eftersom de inte uppgavs vara nödvändiga.`
        : ""),
    en: (p: ConditionalP) =>
      `Software licences and other intangible investments come to ${eur(p.amount, "en")}. They are accepted only insofar as they are necessary for the project; a case handler must judge this.` +
      (p.excludedLines > 0 ? ` ${eur(p.excluded, "en")} was left out because it was stated not to be necessary.` : ""),
  },
  "costs.softwareLicences.excluded": {
    fi: (p: ConditionalP) =>
      `Ohjelmistolisenssit, ${eur(p.excluded, "fi")}, on jätetty pois hyväksyttävistä kustannuksista, koska niitä ei ilmoitettu välttämättömiksi.`,
    sv: (p: ConditionalP) =>
      `Programvarulicenserna, ${eur(p.excluded, "sv")}, har lämnats utanför de godtagbara kostnaderna eftersom de inte uppgavs vara nödvändiga.`,
    en: (p: ConditionalP) =>
      `The software licences, ${eur(p.excluded, "en")}, were left out of the eligible costs because they were stated not to be necessary.`,
  },
  "costs.softwareLicences.none": {
    fi: (_: ConditionalP) => "Budjetissa ei ole ohjelmistolisenssejä.",
    sv: (_: ConditionalP) => "Budgeten har inga programvarulicenser.",
    en: (_: ConditionalP) => "The budget has no software licences.",
  },
  "costs.internalCharges.review": {
    fi: (p: ConditionalP) =>
      `Kunnan tai kuntayhtymän omien yksiköiden veloituksia on ${eur(p.amount, "fi")}. Niiden on perustuttava kirjanpidon todellisiin menoihin; käsittelijän on tarkistettava tämä.` +
      (p.excludedLines > 0
        ? ` ${eur(p.excluded, "fi")} on jätetty pois, koska niiden ei ilmoitettu perustuvan todellisiin menoihin.`
        : ""),
    sv: (p: ConditionalP) =>
      `Debiteringar från kommunens eller samkommunens egna enheter uppgår till ${eur(p.amount, "sv")}. De ska grunda sig på faktiska utgifter i bokföringen; handläggaren ska kontrollera detta.` +
      (p.excludedLines > 0
        ? ` ${eur(p.excluded, "sv")} har lämnats utanför eftersom de inte uppgavs grunda sig på faktiska utgifter.`
        : ""),
    en: (p: ConditionalP) =>
      `Charges from the municipality's or joint authority's own units come to ${eur(p.amount, "en")}. They must rest on actual expenditure in the accounts; a case handler must check this.` +
      (p.excludedLines > 0
        ? ` ${eur(p.excluded, "en")} was left out because it was stated not to rest on actual expenditure.`
        : ""),
  },
  "costs.internalCharges.excluded": {
    fi: (p: ConditionalP) =>
      `Sisäiset veloitukset, ${eur(p.excluded, "fi")}, on jätetty pois hyväksyttävistä kustannuksista, koska niiden ei ilmoitettu perustuvan todellisiin menoihin.`,
    sv: (p: ConditionalP) =>
      `De interna debiteringarna, ${eur(p.excluded, "sv")}, har lämnats utanför de godtagbara kostnaderna eftersom de inte uppgavs grunda sig på faktiska utgifter.`,
    en: (p: ConditionalP) =>
      `The internal charges, ${eur(p.excluded, "en")}, were left out of the eligible costs because they were stated not to rest on actual expenditure.`,
  },
  "costs.internalCharges.none": {
    fi: (_: ConditionalP) => "Budjetissa ei ole omien yksiköiden veloituksia.",
    sv: (_: ConditionalP) => "Budgeten har inga debiteringar från egna enheter.",
    en: (_: ConditionalP) => "The budget has no charges from own units.",
  },
  "costs.vatExcluded.pass": {
    fi: (p: VatP) =>
      `Arvonlisävero ${eur(p.vat, "fi")} ei ole hyväksyttävä kustannus, eikä sitä lasketa avustuksen perusteeseen.`,
    sv: (p: VatP) =>
      `Mervärdesskatten ${eur(p.vat, "sv")} är inte en godtagbar kostnad och räknas inte in i understödets grund.`,
    en: (p: VatP) =>
      `The VAT of ${eur(p.vat, "en")} is not an eligible cost and is not counted in the base of the grant.`,
  },
  "costs.vatExcluded.none": {
    fi: (_: VatP) => "Budjetissa ei ole arvonlisäveroa, joten hyväksyttävistä kustannuksista ei vähennetä mitään.",
    sv: (_: VatP) => "Budgeten innehåller ingen mervärdesskatt, så ingenting dras av från de godtagbara kostnaderna.",
    en: (_: VatP) => "The budget has no VAT; the costs are VAT-free.",
  },
  "costs.hasEligibleCosts.pass": {
    fi: (p: EligibleP) => `Hyväksyttäviä kustannuksia ilman arvonlisäveroa on ${eur(p.eligible, "fi")}.`,
    sv: (p: EligibleP) => `De godtagbara kostnaderna utan mervärdesskatt är ${eur(p.eligible, "sv")}.`,
    en: (p: EligibleP) => `The eligible costs without VAT are ${eur(p.eligible, "en")}.`,
  },
  "costs.hasEligibleCosts.fail": {
    fi: (p: EligibleP) =>
      `Hankkeella ei ole hyväksyttäviä kustannuksia (kustannuksia yhteensä ${eur(p.total, "fi")}), joten avustusta ei voi myöntää.`,
    sv: (p: EligibleP) =>
      `Projektet har inga godtagbara kostnader (kostnader totalt ${eur(p.total, "sv")}), så inget understöd kan beviljas.`,
    en: (p: EligibleP) =>
      `The project has no eligible costs (costs in total ${eur(p.total, "en")}), so no grant can be made.`,
  },
});

/** The titles and descriptions of the costs.* rules, for the rules reference (`ruleCatalogue`, docs/rules). */
export const costsTexts = {
  "costs.services": {
    title: {
      fi: "Palvelut käytetään yksinomaan hanketta varten",
      sv: "Tjänsterna används uteslutande för projektet",
      en: "Services are used solely for the project",
    },
    description: {
      fi: "Ostetun tai käyttöluvalla hankitun tutkimuksen, tietämyksen ja konsultoinnin sekä muiden vastaavien palveluiden kustannukset hyväksytään, kun niitä on käytetty yksinomaan hanketta varten. Ne lasketaan mukaan, ja ehto tarkistetaan toteutuneista kustannuksista avustusta maksettaessa; rivi, jolla solelyForProject on false, jätetään pois.",
      sv: "Kostnader för köpta eller licensierade forsknings-, kunskaps- och konsulttjänster och motsvarande tjänster godtas när de har använts uteslutande för projektet. De räknas med, och villkoret kontrolleras mot de faktiska kostnaderna när understödet betalas; en rad där solelyForProject är false lämnas utanför.",
      en: "Costs of purchased or licensed research, know-how, consulting and similar services are accepted when used solely for the project. They are counted, and the condition is checked against the costs actually incurred when the grant is paid; a line with solelyForProject set to false is left out.",
    },
  },
  "costs.ineligibleExcluded": {
    title: {
      fi: "Ei-hyväksyttävät kustannukset jätetään pois",
      sv: "Icke godtagbara kostnader lämnas utanför",
      en: "Ineligible costs are left out",
    },
    description: {
      fi: "Laitteistojen hankinta ja aineelliset investoinnit eivät ole hyväksyttäviä kustannuksia. Ne jätetään avustuksen laskentaperusteen ulkopuolelle; hakemus ei hylkäänny niiden vuoksi, mutta avustuksen enimmäismäärä lasketaan ilman niitä.",
      sv: "Anskaffning av utrustning och materiella investeringar är inte godtagbara kostnader. De lämnas utanför beräkningsgrunden för understödet; ansökan underkänns inte på grund av dem, men understödets maximibelopp räknas utan dem.",
      en: "Acquiring equipment and tangible investments are not eligible costs. They are left out of the base of the grant; the application does not fail because of them, but the maximum grant is computed without them.",
    },
  },
  "costs.softwareLicences": {
    title: {
      fi: "Ohjelmistolisenssien välttämättömyys",
      sv: "Programvarulicensernas nödvändighet",
      en: "Software licences are necessary",
    },
    description: {
      fi: "Ohjelmistolisenssit ja muut aineettomat investoinnit hyväksytään vain siltä osin kuin ne ovat välttämättömiä hankkeen toteuttamiseksi. Ne lasketaan mukaan, mutta käsittelijä arvioi välttämättömyyden; rivi, jolla necessary on false, jätetään pois.",
      sv: "Programvarulicenser och andra immateriella investeringar godtas bara till den del de är nödvändiga för att genomföra projektet. De räknas med, men handläggaren bedömer nödvändigheten; en rad där necessary är false lämnas utanför.",
      en: "Software licences and other intangible investments are accepted only insofar as they are necessary to carry out the project. They are counted, but a case handler judges the necessity; a line with necessary set to false is left out.",
    },
  },
  "costs.internalCharges": {
    title: {
      fi: "Sisäiset veloitukset perustuvat todellisiin menoihin",
      sv: "Interna debiteringar grundar sig på faktiska utgifter",
      en: "Internal charges rest on actual costs",
    },
    description: {
      fi: "Kunnan tai kuntayhtymän omien yksiköiden veloittamien kustannusten on perustuttava kirjanpidon todellisiin menoihin. Ne lasketaan mukaan, mutta käsittelijä tarkistaa perusteen; rivi, jolla actualCosts on false, jätetään pois.",
      sv: "Kostnader som debiteras av kommunens eller samkommunens egna enheter ska grunda sig på faktiska utgifter i bokföringen. De räknas med, men handläggaren kontrollerar grunden; en rad där actualCosts är false lämnas utanför.",
      en: "Costs charged by the municipality's or joint authority's own units must rest on actual expenditure in the accounts. They are counted, but a case handler checks the basis; a line with actualCosts set to false is left out.",
    },
  },
  "costs.vatExcluded": {
    title: {
      fi: "Arvonlisävero ei ole hyväksyttävä kustannus",
      sv: "Mervärdesskatt är inte en godtagbar kostnad",
      en: "VAT is not an eligible cost",
    },
    description: {
      fi: "Avustuksen enimmäismäärää laskettaessa arvonlisäveron osuutta ei hyväksytä kustannukseksi. Budjetin arvonlisäverot näytetään, mutta ne eivät kasvata laskentaperustetta.",
      sv: "När understödets maximibelopp beräknas godtas inte mervärdesskattens andel som kostnad. Budgetens mervärdesskatt visas men ökar inte beräkningsgrunden.",
      en: "When the maximum grant is computed, the VAT share is not accepted as a cost. The budget's VAT is shown but does not add to the base.",
    },
  },
  "costs.hasEligibleCosts": {
    title: {
      fi: "Hankkeella on hyväksyttäviä kustannuksia",
      sv: "Projektet har godtagbara kostnader",
      en: "The project has eligible costs",
    },
    description: {
      fi: "Avustus on osuus hankkeen hyväksyttävistä kustannuksista ilman arvonlisäveroa, joten niitä on oltava enemmän kuin nolla euroa.",
      sv: "Understödet är en andel av projektets godtagbara kostnader utan mervärdesskatt, så de ska vara mer än noll euro.",
      en: "The grant is a share of the project's eligible costs without VAT, so they must be more than zero euros.",
    },
  },
};
