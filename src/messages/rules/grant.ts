// The grant rule's messages and reference texts (893/2019 4 §).
import type { Amount } from "../../money/amount.js";
import { formatAmount as eur } from "../../money/format.js";
import { formatPercent } from "../format.js";
import { defineMessages } from "../../vocabulary/locale.js";

type GrantP = {
  readonly requested: Amount;
  readonly maximum: Amount;
  readonly rate: string;
  readonly eligible: Amount;
};
type ExcessP = GrantP & { readonly excess: Amount };

/** Messages of the grant.* rules. */
export const grantMessages = defineMessages({
  "grant.withinMaximum.pass": {
    fi: (p: GrantP) =>
      `Haettu avustus ${eur(p.requested, "fi")} ei ylitä enimmäismäärää ${eur(p.maximum, "fi")} (${formatPercent(p.rate, "fi")} hyväksyttävistä kustannuksista ${eur(p.eligible, "fi")}, pyöristettynä alaspäin senttiin).`,
    sv: (p: GrantP) =>
      `Det sökta understödet ${eur(p.requested, "sv")} överstiger inte maximibeloppet ${eur(p.maximum, "sv")} (${formatPercent(p.rate, "sv")} av de godtagbara kostnaderna ${eur(p.eligible, "sv")}, avrundat nedåt till cent).`,
    en: (p: GrantP) =>
      `The grant applied for, ${eur(p.requested, "en")}, does not exceed the maximum of ${eur(p.maximum, "en")} (${formatPercent(p.rate, "en")} of the eligible costs of ${eur(p.eligible, "en")}, rounded down to the cent).`,
  },
  "grant.withinMaximum.fail": {
    fi: (p: ExcessP) =>
      `Haettu avustus ${eur(p.requested, "fi")} ylittää enimmäismäärän ${eur(p.maximum, "fi")} (${formatPercent(p.rate, "fi")} hyväksyttävistä kustannuksista ${eur(p.eligible, "fi")}, pyöristettynä alaspäin senttiin). Ylitys on ${eur(p.excess, "fi")}.`,
    sv: (p: ExcessP) =>
      `Det sökta understödet ${eur(p.requested, "sv")} överstiger maximibeloppet ${eur(p.maximum, "sv")} (${formatPercent(p.rate, "sv")} av de godtagbara kostnaderna ${eur(p.eligible, "sv")}, avrundat nedåt till cent). Överskridningen är ${eur(p.excess, "sv")}.`,
    en: (p: ExcessP) =>
      `The grant applied for, ${eur(p.requested, "en")}, exceeds the maximum of ${eur(p.maximum, "en")} (${formatPercent(p.rate, "en")} of the eligible costs of ${eur(p.eligible, "en")}, rounded down to the cent) by ${eur(p.excess, "en")}.`,
  },
  "grant.withinMaximum.nothingRequested": {
    fi: (p: GrantP) =>
      `Haettu avustus on ${eur(p.requested, "fi")}; haettavan avustuksen on oltava suurempi kuin nolla (enimmäismäärä on ${eur(p.maximum, "fi")}).`,
    sv: (p: GrantP) =>
      `Det sökta understödet är ${eur(p.requested, "sv")}; det ska vara större än noll (maximibeloppet är ${eur(p.maximum, "sv")}).`,
    en: (p: GrantP) =>
      `The grant applied for is ${eur(p.requested, "en")}; it must be more than zero (the maximum is ${eur(p.maximum, "en")}).`,
  },
});

/** The titles and descriptions of the grant.* rules, for the rules reference (`ruleCatalogue`, docs/rules). */
export const grantTexts = {
  "grant.withinMaximum": {
    title: {
      fi: "Haettu avustus on enintään 85 % kustannuksista",
      sv: "Det sökta understödet är högst 85 % av kostnaderna",
      en: "The grant applied for is at most 85 % of the costs",
    },
    description: {
      fi: "Avustus voi olla enintään 85 % hankkeen hyväksyttävistä kustannuksista ilman arvonlisäveroa. Enimmäismäärä pyöristetään alaspäin senttiin, eikä haettu avustus saa ylittää sitä; haetun avustuksen on oltava suurempi kuin nolla.",
      sv: "Understödet kan vara högst 85 % av projektets godtagbara kostnader utan mervärdesskatt. Maximibeloppet avrundas nedåt till cent, och det sökta understödet får inte överstiga det; det sökta understödet ska vara större än noll.",
      en: "The grant can be at most 85 % of the project's eligible costs without VAT. The maximum is rounded down to the cent and the grant applied for must not exceed it; it must be more than zero.",
    },
  },
};
