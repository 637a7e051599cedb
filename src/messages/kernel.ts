import { defineMessages } from "../vocabulary/locale.js";

type Input = { readonly input: string; readonly field?: string };

// Where the value stood, when the kernel is used on a field of an input.
const at = (p: Input) => (p.field ? `${p.field}: ` : "");

/** Messages of the money and time kernels. */
export const kernelMessages = defineMessages({
  "money.notAnAmount": {
    fi: (p: Input) => `${at(p)}”${p.input}” ei ole rahamäärä: anna euromäärä desimaalilukuna, esim. "85000.00".`,
    sv: (p: Input) => `${at(p)}”${p.input}” är inte ett belopp: ange beloppet i euro som decimaltal, t.ex. "85000.00".`,
    en: (p: Input) => `${at(p)}"${p.input}" is not an amount: give euros as a decimal, e.g. "85000.00".`,
  },
  "money.notFinite": {
    fi: (p: Input) => `${at(p)}${p.input} ei ole äärellinen luku.`,
    sv: (p: Input) => `${at(p)}${p.input} är inte ett ändligt tal.`,
    en: (p: Input) => `${at(p)}${p.input} is not a finite number.`,
  },
  "money.exponent": {
    fi: (p: Input) =>
      `${at(p)}${p.input} on eksponenttimuodossa, joka voi kätkeä desimaaleja: anna määrä merkkijonona, esim. "85000.00".`,
    sv: (p: Input) =>
      `${at(p)}${p.input} är i exponentform, som kan dölja decimaler: ange beloppet som sträng, t.ex. "85000.00".`,
    en: (p: Input) =>
      `${at(p)}${p.input} is in exponent notation, which can hide decimals: give the amount as a string, e.g. "85000.00".`,
  },
  "money.tooManyDecimals": {
    fi: (p: Input) => `${at(p)}${p.input}: rahamäärässä saa olla enintään kaksi desimaalia (sentit).`,
    sv: (p: Input) => `${at(p)}${p.input}: ett belopp får ha högst två decimaler (cent).`,
    en: (p: Input) => `${at(p)}${p.input}: an amount may have at most two decimals (cents).`,
  },
  "money.imprecise": {
    fi: (p: Input) =>
      `${at(p)}${p.input}: näin suuri luku ei säilytä senttejä tarkasti: anna määrä merkkijonona, esim. "85000.00".`,
    sv: (p: Input) =>
      `${at(p)}${p.input}: ett så stort tal bevarar inte centen exakt: ange beloppet som sträng, t.ex. "85000.00".`,
    en: (p: Input) =>
      `${at(p)}${p.input}: a number this large cannot carry its cents exactly: give the amount as a string, e.g. "85000.00".`,
  },
  "money.negative": {
    fi: (p: Input) => `${at(p)}${p.input}: rahamäärä ei voi olla negatiivinen.`,
    sv: (p: Input) => `${at(p)}${p.input}: beloppet kan inte vara negativt.`,
    en: (p: Input) => `${at(p)}${p.input}: the amount cannot be negative.`,
  },
  "money.tooLarge": {
    fi: (p: Input) => `${at(p)}${p.input}: rahamäärä on liian suuri.`,
    sv: (p: Input) => `${at(p)}${p.input}: beloppet är för stort.`,
    en: (p: Input) => `${at(p)}${p.input}: the amount is too large.`,
  },
  "money.invalidArgument": {
    fi: (p: Input) => `${at(p)}”${p.input}” ei kelpaa argumentiksi.`,
    sv: (p: Input) => `${at(p)}”${p.input}” duger inte som argument.`,
    en: (p: Input) => `${at(p)}"${p.input}" is not a valid argument.`,
  },
  "time.notAnInstant": {
    fi: (p: Input) =>
      `${at(p)}”${p.input}” ei ole ajanhetki: käytä ISO 8601 -muotoa aikavyöhykkeen kanssa, esim. "2022-04-25T15:30:00+03:00".`,
    sv: (p: Input) =>
      `${at(p)}”${p.input}” är ingen tidpunkt: använd ISO 8601 med tidszon, t.ex. "2022-04-25T15:30:00+03:00".`,
    en: (p: Input) =>
      `${at(p)}"${p.input}" is not an instant: use ISO 8601 with an offset, e.g. "2022-04-25T15:30:00+03:00".`,
  },
  "time.missingOffset": {
    fi: (p: Input) =>
      `${at(p)}${p.input}: ajanhetkestä puuttuu aikavyöhyke (esim. +03:00 tai Z), joten sen hetki olisi epäselvä.`,
    sv: (p: Input) =>
      `${at(p)}${p.input}: tidpunkten saknar tidszon (t.ex. +03:00 eller Z), så ögonblicket vore oklart.`,
    en: (p: Input) =>
      `${at(p)}${p.input}: the instant has no offset (such as +03:00 or Z), so the moment it names is ambiguous.`,
  },
  "time.notADate": {
    fi: (p: Input) => `${at(p)}”${p.input}” ei ole päivämäärä muodossa VVVV-KK-PP.`,
    sv: (p: Input) => `${at(p)}”${p.input}” är inget datum i formen ÅÅÅÅ-MM-DD.`,
    en: (p: Input) => `${at(p)}"${p.input}" is not a date in the form YYYY-MM-DD.`,
  },
  "time.impossibleDate": {
    fi: (p: Input) => `${at(p)}${p.input}: päivää tai kellonaikaa ei ole olemassa.`,
    sv: (p: Input) => `${at(p)}${p.input}: dagen eller klockslaget finns inte.`,
    en: (p: Input) => `${at(p)}${p.input}: no such day or time of day.`,
  },
  "time.outOfRange": {
    fi: (p: Input) => `${at(p)}${p.input}: ei vuosina 0000–9999 Suomen aikaa.`,
    sv: (p: Input) => `${at(p)}${p.input}: inte åren 0000–9999 i finsk tid.`,
    en: (p: Input) => `${at(p)}${p.input}: not in the years 0000–9999 in Finnish time.`,
  },
});
