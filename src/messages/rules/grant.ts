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
  "grant.withinMaximum.overRequested": {
    fi: (p: ExcessP) =>
      `Haettu avustus ${eur(p.requested, "fi")} ylittää enimmäismäärän ${eur(p.maximum, "fi")} (${formatPercent(p.rate, "fi")} hyväksyttävistä kustannuksista ${eur(p.eligible, "fi")}, pyöristettynä alaspäin senttiin). Ylitys on ${eur(p.excess, "fi")}. Se ei ole hylkäysperuste, mutta avustus voi olla enintään ${eur(p.maximum, "fi")}: ministeriö päättää avustuksen määrästä.`,
    sv: (p: ExcessP) =>
      `Det sökta understödet ${eur(p.requested, "sv")} överstiger maximibeloppet ${eur(p.maximum, "sv")} (${formatPercent(p.rate, "sv")} av de godtagbara kostnaderna ${eur(p.eligible, "sv")}, avrundat nedåt till cent). Överskridningen är ${eur(p.excess, "sv")}. Den är inte ett skäl att avslå ansökan, men understödet kan uppgå till högst ${eur(p.maximum, "sv")}: ministeriet beslutar om understödets belopp.`,
    en: (p: ExcessP) =>
      `The grant applied for, ${eur(p.requested, "en")}, exceeds the maximum of ${eur(p.maximum, "en")} (${formatPercent(p.rate, "en")} of the eligible costs of ${eur(p.eligible, "en")}, rounded down to the cent) by ${eur(p.excess, "en")}. That is not a ground for rejection, but the grant can be at most ${eur(p.maximum, "en")}: the ministry decides the amount.`,
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
      fi: "Avustus on enintään 85 % kustannuksista",
      sv: "Understödet är högst 85 % av kostnaderna",
      en: "The grant is at most 85 % of the costs",
    },
    description: {
      fi: "Avustus voi olla enintään 85 % hankkeen hyväksyttävistä kustannuksista ilman arvonlisäveroa, pyöristettynä alaspäin senttiin. Haetun avustuksen on oltava suurempi kuin nolla. Enimmäismäärän ylittävä hakemus ei ole hylkäysperuste: ministeriö päättää avustuksen määrästä, ja avustus voi olla enintään enimmäismäärä.",
      sv: "Understödet kan vara högst 85 % av projektets godtagbara kostnader utan mervärdesskatt, avrundat nedåt till cent. Det sökta understödet ska vara större än noll. En ansökan som överstiger maximibeloppet avslås inte av den anledningen: ministeriet beslutar om understödets belopp, och understödet kan uppgå till högst maximibeloppet.",
      en: "The grant can be at most 85 % of the project's eligible costs without VAT, rounded down to the cent. The grant applied for must be more than zero. A request above the maximum is not a ground for rejection: the ministry decides the amount, and the grant can be at most the maximum.",
    },
  },
};
