// The contents rules' messages and reference texts (893/2019 6 § 2 mom.).
import type { ContentCode } from "../../vocabulary/codes.js";
import { REQUIRED_CONTENTS } from "../../editions/data/statute.js";
import { OPERATIONAL_CHANGE } from "../../editions/data/texts.js";
import type { Amount } from "../../money/amount.js";
import { formatAmount as eur } from "../../money/format.js";
import { defineMessages } from "../../vocabulary/locale.js";
import type { TitleParams } from "./params.js";

type ContentP = TitleParams & { readonly content: string; readonly field: string };
/** The sums `contents.funding` compares: the stated shares against all costs with VAT less the grant applied for. */
type FundingP = ContentP & {
  readonly stated: Amount;
  readonly toFinance: Amount;
  readonly costs: Amount;
  readonly requested: Amount;
};
type UnbalancedP = FundingP & { readonly difference: Amount; readonly over: boolean };
type UnnamedPartyP = ContentP & { readonly key: string; readonly line: number; readonly keys: number };

/** Messages of the contents.* rules. */
export const contentsMessages = defineMessages({
  "contents.pass": {
    fi: (p: ContentP) => `Hakemuksessa on kohta ”${p.titleFi}”.`,
    sv: (p: ContentP) => `Ansökan innehåller ”${p.titleSv}”.`,
    en: (p: ContentP) => `The application contains "${p.titleEn}".`,
  },
  "contents.missing": {
    fi: (p: ContentP) => `Hakemuksesta puuttuu kohta ”${p.titleFi}” (${p.field}), tai se on tyhjä.`,
    sv: (p: ContentP) => `Ansökan saknar ”${p.titleSv}” (${p.field}), eller så är avsnittet tomt.`,
    en: (p: ContentP) => `The application lacks "${p.titleEn}" (${p.field}), or it is blank.`,
  },
  "contents.funding.pass": {
    fi: (p: FundingP) =>
      `Osapuolten ilmoittamat rahoitusosuudet, yhteensä ${eur(p.stated, "fi")}, vastaavat sitä, mitä haettu avustus jättää rahoitettavaksi: kustannukset arvonlisäveroineen ${eur(p.costs, "fi")} miinus haettu avustus ${eur(p.requested, "fi")}.`,
    sv: (p: FundingP) =>
      `Parternas uppskattade finansieringsandelar, sammanlagt ${eur(p.stated, "sv")}, motsvarar det som det sökta understödet lämnar att finansiera: kostnaderna inklusive mervärdesskatt ${eur(p.costs, "sv")} minus det sökta understödet ${eur(p.requested, "sv")}.`,
    en: (p: FundingP) =>
      `The funding shares the parties state, ${eur(p.stated, "en")} in all, match what the grant applied for leaves to finance: the costs with VAT, ${eur(p.costs, "en")}, less the grant applied for, ${eur(p.requested, "en")}.`,
  },
  "contents.funding.missing": {
    fi: (p: ContentP) =>
      `Hakemuksesta puuttuu osa kohdasta ”${p.titleFi}”: yksikään osapuoli ei ilmoita omaa rahoitusosuuttaan (financing). Ilmoita jokaisen osallistujatahon arvioitu rahoitusosuus.`,
    sv: (p: ContentP) =>
      `En del av ”${p.titleSv}” saknas i ansökan: ingen part anger sin egen finansieringsandel (financing). Ange varje deltagares uppskattade finansieringsandel.`,
    en: (p: ContentP) =>
      `Part of "${p.titleEn}" is missing: no party states its own funding share (financing). State each participant's estimated funding share.`,
  },
  "contents.funding.unbalanced": {
    fi: (p: UnbalancedP) =>
      `Osapuolten ilmoittamat rahoitusosuudet, yhteensä ${eur(p.stated, "fi")}, eivät vastaa sitä, mitä haettu avustus jättää rahoitettavaksi: kustannukset arvonlisäveroineen ${eur(p.costs, "fi")} miinus haettu avustus ${eur(p.requested, "fi")} jättää ${eur(p.toFinance, "fi")}. Osuudet ovat ${eur(p.difference, "fi")} ${p.over ? "liian suuret" : "liian pienet"}. Osuudet ovat arvio, jonka korjaamista virkailija pyytää; ero ei ole hylkäysperuste.`,
    sv: (p: UnbalancedP) =>
      `Parternas uppskattade finansieringsandelar, sammanlagt ${eur(p.stated, "sv")}, motsvarar inte det som det sökta understödet lämnar att finansiera: kostnaderna inklusive mervärdesskatt ${eur(p.costs, "sv")} minus det sökta understödet ${eur(p.requested, "sv")} lämnar ${eur(p.toFinance, "sv")}. Andelarna är ${eur(p.difference, "sv")} för ${p.over ? "stora" : "små"}. Andelarna är en uppskattning som tjänstemannen ber att få rättad; skillnaden är inte ett skäl att avslå ansökan.`,
    en: (p: UnbalancedP) =>
      `The funding shares the parties state, ${eur(p.stated, "en")} in all, do not match what the grant applied for leaves to finance: the costs with VAT, ${eur(p.costs, "en")}, less the grant applied for, ${eur(p.requested, "en")}, leave ${eur(p.toFinance, "en")}. The shares are ${eur(p.difference, "en")} too ${p.over ? "high" : "low"}. They are an estimate the official asks to be corrected; the difference is not a ground for rejection.`,
  },
  "contents.funding.unnamedParty": {
    fi: (p: UnnamedPartyP) =>
      `Budjettirivin budget.lines[${p.line}] kustannukset kantaa ”${p.key}”, mutta sillä tunnuksella ei ole osapuolta hakemuksessa (hakija, osallistujat tai kuntayhtymän jäsenkunnat)${p.keys > 1 ? `; tuntemattomia tunnuksia on ${p.keys}` : ""}. Lisää osapuoli hakemukseen tai korjaa tunnus.`,
    sv: (p: UnnamedPartyP) =>
      `Kostnaderna på budgetraden budget.lines[${p.line}] bärs av ”${p.key}”, men ansökan har ingen part med den beteckningen (sökanden, deltagarna eller de kommuner en samkommun ansöker för)${p.keys > 1 ? `; det finns ${p.keys} okända beteckningar` : ""}. Lägg till parten i ansökan eller rätta beteckningen.`,
    en: (p: UnnamedPartyP) =>
      `Budget line budget.lines[${p.line}] is borne by "${p.key}", but no party of the application has that key (the applicant, the participants or the municipalities a joint authority applies for)${p.keys > 1 ? `; ${p.keys} keys are unknown` : ""}. Add the party to the application or correct the key.`,
  },
  "contents.structured": {
    fi: (p: ContentP) => `Kohta ”${p.titleFi}” annetaan hakemuksen rakenteisina tietoina (${p.field}).`,
    sv: (p: ContentP) => `”${p.titleSv}” ges i ansökans strukturerade uppgifter (${p.field}).`,
    en: (p: ContentP) => `"${p.titleEn}" is given by the application's structured data (${p.field}).`,
  },
});

/**
 * The title and description of `contents.<code>`, for the rules reference, from the statute's own
 * title for the content: a text the application gives at `field`, or part of its structure.
 */
export function contentText(code: ContentCode, field: string, structured: boolean) {
  // The statute's title for its contents; the call texts' words for the one only they ask for.
  const t = code === "operationalChange" ? OPERATIONAL_CHANGE : REQUIRED_CONTENTS[code]!.value.title;
  if (code === "funding") return { title: t, description: FUNDING_DESCRIPTION };
  return {
    title: t,
    description: structured
      ? {
          fi: `Kohta ”${t.fi}” annetaan hakemuksen rakenteisina tietoina (${field}), jotka ovat aina mukana; niiden sisällön arvioivat muut säännöt.`,
          sv: `Avsnittet ”${t.sv}” ges som strukturerade uppgifter i ansökan (${field}), som alltid finns med; andra regler bedömer innehållet.`,
          en: `"${t.en}" is given by the application's structured data (${field}), which is always there; other rules judge its substance.`,
        }
      : {
          fi: `Hakemuksessa on oltava kohta ”${t.fi}” (${field}), eikä se saa olla tyhjä.`,
          sv: `Ansökan ska innehålla avsnittet ”${t.sv}” (${field}), och det får inte vara tomt.`,
          en: `The application must contain "${t.en}" (${field}), and it must not be blank.`,
        },
  };
}

/** What `contents.funding` checks, for the rules reference. */
const FUNDING_DESCRIPTION = {
  fi: "Hakemuksessa on ilmoitettava osallistujatahojen arvioidut rahoitusosuudet (kunkin osapuolen financing). Jos yksikään osapuoli ei ilmoita osuuttaan, kohta puuttuu. Osuuksien summan on vastattava sitä, mitä haettu avustus jättää rahoitettavaksi: kaikki kustannukset arvonlisäveroineen (kuten omarahoitusosuudessa) miinus haettu avustus, kuitenkin vähintään nolla; muuten virkailija pyytää korjaamaan arvion, joka ei ole hylkäysperuste. Virkailijalle menee myös budjettirivi, jonka kantajaksi merkittyä osapuolta ei ole hakemuksessa.",
  sv: "Ansökan ska ange deltagarnas uppskattade finansieringsandelar (varje parts financing). Anger ingen part sin andel, saknas avsnittet. Andelarna ska sammanlagt motsvara det som det sökta understödet lämnar att finansiera: alla kostnader inklusive mervärdesskatt (som i självfinansieringsandelen) minus det sökta understödet, dock minst noll; annars ber tjänstemannen att uppskattningen rättas, vilket inte är ett skäl att avslå ansökan. Till tjänstemannen går också en budgetrad vars part inte finns i ansökan.",
  en: "The application must state the participants' estimated funding shares (each party's financing). If no party states one, the content is missing. The shares must add up to what the grant applied for leaves to finance: all costs with VAT (as in the own share) less the grant applied for, never below zero; otherwise the official asks for the estimate to be corrected, which is not a ground for rejection. A budget line whose party is not in the application also goes to the official.",
};
