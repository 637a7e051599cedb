// The deadline rule's messages and reference texts (893/2019 6 § 1 mom.).
import { formatDate } from "../../time/format.js";
import { type Locale, defineMessages } from "../../vocabulary/locale.js";

type ClosesP = { readonly closesAt: string; readonly inferredTime: boolean };
type SubmittedP = ClosesP & { readonly submittedAt: string; readonly fromOption: boolean };

/**
 * A Helsinki instant (`2022-04-25T16:15:01+03:00`, as the rules write them) as Finnish time:
 * `25.4.2022 klo 16.15.01`. Read from the wall-clock digits of the text, which are Helsinki's; the
 * seconds are shown when not zero, and their fraction when it has one (`klo 16.15.00,001`), so that a
 * submission a second or a millisecond late does not read as on time.
 */
function time(iso: string, locale: Locale): string {
  const date = formatDate(iso.slice(0, 10), locale);
  // The hour without a leading zero, as formatHelsinkiTime writes it (Kotus: klo 9.05).
  const hh = String(Number(iso.slice(11, 13)));
  const sep = locale === "en" ? ":" : ".";
  const ss = iso.slice(17, 19);
  // The fraction of a second, `.001` in the text: a decimal comma in Finnish and Swedish.
  const fraction = iso[19] === "." ? `${locale === "en" ? "." : ","}${/^\.(\d+)/.exec(iso.slice(19))![1]}` : "";
  const seconds = ss === "00" && fraction === "" ? "" : `${sep}${ss}${fraction}`;
  const clock = `${hh}${sep}${iso.slice(14, 16)}${seconds}`;
  if (locale === "fi") return `${date} klo ${clock}`;
  if (locale === "sv") return `${date} kl. ${clock}`;
  return `${date} at ${clock} Finnish time`;
}

const closingFi = (p: ClosesP) =>
  p.inferredTime ? " Päättymisen kellonaika on päätelty aiemmista hauista, koska sitä ei löytynyt." : "";
const closingSv = (p: ClosesP) =>
  p.inferredTime
    ? " Klockslaget för utgången är härlett ur tidigare ansökningsomgångar, eftersom det inte hittades."
    : "";
const closingEn = (p: ClosesP) =>
  p.inferredTime ? " The closing time of day is inferred from earlier calls, as it was not found." : "";
const arrivedFi = (p: SubmittedP) =>
  p.fromOption
    ? `Hakemuksessa ei ole saapumisaikaa; arviointihetki on ${time(p.submittedAt, "fi")}`
    : `Hakemus saapui ${time(p.submittedAt, "fi")}`;
const arrivedSv = (p: SubmittedP) =>
  p.fromOption
    ? `Ansökan saknar inlämningstid; bedömningen gäller ${time(p.submittedAt, "sv")}`
    : `Ansökan kom in ${time(p.submittedAt, "sv")}`;
const arrivedEn = (p: SubmittedP) =>
  p.fromOption
    ? `The application has no submission time; it is assessed as of ${time(p.submittedAt, "en")}`
    : `The application arrived on ${time(p.submittedAt, "en")}`;

/** Messages of the deadline.* rules. */
export const deadlineMessages = defineMessages({
  "deadline.submittedInTime.pass": {
    fi: (p: SubmittedP) => `${arrivedFi(p)} ja haku päättyi ${time(p.closesAt, "fi")}.${closingFi(p)}`,
    sv: (p: SubmittedP) => `${arrivedSv(p)} och ansökningstiden gick ut ${time(p.closesAt, "sv")}.${closingSv(p)}`,
    en: (p: SubmittedP) => `${arrivedEn(p)}, and the call closed on ${time(p.closesAt, "en")}.${closingEn(p)}`,
  },
  "deadline.submittedInTime.fail": {
    fi: (p: SubmittedP) =>
      `${arrivedFi(p)}, mutta haku päättyi jo ${time(p.closesAt, "fi")}. Määräaikaa ei pidennetty kenellekään.${closingFi(p)}`,
    sv: (p: SubmittedP) =>
      `${arrivedSv(p)}, men ansökningstiden gick ut redan ${time(p.closesAt, "sv")}. Tidsfristen förlängdes inte för någon.${closingSv(p)}`,
    en: (p: SubmittedP) =>
      `${arrivedEn(p)}, but the call had closed on ${time(p.closesAt, "en")}. No one was given more time.${closingEn(p)}`,
  },
  "deadline.submittedInTime.assumedTime": {
    fi: (p: SubmittedP) =>
      `${arrivedFi(p)}, haun viimeisenä päivänä mutta oletetun päättymisajan ${time(p.closesAt, "fi")} jälkeen. Päättymisen kellonaikaa ei löytynyt, vaan se on päätelty aiemmista hauista, eikä oletus yksin voi ratkaista asiaa: käsittelijän on tarkistettava, saapuiko hakemus määräajassa. Varmasti myöhässä on vasta seuraavana päivänä saapunut hakemus.`,
    sv: (p: SubmittedP) =>
      `${arrivedSv(p)}, den sista ansökningsdagen men efter den antagna utgångstiden ${time(p.closesAt, "sv")}. Klockslaget för utgången hittades inte utan är härlett ur tidigare ansökningsomgångar, och ett antagande kan inte ensamt avgöra saken: handläggaren ska kontrollera om ansökan kom in i tid. Säkert försenad är först en ansökan som kom in följande dag.`,
    en: (p: SubmittedP) =>
      `${arrivedEn(p)}, on the closing day but after the assumed closing time of ${time(p.closesAt, "en")}. The time of day was not found but inferred from earlier calls, and an assumption alone cannot decide: a case handler must check whether the application arrived in time. Only an application arriving the next day is certainly late.`,
  },
  "deadline.submittedInTime.missing": {
    fi: (p: ClosesP) =>
      `Hakemuksesta puuttuu saapumisaika (submittedAt), joten määräajassa pysymistä ei voi todeta. Haku päättyi ${time(p.closesAt, "fi")}.${closingFi(p)}`,
    sv: (p: ClosesP) =>
      `Ansökan saknar inlämningstid (submittedAt), så det går inte att avgöra om den kom in i tid. Ansökningstiden gick ut ${time(p.closesAt, "sv")}.${closingSv(p)}`,
    en: (p: ClosesP) =>
      `The application has no submission time (submittedAt), so whether it arrived in time cannot be told. The call closed on ${time(p.closesAt, "en")}.${closingEn(p)}`,
  },
});

/** The titles and descriptions of the deadline.* rules, for the rules reference (`ruleCatalogue`, docs/rules). */
export const deadlineTexts = {
  "deadline.submittedInTime": {
    title: {
      fi: "Hakemus saapui määräaikaan mennessä",
      sv: "Ansökan kom in inom tidsfristen",
      en: "The application arrived in time",
    },
    description: {
      fi: "Vertaa hakemuksen saapumishetkeä haun päättymishetkeen Suomen aikaa. Täsmälleen päättymishetkellä saapunut hakemus ehtii; sekuntiakin myöhemmin saapunut ei. Määräajan pidennyksiä ei myönnetty. Jos päättymisen kellonaika on päätelty eikä löydetty, päättymispäivänä oletetun ajan jälkeen saapunut hakemus ohjataan käsittelijälle, ja myöhässä on vasta seuraavana päivänä saapunut.",
      sv: "Jämför när ansökan kom in med när ansökningstiden gick ut, finsk tid. En ansökan som kommer in exakt vid utgången hinner; en som kommer en sekund senare gör det inte. Förlängd tid beviljades inte. Om klockslaget för utgången är härlett och inte hittat, går en ansökan som kom in den sista dagen efter den antagna tiden till handläggaren, och först en ansökan som kom in följande dag är försenad.",
      en: "Compares the moment the application arrived with the moment the call closed, in Finnish time. An application arriving exactly at the closing time is in time; one a second later is not. No extensions were granted. Where the closing time of day is inferred rather than found, an application arriving on the closing day after the assumed time goes to a case handler, and only one arriving the next day is late.",
    },
  },
};
